"""Near-duplicate groups at ``add``: a MinHash LSH index kept in the store object.

Every stored article keeps its signature (``ingest/near_duplicates.signature``). The
index (``NearDuplicateIndex``) is built lazily from the stored signatures at the first
``add`` and then caught up with articles other writers stored since (one query per
write batch). A copy gets ``near_duplicate_group`` = the id of the first article of its group;
the first article keeps NULL, so a group's key is ``coalesce(near_duplicate_group, id)``.

Concurrency: on PostgreSQL two writers adding copies of one text at the same moment may
both see no earlier copy (neither has committed), and a row committed late with a lower
``num`` than one already seen is not caught up; such a copy starts a group of its own.
Search still works; only the collapsing of those copies is lost.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any


class NearDuplicateGroups:
    """Mixin: keeps the LSH index and assigns groups inside ``add``'s transaction."""

    if TYPE_CHECKING:  # supplied by SqlStore
        def _sql(self, sql: str) -> str: ...
        def _load_signature(self, value: Any) -> bytes: ...

    def _init_near_duplicates(self) -> None:
        self._nd_lock = threading.Lock()
        self._nd_index: Any = None
        self._nd_last = 0  # the highest articles.num the index has seen

    def _reset_near_duplicates(self) -> None:
        """Forget the index (after a rolled-back add it may hold an article never stored)."""
        with self._nd_lock:
            self._nd_index = None
            self._nd_last = 0

    def _near_duplicate_groups(self, cur: Any,
                               added: list[tuple[int, str, bytes]]) -> dict[int, str]:
        """The group ids of a batch's new articles (num, id, signature), in order: num ->
        group for each copy; the first of its kind gets none. The index first catches up
        with what other writers stored (one query per batch)."""
        from pressespejl.ingest.near_duplicates import NearDuplicateIndex

        ours = [num for num, _, _ in added]
        with self._nd_lock:
            if self._nd_index is None:
                self._nd_index = NearDuplicateIndex()
                self._nd_last = 0
            cur.execute(self._sql(
                "SELECT num, id, signature FROM articles WHERE num > ? "
                f"AND num NOT IN ({', '.join('?' for _ in ours)}) "
                "AND signature IS NOT NULL ORDER BY num"), [self._nd_last, *ours])
            for other, other_id, data in cur.fetchall():
                self._nd_index.add_signature(other_id, self._load_signature(data))
                self._nd_last = max(self._nd_last, int(other))
            groups: dict[int, str] = {}
            for num, article_id, signature in added:
                group = self._nd_index.add_signature(article_id, signature)
                if group is not None:
                    groups[num] = group
                self._nd_last = max(self._nd_last, int(num))
            return groups
