"""Time expressions: found in Danish text and resolved against the article date."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from pressespejl.nlp.components.time_expressions import find_time_expressions
from pressespejl.types import TimeExpression

D = date
# Thursday 13 January 2022: an article dated to the day.
THURSDAY = D(2022, 1, 13)
# An article dated only "2022-01".
JANUARY = D(2022, 1, 1)

# (text, [(expression, earliest, latest, granularity), ...]) for an article of THURSDAY.
DAY_CASES = [
    ("Det siger Jens Stoltenberg, onsdag.", [("onsdag", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Torsdag mødes de igen.", [("Torsdag", THURSDAY, THURSDAY, "day")]),
    ("Onsdagens møde varede to timer.", [("Onsdagens", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Det skete i mandags.", [("i mandags", D(2022, 1, 10), D(2022, 1, 10), "day")]),
    ("Han talte sidste torsdag.", [("sidste torsdag", D(2022, 1, 6), D(2022, 1, 6), "day")]),
    ("Vi mødes på fredag.", [("på fredag", D(2022, 1, 14), D(2022, 1, 14), "day")]),
    ("Næste torsdag stemmer de.", [("Næste torsdag", D(2022, 1, 20), D(2022, 1, 20), "day")]),
    ("Mødet er på fredagens dagsorden.", [("fredagens", D(2022, 1, 7), D(2022, 1, 7), "day")]),
    ("Det sker hver onsdag.", []),
    ("Han sagde det i dag.", [("i dag", THURSDAY, THURSDAY, "day")]),
    ("I dag er det slut.", [("I dag", THURSDAY, THURSDAY, "day")]),
    ("Det skete i går.", [("i går", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("De mødes i morgen.", [("i morgen", D(2022, 1, 14), D(2022, 1, 14), "day")]),
    ("Det skete i forgårs.", [("i forgårs", D(2022, 1, 11), D(2022, 1, 11), "day")]),
    ("Han landede i aftes.", [("i aftes", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Branden startede i nat.", [("i nat", D(2022, 1, 12), THURSDAY, "day")]),
    ("Skatten stiger i år.", [("i år", D(2022, 1, 1), D(2022, 12, 31), "year")]),
    ("Sidste år faldt den.", [("Sidste år", D(2021, 1, 1), D(2021, 12, 31), "year")]),
    ("Det sker næste år.", [("næste år", D(2023, 1, 1), D(2023, 12, 31), "year")]),
    ("Det skete i sidste uge.", [("i sidste uge", D(2022, 1, 3), D(2022, 1, 9), "week")]),
    ("De mødes i næste uge.", [("i næste uge", D(2022, 1, 17), D(2022, 1, 23), "week")]),
    ("Der var uro i weekenden.", [("i weekenden", D(2022, 1, 8), D(2022, 1, 9), "range")]),
    ("Mødet var den 12. januar.", [("den 12. januar", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Loven gælder fra 12. januar 2021.",
     [("12. januar 2021", D(2021, 1, 12), D(2021, 1, 12), "day")]),
    ("Onsdag den 12. januar mødtes de.",
     [("Onsdag den 12. januar", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Der er demonstration 1. maj.", [("1. maj", D(2022, 5, 1), D(2022, 5, 1), "day")]),
    ("Aftalen blev indgået den 20. december.",
     [("den 20. december", D(2021, 12, 20), D(2021, 12, 20), "day")]),
    ("Fristen er 31. februar 2022.", []),
    ("Prisen steg i januar.", [("i januar", D(2022, 1, 1), D(2022, 1, 31), "month")]),
    ("Prisen steg i december.", [("i december", D(2021, 12, 1), D(2021, 12, 31), "month")]),
    ("Det var i marts 2020.", [("i marts 2020", D(2020, 3, 1), D(2020, 3, 31), "month")]),
    ("August Krogh fik Nobelprisen.", []),
    ("Rusland annekterede i 2014 med magt Krim.",
     [("i 2014", D(2014, 1, 1), D(2014, 12, 31), "year")]),
    ("Siden 2014 har USA støttet Ukraine.",
     [("Siden 2014", D(2014, 1, 1), THURSDAY, "range")]),
    ("Planen løb fra 2020 til 2022.",
     [("fra 2020 til 2022", D(2020, 1, 1), D(2022, 12, 31), "range")]),
    ("Planen 2019-2021 blev forlænget.",
     [("2019-2021", D(2019, 1, 1), D(2021, 12, 31), "range")]),
    ("Det var populært i 1990'erne.",
     [("i 1990'erne", D(1990, 1, 1), D(1999, 12, 31), "range")]),
    ("Reglen gjaldt før 2014.", [("2014", D(2014, 1, 1), D(2014, 12, 31), "year")]),
    ("Her har Rusland opmarcheret op mod 100.000 soldater.", []),
    ("Der står 1950 soldater ved grænsen.", []),
    ("Nato sender op til 2000 soldater, omkring 1950 i alt.", []),
    ("Aftalen gælder frem til 2030.", [("2030", D(2030, 1, 1), D(2030, 12, 31), "year")]),
    ("Loven gælder fra 2020.", [("2020", D(2020, 1, 1), D(2020, 12, 31), "year")]),
    ("Det skete i år 2000.", [("i år 2000", D(2000, 1, 1), D(2000, 12, 31), "year")]),
    ("De talte fra mandag til onsdag.",
     [("mandag", D(2022, 1, 10), D(2022, 1, 10), "day"),
      ("onsdag", D(2022, 1, 12), D(2022, 1, 12), "day")]),
    ("Det skete for to år siden.",
     [("for to år siden", D(2020, 1, 1), D(2020, 12, 31), "year")]),
    ("Det skete for 3 dage siden.", [("for 3 dage siden", D(2022, 1, 10), D(2022, 1, 10), "day")]),
    ("Valget er om tre uger.", [("om tre uger", D(2022, 1, 31), D(2022, 2, 6), "week")]),
    ("Ruslands handlinger de seneste måneder har skabt frygt.",
     [("de seneste måneder", D(2021, 10, 13), THURSDAY, "range")]),
    ("Priserne steg de seneste uger.",
     [("de seneste uger", D(2021, 12, 23), THURSDAY, "range")]),
    ("Det seneste år er lønnen steget.",
     [("Det seneste år", D(2021, 1, 13), THURSDAY, "range")]),
    ("Det sker i de kommende to uger.",
     [("i de kommende to uger", THURSDAY, D(2022, 1, 27), "range")]),
    ("De sidste uger af krigen var hårde.", []),
    ("Hun blev valgt for nylig.", [("for nylig", None, None, "range")]),
    ("Siden da har USA og flere vestlige lande støttet Ukraine.", []),
]

# The same kind of table for an article dated only "2022-01" (precision "month").
MONTH_CASES = [
    ("Det siger Natos generalsekretær, Jens Stoltenberg, onsdag.",
     [("onsdag", D(2022, 1, 5), D(2022, 1, 26), "day")]),
    ("Onsdagens møde omhandlede den anspændte situation ved Ukraines grænse.",
     [("Onsdagens", D(2022, 1, 5), D(2022, 1, 26), "day")]),
    ("Jeppe Kofod håber, at onsdagens Nato-møde kan bane vej for yderligere snak.",
     [("onsdagens", D(2022, 1, 5), D(2022, 1, 26), "day")]),
    ("Mandag mødtes repræsentanter fra USA og Rusland i den schweiziske by Genève.",
     [("Mandag", D(2022, 1, 3), D(2022, 1, 31), "day")]),
    ("Nato har i dag lagt flere emner på bordet.",
     [("i dag", D(2022, 1, 1), D(2022, 1, 31), "day")]),
    ("Det skete i går.", [("i går", D(2021, 12, 31), D(2022, 1, 30), "day")]),
    ("Det skete i mandags.", [("i mandags", D(2022, 1, 3), D(2022, 1, 24), "day")]),
    ("Vi mødes på fredag.", [("på fredag", D(2022, 1, 7), D(2022, 2, 4), "day")]),
    ("Skatten stiger i år.", [("i år", D(2022, 1, 1), D(2022, 12, 31), "year")]),
    ("Det er et særligt råd, der blev oprettet i 2002 for også at involvere Rusland.",
     [("i 2002", D(2002, 1, 1), D(2002, 12, 31), "year")]),
    ("Rusland annekterede i 2014 med magt den ukrainske halvø Krim.",
     [("i 2014", D(2014, 1, 1), D(2014, 12, 31), "year")]),
    ("Ruslands handlinger de seneste måneder har skabt frygt om en mulig russisk invasion.",
     [("de seneste måneder", D(2021, 10, 1), D(2022, 1, 31), "range")]),
]


def _as_tuples(found: list[TimeExpression]) -> list[tuple]:
    return [(t.text, t.earliest, t.latest, t.granularity) for t in found]


@pytest.mark.parametrize(("text", "expected"), DAY_CASES)
def test_time_expressions_day_precision(text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, THURSDAY, "day")) == expected


@pytest.mark.parametrize(("text", "expected"), MONTH_CASES)
def test_time_expressions_month_precision(text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, JANUARY, "month")) == expected


def test_time_expressions_offsets_point_into_text() -> None:
    text = "Det siger Jens Stoltenberg, onsdag.\n\nI dag og i går, siden 2014, den 1. maj."
    found = find_time_expressions(text, THURSDAY, "day")
    assert [t.text for t in found] == ["onsdag", "I dag", "i går", "siden 2014", "den 1. maj"]
    for t in found:
        assert text[t.start:t.end] == t.text


def test_time_expressions_do_not_cross_paragraphs() -> None:
    assert find_time_expressions("Det skete i\ndag.", THURSDAY, "day") == []


def test_time_expressions_without_article_date() -> None:
    found = find_time_expressions("I dag, som i 2014.", None)
    assert _as_tuples(found) == [
        ("I dag", None, None, "day"),
        ("i 2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ]


def test_time_expressions_seed_article() -> None:
    """The seed article (dated 2022-01) as a whole: every expression, in order."""
    text = (
        "Det siger Natos generalsekretær, Jens Stoltenberg, onsdag.\n\n"
        "Det er et særligt råd, der blev oprettet i 2002 for også at involvere Rusland.\n\n"
        "Onsdagens møde omhandlede den anspændte situation. Her har Rusland opmarcheret "
        "op mod 100.000 soldater.\n\n"
        "Rusland annekterede i 2014 med magt den ukrainske halvø Krim.\n\n"
        "Siden da har USA og flere vestlige lande støttet Ukraine.\n\n"
        "Mandag mødtes repræsentanter fra USA og Rusland i den schweiziske by Genève."
    )
    found = find_time_expressions(text, JANUARY, "month")
    assert [t.text for t in found] == ["onsdag", "i 2002", "Onsdagens", "i 2014", "Mandag"]


def test_time_expressions_component_in_blank_pipeline() -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("pressespejl_time_expressions")
    doc = nlp.make_doc("Det siger Jens Stoltenberg, onsdag. Rusland annekterede i 2014 Krim.")
    doc._.published = JANUARY
    doc._.precision = "month"
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert _as_tuples(doc._.time_expressions) == [
        ("onsdag", D(2022, 1, 5), D(2022, 1, 26), "day"),
        ("i 2014", D(2014, 1, 1), D(2014, 12, 31), "year"),
    ]
