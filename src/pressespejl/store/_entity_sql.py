"""Archive-wide entities on both backends: linking at ``add`` and the entity queries.

The rules (which names are one entity, how ids look) are in ``store/entities.py``; this
module holds the SQL. It is a mixin of ``SqlStore`` and uses its hooks (``_sql``,
``_read``, ``date_param``, ``least``/``greatest``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from pressespejl.errors import InputError
from pressespejl.search.danish import name_key
from pressespejl.store._chunks import chunked
from pressespejl.store.entities import (
    KINDS,
    PREFIXES,
    Mention,
    check_kind,
    entity_id,
)
from pressespejl.types import Article, date_label

_MAX_ATTEMPTS = 100  # slug clashes tried before giving up (never reached in practice)
_ENTITY_COLUMNS = "e.num, e.id, e.kind, e.name, e.first_seen, e.last_seen, e.mentions, e.articles"


def _least(a: Any, b: Any) -> Any:
    """The lesser of two days, either of which may be None (undated)."""
    return b if a is None else a if b is None else min(a, b)


def _greatest(a: Any, b: Any) -> Any:
    return b if a is None else a if b is None else max(a, b)


def _iso(value: Any) -> str | None:
    """An ISO day from the database (text or ``date``); None for an entity named only in
    undated articles."""
    return value if value is None or isinstance(value, str) else value.isoformat()


class EntityQueries:
    """Mixin: the ``archive_entities`` and ``article_entities`` tables."""

    least: str
    greatest: str

    if TYPE_CHECKING:  # supplied by SqlStore
        def _sql(self, sql: str) -> str: ...
        def date_param(self, day: Any) -> Any: ...
        def _read(self) -> Any: ...
        def _search_read(self) -> Any: ...
        def _insert_many(self, cur: Any, table: str, rows: list[dict[str, Any]],
                         conflict: str | None = None) -> None: ...
        def office_holdings(self, office: str | None = None, at: Any = None) -> list[Any]: ...
        def _quote_text(self, stored: str, article_text: Any, start: int, end: int
                        ) -> str: ...

    # --- writing (inside add's transaction) -------------------------------------------

    def _link_batch(self, cur: Any, batch: list[tuple[int, Article, list[Mention]]]
                    ) -> list[dict[str, int]]:
        """Link the entities of a batch's articles (num, article, its mentions), in
        order, to the archive's; per article, speaker key -> entity num.

        Each map has every key a person of the article goes by (full name and surname
        alone), and the key of each organisation and place, so quote speakers find their
        entity (a person wins over an organisation of the same name). The archive's
        entities the batch names are read in a few queries first and the mentions
        resolved against them in order, as one article after the other would be; the
        counters of each entity are updated once for the whole batch.
        """
        known, surnames = self._known_entities(cur, [m for _, _, ms in batch for m in ms])
        out: list[dict[str, int]] = []
        links: list[dict[str, Any]] = []
        updates: dict[int, list[Any]] = {}  # entity -> [first, last, mentions, articles]
        for num, article, mentions in batch:
            first = self.date_param(article.published)
            last = self.date_param(article.published_last)
            totals: dict[int, tuple[int, list[str]]] = {}
            people: dict[str, int] = {}
            for mention in mentions:
                entity = self._entity_of(cur, mention, first, last, known, surnames)
                count, roles = totals.get(entity, (0, []))
                totals[entity] = (count + mention.mentions,
                                  roles + [r for r in mention.roles if r not in roles])
                if mention.kind == "person":
                    for key in mention.aliases:
                        people[key] = entity
                else:  # organisations and countries speak too ("sagde Rusland")
                    people.setdefault(mention.key, entity)
            for entity, (count, roles) in sorted(totals.items()):
                links.append({"article": num, "entity": entity, "mentions": count,
                              "roles": json.dumps(roles, ensure_ascii=False)})
                seen = updates.setdefault(entity, [None, None, 0, 0])
                seen[0] = _least(seen[0], first)
                seen[1] = _greatest(seen[1], last)
                seen[2] += count
                seen[3] += 1
            out.append(people)
        # Update in num order: concurrent PostgreSQL writers lock rows in one order.
        # An undated article (first/last NULL) leaves the days as they are, and a dated
        # one sets them where only undated articles named the entity: min(x, NULL) is
        # NULL in SQLite but x in PostgreSQL, and coalesce() makes both mean "the other".
        # Both are the least (greatest) day that is not NULL, so a batch's days are
        # folded into one update per entity.
        cur.executemany(self._sql(
            f"UPDATE archive_entities SET "
            f"first_seen = coalesce({self.least}(first_seen, ?), first_seen, ?), "
            f"last_seen = coalesce({self.greatest}(last_seen, ?), last_seen, ?), "
            "mentions = mentions + ?, articles = articles + ? WHERE num = ?"),
            [[f, f, la, la, n, a, entity] for entity, (f, la, n, a) in sorted(updates.items())])
        self._insert_many(cur, "article_entities", links)
        return out

    def _known_entities(self, cur: Any, mentions: list[Mention]
                        ) -> tuple[dict[tuple[str, str], int], dict[str, tuple[int, int]]]:
        """The archive's entities these mentions may be: (kind, key) -> num, and for each
        one-word person name, (people with that surname, the least num of them)."""
        sql = self._sql
        known: dict[tuple[str, str], int] = {}
        for kind in sorted({m.kind for m in mentions}):
            keys = sorted({m.key for m in mentions if m.kind == kind})
            for part in chunked(keys):
                cur.execute(sql("SELECT name_key, num FROM archive_entities WHERE kind = ? "
                                f"AND name_key IN ({', '.join('?' for _ in part)})"),
                            [kind, *part])
                known.update(((kind, r[0]), int(r[1])) for r in cur.fetchall())
        singles = sorted({m.key for m in mentions if m.kind == "person" and m.single_word})
        surnames = dict.fromkeys(singles, (0, 0))
        for part in chunked(singles):
            cur.execute(sql("SELECT surname_key, count(*), min(num) FROM archive_entities "
                            "WHERE kind = 'person' AND surname_key IS NOT NULL AND "
                            f"surname_key IN ({', '.join('?' for _ in part)}) "
                            "GROUP BY surname_key"), part)
            surnames.update((r[0], (int(r[1]), int(r[2]))) for r in cur.fetchall())
        return known, surnames

    def _entity_of(self, cur: Any, mention: Mention, first: Any, last: Any,
                   known: dict[tuple[str, str], int],
                   surnames: dict[str, tuple[int, int]]) -> int:
        """The archive entity of a mention, created if the archive has none (``known``
        and ``surnames`` from ``_known_entities``, kept up to date here)."""
        sql = self._sql
        if mention.kind == "person" and mention.single_word:
            # A surname alone is the one person of that surname named in full, if unique.
            count, num = surnames.get(mention.key, (0, 0))
            if count == 1:
                return num
        found = known.get((mention.kind, mention.key))
        if found is not None:
            return found
        for attempt in range(1, _MAX_ATTEMPTS + 1):
            new_id = entity_id(mention.kind, mention.name, attempt)
            cur.execute(sql("SELECT 1 FROM archive_entities WHERE id = ?"), [new_id])
            if cur.fetchone() is None:
                break
        # DO NOTHING: a concurrent writer may have created it; then we read theirs.
        cur.execute(sql(
            "INSERT INTO archive_entities (id, kind, name, name_key, surname_key, first_seen, "
            "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, name_key) DO NOTHING"),
            [new_id, mention.kind, mention.name, mention.key, mention.surname, first, last])
        cur.execute(sql("SELECT num FROM archive_entities WHERE kind = ? AND name_key = ?"),
                    [mention.kind, mention.key])
        num = int(cur.fetchone()[0])
        known[(mention.kind, mention.key)] = num
        if mention.surname is not None and mention.surname in surnames:
            count, least = surnames[mention.surname]
            surnames[mention.surname] = (count + 1, min(least, num) if count else num)
        return num

    # --- reading --------------------------------------------------------------------

    def entities(self, kind: str | None = None, query: str | None = None,
                 limit: int = 50) -> list[dict[str, Any]]:
        """Entities of the archive, most often named first.

        Args:
            kind: ``person``, ``org`` or ``place``; all kinds when None.
            query: part of the name, compared folded ("stolten" finds Jens Stoltenberg).
            limit: at most this many.

        Returns:
            Dicts with id, kind, name, first_seen, last_seen (ISO dates), mentions,
            articles (how many name it) and quotes (how many it said).
        """
        check_kind(kind)
        where, params = ["1=1"], []
        if kind:
            where.append("e.kind = ?")
            params.append(kind)
        if query and name_key(query):
            key = name_key(query).replace("\\", "").replace("%", "").replace("_", "")
            where.append("e.name_key LIKE ?")
            params.append(f"%{key}%")
        sql = (f"SELECT {_ENTITY_COLUMNS}, (SELECT count(*) FROM quotes q WHERE "
               f"q.speaker_entity = e.num) FROM archive_entities e WHERE {' AND '.join(where)} "
               "ORDER BY e.articles DESC, e.mentions DESC, e.name_key LIMIT ?")
        with self._search_read() as cur:
            cur.execute(self._sql(sql), [*params, limit])
            return [{**self._entity_row(r), "quotes": int(r[8])} for r in cur.fetchall()]

    @staticmethod
    def _entity_row(row: Any) -> dict[str, Any]:
        return {"id": row[1], "kind": row[2], "name": row[3], "first_seen": _iso(row[4]),
                "last_seen": _iso(row[5]), "mentions": int(row[6]), "articles": int(row[7])}

    def _find_entity(self, cur: Any, id_or_name: str) -> Any:
        if id_or_name.split(":", 1)[0] in PREFIXES.values() and ":" in id_or_name:
            cur.execute(self._sql(f"SELECT {_ENTITY_COLUMNS} FROM archive_entities e "
                                  "WHERE e.id = ?"), [id_or_name])
            return cur.fetchone()
        key = name_key(id_or_name)
        cur.execute(self._sql(f"SELECT {_ENTITY_COLUMNS} FROM archive_entities e "
                              "WHERE e.name_key = ?"), [key])
        rows = cur.fetchall()
        if not rows:
            cur.execute(self._sql(f"SELECT {_ENTITY_COLUMNS} FROM archive_entities e "
                                  "WHERE e.kind = 'person' AND e.surname_key = ?"), [key])
            rows = cur.fetchall()
            if len(rows) > 1:
                names = ", ".join(f"{r[3]} ({r[1]})" for r in rows)
                raise InputError(f"{id_or_name!r} is the surname of several people: {names}; "
                                 "give the full name or the id.")
        # The same name as a person and a place: the person, then the most named.
        rows.sort(key=lambda r: (KINDS.index(r[2]), -int(r[7])))
        return rows[0] if rows else None

    def entity(self, id_or_name: str, quotes: int = 5, related: int = 10) -> dict[str, Any] | None:
        """One entity with what the archive knows of it, or None if it is unknown.

        Args:
            id_or_name: an id (``per:jens-stoltenberg``), a name in any case, or a surname
                of exactly one person.
            quotes: how many of the latest quotes to include.
            related: how many co-mentioned entities to include.

        Returns:
            The fields of ``entities`` plus ``roles`` (role, articles) most common first,
            ``quotes`` (count), ``latest_quotes`` (article_id, date, kind, text),
            ``offices`` (``OfficeHolding`` fields, people only) and ``co_mentioned``
            (id, kind, name, articles named together).

        Raises:
            InputError: a surname shared by several people.
        """
        with self._search_read() as cur:
            row = self._find_entity(cur, id_or_name)
            if row is None:
                return None
            num = row[0]
            out = self._entity_row(row)
            cur.execute(self._sql("SELECT roles FROM article_entities WHERE entity = ?"), [num])
            roles: Counter[str] = Counter()
            for (text,) in cur.fetchall():
                roles.update(set(json.loads(text)))
            out["roles"] = [{"role": r, "articles": n}
                            for r, n in sorted(roles.items(), key=lambda x: (-x[1], x[0]))]
            cur.execute(self._sql("SELECT count(*) FROM quotes WHERE speaker_entity = ?"), [num])
            out["quotes"] = int(cur.fetchone()[0])
            cur.execute(self._sql(
                "SELECT a.id, a.date_first, a.precision, q.kind, q.text, "
                "CASE WHEN q.text = '' THEN a.text END, q.start_char, q.end_char FROM quotes q "
                "JOIN articles a ON a.num = q.article WHERE q.speaker_entity = ? "
                "ORDER BY a.date_first DESC NULLS LAST, q.id DESC LIMIT ?"), [num, quotes])
            out["latest_quotes"] = [
                {"article_id": r[0], "date": date_label(r[1], r[2]), "kind": r[3],
                 "text": self._quote_text(r[4], r[5], r[6], r[7])}
                for r in cur.fetchall()]
            cur.execute(self._sql(
                "SELECT e.id, e.kind, e.name, count(*) FROM article_entities x "
                "JOIN article_entities y ON y.article = x.article AND y.entity <> x.entity "
                "JOIN archive_entities e ON e.num = y.entity WHERE x.entity = ? "
                "GROUP BY e.num, e.id, e.kind, e.name ORDER BY 4 DESC, e.name LIMIT ?"),
                [num, related])
            out["co_mentioned"] = [{"id": r[0], "kind": r[1], "name": r[2], "articles": int(r[3])}
                                   for r in cur.fetchall()]
        key = name_key(out["name"])
        out["offices"] = [
            {**asdict(h), "first_seen": h.first_seen.isoformat(),
             "last_seen": h.last_seen.isoformat()}
            for h in self.office_holdings() if name_key(h.holder) == key
        ] if out["kind"] == "person" else []
        return out
