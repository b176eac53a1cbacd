"""Plain data types that cross the borders between stages.

ingest -> ``Article`` | ``IngestProblem`` | ``SkippedFile``
nlp    -> ``Analysis`` (quotes, people, entities, time expressions, definitions)
store  -> ``SearchHit`` / ``QuoteHit`` for a ``SearchQuery``

Only the standard library is used here, so every stage can import this module without
pulling in spaCy or a database driver. Every span is ``start``/``end`` character offsets
into ``Article.text`` (as spaCy's ``Span.start_char``/``end_char``), so the CLI, the store
and the golden files all point at the same characters.
"""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

Precision = Literal["month", "day", "none"]
QuoteKind = Literal["direct", "indirect", "partial"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
Granularity = Literal["time", "day", "week", "month", "year", "range"]


def date_label(published: date | str | None, precision: str) -> str | None:
    """A date as its source gave it: ``2022-01``, ``2022-01-12``, or None when undated.

    ``published`` is the first day the date can mean, as a ``date`` or ISO text (as the
    SQLite archive stores it). This one function labels dates everywhere: the JSON of
    ``analyse``, search hits, content-hash ids.
    """
    if published is None or precision == "none":
        return None
    day = published if isinstance(published, date) else date.fromisoformat(published)
    return day.strftime("%Y-%m") if precision == "month" else day.isoformat()


@dataclass(frozen=True)
class Article:
    """One news article, as read from any source.

    ``published`` is the first day the date can mean; ``precision`` says whether the
    source gave a day or only a month ("date 2022-01" -> 2022-01-01, precision "month").
    An article whose input gives no date at all is still an article: ``published`` is
    None and ``precision`` "none" (set for you when ``published`` is None). Relative
    time expressions in it then get no days, and date filters never match it.
    ``sources`` are the wire agencies of the byline ("/ritzau/Reuters" -> ritzau, Reuters);
    the byline itself is kept out of ``text``.
    """

    id: str
    text: str
    published: date | None
    precision: Precision = "day"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    path: str | None = None
    sources: tuple[str, ...] = ()
    byline: str | None = None

    def __post_init__(self) -> None:
        if self.published is None and self.precision != "none":
            object.__setattr__(self, "precision", "none")  # frozen: the one fix-up allowed
        elif self.published is not None and self.precision not in ("day", "month"):
            raise ValueError(f"an article dated {self.published} needs precision 'day' or "
                             f"'month', not {self.precision!r}")

    @property
    def published_last(self) -> date | None:
        """The last day ``published`` can mean (the month's end for month precision)."""
        if self.published is None or self.precision == "day":
            return self.published
        last = calendar.monthrange(self.published.year, self.published.month)[1]
        return self.published.replace(day=last)

    @property
    def date_label(self) -> str | None:
        """The date as the source gave it: ``2022-01``, ``2022-01-12``, or None (undated)."""
        return date_label(self.published, self.precision)


@dataclass(frozen=True)
class IngestProblem:
    """A piece of input that could not become an ``Article``; the batch goes on."""

    path: str
    what: str
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}: {self.what}{hint}"


