"""Export an archive to JSON Lines, import it again, and migrate between backends.

Everything an archive holds travels: every table of ``tables.ARCHIVE_TABLES`` (articles
with their analyses, the office holders users loaded, corrections, saved searches,
near-duplicate groups). The export file (``.jsonl``, or ``.jsonl.gz`` compressed) has
three kinds of line::

    {"format": "pressespejl-archive", "version": 2, "tables": [...], ...}   header
    {"table": "articles", "row": {"article": {...}, "analysis": {...}}}     one per row
    {"end": true, "rows": {"articles": N, ...}, "quotes": M, "checksum": "..."}  trailer

Rows come table by table in ``ARCHIVE_TABLES`` order. The checksum is the archive's
(``Store.checksum``, defined in ``store/tables.py``): it depends neither on the order of
rows nor on the backend that wrote them. ``import`` checks it before adding anything;
a truncated file (no trailer) is refused. Files of version 1 (articles only) are read
too.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import groupby
from pathlib import Path
from typing import IO, Any

from pressespejl.errors import InputError, StoreError
from pressespejl.store.base import Store
from pressespejl.store.opener import open_store
from pressespejl.store.records import archive_checksum, canonical_json
from pressespejl.store.tables import ARCHIVE_TABLES, ARTICLES, combined_checksum, row_checksum

FORMAT = "pressespejl-archive"
VERSION = 2
"""The layout of the file: 1 held article records only; 2 holds every table."""


@dataclass(frozen=True)
class Summary:
    """What an export, import or migration did.

    ``rows`` counts the rows of each table in the export (or the source archive);
    ``added``/``skipped`` count, per table, rows the target did not have yet and rows it
    had already.
    """

    rows: dict[str, int]
    quotes: int
    checksum: str
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return self.rows.get(ARTICLES, 0)


class _Tally:
    """Row counts and checksums per table, and quotes, as rows go by."""

    def __init__(self) -> None:
        self.sums: dict[str, list[str]] = {name: [] for name in ARCHIVE_TABLES}
        self.quotes = 0

    def see(self, table: str, row: dict[str, Any]) -> None:
        self.sums[table].append(row_checksum(row))
        if table == ARTICLES:
            self.quotes += len(row.get("analysis", {}).get("quotes", ()))

    def counts(self) -> dict[str, int]:
        return {name: len(sums) for name, sums in self.sums.items()}

    def checksum(self) -> str:
        return combined_checksum({name: archive_checksum(s) for name, s in self.sums.items()})


@contextmanager
def _open(path: str | Path, mode: str) -> Iterator[IO[str]]:
    if str(path) == "-":
        stream = sys.stdout if "w" in mode else sys.stdin
        yield stream
        stream.flush()
        return
    try:
        if str(path).endswith(".gz"):
            with gzip.open(path, mode + "t", encoding="utf-8") as handle:
                yield handle
        else:
            with open(path, mode, encoding="utf-8") as handle:
                yield handle
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {path}.") from exc


def export_archive(store: Store, path: str | Path) -> Summary:
    """Write every table of ``store`` to ``path`` (``-`` for standard output)."""
    tally = _Tally()
    with _open(path, "w") as out:
        out.write(canonical_json({"format": FORMAT, "version": VERSION,
                                  "tables": list(ARCHIVE_TABLES),
                                  "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                                  "source": _safe_url(store.url)}) + "\n")
        for table in ARCHIVE_TABLES:
            for row in store.rows(table):
                out.write(canonical_json({"table": table, "row": row}) + "\n")
                tally.see(table, row)
        checksum = tally.checksum()
        out.write(canonical_json({"end": True, "rows": tally.counts(), "quotes": tally.quotes,
                                  "checksum": checksum}) + "\n")
    return Summary(tally.counts(), tally.quotes, checksum)


def _safe_url(url: str) -> str:
    from pressespejl.store.postgres import redact

    return redact(url)


def _lines(handle: IO[str], path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg}).") from exc


def _rows(lines: Iterator[tuple[int, dict[str, Any]]], version: int,
          path: str | Path) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """(line number, table, row) of the body; the trailer is yielded with table "end"."""
    order = {name: i for i, name in enumerate(ARCHIVE_TABLES)}
    last = 0
    for number, line in lines:
        if line.get("end"):
            yield number, "end", line
            continue
        if version == 1:  # every line an article record
            yield number, ARTICLES, line
            continue
        table, row = line.get("table"), line.get("row")
        if table not in order or not isinstance(row, dict):
            raise InputError(
                f"{path}:{number}: a row of an unknown table {table!r}; this Pressespejl "
                f"knows {', '.join(ARCHIVE_TABLES)}. Upgrade Pressespejl to read the file.")
        if order[table] < last:
            raise InputError(f"{path}:{number}: {table} rows after rows of a later table.")
        last = order[table]
        yield number, table, row


def read_archive(path: str | Path) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Yield (line number, table, row) of an export file after checking it whole.

    Raises:
        InputError: not an export file, unknown version or table, truncated, or checksum
            mismatch.
    """
    if str(path) == "-":
        raise InputError("import reads a file, not standard input: it checks the file twice.")
    version = _check(path)
    with _open(path, "r") as handle:
        lines = _lines(handle, path)
        next(lines)
        for number, table, row in _rows(lines, version, path):
            if table != "end":
                yield number, table, row


