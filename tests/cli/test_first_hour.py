"""Issue 10: what a new user tripped over in the first hour, command by command."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressespejl.cli import main

SCRIPT = Path(sys.executable).with_name("pressespejl")
READING = [
    ["search", "soldat"],
    ["quotes", "--speaker", "Kofod"],
    ["trend", "nato"],
    ["entities"],
    ["entity", "Stoltenberg"],
    ["offices", "list"],
    ["export", "-"],
    ["reindex"],
]


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.output


def test_issue10_bare_command_shows_help_and_succeeds():
    code, out = run()
    assert code == 0 and "Usage:" in out
    assert "search" in out and "ingest" in out


@pytest.mark.parametrize("command", READING, ids=lambda c: c[0])
def test_issue10_reading_a_missing_archive_names_it_and_creates_nothing(command, tmp_path):
    typo = tmp_path / "arkiv" / "archive.sqlite"
    code, out = run(*command, "--db", str(typo))
    assert code == 1
    assert f"No archive at {typo}" in out and "default archive is" in out
    assert not (tmp_path / "arkiv").exists()


def test_issue10_missing_default_archive_says_it_is_the_default(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path), "PRESSESPEJL_DB": ""}
    code, out = run("search", "soldat", env=env)
    assert code == 1
    assert f"No archive at {tmp_path / 'pressespejl' / 'archive.sqlite'}" in out
    assert "This is the default archive" in out and "pressespejl demo" in out


def test_issue10_ingest_of_only_missing_files_leaves_no_archive(tmp_path):
    target = tmp_path / "ny" / "archive.sqlite"
    code, out = run("ingest", "-q", str(tmp_path / "findes-ikke.txt"), "--db", str(target))
    assert code == 1 and "findes-ikke.txt" in out and "0 stored" in out
    assert not (tmp_path / "ny").exists()


def test_issue10_deep_nesting_is_a_query_error(db):
    code, out = run("search", "(" * 400 + "nato" + ")" * 400, "--db", db)
    assert code == 1 and "nests too deeply" in out and "Traceback" not in out
    code, out = run("search", "NOT " * 1200 + "nato", "--db", db)
    assert code == 1 and "nests too deeply" in out


@pytest.mark.skipif(not SCRIPT.exists() or not hasattr(signal, "SIGPIPE"),
                    reason="needs the installed pressespejl script and SIGPIPE")
def test_issue10_a_closed_pipe_ends_the_command_quietly(db):
    process = subprocess.Popen([str(SCRIPT), "export", "-", "--db", db],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # `| head` that has read enough: nobody reads any more
    stderr = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == -signal.SIGPIPE  # as `yes | head -1` ends
    assert stderr == ""


def _as_other_user() -> list[str] | None:
    """A command prefix that runs as ``nobody``, for root (who may write anything)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if setpriv else None


@pytest.mark.skipif(not SCRIPT.exists(), reason="needs the installed pressespejl script")
def test_issue10_a_read_only_archive_can_be_searched(db):
    prefix = _as_other_user()
    if prefix is None:
        pytest.skip("running as root without setpriv: cannot make a file read-only")
    folder = Path(tempfile.mkdtemp(prefix="pressespejl-ro-"))
    try:
        for entry in Path(db).parent.iterdir():
            if entry.name.startswith(Path(db).name):
                copy = shutil.copytree if entry.is_dir() else shutil.copy2
                copy(entry, folder / entry.name)
        archive = folder / Path(db).name
        table = folder / "ministre.csv"
        table.write_text("office,holder,from,to\nminister,A B,2020-01-01,\n", encoding="utf-8")
        subprocess.run(["chmod", "-R", "a+rX,a-w", str(folder)], check=True)
        env = {**os.environ, "HOME": str(folder), "TMPDIR": "/tmp"}
        found = subprocess.run([*prefix, str(SCRIPT), "search", "soldat", "--db",
                                str(archive)], capture_output=True, text=True, env=env,
                               timeout=120)
        assert found.returncode == 0, found.stderr
        assert "articles match" in found.stdout
        quotes = subprocess.run([*prefix, str(SCRIPT), "quotes", "--speaker", "Stoltenberg",
                                 "--db", str(archive)], capture_output=True, text=True,
                                env=env, timeout=120)
        assert quotes.returncode == 0 and "Stoltenberg" in quotes.stdout, quotes.stderr
        writing = subprocess.run([*prefix, str(SCRIPT), "offices", "load", str(table),
                                  "--db", str(archive)], capture_output=True, text=True,
                                 env=env, timeout=120)
        assert writing.returncode == 1 and "read-only" in writing.stderr
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(folder)], check=True)
        shutil.rmtree(folder)


