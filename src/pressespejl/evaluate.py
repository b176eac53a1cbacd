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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pressespejl.errors import InputError
from pressespejl.types import Analysis, Article, Quote, TimeExpression

QUOTE_KINDS = ("direct", "indirect")
ENTITY_KINDS = ("people", "orgs", "places")
START_WORDS = 5
END_WORDS = 3


# --------------------------------------------------------------------------- gold records


@dataclass(frozen=True)
class GoldQuote:
    """One quote in the gold: its kind, canonical speaker, first and last words."""

    kind: str
    speaker: str
    start: str
    end: str


@dataclass(frozen=True)
class GoldTime:
    """A time expression as written, with its value (``2022-01-12``, ``2022-01``, ``a..b``)."""

    text: str
    value: str


@dataclass(frozen=True)
class GoldArticle:
    """The hand-written answer for one article (one line of ``gold.jsonl``)."""

    id: str
    quotes: tuple[GoldQuote, ...] = ()
    people: tuple[str, ...] = ()
    orgs: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    time_expressions: tuple[GoldTime, ...] = ()


def gold_from_record(record: dict[str, Any]) -> GoldArticle:
    """Build a ``GoldArticle`` from one parsed JSON object; raise ``InputError`` if malformed.

    Args:
        record: one line of ``gold.jsonl``, already parsed.
    Returns:
        The gold article.
    """
    try:
        quotes = tuple(
            GoldQuote(kind=q["kind"], speaker=q["speaker"], start=q["start"], end=q["end"])
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
        )
    except (KeyError, TypeError) as exc:
        raise InputError(f"gold record lacks a field or has the wrong shape: {exc!r}") from exc
    for quote in gold.quotes:
        if quote.kind not in QUOTE_KINDS:
            raise InputError(
                f"gold {gold.id}: quote kind {quote.kind!r} is not one of {', '.join(QUOTE_KINDS)}"
            )
    for expression in gold.time_expressions:
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
    ``"a..b"`` runs from the first day of ``a`` to the last day of ``b``.

    Raises:
        InputError: the value is none of these forms.
    """
    try:
        if ".." in value:
            first, last = value.split("..", 1)
            return _period(first)[0], _period(last)[1]
        return _period(value)
    except ValueError as exc:
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
class Report:
    """All scores for one evaluation run.

    ``quotes`` holds detection scores under ``all`` (kind ignored), ``direct`` and
    ``indirect`` (a match with the wrong kind is a miss for the gold kind and an extra for
    the predicted kind). ``attribution`` is speaker accuracy on matched quotes, by the gold
    kind and ``all``; ``attributed`` is end-to-end: a quote counts only when it is found
    *and* given the right speaker. ``entities`` is keyed by ``people``, ``orgs``,
    ``places`` and ``all``; ``time_text`` matches texts and ``time_value`` also the value.
    """

    articles: int = 0
    quotes: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in ("all", *QUOTE_KINDS)}
    )
    attribution: dict[str, Accuracy] = field(
        default_factory=lambda: {k: Accuracy() for k in ("all", *QUOTE_KINDS)}
    )
    attributed: Score = field(default_factory=Score)
    entities: dict[str, Score] = field(
        default_factory=lambda: {k: Score() for k in (*ENTITY_KINDS, "all")}
    )
    time_text: Score = field(default_factory=Score)
    time_value: Score = field(default_factory=Score)
    misses: list[Miss] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, used by ``pressespejl eval --format json``."""
        return {
            "articles": self.articles,
            "quotes": {k: v.as_dict() for k, v in self.quotes.items()},
            "attribution": {k: v.as_dict() for k, v in self.attribution.items()},
            "attributed": self.attributed.as_dict(),
            "entities": {k: v.as_dict() for k, v in self.entities.items()},
            "time_text": self.time_text.as_dict(),
            "time_value": self.time_value.as_dict(),
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
    article_id: str, gold: GoldArticle, analysis: Analysis, report: Report
) -> None:
    predicted = analysis.quotes
    pairs = match_quotes(gold.quotes, predicted)
    matched_gold = {g for g, _ in pairs}
    matched_predicted = {p for _, p in pairs}

    for g, p in pairs:
        gold_quote, quote = gold.quotes[g], predicted[p]
        report.quotes["all"].tp += 1
        kind = predicted_kind(quote)
        if kind == gold_quote.kind:
            report.quotes[kind].tp += 1
        else:
            report.quotes[gold_quote.kind].fn += 1
            report.quotes[kind].fp += 1
            report.misses.append(
                Miss(article_id, "wrong kind", _gold_label(gold_quote), _predicted_label(quote))
            )
        right = normalize_name(quote.speaker) == normalize_name(gold_quote.speaker)
        for key in ("all", gold_quote.kind):
            report.attribution[key].total += 1
            report.attribution[key].correct += int(right)
        if right:
            report.attributed.tp += 1
        else:
            report.attributed.fp += 1
            report.attributed.fn += 1
            report.misses.append(
                Miss(article_id, "wrong speaker", _gold_label(gold_quote), _predicted_label(quote))
            )

    for g, gold_quote in enumerate(gold.quotes):
        if g not in matched_gold:
            report.quotes["all"].fn += 1
            report.quotes[gold_quote.kind].fn += 1
            report.attributed.fn += 1
            report.misses.append(Miss(article_id, "missed quote", _gold_label(gold_quote), None))
    for p, quote in enumerate(predicted):
        if p not in matched_predicted:
            report.quotes["all"].fp += 1
            report.quotes[predicted_kind(quote)].fp += 1
            report.attributed.fp += 1
            report.misses.append(Miss(article_id, "extra quote", None, _predicted_label(quote)))


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
        for key in sorted(expected.keys() - predicted.keys()):
            report.misses.append(Miss(article_id, f"missed {kind}", expected[key], None))
        for key in sorted(predicted.keys() - expected.keys()):
            report.misses.append(Miss(article_id, f"extra {kind}", None, predicted[key]))