@dataclass(frozen=True)
class SkippedFile:
    """A file met while reading a folder that is not an article: a ``README.md``, a
    ``LICENSE``, a spreadsheet. It is left out quietly, not counted as a problem;
    ``pressespejl ingest --verbose`` lists it."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Entity:
    """A named entity mention. ``canonical`` links mentions of one thing in an article.

    ``form`` says how the mention names its ``canonical`` when not by the name itself:
    ``genitive`` ("Ruslands", "Natos"), ``surname`` ("Stoltenberg"), ``adjective``
    ("russiske": label MISC, canonical "Rusland"; it adds no place), ``title``
    ("Natos generalsekretær", "udenrigsministeren": label PER, canonical the person;
    such a span may contain another entity, "Natos").
    """

    text: str
    label: str
    start: int
    end: int
    canonical: str | None = None
    form: str | None = None


@dataclass(frozen=True)
class Person:
    """A person named in the article, with the roles it is given ("Natos generalsekretær")."""

    name: str
    roles: tuple[str, ...] = ()
    mentions: int = 1
    gender: str | None = None


@dataclass(frozen=True)
class Quote:
    """Who said what: textacy's (speaker, cue, content) triple, grown up.

    ``text`` is the quoted words only: no opening dash, no quotation marks, no
    attribution. ``evidence`` says how the speaker was resolved: ``name`` (written in
    the attribution), ``surname``, ``title`` ("udenrigsministeren"), ``pronoun`` ("han"),
    ``previous`` (a quote-only paragraph continuing the last speaker), ``context`` (no
    attribution: the speaker of the nearest introducing sentence), ``organisation``,
    ``office`` (a bare title resolved through the archive's office-holder table: the
    holder of that office on the article's date, ``nlp/offices.py``), ``descriptor``
    (an unnamed speaker kept as the article describes them: "borgmesteren", "en beboer
    i området"). ``confidence`` (0-1) is how likely the quote and its speaker are right,
    from the rule features (how the speaker was found, how far away, which cue); 0.0
    when it was not computed (quotes stored before it existed).
    """

    kind: QuoteKind
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    start: int
    end: int
    evidence: str | None = None
    confidence: float = 0.0

    @property
    def unnamed(self) -> bool:
        """Whether no one is named as the speaker: none found, or only a description
        ("borgmesteren", evidence "descriptor") that an office table may still name."""
        return self.speaker is None or self.evidence == "descriptor"


@dataclass(frozen=True)
class TimeExpression:
    """A time expression resolved against the article date.

    ``earliest``/``latest`` bound the days it can mean; they differ when the expression
    is a period ("i 2014") or when the article date is only a month ("onsdag" in an
    article dated 2022-01 is one of the Wednesdays of January 2022).
    """

    text: str
    start: int
    end: int
    earliest: date | None
    latest: date | None
    granularity: Granularity


@dataclass(frozen=True)
class Definition:
    """A term explained for readers: "At annektere vil sige at overtage ..."."""

    term: str
    definition: str
    start: int
    end: int


@dataclass(frozen=True)
class OfficeHolding:
    """Evidence that ``holder`` held ``office`` between two dates.

    ``office`` is the indefinite, lower-case title noun ("udenrigsminister");
    ``scope`` is whose office it is ("Danmark", "Nato", "Rusland") when the article says
    so ("Den danske udenrigsminister", "Natos generalsekretær"). The archive collects
    these from appositions (``source`` "archive"); users may load their own table
    (``source`` "csv:<file>"), which wins over the archive's evidence.
    """

    office: str
    holder: str
    first_seen: date
    last_seen: date
    scope: str | None = None
    source: str = "archive"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Analysis:
    """Everything the nlp stage extracts from one ``Article``.

    ``offices`` is the article's evidence of who held which office on its date (from
    appositions, ``nlp/offices.py``); the archive stores it with the article and keeps
    its office table (``Store.office_holdings``) from it.
    """

    article_id: str
    pipeline: str
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()
    definitions: tuple[Definition, ...] = ()
    lemmas: tuple[str, ...] = field(default=(), repr=False)
    offices: tuple[OfficeHolding, ...] = ()


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def analysis_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """The public JSON contract of ``pressespejl analyse --format json`` (docs/json.md)."""
    record: dict[str, Any] = {
        "id": article.id,
        "article_id": article.id,  # the name search, quotes and the API use
        "path": article.path,
        "date": article.date_label,
        "precision": article.precision,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "sources": list(article.sources),
        "pipeline": analysis.pipeline,
        "sentences": len(analysis.sentences),
        "quotes": [asdict(q) for q in analysis.quotes],
        "people": [{"name": p.name, "roles": list(p.roles), "gender": p.gender}
                   for p in analysis.people],
        "organisations": list(analysis.organisations),
        "places": list(analysis.places),
        "entities": [asdict(e) for e in analysis.entities],
        "time_expressions": [asdict(t) for t in analysis.time_expressions],
        "definitions": [asdict(d) for d in analysis.definitions],
        "offices": [{"office": o.office, "scope": o.scope, "holder": o.holder,
                     "first_seen": o.first_seen, "last_seen": o.last_seen}
                    for o in analysis.offices],
    }
    return _jsonable(record)


@dataclass(frozen=True)
class SearchQuery:
    """What a user asks the store for. ``text`` uses the query language (docs/search.md)."""

    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sources: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class SearchHit:
    """One matching article; ``date`` is its ``date_label`` (None when undated)."""

    article_id: str
    date: str | None
    title: str | None
    snippet: str
    score: float
    outlet: str | None = None
    sources: tuple[str, ...] = ()
    path: str | None = None


@dataclass(frozen=True)
class QuoteHit:
    article_id: str
    date: str | None
    quote: Quote
    snippet: str | None = None
