"""Score an ``Analysis`` against hand-written gold: quotes, speakers, entities, time.

The gold format is ``tests/articles/gold.jsonl`` (described in ``docs/gold-format.md``):
one JSON object per article, keyed by the article's file name without extension::

    {"id": "001_politik_forsvar",
     "quotes": [{"kind": "direct", "speaker": "Jens Stoltenberg",
                 "start": "Hvis Rusland igen indleder en", "end": "del af alliancen"}],
     "people": ["Jens Stoltenberg"], "orgs": ["Nato"], "places": ["Ukraine"],
     "time_expressions": [{"text": "onsdag", "value": "2022-01-05..2022-01-26"}]}

A gold quote is only its first five and last three words, so the gold does not depend on
character offsets and survives small changes to where a component cuts a quote. Words are
compared after ``normalize_words`` (lowercase, punctuation stripped at token edges).

The real-news gold (``../shared/data/real-dev/gold.jsonl``) is read as it is: its extra
fields (``url``, ``query``, ``outlet``, ``doubts``, ``speaker_mention``, ``cue``) are kept
or ignored, ``date`` may be null, a time ``value`` may be null (not scored) or an interval
``YYYY/YYYY``, and speakers may be a bracketed descriptor (``[borgmesteren]``),
``UNKNOWN`` or joint (``A; B``); ``speaker_match`` says how each is compared.

Notes:
    The measures follow the usual span-matching set-up of quotation attribution work
    (Pareti 2016, PARC 3.0; Krestel et al. 2008): detection is precision/recall/F1 over
    one-to-one matched quotes, attribution is judged on matched quotes only. Entity and
    time scores are micro-averaged over articles, as spaCy's ``Scorer`` does for ``ents``.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pressespejl.errors import InputError
from pressespejl.types import Analysis, Article, Quote, TimeExpression

QUOTE_KINDS = ("direct", "indirect")
ENTITY_KINDS = ("people", "orgs", "places")
START_WORDS = 5
END_WORDS = 3
QUOTE_STYLES = ("dash", "guillemets", "marks", "other", "indirect")
"""How a quote is written: a dash paragraph, »…«, other marks (“…” "…" ”…” '…' „…“), a
direct quote with no mark before it, and reported speech (every indirect or partial)."""
CONFIDENCE_EDGES = (0.5, 0.7, 0.8, 0.9)
"""Lower edges of the confidence buckets after the first (0.0-0.5, 0.5-0.7, ...)."""


# --------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldQuote:
    """One quote in the gold: its kind, canonical speaker, first and last words."""

    kind: str
    speaker: str
    start: str
    end: str
    cue: str | None = None
    speaker_mention: str | None = None


@dataclass(frozen=True)
class GoldTime:
    """A time expression as written, with its value (``2022-01-12``, ``2022-01``, ``a..b``,
    ``a/b``); None when the text does not make it resolvable (then only its text is scored)."""

    text: str
    value: str | None


@dataclass(frozen=True)
class GoldArticle:
    """The hand-written answer for one article (one line of ``gold.jsonl``)."""

    id: str
    quotes: tuple[GoldQuote, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    time_expressions: tuple[GoldTime, ...] = ()
    dated: bool | None = None  # the gold's "date" is set (True) or null (False); None: absent
    article_date: str | None = None  # the gold's "date" (YYYY-MM or YYYY-MM-DD), if any


def gold_from_record(record: dict[str, Any]) -> GoldArticle:
    """Build a ``GoldArticle`` from one parsed JSON object; raise ``InputError`` if malformed.

    Args:
        record: one line of ``gold.jsonl``, already parsed.
    Returns:
        The gold article.
    """
    try:
        quotes = tuple(
            GoldQuote(kind=q["kind"], speaker=q["speaker"], start=q["start"], end=q["end"],
                      cue=q.get("cue"), speaker_mention=q.get("speaker_mention"))
            for q in record.get("quotes", [])
        )
        times = tuple(
            GoldTime(text=t["text"], value=t["value"]) for t in record.get("time_expressions", [])
        )
        gold = GoldArticle(
            id=record["id"],
            quotes=quotes,
            people=tuple(record.get("people", [])),
            orgs=tuple(record.get("orgs", [])),
            places=tuple(record.get("places", [])),
            time_expressions=times,
            dated=None if "date" not in record else record["date"] is not None,
            article_date=record.get("date"),
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"gold record lacks a field or has the wrong shape: {exc!r}") from exc
    for quote in gold.quotes:
        if quote.kind not in QUOTE_KINDS:
            raise InputError(
                f"gold {gold.id}: quote kind {quote.kind!r} is not one of {', '.join(QUOTE_KINDS)}"
            )
    for expression in gold.time_expressions:
        if expression.value is not None:
            parse_time_value(expression.value)  # raises InputError on a bad value
    return gold


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read a ``gold.jsonl`` file.

    Args:
        path: the JSON Lines file, one article per line; blank lines are skipped.
    Returns:
        The gold articles in file order.
    Raises:
        InputError: a line is not JSON or lacks a field; the message names the line.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}") from exc
    gold: list[GoldArticle] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold.append(gold_from_record(record))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        except InputError as exc:
            raise InputError(f"{path}:{number}: {exc}") from exc
    return gold


# --------------------------------------------------------------------------- normalisation


def _is_edge_char(char: str) -> bool:
    # Punctuation (P*) covers , . ! ? „ ” » « - – ; symbols (S*) cover stray marks like ´.
    return unicodedata.category(char)[0] in "PS"


def normalize_words(text: str) -> list[str]:
    """Split text into comparable words: lowercase, punctuation stripped at token edges.

    ``"- Det er et positivt tegn, siger"`` -> ``["det", "er", "et", "positivt", "tegn",
    "siger"]``. A token that is only punctuation (the opening dash) disappears. Inner
    punctuation stays, so "Nato-Rusland-rådet" and "100.000" remain one word each.
    """
    words = []
    for token in text.split():
        start, end = 0, len(token)
        while start < end and _is_edge_char(token[start]):
            start += 1
        while end > start and _is_edge_char(token[end - 1]):
            end -= 1
        if start < end:
            words.append(token[start:end].casefold())
    return words


def normalize_name(name: str | None) -> str:
    """Compare canonical names case-insensitively with collapsed whitespace."""
    return " ".join((name or "").split()).casefold()


UNKNOWN_SPEAKER = "UNKNOWN"
# words that say nothing about who a descriptor is ("[alle ministre på pressemødet]")
_DESCRIPTOR_STOP = frozenset({
    "af", "alle", "de", "den", "det", "der", "en", "et", "for", "fra", "i", "med", "mange",
    "nogle", "og", "om", "på", "som", "til", "ved",
})
_DESCRIPTOR_STEM = 5


def _descriptor_stems(descriptor: str) -> set[str]:
    """The lower-case content words of a descriptor, cut to their first five letters."""
    stems = set()
    for word in descriptor.strip("[] ").split():
        bare = word.strip(".,;:()[]'\"")
        if bare[:1].islower() and bare.casefold() not in _DESCRIPTOR_STOP:
            stems.add(bare.casefold()[:_DESCRIPTOR_STEM])
    return stems


def speaker_match(gold: str, predicted: str | None) -> bool:
    """Whether a predicted speaker is the gold speaker.

    - A name: equal after ``normalize_name`` (case and spacing forgiven, nothing else).
    - Joint speakers ``A; B``: the same names in any order.
    - ``UNKNOWN``: the annotator could not resolve the speaker; right when the
      prediction has no speaker either.
    - A bracketed descriptor (``[borgmesteren]``, ``[vagthavende ved Nordsjællands
      Politi]``): the speaker is unnamed, and a prediction is right when it describes the
      same kind of person: one lower-case content word of each (not a name, not a
      function word such as "ved" or "alle") share their first five letters, so
      ``borgmesteren`` matches ``[borgmesteren]`` and ``en borgmester``, ``asylansøgerne``
      matches ``[mange af de afviste asylansøgere]``; but the organisation
      ``Nordsjællands Politi`` does not match ``[vagthavende ved Nordsjællands Politi]``,
      and no name matches a descriptor.
    """
    if gold.strip() == UNKNOWN_SPEAKER:
        return not (predicted or "").strip()
    if not predicted:
        return False
    if gold.strip().startswith("["):
        return bool(_descriptor_stems(gold) & _descriptor_stems(predicted))
    if ";" in gold or ";" in predicted:
        return {normalize_name(n) for n in gold.split(";")} == {
            normalize_name(n) for n in predicted.split(";")
        }
    return normalize_name(gold) == normalize_name(predicted)


_MARKS = "“”„\"'‘’‚"
_DASHES = "-–—"


def quote_style(text: str, start: int) -> str:
    """How the direct quote whose words start at ``text[start]`` is written.

    ``dash`` (a paragraph, or a sentence after an attribution, opened by "- "/"– "),
    ``guillemets`` (»…« or «…»), ``marks`` (“…”, "…", ”…”, '…', „…“) or ``other`` (no
    mark right before the words). Reported speech is ``indirect`` by kind, not here.
    """
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] == "\n":
        return "other"
    if text[j] in "»«":
        return "guillemets"
    if text[j] in _MARKS:
        return "marks"
    if text[j] in _DASHES:
        k = j - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] in "\n.!?…:":
            return "dash"
    return "other"


def locate_words(text: str, phrase: str, occurrence: int = 0) -> int:
    """Where the words of ``phrase`` occur in ``text`` (its ``occurrence``-th time, else
    its last), compared as ``normalize_words`` compares them; -1 when they do not."""
    words = normalize_words(phrase)
    if not words:
        return -1
    pattern = r"(?<!\w)" + r"[\W_]+".join(re.escape(w) for w in words)
    found = [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)]
    if not found:
        return -1
    return found[min(occurrence, len(found) - 1)]


def gold_styles(text: str, quotes: Sequence[GoldQuote]) -> list[str]:
    """The style of each gold quote in its article ``text`` (``QUOTE_STYLES``)."""
    styles = []
    seen: dict[tuple[str, ...], int] = {}
    for quote in quotes:
        if quote.kind != "direct":
            styles.append("indirect")
            continue
        key = tuple(normalize_words(quote.start))
        position = locate_words(text, quote.start, seen.get(key, 0))
        seen[key] = seen.get(key, 0) + 1
        styles.append("other" if position < 0 else quote_style(text, position))
    return styles


def predicted_style(text: str, quote: Quote) -> str:
    """The style of a predicted quote (``QUOTE_STYLES``)."""
    if quote.kind != "direct":
        return "indirect"
    return quote_style(text, quote.start) if 0 <= quote.start <= len(text) else "other"


def confidence_bucket(confidence: float | None) -> str:
    """The label of the bucket a confidence falls in ("0.8-0.9"); "none" without one."""
    if confidence is None:
        return "none"
    lows = (0.0, *CONFIDENCE_EDGES)
    highs = (*CONFIDENCE_EDGES, 1.0)
    for low, high in zip(reversed(lows), reversed(highs), strict=True):
        if confidence >= low:
            return f"{low:.1f}-{high:.1f}"
    return f"{lows[0]:.1f}-{highs[0]:.1f}"


def confidence_labels() -> list[str]:
    """Every bucket label, lowest first."""
    lows = (0.0, *CONFIDENCE_EDGES)
    highs = (*CONFIDENCE_EDGES, 1.0)
    return [f"{low:.1f}-{high:.1f}" for low, high in zip(lows, highs, strict=True)]


def quote_words(gold: GoldQuote) -> tuple[list[str], list[str]]:
    """The normalised first five and last three words of a gold quote."""
    return normalize_words(gold.start)[:START_WORDS], normalize_words(gold.end)[-END_WORDS:]


def _find(words: Sequence[str], part: Sequence[str], start: int = 0) -> int:
    """Index of the first occurrence of ``part`` in ``words`` at or after ``start``, or -1."""
    n = len(part)
    if n == 0:
        return -1
    for i in range(start, len(words) - n + 1):
        if list(words[i : i + n]) == list(part):
            return i
    return -1


def quote_match(gold: GoldQuote, predicted_text: str) -> str | None:
    """How a predicted quote text matches a gold quote: ``"exact"``, ``"contains"`` or None.

    ``exact``: the predicted words begin with the gold start words and end with the gold
    end words. ``contains``: the predicted words contain the start words and, not before
    them, the end words (a component that keeps "mod en" before a partial quote, or the
    attribution after it, still found the quote).
    """
    start, end = quote_words(gold)
    words = normalize_words(predicted_text)
    if not start or not end or not words:
        return None
    if words[: len(start)] == start and words[-len(end) :] == end:
        return "exact"
    first = _find(words, start)
    while first != -1:
        # The end words may overlap the start words when a quote is short.
        if _find(words, end, first) != -1:
            return "contains"
        first = _find(words, start, first + 1)
    return None


def predicted_kind(quote: Quote) -> str:
    """The gold kind of a predicted quote: a partial quote counts as indirect."""
    return "direct" if quote.kind == "direct" else "indirect"


# --------------------------------------------------------------------------- time values


def _period(value: str) -> tuple[date, date]:
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = date.fromisoformat(value)
        return day, day
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = int(value[:4]), int(value[5:])
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last)
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    raise ValueError(value)


def parse_time_value(value: str) -> tuple[date, date]:
    """The earliest and latest day a gold time value can mean.

    ``"2022-01-12"`` is one day, ``"2022-01"`` a month, ``"2014"`` a year, and
    ``"a..b"`` (or ISO 8601's ``"a/b"``, as the real-news gold writes it) runs from the
    first day of ``a`` to the last day of ``b``.

    Raises:
        InputError: the value is none of these forms.
    """
    try:
        for separator in ("..", "/"):
            if separator in value:
                first, last = value.split(separator, 1)
                return _period(first)[0], _period(last)[1]
        return _period(value)
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"time value {value!r} is not YYYY-MM-DD, YYYY-MM, YYYY or earliest..latest"
        ) from exc


def time_text_match(gold_text: str, predicted_text: str) -> bool:
    """True when one normalised text contains the other ("i 2014" and "2014")."""
    gold_words, predicted_words = normalize_words(gold_text), normalize_words(predicted_text)
    if not gold_words or not predicted_words:
        return False
    shorter, longer = sorted((gold_words, predicted_words), key=len)
    return _find(longer, shorter) != -1


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """Correct out of judged (speaker attribution on matched quotes)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold, for ``pressespejl eval --show-errors``.

    ``what`` is one of: ``missed quote``, ``extra quote``, ``wrong speaker``,
    ``wrong kind``, ``missed <people|orgs|places>``, ``extra <people|orgs|places>``,
    ``missed time``, ``extra time``, ``wrong time value``, ``missing article``.
    """

    article: str
    what: str
    expected: str | None
    predicted: str | None


@dataclass
class Bucket:
    """Predicted quotes of one confidence bucket: how many were found in the gold, and how
    many of those with the right speaker."""

    predicted: int = 0
    found: int = 0
    right: int = 0

    @property
    def detection_precision(self) -> float:
        return self.found / self.predicted if self.predicted else 0.0

    @property
    def attributed_precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "predicted": self.predicted,
            "found": self.found,
            "right": self.right,
            "detection_precision": round(self.detection_precision, 4),
            "attributed_precision": round(self.attributed_precision, 4),
        }


@dataclass
class Report:
    """All scores for one evaluation run.

    ``quotes`` holds detection scores under ``all`` (kind ignored), ``direct`` and
    ``indirect`` (a match with the wrong kind is a miss for the gold kind and an extra for
    the predicted kind). ``attribution`` is speaker accuracy on matched quotes, by the gold
    kind and ``all``; ``attributed`` is end-to-end: a quote counts only when it is found
    *and* given the right speaker. ``styles`` and ``attributed_by`` split detection and
    end-to-end attribution by ``QUOTE_STYLES`` (and ``attributed_by`` also by kind: a
    quote counts there only with the right kind). ``confidence`` buckets the predicted
    quotes by their ``Quote.confidence``. ``entities`` is keyed by ``people``, ``orgs``,
    ``places`` and ``all``, ``entities_by_article`` the same per gold id. ``time_text``
    matches texts; ``time_value`` also the exact value; ``time_inside`` counts gold values
    inside the resolved interval, the interval no wider than the value allows
    (``time_inside``), over all articles and over ``dated`` ones. ``unread`` names gold
    articles that could not be read, with the reason; their gold counts as missed.
    """

    articles: int = 0
    quotes: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in ("all", *QUOTE_KINDS)}
    )
    attribution: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in ("all", *QUOTE_KINDS)}
    )
    attributed: Score = field(default_factory=Score)
    styles: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in QUOTE_STYLES})
    attributed_by: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in (*QUOTE_KINDS, *QUOTE_STYLES)}
    )
    confidence: dict[str, Bucket] = field(
        default_factory=lambda: {k: Bucket() for k in confidence_labels()}
    )
    entities: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in (*ENTITY_KINDS, "all")}
    )
    entities_by_article: dict[str, dict[str, Score]] = field(default_factory=dict)
    time_text: Score = field(default_factory=Score)
    time_value: Score = field(default_factory=Score)
    time_inside: dict[str, Accuracy] = field(
        default_factory=lambda: {"all": Accuracy(), "dated": Accuracy()}
    )
    unread: dict[str, str] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, used by ``pressespejl eval --format json``."""
        return {
            "articles": self.articles,
            "unread": dict(self.unread),
            "quotes": {k: v.as_dict() for k, v in self.quotes.items()},
            "attribution": {k: v.as_dict() for k, v in self.attribution.items()},
            "attributed": self.attributed.as_dict(),
            "styles": {k: v.as_dict() for k, v in self.styles.items()},
            "attributed_by": {k: v.as_dict() for k, v in self.attributed_by.items()},
            "confidence": {k: v.as_dict() for k, v in self.confidence.items()},
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "entities_by_article": {
                article: {k: v.as_dict() for k, v in scores.items()}
                for article, scores in self.entities_by_article.items()
            },
            "time_text": self.time_text.as_dict(),
            "time_value": self.time_value.as_dict(),
            "time_inside": {k: v.as_dict() for k, v in self.time_inside.items()},
            "misses": [vars(m) for m in self.misses],
        }


# --------------------------------------------------------------------------- matching


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _gold_label(quote: GoldQuote) -> str:
    return f"[{quote.kind}] {quote.speaker}: {quote.start} … {quote.end}"


def _predicted_label(quote: Quote) -> str:
    return f"[{quote.kind}] {quote.speaker}: {_short(quote.text)}"


def match_quotes(
    gold: Sequence[GoldQuote], predicted: Sequence[Quote]
) -> list[tuple[int, int]]:
    """Pair gold quotes with predicted quotes one-to-one.

    Exact matches are paired first, so a long predicted quote that merely contains a
    gold quote cannot take the place of a prediction that matches it exactly.

    Returns:
        ``(gold index, predicted index)`` pairs.
    """
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    for wanted in ("exact", "contains"):
        for g, gold_quote in enumerate(gold):
            if g in used_gold:
                continue
            for p, quote in enumerate(predicted):
                if p in used_predicted:
                    continue
                how = quote_match(gold_quote, quote.text)
                if how == wanted or (wanted == "contains" and how == "exact"):
                    pairs.append((g, p))
                    used_gold.add(g)
                    used_predicted.add(p)
                    break
    return sorted(pairs)


def _score_quotes(
    article_id: str, gold: GoldArticle, analysis: Analysis, report: Report, text: str = ""
) -> None:
    predicted = analysis.quotes
    pairs = match_quotes(gold.quotes, predicted)
    gold_style = gold_styles(text, gold.quotes)
    style = [predicted_style(text, quote) for quote in predicted]
    right: set[int] = set()  # ... and have its speaker
    done: set[int] = set()  # gold quotes found with their kind and speaker

    for g, p in pairs:
        gold_quote, quote = gold.quotes[g], predicted[p]
        report.quotes["all"].tp += 1
        kind = predicted_kind(quote)
        correct = speaker_match(gold_quote.speaker, quote.speaker)
        if kind == gold_quote.kind:
            report.quotes[kind].tp += 1
            report.styles[gold_style[g]].tp += 1
            if correct:
                right.add(p)
                done.add(g)
        else:
            report.quotes[gold_quote.kind].fn += 1
            report.quotes[kind].fp += 1
            report.styles[gold_style[g]].fn += 1
            report.styles[style[p]].fp += 1
            report.misses.append(
                Miss(article_id, "wrong kind", _gold_label(gold_quote), _predicted_label(quote))
            )
        for key in ("all", gold_quote.kind):
            report.attribution[key].total += 1
            report.attribution[key].correct += int(correct)
        bucket = report.confidence.setdefault(confidence_bucket(_confidence(quote)), Bucket())
        bucket.found += 1
        bucket.right += int(correct)
        if correct:
            report.attributed.tp += 1
        else:
            report.attributed.fp += 1
            report.attributed.fn += 1
            report.misses.append(
                Miss(article_id, "wrong speaker", _gold_label(gold_quote), _predicted_label(quote))
            )

    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}
    for g, gold_quote in enumerate(gold.quotes):
        for key in {gold_quote.kind, gold_style[g]}:  # indirect is both
            if g in done:
                report.attributed_by[key].tp += 1
            else:
                report.attributed_by[key].fn += 1
        if g not in matched_gold:
            report.quotes["all"].fn += 1
            report.quotes[gold_quote.kind].fn += 1
            report.styles[gold_style[g]].fn += 1
            report.attributed.fn += 1
            report.misses.append(Miss(article_id, "missed quote", _gold_label(gold_quote), None))
    for p, quote in enumerate(predicted):
        report.confidence.setdefault(confidence_bucket(_confidence(quote)), Bucket()).predicted += 1
        if p not in right:
            for key in {predicted_kind(quote), style[p]}:
                report.attributed_by[key].fp += 1
        if p not in matched_predicted:
            report.quotes["all"].fp += 1
            report.quotes[predicted_kind(quote)].fp += 1
            report.styles[style[p]].fp += 1
            report.attributed.fp += 1
            report.misses.append(Miss(article_id, "extra quote", None, _predicted_label(quote)))


