"""The query parameters the search, quotes and trend endpoints share, and their checks.

Pages and API endpoints take the same parameters (a page's JSON twin is the same URL
under ``/api``), so one ``SearchParams`` turns them into the library's ``SearchQuery``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from fastapi import Query

from pressespejl.api.errors import ApiError
from pressespejl.api.options import MAX_NESTING, MAX_PAGE_SIZE, MAX_QUERY_LENGTH
from pressespejl.search.query import parse_date
from pressespejl.types import SearchQuery

Sort = Literal["relevance", "newest", "oldest"]


def check_query(text: str) -> str:
    """The query text if it is within the limits (length, nesting); else a 400 error."""
    if len(text) > MAX_QUERY_LENGTH:
        raise ApiError(400, f"The query is {len(text):,} characters long; the limit is "
                            f"{MAX_QUERY_LENGTH:,}.", query=text[:80] + "…")
    depth = deepest = 0
    in_phrase = False
    for char in text:
        if char == '"':
            in_phrase = not in_phrase
        elif not in_phrase and char == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif not in_phrase and char == ")":
            depth -= 1
    if deepest > MAX_NESTING:
        raise ApiError(400, f"The query nests parentheses {deepest} deep; the limit is "
                            f"{MAX_NESTING}.", query=text)
    return text


def _day(value: str | None, name: str, end: bool) -> date | None:
    if not value:
        return None
    return parse_date(value, end=end)  # QueryError -> 400 with the message


@dataclass
class SearchParams:
    """``q`` in the query language, filters, order and page (as the CLI's options)."""

    q: str = ""
    date_from: str | None = None
    date_to: str | None = None
    speaker: list[str] = field(default_factory=list)
    person: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    source: list[str] = field(default_factory=list)
    outlet: list[str] = field(default_factory=list)
    sort: Sort = "relevance"
    limit: int = 20
    offset: int = 0

    def query(self) -> SearchQuery:
        """The library's ``SearchQuery``.

        Raises:
            ApiError: the query is over a limit.
            QueryError: a date does not parse (400 with the message).
        """
        return SearchQuery(
            text=check_query(self.q), date_from=_day(self.date_from, "from", False),
            date_to=_day(self.date_to, "to", True), speakers=_names(self.speaker),
            people=_names(self.person), places=_names(self.place),
            sources=_names(self.source), outlets=_names(self.outlet), sort=self.sort,
            limit=self.limit, offset=self.offset)

    def url_params(self, **changes: Any) -> list[tuple[str, str]]:
        """The parameters as (name, value) pairs for a link, with ``changes`` applied
        (a list value adds to a filter; None removes the parameter)."""
        values: dict[str, Any] = {
            "q": self.q, "from": self.date_from, "to": self.date_to, "speaker": self.speaker,
            "person": self.person, "place": self.place, "source": self.source,
            "outlet": self.outlet, "sort": self.sort if self.sort != "relevance" else None,
            "limit": self.limit if self.limit != 20 else None,
            "offset": self.offset or None}
        for key, value in changes.items():
            values[key] = value
        pairs: list[tuple[str, str]] = []
        for key, value in values.items():
            if value is None or value == "" or value == []:
                continue
            if isinstance(value, list):
                pairs.extend((key, str(v)) for v in dict.fromkeys(value))
            else:
                pairs.append((key, str(value)))
        return pairs


def _names(values: list[str]) -> tuple[str, ...]:
    for value in values:
        if len(value) > 200:
            raise ApiError(400, "A filter value is longer than 200 characters.")
    return tuple(v.strip() for v in values if v.strip())


def search_params(
    q: str = Query("", description="The query language (`pressespejl docs search`)."),
    date_from: str | None = Query(None, alias="from", description="First day: 2022-01-10, "
                                  "2022-01 or 2022."),
    date_to: str | None = Query(None, alias="to", description="Last day (as from)."),
    speaker: list[str] = Query([], description="Quoted speaker (repeat for any of)."),
    person: list[str] = Query([], description="Person named (quotes: mentioned in it)."),
    place: list[str] = Query([], description="Place named."),
    source: list[str] = Query([], description="Wire source, e.g. ritzau."),
    outlet: list[str] = Query([], description="Outlet, e.g. dr."),
    sort: Sort = Query("relevance", description="relevance, newest or oldest."),
    limit: int = Query(20, ge=1, le=MAX_PAGE_SIZE, description="Page size."),
    offset: int = Query(0, ge=0, le=100_000, description="Skip this many."),
) -> SearchParams:
    """FastAPI dependency: the shared parameters."""
    return SearchParams(q=q, date_from=date_from, date_to=date_to, speaker=speaker,
                        person=person, place=place, source=source, outlet=outlet,
                        sort=sort, limit=limit, offset=offset)
