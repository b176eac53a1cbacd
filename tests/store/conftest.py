"""Fixtures for the store tests: one suite, run on SQLite and on PostgreSQL.

The backends (``store_url``, ``pg_url``, ``sqlite_url``) come from tests/conftest.py,
which the API and web tests share.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pressespejl.store import Store, open_store
from pressespejl.store.fixtures import demo_records, seed_record

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