def _confidence(quote: Quote) -> float | None:
    return getattr(quote, "confidence", None)


def predicted_entities(analysis: Analysis) -> dict[str, set[str]]:
    """The people, organisations and places an analysis names, as sets of names."""
    return {
        "people": {p.name for p in analysis.people},
        "orgs": set(analysis.organisations),
        "places": set(analysis.places),
    }


def _score_entities(
    article_id: str, gold: GoldArticle, analysis: Analysis, report: Report
) -> None:
    found = predicted_entities(analysis)
    per_article = report.entities_by_article.setdefault(article_id, {})
    for kind in ENTITY_KINDS:
        expected = {normalize_name(n): n for n in getattr(gold, kind)}
        predicted = {normalize_name(n): n for n in found[kind]}
        score = Score(
            tp=len(expected.keys() & predicted.keys()),
            fp=len(predicted.keys() - expected.keys()),
            fn=len(expected.keys() - predicted.keys()),
        )
        report.entities[kind].add(score)
        report.entities["all"].add(score)
        per_article[kind] = score
        for key in sorted(expected.keys() - predicted.keys()):
            report.misses.append(Miss(article_id, f"missed {kind}", expected[key], None))
        for key in sorted(predicted.keys() - expected.keys()):
            report.misses.append(Miss(article_id, f"extra {kind}", None, predicted[key]))


