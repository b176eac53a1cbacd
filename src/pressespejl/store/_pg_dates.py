"""The publication months a PostgreSQL article search can read (partition pruning).

A date filter (``date:2022``, ``SearchQuery.date_from/date_to``) is a condition on the
article rows' first and last date (``search/filters.py``), which says nothing about the
search table's partition key (``article_search.published``, an article's first date).
So every month partition was scanned: ``(A OR B) NOT C date:2021-01-01..2021-06-30``
read all matches of C in all 73 months at 200,000 articles. :func:`published_bounds`
gives the same filter as a range of ``published``, implied by it, so PostgreSQL prunes
the other months:

- ``date_first <= last`` is ``published <= last`` (a dated article's ``published`` is its
  first date);
- ``date_last >= first``: an article with a day has ``date_first = date_last``; one with
  a month only runs from the month's first day to its last. Either way its first date is
  in or after ``first``'s month: ``published >= first`` with ``first`` moved to the 1st.
- a date filter never matches an undated article (``published = '-infinity'``).

Only filters every match must pass count (the query's ``date_from``/``date_to`` and a
``date:`` at the top level of the query's AND); under an OR or NOT a date says nothing
about the matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pressespejl.search.query import Field, conjuncts, parse
from pressespejl.types import SearchQuery


@dataclass(frozen=True)
class PublishedBounds:
    """``first <= published <= last`` (either end open), and never undated."""

    first: date | None
    last: date | None

    def sql(self, alias: str) -> str:
        """The condition on ``alias.published``, with the dates written in (no
        parameters: PostgreSQL prunes partitions while planning, whatever plan a
        prepared statement would get)."""
        parts = [f"{alias}.published > '-infinity'"]
        if self.first is not None:
            parts.append(f"{alias}.published >= '{self.first.isoformat()}'")
        if self.last is not None:
            parts.append(f"{alias}.published <= '{self.last.isoformat()}'")
        return " AND ".join(parts)


def published_bounds(query: SearchQuery) -> PublishedBounds | None:
    """The range of ``published`` every match of ``query`` lies in, or None (no date
    filter that all matches must pass).

    Raises:
        QueryError: ``query.text`` does not parse.
    """
    ranges = [(query.date_from, query.date_to)] if query.date_from or query.date_to else []
    ranges += [(p.first, p.last) for p in conjuncts(parse(query.text))
               if isinstance(p, Field) and p.name == "date" and (p.first or p.last)]
    if not ranges:
        return None
    firsts = [first.replace(day=1) for first, _ in ranges if first is not None]
    lasts = [last for _, last in ranges if last is not None]
    return PublishedBounds(max(firsts) if firsts else None, min(lasts) if lasts else None)
