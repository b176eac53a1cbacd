"""Classes of organisation names read by their form (issue 9), each on invented
sentences: a body's noun closing a name of several words, a capitalised article
inside a sentence, a foreign company form."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def ents(text: str) -> list[tuple[str, str]]:
    analysis = analyze(Article(id="t", text=text, published=date(2022, 1, 12)))
    return [(e.text, e.label) for e in analysis.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Formanden for Dansk Pilotforening, Ole Hansen, er vred.", "Dansk Pilotforening"),
        ("Han er medlem af Finanssektorens Arbejdsgiverforening.",
         "Finanssektorens Arbejdsgiverforening"),
        ("Hun stemte på Demokratisk Forbund i går.", "Demokratisk Forbund"),
        ("Eleverne på Hærens Officersskole har fri.", "Hærens Officersskole"),
        ("Dansk Faldskærms Union holder møde.", "Dansk Faldskærms Union"),
        ("Han købte aktier i Vestindisk Handelskompagni SA i fjor.",
         "Vestindisk Handelskompagni SA"),
        ("Thyssen AG investerer i Esbjerg.", "Thyssen AG"),
    ],
)
def test_a_body_noun_or_company_form_closes_an_organisation(text: str, name: str) -> None:
    assert (name, "ORG") in ents(text)


def test_a_genitive_body_name_is_canonical_without_the_s() -> None:
    analysis = analyze(Article(id="t", text="Dansk Pilotforenings formand er vred.",
                               published=date(2022, 1, 12)))
    assert [e.canonical for e in analysis.entities if e.label == "ORG"] == [
        "Dansk Pilotforening"]


def test_a_title_case_headline_with_a_body_word_first_is_no_name() -> None:
    assert ents("Ny Forening Vil Redde Byen") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han har spillet på Det Kgl. Teater i ti år.", "Det Kgl. Teater"),
        ("Hun er medlem af Den Danske Forening.", "Den Danske Forening"),
        ("Operaen hedder Den jyske Opera og spiller i aften.", "Den jyske Opera"),
        ("Vælgerne flygter fra Det radikale Venstre i år.", "Det radikale Venstre"),
        ("Han har job hos Den Nordiske Udviklingsbank nu.", "Den Nordiske Udviklingsbank"),
    ],
)
def test_a_capitalised_article_inside_a_sentence_starts_the_name(text: str, name: str) -> None:
    assert (name, "ORG") in ents(text)


def test_a_capitalised_article_opening_a_sentence_stays_outside() -> None:
    found = ents("Det Danmark, vi kender, er væk.")
    assert found == [("Danmark", "LOC")]


def test_an_event_after_a_capitalised_article_is_no_organisation() -> None:
    assert all(label != "ORG" for _t, label in ents("Hun læste om Den Kolde Krig."))
