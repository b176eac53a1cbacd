"""Read the seed text format: an optional date line, the article, an optional wire byline.

::

     date 2022-01 Nato vil overveje at sende yderligere soldater ...

    Det siger Natos generalsekretær, Jens Stoltenberg, onsdag.

    /ritzau/Reuters

Leading whitespace is allowed before ``date`` (the seed file has one space). The text
starts on the date line; paragraphs are separated by blank lines. A last line like
``/ritzau/Reuters`` is metadata (``Article.sources``, ``Article.byline``), not text:
left in, it would end the last quote and look like a speaker downstream.

A file without a date line is an article too: the whole file is its text, dated by a
dateline in it if there is one ("Publiceret 12. marts 2021"), else undated (a third of
real news excerpts are). A date line with a bad date ("date 2022-13") is a problem.

Text pasted from web pages can carry whole paragraphs of boilerplate ("Skrevet af …",
"Foto: …", "Læs også: …"); those paragraphs are dropped (``_boilerplate.py``). Every
paragraph that stays is byte-identical to the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pressespejl.ingest._article import Dated, build_article
from pressespejl.ingest._dates import DATE_FORMATS_HINT, parse_date
from pressespejl.ingest._files import read_text
from pressespejl.ingest._text import paragraphs
from pressespejl.types import Article, IngestProblem

SUFFIXES = (".txt",)

# A date line starts with a digit after "date": "Date night i Tivoli" is a headline.
_DATE_LINE = re.compile(r"[ \t]*date:?[ \t]+(\d\S*)[ \t]*", re.IGNORECASE)
_DATE_TOKEN = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?")


def looks_like(head: bytes) -> bool:
    """Whether the first bytes of a file without a known suffix look like seed text."""
    return re.match(rb"(\xef\xbb\xbf)?\s*date:?[ \t]+\d{4}-\d", head, re.IGNORECASE) is not None


def read(path: str | Path) -> Iterator[Article | IngestProblem]:
    """Read one seed-text file.

    Yields:
        One ``Article``, or one ``IngestProblem`` naming the file and line.
    """
    label = str(path)
    text = read_text(Path(path), label)
    if isinstance(text, IngestProblem):
        yield text
        return
    yield parse(text, label)


def parse(text: str, label: str = "<text>") -> Article | IngestProblem:
    """Parse seed text already in memory; ``label`` names it in problems and ``Article.path``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    skipped = len(text) - len(text.lstrip("\n\t "))
    line = text.count("\n", 0, skipped) + 1
    start = text.rfind("\n", 0, skipped) + 1  # beginning of the first non-blank line
    match = _DATE_LINE.match(text, start)
    dated: Dated | None = None
    body_start = start
    if match is not None:
        if not _DATE_TOKEN.fullmatch(match[1]):
            return IngestProblem(label, f"unrecognised date {match[1]!r}", line=line,
                                 hint=DATE_FORMATS_HINT)
        try:
            dated = parse_date(match[1])
        except ValueError as exc:
            return IngestProblem(label, str(exc), line=line, hint=DATE_FORMATS_HINT)
        body_start = match.end()
    return build_article(
        paragraphs(text[body_start:]), label, dated=dated, line=line,
        empty=("no article text after the date",
               "write the article on the date line, after the date") if dated else
              ("no article text (only boilerplate or a byline)", None),
        title=None,  # the first sentence is the lede, not a title
    )
