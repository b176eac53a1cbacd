"""People and their roles from appositions, and people's genders."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._lexicon import title_head
from pressespejl.nlp.components.roles import normalise_role, role_head
from pressespejl.types import Article


def people_of(text: str) -> dict[str, tuple[str, ...]]:
    analysis = analyze(Article(id="t", text=text, published=date(2022, 3, 1)))
    return {p.name: p.roles for p in analysis.people}


CASES = [
    ("Det siger Natos generalsekretær, Jens Stoltenberg, onsdag.",
     {"Jens Stoltenberg": ("Natos generalsekretær",)}),
    ("Den danske udenrigsminister, Jeppe Kofod, håber på en løsning.",
     {"Jeppe Kofod": ("den danske udenrigsminister",)}),
    ("Det mener den russiske viceudenrigsminister, Sergej Rjabkov.",
     {"Sergej Rjabkov": ("den russiske viceudenrigsminister",)}),
    ("Statsminister Mette Frederiksen holdt nytårstale.",
     {"Mette Frederiksen": ("statsminister",)}),
    ("Det oplyser direktør i Novo Nordisk, Lars Fruergaard Jørgensen.",
     {"Lars Fruergaard Jørgensen": ("direktør i Novo Nordisk",)}),
    ("Lars Sandahl Sørensen, der er formand for Dansk Industri, er bekymret.",
     {"Lars Sandahl Sørensen": ("formand for Dansk Industri",)}),
    ("Jens Stoltenberg, Natos generalsekretær, talte i Bruxelles.",
     {"Jens Stoltenberg": ("Natos generalsekretær",)}),
    # a role-less name, and a name whose first name gender-guesser does not know
    ("Mandag mødtes Anders Fogh Rasmussen og præsident Volodymyr Zelenskyj.",
     {"Anders Fogh Rasmussen": (), "Volodymyr Zelenskyj": ("præsident",)}),
    # a byline names a person of the article (the gold lists have authors and photo
    # credits), with no role; the quote components never make them speakers
    ("Skrevet af Jens Hansen\n\nStatsminister Mette Frederiksen talte.",
     {"Jens Hansen": (), "Mette Frederiksen": ("statsminister",)}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_roles_from_appositions(text: str, expected: dict) -> None:
    assert people_of(text) == expected


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("udenrigsminister", "udenrigsminister"),
        ("udenrigsministeren", "udenrigsminister"),
        ("Statsminister", "statsminister"),
        ("formanden", "formand"),
        ("talskvinden", "talskvinde"),
        ("partileder", "partileder"),
        ("indleder", None),  # a verb, though it ends in "leder"
        ("leder", None),  # alone, "leder" is mostly the verb
        ("soldater", None),
    ],
)
def test_roles_title_head(word: str, head: str | None) -> None:
    assert title_head(word) == head


def test_roles_head_and_normalised_form() -> None:
    assert role_head("den danske udenrigsminister") == "udenrigsminister"
    assert role_head("formand for Dansk Industri") == "formand"
    assert normalise_role("Den danske udenrigsminister") == "den danske udenrigsminister"
    assert normalise_role("Natos generalsekretær") == "Natos generalsekretær"
    assert normalise_role("Dansk Industris direktør") == "Dansk Industris direktør"
    assert normalise_role("Tidligere statsminister") == "tidligere statsminister"


def test_roles_gender_from_first_name() -> None:
    text = "Statsminister Mette Frederiksen mødte præsident Joe Biden."
    analysis = analyze(Article(id="t", text=text, published=date(2022, 3, 1)))
    assert {p.name: p.gender for p in analysis.people} == {
        "Mette Frederiksen": "female",
        "Joe Biden": "male",
    }


@pytest.mark.parametrize("first, gender", [
    ("Maj-Britt", "female"), ("Hans-Henrik", "male"), ("Anne", "female"),
    ("Maj-Per", None),  # the parts disagree
    ("Xqz-Wvv", None),  # neither part is a known name
])
def test_a_hyphenated_first_name_has_the_gender_its_parts_agree_on(
        first: str, gender: str | None) -> None:
    from pressespejl.nlp.components._lexicon import first_name_gender

    assert first_name_gender(first) == gender
