"""Every table of an archive as rows, on both backends: what export, import, migrate and
the checksum read and write (``store/tables.py`` says which tables and why).

A mixin of ``SqlStore``: ``rows`` reads a table as plain JSON-ready dicts, ``add_rows``
loads such rows (skipping those already there) and ``checksum`` hashes them all.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from pressespejl.errors import InputError
from pressespejl.store.records import archive_checksum, from_record, to_record
from pressespejl.store.tables import (
    ARCHIVE_TABLES,
    ARTICLES,
    CLUSTERS,
    Row,
    UserTable,
    combined_checksum,
    row_checksum,
    user_table,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from pressespejl.types import Analysis, Article


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


class TableQueries:
    """Mixin: whole tables in and out (``rows``, ``add_rows``, ``row_checksums``)."""

    if TYPE_CHECKING:  # supplied by SqlStore
        def _sql(self, sql: str) -> str: ...
        def _read(self) -> Any: ...
        def _write(self) -> Any: ...
        def date_param(self, day: date) -> Any: ...
        def writing(self) -> AbstractContextManager[None]: ...
        def add(self, article: Article, analysis: Analysis) -> bool: ...
        def iter_records(self) -> Iterator[tuple[Article, Analysis]]: ...
        def _reset_near_duplicates(self) -> None: ...

    def rows(self, table: str) -> Iterator[Row]:
        """Every row of one of ``ARCHIVE_TABLES``, as plain JSON-ready values.

        Raises:
            KeyError: ``table`` is not one of them.
        """
        if table == ARTICLES:
            return (to_record(article, analysis) for article, analysis in self.iter_records())
        if table == CLUSTERS:
            return self._cluster_rows()
        return self._user_rows(user_table(table))

    def row_checksums(self, table: str, recompute: bool = False) -> list[str]:
        """The checksum of each row of ``table``; for articles those stored at ``add``
        unless ``recompute`` (then every record is read back and hashed)."""
        if table == ARTICLES and not recompute:
            with self._read() as cur:
                cur.execute("SELECT checksum FROM articles")
                return [r[0] for r in cur.fetchall()]
        return [row_checksum(row) for row in self.rows(table)]

    def checksum(self, recompute: bool = False) -> str:
        """The archive checksum over every table (``store/tables.py``); ``recompute``
        hashes each article's record again instead of trusting the stored checksums."""
        return combined_checksum({name: archive_checksum(self.row_checksums(name, recompute))
                                  for name in ARCHIVE_TABLES})

    def add_rows(self, table: str, rows: Iterable[Row]) -> tuple[int, int]:
        """Load rows of ``table`` as ``rows`` gives them; rows already there are skipped.

        Returns:
            (rows added, rows skipped).

        Raises:
            InputError: a row has other columns than the table's.
            KeyError: ``table`` is not one of ``ARCHIVE_TABLES``.
        """
        if table == ARTICLES:
            return self._add_records(rows)
        if table == CLUSTERS:
            return self._add_clusters(rows)
        return self._add_user_rows(user_table(table), rows)

    # --- articles --------------------------------------------------------------------

    def _add_records(self, rows: Iterable[Row]) -> tuple[int, int]:
        added = skipped = 0
        with self.writing():
            for row in rows:
                if self.add(*from_record(row)):
                    added += 1
                else:
                    skipped += 1
        return added, skipped

    # --- near-duplicate groups ---------------------------------------------------------

    def _cluster_rows(self) -> Iterator[Row]:
        with self._read() as cur:
            cur.execute("SELECT id, near_duplicate_group FROM articles "
                        "WHERE near_duplicate_group IS NOT NULL ORDER BY num")
            found = cur.fetchall()
        return iter([{"article": r[0], "group": r[1]} for r in found])

    def _add_clusters(self, rows: Iterable[Row]) -> tuple[int, int]:
        """Put articles in the groups the rows give. Articles loaded in the order they
        were first stored fall in the same groups by themselves; this only fills in a
        group an article lacks (both articles must be stored), never moves one."""
        added = skipped = 0
        with self._write() as cur:
            for row in rows:
                _check_columns(CLUSTERS, row, ("article", "group"))
                cur.execute(self._sql(
                    "UPDATE articles SET near_duplicate_group = ? WHERE id = ? "
                    "AND near_duplicate_group IS NULL AND id <> ? "
                    "AND EXISTS (SELECT 1 FROM articles g WHERE g.id = ?)"),
                    [row["group"], row["article"], row["group"], row["group"]])
                if cur.rowcount > 0:
                    added += 1
                else:
                    skipped += 1
        if added:
            self._reset_near_duplicates()  # the in-memory index is rebuilt from the table
        return added, skipped

    # --- tables of user data -----------------------------------------------------------

    def _user_rows(self, table: UserTable) -> Iterator[Row]:
        columns = ", ".join(table.columns)
        where = f" WHERE {table.where}" if table.where else ""
        with self._read() as cur:
            cur.execute(f"SELECT {columns} FROM {table.name}{where} ORDER BY {columns}")
            found = cur.fetchall()
        return iter([
            {c: (_iso(v) if c in table.dates and v is not None else v)
             for c, v in zip(table.columns, r, strict=True)}
            for r in found])

    def _add_user_rows(self, table: UserTable, rows: Iterable[Row]) -> tuple[int, int]:
        there = Counter(row_checksum(r) for r in self._user_rows(table))
        added = skipped = 0
        with self._write() as cur:
            for row in rows:
                _check_columns(table.name, row, table.columns)
                key = row_checksum(row)
                if there[key] > 0:  # as many copies as the target has are already there
                    there[key] -= 1
                    skipped += 1
                    continue
                values = {c: (self.date_param(date.fromisoformat(row[c]))
                              if c in table.dates and row[c] is not None else row[c])
                          for c in table.columns}
                values.update({c: compute(row) for c, compute in table.derived.items()})
                cur.execute(self._sql(
                    f"INSERT INTO {table.name} ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})"), list(values.values()))
                added += 1
        return added, skipped


def _check_columns(table: str, row: Row, columns: tuple[str, ...]) -> None:
    if not isinstance(row, dict) or set(row) != set(columns):
        found = sorted(row) if isinstance(row, dict) else type(row).__name__
        raise InputError(f"A row of {table} has the columns {found}; expected "
                         f"{', '.join(columns)}.")
