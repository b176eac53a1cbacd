"""Read JSON Lines: one article object per line.

::

    {"date": "2022-01-12", "text": "Nato vil ...", "title": "...", "url": "...",
     "outlet": "...", "id": "...", "sources": ["ritzau", "Reuters"]}

``text`` is required. ``date`` is ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO timestamp, as a
string; without it (absent, null or empty) the article is dated by a dateline in its
text, else undated. A date that is there but wrong (``"2022-13"``, the number
``20230201``) is a problem, not "no date". ``sources`` may be a list or a byline string
("/ritzau/Reuters"); a byline left on the text's last line is taken off, and boilerplate
paragraphs dropped, as in seed text. A bad line yields one ``IngestProblem`` with its
line number and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pressespejl.ingest._article import Dated, build_article
from pressespejl.ingest._dates import DATE_FORMATS_HINT, parse_date
from pressespejl.ingest._files import read_text
from pressespejl.ingest._text import paragraphs, parse_byline
from pressespejl.types import Article, IngestProblem

SUFFIXES = (".jsonl", ".ndjson")

_EXAMPLE = '{"date": "2022-01-12", "text": "Nato vil ..."}'


def read(path: str | Path) -> Iterator[Article | IngestProblem]:
    """Read a JSON Lines file.

    Yields:
        An ``Article`` or an ``IngestProblem`` (with its line number) per non-blank line.
    """
    label = str(path)
    text = read_text(Path(path), label)
    if isinstance(text, IngestProblem):
        yield text
        return
    # Not str.splitlines(): it also splits at U+2028 and U+0085, which JSON allows raw
    # inside strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield parse_line(line, label, number)


def parse_line(
    line: str, label: str = "<jsonl>", number: int | None = None
) -> Article | IngestProblem:
    """Turn one JSON line into an ``Article``, or a problem that says what is wrong."""
    def problem(what: str, hint: str | None = None) -> IngestProblem:
        return IngestProblem(label, what, line=number, hint=hint)

    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return problem(f"line is not valid JSON: {exc.msg} at column {exc.colno}",
                       hint=f"each line must be one JSON object, e.g. {_EXAMPLE}")
    if not isinstance(record, dict):
        return problem(f"line is a JSON {type(record).__name__}, not an object",
                       hint=f"each line must be one JSON object, e.g. {_EXAMPLE}")
    if not (isinstance(record.get("text"), str) and record["text"].strip()):
        return problem("missing or empty field: text", hint=f"e.g. {_EXAMPLE}")
    dated = _date(record.get("date"))
    if isinstance(dated, str):
        return problem(dated, hint=DATE_FORMATS_HINT)

    given_byline = _str(record.get("byline"))
    given_sources: tuple[str, ...] = (parse_byline(given_byline) or ()) if given_byline else ()
    field_sources = record.get("sources")
    if isinstance(field_sources, str):
        field_sources = parse_byline(field_sources) or (field_sources.strip(),)
    if isinstance(field_sources, list | tuple) and field_sources:
        given_sources = tuple(str(s).strip() for s in field_sources if str(s).strip())
    return build_article(
        paragraphs(record["text"]), label, dated=dated, line=number,
        empty=("text is only a byline", "the article text is missing"),
        title=_str(record.get("title")), url=_str(record.get("url")),
        outlet=_str(record.get("outlet")), given_id=_str(record.get("id")),
        given_byline=given_byline, given_sources=given_sources,
    )


def _date(value: Any) -> Dated | str | None:
    """The ``date`` field: its day and precision, None when absent, or what is wrong."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        if isinstance(value, bool):
            given = f"the JSON {str(value).lower()}"
        elif isinstance(value, int | float):
            given = f"the number {value}"  # 20230201: a date written without quotes
        else:
            given = "a JSON list" if isinstance(value, list) else "a JSON object"
        return f'date must be a string such as "2023-02-01", not {given}'
    try:
        return parse_date(value)
    except ValueError as exc:
        return str(exc)


def _str(value: Any) -> str | None:
    """A non-blank string field, stripped; numbers are accepted for ids."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
