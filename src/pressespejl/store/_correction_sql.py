"""Corrections and saved searches on both backends (schema: ``*_corrections_saved_searches``).

A mixin of ``SqlStore``. Corrections live in their own table, apart from the rows the
pipeline wrote, and point at articles by id and at spans by offsets
(``pressespejl/corrections.py`` says why), so nothing here touches the analysis tables.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from pressespejl.corrections import Correction, now

_COLUMNS = "id, article_id, kind, target_start, target_end, value, author, created_at, note"
MAX_SAVED_SEARCHES = 500


def _correction(row: Any) -> Correction:
    return Correction(id=int(row[0]), article_id=row[1], kind=row[2], target_start=row[3],
                      target_end=row[4], value=json.loads(row[5]), author=row[6],
                      created_at=row[7], note=row[8])


class CorrectionQueries:
    """Mixin: the ``corrections`` and ``saved_searches`` tables."""

    if TYPE_CHECKING:  # supplied by SqlStore
        def _sql(self, sql: str) -> str: ...
        def _read(self) -> Any: ...
        def _write(self) -> Any: ...
        def _insert(self, cur: Any, table: str, row: dict[str, Any],
                    returning: str | None = None, conflict: str | None = None) -> Any: ...

    def add_correction(self, correction: Correction) -> Correction:
        """Store a correction (made with ``corrections.make``); it comes back with its id.
        The article's stored analysis is left as the machine wrote it."""
        with self._write() as cur:
            row = self._insert(cur, "corrections", {
                "article_id": correction.article_id, "kind": correction.kind,
                "target_start": correction.target_start, "target_end": correction.target_end,
                "value": json.dumps(correction.value, ensure_ascii=False, sort_keys=True),
                "author": correction.author, "created_at": correction.created_at or now(),
                "note": correction.note}, returning="id")
        return Correction(**{**correction.as_dict(), "id": int(row[0]),
                             "created_at": correction.created_at or now()})

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """The corrections of one article, or of the whole archive, oldest first."""
        sql = f"SELECT {_COLUMNS} FROM corrections"
        params: list[Any] = []
        if article_id is not None:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        with self._read() as cur:
            cur.execute(self._sql(sql + " ORDER BY id"), params)
            return [_correction(r) for r in cur.fetchall()]

    def delete_correction(self, correction_id: int) -> bool:
        """Withdraw a correction; False if there is none with this id."""
        with self._write() as cur:
            cur.execute(self._sql("DELETE FROM corrections WHERE id = ? RETURNING id"),
                        [correction_id])
            return cur.fetchone() is not None

    def save_search(self, name: str, query: str, params: dict[str, Any],
                    author: str = "anonym") -> dict[str, Any]:
        """Keep a search to run again (its query text and the search page's filters)."""
        created = now()
        with self._write() as cur:
            row = self._insert(cur, "saved_searches", {
                "name": name, "query": query,
                "params": json.dumps(params, ensure_ascii=False, sort_keys=True),
                "author": author, "created_at": created}, returning="id")
        return {"id": int(row[0]), "name": name, "query": query, "params": params,
                "author": author, "created_at": created}

    def saved_searches(self) -> list[dict[str, Any]]:
        """Saved searches, newest first."""
        with self._read() as cur:
            cur.execute(self._sql("SELECT id, name, query, params, author, created_at "
                                  "FROM saved_searches ORDER BY id DESC LIMIT ?"),
                        [MAX_SAVED_SEARCHES])
            return [{"id": int(r[0]), "name": r[1], "query": r[2], "params": json.loads(r[3]),
                     "author": r[4], "created_at": r[5]} for r in cur.fetchall()]

    def delete_saved_search(self, search_id: int) -> bool:
        """Forget a saved search; False if there is none with this id."""
        with self._write() as cur:
            cur.execute(self._sql("DELETE FROM saved_searches WHERE id = ? RETURNING id"),
                        [search_id])
            return cur.fetchone() is not None
