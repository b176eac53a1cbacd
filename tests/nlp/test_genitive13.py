"""Round 13: a genitive written with a lone typographic apostrophe ("Velux’")."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_the_person_after_a_genitive_in_an_apostrophe_speaks(apostrophe: str) -> None:
    text = f"- Vi åbner en ny fabrik, siger Grundfos{apostrophe} pressechef, Mads Bekke."
    analysis = analyze(Article(id="t", text=text, published=date(2022, 1, 12)))
    assert [q.speaker for q in analysis.quotes] == ["Mads Bekke"]
