"""Pressespejl's settings in one table, as ``SETTINGS`` in Datasette's ``app.py``: a name,
a default, what it is for, and the environment variable that sets it.

``setting(name)`` is the one place a setting is read (the variable if set and not
empty, else the default); ``pressespejl config`` lists them all with their values. A
command-line option (``--db``) wins over both.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def _default_archive() -> str:
    """``$XDG_DATA_HOME/pressespejl/archive.sqlite``; ``XDG_DATA_HOME`` defaults to
    ``~/.local/share`` (the XDG base directory spec)."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(data_home) / "pressespejl" / "archive.sqlite")


def _default_cache() -> str:
    """``$XDG_CACHE_HOME/pressespejl``; ``XDG_CACHE_HOME`` defaults to ``~/.cache``."""
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(cache_home) / "pressespejl")


@dataclass(frozen=True)
class Setting:
    """One setting: ``default`` is a value, a function giving it, or None (unset)."""

    name: str
    env: str
    default: str | Callable[[], str] | None
    help: str

    def default_value(self) -> str | None:
        return self.default() if callable(self.default) else self.default


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "PRESSESPEJL_DB", _default_archive,
            "The archive: a SQLite file path or a postgresql:// URL (--db wins)."),
    Setting("da_dictionary", "PRESSESPEJL_DA_DICTIONARY", None,
            "A Danish hunspell word list (.dic or .dic.gz) to split compounds with, "
            "instead of the one shipped with Pressespejl."),
    Setting("cache", "PRESSESPEJL_CACHE", _default_cache,
            "A folder for the word tables built on the first analysis (lemmas, first "
            "names), which make every later start faster; 'off' reads them into memory "
            "at each start instead."),
    Setting("auth", "PRESSESPEJL_AUTH", None,
            "serve: the secret a client must send to use the web app and API "
            "(--auth wins)."),
    Setting("read_db", "PRESSESPEJL_READ_DB", None,
            "A PostgreSQL read replica of the archive: search, quotes, facets, trends and "
            "entities read there (--read-db wins; `pressespejl docs scaling`)."),
    Setting("workers", "PRESSESPEJL_WORKERS", "1",
            "ingest: analyse on this many local worker processes (--workers wins; "
            "`pressespejl docs cluster`)."),
    Setting("cluster", "PRESSESPEJL_CLUSTER", None,
            "ingest: the address of a Dask scheduler to analyse on, tcp://host:8786 "
            "(--cluster wins; `pressespejl docs cluster`)."),
)
"""Every setting, in the order ``pressespejl config`` shows them."""


def _find(name: str) -> Setting:
    for entry in SETTINGS:
        if entry.name == name:
            return entry
    raise KeyError(f"no setting {name!r}; the settings are "
                   f"{', '.join(s.name for s in SETTINGS)}")


def setting(name: str) -> str | None:
    """The value of a setting: its environment variable if set (and not empty), else
    its default.

    Raises:
        KeyError: there is no such setting.
    """
    entry = _find(name)
    return os.environ.get(entry.env) or entry.default_value()


def source(name: str) -> str:
    """Where ``setting(name)`` comes from: the variable's name, "default" or "unset"."""
    entry = _find(name)
    if os.environ.get(entry.env):
        return entry.env
    return "default" if entry.default_value() is not None else "unset"


def default(name: str) -> str | None:
    """The default of a setting, whatever the environment says."""
    return _find(name).default_value()