def _time_label(expression: TimeExpression) -> str:
    return f"{expression.text} = {expression.earliest}..{expression.latest}"


_DAY = timedelta(days=1)


def time_inside(gold_value: str | tuple[date, date], earliest: date | None,
                latest: date | None) -> bool:
    """Whether a resolved interval holds a gold value and is no wider than the text allows.

    Right when the interval lies inside the gold period (it says what the gold says, or
    more: "i sommer" as June-August 2017 against the gold year 2017), or when it holds the
    gold period and is at most twice as long: the gold then covers at least half of it,
    so a reader told the interval meets the gold day at even odds or better. "fredag"
    resolved to the day is right; to any Friday of the month, or to a whole week, is not;
    "i nat" as the night's two days against its gold day is. One rule for every unit,
    instead of a fixed step per unit (a day: a week; a month: a quarter), which let a week
    pass for a day but not two years for a year-long gold.

    Args:
        gold_value: A gold value string (``parse_time_value``) or its (first, last) days.
        earliest, latest: The resolved interval; None when unresolved (always wrong).
    """
    if earliest is None or latest is None:
        return False
    first, last = parse_time_value(gold_value) if isinstance(gold_value, str) else gold_value
    if first <= earliest and latest <= last:
        return True
    if earliest <= first and last <= latest:
        return (latest - earliest + _DAY) <= 2 * (last - first + _DAY)
    return False


