"""The word checks that let ``find_named_bodies`` skip a pattern (``_PREFILTERS``): a
pattern may be skipped only where it cannot match, so every text it matches must pass
its check. Texts invented for the test, one per pattern, plus the golden articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pressespejl.nlp.components import entities
from pressespejl.nlp.components.entities import _PREFILTERS

ARTICLES = Path(__file__).resolve().parents[1] / "articles"

MATCHED = {
    "_MEDIUM_X": "Hun skrev det på det sociale medie X i går.",
    "_FOR_NAME": "Det oplyser Center for Cybersikkerhed i en mail.",
    "_OF_NAME": "Hun læser på London School of Economics.",
    "_COMPASS_PLACE": "Skolen i Vester Mark lukker.",
    "_ROAD": "Der er kø på E45 Sønderjyske Motorvej i aften.",
    "_PLACE_COMPOUND": "Trafikken på Helsingør-motorvejen står stille.",
    "_NATURE_NAME": "De sejlede ned ad Gudenåen.",
    "_VESSEL_NAME": "Redningsfærgen Hjalte Lund lagde til.",
    "_WORK_NAME": "Hun har skrevet bogen Stille Vand.",
    "_CAR_MODEL": "Han kørte i en Volvo V90 fra 2019.",
    "_STORM_NAME": "Stormen Allan ramte kysten.",
    "_DESCRIBED_BODY": "Det siger sikkerhedsfirmaet Nordlys Sikring.",
    "_DESCRIBED_PLACE": "De bor i delstaten Missouri.",
}


def _name(pattern: re.Pattern[str]) -> str:
    return next(k for k, v in vars(entities).items() if v is pattern)


def _passes(pattern: re.Pattern[str], text: str) -> bool:
    fold, words = _PREFILTERS[pattern]
    return any(word in (text.casefold() if fold else text) for word in words)


@pytest.mark.parametrize("pattern", list(_PREFILTERS), ids=_name)
def test_prefilter_passes_a_text_its_pattern_matches(pattern: re.Pattern[str]) -> None:
    text = MATCHED[_name(pattern)]
    assert pattern.search(text), text
    assert _passes(pattern, text)


@pytest.mark.parametrize("pattern", list(_PREFILTERS), ids=_name)
def test_prefilter_passes_every_golden_article_its_pattern_matches(
        pattern: re.Pattern[str]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    assert texts
    for text in texts:
        if pattern.search(text):
            assert _passes(pattern, text)


def test_prefilter_rules_out_a_text_without_its_words() -> None:
    text = "Ministeren siger, at regeringen vil se på sagen i næste uge."
    assert not any(_passes(p, text) for p in (entities._STORM_NAME, entities._CAR_MODEL,
                                               entities._ROAD, entities._VESSEL_NAME))
