"""The query language: a tokenizer and a recursive-descent parser into a small AST.

Grammar (the default operator between terms is AND)::

    query    := or_expr END
    or_expr  := and_expr ( OR and_expr )*
    and_expr := unary ( [AND] unary )*
    unary    := ( NOT | "-" ) unary | primary
    primary  := "(" or_expr ")" | PHRASE | FIELD ":" value | WORD [ "*" ]
    value    := PHRASE | WORD

Operators are written in capitals: ``AND``/``OG``, ``OR``/``ELLER``, ``NOT``/``IKKE``;
in lower case they are ordinary words. ``-word`` means NOT word. Fields:
``speaker:``, ``person:``, ``place:``, ``source:``, ``outlet:`` (a word or a "quoted
name") and ``date:`` (``2022``, ``2022-01``, ``2022-01-10``, or a range
``2022-01-10..2022-01-31`` with either end open). Examples::

    soldat rusland                       both words (any form: "soldaterne", "Ruslands")
    "væbnet konflikt"                    the exact phrase
    (nato OR alliance) -kina             parentheses, OR, NOT
    rus*                                 words starting with "rus"
    speaker:Stoltenberg date:2022-01     filters written in the query

A malformed query raises ``QueryError`` with the 0-based position of the problem; it
never silently returns nothing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from pressespejl.errors import QueryError
from pressespejl.search.danish import phrase_variants, query_terms

FIELDS = ("speaker", "person", "place", "source", "outlet", "date")
"""The field filters the query language knows; ``field:value``."""

OPERATORS = {"AND": "AND", "OG": "AND", "OR": "OR", "ELLER": "OR", "NOT": "NOT", "IKKE": "NOT"}
"""Operator words (capitals only) and what they mean; Danish spellings included."""

MAX_DEPTH = 50
"""How deeply parentheses and NOTs may nest. The parser and everything that walks the
query recurse once per level; a deeper query is refused with a ``QueryError`` before it
can exhaust Python's stack (no person writes 50 nested parentheses)."""


# --- AST ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word; matches any inflection (same stem) and compounds with it as a part."""

    word: str
    position: int = 0


@dataclass(frozen=True)
class Prefix:
    """``rus*``: any word whose folded surface form starts with ``word``."""

    word: str
    position: int = 0


@dataclass(frozen=True)
class Phrase:
    """``"væbnet konflikt"``: the words next to each other, in order (each stemmed)."""

    text: str
    position: int = 0


@dataclass(frozen=True)
class Field:
    """``speaker:Stoltenberg``; for ``date`` the value is an inclusive (first, last) range."""

    name: str
    value: str
    position: int = 0
    first: date | None = None
    last: date | None = None


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Term | Prefix | Phrase | Field | And | Or | Not
TextNode = Term | Prefix | Phrase


# --- Tokenizer ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    kind: str  # LPAREN RPAREN PHRASE WORD FIELD MINUS OP END
    text: str
    position: int


_SPECIAL = '()"'


def tokenize(query: str) -> list[_Tok]:
    """Split a query into tokens; raises ``QueryError`` for an unclosed quote."""
    tokens: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
        elif char == "(":
            tokens.append(_Tok("LPAREN", char, i))
            i += 1
        elif char == ")":
            tokens.append(_Tok("RPAREN", char, i))
            i += 1
        elif char == '"':
            i = _read_phrase(query, i, tokens)
        elif char == "-" and (i + 1 < n and not query[i + 1].isspace()):
            # "-word" is NOT word; a hyphen inside a word ("Nato-Rusland") is not.
            tokens.append(_Tok("MINUS", char, i))
            i += 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in _SPECIAL:
                if query[i] == ":" and query[start:i].lower() in FIELDS:
                    break
                i += 1
            word = query[start:i]
            if i < n and query[i] == ":" and word.lower() in FIELDS:
                tokens.append(_Tok("FIELD", word.lower(), start))
                i += 1
            elif word in OPERATORS:
                tokens.append(_Tok("OP", OPERATORS[word], start))
            else:
                tokens.append(_Tok("WORD", word, start))
    tokens.append(_Tok("END", "", n))
    return tokens


def _read_phrase(query: str, start: int, tokens: list[_Tok]) -> int:
    end = query.find('"', start + 1)
    if end < 0:
        raise QueryError(
            'Unclosed quote: a phrase that starts with " must end with " too.', query, start
        )
    tokens.append(_Tok("PHRASE", query[start + 1 : end], start))
    return end + 1


