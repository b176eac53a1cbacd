"""Shared fixtures: the seed article, a blank Danish ``Language``, and the two archive
backends (``store_url``: SQLite and PostgreSQL) that the store, API and web tests share.

PostgreSQL comes from $PRESSESPEJL_TEST_PG_URL, or else from a throw-away cluster
started with scripts/pg-test-cluster when the server binaries are installed. Without
either, the PostgreSQL tests fail when CI=true (never silently skipped there) and are
skipped with the reason otherwise. Each test gets its own PostgreSQL schema.

Keep this small; fixtures for one stage belong next to its tests.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
import spacy

from pressespejl.ingest import read_path
from pressespejl.types import Article

TESTS = Path(__file__).parent
ROOT = TESTS.parent
SEED = TESTS / "articles" / "000_68a4d7f295b6d847.txt"


def pytest_configure(config: pytest.Config) -> None:
    """The word cache (nlp/components/_word_cache.py) of a test run is its own, in a
    temporary folder shared by the run's processes, never the user's ~/.cache."""
    if not os.environ.get("PRESSESPEJL_CACHE"):
        folder = tempfile.mkdtemp(prefix="pressespejl-test-cache-")
        os.environ["PRESSESPEJL_CACHE"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The canonical seed article (Nato/Stoltenberg/Kofod/Rjabkov, January 2022), as
    ``pressespejl.ingest`` reads it."""
    items = list(read_path(SEED))
    articles = [item for item in items if isinstance(item, Article)]
    assert articles, f"ingest could not read the seed: {items}"
    return articles[0]


@pytest.fixture(scope="session")
def blank_da() -> spacy.language.Language:
    """``spacy.blank("da")``: spaCy's Danish tokenizer and nothing else."""
    return spacy.blank("da")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL tests cannot run on CI: {reason}")
    pytest.skip(reason)


def _have_initdb() -> bool:
    return bool(shutil.which("initdb") or glob.glob("/usr/lib/postgresql/*/bin/initdb"))


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the whole test session."""
    url = os.environ.get("PRESSESPEJL_TEST_PG_URL")
    if url:
        yield url
        return
    if not _have_initdb():
        _unavailable("no $PRESSESPEJL_TEST_PG_URL and no PostgreSQL server binaries (initdb)")
    directory = tempfile.mkdtemp(prefix="pressespejl-pg-")
    script = ROOT / "scripts" / "pg-test-cluster"
    started = subprocess.run(["bash", str(script), "start", directory], capture_output=True,
                             text=True, timeout=180)
    if started.returncode != 0:
        subprocess.run(["bash", str(script), "stop", directory], capture_output=True,
                       timeout=60)
        _unavailable(f"scripts/pg-test-cluster failed: {started.stderr.strip()[-500:]}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(script), "stop", directory], capture_output=True,
                       timeout=60)


def with_schema(url: str, schema: str) -> str:
    """The URL with search_path set to ``schema`` (psycopg reads ``options``)."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A PostgreSQL URL whose tables live in a new, empty schema."""
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield with_schema(pg_server, schema)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "archive.sqlite")


@pytest.fixture
def sqlite_schema_at(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """``sqlite_schema_at(10)``: SQLite archives opened from now on stop at schema 10, as
    if an older Pressespejl wrote them; the test's ``monkeypatch.undo()`` lets the
    current migrations run again (the upgrade under test)."""
    from pressespejl.store import sqlite as sqlite_store
    from pressespejl.store.migrations import migrations

    def stop_at(version: int) -> None:
        old = [m for m in migrations("sqlite") if m.version <= version]
        monkeypatch.setattr(sqlite_store, "pending", lambda backend, current, where: [
            m for m in old if m.version > current])

    return stop_at


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request: pytest.FixtureRequest) -> str:
    """An empty archive's URL on each backend."""
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        return request.getfixturevalue("pg_url")
    return request.getfixturevalue("sqlite_url")
