"""A company named with its company form ("Fiskeeksport A/S") is one organisation in
all its mentions, the later ones without the form too (issue 9). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12)))


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Han er direktør i Fiskeeksport A/S, Ane Berg, siger han.", "Fiskeeksport A/S"),
        ("Tømrerfirma Holm ApS har ti ansatte.", "Tømrerfirma Holm ApS"),
        ("Vestkyst I/S ejer møllerne.", "Vestkyst I/S"),
        ("Mejeriet Fiskernes A.m.b.a. har nye ejere.", "Fiskernes A.m.b.a."),
        ("Rederi Nord K/S har solgt et skib.", "Rederi Nord K/S"),
    ],
)
def test_a_company_form_closes_the_name(text: str, company: str) -> None:
    assert company in analysed(text).organisations


def test_the_bare_name_later_is_the_same_company() -> None:
    analysis = analysed(
        "Sagen handler om direktør i Fiskeeksport A/S, Ane Berg, der er vred.\n\n"
        "Direktøren i Fiskeeksport siger, at Fiskeeksports salg er steget.")
    assert analysis.organisations == ("Fiskeeksport A/S",)
    assert analysis.places == ()
    bare = [e for e in analysis.entities if e.text.startswith("Fiskeeksport")]
    assert {(e.label, e.canonical) for e in bare} == {("ORG", "Fiskeeksport A/S")}
    assert len(bare) == 3


def test_a_town_a_company_is_named_after_stays_a_town() -> None:
    analysis = analysed("Aalborg A/S har købt en grund. Fabrikken ligger i Aalborg.")
    assert "Aalborg" in analysis.places


def test_a_web_site_in_a_sign_up_line_is_an_organisation() -> None:
    analysis = analysed("Skolen i Nuuk får nye lærere.\n\n"
                        "Tilmeld dig nyhedsbrevet fra lokalnyt.dk\n\nDet er godt.")
    assert "lokalnyt.dk" in analysis.organisations


def test_an_e_mail_address_in_a_byline_is_no_organisation() -> None:
    analysis = analysed("Af Hanne Holm, hanne@lokalnyt.dk\n\nSkolen i Nuuk får nye lærere.")
    assert analysis.organisations == ()


def test_companies_in_an_advert_line_are_organisations() -> None:
    analysis = analysed("Skolen i Nuuk er ny.\n\nAnnonce\nLotek A/S\n\n"
                        "Vexve Denmark | Frese A/S\n\n31.12.2025NIELSEN MARINE ApS\n")
    assert {"Lotek A/S", "Frese A/S", "NIELSEN MARINE ApS"} <= set(analysis.organisations)


def test_a_date_glued_to_a_web_address_is_no_part_of_it() -> None:
    analysis = analysed("Skolen i Nuuk er ny.\n\nLæs mere\n"
                        "23.12.2025Maritimedanmark.dk: Nyt skib\n")
    assert "Maritimedanmark.dk" in analysis.organisations
    assert not any(o[0].isdigit() for o in analysis.organisations)