# --- Parser ------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = tokenize(query)
        self.index = 0
        self.depth = 0

    def deeper(self, tok: _Tok) -> None:
        """Enter one more level of parentheses or NOT; refuse past ``MAX_DEPTH``."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(
                f"The query nests too deeply: more than {MAX_DEPTH} levels of parentheses "
                "or NOT. Write it flatter.", tok.position)

    @property
    def current(self) -> _Tok:
        return self.tokens[self.index]

    def advance(self) -> _Tok:
        tok = self.tokens[self.index]
        self.index += 1
        return tok

    def error(self, message: str, position: int) -> QueryError:
        return QueryError(message, self.query, position)

    def parse(self) -> Node | None:
        if self.current.kind == "END":
            return None
        node = self.or_expr()
        tok = self.current
        if tok.kind == "RPAREN":
            raise self.error("Unmatched ')': there is no '(' before it.", tok.position)
        if tok.kind != "END":  # pragma: no cover - every other token starts a term
            raise self.error(f"Unexpected {tok.text!r}.", tok.position)
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while self.current.kind == "OP" and self.current.text == "OR":
            op = self.advance()
            if self.current.kind in ("END", "RPAREN") or self._at_binary_op():
                raise self.error("OR needs a term on both sides.", op.position)
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def _at_binary_op(self) -> bool:
        return self.current.kind == "OP" and self.current.text in ("AND", "OR")

    def and_expr(self) -> Node:
        if self._at_binary_op():
            tok = self.current
            raise self.error(f"{tok.text} needs a term before it.", tok.position)
        children = [self.unary()]
        while True:
            tok = self.current
            if tok.kind in ("END", "RPAREN") or (tok.kind == "OP" and tok.text == "OR"):
                break
            if tok.kind == "OP" and tok.text == "AND":
                self.advance()
                if self.current.kind in ("END", "RPAREN") or self._at_binary_op():
                    raise self.error("AND needs a term on both sides.", tok.position)
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        tok = self.current
        if tok.kind == "MINUS" or (tok.kind == "OP" and tok.text == "NOT"):
            self.advance()
            if self.current.kind in ("END", "RPAREN") or self._at_binary_op():
                raise self.error(f"{tok.text} needs a term after it.", tok.position)
            self.deeper(tok)
            node = Not(self.unary())
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        tok = self.advance()
        if tok.kind == "LPAREN":
            if self.current.kind == "RPAREN":
                raise self.error("Empty parentheses: put a term inside.", tok.position)
            if self.current.kind == "END":
                raise self.error("Missing ')' for this '('.", tok.position)
            self.deeper(tok)
            node = self.or_expr()
            self.depth -= 1
            if self.current.kind != "RPAREN":
                raise self.error("Missing ')' for this '('.", tok.position)
            self.advance()
            return node
        if tok.kind == "RPAREN":
            raise self.error("Unmatched ')': there is no '(' before it.", tok.position)
        if tok.kind == "PHRASE":
            return self._phrase(tok)
        if tok.kind == "FIELD":
            return self._field(tok)
        if tok.kind == "WORD":
            return self._word(tok)
        raise self.error("The query ends too early.", tok.position)  # pragma: no cover

    def _phrase(self, tok: _Tok) -> Node:
        if not query_terms(tok.text):
            raise self.error(
                "Empty phrase: put words between the quotes.", tok.position
            )
        terms = query_terms(tok.text)
        if len(terms) == 1:
            return Term(tok.text.strip(), tok.position)
        return Phrase(tok.text, tok.position)

    def _word(self, tok: _Tok) -> Node:
        word = tok.text
        if word.endswith("*"):
            stem_part = word.rstrip("*")
            if "*" in stem_part or not query_terms(stem_part):
                raise self.error(
                    "A prefix search needs letters before '*', e.g. rus*.", tok.position
                )
            if len(query_terms(stem_part)) > 1:
                raise self.error(
                    "A prefix search takes one word, e.g. rus*; hyphens and dots split words.",
                    tok.position,
                )
            return Prefix(stem_part, tok.position)
        if ":" in word and word.split(":", 1)[0].isalpha() and word.split(":", 1)[1]:
            name = word.split(":", 1)[0]
            raise self.error(
                f"Unknown field {name!r}; the fields are {', '.join(f + ':' for f in FIELDS)}.",
                tok.position,
            )
        terms = query_terms(word)
        if not terms:
            raise self.error(
                f"Nothing to search for in {word!r}: use letters or digits.", tok.position
            )
        if len(terms) > 1:  # "Nato-Rusland-rådet" is the phrase of its parts
            return Phrase(word, tok.position)
        return Term(word, tok.position)

    def _field(self, tok: _Tok) -> Node:
        value_tok = self.current
        glued = value_tok.position == tok.position + len(tok.text) + 1
        if value_tok.kind not in ("WORD", "PHRASE") or not glued:
            raise self.error(
                f"{tok.text}: needs a value right after the colon, e.g. {_EXAMPLES[tok.text]}.",
                tok.position,
            )
        self.advance()
        value = value_tok.text.strip()
        if not value:
            raise self.error(f"{tok.text}: has an empty value.", value_tok.position)
        if tok.text == "date":
            first, last = parse_date_range(value, self.query, value_tok.position)
            return Field("date", value, tok.position, first, last)
        return Field(tok.text, value, tok.position)


_EXAMPLES = {
    "speaker": "speaker:Stoltenberg",
    "person": 'person:"Jeppe Kofod"',
    "place": "place:Ukraine",
    "source": "source:ritzau",
    "outlet": "outlet:dr",
    "date": "date:2022-01 or date:2022-01-10..2022-01-31",
}

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_date(value: str, query: str = "", position: int = 0, end: bool = False) -> date:
    """A day, month (``2022-01``) or year (``2022``) as its first day, or last if ``end``.

    Raises:
        QueryError: for anything else, pointing at ``position``.
    """
    match = _DATE.match(value)
    if not match:
        raise QueryError(
            f"Bad date {value!r}: write 2022, 2022-01 or 2022-01-10.", query, position
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise QueryError(f"Bad date {value!r}: there is no month {month}.", query, position)
    if month is None:
        return date(year, 12, 31) if end else date(year, 1, 1)
    last_day = calendar.monthrange(year, month)[1]
    if day is None:
        return date(year, month, last_day if end else 1)
    if not 1 <= day <= last_day:
        raise QueryError(
            f"Bad date {value!r}: {year}-{month:02d} has days 1-{last_day}.", query, position
        )
    return date(year, month, day)


def parse_date_range(
    value: str, query: str = "", position: int = 0
) -> tuple[date | None, date | None]:
    """``2022-01`` -> (2022-01-01, 2022-01-31); ``A..B`` -> (A's first day, B's last day)."""
    if ".." not in value:
        return parse_date(value, query, position), parse_date(value, query, position, end=True)
    left, right = value.split("..", 1)
    if not left and not right:
        raise QueryError("A date range needs at least one end: 2022-01-10..", query, position)
    first = parse_date(left, query, position) if left else None
    right_pos = position + len(left) + 2
    last = parse_date(right, query, right_pos, end=True) if right else None
    if first and last and first > last:
        raise QueryError(
            f"The date range {value!r} ends before it starts.", query, position
        )
    return first, last


def parse(query: str) -> Node | None:
    """Parse a query into its AST; ``None`` for an empty query (match everything).

    Raises:
        QueryError: with ``position`` set, for any malformed query.
    """
    return _Parser(query).parse()


# --- Helpers over the AST ------------------------------------------------------------


def conjuncts(node: Node | None) -> list[Node]:
    """The parts of a top-level AND (one part for anything else, none for None)."""
    if node is None:
        return []
    if isinstance(node, And):
        out: list[Node] = []
        for child in node.children:
            out.extend(conjuncts(child))
        return out
    return [node]


def is_text(node: Node) -> bool:
    """True if the subtree has no field filters (it can be one full-text match)."""
    if isinstance(node, Field):
        return False
    if isinstance(node, And | Or):
        return all(is_text(c) for c in node.children)
    if isinstance(node, Not):
        return is_text(node.child)
    return True


def positive_leaves(node: Node | None, negated: bool = False) -> list[Node]:
    """Terms, phrases, prefixes and fields that are not under a NOT (for highlights)."""
    if node is None:
        return []
    if isinstance(node, Not):
        return positive_leaves(node.child, not negated)
    if isinstance(node, And | Or):
        return [leaf for c in node.children for leaf in positive_leaves(c, negated)]
    return [] if negated else [node]


# --- Compilers -----------------------------------------------------------------------


def _tsquery_lexeme(term: str, weights: str, prefix: bool = False) -> str:
    # A tsquery lexeme is single-quoted; quotes and backslashes inside are escaped.
    escaped = term.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}':" + ("*" if prefix else "") + weights


def to_tsquery(node: Node, word_weights: str, phrase_weights: str, prefix_weights: str) -> str:
    """Compile a text-only AST to a PostgreSQL ``tsquery`` literal.

    The weights mark which kind of lexeme a query part may match in our tsvector (see
    ``store/postgres.py``): e.g. words match title/body/compound-part lexemes ("ABC"),
    phrases title/body ("AB"), prefixes the folded surface forms ("D").
    """
    if isinstance(node, Term):
        alternatives = query_terms(node.word)[0]
        parts = [_tsquery_lexeme(a, word_weights) for a in alternatives]
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"
    if isinstance(node, Prefix):
        return _tsquery_lexeme(query_terms(node.word)[0][0], prefix_weights, prefix=True)
    if isinstance(node, Phrase):
        phrases = [
            "(" + " <-> ".join(_tsquery_lexeme(t, phrase_weights) for t in variant) + ")"
            for variant in phrase_variants(node.text)
        ]
        return phrases[0] if len(phrases) == 1 else "(" + " | ".join(phrases) + ")"
    if isinstance(node, And):
        return "(" + " & ".join(
            to_tsquery(c, word_weights, phrase_weights, prefix_weights) for c in node.children
        ) + ")"
    if isinstance(node, Or):
        return "(" + " | ".join(
            to_tsquery(c, word_weights, phrase_weights, prefix_weights) for c in node.children
        ) + ")"
    if isinstance(node, Not):
        return "!" + to_tsquery(node.child, word_weights, phrase_weights, prefix_weights)
    raise TypeError(f"not a text node: {node!r}")
