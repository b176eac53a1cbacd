"""Classes of entity errors seen in real news, each on invented sentences: long names
of public bodies, schools and institutions, firms named in English, ships, photo
credits, people with rare or hyphenated first names, places, sentence adverbs and
international bodies."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2024, 3, 5)))


def people(text: str) -> set[str]:
    return {p.name for p in analysed(text).people}


def orgs(text: str) -> set[str]:
    return set(analysed(text).organisations)


def places(text: str) -> set[str]:
    return set(analysed(text).places)


# --- 1. names of bodies that hold "og", a comma list or a slash ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sagen er sendt til Departementet for Skole og Kirke, som svarer i morgen.",
         "Departementet for Skole og Kirke"),
        ("Det oplyser Departementet for Natur, Miljø og Klima i en skrivelse.",
         "Departementet for Natur, Miljø og Klima"),
        ("Ifølge Styrelsen for Arbejdsmarked og Rekruttering falder ledigheden.",
         "Styrelsen for Arbejdsmarked og Rekruttering"),
        ("Sagen efterforskes af Sydsjællands og Lolland-Falsters Politi.",
         "Sydsjællands og Lolland-Falsters Politi"),
        ("Ugebladet udgives af JP/Politikens Hus fra næste måned.", "JP/Politikens Hus"),
    ],
)
def test_entity_names_body_names_run_over_conjuncts(text: str, name: str) -> None:
    assert orgs(text) == {name}


# --- 2. schools, hospitals and emergency services are organisations ------------------


def test_entity_names_institution_compounds_are_organisations() -> None:
    text = ("Eleverne fra Lindebakkeskolen besøgte Egeparkens Børnehave, og "
            "Søndermarkshospitalet tog imod dem, mens Bakkegymnasiet holdt fri.")
    assert {"Lindebakkeskolen", "Søndermarkshospitalet", "Bakkegymnasiet"} <= orgs(text)
    assert places(text) == set()


def test_entity_names_everyday_institution_word_is_no_name() -> None:
    assert orgs("Folkeskolen skal have flere timer, mener udvalget.") == set()


def test_entity_names_emergency_services_named_after_towns() -> None:
    text = ("Vordingborg Brandvæsen og Sydfyns Beredskab rykkede ud, oplyser "
            "Danske Beredskaber.")
    assert orgs(text) == {"Vordingborg Brandvæsen", "Sydfyns Beredskab",
                          "Danske Beredskaber"}
    assert places(text) == set()


# --- 3. firms in English, ships, photo credits ----------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rejerne sælges af Royal Greenland og Nordic Seafood til Asien.",
         {"Royal Greenland", "Nordic Seafood"}),
        ("Laksen opdrættes af Faroe Salmon og forarbejdes af Karen Fish i Aasiaat.",
         {"Faroe Salmon", "Karen Fish"}),
    ],
)
def test_entity_names_english_firm_names_are_no_people(text: str, names: set[str]) -> None:
    assert names <= orgs(text)
    assert people(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Trawleren Ocean Pearl kom i havn i går. Ocean Pearl havde 20 mand om bord.",
        "Skibet Arctic Dawn sejlede ud i morges. Senere vendte Arctic Dawn om.",
        "Mandskabet på Ocean Pearl fik hjælp, da skibet kom ind til kajen.",
    ],
)
def test_entity_names_ships_are_no_organisations_or_places(text: str) -> None:
    analysis = analysed(text)
    assert analysis.organisations == ()
    assert analysis.places == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ilden bredte sig hurtigt i laden.\n\nFoto: Bøgelund Foto", "Bøgelund Foto"),
        ("Ilden bredte sig hurtigt i laden. Foto: nabobilleder.dk", "nabobilleder.dk"),
    ],
)
def test_entity_names_photo_credits_name_organisations(text: str, name: str) -> None:
    assert name in orgs(text)


# --- 4. people -------------------------------------------------------------------------


def test_entity_names_lone_surname_is_a_person() -> None:
    assert "Medvedev" in people("Medvedev har ikke kommenteret sagen i dag.")


def test_entity_names_award_after_a_genitive_is_no_person() -> None:
    assert people("Filmen vandt årets Robert for bedste manuskript.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det siger Tove Ringsted Kjærgaard, der leder foreningen.",
         "Tove Ringsted Kjærgaard"),
        ("Det siger Sanne Bøgvad Kjærsgaard, der leder foreningen.",
         "Sanne Bøgvad Kjærsgaard"),
        ("Det siger Vibse Hjelmstrup Knudsen, der leder foreningen.",
         "Vibse Hjelmstrup Knudsen"),
        ("Anne-Grethe Holm Pedersen tog ordet på mødet.", "Anne-Grethe Holm Pedersen"),
        ("Mødet blev ledet af Inunnguaq K. Lyberth fra Nuuk.", "Inunnguaq K. Lyberth"),
    ],
)
def test_entity_names_full_names_with_rare_first_names(text: str, name: str) -> None:
    assert people(text) == {name}


def test_entity_names_genitive_before_a_name_is_no_first_name() -> None:
    text = "Vejles Mikkel Rasmussen scorede to mål i kampen mod klubben."
    assert people(text) == {"Mikkel Rasmussen"}


# --- 5. places --------------------------------------------------------------------------


def test_entity_names_greenlandic_places() -> None:
    text = "Turisterne rejste fra Narsaq til Qeqqata og videre til bydelen Qinngorput."
    assert places(text) == {"Narsaq", "Qeqqata", "Qinngorput"}
    assert orgs(text) == set()


def test_entity_names_small_towns_are_places_outside_sport() -> None:
    text = "Beboerne i Hjallerup og Elling har fået nyt fjernvarmeværk."
    assert {"Hjallerup", "Elling"} <= places(text)
    assert orgs(text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegationen rejste videre til Kijev om aftenen.", "Kijev"),
        ("Vesten har indført nye sanktioner mod landet.", "Vesten"),
    ],
)
def test_entity_names_places_in_danish_spelling(text: str, name: str) -> None:
    assert name in places(text)


# --- 6. sentence adverbs -------------------------------------------------------------


def test_entity_names_sentence_adverb_is_no_part_of_a_name() -> None:
    text = "Eksempelvis Sydfyns Beredskab har ansat flere. Ligeledes Region Sjælland."
    assert orgs(text) == {"Sydfyns Beredskab", "Region Sjælland"}


# --- 7. international bodies, parliament committees ----------------------------------


def test_entity_names_international_bodies_and_committees() -> None:
    text = ("G20 og OPEC mødes, mens sagen drøftes i Udenrigspolitisk Nævn og i "
            "Skatteudvalget. Kammeradvokaten har vurderet den.")
    assert orgs(text) == {"G20", "Opec", "Udenrigspolitisk Nævn", "Skatteudvalget",
                          "Kammeradvokaten"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kajakkerne padlede ned ad Skjernåen i går.", "Skjernåen"),
        ("Vandrerne gik helt ud til Nordøstpynten ved solopgang.", "Nordøstpynten"),
        ("Der er kø på Hillerød-motorvejen efter et uheld.", "Hillerød-motorvejen"),
        ("Hun blev valgt i Odense Vest-kredsen med mange stemmer.", "Odense Vest-kredsen"),
        ("Han stiller op i Østjyllands Storkreds til valget.", "Østjyllands Storkreds"),
    ],
)
def test_entity_names_nature_roads_and_districts(text: str, name: str) -> None:
    assert places(text) == {name}


def test_entity_names_everyday_forest_word_is_no_place() -> None:
    assert places("Vi gik en tur i bøgeskoven. Bøgeskoven var smuk.") == set()


def test_entity_names_club_compound_names_the_club() -> None:
    text = "FC Midtjylland-træneren var tilfreds efter sejren over Brøndby IF."
    assert orgs(text) == {"FC Midtjylland", "Brøndby IF"}


def test_entity_names_seat_of_power_as_a_place() -> None:
    text = "Ministeren blev modtaget i Kreml i går. Kreml har ikke kommenteret mødet."
    assert places(text) == {"Kreml"}
    assert orgs(text) == set()


def test_entity_names_seat_of_power_as_an_actor() -> None:
    assert orgs("Kreml afviser anklagerne fra Bruxelles.") == {"Kreml"}


def test_entity_names_imperative_starting_a_quote_is_no_place() -> None:
    text = "- Skyd ikke på os, råbte demonstranterne i Aarhus."
    assert places(text) == {"Aarhus"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lukasjenko slår fast, at valget var frit.", "Lukasjenko"),
        ("Erdogan understregede, at aftalen står.", "Erdogan"),
    ],
)
def test_entity_names_lone_surname_before_any_finite_verb(text: str, name: str) -> None:
    assert name in people(text)


def test_entity_names_everyday_word_before_a_verb_is_no_person() -> None:
    assert people("Bilen kørte galt på vejen, og føreren slap uskadt.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lejre - 4. maj 2018 kl. 14:31\nByrådet mødtes i går.", "Lejre"),
        ("Tølløse – 12. juni 2020\nBorgmesteren åbnede skolen.", "Tølløse"),
    ],
)
def test_entity_names_dateline_place(text: str, name: str) -> None:
    assert name in places(text)


def test_entity_names_institution_with_its_town_and_indefinite_forms() -> None:
    text = ("Hun blev indlagt på Regionshospitalet Viborg, og børnene kom i "
            "Solsikkens Børnehus, mens storebroren gik på Vejle Katedralskole.")
    assert orgs(text) == {"Regionshospitalet Viborg", "Solsikkens Børnehus",
                          "Vejle Katedralskole"}
    assert places(text) == set()


def test_entity_names_lone_first_name_before_a_past_tense() -> None:
    text = "Salen var fyldt, da Angela holdt sin tale om klimaet."
    assert people(text) == {"Angela"}
