"""Reads from a real PostgreSQL streaming replica: a second cluster on loopback, made
with pg_basebackup from a primary the fixture starts, replaying its WAL."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.errors import StoreError
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def _bindir() -> str | None:
    found = shutil.which("initdb")
    if found:
        return str(Path(found).resolve().parent)
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    return dirs[0] if dirs else None


def _as_owner(directory: str) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run as the owner of ``directory``."""
    if os.getuid() != 0:
        return []
    owner = "postgres" if subprocess.run(["id", "postgres"], capture_output=True
                                         ).returncode == 0 else "nobody"
    return ["runuser", "-u", owner, "--"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def replica() -> Iterator[tuple[str, str]]:
    """(primary URL, replica URL): a throw-away primary and its streaming standby."""
    bindir = _bindir()
    if bindir is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("PostgreSQL server binaries are missing on CI")
        pytest.skip("no PostgreSQL server binaries (initdb)")
    primary_dir = tempfile.mkdtemp(prefix="pressespejl-primary-")
    script = ROOT / "scripts" / "pg-test-cluster"
    started = subprocess.run(["bash", str(script), "start", primary_dir], capture_output=True,
                             text=True, timeout=180)
    assert started.returncode == 0, started.stderr
    primary = started.stdout.strip().splitlines()[-1]
    port = int(Path(primary_dir, "port").read_text())
    standby = Path(primary_dir) / "standby"
    run = _as_owner(primary_dir)
    replica_port = _free_port()
    try:
        backup = subprocess.run(
            [*run, f"{bindir}/pg_basebackup", "-h", "127.0.0.1", "-p", str(port), "-U",
             "pressespejl", "-D", str(standby), "-R", "-X", "stream", "-c", "fast"],
            capture_output=True, text=True, timeout=180)
        assert backup.returncode == 0, backup.stderr
        log = Path(primary_dir) / "standby.log"
        up = subprocess.run(
            [*run, f"{bindir}/pg_ctl", "-D", str(standby), "-l", str(log), "-w", "-t", "60",
             "-o", f"-p {replica_port} -k {primary_dir} -c listen_addresses=127.0.0.1 "
                   "-c hot_standby=on", "start"], capture_output=True, text=True, timeout=120)
        assert up.returncode == 0, up.stderr + (log.read_text() if log.exists() else "")
        yield primary, f"postgresql://pressespejl@127.0.0.1:{replica_port}/pressespejl_test"
    finally:
        if (standby / "postmaster.pid").exists():
            subprocess.run([*run, f"{bindir}/pg_ctl", "-D", str(standby), "-m", "fast", "-w",
                            "stop"], capture_output=True, timeout=60)
        subprocess.run(["bash", str(script), "stop", primary_dir], capture_output=True,
                       timeout=60)


def _wait_for_replay(primary: str, replica: str, timeout: float = 30.0) -> None:
    import psycopg

    # The insert position, not the write position: the test cluster commits
    # asynchronously (synchronous_commit off), so the last commit record may still sit in
    # the WAL buffers, behind pg_current_wal_lsn().
    with psycopg.connect(primary, autocommit=True) as conn:
        target = conn.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    deadline = time.monotonic() + timeout
    with psycopg.connect(replica, autocommit=True) as conn:
        while time.monotonic() < deadline:
            if conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn",
                            [target]).fetchone()[0]:
                return
            time.sleep(0.1)
    raise AssertionError("the replica did not catch up")


def test_search_reads_the_replica_while_writes_go_to_the_primary(replica):
    primary, standby = replica
    with open_store(primary, read_url=standby) as store:
        for article, analysis in demo_records():
            store.add(article, analysis)
        _wait_for_replay(primary, standby)
        with store._search_read() as cur:
            cur.execute("SELECT pg_is_in_recovery()")
            assert cur.fetchone()[0] is True  # the replica answers searches
        with store._read() as cur:
            cur.execute("SELECT pg_is_in_recovery()")
            assert cur.fetchone()[0] is False  # and the primary everything else
        found = store.search(SearchQuery(text="soldat"))
        assert found.total > 0
        assert store.quotes(SearchQuery(text="Rusland"))
        assert store.facets(SearchQuery(text="soldat"))["month"]
        assert store.entity("Stoltenberg") is not None
        with open_store(primary) as direct:
            assert direct.search(SearchQuery(text="soldat")) == found
        # Reads that writing depends on see the primary at once, not the lagging replica.
        article, analysis = demo_records()[0]
        assert store.has(article.id)
        assert store.add(article, analysis) is False


def test_cli_search_with_read_db(replica):
    primary, standby = replica
    with open_store(primary) as store:
        for article, analysis in demo_records():
            store.add(article, analysis)
    _wait_for_replay(primary, standby)
    result = CliRunner().invoke(main, ["search", "soldat", "--db", primary,
                                       "--read-db", standby], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "match" in result.output


def test_read_db_needs_postgresql(tmp_path):
    with pytest.raises(StoreError, match="needs a PostgreSQL archive"):
        open_store(tmp_path / "a.sqlite", read_url="postgresql://localhost/x")
