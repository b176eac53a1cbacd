"""People's corrections of the machine's analysis: what they are, how they apply, and
how an archive's corrections become its own test set.

A ``Correction`` is stored apart from the pipeline's output (``corrections`` table,
``Store.add_correction``), with who made it and when. It points at its article by id (a
content hash: the same after a re-ingest) and at its target by character offsets into
the article text (the same after a re-analysis), never at a row a re-analysis rewrites.
``apply`` lays the corrections of one article over its stored ``Analysis``; the machine
output itself is never changed, so the web page can show both.

Kinds and their ``value``:

============== ========================== =========================================
kind           target (start, end)        value
============== ========================== =========================================
speaker        a quote                    ``{"speaker": "Jeppe Kofod"}``
boundaries     a quote                    ``{"start": 10, "end": 80}`` new offsets
not_quote      a quote                    ``{}``
missed_quote   the new quote's span       ``{"speaker": ..., "kind": "direct"}``
entity_label   an entity mention          ``{"label": "ORG"}``
entity_name    an entity mention          ``{"canonical": "Jens Stoltenberg"}``
date           a time expression          ``{"earliest": "2022-01-05", "latest": ...}``
============== ========================== =========================================

A correction finds its target as the machine item with exactly its span, else the one
overlapping it most (a re-analysis may move a quote's edge by a word); a correction
whose target is gone is ``stale`` and changes nothing.

``gold_record`` writes a corrected article in the ``pressespejl eval`` gold format
(docs/gold-format.md), and ``accuracy`` scores the stored machine analyses against
those records per outlet and per quote kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from pressespejl.errors import InputError
from pressespejl.types import Analysis, Article, Entity, Person, Quote, TimeExpression

KINDS: dict[str, str] = {
    "speaker": "who said the quote",
    "boundaries": "where the quote starts and ends",
    "not_quote": "this is not a quote",
    "missed_quote": "a quote the machine did not find",
    "entity_label": "the type of a named entity (PER, ORG, LOC, MISC)",
    "entity_name": "the canonical name of a named entity",
    "date": "the days a time expression means",
}
"""Every kind of correction, with what it corrects (shown by the API and the CLI)."""

QUOTE_KINDS = ("direct", "indirect", "partial")
ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
MAX_AUTHOR = 100
MAX_NAME = 200
MAX_NOTE = 1000
EVIDENCE = "correction"
"""``Quote.evidence`` of a quote whose speaker or span a person set."""


@dataclass(frozen=True)
class Correction:
    """One person's correction of one thing in one article."""

    article_id: str
    kind: str
    target_start: int | None
    target_end: int | None
    value: dict[str, Any] = field(default_factory=dict)
    author: str = "anonym"
    created_at: str = ""
    note: str | None = None
    id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "article_id": self.article_id, "kind": self.kind,
                "target_start": self.target_start, "target_end": self.target_end,
                "value": dict(self.value), "author": self.author,
                "created_at": self.created_at, "note": self.note}


