"""Places read by their form (issue 9): Greenland's municipalities in any word order,
villages named with a compass word, towns side by side with a slash. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._entity_forms import Found, clean, split
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Han arbejder i Kommune Qeqqata som lærer.", "Qeqqata"),
        ("Borgmesteren i Kommune Kujalleq er enig.", "Kujalleq"),
        ("Kommuneqarfik Sermersooq bygger en ny skole.", "Sermersooq"),
        ("Qeqertalik Kommunia har fået en ny direktør.", "Qeqertalik"),
        ("Avannaata Kommunes borgmester er glad.", "Avannaata"),
    ],
)
def test_a_greenlandic_municipality_is_a_place(text: str, place: str) -> None:
    analysis = analysed(text)
    assert place in analysis.places
    assert analysis.organisations == ()


@pytest.mark.parametrize("town", ["Kangaatsiaq", "Qeqertarsuaq", "Kulusuk", "Igaliku"])
def test_greenlandic_settlements_are_listed_places(town: str) -> None:
    assert town in analysed(f"Familien flyttede til {town} sidste år.").places


def test_a_danish_municipality_stays_an_organisation() -> None:
    analysis = analysed("Esbjerg Kommune har sparet på skolerne.")
    assert analysis.organisations == ("Esbjerg Kommune",)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Privatskolen i Vester Mark blev etableret i 2017.", "Vester Mark"),
        ("Kirken i Sønder Omme blev bygget i 1200-tallet.", "Sønder Omme"),
        ("Efterskolen i Nørre Nebel lukker til sommer.", "Nørre Nebel"),
        ("Han er født i Øster Hurup.", "Øster Hurup"),
    ],
)
def test_a_village_named_with_a_compass_word_is_a_place(text: str, place: str) -> None:
    analysis = analysed(text)
    assert analysis.places == (place,)
    assert analysis.people == ()


def test_a_sentence_start_common_noun_is_no_place() -> None:
    analysis = analysed("Privatskolen i Vester Mark blev etableret i 2017.")
    assert "Privatskolen" not in analysis.places + analysis.organisations


def test_towns_joined_by_a_slash_are_two_places() -> None:
    analysis = analysed("Vi har elever fra Skagen, Ålbæk/Hulsig og Tversted.")
    assert {"Ålbæk", "Hulsig"} <= set(analysis.places)
    assert analysis.organisations == ()


def test_a_models_organisation_of_towns_side_by_side_is_places() -> None:
    text = "Vi har elever fra Skagen, Ålbæk/Hulsig og Tversted."
    a, b = text.index("Ålbæk"), text.index(" og")
    parts = [clean(text, p, {0}) for p in split(text, Found(a, b, "ORG", text[a:b],
                                                              model=True))]
    assert [(p.canonical, p.label) for p in parts if p] == [("Ålbæk", "LOC"),
                                                            ("Hulsig", "LOC")]


def test_organisations_side_by_side_stay_organisations() -> None:
    text = "Aftalen gælder for Dansk Metal/Dansk Industri i år."
    a, b = text.index("Dansk Metal"), text.index(" i år")
    parts = split(text, Found(a, b, "ORG", text[a:b], model=True))
    assert {p.label for p in parts} == {"ORG"}
