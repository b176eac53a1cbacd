"""A person whose first name no list holds is still a person where only a person can
stand (issue 9): after a speech verb or a title, or before a speech verb, two
capitalised words are a first name and a surname, even when both are everyday words
("Ask" is a tree, "Ravn" a bird). An organisation's name before the person's is not
eaten into it ("pressechef i Region Syd Ole Berg"). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2023, 3, 2)))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("- Vi har ventet længe på det, siger Ask Ravn.", "Ask Ravn"),
        ("- Vi har ventet længe, siger Ask Ravn, der er formand for foreningen.", "Ask Ravn"),
        ("Det siger Ask Ravn til avisen i dag.", "Ask Ravn"),
        ("Ask Ravn siger, at foreningen vil klage over afgørelsen.", "Ask Ravn"),
        ("Kirkeminister Ask Ravn vil ikke kommentere sagen.", "Ask Ravn"),
        ("Ifølge borgmester Ask Ravn er sagen lukket for denne gang.", "Ask Ravn"),
        ("- Vi er klar, skriver Aqqaluaq B. Egede på sin profil.", "Aqqaluaq B. Egede"),
        ("Formand Hanne Bjørton er glad for aftalen med kommunen.", "Hanne Bjørton"),
    ],
)
def test_a_name_in_a_person_slot_is_a_person(text: str, person: str) -> None:
    found = analysed(text)
    assert person in {p.name for p in found.people}
    assert person not in found.organisations and person not in found.places


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        # a firm's name with no name word in it stays a firm in the same slot
        ("En af producenterne, Solbær Kosmetik, skriver i en mail, at de undersøger det.",
         "Solbær Kosmetik"),
        ("Det siger Danske Bank i en meddelelse.", "Danske Bank"),
    ],
)
def test_a_firm_in_the_slot_is_no_person(text: str, organisation: str) -> None:
    assert organisation not in {p.name for p in analysed(text).people}


@pytest.mark.parametrize(
    ("text", "organisation", "person"),
    [
        ("Pressechef i Region Syd Ole Berg bekræfter sagen.", "Region Syd", "Ole Berg"),
        ("Region Syd Ole Berg bekræfter, at sagen er lukket.", "Region Syd", "Ole Berg"),
        ("Direktør i Region Nord Karen Lund har sagt op.", "Region Nord", "Karen Lund"),
    ],
)
def test_a_region_name_before_a_person_is_not_part_of_the_name(
        text: str, organisation: str, person: str) -> None:
    found = analysed(text)
    assert tuple(p.name for p in found.people) == (person,)
    assert organisation in found.organisations