def now() -> str:
    """The time a correction is made: ISO 8601 in UTC, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _text(value: Any, name: str, limit: int, required: bool = True) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(f"{name} is required.")
        return None
    if not isinstance(value, str):
        raise InputError(f"{name} must be text.")
    value = " ".join(value.split())
    if len(value) > limit:
        raise InputError(f"{name} is longer than {limit} characters.")
    return value


def _int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InputError(f"{name} must be a whole number.")
    try:
        return int(value)
    except ValueError as exc:
        raise InputError(f"{name} must be a whole number, not {value!r}.") from exc


def _day(value: Any, name: str) -> str:
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as exc:
        raise InputError(f"{name} must be a date YYYY-MM-DD, not {value!r}.") from exc


def make(article: Article, analysis: Analysis, kind: str, start: Any, end: Any,
         value: dict[str, Any] | None = None, author: str | None = None,
         note: str | None = None) -> Correction:
    """A checked correction of ``article``, ready for ``Store.add_correction``.

    Args:
        article, analysis: the stored article and its machine analysis.
        kind: one of ``KINDS``.
        start, end: the target's character offsets (the new quote's for ``missed_quote``).
        value: what the kind needs (module docstring); unknown keys are dropped.
        author: who corrects ("anonym" when not given).
        note: an optional remark.

    Raises:
        InputError: an unknown kind, offsets outside the text, a target that does not
            exist, or a value the kind cannot use; the message says which.
    """
    if kind not in KINDS:
        raise InputError(f"Unknown correction kind {kind!r}; use one of {', '.join(KINDS)}.")
    value = dict(value or {})
    first, last = _int(start, "start"), _int(end, "end")
    if not 0 <= first < last <= len(article.text):
        raise InputError(f"start and end must satisfy 0 <= start < end <= "
                         f"{len(article.text)} (the text's length); got {first}, {last}.")
    clean: dict[str, Any] = {}
    if kind in ("speaker", "boundaries", "not_quote"):
        _need(_find(analysis.quotes, first, last), "quote", first, last)
    if kind in ("entity_label", "entity_name"):
        _need(_find(analysis.entities, first, last), "entity", first, last)
    if kind == "date":
        _need(_find(analysis.time_expressions, first, last), "time expression", first, last)
    if kind == "speaker":
        clean["speaker"] = _text(value.get("speaker"), "speaker", MAX_NAME)
    elif kind == "boundaries":
        new_start, new_end = _int(value.get("start"), "new start"), _int(value.get("end"),
                                                                         "new end")
        if not 0 <= new_start < new_end <= len(article.text):
            raise InputError(f"The new start and end must lie in the text (0..."
                             f"{len(article.text)}) with start < end.")
        clean = {"start": new_start, "end": new_end}
    elif kind == "missed_quote":
        quote_kind = value.get("kind") or "direct"
        if quote_kind not in QUOTE_KINDS:
            raise InputError(f"kind must be one of {', '.join(QUOTE_KINDS)}.")
        clean = {"kind": quote_kind,
                 "speaker": _text(value.get("speaker"), "speaker", MAX_NAME, required=False)}
    elif kind == "entity_label":
        label = value.get("label")
        if label not in ENTITY_LABELS:
            raise InputError(f"label must be one of {', '.join(ENTITY_LABELS)}.")
        clean["label"] = label
    elif kind == "entity_name":
        clean["canonical"] = _text(value.get("canonical"), "canonical name", MAX_NAME)
    elif kind == "date":
        earliest = _day(value.get("earliest"), "earliest")
        latest = _day(value.get("latest") or earliest, "latest")
        if latest < earliest:
            raise InputError("latest must not be before earliest.")
        clean = {"earliest": earliest, "latest": latest}
    return Correction(
        article_id=article.id, kind=kind, target_start=first, target_end=last, value=clean,
        author=_text(author, "author", MAX_AUTHOR, required=False) or "anonym",
        created_at=now(), note=_text(note, "note", MAX_NOTE, required=False))


def _need(found: int | None, what: str, start: int, end: int) -> None:
    if found is None:
        raise InputError(f"No {what} at characters {start}-{end} of this article.")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _find(items: Sequence[_Span], start: int | None, end: int | None) -> int | None:
    """The index of the item with exactly this span, else of the one overlapping it
    most; None when nothing overlaps."""
    if start is None or end is None:
        return None
    best, best_overlap = None, 0
    for i, item in enumerate(items):
        if (item.start, item.end) == (start, end):
            return i
        overlap = min(item.end, end) - max(item.start, start)
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


@dataclass(frozen=True)
class Applied:
    """An article's analysis with its corrections laid over it."""

    analysis: Analysis
    applied: tuple[Correction, ...] = ()
    stale: tuple[Correction, ...] = ()
    """Corrections whose target the analysis no longer has."""
    corrected: dict[tuple[str, int, int], Correction] = field(default_factory=dict)
    """("quote" | "entity" | "time", start, end) of each corrected item in the result ->
    the correction that set it (the latest, when several did)."""


