"""The ``pressespejl`` command group: a thin layer over the library functions.

Each command parses options, calls one library function and formats what it returns.
Library errors (``PressespejlError``) become ``click.ClickException`` here and nowhere
else. Commands are imported only when run, so ``pressespejl --help`` stays instant
and does not load spaCy or a database driver.
"""

from __future__ import annotations

import importlib
import signal

import click

from pressespejl import __version__

# name -> "module:attribute"; the order is the order of `pressespejl --help`.
COMMANDS: dict[str, str] = {
    "demo": "pressespejl.cli.ingest:demo",
    "analyse": "pressespejl.cli.analyse:analyse",
    "ingest": "pressespejl.cli.ingest:ingest_command",
    "search": "pressespejl.cli.search:search",
    "quotes": "pressespejl.cli.search:quotes",
    "trend": "pressespejl.cli.search:trend",
    "entities": "pressespejl.cli.entities:entities_command",
    "entity": "pressespejl.cli.entities:entity_command",
    "offices": "pressespejl.cli.offices:offices_command",
    "export": "pressespejl.cli.archive:export_command",
    "import": "pressespejl.cli.archive:import_command",
    "migrate": "pressespejl.cli.archive:migrate",
    "reindex": "pressespejl.cli.archive:reindex",
    "compact": "pressespejl.cli.archive:compact",
    "eval": "pressespejl.cli.evaluate:eval_command",
    "serve": "pressespejl.cli.serve:serve",
    "corrections": "pressespejl.cli.corrections:corrections_command",
    "config": "pressespejl.cli.config:config",
    "docs": "pressespejl.cli.docs:docs",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             invoke_without_command=True)
@click.version_option(__version__, prog_name="pressespejl")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Pressespejl: who said what, when, about whom and where, in Danish news.

    Start with `pressespejl demo`, then `pressespejl search QUERY` or
    `pressespejl quotes --speaker NAME`. Every command has --help with examples;
    `pressespejl docs` has the rest (the query language, the JSON, the API).
    """
    if ctx.invoked_subcommand is None:  # a bare `pressespejl` asks what there is
        click.echo(ctx.get_help())


def run() -> None:
    """The ``pressespejl`` console script.

    Python ignores SIGPIPE and turns a closed pipe into a ``BrokenPipeError`` at some
    later write, so ``pressespejl search … | head`` ended with status 1 (or a traceback)
    when ``head`` stopped reading. Like other Unix tools, the process now simply ends
    when nobody reads its output any more.
    """
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
