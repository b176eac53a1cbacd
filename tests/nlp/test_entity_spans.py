"""Where an entity starts and ends, and which mentions are one person (issue 9), on
invented sentences: a list of bodies and people, a listed name ending a sentence with
its own full stop, one person's name spelled two ways, genitives."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._entity_forms import (
    Found,
    _one_letter_apart,
    _spelling_variants,
    genitive_base,
    split,
)
from pressespejl.nlp.components.entities import find_article_names, find_named_bodies
from pressespejl.types import Article


def entities(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(Article(id="t", text=text, published=date(2022, 1, 12)))
    return [(e.text, e.label, e.canonical) for e in analysis.entities]


# --- an organisation does not swallow the person listed after it --------------------

@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        ("Mødet samlede folk fra Departementet for Fiskeri og Fangst, Jørgen Isak Olsen, "
         "og fra kommunen.", "Departementet for Fiskeri og Fangst", "Jørgen Isak Olsen"),
        ("Han talte med chefen for Styrelsen for Vand og Natur, Mette Lund, i går.",
         "Styrelsen for Vand og Natur", "Mette Lund"),
    ],
)
def test_a_body_for_a_field_stops_at_the_comma_before_a_person(
        text: str, org: str, person: str) -> None:
    found = entities(text)
    assert (org, "ORG", org) in found
    assert (person, "PER", person) in found


def test_a_field_listed_with_commas_stays_one_name() -> None:
    text = "Ministeriet for Klima, Energi og Forsyning holder møde."
    assert [c[3] for c in find_named_bodies(text, [(0, len(text))])] == [
        "Ministeriet for Klima, Energi og Forsyning"]


def test_a_model_span_over_a_comma_and_a_first_name_splits_in_two() -> None:
    text = "Med fra Nordlys Fiskeindustri, Karen Blok Hansen, var der tre."
    start = text.index("Nordlys")
    end = text.index(", var")
    parts = split(text, Found(start, end, "ORG", text[start:end]))
    assert [(text[p.start : p.end], p.label) for p in parts] == [
        ("Nordlys Fiskeindustri", "ORG"), ("Karen Blok Hansen", "PER")]


def test_a_comma_before_a_common_word_is_no_person() -> None:
    text = "Han kom fra Nordlys Fiskeindustri, Energi Syd i fjor."
    start = text.index("Nordlys")
    end = text.index(" i fjor")
    found = Found(start, end, "ORG", text[start:end])
    assert split(text, found) == [found]


# --- a listed name that ends in a full stop, at the end of a sentence ----------------

@pytest.mark.parametrize(
    "text",
    [
        "»Det var en hård dag,« siger Ole Berg til B.T..",
        "Det oplyser vagtchefen til B.T.. Han har ikke flere oplysninger.",
    ],
)
def test_a_name_with_its_own_full_stop_ends_a_sentence(text: str) -> None:
    assert ("B.T.", "ORG", "B.T.") in entities(text)


def test_the_name_in_running_text_is_still_read() -> None:
    assert ("B.T.", "ORG", "B.T.") in entities("Det skriver B.T. i dag.")


# --- one person's name spelled two ways in one article -------------------------------

def test_first_names_one_letter_apart_with_one_surname_are_one_person() -> None:
    found = entities("Frants Heilmann åbnede mødet. Frants Heilmann talte længe. "
                     "Bagefter sagde Frans Heilmann, at han var træt.")
    assert {canonical for _text, label, canonical in found if label == "PER"} == {
        "Frants Heilmann"}


def test_the_commoner_form_in_the_article_is_the_canonical_name() -> None:
    found = entities("Frans Heilmann åbnede mødet. Frans Heilmann talte længe. "
                     "Bagefter sagde Frants Heilmann, at han var træt.")
    assert {canonical for _text, label, canonical in found if label == "PER"} == {
        "Frans Heilmann"}


def test_first_names_two_letters_apart_are_two_people() -> None:
    found = entities("Jens Hansen åbnede mødet. Bagefter sagde Jan Hansen, at han var træt.")
    assert {canonical for _text, label, canonical in found if label == "PER"} == {
        "Jens Hansen", "Jan Hansen"}


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [("Frants", "Frans", True), ("Mette", "Mete", True), ("Karin", "Karen", True),
     ("Jens", "Jan", False), ("Jens", "Jens", False), ("Anne", "Annette", False)],
)
def test_one_letter_apart(a: str, b: str, apart: bool) -> None:
    assert _one_letter_apart(a, b) is apart


def test_short_first_names_and_other_surnames_are_not_merged() -> None:
    people = {"Per Holm", "Pia Holm", "Karin Lund", "Karen Berg"}
    assert _spelling_variants(people, Counter()) == {}


# --- genitives: one rule for every caller --------------------------------------------

@pytest.mark.parametrize(
    ("word", "base"),
    [("Carlos'", "Carlos"), ("Mærsk's", "Mærsk"), ("Mærsk’s", "Mærsk"),
     ("Roglics", "Roglic"), ("B.T.s", "B.T."), ("Bus", None), ("Grass", None)],
)
def test_genitive_base(word: str, base: str | None) -> None:
    assert genitive_base(word) == base


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han talte med Den Danske Forenings formand.", "Den Danske Forening"),
        ("Hun så stykket på Det Kgl. Teaters store scene.", "Det Kgl. Teater"),
    ],
)
def test_an_article_name_in_the_genitive_is_named_without_it(text: str, name: str) -> None:
    assert [c[3] for c in find_article_names(text, [(0, len(text))])] == [name]
