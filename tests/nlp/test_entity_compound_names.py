"""Names inside hyphenated compounds and names a trained NER reads in part (issue 9).
A title or a noun compounded with a firm's name or an acronym names the firm
("ATP-direktør Palle Simonsen", "Crisplant-ledelsen"), while a compound of two Danish
words names nothing ("Sygehus-ledelsen"); a listed name of several words wins over the
model's reading of its first word ("Hus Forbi-sælger" is no place "Hus"); a make acting
is an organisation though "ford" is a Danish word. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2023, 3, 2)))


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("ATP-direktør Palle Simonsen tager ikke munden for fuld.", "ATP"),
        ("Det mener Frugtex-direktør Erik Thygesen.", "Frugtex"),
        ("Crisplant-ledelsen har sagt nej til tilbuddet.", "Crisplant"),
        ("I forvejen har Ford allerede bygget en fabrik i Spanien.", "Ford"),
    ],
)
def test_a_name_in_a_compound_or_a_make_is_an_organisation(
        text: str, organisation: str) -> None:
    assert organisation in analysed(text).organisations


@pytest.mark.parametrize(
    "text",
    [
        "Sygehus-ledelsen har sagt nej til tilbuddet.",
        "Vice-formand Ole Berg siger nej til forslaget.",
    ],
)
def test_a_compound_of_danish_words_names_nothing(text: str) -> None:
    assert analysed(text).organisations == ()


def test_a_listed_name_wins_over_a_model_reading_of_its_first_word() -> None:
    found = analysed("Det lyder fra Hus Forbi-sælger Kim Holm på Nørrebro.")
    assert "Hus Forbi" in found.organisations
    assert "Hus" not in found.places


def test_a_compass_unit_with_its_town_is_no_place() -> None:
    found = analysed("Sagerne samles på områdestationerne Nordvest i Esbjerg, Nordøst i "
                     "Haderslev og Syd i Sønderborg.")
    assert set(found.places) == {"Esbjerg", "Haderslev", "Sønderborg"}


def test_an_article_name_ends_before_the_full_stop() -> None:
    found = analysed("Han var i mange år chef og dirigent for Den jyske Opera.")
    assert found.organisations == ("Den jyske Opera",)


def test_the_team_beaten_after_a_score_is_a_club() -> None:
    found = analysed("Ferencvaros vandt 2-1 over Brøndby i aftes.")
    assert "Brøndby IF" in found.organisations
    assert found.places == ()
