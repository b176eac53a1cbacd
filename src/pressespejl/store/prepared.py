"""The CPU work of storing an article, done before (and away from) the database.

Storing an article analyses its title, text and quotes into search terms
(``search/danish.py``) and turns them into what its backend's index takes, encodes the
large article columns as its backend stores them (compressed on SQLite,
``store/_compact.py``), and computes its record checksum, its near-duplicate MinHash
signature and the entities it names (``store.entities.article_mentions``). None of this
needs the database, and together it costs more than the SQL. ``prepare`` does it as a
pure function, so a parallel ingest runs it in the worker processes next to the nlp
stage and the coordinating process only writes (``Store.add(..., prepared=...)``).

Only the index terms travel back from a worker, not the analysed tokens: a few strings
per article instead of hundreds of named tuples, which the coordinator would spend about
2 ms per article unpickling (bench/README.md, "Ingest").
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from pressespejl.search.danish import Token, analyze
from pressespejl.store.entities import Mention, article_mentions
from pressespejl.store.records import record_checksum
from pressespejl.types import Analysis, Article


class Backend(NamedTuple):
    """How one backend takes an article: index terms of an article (title and body
    tokens) and of a quote (its tokens), and the stored form of the large columns."""

    article_terms: Callable[[list[Token], list[Token]], Any]
    quote_terms: Callable[[list[Token]], Any]
    text: Callable[[str], Any]
    json: Callable[[Any], Any]
    signature: Callable[[bytes], Any]
    sentences: Callable[[list[tuple[int, int]]], Any]
    mentions: Callable[[Article, Analysis], dict[str, Any]]
    """Article-row columns for the entity mentions and time expressions (SQLite keeps
    them in the row, ``store/_compact.py``); {} where they are rows of their own."""


def _sqlite(packers: Mapping[str, Any] | None = None) -> Backend:
    """``packers``: the archive's ``_compact.Packer`` per column with a compression
    dictionary (``SQLiteStore`` in its own process); without, plain zlib (a worker)."""
    from pressespejl.store._compact import (
        PLAIN,
        pack_entities,
        pack_json,
        pack_sentences,
        pack_signature,
        pack_text,
        pack_times,
    )
    from pressespejl.store._index_feed import index_text

    packer = (packers or {}).get

    def mentions(article: Article, analysis: Analysis) -> dict[str, Any]:
        return {"entities": pack_entities(analysis.entities, article.text,
                                          packer("entities", PLAIN)),
                "time_expressions": pack_times(analysis.time_expressions, article.text,
                                               packer("time_expressions", PLAIN))}

    return Backend(index_text, lambda tokens: index_text([], tokens),
                   lambda text: pack_text(text, packer("text", PLAIN)), pack_json,
                   pack_signature, lambda spans: pack_sentences(spans, packer("sentences", PLAIN)),
                   mentions)


def _postgres(packers: Mapping[str, Any] | None = None) -> Backend:
    """``packers`` are SQLite's; PostgreSQL compresses large values itself (TOAST)."""
    from pressespejl.store.postgres import tsvector_literal

    def plain_json(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    # PostgreSQL compresses large values itself (TOAST): plain columns; mentions are rows.
    return Backend(lambda title, body: tsvector_literal([(title, "A"), (body, "B")],
                                                      word_pairs=True),
                   lambda tokens: tsvector_literal([(tokens, "B")]),
                   lambda text: text, plain_json, lambda signature: signature,
                   lambda spans: plain_json([list(s) for s in spans]),
                   lambda article, analysis: {})


BACKENDS: dict[str, Callable[[Mapping[str, Any] | None], Backend]] = {
    "sqlite": _sqlite, "postgres": _postgres}
"""``Backend`` by ``Store.backend``: the SQLite archive indexes the five field texts of
``_index_feed.index_text`` in tantivy and compresses its columns; PostgreSQL takes a
``tsvector`` literal."""


@dataclass(frozen=True)
class Prepared:
    """One article with everything its ``add`` computes before the transaction."""

    article: Article
    analysis: Analysis
    backend: str
    """The backend this is prepared for (a key of ``BACKENDS``)."""
    article_terms: Any
    quote_terms: list[Any]
    columns: dict[str, Any]
    """The article row's text, sentences, lemmas and signature as the backend stores
    them (on SQLite also its entities and time expressions)."""
    checksum: str
    signature: bytes
    mentions: list[Mention]

    def with_analysis(self, analysis: Analysis) -> Prepared:
        """The same article with another analysis of it that differs only in its quotes'
        speakers (``nlp.offices.resolve_offices``): terms and signature stay, the
        checksum and the entities it names are computed again."""
        if analysis is self.analysis:
            return self
        if analysis.article_id != self.article.id or len(analysis.quotes) != len(
                self.analysis.quotes):
            raise ValueError("with_analysis takes a re-resolved analysis of the same article")
        return replace(self, analysis=analysis,
                       checksum=record_checksum(self.article, analysis),
                       mentions=article_mentions(analysis))


def prepare(article: Article, analysis: Analysis, backend: str = "sqlite",
            packers: Mapping[str, Any] | None = None) -> Prepared:
    """Everything ``Store.add`` computes before its transaction.

    Args:
        article: the article.
        analysis: its analysis (``analysis.article_id == article.id``).
        backend: the archive's ``Store.backend`` (a key of ``BACKENDS``).
        packers: SQLite only, the archive's compression dictionaries
            (``SQLiteStore`` passes its own; a worker has none, and the store
            compresses its columns again with them).

    Raises:
        ValueError: the analysis is of another article, or ``backend`` is unknown.
    """
    if analysis.article_id != article.id:
        raise ValueError(
            f"analysis is for {analysis.article_id!r}, not article {article.id!r}")
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    from pressespejl.ingest.near_duplicates import signature

    how = BACKENDS[backend](packers)
    minhash = signature(article.text)
    return Prepared(
        article=article, analysis=analysis, backend=backend,
        article_terms=how.article_terms(analyze(article.title or ""), analyze(article.text)),
        quote_terms=[how.quote_terms(analyze(q.text)) for q in analysis.quotes],
        columns={"text": how.text(article.text),
                 "sentences": how.sentences([(s.start, s.end) for s in analysis.sentences]),
                 "lemmas": how.json(list(analysis.lemmas)),
                 "signature": how.signature(minhash),
                 **how.mentions(article, analysis)},
        checksum=record_checksum(article, analysis), signature=minhash,
        mentions=article_mentions(analysis))
