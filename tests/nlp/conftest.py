"""Fixtures of the rule tests: a blank Danish pipeline with only our sentence component,
and the quotes ``find_quotes`` reads from its paragraphs and sentences (no model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

import pressespejl.nlp.components.sentences  # noqa: F401  (registers the factory)
from pressespejl.nlp.components.quotes import find_quotes


@pytest.fixture(scope="session")
def sentence_nlp() -> spacy.Language:
    blank = spacy.blank("da")
    blank.add_pipe("pressespejl_sentences")
    return blank


@pytest.fixture(scope="session")
def found_quotes(sentence_nlp: spacy.Language) -> Callable[[str], list[tuple]]:
    """text -> [(kind, quote text, cue, speaker phrase or None), ...]"""

    def found(text: str) -> list[tuple]:
        doc = sentence_nlp(text)
        return [(c.kind, text[c.start : c.end], c.cue, c.mention.text if c.mention else None)
                for c in find_quotes(text, doc._.pp_paragraphs, doc._.pp_sentences)]

    return found