def _check(path: str | Path) -> int:
    """Read the whole file once and compare it with its trailer; its version."""
    trailer: dict[str, Any] | None = None
    tally = _Tally()
    with _open(path, "r") as handle:
        lines = _lines(handle, path)
        first = next(lines, None)
        if first is None or first[1].get("format") != FORMAT:
            raise InputError(f"{path} is not a Pressespejl export (no {FORMAT!r} header).")
        version = first[1].get("version")
        if version not in (1, VERSION):
            raise InputError(f"{path} has export version {version}; this Pressespejl reads "
                             f"versions 1 and {VERSION}. Upgrade Pressespejl to read it.")
        for number, table, row in _rows(lines, version, path):
            if table == "end":
                trailer = row
            elif trailer is not None:
                raise InputError(f"{path}:{number}: a row after the end line.")
            else:
                tally.see(table, row)
    if trailer is None:
        raise InputError(f"{path} is truncated: the end line with the checksum is missing.")
    counts = tally.counts()
    if version == 1:
        expected = (trailer.get("checksum"), trailer.get("articles"), trailer.get("quotes"))
        found = (archive_checksum(tally.sums[ARTICLES]), counts[ARTICLES], tally.quotes)
    else:
        expected = (trailer.get("checksum"), trailer.get("rows"), trailer.get("quotes"))
        found = (tally.checksum(), counts, tally.quotes)
    if expected != found:
        raise InputError(
            f"{path} does not match its checksum ({_describe(counts)} read, the end line "
            f"says {trailer.get('rows') or trailer.get('articles')}): the file was changed "
            "or damaged.")
    return int(version)


def _describe(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {table}" for table, n in counts.items() if n or table == ARTICLES)


def import_archive(store: Store, path: str | Path) -> Summary:
    """Add every row of an export file; rows the archive already holds are skipped
    (articles by id, other rows when equal in every column)."""
    added = dict.fromkeys(ARCHIVE_TABLES, 0)
    skipped = dict.fromkeys(ARCHIVE_TABLES, 0)
    tally = _Tally()

    def seen(rows: Iterable[tuple[int, str, dict[str, Any]]]) -> Iterator[dict[str, Any]]:
        for _, table, row in rows:
            tally.see(table, row)
            yield row

    for table, rows in groupby(read_archive(path), key=lambda item: item[1]):
        added[table], skipped[table] = store.add_rows(table, seen(rows))
    return Summary(tally.counts(), tally.quotes, tally.checksum(), added=added,
                   skipped=skipped)


def migrate(from_url: str | Path, to_url: str | Path) -> Summary:
    """Copy everything from one archive to another, then verify the copy.

    Rows the target already has are skipped. Afterwards every table of the target is
    read back and each row of the source must be found in it, unchanged (articles with
    their whole analysis).

    Raises:
        StoreError: the target does not hold every row of the source afterwards.
    """
    with open_store(from_url, create=False) as source, open_store(to_url) as target:
        added: dict[str, int] = {}
        skipped: dict[str, int] = {}
        for table in ARCHIVE_TABLES:
            added[table], skipped[table] = target.add_rows(table, source.rows(table))
        # Both sides read back: the source's rows as they are, not as the copy saw them.
        sums = {table: source.row_checksums(table, recompute=True) for table in ARCHIVE_TABLES}
        counts = {table: len(found) for table, found in sums.items()}
        missing = {table: sum((Counter(found) - Counter(
                       target.row_checksums(table, recompute=True))).values())
                   for table, found in sums.items()}
        if any(missing.values()):
            what = "; ".join(f"{n} of {counts[t]} {t}" for t, n in missing.items() if n)
            raise StoreError(
                f"Migration check failed: {what} are missing or differ in "
                f"{_safe_url(str(to_url))}. Rows stored there before the migration are "
                "left as they were.")
        checksum = combined_checksum({t: archive_checksum(found) for t, found in sums.items()})
        return Summary(counts, source.stats()["quotes"], checksum, added=added,
                       skipped=skipped)