def apply(article: Article, analysis: Analysis,
          corrections: Iterable[Correction]) -> Applied:
    """Lay ``corrections`` (oldest first) over ``analysis``; a later one wins."""
    quotes = list(analysis.quotes)
    removed: set[int] = set()
    entities = list(analysis.entities)
    times = list(analysis.time_expressions)
    applied: list[Correction] = []
    stale: list[Correction] = []
    marks: dict[tuple[str, int], Correction] = {}
    added: list[tuple[Quote, Correction]] = []
    for c in sorted(corrections, key=lambda c: (c.created_at, c.id or 0)):
        if c.article_id != article.id:
            continue
        if c.kind == "missed_quote":
            text = article.text[c.target_start or 0:c.target_end or 0]
            if not text:
                stale.append(c)
                continue
            added.append((Quote(kind=c.value.get("kind", "direct"), text=text,
                                speaker=c.value.get("speaker"), speaker_mention=None,
                                cue=None, start=c.target_start or 0, end=c.target_end or 0,
                                evidence=EVIDENCE), c))
            applied.append(c)
            continue
        if c.kind in ("speaker", "boundaries", "not_quote"):
            i = _find(quotes, c.target_start, c.target_end)
            if i is None or i in removed:
                stale.append(c)
                continue
            quote = quotes[i]
            if c.kind == "speaker":
                quotes[i] = replace(quote, speaker=c.value["speaker"], evidence=EVIDENCE)
            elif c.kind == "boundaries":
                s, e = c.value["start"], c.value["end"]
                quotes[i] = replace(quote, start=s, end=e, text=article.text[s:e])
            else:
                removed.add(i)
            marks[("quote", i)] = c
        elif c.kind in ("entity_label", "entity_name"):
            i = _find(entities, c.target_start, c.target_end)
            if i is None:
                stale.append(c)
                continue
            entity = entities[i]
            entities[i] = (replace(entity, label=c.value["label"]) if c.kind == "entity_label"
                           else replace(entity, canonical=c.value["canonical"]))
            marks[("entity", i)] = c
        elif c.kind == "date":
            i = _find(times, c.target_start, c.target_end)
            if i is None:
                stale.append(c)
                continue
            earliest = date.fromisoformat(c.value["earliest"])
            latest = date.fromisoformat(c.value["latest"])
            times[i] = replace(times[i], earliest=earliest, latest=latest,
                               granularity="day" if earliest == latest else "range")
            marks[("time", i)] = c
        else:
            stale.append(c)
            continue
        applied.append(c)
    corrected: dict[tuple[str, int, int], Correction] = {}
    kept = [(q, marks.get(("quote", i))) for i, q in enumerate(quotes) if i not in removed]
    final_quotes = sorted([*kept, *added], key=lambda pair: (pair[0].start, pair[0].end))
    for quote, c in final_quotes:
        if c is not None:
            corrected[("quote", quote.start, quote.end)] = c
    for (what, i), c in marks.items():
        if what == "entity":
            corrected[("entity", entities[i].start, entities[i].end)] = c
        elif what == "time":
            corrected[("time", times[i].start, times[i].end)] = c
    new = replace(analysis, quotes=tuple(q for q, _ in final_quotes),
                  entities=tuple(entities), time_expressions=tuple(times),
                  **_names(analysis, entities))
    return Applied(new, tuple(applied), tuple(stale), corrected)


def _names(analysis: Analysis, entities: list[Entity]) -> dict[str, Any]:
    """People, organisations and places after entity corrections: a renamed entity is
    renamed in its list, and a relabelled one moves to its new list."""
    if list(analysis.entities) == entities:
        return {}
    before = {(e.start, e.end): e for e in analysis.entities}
    people = {p.name: p for p in analysis.people}
    orgs, places = list(analysis.organisations), list(analysis.places)
    lists = {"PER": None, "ORG": orgs, "LOC": places}
    for entity in entities:
        old = before.get((entity.start, entity.end))
        if old is None or old == entity:
            continue
        old_name, new_name = old.canonical or old.text, entity.canonical or entity.text
        if old.label == "PER" and old_name in people:
            person = people.pop(old_name)
            if entity.label == "PER":
                people[new_name] = replace(person, name=new_name)
        else:
            target = lists.get(old.label)
            if target is not None and old_name in target:
                target.remove(old_name)
        if entity.label == "PER" and new_name not in people:
            people[new_name] = Person(name=new_name)
        target = lists.get(entity.label)
        if target is not None and new_name not in target:
            target.append(new_name)
    return {"people": tuple(people.values()), "organisations": tuple(orgs),
            "places": tuple(places)}


