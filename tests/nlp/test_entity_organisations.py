"""Organisations found by lists and by the words they are named with (issue 9), on
invented sentences: the defence and other public bodies, names in capitals, bodies
named with a museum's, a hospital's or a regiment's noun, hotels and savings banks; and
capitalised everyday compounds opening a sentence, which are no names."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._entity_forms import Found, _everyday_compound, clean
from pressespejl.nlp.da.organisations import ORGANISATION_ALIASES, ORGANISATIONS
from pressespejl.types import Article


def entities(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(Article(id="t", text=text, published=date(2022, 1, 12)))
    return [(e.text, e.label, e.canonical) for e in analysis.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Søværnet sender et skib til Østersøen.", "Søværnet"),
        ("Hun har været ansat i Flyvevåbnet i ti år.", "Flyvevåbnet"),
        ("Soldater fra Jægerkorpset deltog i øvelsen.", "Jægerkorpset"),
        ("Klagen blev sendt til Patientombuddet i marts.", "Patientombuddet"),
        ("Han har fået penge fra Innovationsfonden til projektet.", "Innovationsfonden"),
        ("Formanden for Politiforbundet er bekymret.", "Politiforbundet"),
        ("Hun læste på Landbohøjskolen i tre år.", "Landbohøjskolen"),
    ],
)
def test_listed_and_marked_public_bodies_are_organisations(text: str, name: str) -> None:
    assert (name, "ORG", name) in entities(text)


def test_a_short_form_takes_the_listed_name() -> None:
    assert ("KU", "ORG", "Københavns Universitet") in entities(
        "Forskere fra KU har undersøgt sagen.")


def test_every_alias_points_at_a_listed_organisation() -> None:
    assert {name for name in ORGANISATION_ALIASES.values()} <= ORGANISATIONS


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Præmierne var udsat af NETTO og BIKUBEN.", "NETTO", "Netto"),
        ("Præmierne var udsat af NETTO og BIKUBEN.", "BIKUBEN", "Bikuben"),
        ("Hun har arbejdet i MICROSOFT siden 2010.", "MICROSOFT", "Microsoft"),
    ],
)
def test_a_listed_name_in_capitals_is_the_organisation(text: str, written: str,
                                                       name: str) -> None:
    assert (written, "ORG", name) in entities(text)


def test_an_everyday_word_in_a_heading_in_capitals_is_no_organisation() -> None:
    assert [e for e in entities("PRISER NETTO 135 KR") if e[2] == "Netto"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flyet er udstillet på Danmarks Flyvemuseum i Helsingør.", "Danmarks Flyvemuseum"),
        ("Billederne hænger i Fotografisk Galleri til jul.", "Fotografisk Galleri"),
        ("Soldaterne kommer fra Jyske Dragonregiment i Holstebro.", "Jyske Dragonregiment"),
        ("Hun blev opereret på Faaborg Sygehus i går.", "Faaborg Sygehus"),
        ("Prisen gik til Hotel Marina i Vedbæk.", "Hotel Marina"),
        ("Sparekassen Kronjylland har et stort overskud.", "Sparekassen Kronjylland"),
    ],
)
def test_a_body_named_by_its_kind_is_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG", name) in entities(text)


def test_a_person_named_like_an_inn_stays_a_person() -> None:
    assert ("Jens Kro", "PER", "Jens Kro") in entities("Økonom Jens Kro forudser et fald.")


# --- a capitalised everyday compound opening a sentence is no name ---------------------

@pytest.mark.parametrize("word", ["Gadekøkken", "Cybertrussel", "Skoletaske", "Cykelstiprojekt"])
def test_an_everyday_compound_is_no_name(word: str) -> None:
    assert _everyday_compound(word)


@pytest.mark.parametrize("word", ["Dahlfelt", "Lindholm", "Engholm", "Vestergaard", "Frants",
                                  "Rigshospitalet", "NETTO"])
def test_names_are_no_everyday_compounds(word: str) -> None:
    assert not _everyday_compound(word)


def test_a_model_name_that_is_an_everyday_compound_at_a_sentence_start_is_dropped() -> None:
    text = "Gadekøkken lukker efter ti år."
    found = Found(0, len("Gadekøkken"), "LOC", "Gadekøkken", model=True)
    assert clean(text, found, {0}) is None


def test_a_rule_name_at_a_sentence_start_is_left_to_the_other_rules() -> None:
    text = "Gadekøkken lukker efter ti år."
    found = Found(0, len("Gadekøkken"), "ORG", "Gadekøkken", listed=True)
    assert clean(text, found, {0}) == found


@pytest.mark.parametrize(
    "text",
    ["Cybertrussel er et voksende problem, siger eksperten.",
     "Skyd først, spørg bagefter. Sådan lyder rådet.",
     "Privatskolen ligger i udkanten af byen."],
)
def test_sentence_openers_are_no_entities(text: str) -> None:
    assert entities(text) == []


def test_an_adjective_and_a_body_take_their_article_at_a_sentence_start() -> None:
    assert ("Det Danske Filminstitut", "ORG", "Det Danske Filminstitut") in entities(
        "Det Danske Filminstitut fyldte 20 år i går.")


def test_an_article_before_an_adjective_and_no_body_opens_the_sentence_only() -> None:
    assert entities("Det Danske Folk vil noget andet.") == []


@pytest.mark.parametrize(
    ("text", "written"),
    [("Lancia er også med på listen.", "Lancia"),
     ("OBS: Lægerne svarer ikke på breve.", "OBS")],
)
def test_brands_and_notes_are_no_listed_organisations(text: str, written: str) -> None:
    assert [e for e in entities(text) if e[0] == written and e[1] == "ORG"] == []


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Han spiller i Skovlunde Golfklub om søndagen.", "Skovlunde Golfklub",
         "Skovlunde Golfklub"),
        ("Rejsen er købt hos Norsk Rejsebureau i Oslo.", "Norsk Rejsebureau",
         "Norsk Rejsebureau"),
        ("Aktien faldt på Fondsbørsen i går.", "Fondsbørsen", "Københavns Fondsbørs"),
        ("Hun har altid stemt på socialdemokratiet.", "socialdemokratiet",
         "Socialdemokratiet"),
    ],
)
def test_clubs_bureaus_and_short_or_lower_case_names(text: str, written: str,
                                                     name: str) -> None:
    assert (written, "ORG", name) in entities(text)