_SINCE = ("siden",)


def gold_period(gold: GoldTime, article_last: date | None) -> tuple[date, date]:
    """The days a gold value means, with an open range read to the article date.

    ``siden 2013`` runs from 2013 to the article date (docs/gold-format.md). The real-news
    gold writes such a range by the point it starts from (``2013``); both forms mean
    ``2013-01-01..<article date>``, so a resolver that gives the range is right against
    either. ``article_last`` is the last day the article date can mean (the month's last
    day for a month-dated article); unknown, the value is taken as written.
    """
    assert gold.value is not None
    first, last = parse_time_value(gold.value)
    words = normalize_words(gold.text)
    if words and words[0] in _SINCE and article_last is not None and last < article_last:
        return first, article_last
    return first, last


def _article_last(gold: GoldArticle, article: Article | None) -> date | None:
    """The last day the article date can mean: the gold's ``date``, else the article's."""
    if gold.article_date:
        try:
            return parse_time_value(gold.article_date)[1]
        except InputError:
            return None
    published = getattr(article, "published", None)
    if published is None:
        return None
    if getattr(article, "precision", "day") == "month":
        return date(published.year, published.month,
                    calendar.monthrange(published.year, published.month)[1])
    return published


def _score_times(article_id: str, gold: GoldArticle, analysis: Analysis, report: Report,
                 dated: bool = True, article_last: date | None = None) -> None:
    # Distinct texts on both sides: the gold lists each expression once, however often
    # the article repeats it (docs/gold-format.md).
    predicted: list[TimeExpression] = []
    seen: set[tuple[str, ...]] = set()
    for expression in analysis.time_expressions:
        key = tuple(normalize_words(expression.text))
        if key and key not in seen:
            seen.add(key)
            predicted.append(expression)
    inside = [report.time_inside["all"]] + ([report.time_inside["dated"]] if dated else [])
    used: set[int] = set()
    # Texts are paired one to one, the same words first ("5. juni" with "5. juni", not
    # with the "juni" of "den femte juni"), then one containing the other.
    pairs: dict[int, int] = {}
    for exact in (True, False):
        for g, gold_time in enumerate(gold.time_expressions):
            if g in pairs:
                continue
            words = normalize_words(gold_time.text)
            hit = next(
                (
                    i
                    for i, expression in enumerate(predicted)
                    if i not in used and (
                        normalize_words(expression.text) == words if exact
                        else time_text_match(gold_time.text, expression.text))
                ),
                None,
            )
            if hit is not None:
                pairs[g] = hit
                used.add(hit)
    for g, gold_time in enumerate(gold.time_expressions):
        hit = pairs.get(g)
        scored = gold_time.value is not None  # a null value: only the text is scored
        for accuracy in inside if scored else ():
            accuracy.total += 1
        if hit is None:
            report.time_text.fn += 1
            report.time_value.fn += int(scored)
            report.misses.append(
                Miss(article_id, "missed time", f"{gold_time.text} = {gold_time.value}", None)
            )
            continue
        report.time_text.tp += 1
        expression = predicted[hit]
        if gold_time.value is None:
            continue
        earliest, latest = gold_period(gold_time, article_last)
        if time_inside((earliest, latest), expression.earliest, expression.latest):
            for accuracy in inside:
                accuracy.correct += 1
        if (expression.earliest, expression.latest) == (earliest, latest):
            report.time_value.tp += 1
        else:
            report.time_value.fp += 1
            report.time_value.fn += 1
            report.misses.append(
                Miss(
                    article_id,
                    "wrong time value",
                    f"{gold_time.text} = {earliest}..{latest}",
                    _time_label(expression),
                )
            )
    for i, expression in enumerate(predicted):
        if i not in used:
            report.time_text.fp += 1
            report.time_value.fp += 1
            report.misses.append(Miss(article_id, "extra time", None, _time_label(expression)))