# --- the gold format ------------------------------------------------------------------


def _time_value(expression: TimeExpression) -> str | None:
    if expression.earliest is None or expression.latest is None:
        return None
    if expression.earliest == expression.latest:
        return expression.earliest.isoformat()
    return f"{expression.earliest.isoformat()}..{expression.latest.isoformat()}"


def gold_record(article: Article, corrected: Analysis, key: str | None = None) -> dict[str, Any]:
    """One line of ``gold.jsonl`` (docs/gold-format.md) for a corrected analysis.

    Args:
        article: the article.
        corrected: its analysis with the corrections applied (``apply``).
        key: the gold id; ``evaluate.article_key(article)`` when None, so
            ``pressespejl eval`` pairs the line with the article's file.
    """
    from pressespejl.evaluate import END_WORDS, START_WORDS, article_key

    quotes = []
    for quote in corrected.quotes:
        words = quote.text.split()
        quotes.append({"kind": "direct" if quote.kind == "direct" else "indirect",
                       "speaker": quote.speaker or "",
                       "start": " ".join(words[:START_WORDS]),
                       "end": " ".join(words[-END_WORDS:])})
    times, seen = [], set()
    for expression in corrected.time_expressions:
        value = _time_value(expression)
        if value is None or expression.text in seen:
            continue
        seen.add(expression.text)
        times.append({"text": expression.text, "value": value})
    return {"id": key or article_key(article), "quotes": quotes,
            "people": [p.name for p in corrected.people],
            "orgs": list(corrected.organisations), "places": list(corrected.places),
            "time_expressions": times}


# --- an archive's corrections as a test set --------------------------------------------


class _Archive(Protocol):
    def corrections(self, article_id: str | None = None) -> list[Correction]: ...
    def record(self, article_id: str) -> tuple[Article, Analysis] | None: ...


@dataclass(frozen=True)
class Reviewed:
    """A corrected article: the machine's analysis and the corrected one."""

    article: Article
    machine: Analysis
    corrected: Applied


def reviewed(store: _Archive) -> list[Reviewed]:
    """Every article someone corrected, in the order of its first correction."""
    by_article: dict[str, list[Correction]] = {}
    for c in store.corrections():
        by_article.setdefault(c.article_id, []).append(c)
    out = []
    for article_id, found in by_article.items():
        record = store.record(article_id)
        if record is not None:
            article, analysis = record
            out.append(Reviewed(article, analysis, apply(article, analysis, found)))
    return out


def gold_records(store: _Archive) -> list[dict[str, Any]]:
    """The archive's corrected articles in the ``pressespejl eval`` gold format."""
    return [gold_record(r.article, r.corrected.analysis) for r in reviewed(store)]


def accuracy(store: _Archive) -> dict[str, Any]:
    """How right the machine was on the articles people corrected, measured against the
    corrected analyses, over all, per outlet and per quote kind (``evaluate.Report``).

    Returns:
        ``{"articles": n, "all": report, "outlets": {outlet: report}}``, each report as
        ``Report.as_dict`` without its list of misses. The outlet of an article without
        one is ``"(ukendt)"``.
    """
    from pressespejl.evaluate import evaluate, gold_from_record

    groups: dict[str, list[Reviewed]] = {}
    done = reviewed(store)
    for r in done:
        groups.setdefault(r.article.outlet or "(ukendt)", []).append(r)

    def score(items: list[Reviewed]) -> dict[str, Any]:
        gold = [gold_from_record(gold_record(r.article, r.corrected.analysis, r.article.id))
                for r in items]
        report = evaluate(gold, [(replace(r.article, path=None), r.machine) for r in items])
        result = report.as_dict()
        result.pop("misses")
        return result

    return {"articles": len(done), "all": score(done),
            "outlets": {name: score(items) for name, items in sorted(groups.items())}}
