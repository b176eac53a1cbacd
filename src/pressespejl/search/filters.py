"""Turn a ``SearchQuery`` (its query text and its filter fields) into SQL conditions.

The PostgreSQL store searches with this (``store/_sql_search.py``): the SQL uses ``?``
placeholders (the store turns them into ``%s``), and the full-text condition is asked of
a ``Dialect``. The SQLite archive's tantivy indexes give the same fields the same
meaning (``store/tantivy_index.py``).

Filter meaning (the same whether written in the query, ``speaker:Kofod``, or passed as
``SearchQuery(speakers=("Kofod",))``; several values of one field mean any of them):

- date: the article's days overlap the range; an article dated only by month overlaps a
  range if any day of the month does. An undated article never matches a date filter
  (and so always matches ``-date:...``).
- source / outlet / place: equal after folding (``name_key``: case, accents, aa = å).
- speaker: a quote in the article (or the quote itself, for quote search) has a speaker
  whose whole name or surname equals the value.
- person: for articles, a person the article names, by whole name or surname; for
  quotes, the person is mentioned in the quote (the surname in its words, or a person
  entity inside the quote's span).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, Protocol

from pressespejl.search.danish import name_key, words
from pressespejl.search.query import (
    And,
    Field,
    Node,
    Not,
    Or,
    Term,
    conjuncts,
    is_text,
    parse,
)
from pressespejl.types import SearchQuery

Scope = Literal["article", "quote"]


class Dialect(Protocol):
    """What a backend supplies to compile queries."""

    def text_condition(self, node: Node, scope: Scope) -> tuple[str, list[Any]]:
        """SQL true for rows of ``a`` (articles) or ``q`` (quotes) matching a text node."""
        ...

    def can_rank(self, node: Node) -> bool:
        """True if this text-only node can be the ranked main match."""
        ...

    def date_param(self, day: date) -> Any:
        ...


@dataclass
class Compiled:
    """A query ready for SQL: the main text match (ranked) and other conditions."""

    ast: Node | None
    match: Node | None = None
    where: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, params: list[Any]) -> None:
        self.where.append(sql)
        self.params.extend(params)

    def where_sql(self) -> str:
        return " AND ".join(f"({w})" for w in self.where) if self.where else "1=1"


def _keys(values: tuple[str, ...] | list[str]) -> list[str]:
    return [k for k in (name_key(v) for v in values) if k]


def _in(column: str, keys: list[str]) -> str:
    return f"{column} IN ({', '.join('?' for _ in keys)})"


def field_condition(
    name: str,
    values: tuple[str, ...],
    scope: Scope,
    dialect: Dialect,
    first: date | None = None,
    last: date | None = None,
) -> tuple[str, list[Any]]:
    """SQL for one field filter; ``a`` is the article row, ``q`` the quote row."""
    if name == "date":
        # IS NOT NULL first: NOT (NULL <= ?) is NULL in SQL, which would also drop an
        # undated article from "-date:2022-01"; false keeps NOT meaning "not in range".
        parts, params = ["a.date_first IS NOT NULL"], []
        if last is not None:
            parts.append("a.date_first <= ?")
            params.append(dialect.date_param(last))
        if first is not None:
            parts.append("a.date_last >= ?")
            params.append(dialect.date_param(first))
        return (" AND ".join(parts) if params else "1=1"), params
    keys = _keys(values)
    if not keys:
        return "1=1", []
    if name == "outlet":
        return _in("a.outlet_key", keys), keys
    if name == "source":
        return ("EXISTS (SELECT 1 FROM article_sources fs WHERE fs.article = a.num AND "
                + _in("fs.source_key", keys) + ")"), keys
    if name == "place":
        return ("EXISTS (SELECT 1 FROM places fp WHERE fp.article = a.num AND "
                + _in("fp.name_key", keys) + ")"), keys
    if name == "speaker":
        match = f"({_in('{t}.speaker_key', keys)} OR {_in('{t}.speaker_surname', keys)})"
        if scope == "quote":
            return match.format(t="q"), keys + keys
        return ("EXISTS (SELECT 1 FROM quotes fq WHERE fq.article = a.num AND "
                + match.format(t="fq") + ")"), keys + keys
    if name == "person":
        if scope == "article":
            return ("EXISTS (SELECT 1 FROM article_people fa JOIN people fpp ON fpp.id = fa.person"
                    " WHERE fa.article = a.num AND (" + _in("fpp.name_key", keys) + " OR "
                    + _in("fpp.surname_key", keys) + "))"), keys + keys
        return _person_in_quote(values, keys, dialect)
    raise ValueError(f"unknown field {name!r}")


def _person_in_quote(
    values: tuple[str, ...], keys: list[str], dialect: Dialect
) -> tuple[str, list[Any]]:
    # A person is mentioned in a quote if the surname is among its words (any
    # inflection: "Kofods") or an entity for the person lies inside the quote.
    sql_parts: list[str] = []
    params: list[Any] = []
    for value in values:
        name_words = [w for w, _, _ in words(value)]
        if name_words:
            text_sql, text_params = dialect.text_condition(Term(name_words[-1]), "quote")
            sql_parts.append(text_sql)
            params.extend(text_params)
    sql_parts.append(
        "EXISTS (SELECT 1 FROM entities fe WHERE fe.article = q.article AND fe.label = 'PER'"
        " AND fe.start_char >= q.start_char AND fe.end_char <= q.end_char AND ("
        + _in("fe.canonical_key", keys) + "))"
    )
    params.extend(keys)
    return "(" + " OR ".join(sql_parts) + ")", params


def condition(node: Node, scope: Scope, dialect: Dialect) -> tuple[str, list[Any]]:
    """SQL for any AST node (fields, text, and boolean combinations of them)."""
    if isinstance(node, Field):
        return field_condition(node.name, (node.value,), scope, dialect, node.first, node.last)
    if is_text(node) and dialect.can_rank(node) and not isinstance(node, Not):
        return dialect.text_condition(node, scope)
    if isinstance(node, Not):
        sql, params = condition(node.child, scope, dialect)
        return f"NOT ({sql})", params
    if isinstance(node, And | Or):
        joiner = " AND " if isinstance(node, And) else " OR "
        sqls, params = [], []
        for child in node.children:
            sql, child_params = condition(child, scope, dialect)
            sqls.append(f"({sql})")
            params.extend(child_params)
        return joiner.join(sqls), params
    return dialect.text_condition(node, scope)


def compile_query(query: SearchQuery, dialect: Dialect, scope: Scope = "article") -> Compiled:
    """Parse ``query.text`` and combine it with the query's filter fields.

    The positive full-text parts of the top-level AND become ``match`` (the backend ranks
    by it); everything else (fields, NOTs, ORs mixing text and fields) becomes SQL.

    Raises:
        QueryError: ``query.text`` does not parse.
    """
    ast = parse(query.text)
    compiled = Compiled(ast)
    ranked: list[Node] = []
    for part in conjuncts(ast):
        if is_text(part) and not isinstance(part, Not) and dialect.can_rank(part):
            ranked.append(part)
        else:
            compiled.add(*condition(part, scope, dialect))
    if ranked:
        compiled.match = ranked[0] if len(ranked) == 1 else And(tuple(ranked))
    if query.date_from or query.date_to:
        compiled.add(*field_condition("date", (), scope, dialect, query.date_from, query.date_to))
    for name, values in (
        ("source", query.sources),
        ("outlet", query.outlets),
        ("speaker", query.speakers),
        ("person", query.people),
        ("place", query.places),
    ):
        if values:
            compiled.add(*field_condition(name, tuple(values), scope, dialect))
    return compiled


def query_words(query: SearchQuery) -> tuple[str, ...]:
    """Words to highlight besides the query text: the people asked for in quote search."""
    return tuple(w for value in query.people for w, _, _ in list(words(value))[-1:])
