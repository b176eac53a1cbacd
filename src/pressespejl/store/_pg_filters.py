"""Speaker, place, source and outlet filters as lexemes of PostgreSQL's article terms
(schema 12).

``WORD AND speaker:"X"`` joined every match of the word to the speaker's quotes, or
(``FILTER_FIRST_MAX``) checked the word on each of the speaker's articles' TOASTed
terms: with a frequent speaker and a common word both read thousands of rows (1.6 s p95
over the bench's speaker queries at 200,000 articles). The article terms now also hold
one lexeme without a position per filter value of the article (``article_filter_terms``
in SQL, from the rows the article's filters are checked against):

    =q<key>   a quote's speaker_key or speaker_surname (speaker:)
    =l<key>   a place's name_key (place:)
    =s<key>   a source's source_key (source:)
    =o<key>   the article's outlet_key (outlet:)

so a text query with such a filter is one tsquery (``'word':ABC & '=qjens stoltenberg'``)
that the RUM or GIN index answers by intersecting two posting lists. The keys are the
ones ``search/filters.py`` compares with (``name_key``; a speaker filter matches the
speaker's key or surname), so the matches are the same. The ``=`` keeps them apart from
words (letters) and word pairs (``+``), and out of every prefix query's range; ranking
stays on the words (``PostgresStore._ranked`` scores the text query alone).
"""

from __future__ import annotations

from collections.abc import Callable

from pressespejl.search.danish import name_key
from pressespejl.search.query import And, Field, Node, Not, Phrase, Prefix, Term

FILTER_CODES = {"speaker": "q", "place": "l", "source": "s", "outlet": "o"}
"""Field filter -> the code that opens its lexemes."""


def filter_lexeme(name: str, key: str) -> str:
    """The lexeme of one filter value (``key`` already folded: ``name_key``)."""
    return f"={FILTER_CODES[name]}{key}"


def filter_tsquery(groups: list[tuple[str, list[str]]]) -> str | None:
    """A tsquery all of whose groups must match, each by any of its keys; None for none.

    Args:
        groups: (field name, keys) per filter, as ``search/filters.py`` reads them.
    """
    parts = []
    for name, keys in groups:
        lexemes = []
        for key in keys:
            escaped = filter_lexeme(name, key).replace("\\", "\\\\").replace("'", "''")
            lexemes.append(f"'{escaped}'")
        parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " | ".join(lexemes) + ")")
    return "(" + " & ".join(parts) + ")" if parts else None


def terms_tsquery(node: Node, compile_text: Callable[[Node], str]) -> str | None:
    """A tsquery of the article terms that matches exactly the articles ``node`` matches
    (words and phrases, filters the terms hold, under AND, OR and NOT), or None when a
    part of it is not in the terms (a person, a date, a filter value with no key) or is
    a prefix (RUM answers weighted prefixes wrongly: ``postgres.rum_safe_tsquery``).

    Args:
        compile_text: the tsquery of a word or phrase (``_pg_pairs.article_tsquery``).
    """
    if isinstance(node, Field):
        key = name_key(node.value) if node.name in FILTER_CODES else ""
        return filter_tsquery([(node.name, [key])]) if key else None
    if isinstance(node, Prefix):
        return None
    if isinstance(node, Term | Phrase):
        return compile_text(node)
    if isinstance(node, Not):
        inner = terms_tsquery(node.child, compile_text)
        return None if inner is None else f"!{inner}"
    parts = [terms_tsquery(c, compile_text) for c in node.children]
    if any(p is None for p in parts):
        return None
    return "(" + (" & " if isinstance(node, And) else " | ").join(parts) + ")"  # type: ignore[arg-type]
