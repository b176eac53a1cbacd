"""``pressespejl config``: the settings, their values and where each value comes from."""

from __future__ import annotations

import json

import click

from pressespejl.settings import SETTINGS, setting, source

SECRETS = frozenset({"auth"})


def _shown(name: str) -> str | None:
    """The value as shown: a secret is never printed."""
    value = setting(name)
    return "***" if name in SECRETS and value is not None else value


@click.command("config")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="text for people, json for scripts.")
def config(fmt: str) -> None:
    """Show every setting: its value, where the value comes from, and what it is for.

    A setting is read from its environment variable when that is set, else it has its
    default; a command-line option (--db, --auth) wins over both.

    Example:

        pressespejl config

        PRESSESPEJL_DB=team.sqlite pressespejl config --format json
    """
    rows = [{"name": s.name, "value": _shown(s.name), "source": source(s.name), "env": s.env,
             "help": s.help} for s in SETTINGS]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        value = "(not set)" if row["value"] is None else row["value"]
        click.echo(f"{row['name']} = {value}  [{row['source']}]")
        click.echo(f"    {row['env']}: {row['help']}")
