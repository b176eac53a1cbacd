"""The offices, entities and entity commands on a small SQLite archive."""

from __future__ import annotations

import json

from click.testing import CliRunner

from pressespejl.cli import COMMANDS, main


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_commands_are_listed_with_examples():
    for name in ("offices", "entities", "entity"):
        assert name in COMMANDS
        code, out = run(name, "--help")
        assert code == 0 and "Example:" in out
    for sub in ("list", "load"):
        code, out = run("offices", sub, "--help")
        assert code == 0 and "Example:" in out


def test_offices_list_shows_archive_evidence(db):
    code, out = run("offices", "list", "--office", "Udenrigsminister", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["office", "scope", "holder", "from", "to", "source"]
    assert lines[1].split() == ["udenrigsminister", "-", "Jeppe", "Kofod", "2022-01-01",
                                "2022-01-31", "archive"]


def test_offices_load_then_list_at_a_date(db, tmp_path):
    table = tmp_path / "ministre.csv"
    table.write_text("office,holder,from,to,scope\n"
                     "udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark\n"
                     "udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark\n",
                     encoding="utf-8")
    code, out = run("offices", "load", str(table), "--db", db)
    assert code == 0 and "loaded 2 office holdings" in out and "csv:ministre.csv" in out
    code, out = run("offices", "list", "--at", "2023-02-01", "--format", "json", "--db", db)
    assert code == 0
    assert [(r["holder"], r["last_seen"], r["source"]) for r in json.loads(out)] == [
        ("Lars Løkke Rasmussen", "9999-12-31", "csv:ministre.csv")]
    code, out = run("offices", "list", "--office", "udenrigsminister", "--at", "2022-01-12",
                    "--db", db)
    assert "Jeppe Kofod" in out and "csv:ministre.csv" in out and "archive" not in out


def test_offices_load_bad_file_names_lines(db, tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("office,holder,from,to\nminister,,2020-01-01,\nminister,X,i går,\n",
                     encoding="utf-8")
    result = CliRunner().invoke(main, ["offices", "load", str(table), "--db", db])
    assert result.exit_code == 1
    assert "line 2: holder is empty" in result.output
    assert "line 3: Bad date 'i går'" in result.output
    assert "nothing loaded" in result.output


def test_offices_list_rejects_a_bad_date(db):
    result = CliRunner().invoke(main, ["offices", "list", "--at", "2022-13", "--db", db])
    assert result.exit_code == 2 and "no month 13" in result.output


def test_entities_lists_by_kind_and_query(db):
    code, out = run("entities", "--kind", "person", "--db", db)
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["per:jens-stoltenberg", "Jens", "Stoltenberg",
                                               "(3"]
    code, out = run("entities", "aarhus", "--format", "json", "--db", db)
    assert [e["id"] for e in json.loads(out)] == ["loc:aarhus"]
    code, out = run("entities", "ingen-sådan", "--db", db)
    assert code == 0 and out.strip() == "No entities match."


def test_entity_shows_roles_offices_and_quotes(db):
    code, out = run("entity", "Kofod", "--db", db)
    assert code == 0
    assert out.startswith("Jeppe Kofod  (per:jeppe-kofod, person)")
    assert "3 quotes" in out
    assert "roles: udenrigsminister (2)" in out
    assert "office: udenrigsminister 2022-01-01..2022-01-31 [archive]" in out
    assert "»Samarbejdet med Tyskland er tættere end nogensinde«" in out  # as analyse
    code, out = run("entity", "per:jeppe-kofod", "--format", "json", "--db", db)
    assert json.loads(out)["quotes"] == 3


def test_entity_unknown_or_ambiguous_is_an_error(db):
    result = CliRunner().invoke(main, ["entity", "Ingen Sådan", "--db", db])
    assert result.exit_code == 1 and "pressespejl entities Sådan" in result.output
