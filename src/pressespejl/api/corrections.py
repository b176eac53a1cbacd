"""``/api/corrections``, ``/api/accuracy`` and ``/api/saved-searches``: what people
correct and keep.

Corrections are made with ``corrections.make`` (checked against the article), stored
apart from the machine's output (``Store.add_correction``), exported in the
``pressespejl eval`` gold format, and scored (``corrections.accuracy``).
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import PlainTextResponse

from pressespejl import corrections
from pressespejl.api.articles import load
from pressespejl.api.deps import get_options, get_store, writable
from pressespejl.api.errors import ApiError
from pressespejl.api.models import CorrectionIn, CorrectionOut, Error, SavedSearchIn
from pressespejl.api.params import check_query
from pressespejl.api.security import require_csrf
from pressespejl.store import Store

router = APIRouter(prefix="/api", tags=["corrections"],
                   responses={400: {"model": Error}, 404: {"model": Error}})
_change = [Depends(writable), Depends(require_csrf)]


def add_correction(store: Store, article_id: str, kind: str, start: Any, end: Any,
                   value: dict[str, Any], author: str | None, note: str | None,
                   default_author: str) -> corrections.Correction:
    """Check a correction against its article and store it."""
    article, analysis = load(store, article_id)
    made = corrections.make(article, analysis, kind, start, end, value,
                            author=author or default_author, note=note)
    return store.add_correction(made)


@router.get("/corrections", response_model=list[CorrectionOut], summary="All corrections")
def list_corrections(article: str | None = None, store: Store = Depends(get_store)
                     ) -> list[dict[str, Any]]:
    """Every correction (or one article's), oldest first, with who made it and when."""
    return [c.as_dict() for c in store.corrections(article)]


@router.post("/articles/{article_id}/corrections", response_model=CorrectionOut,
             status_code=201, summary="Correct the analysis", dependencies=_change)
def correct(request: Request, body: CorrectionIn, article_id: str = Path(max_length=200),
            store: Store = Depends(get_store)) -> dict[str, Any]:
    """Correct one thing in an article: a quote's `speaker`, its `boundaries`,
    `not_quote`, a `missed_quote` (start/end of the new quote), an entity's
    `entity_label` or `entity_name`, or a time expression's `date`. `start`/`end` are the
    target's character offsets. The machine's analysis is kept; the correction is
    stored beside it with its author and time."""
    saved = add_correction(store, article_id, body.kind, body.start, body.end, body.value,
                           body.author, body.note, get_options(request).author)
    return saved.as_dict()


@router.delete("/corrections/{correction_id}", summary="Withdraw a correction",
               dependencies=_change)
def withdraw(correction_id: int, store: Store = Depends(get_store)) -> dict[str, Any]:
    """Remove a correction; the machine's analysis shows again."""
    if not store.delete_correction(correction_id):
        raise ApiError(404, f"No correction with id {correction_id}.")
    return {"ok": True, "deleted": correction_id}


@router.get("/corrections/gold.jsonl", response_class=PlainTextResponse,
            summary="Corrections as a test set")
def gold(store: Store = Depends(get_store)) -> PlainTextResponse:
    """The corrected articles in the `pressespejl eval` gold format (`pressespejl docs
    gold-format`), one JSON object per line: the archive's corrections become its own test
    set."""
    lines = [json.dumps(r, ensure_ascii=False) for r in corrections.gold_records(store)]
    return PlainTextResponse("".join(line + "\n" for line in lines),
                             media_type="application/x-ndjson")


@router.get("/accuracy", summary="Measured accuracy against the corrections")
def accuracy(store: Store = Depends(get_store)) -> dict[str, Any]:
    """How right the machine was on the corrected articles: quote detection and speaker
    attribution per quote kind, entities and dates, over all and per outlet."""
    return {"ok": True, **corrections.accuracy(store)}


@router.get("/saved-searches", tags=["saved searches"], summary="Saved searches")
def saved(store: Store = Depends(get_store)) -> dict[str, Any]:
    """Searches people saved, newest first."""
    return {"ok": True, "saved_searches": store.saved_searches()}


@router.post("/saved-searches", tags=["saved searches"], status_code=201,
             summary="Save a search", dependencies=_change)
def save(request: Request, body: SavedSearchIn, store: Store = Depends(get_store)
         ) -> dict[str, Any]:
    """Keep a search (its query and the search page's parameters) to run again."""
    check_query(body.query)
    return {"ok": True, **store.save_search(body.name.strip(), body.query, dict(body.params),
                                            body.author or get_options(request).author)}


@router.delete("/saved-searches/{search_id}", tags=["saved searches"],
               summary="Forget a saved search", dependencies=_change)
def forget(search_id: int, store: Store = Depends(get_store)) -> dict[str, Any]:
    if not store.delete_saved_search(search_id):
        raise ApiError(404, f"No saved search with id {search_id}.")
    return {"ok": True, "deleted": search_id}
