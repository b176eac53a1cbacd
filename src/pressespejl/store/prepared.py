"""The CPU work of storing an article, done before (and away from) the database.

Storing an article analyses its title, text and quotes into search terms
(``search/danish.py``) and computes its record checksum and its near-duplicate MinHash
signature. None of this needs the database, and together it costs about as much as the
SQL. ``prepare`` does it as a pure function, so a parallel
ingest runs it in the worker processes next to the nlp stage and the coordinating
process only writes (``Store.add(..., prepared=...)``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from pressespejl.search.danish import Token, analyze
from pressespejl.store.records import record_checksum
from pressespejl.types import Analysis, Article


@dataclass(frozen=True)
class Prepared:
    """One article with everything its ``add`` computes before the transaction."""

    article: Article
    analysis: Analysis
    title_tokens: list[Token]
    body_tokens: list[Token]
    quote_tokens: list[list[Token]]
    checksum: str
    signature: bytes

    def with_analysis(self, analysis: Analysis) -> Prepared:
        """The same article with another analysis of it that differs only in its quotes'
        speakers (``nlp.offices.resolve_offices``): terms and signature stay,
        the checksum is computed again."""
        if analysis is self.analysis:
            return self
        if analysis.article_id != self.article.id or len(analysis.quotes) != len(
                self.analysis.quotes):
            raise ValueError("with_analysis takes a re-resolved analysis of the same article")
        return replace(self, analysis=analysis,
                       checksum=record_checksum(self.article, analysis))

    def args(self) -> tuple[Any, ...]:
        """The arguments of ``SqlStore._add`` after the cursor."""
        return (self.article, self.analysis, self.title_tokens, self.body_tokens,
                self.quote_tokens, self.checksum, self.signature)


def prepare(article: Article, analysis: Analysis) -> Prepared:
    """Everything ``Store.add`` computes before its transaction.

    Args:
        article: the article.
        analysis: its analysis (``analysis.article_id == article.id``).

    Raises:
        ValueError: the analysis is of another article.
    """
    if analysis.article_id != article.id:
        raise ValueError(
            f"analysis is for {analysis.article_id!r}, not article {article.id!r}")
    from pressespejl.ingest.near_duplicates import signature

    return Prepared(
        article=article, analysis=analysis, title_tokens=analyze(article.title or ""),
        body_tokens=analyze(article.text),
        quote_tokens=[analyze(q.text) for q in analysis.quotes],
        checksum=record_checksum(article, analysis), signature=signature(article.text))
