"""Attribution shapes of real Danish news that the quote and speaker rules missed: a
minister's portfolio before the name, the perfect after a quote, a fronted "Fra X lyder
det, at", "som X udtrykker det", the owner of a prognosis, a department of a named
body, and an interview whose questions are printed as narrative. Every text is invented
for these tests; the whole pipeline reads them (``analyze``)."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="t", text=text, published=date(2023, 1, 10))
    return [(q.kind, q.speaker, q.text) for q in analyze(article).quotes]


@pytest.mark.parametrize("role, name", [
    ("naalakkersuisoq for Fiskeri, Fangst og Landbrug", "Karl Lund"),
    ("minister for Børn, Unge og Familier", "Eva Berg"),
    ("minister for Fødevarer, Landbrug og Fiskeri", "Jens Dam"),
])
def test_a_portfolio_of_several_areas_belongs_to_the_role(role: str, name: str) -> None:
    assert _quotes(f"- Det er en god plan, siger {role}, {name}.") == [
        ("direct", name, "Det er en god plan")]


def test_joint_speakers_are_still_joint() -> None:
    assert _quotes("- Vi er enige, siger Anne Holm og Per Berg.") == [
        ("direct", "Anne Holm; Per Berg", "Vi er enige")]


def test_the_perfect_after_a_quote_attributes_it_to_the_pronoun_of_the_right_gender() -> None:
    text = ("Også Anne Sand, som er gift med direktør Peter Sand, har meldt sig.\n\n"
            "- Det er helt skørt, har hun tidligere sagt til avisen.\n\n"
            "- Vi kommer igen, har han sagt.")
    assert _quotes(text) == [("direct", "Anne Sand", "Det er helt skørt"),
                             ("direct", "Peter Sand", "Vi kommer igen")]


@pytest.mark.parametrize("source, speaker", [
    ("Fra Karen Holt (K), der er formand for Sundhedsudvalget i Region Sjælland,",
     "Karen Holt"),
    ("Fra borgmester Ole Dam", "Ole Dam"),
])
def test_a_fronted_source_of_lyder_det_at_speaks(source: str, speaker: str) -> None:
    assert _quotes(f"{source} lyder det, at problemet ikke bliver løst i år.") == [
        ("indirect", speaker, "problemet ikke bliver løst i år")]


@pytest.mark.parametrize("speaker", [
    "meteorolog Lise Krog", "vagthavende meteorolog hos DMI, Lise Krog,"])
def test_som_x_udtrykker_det_attributes_the_quote(speaker: str) -> None:
    text = f"»Det bliver en trist weekend, ikke?« som {speaker} udtrykker det."
    assert _quotes(text) == [("direct", "Lise Krog", "Det bliver en trist weekend, ikke?")]


def test_the_owner_of_a_prognosis_speaks() -> None:
    assert _quotes("Søndag bliver landet delt i to, lyder DMI's prognose.") == [
        ("indirect", "DMI", "Søndag bliver landet delt i to")]


def test_a_department_of_a_named_body_speaks_for_the_body() -> None:
    text = ("Forvaltningen i Rebild Kommune oplyste tirsdag i et åbent brev til forældrene, "
            "at skolelederen stopper.")
    assert _quotes(text) == [("indirect", "Rebild Kommune", "skolelederen stopper")]


def test_an_interview_with_printed_questions_belongs_to_the_interviewee() -> None:
    text = ("Kort efter at Per Holm tog sagen op i byrådet, fik han tid hos lægen.\n\n"
            "- Nej, det kan jeg afvise. Vi giver ingen særbehandling.\n\n"
            "Har du blandet dig i sagen?\n\n"
            "- Nej, det har jeg ikke.\n\n"
            "Hvad siger du til kritikken?\n\n"
            "- Jeg forstår godt, at han undrer sig, siger Mette Lind.")
    assert _quotes(text) == [
        ("direct", "Mette Lind", "Nej, det kan jeg afvise. Vi giver ingen særbehandling"),
        ("direct", "Mette Lind", "Nej, det har jeg ikke"),
        ("direct", "Mette Lind", "Jeg forstår godt, at han undrer sig"),
    ]


def test_a_lone_narrative_question_stays_narrative() -> None:
    text = ("Hvad sker der nu med skolen?\n\n"
            "- Vi lukker den, siger borgmester Ole Dam.")
    assert _quotes(text) == [("direct", "Ole Dam", "Vi lukker den")]


@pytest.mark.parametrize("subject, speaker", [
    ("På pressemødet fortalte regeringen og sundhedsmyndighederne",
     "regeringen; sundhedsmyndighederne"),
    ("Kommunen og borgerne siger", "kommunen; borgerne"),
])
def test_two_bodies_named_by_their_nouns_speak_jointly(subject: str, speaker: str) -> None:
    assert _quotes(f"{subject}, at planen er god.") == [("indirect", speaker, "planen er god")]
