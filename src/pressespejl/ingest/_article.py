"""The ending every reader shares: body paragraphs and metadata -> ``Article`` | problem.

Each reader finds paragraphs, a date, a title and so on in its own format; what happens
next is the same for all of them and lives here, once:

1. Boilerplate paragraphs go (``_boilerplate.py``), and a wire byline on the last line is
   taken off (``_text.split_byline``).
2. No text left: an ``IngestProblem`` that says what the reader looked for.
3. The date: the source's own (header, JSON field, page markup, feed item) wins. If the
   source gives only a month and a dateline in the text names a day of that month, the
   day is used. If the source gives none, a dateline's day is used
   (``_datelines.py``); else the article is undated (``published`` None). A place
   dateline (``KØBENHAVN (Ritzau):``) adds its agency to ``sources`` and no date.
4. The id: the source's, else a content hash of the text and the date *as the source
   gave it*, so reading a file again gives the same id whatever the datelines say.
"""

from __future__ import annotations

from datetime import date

from pressespejl.ingest._boilerplate import is_boilerplate
from pressespejl.ingest._datelines import find_dateline_date, find_place_dateline
from pressespejl.ingest._text import join_paragraphs, split_byline
from pressespejl.ingest.ids import article_id
from pressespejl.types import Article, IngestProblem, Precision

Dated = tuple[date, Precision]


def build_article(
    parts: list[str],
    label: str,
    *,
    dated: Dated | None,
    empty: tuple[str, str | None],
    line: int | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    given_id: str | None = None,
    given_byline: str | None = None,
    given_sources: tuple[str, ...] = (),
) -> Article | IngestProblem:
    """An ``Article`` from a reader's paragraphs, or the problem of having no text.

    Args:
        parts: The body paragraphs as the reader found them (byline and boilerplate
            still in).
        label: Names the input in problems and ``Article.path``.
        dated: The date the source gives (its first day and precision), or None.
        empty: (what, hint) of the problem when no text is left.
        line: The input line, for problems.
        given_byline, given_sources: A byline or sources the source states apart from
            the text; they win over a byline found on the text's last line.
    """
    kept = [p for p in parts if not is_boilerplate(p)]
    body, byline, sources = split_byline(kept)
    body = [p for p in body if not is_boilerplate(p)]
    if not body:
        what, hint = empty
        return IngestProblem(label, what, line=line, hint=hint)
    byline = given_byline or byline
    sources = given_sources or sources
    text = join_paragraphs(body)
    published, precision = dated if dated is not None else (None, "none")
    ident = article_id(text, published, precision=precision, id=given_id)

    dateline = find_dateline_date(text)
    if dateline is not None and dateline.published is not None:
        day = dateline.published
        if published is None or (precision == "month" and (day.year, day.month) == (
                published.year, published.month)):
            published, precision = day, "day"
    place = find_place_dateline(text)
    if place is not None and place.agency and place.agency.casefold() not in {
            s.casefold() for s in sources}:
        sources = (*sources, place.agency)

    return Article(
        id=ident,
        text=text,
        published=published,
        precision=precision,
        title=title,
        url=url,
        outlet=outlet,
        path=label,
        sources=sources,
        byline=byline,
    )
