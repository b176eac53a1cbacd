"""Read saved HTML article pages.

The body text comes from trafilatura (boilerplate removal that is maintained and
benchmarked), then a Danish filter (``_boilerplate.py``) drops what it leaves in:
"Læs også: …", "Foto: …", "Skrevet af …". Metadata is read here, from explicit markup
only, in this order:

- date: ``<meta property="article:published_time">``, JSON-LD ``datePublished``,
  ``itemprop="datePublished"``, then the first ``<time datetime>``, then the first
  ``<time>`` whose text is a Danish date ("7. december 2026", "07.12.2026"; a text such
  as "for 3 timer siden" is passed over). No guessing from URLs. Any of these may be
  written the Danish way (``_dates.parse_date``). A page without any is dated by a
  dateline in its text ("Publiceret 12. marts 2021", see ``_datelines.py``), else
  undated: it is still analysed.
- title: ``og:title``, JSON-LD ``headline``, the first ``<h1>``, ``<title>``.
- outlet: ``og:site_name``, JSON-LD ``publisher.name``.
- url: ``<link rel="canonical">``, ``og:url``, JSON-LD ``url``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pressespejl.ingest._article import build_article
from pressespejl.ingest._datelines import read_danish_date
from pressespejl.ingest._dates import parse_date
from pressespejl.ingest._files import decode, read_bytes
from pressespejl.ingest._text import paragraphs
from pressespejl.types import Article, IngestProblem

SUFFIXES = (".html", ".htm")

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w\-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# A page's header and footer go, an article's own <header> (headline, standfirst) stays.
_FURNITURE = (
    "//nav | //aside | //form | //noscript | //figcaption | //*[@role='navigation']"
    " | //header[not(ancestor::article)] | //footer[not(ancestor::article)]"
)


def looks_like(head: bytes) -> bool:
    """Whether the first bytes of a file without a known suffix look like HTML."""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def read(path: str | Path) -> Iterator[Article | IngestProblem]:
    """Read one HTML page as one article.

    Yields:
        One ``Article``, or one ``IngestProblem`` naming the file.
    """
    label = str(path)
    data = read_bytes(Path(path), label)
    if isinstance(data, IngestProblem):
        yield data
        return
    declared = _CHARSET.search(data[:4096])
    page = decode(data, label, charset=declared[1].decode("ascii") if declared else None)
    if isinstance(page, IngestProblem):
        yield page
        return
    yield parse(page, label)


def parse(page: str, label: str = "<html>", url: str | None = None) -> Article | IngestProblem:
    """Extract one article from an HTML page already in memory.

    Args:
        page: The HTML.
        label: Names the page in problems and ``Article.path``.
        url: The address it was fetched from, used when the page names none.
    """
    try:
        import lxml.html
        import trafilatura
    except ImportError as exc:
        return IngestProblem(label, f"HTML support is not installed ({exc.name} missing)",
                             hint="pip install 'trafilatura>=2.0,<3'")
    page = _XML_DECLARATION.sub("", page, count=1)
    try:
        tree = lxml.html.fromstring(page)
    except Exception as exc:  # lxml raises several unrelated types for broken markup
        return IngestProblem(label, f"cannot parse HTML: {exc}")
    meta = _metadata(tree)

    dated = None
    if meta.get("date"):
        try:
            dated = parse_date(meta["date"])
        except ValueError as exc:
            return IngestProblem(label, f"publication date: {exc}")

    title = meta.get("title")
    _drop_furniture(tree)
    return build_article(
        _body_paragraphs(trafilatura, tree, title), label, dated=dated,
        empty=("no article text found in the page",
               "the page may be an index or need JavaScript to render"),
        title=title, url=meta.get("url") or url, outlet=meta.get("outlet"),
    )


def _drop_furniture(tree: Any) -> None:
    """Remove navigation, asides, forms and page header/footer before extraction.

    trafilatura falls back to whatever text a page has when it finds no body, and on a
    page without an article that is the menu ("Forside").
    """
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None:
            element.drop_tree()


def _body_paragraphs(trafilatura: Any, tree: Any, title: str | None) -> list[str]:
    extracted = trafilatura.extract(
        tree, output_format="txt", include_comments=False, include_tables=False,
        include_images=False, favor_precision=True, with_metadata=False,
    ) or ""
    # trafilatura writes one paragraph a line.
    lines = [line for p in paragraphs(extracted) for line in p.split("\n") if line.strip()]
    if lines and title and _same(lines[0], title):
        lines = lines[1:]  # the headline, repeated from <h1>
    return lines


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _metadata(tree: Any) -> dict[str, str]:
    """Title, date, outlet and url from explicit markup, first source wins."""
    def meta(*keys: str) -> str | None:
        for key in keys:
            for attr in ("property", "name", "itemprop"):
                for value in tree.xpath(f'//meta[@{attr}="{key}"]/@content'):
                    if value.strip():
                        return value.strip()
        return None

    def first(xpath: str) -> str | None:
        for value in tree.xpath(xpath):
            text = value if isinstance(value, str) else value.text_content()
            if text.strip():
                return " ".join(text.split())
        return None

    ld = _json_ld(tree)
    publisher = ld.get("publisher")
    found = {
        "date": meta("article:published_time") or _str(ld.get("datePublished"))
        or meta("datePublished") or first("//*[@itemprop='datePublished']/@datetime")
        or first("//article//time/@datetime") or first("//time/@datetime")
        or _time_text(tree),
        "title": meta("og:title") or _str(ld.get("headline")) or first("//h1")
        or first("//title"),
        "outlet": meta("og:site_name")
        or (_str(publisher.get("name")) if isinstance(publisher, dict) else None),
        "url": first("//link[@rel='canonical']/@href") or meta("og:url")
        or _str(ld.get("url")),
    }
    return {k: v for k, v in found.items() if v}


def _time_text(tree: Any) -> str | None:
    """The text of the first ``<time>`` element that is a Danish date, the article's
    first; None when none is ("i går", "for 3 timer siden" date nothing by themselves)."""
    for element in (*tree.xpath("//article//time"), *tree.xpath("//time")):
        text = " ".join(element.text_content().split())
        try:
            if text and read_danish_date(text) is not None:
                return text
        except ValueError:  # "31. februar 2026": no date
            continue
    return None


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object that has a ``datePublished`` (or ``headline``)."""
    candidates: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # broken JSON-LD is common; other markup may still date the page
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict):
                candidates.extend(g for g in item.get("@graph", []) if isinstance(g, dict))
                candidates.append(item)
    for key in ("datePublished", "headline"):
        for item in candidates:
            if item.get(key):
                return item
    return {}


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
