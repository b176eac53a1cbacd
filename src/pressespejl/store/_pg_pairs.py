"""Word pairs of the commonest words in PostgreSQL's article terms (schema 12).

A phrase with a common word (``"plan for"``, ``"det gør en forskel"``) made RUM read the
positions of a lexeme that is in nearly every article: 1.1 s p95 for the bench phrases
at 200,000 articles. The search table's ``tsvector`` therefore also holds, for every two
adjacent words of which one is common (``search/common_words.py``; the CommonGrams idea
the embedded archive's tantivy index uses too, ``store/tantivy_index.word_pairs``), one
lexeme ``+a+b`` at the position of the first word. A phrase query then names the pairs
instead of the common words: ``"plan for"`` is the one lexeme ``'+plan+for':AB``, and
``"plan for klimaet"`` is ``'+plan+for' <-> '+for+klima'``.

Exactly the same matches as the plain phrase (``'plan' <-> 'for'``), by construction:
a pair is derived from the stems the tsvector keeps (a position whose lexeme has weight
A or B is a word's stem; ``postgres.tsvector_literal`` keeps at most 255 positions per
lexeme and clamps positions at 16,383), so ``+a+b`` is at ``p`` exactly when ``a`` is a
stem at ``p`` and ``b`` a stem at ``p + 1``. Migration 12 derives the same pairs in SQL
from stored tsvectors (``article_word_pairs``); ``tests/store/test_postgres_phrase_pairs``
checks both derivations agree. The leading ``+`` keeps pair lexemes out of every
prefix query's range (``'plan':*`` does not reach ``+plan+for``). Quotes keep plain
phrases: they are short and their bench queries are words.
"""

from __future__ import annotations

from collections.abc import Sequence

from pressespejl.search.common_words import COMMON_WORDS
from pressespejl.search.danish import fold, phrase_variants, stem
from pressespejl.search.query import And, Node, Not, Or, Phrase, Prefix, Term, to_tsquery

COMMON_STEMS = frozenset(stem(fold(w)) for w in COMMON_WORDS)
"""The common words as the article terms hold them (stemmed): as tantivy's pairs."""

PAIR_MARK = "+"
"""Opens and joins a pair lexeme: never inside a stem (stems are runs of letters)."""

MAX_PAIR = 500
"""The longest pair lexeme kept, in characters (``postgres.MAX_LEXEME``)."""

STEM_WEIGHTS = frozenset("AB")
"""Weights of a word's stem in the article terms (title, body); C and D are compound
parts and surface forms, which phrases do not match."""


def pair_lexeme(first: str, second: str) -> str | None:
    """The pair lexeme of two adjacent stems, or None when they form none (no common
    word, an empty stem, too long)."""
    if not first or not second or (first not in COMMON_STEMS and second not in COMMON_STEMS):
        return None
    lexeme = f"{PAIR_MARK}{first}{PAIR_MARK}{second}"
    return lexeme if len(lexeme) <= MAX_PAIR else None


def position_pairs(positions: dict[str, dict[int, str]]) -> dict[str, dict[int, str]]:
    """The pair lexemes of a tsvector's kept stems: lexeme -> {position: weight}.

    Args:
        positions: lexeme -> {position: weight} as ``tsvector_literal`` keeps them.
    """
    stems_at: dict[int, list[tuple[str, str]]] = {}
    for lexeme, slots in positions.items():
        for position, weight in slots.items():
            if weight in STEM_WEIGHTS:
                stems_at.setdefault(position, []).append((lexeme, weight))
    pairs: dict[str, dict[int, str]] = {}
    for position, firsts in stems_at.items():
        for second, _ in stems_at.get(position + 1, ()):
            for first, weight in firsts:
                if (lexeme := pair_lexeme(first, second)) is not None:
                    pairs.setdefault(lexeme, {})[position] = weight
    return pairs


def _lexeme(term: str, weights: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("'", "''")
    return f"'{escaped}':{weights}"


def phrase_chain(stems: Sequence[str], weights: str) -> str:
    """A tsquery matching the stems side by side that names a pair lexeme for every two
    neighbours with a common word and a stem only for a word in no such pair, each at its
    distance from the one before (``'+plan+for' <-> '+for+klima'``)."""
    tokens: dict[int, str] = {}
    covered: set[int] = set()
    for i in range(len(stems) - 1):
        if (lexeme := pair_lexeme(stems[i], stems[i + 1])) is not None:
            tokens[i] = _lexeme(lexeme, weights)
            covered |= {i, i + 1}
    for i, term in enumerate(stems):
        if i not in covered:
            tokens[i] = _lexeme(term, weights)
    chain, previous = "", None
    for i in sorted(tokens):
        if previous is not None:
            chain += " <-> " if i - previous == 1 else f" <{i - previous}> "
        chain += tokens[i]
        previous = i
    return f"({chain})" if len(tokens) > 1 else chain


def article_tsquery(node: Node, word_weights: str, phrase_weights: str,
                    prefix_weights: str) -> str:
    """``search.query.to_tsquery`` for the article terms: the same tsquery except that a
    phrase is a :func:`phrase_chain` (the same matches, see the module docstring)."""
    if isinstance(node, Phrase):
        chains = [phrase_chain(variant, phrase_weights)
                  for variant in phrase_variants(node.text)]
        return chains[0] if len(chains) == 1 else "(" + " | ".join(chains) + ")"
    if isinstance(node, Term | Prefix):
        return to_tsquery(node, word_weights, phrase_weights, prefix_weights)
    if isinstance(node, And | Or):
        joiner = " & " if isinstance(node, And) else " | "
        return "(" + joiner.join(article_tsquery(c, word_weights, phrase_weights,
                                                 prefix_weights) for c in node.children) + ")"
    if isinstance(node, Not):
        return "!" + article_tsquery(node.child, word_weights, phrase_weights, prefix_weights)
    raise TypeError(f"not a text node: {node!r}")
