"""Offices over time on both backends: evidence at ``add``, CSV tables, lookups.

The rules (CSV format, user rows win) are in ``store/offices.py``; the evidence itself
is an nlp output (``Analysis.offices``, ``nlp/offices.py``). This mixin of ``SqlStore``
holds the SQL: each article's evidence is kept with it (``article_offices``) and merged
into the archive-wide ``office_holdings`` table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressespejl.search.danish import name_key
from pressespejl.store.offices import csv_source, prefer_user_rows, read_offices_csv
from pressespejl.types import OfficeHolding


def _keys(holding: OfficeHolding) -> tuple[str, str, str]:
    return name_key(holding.office), name_key(holding.scope or ""), name_key(holding.holder)


class OfficeQueries:
    """Mixin: the ``office_holdings`` table."""

    least: str
    greatest: str

    if TYPE_CHECKING:  # supplied by SqlStore
        def _sql(self, sql: str) -> str: ...
        def date_param(self, day: date) -> Any: ...
        def _read(self) -> Any: ...
        def _write(self) -> Any: ...
        def _insert_many(self, cur: Any, table: str, rows: list[dict[str, Any]]) -> None: ...

    def _insert_holding(self, cur: Any, holding: OfficeHolding, evidence: int = 1) -> None:
        self._insert_holdings(cur, [(holding, evidence)], holding.source == "archive")

    def _insert_holdings(self, cur: Any, holdings: list[tuple[OfficeHolding, int]],
                         archive: bool) -> None:
        """Insert (holding, evidence) rows; ``archive`` rows merge into the archive's row
        of the same office, scope and holder (first and last day widened)."""
        d = self.date_param
        sql = ("INSERT INTO office_holdings (office, office_key, scope, scope_key, holder, "
               "holder_key, first_seen, last_seen, source, evidence) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        if archive:
            sql += (" ON CONFLICT (office_key, scope_key, holder_key) WHERE source = 'archive' "
                    f"DO UPDATE SET first_seen = {self.least}(office_holdings.first_seen, "
                    f"excluded.first_seen), last_seen = {self.greatest}("
                    "office_holdings.last_seen, excluded.last_seen), "
                    "evidence = office_holdings.evidence + excluded.evidence")
        rows = []
        for h, evidence in holdings:
            office_key, scope_key, holder_key = _keys(h)
            rows.append([h.office, office_key, h.scope, scope_key, h.holder, holder_key,
                         d(h.first_seen), d(h.last_seen), h.source, evidence])
        cur.executemany(self._sql(sql), rows)

    def _add_office_evidence(self, cur: Any, num: int,
                             evidence: Sequence[OfficeHolding]) -> None:
        """Keep one article's evidence with it and merge it into ``office_holdings``."""
        d = self.date_param
        self._insert_many(cur, "article_offices", [
            {"article": num, "position": i, "office": h.office, "scope": h.scope,
             "holder": h.holder, "first_seen": d(h.first_seen), "last_seen": d(h.last_seen),
             "source": h.source}
            for i, h in enumerate(evidence)])
        merged: dict[tuple[str, str, str], tuple[OfficeHolding, int]] = {}
        for holding in evidence:
            if holding.source != "archive" or not name_key(holding.holder):
                continue
            key = _keys(holding)
            if key in merged:
                seen, count = merged[key]
                holding = OfficeHolding(
                    seen.office, seen.holder, min(seen.first_seen, holding.first_seen),
                    max(seen.last_seen, holding.last_seen), seen.scope)
                merged[key] = (holding, count + 1)
            else:
                merged[key] = (holding, 1)
        # one lock order for concurrent PostgreSQL writers
        self._insert_holdings(cur, [merged[key] for key in sorted(merged)], archive=True)

    def load_offices_csv(self, path: str | Path) -> int:
        """Load a user table of office holders (``store/offices.py`` has the format).

        All rows are checked first and loaded in one transaction; loading a file of the
        same name again replaces its rows. Rows get ``source`` ``csv:<file name>``.

        Returns:
            The number of rows loaded.

        Raises:
            InputError: with every bad line and its number; nothing is loaded.
        """
        rows = read_offices_csv(path)
        with self._write() as cur:
            cur.execute(self._sql("DELETE FROM office_holdings WHERE source = ?"),
                        [csv_source(path)])
            for holding in rows:
                self._insert_holding(cur, holding)
        return len(rows)

    def office_holdings(self, office: str | None = None,
                        at: date | None = None) -> list[OfficeHolding]:
        """Who held which office when, user rows winning over the archive's evidence.

        Args:
            office: only this office ("udenrigsminister"; case does not matter).
            at: only holdings whose period includes this day.

        Returns:
            ``OfficeHolding``s ordered by office, scope, first day.
        """
        where, params = ["1=1"], []
        if office:
            where.append("office_key = ?")
            params.append(name_key(office))
        if at is not None:
            where.append("first_seen <= ? AND last_seen >= ?")
            params += [self.date_param(at), self.date_param(at)]
        sql = ("SELECT office, holder, first_seen, last_seen, scope, source FROM "
               f"office_holdings WHERE {' AND '.join(where)} "
               "ORDER BY office_key, scope_key, first_seen, holder_key, source")
        with self._read() as cur:
            cur.execute(self._sql(sql), params)
            rows = cur.fetchall()
        return prefer_user_rows(_holding(tuple(r)) for r in rows)


@lru_cache(maxsize=1 << 15)
def _holding(row: tuple[Any, ...]) -> OfficeHolding:
    """A row of ``office_holdings`` as an ``OfficeHolding`` (frozen, so one object may
    serve every read). Cached: an ingest reads the whole table again after each article
    that brought evidence, and all but a few rows are the ones it read the time before.
    At most 32,768 rows (about 20 MiB); a larger table is read as before."""
    return OfficeHolding(office=row[0], holder=row[1], first_seen=_day(row[2]),
                         last_seen=_day(row[3]), scope=row[4], source=row[5])


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)
