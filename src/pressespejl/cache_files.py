"""Files kept in the cache folder (the ``cache`` setting): where it is, and how a file
is put there whole.

The word tables (``nlp/components/_word_cache.py``) and the compound lexicon's stems
(``search/_lexicon_cache.py``) are built once and read back by every later process. Both
write a file beside its final name and rename it into place, so a process that reads it
while another builds it never sees half of it, and both keep another key's file until no
run has used it for ``KEEP_UNUSED_DAYS`` (two installs that share a home each keep theirs).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from pressespejl.settings import setting

KEEP_UNUSED_DAYS = 30
"""A cache file no run has touched for this long is another install's leftover."""


def cache_folder() -> Path | None:
    """The folder of the ``cache`` setting, or None when it is ``off``."""
    value = setting("cache")
    return None if not value or value.lower() == "off" else Path(value)


def replace_atomically(path: Path, fill: Callable[[str], None]) -> None:
    """Make ``path`` by ``fill(temporary)``, which writes a temporary file beside it, then
    rename that into place; the folder is made first, and the temporary file is removed
    if ``fill`` or the rename fails (``OSError`` goes to the caller)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-",
                                         suffix=".tmp")
    os.close(handle)
    try:
        fill(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def touch(path: Path) -> None:
    """Mark a cache file as used now (a read-only folder keeps its old time)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def remove_unused(folder: Path, pattern: str, keep: Path) -> None:
    """Remove the files matching ``pattern`` other than ``keep`` that no run has used for
    ``KEEP_UNUSED_DAYS``: an upgrade's leftovers, never a live install's file."""
    cutoff = time.time() - KEEP_UNUSED_DAYS * 86400
    for old in folder.glob(pattern):
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
        except OSError:  # gone already, or not ours to remove
            pass
