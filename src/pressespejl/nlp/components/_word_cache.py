"""Big word tables kept in a SQLite file built on first use, read a word at a time.

spaCy's Danish lemma table (553,000 word forms, from ``spacy-lookups-data``) and
gender-guesser's first names (48,000 lines) cost about 0.45 s of CPU to read into
dictionaries at every start: most of the time ``pressespejl analyse`` takes for one
article, which looks up a few hundred of those words. Neither format can be read
faster (a pickle or marshal of the dictionary takes as long: making the million
strings is the cost), so the first run writes each table into a SQLite file in the
cache folder (the ``cache`` setting, ``$XDG_CACHE_HOME/pressespejl`` by default) and
every later run looks words up there, remembering the answers.

The file's name holds a key of where the table came from (the source files' paths,
sizes and modification times, and ``FORMAT``), so an upgraded ``spacy-lookups-data``
or gender-guesser builds a new file. Two installs (two virtualenvs, a checkout and a
pipx install) share the folder with different keys, so a file is removed only when no
run has used it for ``KEEP_UNUSED_DAYS``: every run touches the file it reads, and
removing another install's file from under it would fail its next lookup. Nothing derived from
the data ships with Pressespejl: the tables are built from the installed packages, as
they were read before. Without a usable cache folder (read-only, or the setting is
``off``) the tables are read into memory as before.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from pressespejl.cache_files import (
    cache_folder,
    remove_unused,
    replace_atomically,
    touch,
)

FORMAT = 1
"""Bump when the layout of the files changes."""

_MEMO_LIMIT = 200_000  # answers remembered per table before starting over
_MISSING = object()


class WordTable(Mapping[str, str]):
    """A read-only word -> text table in a SQLite file, looked up one word at a time.

    Answers (found or not) are remembered in a dictionary. The connection belongs to
    the process that opened it (a forked worker opens its own) and is shared by its
    threads under a lock: the web app analyses uploads in a thread pool.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._memo: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._pid = -1
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            # immutable: the file never changes once renamed into place, so SQLite may
            # skip locking it
            self._db = sqlite3.connect(f"{self.path.as_uri()}?mode=ro&immutable=1", uri=True,
                                       check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def _lookup(self, word: str) -> str | None:
        found = self._memo.get(word, _MISSING)
        if found is _MISSING:
            with self._lock:
                row = self._connection().execute(
                    "SELECT value FROM words WHERE word = ?", (word,)).fetchone()
            found = None if row is None else row[0]
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[word] = found
        return found  # type: ignore[return-value]

    def __getitem__(self, word: str) -> str:
        found = self._lookup(word)
        if found is None:
            raise KeyError(word)
        return found

    def get(self, word: str, default: object = None) -> object:  # type: ignore[override]
        found = self._lookup(word)
        return default if found is None else found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._lookup(word) is not None

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            rows = self._connection().execute("SELECT word FROM words ORDER BY word").fetchall()
        return iter(row[0] for row in rows)

    def __len__(self) -> int:
        with self._lock:
            return int(self._connection().execute("SELECT count(*) FROM words").fetchone()[0])

    def __reduce__(self) -> tuple[type, tuple[Path]]:
        return (WordTable, (self.path,))  # the memo and the connection stay behind


def source_key(name: str, sources: list[Path]) -> str:
    """A short hash of a table's sources: paths, sizes and modification times."""
    parts = [f"{FORMAT}", name]
    for source in sources:
        stat = source.stat()
        parts.append(f"{source.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def cached_table(name: str, sources: list[Path],
                 build: Callable[[], Mapping[str, str]]) -> Mapping[str, str]:
    """The table ``build()`` makes, from its cache file, built there on first use.

    Args:
        name: the table's name, the start of its file's name ("lemmas").
        sources: the files ``build`` reads; a change to any makes a new cache file.
        build: reads the table from its sources (called at most once per process, and
            only when there is no cache file yet or no cache folder).

    Returns:
        A ``WordTable`` over the cache file; the built dictionary itself when the cache
        folder is off or cannot be written.
    """
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{source_key(name, sources)}.sqlite"
    if path.is_file():
        touch(path)
        return WordTable(path)
    table = build()
    try:
        _write(path, table)
    except OSError:  # a read-only home, a full disk: work from memory as before
        return table
    remove_unused(folder, f"{name}-*.sqlite", keep=path)
    return WordTable(path)


def _write(path: Path, table: Mapping[str, str]) -> None:
    """Write the table into a temporary file beside ``path`` and rename it into place,
    so a reader (another process building the same file) never sees half of it."""

    def fill(temporary: str) -> None:
        db = sqlite3.connect(temporary)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("CREATE TABLE words (word TEXT PRIMARY KEY, value TEXT NOT NULL) "
                       "WITHOUT ROWID")
            db.executemany("INSERT INTO words VALUES (?, ?)", sorted(table.items()))
            db.commit()
        except sqlite3.Error as error:
            raise OSError(f"cannot write {temporary}: {error}") from error
        finally:
            db.close()

    replace_atomically(path, fill)
