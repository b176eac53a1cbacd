"""A town named as a team in sport copy is the club (issue 9, UNER's ORG misses that
hold on real news too): a league table ("to point efter Esbjerg"), a home game
("Horsens foran eget publikum"), a player's club set off by commas ("Lars Berg,
Kolding,"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Holdet kravlede op på 40 point, to point efter Esbjerg på tredjepladsen.",
         "Esbjerg"),
        ("Holdet tabte, idet Horsens foran eget publikum vandt 22-13.", "Horsens"),
        ("Det var en god dag, for Skive på hjemmebane sikrede sejren 2-1.", "Skive"),
        ("Mens Lars Berg, Kolding, og Ole Dam, Vejle, begynder kampen på midtbanen, "
         "sidder Jens Holm på bænken.", "Kolding"),
    ],
)
def test_a_town_in_sport_copy_is_a_team(text: str, town: str) -> None:
    analysis = analysed(text)
    assert town not in analysis.places
    assert any(town in org for org in analysis.organisations)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a person's home town set off by commas, no match in the sentence
        ("Lars Berg, Kolding, er ny formand for foreningen.", "Kolding"),
        ("Ole Dam, Vejle, var ikke tilfreds med kampen mod kommunen.", "Vejle"),
        # where a match was played
        ("Kampen i Horsens på hjemmebane endte 2-1.", "Horsens"),
        # a country is still a country
        ("Han scorede, og Ole Dam, Danmark, og Lars Berg, Sverige, spillede kampen "
         "på midtbanen.", "Sverige"),
    ],
)
def test_a_town_outside_a_match_stays_a_place(text: str, town: str) -> None:
    assert town in analysed(text).places


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Friskolen i Ulfborg har 80 elever. Idrætsforeningen i Vester Mark er glad.",
         "Idrætsforeningen"),
        ("Menighedsrådet på Fanø har holdt møde.", "Menighedsrådet"),
    ],
)
def test_an_everyday_compound_opening_a_sentence_is_no_organisation(
        text: str, generic: str) -> None:
    analysis = analysed(text)
    assert generic not in analysis.organisations
    assert analysis.places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tornbjergskolen i Odense har 600 elever.", "Tornbjergskolen"),
        ("Vi talte med Idrætsforeningen i går.", "Idrætsforeningen"),
    ],
)
def test_a_named_institution_stays_an_organisation(text: str, name: str) -> None:
    assert name in analysed(text).organisations
