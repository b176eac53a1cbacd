"""Office evidence from appositions, and bare titles resolved through an office table."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze, analyze_many
from pressespejl.nlp.offices import holder_of, office_evidence, office_scope
from pressespejl.types import Article, OfficeHolding


def article(text: str, published: date = date(2022, 1, 12), precision: str = "day") -> Article:
    return Article(id="t", text=text, published=published, precision=precision)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("role", "scope"),
    [
        ("den danske udenrigsminister", "Danmark"),
        ("Natos generalsekretær", "Nato"),
        ("EU's kommissær", "EU"),
        ("direktør i Novo Nordisk", "Novo Nordisk"),
        ("statsminister", None),  # Danish by default when resolving
    ],
)
def test_offices_scope(role: str, scope: str | None) -> None:
    assert office_scope(role) == scope


def test_offices_evidence_from_appositions() -> None:
    text = ("Den danske udenrigsminister, Jeppe Kofod, mødte Natos generalsekretær, "
            "Jens Stoltenberg, og statsminister Mette Frederiksen. Tidligere statsminister "
            "Anders Fogh Rasmussen var der også.")
    a = article(text, date(2022, 1, 1), "month")
    analysis = analyze(a)
    evidence = office_evidence(a, analysis)
    assert analysis.offices == tuple(evidence)  # an nlp output, computed once
    assert {(e.office, e.scope, e.holder) for e in evidence} == {
        ("udenrigsminister", "Danmark", "Jeppe Kofod"),
        ("generalsekretær", "Nato", "Jens Stoltenberg"),
        ("statsminister", None, "Mette Frederiksen"),
    }  # a "tidligere" role is no evidence for the article's date
    for e in evidence:  # month precision: the whole month, honestly
        assert (e.first_seen, e.last_seen, e.source) == (
            date(2022, 1, 1), date(2022, 1, 31), "archive")


OFFICES = (
    OfficeHolding("udenrigsminister", "Jeppe Kofod", date(2019, 6, 27), date(2022, 12, 15),
                  "Danmark", "csv:ministre.csv"),
    OfficeHolding("udenrigsminister", "Lars Løkke Rasmussen", date(2022, 12, 15),
                  date(2024, 12, 31), "Danmark", "csv:ministre.csv"),
    OfficeHolding("udenrigsminister", "Sergej Lavrov", date(2022, 1, 5), date(2022, 1, 5),
                  "Rusland"),
    OfficeHolding("statsminister", "Mette Frederiksen", date(2019, 6, 27), date(2024, 12, 31)),
    # archive evidence that loses to the user's table
    OfficeHolding("udenrigsminister", "Anders Samuelsen", date(2022, 1, 3), date(2022, 1, 20),
                  "Danmark"),
)
QUOTE = "- Vi står sammen med Ukraine, siger udenrigsministeren."


def test_offices_bare_title_resolved_through_the_table() -> None:
    (quote,) = analyze(article(QUOTE), offices=OFFICES).quotes
    assert (quote.speaker, quote.evidence, quote.speaker_mention) == (
        "Jeppe Kofod", "office", "udenrigsministeren")
    # the same through analyze_many, and the positional signature still works
    ((_a, analysis),) = list(analyze_many([article(QUOTE)], None, 8, offices=OFFICES))
    assert analysis.quotes[0].speaker == "Jeppe Kofod"


def test_offices_date_outside_every_holding_gives_no_guess() -> None:
    (quote,) = analyze(article(QUOTE, date(2010, 5, 1)), offices=OFFICES).quotes
    assert (quote.speaker, quote.evidence, quote.speaker_mention) == (
        "udenrigsministeren", "descriptor", "udenrigsministeren")


def test_offices_without_a_table_nothing_changes() -> None:
    # nobody in the article holds the title: the quote keeps it as a descriptor speaker
    (quote,) = analyze(article(QUOTE)).quotes
    assert (quote.speaker, quote.evidence) == ("udenrigsministeren", "descriptor")


def test_offices_a_name_in_the_article_wins() -> None:
    text = ("Udenrigsminister Morten Holm talte.\n\n" + QUOTE)
    (quote,) = analyze(article(text), offices=OFFICES).quotes
    assert (quote.speaker, quote.evidence) == ("Morten Holm", "title")


@pytest.mark.parametrize(
    ("title", "day", "holder"),
    [
        ("udenrigsministeren", date(2023, 3, 1), "Lars Løkke Rasmussen"),
        ("den russiske udenrigsminister", date(2022, 1, 5), "Sergej Lavrov"),
        ("statsministeren", date(2022, 1, 12), "Mette Frederiksen"),
        # "ministeren": two ministers cover the date, so no guess
        ("ministeren", date(2022, 1, 12), None),
        ("den russiske udenrigsminister", date(2023, 1, 5), None),
    ],
)
def test_offices_holder_of(title: str, day: date, holder: str | None) -> None:
    assert holder_of(title, day, day, OFFICES) == holder


def test_offices_bare_minister_when_unambiguous() -> None:
    offices = (OfficeHolding("sundhedsminister", "Sophie Løhde", date(2022, 12, 15),
                             date(2024, 1, 1)),)
    assert holder_of("ministeren", date(2023, 5, 1), date(2023, 5, 1), offices) == "Sophie Løhde"


def test_offices_pronoun_takes_the_holder_of_that_gender() -> None:
    text = QUOTE + "\n\n- Vi sender mere hjælp, tilføjer han."
    quotes = analyze(article(text), offices=OFFICES).quotes
    assert [(q.speaker, q.evidence) for q in quotes] == [
        ("Jeppe Kofod", "office"), ("Jeppe Kofod", "pronoun")]
    text = QUOTE + "\n\n- Vi sender mere hjælp, tilføjer hun."
    quotes = analyze(article(text), offices=OFFICES).quotes
    assert [(q.speaker, q.evidence) for q in quotes] == [
        ("Jeppe Kofod", "office"), (None, "pronoun")]


@pytest.mark.parametrize(
    ("role", "scope"),
    [("Hendes træner", None), ("hans træner", None), ("Præsidentens talsmand", None),
     ("Ministerens rådgiver", None), ("Vesterby IFs træner", "Vesterby IF")],
)
def test_offices_scope_is_never_a_pronoun_or_a_title(role: str, scope: str | None) -> None:
    assert office_scope(role) == scope


def test_offices_jobs_are_no_offices() -> None:
    text = ("Den 21-årige angriber, Mads Kold, scorede. Landmand Ib Frost var der. "
            "Tennisspiller Lea Vang vandt, og Vesterby IFs træner, Jens Holm, jublede.")
    a = article(text)
    assert {(e.office, e.holder) for e in office_evidence(a, analyze(a))} == {
        ("træner", "Jens Holm")}