def _time_label(expression: TimeExpression) -> str:
    return f"{expression.text} = {expression.earliest}..{expression.latest}"


def _score_times(article_id: str, gold: GoldArticle, analysis: Analysis, report: Report) -> None:
    # Distinct texts on both sides: the gold lists each expression once, however often
    # the article repeats it (docs/gold-format.md).
    predicted: list[TimeExpression] = []
    seen: set[tuple[str, ...]] = set()
    for expression in analysis.time_expressions:
        key = tuple(normalize_words(expression.text))
        if key and key not in seen:
            seen.add(key)
            predicted.append(expression)
    used: set[int] = set()
    for gold_time in gold.time_expressions:
        hit = next(
            (
                i
                for i, expression in enumerate(predicted)
                if i not in used and time_text_match(gold_time.text, expression.text)
            ),
            None,
        )
        if hit is None:
            report.time_text.fn += 1
            report.time_value.fn += 1
            report.misses.append(
                Miss(article_id, "missed time", f"{gold_time.text} = {gold_time.value}", None)
            )
            continue
        used.add(hit)
        report.time_text.tp += 1
        expression = predicted[hit]
        earliest, latest = parse_time_value(gold_time.value)
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
    gold: Iterable[GoldArticle], results: Iterable[tuple[Article, Analysis]]
) -> Report:
    """Score analysed articles against the gold.

    Args:
        gold: the gold articles (``load_gold``).
        results: ``(Article, Analysis)`` pairs, as ``nlp.analyze_many`` gives them. An
            article is paired with the gold record whose id is its file name without
            extension (``article_key``); articles without gold are ignored.
    Returns:
        A ``Report``. A gold article with no analysed article counts every gold item as
        missed and is listed as a ``missing article`` miss.
    """
    by_key = {article_key(article): analysis for article, analysis in results}
    report = Report()
    for record in gold:
        analysis = by_key.get(record.id)
        if analysis is None:
            report.misses.append(Miss(record.id, "missing article", record.id, None))
            analysis = Analysis(article_id=record.id, pipeline="(missing)")
        else:
            report.articles += 1
        _score_quotes(record.id, record, analysis, report)
        _score_entities(record.id, record, analysis, report)
        _score_times(record.id, record, analysis, report)
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
        path: e.g. ``/work/shared/data/UNER_Danish-DDT/da_ddt-ud-dev.iob2`` (column 3 is
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
