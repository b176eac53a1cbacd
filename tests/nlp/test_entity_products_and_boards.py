"""Products and common nouns that look like organisations (issue 9, UNER's ORG
classes that hold on real news): a car named by its make ("en sort Volvo", "Audi
80"), a board ("Kommunalbestyrelsen"); and bodies named by their form ("Danske
Fabrikshaller", "Bagsværd Observationshjem", "Forbundshæren"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


@pytest.mark.parametrize(
    "text",
    [
        "Politiet ledte efter en Volvo. Senere blev en sort svensk Volvo V90 fundet.",
        "Han kørte i en gammel Citroën B 12 fra 1926.",
        "Med en pris på 280.000 kr. er Audi 80 dyr.",
        "Hun købte en Tesla Model 3 i går.",
    ],
)
def test_a_car_named_by_its_make_is_no_organisation(text: str) -> None:
    assert analysed(text).organisations == ()


def test_the_company_behind_the_car_stays_an_organisation() -> None:
    analysis = analysed("Han købte en Tesla Model 3, og Tesla tjente penge.")
    assert analysis.organisations == ("Tesla",)


def test_a_surname_like_a_make_stays_a_person() -> None:
    assert [p.name for p in analysed("Harrison Ford kom til Aalborg.").people] == [
        "Harrison Ford"]


@pytest.mark.parametrize(
    "text",
    [
        "Kommunalbestyrelsen har besluttet at lukke skolen i Orte.",
        "Han sidder i Skolebestyrelsen på Tornbjergskolen.",
    ],
)
def test_a_board_is_no_agency(text: str) -> None:
    organisations = analysed(text).organisations
    assert not any("bestyrelsen" in o for o in organisations)


def test_an_agency_still_ends_in_styrelsen() -> None:
    assert "Miljøstyrelsen" in analysed("Miljøstyrelsen har lukket skolen i Orte.").organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han betalte kreditorerne i Danske Fabrikshaller.", "Danske Fabrikshaller"),
        ("Børnene blev fjernet fra Bagsværd Observationshjem i går.",
         "Bagsværd Observationshjem"),
        ("Men selv i Forbundshæren er man klar over det.", "Forbundshæren"),
    ],
)
def test_a_body_named_by_its_form(text: str, name: str) -> None:
    assert name in analysed(text).organisations


def test_danske_before_a_person_is_an_adjective() -> None:
    analysis = analysed("Danske Viktor Axelsen vandt finalen.")
    assert analysis.organisations == ()
    assert [p.name for p in analysis.people] == ["Viktor Axelsen"]
