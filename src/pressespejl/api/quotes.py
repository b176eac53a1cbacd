"""``/api/quotes``: who said what, by speaker, person mentioned, words, dates, outlet."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Request

from pressespejl.api.deps import get_store, next_url
from pressespejl.api.models import Error, QuotePage
from pressespejl.api.params import SearchParams, search_params
from pressespejl.store import Store

router = APIRouter(prefix="/api", tags=["quotes"], responses={400: {"model": Error}})


def quotes_data(store: Store, params: SearchParams,
                markers: tuple[str, str] | None = None) -> dict[str, Any]:
    """A page of quotes (``Store.quotes``)."""
    hits = store.quotes(params.query(), markers=markers)
    return {"ok": True, "limit": params.limit, "offset": params.offset,
            "quotes": [asdict(hit) for hit in hits]}


@router.get("/quotes", response_model=QuotePage, summary="Search quotes")
def quotes(request: Request, params: SearchParams = Depends(search_params),
           store: Store = Depends(get_store)) -> dict[str, Any]:
    """Quotes whose words match `q`; `speaker` is who said it, `person` who is mentioned
    in it; `from`/`to`, `outlet`, `source` and `place` filter by the article. Ranked by
    relevance when `q` has words, else newest first; `sort` chooses."""
    out = quotes_data(store, params)
    out["next"] = next_url(request, params.url_params(), params.offset, params.limit, None,
                           len(out["quotes"]))
    return out
