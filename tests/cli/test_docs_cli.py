"""``pressespejl docs``: the documentation help texts point at is installed with the
package (issue 10: help named docs/search.md, which a wheel does not have)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from pressespejl.cli import COMMANDS, main
from pressespejl.cli.docs import docs_folder, topics
from pressespejl.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
TOPIC = re.compile(r"`pressespejl(?:\s|\\n)+docs(?:\s|\\n)+([a-z-]+)`")


def _every_help() -> str:
    """The help of every command and subcommand, the settings' help and the API schema."""
    import json

    from pressespejl.api import create_app
    from pressespejl.store import open_store

    runner = CliRunner()
    texts = [runner.invoke(main, ["--help"]).output]
    for name in COMMANDS:
        command = main.get_command(None, name)  # type: ignore[arg-type]
        texts.append(runner.invoke(main, [name, "--help"]).output)
        for sub in getattr(command, "commands", {}):
            texts.append(runner.invoke(main, [name, sub, "--help"]).output)
    texts += [s.help for s in SETTINGS]
    with open_store(":memory:") as store:
        texts.append(json.dumps(create_app(store).openapi(), ensure_ascii=False))
    return "\n".join(texts)


def test_docs_lists_the_topics_and_prints_one() -> None:
    listed = CliRunner().invoke(main, ["docs"])
    assert listed.exit_code == 0
    for name in ("search", "json", "api", "cluster", "scaling", "gold-format"):
        assert re.search(rf"^{name}\s+\S", listed.output, re.M), name
    shown = CliRunner().invoke(main, ["docs", "search"])
    assert shown.exit_code == 0
    assert shown.output.startswith("# Searching the archive") and "speaker:" in shown.output
    assert shown.output.strip() == (ROOT / "docs" / "search.md").read_text(
        encoding="utf-8").strip()


def test_docs_unknown_topic_names_the_topics() -> None:
    result = CliRunner().invoke(main, ["docs", "serach"])
    assert result.exit_code == 2
    assert "no topic 'serach'; the topics are" in result.output and "search" in result.output


def test_help_names_installed_topics_and_no_source_paths() -> None:
    text = _every_help()
    named = set(TOPIC.findall(text))
    assert {"search", "cluster", "scaling", "gold-format", "json"} <= named
    assert named <= set(topics()), named - set(topics())
    assert not re.search(r"\bdocs/[a-z-]+\.md", text), re.findall(r".{40}docs/\S+", text)


def test_docs_ship_in_the_package() -> None:
    """The installed folder is the repository's docs/ (a link in the source tree, copied
    into wheels by the package data)."""
    assert (docs_folder() / "search.md").is_file()
    assert (ROOT / "src" / "pressespejl" / "docs").resolve() == (ROOT / "docs").resolve()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "docs/*.md" in config["tool"]["setuptools"]["package-data"]["pressespejl"]
