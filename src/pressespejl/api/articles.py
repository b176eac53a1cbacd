"""``/api/articles/{id}``: one article with its full analysis and its corrections."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path

from pressespejl import corrections
from pressespejl.api.deps import get_store
from pressespejl.api.errors import ApiError
from pressespejl.api.models import ArticleOut, Error
from pressespejl.store import Store
from pressespejl.types import Analysis, Article, analysis_record

router = APIRouter(prefix="/api", tags=["articles"], responses={404: {"model": Error}})

_CORRECTED = ("quotes", "people", "organisations", "places", "entities", "time_expressions")


def load(store: Store, article_id: str) -> tuple[Article, Analysis]:
    """The stored article and analysis, or a 404 that names the id."""
    record = store.record(article_id)
    if record is None:
        raise ApiError(404, f"No article with id {article_id!r} in this archive.")
    return record


def article_data(store: Store, article_id: str) -> dict[str, Any]:
    """The article as ``analyse --format json`` gives it (docs/json.md) plus its text,
    byline, its corrections, the analysis they give, and its near-duplicate copies."""
    article, analysis = load(store, article_id)
    found = store.corrections(article_id)
    applied = corrections.apply(article, analysis, found)
    corrected = analysis_record(article, applied.analysis)
    stale = {c.id for c in applied.stale}
    return {"ok": True, **analysis_record(article, analysis), "text": article.text,
            "byline": article.byline,
            "corrected": {k: corrected[k] for k in _CORRECTED},
            "corrections": [{**c.as_dict(), "stale": c.id in stale} for c in found],
            "copies": store.copies(article_id)}


@router.get("/articles/{article_id}", response_model=ArticleOut, summary="One article")
def article(article_id: str = Path(max_length=200), store: Store = Depends(get_store)
            ) -> dict[str, Any]:
    """The article's text and full analysis: quotes with cue, speaker, how the speaker
    was resolved (`evidence`), people with roles, organisations, places, entity
    mentions, time expressions with their dates, definitions; then the corrections
    people made (with who and when) and the analysis corrected by them, and the
    near-duplicate copies of the article."""
    return article_data(store, article_id)
