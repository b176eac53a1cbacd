"""The compound lexicon's stems, kept in the cache folder after the first build.

Reading the hunspell word list into a ``danish.Lexicon`` stems and folds about 230,000
words: 1.3 s of CPU in every process that analyses text for the index, which is every
worker of a parallel ingest and every ``search`` from the command line (with two
workers, 2-3 ms per article of a 1,000-article ingest). Its result is four sets of
strings that ``marshal`` reads back in 0.05 s. The cache file's name holds a key of what
the stems come from (the word list's contents, this analyzer's version and the
installed stemmer), so another list or stemmer builds a new file; the old one is
removed once no run has used it for a month (``cache_files.remove_unused``). Without a
usable cache folder (read-only, or the ``cache`` setting is ``off``) the lexicon is built
in memory as before.
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pressespejl.cache_files import cache_folder, remove_unused, replace_atomically, touch

FORMAT = 1
"""Bump when the layout of the file or the lexicon's fields change."""

Fields = tuple[frozenset[str], dict[str, str], frozenset[str], frozenset[str]]
"""(head stems, modifiers, known stems, proper stems), as ``Lexicon.fields`` gives them."""


def _key(source: str) -> str:
    import Stemmer

    from pressespejl.search.danish import ANALYZER_VERSION

    stemmer = Path(Stemmer.__file__)
    stat = stemmer.stat()
    parts = [str(FORMAT), ANALYZER_VERSION, source,
             f"{stemmer.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"]
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def _valid(value: Any) -> bool:
    return (isinstance(value, tuple) and len(value) == 4
            and isinstance(value[1], dict)
            and all(isinstance(value[i], frozenset) for i in (0, 2, 3)))


def cached_fields(source: str, build: Callable[[], Fields]) -> Fields:
    """The lexicon's fields from the cache file for ``source`` (``danish.lexicon_id``),
    built with ``build`` and written there when there is none yet."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"lexicon-{_key(source)}.marshal"
    try:
        value = marshal.loads(path.read_bytes())
        if _valid(value):
            touch(path)
            return value  # type: ignore[no-any-return]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or unreadable: build it again
    fields = build()
    try:
        _write(path, fields)
    except OSError:  # a read-only home, a full disk: work from memory
        return fields
    remove_unused(folder, "lexicon-*.marshal", keep=path)
    return fields


def _write(path: Path, fields: Fields) -> None:
    """Write into a temporary file beside ``path`` and rename it into place, so another
    process never reads half of it."""

    def fill(temporary: str) -> None:
        Path(temporary).write_bytes(marshal.dumps(fields))

    replace_atomically(path, fill)
