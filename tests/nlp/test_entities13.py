"""Round 13: organisation names by their form (``_org_extents``)."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # a medium by the last word of its name, also where a model reads a place
        ("Det siger direktør Ole Bak til Byggewatch.", "Byggewatch"),
        ("Lektor Eva Dahl siger til Campusavisen, at planen er for dyr.", "Campusavisen"),
        ("Det meddeler Sydkystens Nyheder fredag.", "Sydkystens Nyheder"),
        ("Firmaet er med på Dansk Ugebrevs liste over de største.", "Dansk Ugebrev"),
    ],
)
def test_media_by_the_form_of_their_name(text: str, organisation: str) -> None:
    analysis = analysed(text)
    assert organisation in analysis.organisations
    assert organisation not in analysis.places


def test_a_bare_word_with_a_medium_ending_names_nothing() -> None:
    organisations = analysed("Nyheder fra i dag: Netavisen lukker. "
                             "Det skriver Holbæk Nyheder og Campuswatch.").organisations
    assert list(organisations) == ["Holbæk Nyheder", "Campuswatch"]


@pytest.mark.parametrize(
    ("text", "organisation", "not_listed"),
    [
        # a listed organisation's unit or branch: the whole name
        ("Ifølge Nordea Kredit er priserne steget.", "Nordea Kredit", "Nordea"),
        ("Sådan lyder det fra Nykredit Realkredits direktør, Anne Juul.",
         "Nykredit Realkredit", "Nykredit"),
        ("Det siger Jens Bo til DR P4 Trekanten.", "DR P4 Trekanten", "DR P4"),
        ("Det siger Ida Lund, næstformand i Dansk Sygeplejeråd Nordjylland.",
         "Dansk Sygeplejeråd Nordjylland", "Dansk Sygeplejeråd"),
    ],
)
def test_listed_organisation_with_its_unit(text: str, organisation: str,
                                           not_listed: str) -> None:
    analysis = analysed(text)
    assert organisation in analysis.organisations
    assert not_listed not in analysis.organisations
    assert organisation not in [p.name for p in analysis.people]


def test_no_person_road_or_venue_goes_on_a_listed_name() -> None:
    organisations = analysed(
        "Ifølge Nordea Kredit steg priserne. Til stede var Venstre Lars Holm. Der skete "
        "et uheld på Nordjyske Motorvej. Kampen blev spillet i MCH Arena.").organisations
    assert "Nordea Kredit" in organisations
    assert not any(name.startswith(("Venstre ", "Nordjyske ", "MCH "))
                   for name in organisations)


def test_a_listed_word_inside_a_longer_name_is_not_extended() -> None:
    # "Mærsk" is listed, but here it is a person's middle name
    analysis = analysed("Det siger Robert Mærsk Holm i dag. Ifølge Nordea Kredit steg renten.")
    assert [p.name for p in analysis.people] == ["Robert Mærsk Holm"]
    assert list(analysis.organisations) == ["Nordea Kredit"]


@pytest.mark.parametrize(
    ("text", "people", "organisations"),
    [
        # a definite compound noun opening the sentence describes the name after it
        ("Veteranerne om VM-exit: Flovt\n\nFoto: HANSEN LARS/RITZAU\n\nVeterandoublen Jonas "
         "Friis og Mads Lund er meget skuffede over deres indsats i VM-kvartfinalen.",
         ["Jonas Friis", "Mads Lund"], []),
        ("Fiskefilet-fabrikken Nordsø Seafood har lukket.", [], ["Nordsø Seafood"]),
    ],
)
def test_a_describing_noun_before_a_name_is_no_part_of_it(
        text: str, people: list[str], organisations: list[str]) -> None:
    analysis = analysed(text)
    assert [p.name for p in analysis.people] == people
    assert list(analysis.organisations) == organisations


@pytest.mark.parametrize(
    "text",
    [
        # "-området" ends like a council ("Klimarådet"), but names an area, no body
        "De omkomne var alle fra Slagelse-området, oplyser politiet.",
        "Der er færre købere i Odenseområdet, fordi priserne er høje.",
    ],
)
def test_an_area_around_a_town_is_no_organisation(text: str) -> None:
    analysis = analysed(text)
    assert list(analysis.organisations) == []
    assert list(analysis.places) == []
