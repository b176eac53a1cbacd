"""The ``pressespejl`` command group: a thin layer over the library functions.

Each command parses options, calls one library function and formats what it returns.
Library errors (``PressespejlError``) become ``click.ClickException`` here and nowhere
else.
"""

from __future__ import annotations

import click

from pressespejl import __version__
from pressespejl.cli.analyse import analyse
from pressespejl.cli.archive import export_command, import_command, migrate
from pressespejl.cli.evaluate import eval_command
from pressespejl.cli.ingest import demo, ingest_command
from pressespejl.cli.search import quotes, search, trend


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressespejl")
def main() -> None:
    """Pressespejl: who said what, when, about whom and where, in Danish news.

    Start with `pressespejl demo`, then `pressespejl search QUERY` or
    `pressespejl quotes --speaker NAME`. Every command has --help with examples.
    """


for command in (demo, analyse, ingest_command, search, quotes, trend,
                export_command, import_command, migrate, eval_command):
    main.add_command(command)
