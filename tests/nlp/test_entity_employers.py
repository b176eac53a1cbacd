"""Organisations no list holds, named by their context (issue 9): the firm after a job
("direktør i Nordlys", "salgschef hos Frugtex"), a firm in a compound with its
describing noun at a sentence start ("Frugtex-koncernen"), and a player's club set off
by commas after the player's name in a match report ("Mads Holm, Luton,"). Invented
sentences."""

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
        ("Han er direktør i Bøgetræ og har 40 ansatte.", "Bøgetræ"),
        ("Hun er salgschef hos Frugtex og trives med det.", "Frugtex"),
        ("Hun er ansat hos Vindmøllefabrikken Nordlys i Vejle.", "Vindmøllefabrikken Nordlys"),
        ("Frugtex-koncernen har fyret 20 ansatte.", "Frugtex"),
        ("I år har Frugtex-koncernen fyret 20 ansatte.", "Frugtex"),
    ],
)
def test_a_firm_named_by_its_context_is_an_organisation(text: str, organisation: str) -> None:
    found = analysed(text)
    assert organisation in found.organisations
    assert organisation not in found.places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Han er borgmester i Vejle og har været det længe.", "Vejle"),
        ("Hun er ansat i Norge i et år.", "Norge"),
        ("Han er direktør i Skagen, hvor han bor.", "Skagen"),
    ],
)
def test_a_place_after_a_job_stays_a_place(text: str, place: str) -> None:
    found = analysed(text)
    assert place in found.places
    assert found.organisations == ()


@pytest.mark.parametrize(
    "text",
    [
        "Hun er ansat hos Mette Berg, der driver en lille butik.",  # a person
        "Han er ansat i Hjemmeplejen i kommunen.",  # a unit's common noun
        "Sygehus-ledelsen har fyret 20 ansatte.",  # an everyday compound
    ],
)
def test_no_organisation_from_a_person_or_a_common_noun(text: str) -> None:
    assert analysed(text).organisations == ()


def test_a_players_club_after_his_name_in_a_match_report() -> None:
    found = analysed("Mads Holm, Luton, og Bjarne Bak, Kaiserslautern, begynder kampen på "
                     "midtbanen.")
    assert {p.name for p in found.people} == {"Mads Holm", "Bjarne Bak"}
    assert set(found.organisations) == {"Luton", "Kaiserslautern"}
