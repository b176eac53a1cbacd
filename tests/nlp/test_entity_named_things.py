"""A creative work's title, a storm's name and a ship's name are no person,
organisation or place (issue 9): each is named once after its noun ("sangen Qilak",
"stormen Allan", "trawleren Polar Nord") and is MISC in every mention. Invented
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


def named(analysis: Analysis) -> set[str]:
    return ({p.name for p in analysis.people} | set(analysis.organisations)
            | set(analysis.places))


def misc(analysis: Analysis) -> set[str]:
    return {e.canonical for e in analysis.entities if e.label == "MISC"}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Vi arbejder videre på hans sang Qilak i den nye version.", "Qilak"),
        ("Koret sang sangen Qilak ved festen. Bagefter blev Qilak sunget igen.", "Qilak"),
        ("Hun læste digtet Nordlys højt for klassen.", "Nordlys"),
        ("Albummet Inuk Blues udkom i maj.", "Inuk Blues"),
        ("Filmen Sorte Fjeld får premiere i Nuuk.", "Sorte Fjeld"),
        ("Hendes nye bog Stille Vand handler om Ilulissat.", "Stille Vand"),
        ("Tv-serien »Borgen« vises igen.", "Borgen"),
    ],
)
def test_a_work_after_its_noun_is_no_entity(text: str, title: str) -> None:
    analysis = analysed(text)
    assert title not in named(analysis)
    assert title in misc(analysis)


def test_a_work_title_leaves_the_places_and_people_around_it() -> None:
    analysis = analysed("Musikeren Jens Kleist spillede sangen Qilak i Nuuk.")
    assert [p.name for p in analysis.people] == ["Jens Kleist"]
    assert analysis.places == ("Nuuk",)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a person after the noun is still the person ("filmen" is the subject's place)
        ("I filmen Mads Berg spiller hovedrollen, er der meget sne.", "Mads Berg"),
        # the past tense of "synge": "sang" alone introduces no title
        ("Hun sang i Nuuk i går.", "Nuuk"),
        # the maker of a series, no title
        ("Det er en serie Politiken har lavet.", "Politiken"),
    ],
)
def test_a_work_noun_does_not_swallow_real_names(text: str, kept: str) -> None:
    assert kept in named(analysed(text))


@pytest.mark.parametrize(
    "text",
    [
        "For ti år siden fik stormen Allan vandet til at stige.",
        "Orkanen Bodil ramte kysten, og efter Bodil var diget brudt.",
        "Stormfloden Xaver gav høj vandstand i Esbjerg.",
    ],
)
def test_a_storm_is_no_person(text: str) -> None:
    analysis = analysed(text)
    assert analysis.people == ()
    assert not {"Allan", "Bodil", "Xaver"} & named(analysis)


def test_a_first_name_without_a_storm_noun_is_still_a_person() -> None:
    analysis = analysed("Allan Hansen fra Esbjerg så stormen komme.")
    assert [p.name for p in analysis.people] == ["Allan Hansen"]


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Trawleren Polar Nord lagde til i Sisimiut.\n\nPolar Nord skal nu repareres.",
         "Polar Nord"),
        # a company word ends the ship's name: still no company
        ("Skibet Ocean Energy lagde til i Aarhus. Ocean Energy har 12 mand om bord.",
         "Ocean Energy"),
        ("Isbryderen Arctic Queen sejlede fra Aalborg. Arctic Queen er fra 1998.",
         "Arctic Queen"),
        ("Fiskerbåden Karen Marie forliste. Redningsfolk fandt Karen Marie ved Skagen.",
         "Karen Marie"),
        # the sentence says what the name is, or the next one starts with the noun
        ("Brim Explorer er et nyt skib fra Norge. Skibet sejler fra Tromsø.",
         "Brim Explorer"),
    ],
)
def test_a_ship_is_no_organisation_or_person(text: str, ship: str) -> None:
    analysis = analysed(text)
    assert ship not in named(analysis)
    assert "Trawleren Polar Nord" not in analysis.organisations


def test_a_person_next_to_a_ship_word_stays_a_person() -> None:
    analysis = analysed("Anders Berg er en dygtig fisker. Han ejer en trawler.")
    assert [p.name for p in analysis.people] == ["Anders Berg"]
