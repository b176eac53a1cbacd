"""Shared fixtures: the seed article and a blank Danish ``Language``.

Keep this small; fixtures for one stage belong next to its tests.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import spacy

from pressespejl.types import Article

TESTS = Path(__file__).parent
SEED_NAME = "000_68a4d7f295b6d847.txt"
SEED_CANDIDATES = (
    TESTS / "articles" / SEED_NAME,
    TESTS / "articles" / "seed.txt",
    Path("/work/shared/seeds") / SEED_NAME,
)


def _seed_path() -> Path:
    for path in SEED_CANDIDATES:
        if path.exists():
            return path
    pytest.skip(f"seed article {SEED_NAME} not found in {[str(p) for p in SEED_CANDIDATES]}")


def _parse_seed(raw: str, path: Path) -> Article:
    """Minimal seed reader for when ``pressespejl.ingest`` cannot read it."""
    m = re.match(r"\s*date\s+(\d{4})-(\d{2})\s+", raw)
    assert m, "the seed starts with 'date YYYY-MM'"
    text = raw[m.end() :].rstrip()
    sources: tuple[str, ...] = ()
    byline = re.search(r"\n\s*(/[^\n]+)$", text)
    if byline:
        sources = tuple(s for s in byline.group(1).split("/") if s)
        text = text[: byline.start()].rstrip()
    return Article(
        id=path.stem,
        text=text,
        published=date(int(m.group(1)), int(m.group(2)), 1),
        precision="month",
        path=str(path),
        sources=sources,
    )


@pytest.fixture(scope="session")
def seed_article() -> Article:
    """The canonical seed article (Nato/Stoltenberg/Kofod/Rjabkov, January 2022)."""
    path = _seed_path()
    try:
        from pressespejl.ingest import read_path
    except ImportError:
        return _parse_seed(path.read_text(encoding="utf-8"), path)
    items = list(read_path(path))
    articles = [item for item in items if isinstance(item, Article)]
    assert articles, f"ingest could not read the seed: {items}"
    return articles[0]


@pytest.fixture(scope="session")
def blank_da() -> spacy.language.Language:
    """``spacy.blank("da")``: spaCy's Danish tokenizer and nothing else."""
    return spacy.blank("da")
