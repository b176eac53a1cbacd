"""Where a name ends and whose it is (issue 9): a count after an organisation's name is
no part of it ("Naturstyrelsen 95 gange"), a person named in a compound with an event
noun keeps the person's name ("Tobias Rahim-koncerten"), an English job title names its
firm ("Director hos Valtech"), and a firm's genitive before its staff is no person
("Linaks personalechef"). Invented sentences."""

from __future__ import annotations

from datetime import date

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2023, 3, 2)))


def test_a_count_after_an_organisation_is_no_part_of_its_name() -> None:
    found = analysed("I alt rykkede Naturstyrelsen 95 gange ud til døde får.")
    assert found.organisations == ("Naturstyrelsen",)


def test_a_number_in_a_listed_name_stays() -> None:
    assert analysed("Det skriver TV 2 i aften.").organisations == ("TV 2",)


def test_a_person_in_a_compound_with_an_event_noun() -> None:
    found = analysed("Mange var mødt op til Tobias Rahim-koncerten på den store scene.")
    assert [p.name for p in found.people] == ["Tobias Rahim"]


def test_an_english_job_title_names_its_firm() -> None:
    found = analysed("Han kommer fra en stilling som Director hos Valtech i Aarhus.")
    assert found.organisations == ("Valtech",)


def test_a_firms_genitive_before_its_staff_is_no_person() -> None:
    found = analysed("- Vi ser ingen vej udenom, udtaler Linaks personalechef Lars "
                     "Nørgaard til avisen.")
    assert found.organisations == ("Linak",)
    assert [p.name for p in found.people] == ["Lars Nørgaard"]
