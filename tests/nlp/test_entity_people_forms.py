"""People named in bylines, in related-links lines and by a shortened full name
(issue 9), and the one genitive rule the entities and the offices share. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._lexicon import genitive_base
from pressespejl.nlp.offices import office_scope
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


def people(text: str) -> list[str]:
    return [p.name for p in analysed(text).people]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nyt liv i skolen\n\nAf Hanne Holm\n\nSkolen i Nuuk får nye lærere.", ["Hanne Holm"]),
        ("Nyt liv i skolen\n\nAf Aputsiaq Kleist\n\nSkolen får nye lærere.",
         ["Aputsiaq Kleist"]),
        ("Nyt liv i skolen\n\nAF HANNE HOLM\n\nSkolen får nye lærere.", ["Hanne Holm"]),
        ("Nyt liv i skolen\n\nAf Hanne Holm Journalist\n\nSkolen får nye lærere.",
         ["Hanne Holm"]),
        ("Nyt liv i skolen\n\nAf Hanne Holm og Nivi Lynge\n\nSkolen får nye lærere.",
         ["Hanne Holm", "Nivi Lynge"]),
    ],
)
def test_a_byline_names_its_writers(text: str, names: list[str]) -> None:
    assert people(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Af Ritzau Scanpix\n\nSkolen får nye lærere.",
        "Af Danmarks 98 kommuner har 40 sagt ja.",
        "Af Redaktionen\n\nSkolen får nye lærere.",
    ],
)
def test_a_line_starting_with_af_is_no_byline_without_a_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skolen i Nuuk får nye lærere.\n\nLÆS OGSÅ: Aqqa B. Lynge: Fiskerne blev hørt",
         "Aqqa B. Lynge"),
        ("Skolen får nye lærere.\n\nLæs også: Kuupik V. Kleist: Vi skal have flere lærere",
         "Kuupik V. Kleist"),
    ],
)
def test_a_name_with_an_initial_in_a_related_links_line(text: str, name: str) -> None:
    assert name in people(text)


def test_a_shortened_full_name_is_the_same_person() -> None:
    text = ("Henrik Sahl Nielsen fra Ulfborg er vred.\n\n"
            "Men det er Henrik Sahl ikke enig i, siger Sahl Nielsen.")
    assert people(text) == ["Henrik Sahl Nielsen"]


def test_a_shortened_name_two_full_names_start_with_stays_apart() -> None:
    text = ("Anders Fogh Rasmussen og Anders Fogh Jensen var der. "
            "Anders Fogh kom sidst.")
    assert "Anders Fogh" in people(text)


@pytest.mark.parametrize(
    ("word", "base"),
    [("Roglics", "Roglic"), ("B.T.s", "B.T."), ("EU's", "EU"), ("Paris'", "Paris"),
     ("DRs", "DR"), ("Jes", None), ("Hess", None), ("Nato", None)],
)
def test_one_genitive_rule(word: str, base: str | None) -> None:
    assert genitive_base(word) == base


@pytest.mark.parametrize(
    ("role", "scope"),
    [("Natos generalsekretær", "Nato"), ("DRs generaldirektør", "DR"),
     ("Hess' advokat", "Hess")],
)
def test_offices_read_genitives_by_the_same_rule(role: str, scope: str) -> None:
    assert office_scope(role) == scope


@pytest.mark.parametrize(
    ("line", "name"),
    [("Tekst: Aputsiaq Kleist", "Aputsiaq Kleist"),
     ("Skrevet af Inuuteq Storch", "Inuuteq Storch"),
     ("Tekst og foto: Nivi Olsen, Nuuk", "Nivi Olsen")],
)
def test_other_byline_forms_name_their_writers(line: str, name: str) -> None:
    assert people(f"Nyt liv i skolen\n\n{line}\n\nSkolen får nye lærere.") == [name]
