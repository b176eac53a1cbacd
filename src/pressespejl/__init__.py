"""Pressespejl: who said what, when, about whom and where, in Danish news."""

from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    IngestProblem,
    OfficeHolding,
    Person,
    Quote,
    QuoteHit,
    SearchHit,
    SearchQuery,
    Sentence,
    SkippedFile,
    TimeExpression,
)

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Definition",
    "Entity",
    "IngestProblem",
    "OfficeHolding",
    "Person",
    "Quote",
    "QuoteHit",
    "SearchHit",
    "SearchQuery",
    "Sentence",
    "SkippedFile",
    "TimeExpression",
    "__version__",
]
