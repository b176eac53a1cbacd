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
from pressespejl.store.entities import (
    KINDS,
    PREFIXES,
    Mention,
    article_mentions,
    check_kind,
    entity_id,
)
from pressespejl.types import Analysis, Article, date_label

_MAX_ATTEMPTS = 100  # slug clashes tried before giving up (never reached in practice)
_ENTITY_COLUMNS = "e.num, e.id, e.kind, e.name, e.first_seen, e.last_seen, e.mentions, e.articles"


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
        def _insert_many(self, cur: Any, table: str, rows: list[dict[str, Any]]) -> None: ...
        def office_holdings(self, office: str | None = None, at: Any = None) -> list[Any]: ...

    # --- writing (inside add's transaction) -------------------------------------------

    def _link_entities(self, cur: Any, num: int, article: Article,
                       analysis: Analysis) -> dict[str, int]:
        """Link the article's entities to the archive's; return speaker key -> entity num.

        The returned map has every key a person of the article goes by (full name and
        surname alone), and the key of each organisation and place, so quote speakers
        find their entity (a person wins over an organisation of the same name).
        """
        first, last = self.date_param(article.published), self.date_param(
            article.published_last)
        totals: dict[int, tuple[int, list[str]]] = {}
        people: dict[str, int] = {}
        for mention in article_mentions(analysis):
            entity = self._resolve_entity(cur, mention, first, last)
            count, roles = totals.get(entity, (0, []))
            totals[entity] = (count + mention.mentions,
                              roles + [r for r in mention.roles if r not in roles])
            if mention.kind == "person":
                for key in mention.aliases:
                    people[key] = entity
            else:  # organisations and countries speak too ("sagde Rusland")
                people.setdefault(mention.key, entity)
        # Update in num order: concurrent PostgreSQL writers lock rows in one order.
        # An undated article (first/last NULL) leaves the days as they are, and a dated
        # one sets them where only undated articles named the entity: min(x, NULL) is
        # NULL in SQLite but x in PostgreSQL, and coalesce() makes both mean "the other".
        for entity in sorted(totals):
            cur.execute(self._sql(
                f"UPDATE archive_entities SET "
                f"first_seen = coalesce({self.least}(first_seen, ?), first_seen, ?), "
                f"last_seen = coalesce({self.greatest}(last_seen, ?), last_seen, ?), "
                "mentions = mentions + ?, articles = articles + 1 WHERE num = ?"),
                [first, first, last, last, totals[entity][0], entity])
        self._insert_many(cur, "article_entities", [
            {"article": num, "entity": entity, "mentions": count,
             "roles": json.dumps(roles, ensure_ascii=False)}
            for entity, (count, roles) in sorted(totals.items())])
        return people

    def _resolve_entity(self, cur: Any, mention: Mention, first: Any, last: Any) -> int:
        """The archive entity of a mention, created if the archive has none."""
        sql = self._sql
        if mention.kind == "person" and mention.single_word:
            # A surname alone is the one person of that surname named in full, if unique.
            cur.execute(sql("SELECT num FROM archive_entities WHERE kind = 'person' AND "
                            "surname_key = ? LIMIT 2"), [mention.key])
            found = cur.fetchall()
            if len(found) == 1:
                return int(found[0][0])
        select = sql("SELECT num FROM archive_entities WHERE kind = ? AND name_key = ?")
        cur.execute(select, [mention.kind, mention.key])
        row = cur.fetchone()
        if row is not None:
            return int(row[0])
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
        cur.execute(select, [mention.kind, mention.key])
        return int(cur.fetchone()[0])

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
                "SELECT a.id, a.date_first, a.precision, q.kind, q.text FROM quotes q "
                "JOIN articles a ON a.num = q.article WHERE q.speaker_entity = ? "
                "ORDER BY a.date_first DESC NULLS LAST, q.id DESC LIMIT ?"), [num, quotes])
            out["latest_quotes"] = [
                {"article_id": r[0], "date": date_label(r[1], r[2]), "kind": r[3], "text": r[4]}
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
