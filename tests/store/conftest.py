"""Fixtures for the store tests: one suite, run on SQLite and on PostgreSQL.

The backends (``store_url``, ``pg_url``, ``sqlite_url``) come from tests/conftest.py,
which the API and web tests share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pressespejl.store import Store, open_store
from pressespejl.store.fixtures import demo_records, seed_record
from pressespejl.types import SearchQuery

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "articles" / "000_68a4d7f295b6d847.txt"


@pytest.fixture
def empty_store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as store:
        yield store


@pytest.fixture
def seed():
    return seed_record(SEED.read_text(encoding="utf-8"))


@pytest.fixture
def store(empty_store: Store, seed) -> Store:
    """An archive on each backend holding the seed and the demo articles."""
    empty_store.add(*seed)
    for article, analysis in demo_records():
        empty_store.add(article, analysis)
    return empty_store


def _use_gin_instead_of_rum(store: Store) -> None:
    with store._write() as cur:
        cur.execute("DROP INDEX article_search_tsv_idx")
        cur.execute("CREATE INDEX article_search_tsv_idx ON article_search USING gin (tsv)")


@pytest.fixture
def use_gin_instead_of_rum() -> Callable[[Store], None]:
    """Swaps a PostgreSQL archive's RUM full-text index for a GIN one, as if RUM had
    never been installed: the fallback path the store must keep working on (the store
    sees it when the archive is opened again)."""
    return _use_gin_instead_of_rum


# Text queries with speaker, place, source and outlet filters: the PostgreSQL filter plans
# (filter-first, filter lexemes) are each checked against plain SQL filters on these.
_FILTERED_QUERIES = [
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"'),
    SearchQuery(text="Rusland speaker:Stoltenberg"),  # a surname
    SearchQuery(text="soldat OR klima*", speakers=("Jens Stoltenberg", "Trine Bramsen")),
    SearchQuery(text='"står sammen" speaker:"Jens Stoltenberg" -Ukraine'),
    SearchQuery(text='klimaaftale speaker:"Mette Frederiksen" speaker:Kofod'),  # none
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"', sort="newest", limit=2,
                offset=1),
    SearchQuery(text='soldat AND speaker:"Jens Stoltenberg"', sort="oldest", limit=3),
    SearchQuery(text='soldat speaker:"Jens Stoltenberg" outlet:dr'),
    SearchQuery(text='soldat speaker:"Ingen Sådan"'),
    SearchQuery(text="(soldat OR boliger) AND place:Aarhus"),  # Aarhus = Århus
    SearchQuery(text="Rusland place:Ukraine source:Reuters"),
    SearchQuery(text="soldat OR Kina", sources=("AFP", "Reuters"), limit=3),
    SearchQuery(text="klima* source:ritzau", places=("Danmark",), sort="oldest"),
]


@pytest.fixture
def filtered_queries() -> list[SearchQuery]:
    return list(_FILTERED_QUERIES)


def _demo_copies(copies: int) -> list:
    records = list(demo_records())
    for k in range(1, copies + 1):
        records += [(replace(a, id=f"{a.id}~{k}"), replace(n, article_id=f"{a.id}~{k}"))
                    for a, n in demo_records()]
    return records


@pytest.fixture
def demo_copies() -> Callable[[int], list]:
    """The demo articles and ``copies`` copies of each (ties on every score)."""
    return _demo_copies


def _answers(store: Store, queries: list[SearchQuery]) -> list:
    out = []
    for query in queries:
        results = store.search(query)
        ids = [h.article_id for h in results.hits]
        collapsed = store.search(query, collapse=True)
        out.append((results.total, sorted(ids) if query.sort == "relevance" else ids,
                    sorted(h.article_id for h in collapsed.hits), collapsed.total,
                    store.facets(query), store.trend(query, by="month")))
    return out


@pytest.fixture
def search_answers() -> Callable[[Store, list[SearchQuery]], list]:
    """Everything a store answers to each query: total, hits (sorted when ranked, as
    ties may come in any order), collapsed hits and total, facets and the month trend."""
    return _answers
