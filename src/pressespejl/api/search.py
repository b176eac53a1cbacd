"""``/api/search`` and ``/api/trend``: the archive's articles for a query.

``search_data`` and ``trend_data`` are what the search page renders too.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query, Request

from pressespejl.api.deps import get_store, next_url
from pressespejl.api.models import Error, SearchPage, TrendOut
from pressespejl.api.params import SearchParams, check_query, search_params
from pressespejl.search.trend import TrendBy
from pressespejl.store import Store

router = APIRouter(prefix="/api", tags=["search"],
                   responses={400: {"model": Error}, 413: {"model": Error}})


def search_data(store: Store, params: SearchParams, *, collapse: bool = False,
                facets: bool = False, trend: TrendBy | None = None,
                markers: tuple[str, str] | None = None) -> dict[str, Any]:
    """One page of hits (``Store.search``) and, if asked, the facet counts and the
    matching articles per ``trend`` period (``trend``: ``[(period, articles)]``).

    Facets and trend together are counted in one pass over the matches
    (``Store.facets_and_trend``), as the search page shows them: the page asked the
    archive three times for the same matches before (hits, facets, trend)."""
    query = params.query()
    results = store.search(query, markers=markers, collapse=collapse)
    hits = [{**asdict(hit), "sources": list(hit.sources),
             "copies": results.copies.get(hit.article_id, 1)} for hit in results.hits]
    out: dict[str, Any] = {"ok": True, "query": params.q, "total": results.total,
                           "total_capped": results.total_capped, "limit": query.limit,
                           "offset": query.offset, "hits": hits}
    counted: dict[str, list[tuple[str, int]]] | None = None
    if facets and trend:
        counted, out["trend"] = store.facets_and_trend(query, by=trend)
    elif facets:
        counted = store.facets(query)
    elif trend:
        out["trend"] = store.trend(query, by=trend)
    if counted is not None:
        out["facets"] = {name: [(value, count) for value, count in values]
                         for name, values in counted.items()}
    return out


def folded_search_data(store: Store, params: SearchParams,
                       markers: tuple[str, str] | None = None,
                       trend: TrendBy | None = None) -> dict[str, Any]:
    """A page of hits with wire copies folded into the first of them, as the search page
    shows it, the facet counts and, if asked, the trend (``search_data``).

    ``search(collapse=True)`` counts every near-duplicate group of the matches exactly,
    which costs more than the page itself for a common word. A page only needs its own
    hits folded: half a page more than the page is searched, each hit's group is looked up
    (``Store.copies``: the same telegram, so its copies match the query too), and a hit
    whose group an earlier hit showed is folded into it. ``total`` stays the number of
    matching articles; ``consumed`` is how many of them the page covered (the next page
    starts after them) and ``group`` of each hit lists its copies.
    """
    from dataclasses import replace

    from pressespejl.api.options import MAX_PAGE_SIZE

    wide = replace(params, limit=min(params.limit + (params.limit + 1) // 2, MAX_PAGE_SIZE))
    data = search_data(store, wide, facets=True, trend=trend, markers=markers)
    folded: set[str] = set()
    hits: list[dict[str, Any]] = []
    consumed = 0
    for hit in data["hits"]:
        if hit["article_id"] in folded:
            consumed += 1
            continue
        if len(hits) == params.limit:
            break
        consumed += 1
        group = store.copies(hit["article_id"])
        folded.update(c["id"] for c in group)
        hits.append({**hit, "copies": 1 + len(group), "group": group})
    return {**data, "hits": hits, "limit": params.limit, "consumed": consumed}


def trend_data(store: Store, params: SearchParams, by: TrendBy = "month") -> dict[str, Any]:
    """Matching articles per period (``Store.trend``)."""
    periods = store.trend(params.query(), by=by)
    return {"ok": True, "query": params.q, "by": by, "periods": periods}


@router.get("/search", response_model=SearchPage, summary="Search articles")
def search(request: Request, params: SearchParams = Depends(search_params),
           collapse: bool = Query(False, description="One hit per group of wire copies."),
           facets: bool = Query(False, description="Also count by source, outlet, month, "
                                "person, speaker and place."),
           store: Store = Depends(get_store)) -> dict[str, Any]:
    """Articles matching `q` (the query language: words in any inflection, compounds,
    "phrases", AND/OR/NOT, prefixes, and field filters), ranked or by date, with
    highlighted snippets. A malformed query is a 400 whose `position` points at the
    problem."""
    out = search_data(store, params, collapse=collapse, facets=facets)
    pairs = params.url_params(collapse="1" if collapse else None,
                              facets="1" if facets else None)
    out["next"] = next_url(request, pairs, params.offset, params.limit, out["total"],
                           len(out["hits"]))
    return out


@router.get("/trend", response_model=TrendOut, summary="Attention over time")
def trend(params: SearchParams = Depends(search_params),
          by: TrendBy = Query("month", description="day, week (ISO) or month."),
          store: Store = Depends(get_store)) -> dict[str, Any]:
    """How many articles match the query per day, ISO week or month; empty periods
    between the first and the last are 0."""
    check_query(params.q)
    return trend_data(store, params, by)