def article_key(article: Article) -> str:
    """The gold id of an article: its file name without extension, else its id."""
    if article.path:
        return Path(article.path).stem
    return article.id


def evaluate(
    gold: Iterable[GoldArticle],
    results: Iterable[tuple[Article, Analysis]],
    unread: Mapping[str, str] | None = None,
    raw_texts: Mapping[str, str] | None = None,
) -> Report:
    """Score analysed articles against the gold.

    Args:
        gold: the gold articles (``load_gold``).
        results: ``(Article, Analysis)`` pairs, as ``nlp.analyze_many`` gives them. An
            article is paired with the gold record whose id is its file name without
            extension (``article_key``); articles without gold are ignored.
        unread: gold ids whose article could not be read, with the reason (the reader's
            problem), to name in the report.
        raw_texts: the raw file text of unread articles, by gold id: only to tell the
            style of their (missed) gold quotes.
    Returns:
        A ``Report``. A gold article with no analysed article counts every gold item as
        missed and is listed as a ``missing article`` miss, with the reason when known.
    """
    by_key = {article_key(article): (article, analysis) for article, analysis in results}
    report = Report()
    unread = dict(unread or {})  # read after ``results``: a reader may fill it as it goes
    for record in gold:
        found = by_key.get(record.id)
        if found is None:
            reason = unread.get(record.id, "no article with this id")
            report.unread[record.id] = reason
            report.misses.append(Miss(record.id, "missing article", record.id, reason))
            article, analysis = None, Analysis(article_id=record.id, pipeline="(missing)")
        else:
            report.articles += 1
            article, analysis = found
        text = article.text if article is not None else (raw_texts or {}).get(record.id, "")
        _score_quotes(record.id, record, analysis, report, text)
        _score_entities(record.id, record, analysis, report)
        dated = record.dated if record.dated is not None else (
            article is not None and getattr(article, "published", None) is not None
        )
        _score_times(record.id, record, analysis, report, dated=dated,
                     article_last=_article_last(record, article))
    return report


