"""Slices of a list for SQL ``IN (...)`` lists of bounded length."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

IN_LIST = 500
"""Values per ``IN`` list: far below SQLite's limit of 32,766 parameters."""


def chunked(values: Sequence[Any], size: int = IN_LIST) -> Iterator[Sequence[Any]]:
    """``values`` in slices of ``size``."""
    for i in range(0, len(values), size):
        yield values[i:i + size]
