"""Read RSS and Atom feeds: every item becomes an ``Article``.

Parsing is feedparser's (RSS 0.9x-2.0, RSS 1.0, Atom; it tolerates the broken feeds
news sites publish and does not resolve external entities). The feed is always handed
to it as bytes, never as a string, because feedparser fetches a string that looks like a
URL and opens one that looks like a file name.

Per item: ``title``, ``link`` -> ``url``, ``pubDate``/``published``/``updated`` -> the
date (the publisher's local day; an item without one is dated by a dateline in its
text, else undated), ``content:encoded`` or Atom ``content`` if present, else
``description``/``summary``, stripped of HTML. The feed's own title is the outlet.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from pressespejl.ingest._article import Dated, build_article
from pressespejl.ingest._dates import parse_date
from pressespejl.ingest._files import decode, read_bytes
from pressespejl.ingest._text import html_paragraphs
from pressespejl.types import Article, IngestProblem

SUFFIXES = (".xml", ".rss", ".atom")

_XML_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([\w\-]+)""")
_ITEM_START = re.compile(rb"<(?:item|entry)[\s>/]")


def looks_like(head: bytes) -> bool:
    """Whether the first bytes of a file without a known suffix look like a feed."""
    head = head[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def read(path: str | Path) -> Iterator[Article | IngestProblem]:
    """Read a feed saved as a file.

    Yields:
        An ``Article`` per item, an ``IngestProblem`` per item that cannot be one, or
        one ``IngestProblem`` for a file that is not a feed.
    """
    label = str(path)
    data = read_bytes(Path(path), label)
    if isinstance(data, IngestProblem):
        yield data
        return
    yield from parse(data, label)


def read_url(
    url: str,
    *,
    timeout: float = 10.0,
    opener: Callable[..., Any] = urllib.request.urlopen,
) -> Iterator[Article | IngestProblem]:
    """Fetch a feed and read it; a network failure is an ``IngestProblem``, not an exception.

    Args:
        url: The feed address.
        timeout: Seconds to wait for the server.
        opener: ``urllib.request.urlopen`` or a stand-in with its signature (tests).
    """
    try:
        with opener(url, timeout=timeout) as response:
            data = response.read()
    except TimeoutError:
        yield IngestProblem(url, f"feed did not answer within {timeout:g} s",
                            hint="try again later or raise the timeout")
        return
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        yield IngestProblem(url, f"cannot fetch feed: {reason}",
                            hint="check the address and the network")
        return
    yield from parse(data, url)


def parse(data: bytes, label: str = "<feed>") -> Iterator[Article | IngestProblem]:
    """Read feed bytes already in memory; ``label`` names the feed in problems."""
    try:
        import feedparser
    except ImportError:
        yield IngestProblem(label, "feed support is not installed (feedparser missing)",
                            hint="pip install 'feedparser>=6.0,<7'")
        return
    declared = _XML_ENCODING.search(data[:200])
    checked = decode(data, label, charset=declared[1].decode("ascii") if declared else None)
    if isinstance(checked, IngestProblem):
        yield checked
        return

    result = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    if not result.entries:
        yield _empty_feed_problem(result, label)
        return
    lines = [data.count(b"\n", 0, m.start()) + 1 for m in _ITEM_START.finditer(data)]
    if len(lines) != len(result.entries):
        lines = []  # unusual markup: better no line numbers than wrong ones
    outlet = _clean(result.feed.get("title"))
    for index, entry in enumerate(result.entries):
        line = lines[index] if lines else None
        yield _article(entry, label, index + 1, line, outlet)


def _empty_feed_problem(result: Any, label: str) -> IngestProblem:
    exc = result.get("bozo_exception")
    if result.get("bozo") and exc is not None:
        line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
        message = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
        return IngestProblem(label, f"not a well-formed RSS or Atom feed: {message}",
                             line=line, hint="check that the file is complete XML")
    if not result.get("version"):
        return IngestProblem(label, "not an RSS or Atom feed",
                             hint="feeds start with <rss>, <feed> or <rdf:RDF>")
    return IngestProblem(label, "feed has no items")


def _article(
    entry: Any, label: str, number: int, line: int | None, outlet: str | None
) -> Article | IngestProblem:
    title = _clean(entry.get("title"))
    where = f"item {number}" + (f" ({title[:50]!r})" if title else "")

    dated = _entry_date(entry)
    if isinstance(dated, str):
        return IngestProblem(label, f"{where}: {dated}", line=line,
                             hint="write pubDate (RSS) or published/updated (Atom) as an "
                                  "RFC 822 or ISO 8601 date")

    html = ""
    for content in entry.get("content") or ():
        if len(content.get("value") or "") > len(html):
            html = content["value"]
    summary = entry.get("summary") or ""
    if len(summary) > len(html):
        html = summary
    return build_article(
        html_paragraphs(html), label, dated=dated, line=line,
        empty=(f"{where}: no text (no description or content)",
               "the feed may carry only headlines"),
        title=title, url=_clean(entry.get("link")), outlet=outlet,
    )


def _entry_date(entry: Any) -> Dated | str | None:
    """The item's date as written, else feedparser's (UTC) parse; None when the item
    has no date, or what is wrong with the one it has."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parse_date(raw)
        except ValueError:
            parsed = entry.get(f"{key}_parsed")
            if parsed:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday), "day"
            return f"unrecognised date {raw!r}"
    return None


def _clean(value: Any) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None
