"""Article -> Analysis: the nlp stage's public entry points.

    >>> from pressespejl.nlp import analyze
    >>> analysis = analyze(article)                     # doctest: +SKIP
    >>> [(q.speaker, q.cue, q.text) for q in analysis.quotes]   # doctest: +SKIP

``load_pipeline`` builds the pipeline once per model path and caches it;
``analyze_many`` streams articles through ``nlp.pipe`` in batches. A very long article
is analysed in pieces (``nlp/pieces.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.errors import InputError
from pressespejl.nlp import pieces
from pressespejl.nlp.components._lexicon import TEXT_KEY
from pressespejl.nlp.extensions import register_extensions
from pressespejl.nlp.offices import office_evidence, resolve_offices
from pressespejl.nlp.pipeline import build_pipeline
from pressespejl.nlp.to_types import doc_to_analysis
from pressespejl.types import Analysis, Article, OfficeHolding

PIPELINE_VERSION = "pressespejl-da-rules-0.3.53"
"""Changes whenever a rule changes what is extracted; stored with every ``Analysis``."""


@lru_cache(maxsize=4)
def _cached_pipeline(model: str | None) -> Language:
    return build_pipeline(model)


def load_pipeline(model: str | Path | None = None) -> Language:
    """The Danish pipeline, built once per model path and cached.

    Args:
        model: a trained spaCy pipeline directory; None uses the shipped
            ``models/da_ner`` if present, else rules and gazetteers alone.

    Raises:
        ModelError: the model or the lemma tables cannot be loaded.
    """
    register_extensions()
    return _cached_pipeline(None if model is None else str(model))


def pipeline_version(nlp: Language) -> str:
    """``PIPELINE_VERSION``, plus the trained model's name and version when one is used."""
    model = nlp.meta.get("pressespejl_model")
    return f"{PIPELINE_VERSION}+{model}" if model else PIPELINE_VERSION


def _doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc.user_data[TEXT_KEY] = article.text  # spaCy's doc.text re-joins tokens per access
    doc._.published = article.published
    doc._.precision = article.precision
    return doc


def _docs(nlp: Language, articles: Iterable[Article]) -> Iterator[
        tuple[Doc, tuple[Article, int, bool]]]:
    """A ``Doc`` per piece of each article (one piece unless it is very long), with
    (article, offset of the piece, whether it is the article's last piece).

    Raises:
        InputError: an article is over ``pieces.MAX_CHARS``.
    """
    size = min(pieces.PIECE_CHARS, nlp.max_length)
    for article in articles:
        if reason := pieces.too_long(article):
            raise InputError(f"{article.path or article.id}: {reason}.")
        found = pieces.spans(article.text, size)
        for i, (start, end) in enumerate(found):
            yield (_doc(nlp, pieces.piece(article, start, end)),
                   (article, start, i == len(found) - 1))


def _finish(article: Article, analysis: Analysis,
            offices: Sequence[OfficeHolding]) -> Analysis:
    """The article's own office evidence, then bare titles resolved through ``offices``
    (the archive's table; the article's own evidence is already in its people)."""
    evidence = tuple(office_evidence(article, analysis))
    if evidence:
        analysis = replace(analysis, offices=evidence)
    return resolve_offices(article, analysis, offices)


def analyze(
    article: Article, nlp: Language | None = None, offices: Sequence[OfficeHolding] = ()
) -> Analysis:
    """Extract quotes, people, entities, time expressions and definitions from one article.

    Args:
        article: the article; all offsets in the result point into ``article.text``.
        nlp: a pipeline from ``load_pipeline``; the cached default when None.
        offices: known office holders (the archive's evidence and users' tables); a
            quote whose speaker is a bare title nobody in the article holds
            ("udenrigsministeren") gets the holder on the article's date, with
            evidence "office" (rules in ``nlp/offices.py``).

    Returns:
        The ``Analysis`` of the article, with its office evidence in ``offices``.

    Raises:
        InputError: the article is over ``pieces.MAX_CHARS`` characters long.
    """
    for _, analysis in analyze_many([article], nlp=nlp, batch_size=1, offices=offices):
        return analysis
    raise AssertionError("analyze_many yields one analysis per article")  # pragma: no cover


def analyze_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = 64,
    offices: Sequence[OfficeHolding] = (),
) -> Iterator[tuple[Article, Analysis]]:
    """Analyse a stream of articles with ``nlp.pipe``, in input order.

    Args:
        articles: the articles.
        nlp: a pipeline from ``load_pipeline``; the cached default when None.
        batch_size: articles per ``nlp.pipe`` batch.
        offices: known office holders, as for ``analyze``.

    Yields:
        ``(article, analysis)`` pairs.

    Raises:
        InputError: an article is over ``pieces.MAX_CHARS`` characters long (check
            first with ``pieces.too_long`` to go on past it).
    """
    nlp = nlp or load_pipeline()
    version = pipeline_version(nlp)
    parts: list[Analysis] = []
    for doc, (article, offset, last) in nlp.pipe(_docs(nlp, articles), as_tuples=True,
                                                 batch_size=batch_size):
        parts.append(pieces.shift(doc_to_analysis(doc, article.id, version), offset))
        if last:
            analysis, parts = pieces.join(parts), []
            yield article, _finish(article, analysis, offices)
