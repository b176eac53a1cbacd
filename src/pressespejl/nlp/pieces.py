"""Very long articles, analysed in pieces with their offsets kept.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters: error E088),
and the pipeline's memory grows with the text. An article longer than ``PIECE_CHARS``
is therefore cut into pieces at paragraph breaks (else line breaks, sentence ends or
spaces), each piece is analysed on its own, and the analyses are joined with every
offset moved back into the article's text, so ``text[start:end]`` still gives each span.
Speakers are resolved within a piece: a "han" at the start of a piece does not reach
back to a name in the piece before (a piece is some 30 pages of news copy).

An article longer than ``MAX_CHARS`` is not news copy (a book, a database dump) and is
refused before any analysis (``too_long``).

Plain Python over ``types``: importing this module does not import spaCy.
"""

from __future__ import annotations

from dataclasses import replace

from pressespejl.types import Analysis, Article, Person

PIECE_CHARS = 100_000
"""Longest text analysed as one spaCy ``Doc`` (a long news article is 20,000)."""

MAX_CHARS = 5_000_000
"""Longest article analysed at all (about 1,500 pages)."""

_CUTS = ("\n\n", "\n", ". ", " ")  # where a piece may end, best first


def too_long(article: Article) -> str | None:
    """Why the article is refused (it is over ``MAX_CHARS``), or None."""
    if len(article.text) <= MAX_CHARS:
        return None
    return (f"the text is {len(article.text):,} characters long; Pressespejl analyses "
            f"articles of up to {MAX_CHARS:,} (split the file into articles)")


def spans(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the pieces of ``text``: one piece when it fits in ``size``
    (``PIECE_CHARS``), else pieces of at most ``size`` characters that end after a
    paragraph break where there is one."""
    size = size or PIECE_CHARS
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for cut in _CUTS:
            found = text.rfind(cut, start + size // 2, end)
            if found >= 0:
                end = found + len(cut)
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def piece(article: Article, start: int, end: int) -> Article:
    """The article with only ``text[start:end]`` (the same id, dates and source)."""
    if (start, end) == (0, len(article.text)):
        return article
    return replace(article, text=article.text[start:end])


def shift(analysis: Analysis, offset: int) -> Analysis:
    """The analysis of a piece with its offsets moved by ``offset`` (into the article)."""
    if not offset:
        return analysis

    def moved(items: tuple) -> tuple:  # type: ignore[type-arg]
        return tuple(replace(x, start=x.start + offset, end=x.end + offset) for x in items)

    return replace(analysis, sentences=moved(analysis.sentences), quotes=moved(analysis.quotes),
                   entities=moved(analysis.entities),
                   time_expressions=moved(analysis.time_expressions),
                   definitions=moved(analysis.definitions))


def join(parts: list[Analysis]) -> Analysis:
    """One analysis from the shifted analyses of an article's pieces, in order: spans
    concatenated, each person once (roles joined, mentions added), each organisation
    and place once."""
    if len(parts) == 1:
        return parts[0]
    people: dict[str, Person] = {}
    for person in (p for part in parts for p in part.people):
        seen = people.get(person.name)
        people[person.name] = person if seen is None else Person(
            seen.name, tuple(dict.fromkeys(seen.roles + person.roles)),
            seen.mentions + person.mentions, seen.gender or person.gender)
    first = parts[0]
    return replace(
        first,
        sentences=tuple(s for part in parts for s in part.sentences),
        quotes=tuple(q for part in parts for q in part.quotes),
        people=tuple(people.values()),
        organisations=tuple(dict.fromkeys(o for part in parts for o in part.organisations)),
        places=tuple(dict.fromkeys(p for part in parts for p in part.places)),
        entities=tuple(e for part in parts for e in part.entities),
        time_expressions=tuple(t for part in parts for t in part.time_expressions),
        definitions=tuple(d for part in parts for d in part.definitions),
        lemmas=tuple(w for part in parts for w in part.lemmas),
        offices=(),  # office evidence is taken from the joined people afterwards
    )
