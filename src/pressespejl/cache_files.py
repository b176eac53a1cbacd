"""Files kept in the cache folder (the ``cache`` setting): where it is, and how a file
is put there whole.

The word tables (``nlp/components/_word_cache.py``) and the compound lexicon's stems
(``search/_lexicon_cache.py``) are built once and read back by every later process. Both
write a file beside its final name and rename it into place, so a process that reads it
while another builds it never sees half of it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from pressespejl.settings import setting


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
