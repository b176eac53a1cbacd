"""Article text and snippets as safe HTML.

Everything from an article, a query or a person is escaped here or by Jinja2's
autoescape; the only markup is the tags written below. The article text is rendered so
that the page's text (``textContent`` of each paragraph) is exactly the article's
characters: selecting words in the browser gives their offsets back (``app.js`` uses
that for "missed quote"), and a speaker's name after a quote is drawn by CSS, not text.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any
from urllib.parse import quote as urlquote

from markupsafe import Markup, escape

from pressespejl.web.labels import EVIDENCE, GRANULARITY, KINDS, LABELS

OPEN, CLOSE = "\ue000", "\ue001"
"""Highlight markers handed to the store (private-use characters), turned into <mark>."""

SPEAKER_COLOURS = 8


def marked(text: str | None) -> Markup:
    """A snippet with the store's markers as <mark> elements, everything else escaped."""
    if not text:
        return Markup("")
    safe = str(escape(text))
    if safe.count(OPEN) != safe.count(CLOSE):
        return Markup(safe.replace(OPEN, "").replace(CLOSE, ""))
    return Markup(safe.replace(OPEN, "<mark>").replace(CLOSE, "</mark>"))


def entity_url(name: str) -> str:
    return "/entity/" + urlquote(name, safe="")


def speaker_colours(quotes: list[dict[str, Any]]) -> dict[str, int]:
    """A colour number per speaker, in order of first appearance."""
    colours: dict[str, int] = {}
    for q in quotes:
        if q.get("speaker") and q["speaker"] not in colours:
            colours[q["speaker"]] = len(colours) % SPEAKER_COLOURS
    return colours


def _quote_title(q: dict[str, Any]) -> str:
    parts = [q.get("speaker") or "ukendt taler", KINDS.get(q["kind"], q["kind"])]
    if q.get("cue"):
        parts.append(f"»{q['cue']}«")
    if q.get("evidence"):
        parts.append(EVIDENCE.get(q["evidence"], q["evidence"]))
    return " · ".join(parts)


def _time_title(t: dict[str, Any]) -> str:
    if not t.get("earliest"):
        return "kan ikke dateres"
    span = t["earliest"] if t["earliest"] == t["latest"] else f"{t['earliest']} – {t['latest']}"
    return f"{span} ({GRANULARITY.get(t['granularity'], t['granularity'])})"


def article_html(text: str, quotes: list[dict[str, Any]], entities: list[dict[str, Any]],
                 times: list[dict[str, Any]], colours: dict[str, int]) -> Markup:
    """The article as paragraphs with quotes, entities and time expressions marked.

    Spans may overlap in any way; the text is cut at every span edge and paragraph
    break, and each piece is wrapped in the spans that cover it (quote outside, entity,
    then time inside), so the HTML is always well nested.
    """
    layers: list[tuple[int, int, int, dict[str, Any]]] = []
    for q in quotes:
        layers.append((q["start"], q["end"], 0, q))
    for e in entities:
        layers.append((e["start"], e["end"], 1, e))
    for t in times:
        layers.append((t["start"], t["end"], 2, t))
    layers = [s for s in layers if 0 <= s[0] < s[1] <= len(text)]
    cuts = {0, len(text)}
    for start, end, _, _ in layers:
        cuts.update((start, end))
    at = 0
    while (brk := text.find("\n\n", at)) >= 0:
        cuts.update((brk, brk + 2))
        at = brk + 2
    points = sorted(cuts)
    paragraphs: list[str] = []
    current: list[str] = []
    paragraph_start = 0
    started: set[int] = set()

    def flush(end: int) -> None:
        body = "".join(current)  # not stripped: textContent must stay the article's text
        if body.strip():
            paragraphs.append(f'<p data-start="{paragraph_start}">{body}</p>')
        current.clear()

    for a, b in pairwise(points):
        piece = text[a:b]
        if piece == "\n\n" or (piece.strip("\n") == "" and "\n\n" in piece):
            flush(a)
            paragraph_start = b
            continue
        covering = sorted((s for s in layers if s[0] <= a and b <= s[1]),
                          key=lambda s: (s[2], s[0]))
        quote = next((s for s in covering if s[2] == 0), None)
        entity = next((s for s in covering if s[2] == 1), None)
        time = next((s for s in covering if s[2] == 2), None)
        html = str(escape(piece))
        if time is not None:
            t = time[3]
            html = (f'<time class="tx" datetime="{escape(t.get("earliest") or "")}" '
                    f'title="{escape(_time_title(t))}">{html}</time>')
        if entity is not None:
            e = entity[3]
            name = e.get("canonical") or e["text"]
            label = LABELS.get(e["label"], e["label"])
            cls = f'ent ent-{escape(e["label"])}{" fixed" if e.get("corrected") else ""}'
            if e["label"] in ("PER", "ORG", "LOC"):
                html = (f'<a class="{cls}" href="{escape(entity_url(name))}" '
                        f'title="{escape(name)} ({label})">{html}</a>')
            else:
                html = f'<span class="{cls}" title="{escape(name)} ({label})">{html}</span>'
        if quote is not None:
            q = quote[3]
            colour = colours.get(q.get("speaker") or "", "x")
            anchor = ""
            if q["start"] not in started:
                started.add(q["start"])
                anchor = f' id="q-{q["start"]}"'
            fixed = " fixed" if q.get("corrected") else ""
            html = (f'<mark class="q spk-{colour}{fixed}"{anchor} '
                    f'title="{escape(_quote_title(q))}">{html}</mark>')
            if b == q["end"]:
                who = q.get("speaker")
                if who:
                    html += (f'<a class="who spk-{colour}" href="{escape(entity_url(who))}" '
                             f'data-name="{escape(who)}" aria-label="{escape(who)}"></a>')
                else:
                    html += '<span class="who spk-x" data-name="?" aria-label="ukendt"></span>'
        current.append(html)
    flush(len(text))
    return Markup("".join(paragraphs))
