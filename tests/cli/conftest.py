"""Fixtures shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records, seed_record

SEED = Path(__file__).resolve().parents[1] / "articles" / "000_68a4d7f295b6d847.txt"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A SQLite archive holding the hand-built seed analysis and the demo records."""
    path = str(tmp_path / "archive.sqlite")
    with open_store(path) as store:
        store.add(*seed_record(SEED.read_text(encoding="utf-8")))
        for record in demo_records():
            store.add(*record)
    return path
