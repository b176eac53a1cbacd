"""``pressespejl docs``: the user documentation that ships inside the package.

Help texts point at topics (``pressespejl docs search``), not at ``docs/search.md`` in a
source checkout a user installing from a wheel does not have. The Markdown files are
the repository's ``docs/`` folder: ``src/pressespejl/docs`` links to it, and the
package data (pyproject.toml) copies its ``*.md`` into every built wheel.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable

import click


def docs_folder() -> Traversable:
    """The installed documentation folder (``pressespejl/docs``)."""
    return resources.files("pressespejl") / "docs"


def topics() -> dict[str, str]:
    """Topic name (the file's stem) -> the document's title (its first heading)."""
    found: dict[str, str] = {}
    for entry in sorted(docs_folder().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".md"):
            first = entry.read_text(encoding="utf-8").lstrip().splitlines()[0]
            found[entry.name[:-3]] = first.lstrip("# ").strip()
    return found


def read_topic(name: str) -> str:
    """The Markdown text of one topic.

    Raises:
        click.BadParameter: there is no such topic (the message lists the topics).
    """
    known = topics()
    topic = name.removesuffix(".md").removeprefix("docs/")
    if topic not in known:
        raise click.BadParameter(f"no topic {name!r}; the topics are {', '.join(known)}.",
                                 param_hint="TOPIC")
    return (docs_folder() / f"{topic}.md").read_text(encoding="utf-8")


@click.command("docs")
@click.argument("topic", required=False)
def docs(topic: str | None) -> None:
    """Read the documentation that comes with Pressespejl (Markdown).

    Without TOPIC, list the topics; with one, print it (through a pager on a terminal).

    Example:

        pressespejl docs

        pressespejl docs search
    """
    if topic is None:
        known = topics()
        width = max(map(len, known), default=0)
        for name, title in known.items():
            click.echo(f"{name:<{width}}  {title}")
        click.echo("\nRead one with: pressespejl docs TOPIC")
        return
    click.echo_via_pager(read_topic(topic))
