"""Option groups shared by several commands (as sqlite-utils shares output options)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def db_option(f: F) -> F:
    """``--db``: where the archive lives (a SQLite path or a postgresql:// URL)."""
    return click.option(
        "--db", "db", envvar="PRESSESPEJL_DB", default=None, metavar="URL",
        help="Archive to use: a SQLite file path (default: "
             "~/.local/share/pressespejl/archive.sqlite) or a postgresql:// URL. "
             "Also read from PRESSESPEJL_DB.")(f)
