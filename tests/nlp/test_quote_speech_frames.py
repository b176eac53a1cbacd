"""Reported speech classes of real Danish news (issue 8, sixth round), each with short
invented texts (none copied from a news page): a view ("mener") framed by a speech cue
later in the sentence, and documents as sources."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [(q.kind, q.speaker, q.text) for q in analysis.quotes]


VIEW_THEN_SPEECH_CUE = [
    # the clause the view reports is the quote, without the attribution after it
    ("Formand Lise Holm mener ikke, at det er en god idé at lukke skolen, sådan som "
     "byrådet har foreslået, siger hun onsdag forud for et møde i byrådet.",
     [("indirect", "Lise Holm",
       "det er en god idé at lukke skolen, sådan som byrådet har foreslået")]),
    ("Ole Berg mener, at skolen er for dyr, siger han til avisen.",
     [("indirect", "Ole Berg", "skolen er for dyr")]),
    # a view with no speech cue stays out
    ("Ole Berg mener, at skolen er for dyr.", []),
    ("Per Lund tror, at det går galt, og han er ikke alene.", []),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_THEN_SPEECH_CUE)
def test_a_view_framed_by_a_later_speech_cue(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
