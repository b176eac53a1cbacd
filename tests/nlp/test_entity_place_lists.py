"""Places named in a coordination of truncated compounds, and names with a saint's
title (issue 9). "Syd-, Vest- og Nordjylland" is one place, as written, not an
organisation; "Sankt Petri Kirke" is a church and "St. Olavs Hospital" a hospital,
though "Petri" and "Olav" are first names. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2023, 3, 2)))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Regnen rammer Syd-, Vest- og Nordjylland i aften.", {"Syd-, Vest- og Nordjylland"}),
        ("Der er varsel for Nord- og Midtjylland hele natten.", {"Nord- og Midtjylland"}),
        ("Vejret i Nord- og Sydsjællands kommuner bliver blæsende.",
         {"Nord- og Sydsjælland"}),
        ("Stormen rammer Syd- og Sønderjylland i nat.", {"Syd- og Sønderjylland"}),
    ],
)
def test_truncated_compounds_of_places_are_one_place(text: str, places: set[str]) -> None:
    found = analysed(text)
    assert set(found.places) == places
    assert found.organisations == ()


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Det oplyser Syd- og Sønderjyllands Politi.", "Syd- og Sønderjyllands Politi"),
        ("Sagen er sendt til Børne- og Undervisningsministeriet.",
         "Børne- og Undervisningsministeriet"),
    ],
)
def test_a_coordinated_organisation_stays_whole(text: str, organisation: str) -> None:
    found = analysed(text)
    assert found.organisations == (organisation,)
    assert found.places == ()


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Koncerten holdes i Sankt Petri Kirke på lørdag.", "LOC", "Sankt Petri Kirke"),
        ("Præsten i Skt. Jørgens Kirke siger nej til forslaget.", "LOC",
         "Skt. Jørgens Kirke"),
        ("Mødet i St. Petersborg blev aflyst i går.", "LOC", "St. Petersborg"),
        ("Han blev indlagt på St. Olavs Hospital i Trondheim.", "ORG", "St. Olavs Hospital"),
        ("Hun læser ved Mount St. Helens University i USA.", "ORG",
         "Mount St. Helens University"),
    ],
)
def test_a_saints_title_belongs_to_the_name(text: str, label: str, name: str) -> None:
    found = analysed(text)
    assert (label, name) in {(e.label, e.canonical) for e in found.entities}
    assert found.people == ()


def test_a_saints_day_is_no_name() -> None:
    found = analysed("Vi fejrer Sankt Hans i haven hos naboen.")
    assert found.entities == ()