# --------------------------------------------------------------------------- NER on CoNLL


@dataclass(frozen=True)
class ConllSentence:
    """One sentence of an IOB2 file: its text, words and tags."""

    text: str
    words: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(path: str | Path) -> list[ConllSentence]:
    """Read an IOB2/CoNLL file: ``index<TAB>form<TAB>tag[...]`` lines, ``# text = …`` comments.

    Sentences are separated by blank lines. When a sentence has no ``# text`` comment its
    words are joined with spaces.

    Raises:
        InputError: a token line has fewer than three columns; the message names the line.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read CoNLL file {path}: {exc.strerror}") from exc
    sentences: list[ConllSentence] = []
    text: str | None = None
    words: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        nonlocal text, words, tags
        if words:
            sentences.append(ConllSentence(text or " ".join(words), tuple(words), tuple(tags)))
        text, words, tags = None, [], []

    for number, line in enumerate([*lines, ""], start=1):
        if not line.strip():
            flush()
        elif line.startswith("#"):
            match = re.match(r"#\s*text\s*=\s?(.*)", line)
            if match:
                text = match.group(1)
        else:
            columns = line.split("\t")
            if len(columns) < 3:
                raise InputError(
                    f"{path}:{number}: expected index, form and tag separated by tabs"
                )
            words.append(columns[1])
            tags.append(columns[2])
    return sentences


def _spaces(text: str, words: Sequence[str]) -> list[bool]:
    """Which words are followed by a space in ``text`` (True everywhere if they don't align)."""
    spaces: list[bool] = []
    position = 0
    for word in words:
        found = text.find(word, position)
        if found == -1:
            return [True] * len(words)
        position = found + len(word)
        spaces.append(position < len(text) and text[position].isspace())
    return spaces


@dataclass
class NerReport:
    """Per-label and overall precision/recall/F1 of NER, as spaCy's Scorer reports them."""

    sentences: int
    overall: dict[str, float]
    per_label: dict[str, dict[str, float]]

    def as_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "overall": self.overall, "per_label": self.per_label}


