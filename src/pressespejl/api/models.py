"""Pydantic twins of the JSON the API returns (STYLE.md §1): they document the API in
its OpenAPI schema. The routes build plain dicts from the library's dataclasses; these
models check and describe them. Fields are only ever added."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Error(BaseModel):
    ok: Literal[False] = False
    error: str = Field(description="What went wrong and what to do.")
    errors: list[Any] = Field(default_factory=list, description="Details, e.g. per field.")
    status: int
    query: str | None = Field(None, description="A query error: the query.")
    position: int | None = Field(None, description="A query error: 0-based character.")


class Page(BaseModel):
    ok: bool = True
    total: int = Field(description="How many match (capped: see total_capped).")
    total_capped: bool = False
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page, if any.")


class Hit(BaseModel):
    article_id: str
    date: str | None = Field(None, description="YYYY-MM(-DD); null when undated.")
    title: str | None
    snippet: str = Field(description="The passage with the matched words in [ ].")
    score: float
    outlet: str | None = None
    sources: list[str] = []
    copies: int = Field(1, description="With collapse: matching articles in its group.")


class SearchPage(Page):
    query: str
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] | None = None


class QuoteOut(BaseModel):
    kind: str
    text: str
    speaker: str | None
    speaker_mention: str | None
    cue: str | None
    start: int
    end: int
    evidence: str | None = None
    model_config = {"extra": "allow"}  # Quote fields added later (confidence) pass through


class QuoteHitOut(BaseModel):
    article_id: str
    date: str | None = Field(None, description="YYYY-MM(-DD); null when undated.")
    quote: QuoteOut
    snippet: str | None = None


class QuotePage(BaseModel):
    ok: bool = True
    limit: int
    offset: int
    next: str | None = None
    quotes: list[QuoteHitOut]


class TrendOut(BaseModel):
    ok: bool = True
    query: str
    by: str
    periods: list[tuple[str, int]] = Field(description="(period, matching articles).")


class ArticleOut(BaseModel):
    """The article, its text and the machine's analysis in the contract of `pressespejl
    docs json`, with the corrections people made and the analysis they give."""

    model_config = {"extra": "allow"}
    ok: bool = True
    id: str
    date: str | None = Field(None, description="YYYY-MM(-DD); null when undated.")
    text: str
    quotes: list[QuoteOut]
    corrected: dict[str, Any] = Field(description="quotes, people, organisations, places, "
                                      "entities and time_expressions after corrections.")
    corrections: list[dict[str, Any]]
    copies: list[dict[str, Any]] = Field(description="Near-duplicate copies (wire copy).")


class EntityOut(BaseModel):
    model_config = {"extra": "allow"}
    ok: bool = True
    id: str
    kind: str
    name: str


class EntityList(BaseModel):
    ok: bool = True
    entities: list[dict[str, Any]]


class UploadItem(BaseModel):
    file: str
    line: int | None = None
    status: Literal["stored", "duplicate", "rejected"]
    article_id: str | None = None
    reason: str | None = None


class UploadResult(BaseModel):
    ok: bool = True
    stored: int
    duplicates: int
    rejected: int
    items: list[UploadItem]


class CorrectionIn(BaseModel):
    kind: str = Field(description="speaker, boundaries, not_quote, missed_quote, "
                                  "entity_label, entity_name or date.")
    start: int = Field(description="The target's first character (a quote, an entity, a "
                                   "time expression; the new quote's for missed_quote).")
    end: int
    value: dict[str, Any] = Field(default_factory=dict, description="What the kind needs, "
                                  "e.g. {\"speaker\": \"Jeppe Kofod\"}.")
    author: str | None = None
    note: str | None = None


class CorrectionOut(BaseModel):
    id: int | None
    article_id: str
    kind: str
    target_start: int | None
    target_end: int | None
    value: dict[str, Any]
    author: str
    created_at: str
    note: str | None = None


class SavedSearchIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    query: str = Field("", max_length=1000)
    params: dict[str, str | list[str]] = Field(default_factory=dict)
    author: str | None = None