def test_issue10_analyse_of_a_missing_file_does_not_load_the_model(monkeypatch, tmp_path):
    def no_model(*args, **kwargs):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr("pressespejl.nlp.load_pipeline", no_model)
    code, out = run("analyse", str(tmp_path / "findes-ikke.txt"))
    assert code == 1 and "rejected:" in out and "findes-ikke.txt" in out


def test_issue10_a_query_may_start_with_minus_word(db):
    code, out = run("search", "-kina soldat", "--db", db)
    assert code == 0 and "articles match" in out
    _, other = run("search", "--db", db, "soldat", "--limit", "5")
    assert other.splitlines()[0] == out.splitlines()[0]  # nothing in the demo names Kina
    code, out = run("search", "--db", db, "-soldat")
    assert code == 0 and not out.startswith("9 articles")
    code, out = run("trend", "-soldat", "--db", db, "--csv")
    assert code == 0 and out.startswith("period,articles")


def test_issue10_speaker_help_says_articles_not_quotes():
    code, out = run("search", "--help")
    out = " ".join(out.split())  # as click wraps it
    assert code == 0
    assert "speaker:NAME finds articles in which NAME is quoted" in out
    assert "pressespejl quotes --speaker NAME --query WORDS" in out


def test_issue10_help_keeps_the_csv_example_as_lines():
    code, out = run("offices", "load", "--help")
    assert code == 0
    assert "\n      office,holder,from,to,scope\n" in out  # not reflowed into one line


def test_issue10_one_kind_of_quote_marks_and_counted_nouns(db):
    _, quotes = run("quotes", "--speaker", "Kofod", "--db", db)
    _, entity = run("entity", "Kofod", "--db", db)
    for out in (quotes, entity):
        assert "»" in out and "«" in out and out.index("»") < out.index("«")
    assert not any(f" 1 {noun}s" in entity for noun in ("article", "mention", "quote"))
    _, listed = run("entities", "--kind", "person", "--db", db)
    assert "(1 articles" not in listed and "(1 article," in listed


def test_issue10_analyse_json_has_article_id_as_search_does():
    code, out = run("analyse", "--format", "json", str(Path(__file__).parents[1] / "articles"
                                                        / "000_68a4d7f295b6d847.txt"))
    record = json.loads(out.splitlines()[0])
    assert code == 0 and record["article_id"] == record["id"]


def test_issue10_help_examples_are_never_wrapped() -> None:
    """An example is copied from --help as one line; click rewraps paragraphs at 80
    columns, which broke the longer ones in two."""
    import click

    from pressespejl.cli import COMMANDS

    ctx = click.Context(main)
    broken = []

    def walk(path: list[str], command: click.Command) -> None:
        if "Example:" in (command.help or ""):
            shown = CliRunner().invoke(main, [*path, "--help"], terminal_width=80).output
            for line in (command.help or "").split("Example:", 1)[1].splitlines():
                if line.strip().startswith(("pressespejl", "PRESSESPEJL_")) \
                        and line.strip() not in shown:
                    broken.append(f"{' '.join(path)}: {line.strip()}")
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                walk([*path, name], command.get_command(ctx, name))

    for name in COMMANDS:
        walk([name], main.get_command(ctx, name))
    assert not broken, broken
