"""``/api/entities``: people, organisations and places, with their roles and offices over
time, their quotes, who they are named with, and attention over time."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from pressespejl.api.deps import get_store
from pressespejl.api.errors import ApiError
from pressespejl.api.models import EntityList, EntityOut, Error
from pressespejl.api.options import MAX_PAGE_SIZE
from pressespejl.search.trend import TrendBy
from pressespejl.store import Store
from pressespejl.types import SearchQuery

router = APIRouter(prefix="/api", tags=["entities"], responses={404: {"model": Error}})

Kind = Literal["person", "org", "place"]


def attention_query(entity: dict[str, Any]) -> SearchQuery:
    """The articles that name an entity: a person or place filter, an organisation's
    name as a phrase."""
    name = entity["name"]
    if entity["kind"] == "person":
        return SearchQuery(people=(name,))
    if entity["kind"] == "place":
        return SearchQuery(places=(name,))
    return SearchQuery(text='"' + name.replace('"', " ") + '"')


def entity_data(store: Store, id_or_name: str, quotes: int = 20, related: int = 20,
                by: TrendBy = "month", markers: tuple[str, str] | None = None
                ) -> dict[str, Any]:
    """``Store.entity`` plus their quotes, quotes that mention them (people), and the
    articles naming them per period."""
    found = store.entity(id_or_name, quotes=0, related=related)
    if found is None:
        raise ApiError(404, f"No person, organisation or place {id_or_name!r} in this "
                            "archive.")
    found.pop("latest_quotes", None)
    said = store.quotes(SearchQuery(speakers=(found["name"],), sort="newest", limit=quotes),
                        markers=markers)
    mentioned = (store.quotes(SearchQuery(people=(found["name"],), sort="newest",
                                          limit=quotes), markers=markers)
                 if found["kind"] == "person" else [])
    return {"ok": True, **found, "quotes_said": [asdict(q) for q in said],
            "quotes_mentioning": [asdict(q) for q in mentioned
                                  if q.quote.speaker != found["name"]],
            "attention": {"by": by, "periods": store.trend(attention_query(found), by=by)}}


@router.get("/entities", response_model=EntityList, summary="People, organisations, places")
def entities(kind: Kind | None = Query(None, description="person, org or place."),
             q: str | None = Query(None, max_length=200, description="Part of the name."),
             limit: int = Query(50, ge=1, le=MAX_PAGE_SIZE),
             store: Store = Depends(get_store)) -> dict[str, Any]:
    """Entities whose name contains `q` (folded: "stolten" finds Jens Stoltenberg), the
    most named first."""
    return {"ok": True, "entities": store.entities(kind=kind, query=q, limit=limit)}


@router.get("/entities/{id_or_name}", response_model=EntityOut, summary="One entity")
def entity(id_or_name: str = Path(max_length=200),
           quotes: int = Query(20, ge=0, le=MAX_PAGE_SIZE, description="Quotes to list."),
           by: TrendBy = Query("month", description="Attention per day, week or month."),
           store: Store = Depends(get_store)) -> dict[str, Any]:
    """A person, organisation or place by id (`per:jens-stoltenberg`) or name: roles
    (how often each), offices over time, quote count, their latest quotes, quotes that
    mention them, who they are named with (`co_mentioned`), and `attention`: articles
    naming them per period."""
    return entity_data(store, id_or_name, quotes=quotes, by=by)
