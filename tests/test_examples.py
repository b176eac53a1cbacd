"""Every example in `pressespejl … --help` and in the README runs, and finds something
(issue 10: `quotes --person "Jeppe Kofod"` from the help found nothing on the seed).

The examples run in a home directory of their own, as a new user would type them:
``~/nyheder/`` holds the bundled sample corpus, ``article.txt`` is the seed article and
the default archive is ``~/.local/share/pressespejl/archive.sqlite``. Examples that need
a PostgreSQL server, a running web server or data outside the repository are listed in
``NOT_HERE`` with the reason.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pressespejl.cli import COMMANDS, main
from pressespejl.cli.ingest import sample_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "articles" / "000_68a4d7f295b6d847.txt"

NOT_HERE = {
    "postgresql://": "needs a PostgreSQL server (the store suite covers it)",
    "pressespejl serve": "starts a server (serve --get is run)",
    "../shared/": "data outside the repository",
    "training/output": "a model trained locally",
    "--conll da_ddt": "data outside the repository",
    "--db …": "an elided argument",
}
ERRORS = {"pressespejl search 'Rusland AND (soldater'": "Missing ')'"}
NOTHING = ("No quotes match", "No entities match", "No office holdings match",
           "No articles match", " 0 articles match")


def _help_examples() -> list[str]:
    ctx = click.Context(main)
    found: list[str] = []

    def walk(command: click.Command) -> None:
        lines = (command.help or "").split("Example:", 1)[1:] or [""]
        found.extend(_commands(lines[0].splitlines()))
        if isinstance(command, click.Group):
            for name in command.list_commands(ctx):
                walk(command.get_command(ctx, name))

    for name in COMMANDS:
        walk(main.get_command(ctx, name))
    return found


def _readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", text, flags=re.S)
    return _commands(line.removeprefix("$ ") for block in blocks
                     for line in block.splitlines() if line.startswith("$ "))


def _commands(lines) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    pending = ""
    for line in lines:
        line = line.strip()
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        for part in line.split(" && "):
            if "pressespejl " in part or part.endswith("pressespejl"):
                out.append(part.strip())
    return out


EXAMPLES = list(dict.fromkeys(_readme_examples() + _help_examples()))


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's home with the files the examples name, and the default archive filled
    by the README's first example (`pressespejl ingest ~/nyheder/`)."""
    home = tmp_path_factory.mktemp("home")
    shutil.copytree(sample_corpus(), home / "nyheder")
    shutil.copy(SEED, home / "article.txt")
    (home / "articles").mkdir()
    shutil.copy(SEED, home / "articles" / SEED.name)
    (home / "excerpts").mkdir()
    undated = "Statsminister Mette Frederiksen talte i går.\n\n- Vi står sammen, siger hun.\n"
    (home / "excerpts" / "uddrag.txt").write_text(undated, encoding="utf-8")
    (home / "undated-excerpt.txt").write_text(undated, encoding="utf-8")
    (home / "ministre.csv").write_text(
        "office,holder,from,to,scope\n"
        "udenrigsminister,Jeppe Kofod,2019-06-27,2022-12-15,Danmark\n"
        "udenrigsminister,Lars Løkke Rasmussen,2022-12-15,,Danmark\n", encoding="utf-8")
    (home / "tests").mkdir()
    (home / "tests" / "articles").symlink_to(ROOT / "tests" / "articles")
    assert _run(home, "pressespejl ingest ~/nyheder/")[0] == 0
    return home


def _env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share"),
            "PRESSESPEJL_DB": "", "PRESSESPEJL_AUTH": ""}


def _run(home: Path, example: str, monkeypatch: pytest.MonkeyPatch | None = None
         ) -> tuple[int, str]:
    words = shlex.split(example, comments=True)
    env = _env(home)
    while words and "=" in words[0]:  # NAME=value pressespejl ...
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words[0] == "pressespejl", example
    target = None
    if ">" in words:
        target = home / words[words.index(">") + 1]
        words = words[:words.index(">")]
    args = [str(home) + w[1:] if w.startswith("~/") else w for w in words[1:]]
    if monkeypatch is not None:
        monkeypatch.chdir(home)
    result = CliRunner().invoke(main, args, env=env)
    if target is not None:
        target.write_text(result.stdout, encoding="utf-8")
    return result.exit_code, result.output


def test_examples_were_found():
    assert len(EXAMPLES) > 30
    assert "pressespejl entity Stoltenberg" in EXAMPLES


@pytest.mark.parametrize("example", EXAMPLES)
def test_issue10_every_example_works(example, home, monkeypatch):
    for marker, reason in NOT_HERE.items():
        if marker in example and not example.startswith("pressespejl serve --get"):
            pytest.skip(reason)
    monkeypatch.chdir(home)
    code, out = _run(home, example, monkeypatch)
    if example in ERRORS:
        assert code == 1 and ERRORS[example] in out
        return
    assert code == 0, out
    assert not any(nothing in out for nothing in NOTHING), out