def _writes_entities(nlp: Any, name: str) -> bool:
    """Whether a pipeline component sets ``doc.ents``: declared, or named like an NER step."""
    if "doc.ents" in nlp.get_pipe_meta(name).assigns:
        return True
    return name == "ner" or "entit" in name or name.endswith("_ner")


def evaluate_conll(path: str | Path, nlp: Any, labels: Iterable[str] | None = None) -> NerReport:
    """Score a spaCy pipeline's named entities on an IOB2 file.

    Args:
        path: e.g. ``shared/data/UNER_Danish-DDT/da_ddt-ud-dev.iob2`` (column 3 is
            the tag).
        nlp: a loaded spaCy ``Language`` with an ``ner`` component.
        labels: labels to score; default, the labels the file uses. Predicted entities
            with other labels (MISC on a PER/ORG/LOC file) are dropped, not counted wrong.
    Returns:
        An ``NerReport`` with ``p``/``r``/``f`` overall and per label.

    Notes:
        The text is re-tokenised by ``nlp`` and aligned to the gold words by spaCy's
        ``Example``, so the score includes tokenisation differences, as ``spacy
        evaluate`` does.
    """
    from spacy.scorer import Scorer
    from spacy.tokens import Doc
    from spacy.training import Example

    sentences = read_conll(path)
    # Stop after the last component that writes entities: later ones (quotes, speakers)
    # cannot change the score and may need article context a lone sentence lacks.
    names = nlp.pipe_names
    writers = [i for i, name in enumerate(names) if _writes_entities(nlp, name)]
    disabled = names[writers[-1] + 1 :] if writers else []
    wanted = set(labels) if labels is not None else {
        tag[2:] for sentence in sentences for tag in sentence.tags if tag != "O"
    }
    examples = []
    texts = [sentence.text for sentence in sentences]
    with nlp.select_pipes(disable=disabled):
        predictions = list(nlp.pipe(texts))
    for sentence, predicted in zip(sentences, predictions, strict=True):
        reference = Doc(
            nlp.vocab,
            words=list(sentence.words),
            spaces=_spaces(sentence.text, sentence.words),
            ents=list(sentence.tags),
        )
        predicted.ents = [ent for ent in predicted.ents if ent.label_ in wanted]
        examples.append(Example(predicted, reference))
    scores = Scorer.score_spans(examples, "ents")
    per_label = {
        label: {k: round(v, 4) for k, v in values.items()}
        for label, values in sorted((scores.get("ents_per_type") or {}).items())
    }
    overall = {k: round(scores[f"ents_{k}"] or 0.0, 4) for k in ("p", "r", "f")}
    return NerReport(sentences=len(sentences), overall=overall, per_label=per_label)
