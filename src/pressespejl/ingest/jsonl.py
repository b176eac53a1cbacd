"""Read JSON Lines: one article object per line.

::

    {"date": "2022-01-12", "text": "Nato vil ...", "title": "...", "url": "...",
     "outlet": "...", "id": "...", "sources": ["ritzau", "Reuters"]}

``text`` and ``date`` are required; ``date`` is ``YYYY-MM``, ``YYYY-MM-DD`` or an ISO
timestamp. ``sources`` may be a list or a byline string ("/ritzau/Reuters"); a byline
left on the text's last line is taken off, and boilerplate paragraphs dropped, as in
seed text. A bad line yields one
``IngestProblem`` with its line number and the rest of the file goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pressespejl.ingest._boilerplate import is_boilerplate
from pressespejl.ingest._dates import DATE_FORMATS_HINT, parse_date
from pressespejl.ingest._files import read_text
from pressespejl.ingest._text import join_paragraphs, paragraphs, parse_byline, split_byline
from pressespejl.ingest.ids import article_id
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
    missing = [key for key in ("text", "date")
               if not (isinstance(record.get(key), str) and record[key].strip())]
    if missing:
        return problem(f"missing or empty field{'s' if len(missing) > 1 else ''}: "
                       f"{', '.join(missing)}", hint=f"e.g. {_EXAMPLE}")
    try:
        published, precision = parse_date(record["date"])
    except ValueError as exc:
        return problem(str(exc), hint=DATE_FORMATS_HINT)

    body, byline, sources = split_byline(paragraphs(record["text"]))
    body = [p for p in body if not is_boilerplate(p)]
    if not body:
        return problem("text is only a byline", hint="the article text is missing")
    given_byline = _str(record.get("byline"))
    if given_byline:
        byline = given_byline
        sources = parse_byline(given_byline) or sources
    given_sources = record.get("sources")
    if isinstance(given_sources, str):
        given_sources = parse_byline(given_sources) or (given_sources.strip(),)
    if isinstance(given_sources, list | tuple) and given_sources:
        sources = tuple(str(s).strip() for s in given_sources if str(s).strip())

    text = join_paragraphs(body)
    return Article(
        id=article_id(text, published, precision=precision, id=_str(record.get("id"))),
        text=text,
        published=published,
        precision=precision,
        title=_str(record.get("title")),
        url=_str(record.get("url")),
        outlet=_str(record.get("outlet")),
        path=label,
        sources=sources,
        byline=byline,
    )


def _str(value: Any) -> str | None:
    """A non-blank string field, stripped; numbers are accepted for ids."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
