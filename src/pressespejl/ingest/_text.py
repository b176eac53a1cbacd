"""Text clean-up shared by the readers: paragraphs, wire bylines, HTML fragments.

``Article.text`` must stay byte-identical to what the source wrote, apart from line
endings, trailing spaces and blank-line runs, so that character offsets found by the nlp
stage point at the same characters a reader sees in the file.
"""

from __future__ import annotations

import re
import unicodedata

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
# One segment of a wire byline: "ritzau", "Reuters", "AFP", "dpa", "Ritzau Fokus".
_BYLINE_PART = re.compile(r"[^\W\d_][\w.&\- ]{0,30}")


def paragraphs(text: str) -> list[str]:
    """Split text into paragraphs at blank lines, normalising line endings and trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return [p for p in _BLANK_LINES.split(text.strip("\n")) if p.strip()]


def join_paragraphs(parts: list[str]) -> str:
    """The one paragraph separator used in ``Article.text``."""
    return "\n\n".join(parts)


def parse_byline(line: str) -> tuple[str, ...] | None:
    """The wire agencies of a byline line ("/ritzau/Reuters" -> ("ritzau", "Reuters")).

    Returns ``None`` when the line is not a byline, so an ordinary sentence that happens
    to start with "/" stays text.
    """
    line = line.strip()
    if not line.startswith("/") or len(line) > 60:
        return None
    parts = [p.strip() for p in line.split("/") if p.strip()]
    if not parts or not all(_BYLINE_PART.fullmatch(p) for p in parts):
        return None
    return tuple(parts)


def split_byline(parts: list[str]) -> tuple[list[str], str | None, tuple[str, ...]]:
    """Take a wire byline off the last non-empty line of the last paragraph.

    Returns:
        The remaining paragraphs, the byline as written (or ``None``) and its agencies.
    """
    if not parts:
        return parts, None, ()
    *body, last = parts
    head, _, last_line = last.rpartition("\n")
    sources = parse_byline(last_line)
    if sources is None:
        return parts, None, ()
    if head.strip():
        body.append(head.rstrip())
    return body, last_line.strip(), sources


def fingerprint_text(text: str) -> str:
    """Text reduced to what identifies it: NFC, single spaces, no edge whitespace.

    Used for content hashes, so CRLF/LF, re-wrapped lines or a stray NBSP do not give
    the same article two ids.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "section", "article", "header", "footer", "table", "tr", "figure", "pre",
})
# Private-use characters mark breaks while HTML's insignificant whitespace is collapsed.
_PARAGRAPH_MARK, _LINE_MARK = "\ue000", "\ue001"


def html_paragraphs(fragment: str) -> list[str]:
    """Plain-text paragraphs of an HTML fragment (an RSS description, content:encoded).

    Block elements end paragraphs, ``<br>`` ends a line, other whitespace is one space
    (as a browser shows it). Plain text without tags is split at blank lines.
    """
    if "<" not in fragment:
        return [" ".join(p.split()) for p in paragraphs(fragment)]
    import lxml.html

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in list(root.iter("script", "style", "figcaption")):
        element.drop_tree()  # code, and photo captions, which are not article text
    for element in root.iter():
        if element.tag in _BLOCK_TAGS:
            element.text = _PARAGRAPH_MARK + (element.text or "")
            element.tail = _PARAGRAPH_MARK + (element.tail or "")
        elif element.tag == "br":
            element.tail = _LINE_MARK + (element.tail or "")
    text = re.sub(r"\s+", " ", root.text_content())
    text = text.replace(_LINE_MARK, "\n").replace(_PARAGRAPH_MARK, "\n\n")
    return ["\n".join(line.strip() for line in p.split("\n") if line.strip())
            for p in paragraphs(text)]
