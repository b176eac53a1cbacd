"""The whole path on real files: ingest -> analyse -> store -> search, through the CLI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main
from pressespejl.store import open_store
from pressespejl.types import SearchQuery

ARTICLES = Path(__file__).parent / "articles"
SEED = ARTICLES / "000_68a4d7f295b6d847.txt"


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("e2e") / "archive.sqlite")
    code, _, err = _cli("ingest", "-q", "--db", db, str(ARTICLES))
    # gold.jsonl is a JSON Lines file without article dates: rejected, named, the rest stored
    assert "gold.jsonl" in err
    assert code == 1
    assert "41 stored" in err
    return db


def test_ingest_twice_stores_once(archive: str) -> None:
    code, _, err = _cli("ingest", "-q", "--db", archive, str(SEED))
    assert code == 0
    assert "0 stored, 1 duplicate, 0 rejected" in err


def test_search_finds_inflected_forms_with_highlight(archive: str) -> None:
    code, out, _ = _cli("search", "--db", archive, "soldat", "--format", "json")
    assert code == 0
    hits = json.loads(out)["hits"]
    seed = next(h for h in hits if h["path"].endswith("000_68a4d7f295b6d847.txt"))
    assert "[soldater]" in seed["snippet"]


def test_quotes_stoltenberg_about_rusland_in_january_2022(archive: str) -> None:
    with open_store(archive) as store:
        hits = store.quotes(SearchQuery(text="Rusland", speakers=("Stoltenberg",),
                                        date_from=date(2022, 1, 1),
                                        date_to=date(2022, 1, 31)))
    assert {h.quote.speaker for h in hits} == {"Jens Stoltenberg"}
    assert len(hits) == 3
    assert any(h.quote.text.startswith("Hvis Rusland igen indleder") for h in hits)


def test_search_filters_by_speaker_and_source(archive: str) -> None:
    code, out, _ = _cli("search", "--db", archive, "speaker:Kofod source:Reuters",
                        "--format", "json")
    assert code == 0
    assert json.loads(out)["total"] == 1


def test_malformed_query_is_explained_not_a_traceback(archive: str) -> None:
    code, out, err = _cli("search", "--db", archive, "(rusland")
    assert code != 0
    assert "Traceback" not in out + err
    assert "(" in err
