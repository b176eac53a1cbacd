"""What the speaker and quote-shape tests ask of an analysed text, in one place.

Many rule-test files check a list of invented articles against their expected
``(kind, speaker)`` pairs; they share these two helpers rather than each keeping a copy.
``pyproject.toml`` puts ``tests/nlp`` on the import path (the suite runs with
``--import-mode=importlib``, where test folders are no packages).
"""

from __future__ import annotations

from datetime import date

from pressespejl.nlp import analyze
from pressespejl.types import Article


def kinds_and_speakers(text: str, published: date) -> list[tuple[str, str | None]]:
    """The (kind, speaker) of every quote the full pipeline finds in ``text``."""
    analysis = analyze(Article(id="t", text=text, published=published))
    return [(q.kind, q.speaker) for q in analysis.quotes]


def case_ids(cases: list[tuple[str, object]]) -> list[str]:
    """Readable pytest ids for ``(text, expected)`` cases: the text's first 50 characters."""
    return [" ".join(text.split())[:50] for text, _ in cases]
