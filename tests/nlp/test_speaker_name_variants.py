"""Spelling variants of one name in one article are one speaker ("Blazejevicz" /
"Blazejewicz"); different people with alike names never merge (invented texts)."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._name_variants import (
    one_edit_apart,
    same_name,
    spelling_variants,
)
from pressespejl.types import Article


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Blazejevicz", "Blazejewicz", True),
    ("Frederiksen", "Frederiksn", True),  # a letter dropped
    ("Myrhol", "Myrhoel", True),  # a letter added
    ("Hansen", "Jensen", False),  # two letters
    ("Holm", "Holm", False),  # the same word
])
def test_one_edit_apart(a: str, b: str, expected: bool) -> None:
    assert one_edit_apart(a, b) is expected
    assert one_edit_apart(b, a) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Jørgen Blazejevicz", "Jørgen Blazejewicz", True),
    ("Bjarte Myrhol", "Bjarne Myrhol", True),
    ("Lars Hansen", "Lars Jensen", False),  # two people
    ("Lars Pedersen", "Lars Petersen", False),  # two patronymics, two surnames
    ("Ida Jacobsen", "Ida Jakobsen", False),
    ("Helene Holm", "Helena Holm", False),  # a first name's last letter: sisters
    ("Anne Holm", "Anna Holm", False),  # short words
    ("Ole Blazejevicz", "Per Blazejewicz", False),  # two words differ
    ("Blazejevicz", "Blazejewicz", False),  # a surname alone is no full name
])
def test_same_name(a: str, b: str, expected: bool) -> None:
    assert same_name(a, b) is expected


def test_the_canonical_spelling_is_the_most_written_then_the_later() -> None:
    text = "Bjarte Myrhol ... Bjarne Myrhol ... Bjarte Myrhol"
    assert spelling_variants(["Bjarne Myrhol", "Bjarte Myrhol"], text) == {
        "Bjarne Myrhol": "Bjarte Myrhol"}
    text = "Jørgen Blazejevicz ... Jørgen Blazejewicz"
    assert spelling_variants(["Jørgen Blazejevicz", "Jørgen Blazejewicz"], text) == {
        "Jørgen Blazejevicz": "Jørgen Blazejewicz"}
    assert spelling_variants(["Lars Hansen", "Lars Jensen"], "Lars Hansen Lars Jensen") == {}


def _speakers(text: str) -> list[str | None]:
    analysis = analyze(Article(id="t", text=text, published=date(2025, 2, 11)))
    return [q.speaker for q in analysis.quotes]


def test_two_spellings_of_one_speaker_are_one_speaker() -> None:
    text = ("Det oplyser fåreavler Anne Blazejevicz til avisen.\n\n"
            "- Vi holder fast, siger Anne Blazejewicz.\n\n"
            "- Det er vores linje, siger Anne Blazejewicz.")
    assert set(_speakers(text)) == {"Anne Blazejewicz"}


def test_alike_names_of_two_people_stay_two_speakers() -> None:
    text = ("- Vi holder fast, siger Lars Hansen.\n\n"
            "- Det er ikke vores linje, siger Lars Jensen.")
    assert _speakers(text) == ["Lars Hansen", "Lars Jensen"]


def test_a_role_given_with_the_other_spelling_finds_the_speaker() -> None:
    text = ("Det oplyser fåreavler Anne Blazejevicz.\n\n"
            "- Vi holder fast, siger Anne Blazejewicz.\n\n"
            "Ifølge fåreavleren er ulven skyld i det.")
    assert _speakers(text)[-2:] == ["Anne Blazejewicz", "Anne Blazejewicz"]


def test_a_spelling_written_only_in_attributions_counts() -> None:
    text = ("- Vi tabte, sagde anføreren Bjarte Myrhol.\n\n"
            "- Vi var heldige, sagde Mikkel Lund.\n\n"
            "- De var bedst, sagde Bjarne Myrhol.\n\n"
            "- Vi var trætte, sagde Mikkel Lund.\n\n"
            "- Vi kommer igen, sagde Bjarte Myrhol.")
    assert _speakers(text)[::2] == ["Bjarte Myrhol"] * 3


def test_a_chain_of_spellings_is_one_name_spelt_as_written_most_word_by_word() -> None:
    text = "Bjarte Myrhol ... Bjarne Myrhol ... Foto: Bjarte Myrholt"
    assert spelling_variants(["Bjarne Myrhol", "Bjarte Myrholt", "Bjarte Myrhol"], text) == {
        "Bjarne Myrhol": "Bjarte Myrhol", "Bjarte Myrholt": "Bjarte Myrhol"}
