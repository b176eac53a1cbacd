"""Real users' input through the CLI (issues 8 and 10): undated articles, datelines,
``--date``, and non-article files inside a news folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main

UNDATED = ("Borgmester vil bygge ny hal\n\n"
           "Borgmester Hanne Vestergaard vil bygge en ny idrætshal i Fjordby.\n\n"
           "- Vi har brug for hallen, siger Hanne Vestergaard i går.\n")


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "nyheder"
    folder.mkdir()
    (folder / "udateret.txt").write_text(UNDATED, encoding="utf-8")
    (folder / "README.md").write_text("# Mine nyheder\n", encoding="utf-8")
    (folder / "dateline.txt").write_text(
        "Ny plan\n\nPubliceret 12. marts 2021\n\nMinisteren siger onsdag, at planen kommer.\n",
        encoding="utf-8")
    return folder


def test_analyse_undated_article_json(news: Path) -> None:
    code, out, err = _cli("analyse", "--format", "json", str(news / "udateret.txt"))
    assert code == 0, err
    record = json.loads(out)
    assert (record["date"], record["precision"]) == (None, "none")
    assert record["quotes"][0]["speaker"] == "Hanne Vestergaard"
    [i_gaar] = [t for t in record["time_expressions"] if t["text"] == "i går"]
    assert (i_gaar["earliest"], i_gaar["latest"], i_gaar["granularity"]) == (None, None, "day")


def test_analyse_date_option_dates_only_undated_inputs(news: Path) -> None:
    code, out, _ = _cli("analyse", "--format", "json", "--date", "2021-03-05",
                        str(news / "udateret.txt"), str(news / "dateline.txt"))
    assert code == 0
    undated, dateline = (json.loads(line) for line in out.splitlines())
    assert (undated["date"], undated["precision"]) == ("2021-03-05", "day")
    [i_gaar] = [t for t in undated["time_expressions"] if t["text"] == "i går"]
    assert i_gaar["earliest"] == i_gaar["latest"] == "2021-03-04"
    assert dateline["date"] == "2021-03-12"  # the text's own dateline wins over --date
    [onsdag] = [t for t in dateline["time_expressions"] if t["text"] == "onsdag"]
    assert onsdag["earliest"] == "2021-03-10"


@pytest.mark.parametrize("given", ["2021", "12-03-2021", "2021-02-30"])
def test_analyse_bad_date_option_is_a_usage_error(news: Path, given: str) -> None:
    code, _, err = _cli("analyse", "--date", given, str(news))
    assert code == 2
    assert "--date" in err


def test_analyse_text_report_says_undated(news: Path) -> None:
    code, out, err = _cli("analyse", str(news))
    assert code == 0, err  # README.md is skipped, not rejected
    assert "udateret.txt  undated" in out
    assert "README" not in err
    code, _, err = _cli("analyse", "--verbose", str(news))
    assert "skipped: " in err and "README.md" in err


def test_ingest_search_and_export_undated(news: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "archive.sqlite")
    code, _, err = _cli("ingest", "-q", "--db", db, str(news))
    assert code == 0, err
    assert "2 stored, 0 duplicates, 0 rejected, 1 other file skipped" in err
    code, out, _ = _cli("search", "--db", db, "hallen")
    assert code == 0 and out.splitlines()[2].startswith("undated  ")
    code, out, _ = _cli("search", "--db", db, "hallen", "--from", "2000-01", "--format", "json")
    assert json.loads(out)["hits"] == []
    code, out, _ = _cli("search", "--db", db, "hallen", "--format", "json")
    assert json.loads(out)["hits"][0]["date"] is None
    export = tmp_path / "archive.jsonl"
    code, _, err = _cli("export", "--db", db, str(export))
    assert code == 0, err
    copy = str(tmp_path / "copy.sqlite")
    code, _, err = _cli("import", "--db", copy, str(export))
    assert code == 0, err
    code, out, _ = _cli("search", "--db", copy, "hallen", "--format", "json")
    assert json.loads(out)["hits"][0]["date"] is None


def test_analyse_place_and_date_line_dates_the_article(tmp_path: Path) -> None:
    """A line holding only a place and a date ("Køge - 02. september 2021") dates an
    article without a date header; its "I dag" and "torsdag" are then that Thursday."""
    article = tmp_path / "dom.txt"
    article.write_text("I dag falder dommen\n\nKøge - 02. september 2021\n\n"
                       "Nævningene har frem til torsdag formiddag til at votere.\n",
                       encoding="utf-8")
    code, out, err = _cli("analyse", "--format", "json", str(article))
    assert code == 0, err
    record = json.loads(out)
    assert (record["date"], record["precision"]) == ("2021-09-02", "day")
    days = {t["text"]: (t["earliest"], t["latest"]) for t in record["time_expressions"]}
    assert days["I dag"] == days["torsdag formiddag"] == ("2021-09-02", "2021-09-02")
