"""The search, quotes, trend, export, import and migrate commands (SQLite archives)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pressespejl.cli import main


def run(*args: str, db: str | None = None) -> tuple[int, str]:
    runner = CliRunner()
    env = {"PRESSESPEJL_DB": db} if db else {}
    result = runner.invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def test_search_text_output(db):
    code, out = run("search", "soldat", "--outlet", "tv2", "--db", db)
    assert code == 0
    assert out.startswith("1 article matches\n")  # issue 10: grammar; all shown
    assert "2022-02  Stoltenberg advarer Rusland  (tv2; Reuters, ritzau)" in out
    assert "[soldater]" in out


def test_search_says_which_hits_it_shows_only_when_not_all(db):
    code, out = run("search", "soldat", "--db", db)
    total = int(out.split()[0])
    assert code == 0 and total >= 3 and out.startswith(f"{total} articles match\n")
    code, out = run("search", "soldat", "--limit", "2", "--db", db)
    assert out.startswith(f"{total} articles match (showing 1-2)\n")
    code, out = run("search", "soldat", "--limit", "1", "--offset", str(total - 1), "--db", db)
    assert out.startswith(f"{total} articles match (showing {total})\n")


def test_search_reads_db_from_environment(db):
    code, out = run("search", "klimaaftale", db=db)
    assert code == 0 and "Bredt flertal bag klimaaftale" in out


def test_search_json_with_facets(db):
    code, out = run("search", "soldat", "--facets", "--format", "json", "--limit", "2",
                    "--sort", "newest", "--db", db)
    assert code == 0
    data = json.loads(out)
    assert data["total"] == 4
    assert len(data["hits"]) == 2
    assert data["hits"][0]["date"] == "2022-02"
    assert data["facets"]["source"] == [["ritzau", 4], ["Reuters", 2]]


def test_search_filters_and_dates(db):
    code, out = run("search", "--speaker", "Kofod", "--from", "2022-01", "--to", "2022-01",
                    "--format", "json", "--db", db)
    assert code == 0
    assert {h["title"] for h in json.loads(out)["hits"]} == {None, "Kofod i Berlin"}


def test_search_facets_text(db):
    code, out = run("search", "soldat", "--facets", "--db", db)
    assert code == 0
    assert "source: ritzau (4), Reuters (2)" in out
    assert "speaker: Jens Stoltenberg (3)" in out


@pytest.mark.parametrize(("query", "message"), [
    ("(rusland", "Missing ')'"),
    ("speaker:", "needs a value"),
    ('"open phrase', "Unclosed quote"),
    ("date:2022-13", "no month 13"),
])
def test_search_malformed_query_is_a_clear_error(db, query, message):
    code, out = run("search", query, "--db", db)
    assert code == 1
    assert message in out
    assert "^" in out  # the caret under the problem
    assert "Traceback" not in out


def test_search_bad_date_option(db):
    code, out = run("search", "x", "--from", "2022-13-01", "--db", db)
    assert code == 2 and "no month 13" in out


def test_search_bad_db_url():
    code, out = run("search", "x", "--db", "mysql://nowhere/x")
    assert code == 1 and "Unknown archive URL scheme" in out


def test_quotes_command(db):
    code, out = run("quotes", "--speaker", "Stoltenberg", "--query", "Rusland", "--from",
                    "2022-01", "--to", "2022-01", "--db", db)
    assert code == 0
    assert out.count("Jens Stoltenberg (direct)") == 3
    assert "[Rusland]" in out
    code, out = run("quotes", "--person", "Jeppe Kofod", "--format", "json", "--db", db)
    data = json.loads(out)
    assert [q["quote"]["speaker"] for q in data] == ["Mette Frederiksen"]


def test_quotes_none(db):
    assert run("quotes", "--speaker", "Nobody", "--db", db) == (0, "No quotes match.\n")


def test_trend_text_and_csv(db):
    code, out = run("trend", "", "--by", "month", "--db", db)
    assert code == 0
    assert out.splitlines()[1].startswith("2022-01      4  ####")
    code, out = run("trend", "soldat", "--by", "month", "--csv", "--db", db)
    assert out == "period,articles\n2022-01,3\n2022-02,1\n"


def test_export_import_migrate(db, tmp_path):
    # issue 10: a table loaded with `offices load` went missing in all three.
    table = tmp_path / "ministre.csv"
    table.write_text("office,holder,from,to\nstatsminister,Mette Frederiksen,2019-06-27,\n",
                     encoding="utf-8")
    assert run("offices", "load", str(table), "--db", db)[0] == 0
    export = tmp_path / "a.jsonl"
    code, out = run("export", str(export), "--db", db)
    assert code == 0 and "exported 9 articles, 1 office holding loaded by users" in out
    copy = str(tmp_path / "copy.sqlite")
    code, out = run("import", str(export), "--db", copy)
    assert code == 0 and "imported 9 articles, 1 office holding loaded by users; " \
                         "skipped 0 articles" in out
    third = str(tmp_path / "third.sqlite")
    code, out = run("migrate", "--from", copy, "--to", third)
    assert code == 0 and "migrated 9 articles, 1 office holding" in out and "verified" in out
    code, out = run("offices", "list", "--office", "statsminister", "--db", third)
    assert "Mette Frederiksen" in out and "csv:ministre.csv" in out
    code, out = run("import", str(tmp_path / "missing.jsonl"), "--db", copy)
    assert code == 1 and "No such file" in out


def test_help_has_examples():
    for command in ("search", "quotes", "trend", "export", "import", "migrate"):
        code, out = run(command, "--help")
        assert code == 0 and "Example:" in out
