"""One table of settings (as Datasette's SETTINGS): read in one place, shown by
`pressespejl config` (issue 10)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from pressespejl import settings
from pressespejl.cli import main
from pressespejl.store import default_path

SRC = Path(__file__).resolve().parents[1] / "src" / "pressespejl"


def test_settings_default_then_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("PRESSESPEJL_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert settings.setting("db") == str(tmp_path / "pressespejl" / "archive.sqlite")
    assert settings.source("db") == "default"
    monkeypatch.setenv("PRESSESPEJL_DB", "")  # empty is unset
    assert settings.source("db") == "default"
    monkeypatch.setenv("PRESSESPEJL_DB", str(tmp_path / "team.sqlite"))
    assert settings.setting("db") == str(tmp_path / "team.sqlite") == str(default_path())
    assert settings.source("db") == "PRESSESPEJL_DB"
    assert settings.default("db") == str(tmp_path / "pressespejl" / "archive.sqlite")


def test_settings_are_read_only_through_the_table():
    """No module but settings.py reads a PRESSESPEJL_* variable (PRESSESPEJL_DB was read
    in three places), and every variable the code names is a setting."""
    readers = {path.relative_to(SRC).as_posix() for path in SRC.rglob("*.py")
               if re.search(r"environ(\.get)?\(?\[?[\"']PRESSESPEJL_|envvar=[\"']PRESSESPEJL_",
                            path.read_text(encoding="utf-8"))}
    assert readers == set()
    assert {s.env for s in settings.SETTINGS} == {
        "PRESSESPEJL_DB", "PRESSESPEJL_DA_DICTIONARY", "PRESSESPEJL_CACHE", "PRESSESPEJL_AUTH",
        "PRESSESPEJL_READ_DB", "PRESSESPEJL_WORKERS", "PRESSESPEJL_CLUSTER"}


def test_config_command_shows_every_setting_and_hides_secrets(monkeypatch):
    monkeypatch.setenv("PRESSESPEJL_AUTH", "hemmeligt-ord")
    monkeypatch.setenv("PRESSESPEJL_DB", "team.sqlite")
    result = CliRunner().invoke(main, ["config", "--format", "json"])
    assert result.exit_code == 0
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert set(rows) == {s.name for s in settings.SETTINGS}
    assert rows["db"]["value"] == "team.sqlite" and rows["db"]["source"] == "PRESSESPEJL_DB"
    assert rows["auth"]["value"] == "***"
    text = CliRunner().invoke(main, ["config"]).output
    assert "hemmeligt-ord" not in text and "PRESSESPEJL_DA_DICTIONARY" in text
