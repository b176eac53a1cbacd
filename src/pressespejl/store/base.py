"""The ``Store`` protocol every archive backend implements.

Two backends exist: one SQLite file (the default; ``store/sqlite.py``) and PostgreSQL
for a team (``store/postgres.py``). Both run the same Danish analysis in Python
(``search/danish.py``) and the same query language (``search/query.py``), so a query
gives the same hits on either.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from pressespejl.corrections import Correction
from pressespejl.store.prepared import Prepared

if TYPE_CHECKING:
    from pressespejl.store._sql import WriteBatch
from pressespejl.types import (
    Analysis,
    Article,
    OfficeHolding,
    QuoteHit,
    SearchHit,
    SearchQuery,
)

TrendBy = Literal["day", "week", "month"]
FACETS = ("source", "outlet", "month", "person", "speaker", "place")
"""The facets ``Store.facets`` counts, in this order."""

DEFAULT_MARKERS = ("[", "]")
"""Highlight markers around matched words in snippets; ``open_store(markers=...)``."""


@dataclass(frozen=True)
class SearchResults:
    """One page of hits and the number of all matching articles."""

    hits: list[SearchHit] = field(default_factory=list)
    total: int = 0
    copies: dict[str, int] = field(default_factory=dict)
    """With ``search(collapse=True)``: article id of each hit -> matching articles in its
    near-duplicate group (1 for an article without copies)."""
    total_capped: bool = False
    """True when more than ``total`` articles match: counting stops at 10,000
    (``store._sql.COUNT_CAP``), so show it as "more than 10,000"."""


@runtime_checkable
class Store(Protocol):
    """An archive of analysed articles. Use as a context manager or call ``close``."""

    url: str
    backend: str
    """``sqlite`` or ``postgres``: what ``store.prepared.prepare`` prepares for."""

    def add(self, article: Article, analysis: Analysis, *,
            prepared: Prepared | None = None) -> bool:
        """Store one article in one transaction; False if its id is already stored.
        ``prepared``: ``store.prepared.prepare(article, analysis, store.backend)``, done
        elsewhere (a parallel ingest's workers) so the writer only writes."""
        ...

    def batch(self, articles: Sequence[Article] = ()) -> AbstractContextManager[WriteBatch]:
        """Many ``WriteBatch.add`` calls in one transaction, committed when the block
        ends (an ingest writes a batch at a time). Reads through the store inside the
        block see the articles added so far and their office evidence."""
        ...

    def add_many(self, pairs: Iterable[tuple[Article, Analysis]], batch_size: int = 500) -> int:
        """Store many articles, one transaction per batch (bulk loads); how many were new.
        A crash rolls back the unfinished batch only; a rerun skips what is stored."""
        ...

    def optimize(self) -> None:
        """Tidy the full-text index after a bulk load."""
        ...

    def writing(self) -> AbstractContextManager[None]:
        """Around a run of many ``add`` calls (an ingest): lets the backend commit its
        search index now and then instead of after every article. Each article is still
        stored in its own transaction."""
        ...

    def has(self, article_id: str) -> bool:
        """True if an article with this id is stored (callers skip it on a rerun)."""
        ...

    def search(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None,
        collapse: bool = False,
    ) -> SearchResults:
        """Articles matching the query, ranked, with highlighted snippets; ``collapse``
        shows one hit per near-duplicate group (``SearchResults.copies``)."""
        ...

    def quotes(
        self, query: SearchQuery, *, markers: tuple[str, str] | None = None
    ) -> list[QuoteHit]:
        """Quotes whose words match ``query.text``, filtered by speaker, person, date."""
        ...

    def facets(self, query: SearchQuery, limit: int = 10) -> dict[str, list[tuple[str, int]]]:
        """Counts of matching articles by source, outlet, month, person, speaker, place."""
        ...

    def trend(self, query: SearchQuery, by: TrendBy = "month") -> list[tuple[str, int]]:
        """Matching articles per day, ISO week (``2022-W02``) or month, gaps filled with 0."""
        ...

    def facets_and_trend(
        self, query: SearchQuery, limit: int = 10, by: TrendBy = "month"
    ) -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
        """``facets(query, limit)`` and ``trend(query, by)`` from one pass over the matches
        (the search page shows both: one index aggregation, or one SQL statement)."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of what is stored: articles, quotes, people, entities, places, ..."""
        ...

    def entity(self, id_or_name: str) -> dict[str, Any] | None:
        """A person, organisation or place by id (``per:jens-stoltenberg``) or name:
        roles seen, quote count, latest quotes, offices, first/last seen, co-mentioned."""
        ...

    def entities(self, kind: str | None = None, query: str | None = None,
                 limit: int = 50) -> list[dict[str, Any]]:
        """Entities (``person``, ``org``, ``place``) whose name contains ``query``."""
        ...

    def office_holdings(self, office: str | None = None,
                        at: date | None = None) -> list[OfficeHolding]:
        """Who held which office when; user CSV rows win over the archive's evidence."""
        ...

    def load_offices_csv(self, path: str | Path) -> int:
        """Load a CSV of office holders in one transaction; the number of rows."""
        ...

    def record(self, article_id: str) -> tuple[Article, Analysis] | None:
        """One stored article with its analysis as the pipeline wrote it, or None."""
        ...

    def copies(self, article_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """The other articles of an article's near-duplicate group (id, date, title,
        outlet), oldest first."""
        ...

    def add_correction(self, correction: Correction) -> Correction:
        """Store a person's correction apart from the analysis; returned with its id."""
        ...

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """Corrections of one article or of the archive, oldest first."""
        ...

    def delete_correction(self, correction_id: int) -> bool:
        """Withdraw a correction; False if the id is unknown."""
        ...

    def save_search(self, name: str, query: str, params: dict[str, Any],
                    author: str = "anonym") -> dict[str, Any]:
        """Keep a search (query text and filters) to run again."""
        ...

    def saved_searches(self) -> list[dict[str, Any]]:
        """Saved searches, newest first."""
        ...

    def delete_saved_search(self, search_id: int) -> bool:
        """Forget a saved search; False if the id is unknown."""
        ...

    def iter_records(self) -> Iterator[tuple[Article, Analysis]]:
        """Every stored article with its analysis, in the order they were stored."""
        ...

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of one of ``tables.ARCHIVE_TABLES`` as JSON-ready values (export)."""
        ...

    def add_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> tuple[int, int]:
        """Load rows of one of ``tables.ARCHIVE_TABLES``, skipping those already there;
        (added, skipped)."""
        ...

    def row_checksums(self, table: str, recompute: bool = False) -> list[str]:
        """The checksum of every row of a table (``tables.row_checksum``)."""
        ...

    def checksum(self, recompute: bool = False) -> str:
        """The checksum of everything the archive holds (``store/tables.py``)."""
        ...

    def close(self) -> None:
        ...

    def __enter__(self) -> Store:
        ...

    def __exit__(self, *exc: object) -> None:
        ...
