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
     [("fra mandag til onsdag", D(2022, 1, 10), D(2022, 1, 12), "range")]),
    ("Det skete for to år siden.",
     [("for to år siden", D(2020, 1, 1), D(2020, 12, 31), "year")]),
    ("For et år siden troede alle på fald.",
     [("For et år siden", D(2021, 1, 1), D(2021, 1, 31), "month")]),
    ("Vi ses om et år.", [("om et år", D(2023, 1, 1), D(2023, 1, 31), "month")]),
    ("Det skete for 3 dage siden.", [("for 3 dage siden", D(2022, 1, 10), D(2022, 1, 10), "day")]),
    ("Valget er om tre uger.", [("om tre uger", D(2022, 1, 31), D(2022, 2, 6), "week")]),
    # Durations counted from the article date and vague times are no time expressions
    # (docs/gold-format.md: too vague to score) ...
    ("Ruslands handlinger de seneste måneder har skabt frygt.", []),
    ("Priserne steg de seneste uger.", []),
    ("Det seneste år er lønnen steget.", []),
    ("Det sker i de kommende to uger.", []),
    ("De sidste uger af krigen var hårde.", []),
    ("Hun blev valgt for nylig.", []),
    ("På sigt vil det ændre sig.", []),
    ("Siden da har USA og flere vestlige lande støttet Ukraine.", []),
    # ... but one calendar unit named from it is (the Monday-Sunday week ahead).
    ("Den kommende uge bliver travl.", [("Den kommende uge", D(2022, 1, 17), D(2022, 1, 23),
                                         "week")]),
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
     []),
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


@pytest.mark.parametrize(("text", "expected"), [
    # Relative to the article date: no days, the granularity kept (issue 8).
    ("Det skete onsdag.", [("onsdag", None, None, "day")]),
    ("Det skete i januar.", [("i januar", None, None, "month")]),
    ("Det skete for to år siden.", [("for to år siden", None, None, "year")]),
    ("Det skete i sidste uge.", [("i sidste uge", None, None, "week")]),
    ("Der var uro i weekenden.", [("i weekenden", None, None, "range")]),
    ("Det skete i foråret.", [("i foråret", None, None, "range")]),
    ("Den 1. juli næste år.", [("Den 1. juli næste år", None, None, "day")]),
    # Absolute: still resolved.
    ("Mødet var den 12. marts 2021.", [("den 12. marts 2021", D(2021, 3, 12), D(2021, 3, 12),
                                        "day")]),
    ("Fra 2020 til 2022.", [("Fra 2020 til 2022", D(2020, 1, 1), D(2022, 12, 31), "range")]),
])
def test_time_expressions_in_an_undated_article(text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, None, "none")) == expected


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


# --- tense, seasons, bare years, day ranges ---------------------------------------------
# (article date, text, [(expression, earliest, latest, granularity), ...]); day precision.
TUESDAY = D(2023, 7, 4)  # a Tuesday: the weekdays below differ between past and future
TENSE_CASES = [
    # A weekday in a clause about the future is the coming one (the article day included).
    (TUESDAY, "Ifølge DMI kan temperaturen torsdag nå op på 28 grader.",
     [("torsdag", D(2023, 7, 6), D(2023, 7, 6), "day")]),
    (TUESDAY, "Fredag kan det blive endnu varmere, siger meteorologen.",
     [("Fredag", D(2023, 7, 7), D(2023, 7, 7), "day")]),
    (TUESDAY, "I morgen og fredag bliver det varmt.",
     [("I morgen", D(2023, 7, 5), D(2023, 7, 5), "day"),
      ("fredag", D(2023, 7, 7), D(2023, 7, 7), "day")]),
    (TUESDAY, "Ministeren mødes fredag med borgmestrene.",
     [("fredag", D(2023, 7, 7), D(2023, 7, 7), "day")]),
    (TUESDAY, "Museet åbner lørdag en ny udstilling.",
     [("lørdag", D(2023, 7, 8), D(2023, 7, 8), "day")]),
    (TUESDAY, "Ministeren vil tirsdag præsentere et forslag.",
     [("tirsdag", TUESDAY, TUESDAY, "day")]),
    # ... and in a clause about the past (or a report of a statement) the last one.
    (TUESDAY, "Ministeren mødtes fredag med borgmestrene.",
     [("fredag", D(2023, 6, 30), D(2023, 6, 30), "day")]),
    (TUESDAY, "Regeringen har mandag fremlagt planen.",
     [("mandag", D(2023, 7, 3), D(2023, 7, 3), "day")]),
    (TUESDAY, "Det siger ministeren fredag.", [("fredag", D(2023, 6, 30), D(2023, 6, 30), "day")]),
    (TUESDAY, "Overfaldet skal være sket natten til lørdag.",
     [("natten til lørdag", D(2023, 7, 1), D(2023, 7, 1), "day")]),
    # The clause of the expression counts, not the main clause before the comma.
    (TUESDAY, "Han sagde fredag, at de vil mødes mandag.",
     [("fredag", D(2023, 6, 30), D(2023, 6, 30), "day"),
      ("mandag", D(2023, 7, 10), D(2023, 7, 10), "day")]),
    (TUESDAY, "Lauridsen understreger, at prognosen for weekenden er usikker.",
     [("weekenden", D(2023, 7, 8), D(2023, 7, 9), "range")]),
    (TUESDAY, "Der var uro i weekenden.", [("i weekenden", D(2023, 7, 1), D(2023, 7, 2), "range")]),
    (D(2023, 7, 7), "Der var uro i weekenden.",  # a Friday: past tense, the weekend gone
     [("i weekenden", D(2023, 7, 1), D(2023, 7, 2), "range")]),
    # A date or month without a year: past tense -> the last one, future -> the next one.
    (D(2022, 11, 17), "Overfaldet skete natten til den 3. april.",
     [("den 3. april", D(2022, 4, 3), D(2022, 4, 3), "day")]),
    (D(2022, 11, 17), "Festivalen løber af stablen den 3. april.",
     [("den 3. april", D(2023, 4, 3), D(2023, 4, 3), "day")]),
    (D(2022, 11, 17), "Der er demonstration den 3. april.",  # no tense: the nearest
     [("den 3. april", D(2023, 4, 3), D(2023, 4, 3), "day")]),
    (D(2024, 2, 8), "Billetterne til årets festival, der løber af stablen i august, er væk.",
     [("i august", D(2024, 8, 1), D(2024, 8, 31), "month")]),
    (D(2024, 2, 8), "Festivalen var udsolgt i august.",
     [("i august", D(2023, 8, 1), D(2023, 8, 31), "month")]),
    (D(2023, 2, 14), "Vi fik at vide i december, at alt gik godt.",
     [("i december", D(2022, 12, 1), D(2022, 12, 31), "month")]),
    # A year offset after a month or date.
    (D(2021, 11, 30), "Loven kan træde i kraft den 1. juli næste år.",
     [("den 1. juli næste år", D(2022, 7, 1), D(2022, 7, 1), "day")]),
    (D(2024, 6, 12), "Nedsættelsen skal gælde fra januar næste år.",
     [("januar næste år", D(2025, 1, 1), D(2025, 1, 31), "month")]),
    (D(2022, 3, 24), "Sigtelserne gælder perioden fra januar 2021 til februar i år.",
     [("januar 2021", D(2021, 1, 1), D(2021, 1, 31), "month"),
      ("til februar i år", D(2022, 2, 1), D(2022, 2, 28), "month")]),
    # Days of one month, also after the weekend or weekday they name.
    (D(2024, 3, 10), "Næste runde spilles i weekenden den 16. og 17. marts.",
     [("i weekenden den 16. og 17. marts", D(2024, 3, 16), D(2024, 3, 17), "range")]),
    (D(2024, 3, 10), "Stævnet holdes 16.-17. marts.",
     [("16.-17. marts", D(2024, 3, 16), D(2024, 3, 17), "range")]),
    # Years without a cue word, unless they count something.
    (D(2021, 3, 10), "Selskabet kom ud af 2020 med et overskud.",
     [("2020", D(2020, 1, 1), D(2020, 12, 31), "year")]),
    (D(2021, 3, 10), "Det er en fremgang i forhold til 2019.",
     [("2019", D(2019, 1, 1), D(2019, 12, 31), "year")]),
    (D(2021, 3, 10), "For 2021 venter selskabet en højere omsætning.",
     [("2021", D(2021, 1, 1), D(2021, 12, 31), "year")]),
    (D(2023, 3, 15), "Vi har ikke råd til at vente til 2027 med radarerne.",
     [("2027", D(2027, 1, 1), D(2027, 12, 31), "year")]),
    (D(2023, 3, 15), "Der står 2000 soldater ved grænsen.", []),
    (D(2023, 3, 15), "Det koster på 1950 kroner.", []),
    # Years before 1900 after "i"; decades as decade ranges, also after "siden".
    (D(2023, 10, 26), "Officeren rejste til Grønland i 1823.",
     [("i 1823", D(1823, 1, 1), D(1823, 12, 31), "year")]),
    (D(2023, 10, 26), "Huset ligger i 1500 meters højde.", []),
    (D(2023, 10, 26), "Ingen havde åbnet den siden 1930'erne.",
     [("siden 1930'erne", D(1930, 1, 1), D(2023, 10, 26), "range")]),
    (D(2023, 10, 26), "Den blev bygget i starten af 1930'erne.",
     [("1930'erne", D(1930, 1, 1), D(1939, 12, 31), "range")]),
    # Seasons are meteorological; the tense or the cue word picks the year.
    (D(2023, 9, 12), "Arbejdet var planlagt allerede i foråret.",
     [("i foråret", D(2023, 3, 1), D(2023, 5, 31), "range")]),
    (D(2023, 5, 3), "Jeg har drømt om sejren hele foråret, og han var stærk i hele foråret.",
     [("hele foråret", D(2023, 3, 1), D(2023, 5, 31), "range"),
      ("hele foråret", D(2023, 3, 1), D(2023, 5, 31), "range")]),
    (D(2022, 6, 21), "Han har været skadet det meste af foråret.",
     [("foråret", D(2022, 3, 1), D(2022, 5, 31), "range")]),
    (D(2023, 1, 10), "Vi ses til sommer.",
     [("til sommer", D(2023, 6, 1), D(2023, 8, 31), "range")]),
    (D(2023, 1, 10), "Sidste vinter var kold.",
     [("Sidste vinter", D(2021, 12, 1), D(2022, 2, 28), "range")]),
    (D(2023, 1, 10), "Huset blev bygget i foråret 2020.",
     [("i foråret 2020", D(2020, 3, 1), D(2020, 5, 31), "range")]),
    (D(2023, 7, 4), "Efter en kølig start på sommeren bliver det varmt.", []),
    (D(2023, 7, 4), "Om foråret blomstrer træerne.", []),
    # Phrases.
    (D(2022, 1, 31), "En undersøgelse skal i løbet af ugen klarlægge årsagen.",
     [("i løbet af ugen", D(2022, 1, 31), D(2022, 2, 6), "week")]),
    (D(2021, 5, 1), "Medarbejdere forsvinder på et tidspunkt, hvor virksomhederne mangler folk.",
     []),
]


@pytest.mark.parametrize(("published", "text", "expected"), TENSE_CASES)
def test_time_expressions_tense_seasons_years(
    published: date, text: str, expected: list[tuple]
) -> None:
    assert _as_tuples(find_time_expressions(text, published, "day")) == expected


def test_month_dated_weekday_stays_in_the_month_whatever_the_tense() -> None:
    """A future clause does not move a weekday of a month-dated article out of its month."""
    found = find_time_expressions(
        "Den anholdte skal fredag fremstilles i grundlovsforhør.", D(2023, 6, 1), "month"
    )
    assert _as_tuples(found) == [("fredag", D(2023, 6, 2), D(2023, 6, 30), "day")]


# --- real news classes (issue 8): each with invented sentences ------------------------
FRIDAY = D(2024, 3, 15)  # a Friday, day precision
REAL_NEWS_CASES = [
    # A weekday with a part of the day, or "tidligt"/"sent" before it: the weekday's day.
    (FRIDAY, "Branden brød ud torsdag aften.", [("torsdag aften", D(2024, 3, 14),
                                                  D(2024, 3, 14), "day")]),
    (FRIDAY, "Politiet blev tilkaldt tidligt torsdag.", [("tidligt torsdag", D(2024, 3, 14),
                                                          D(2024, 3, 14), "day")]),
    (FRIDAY, "Det oplyste vagtchefen mandag morgen.", [("mandag morgen", D(2024, 3, 11),
                                                        D(2024, 3, 11), "day")]),
    (FRIDAY, "Lørdag morgen vil det regne i hele landet.",
     [("Lørdag morgen", D(2024, 3, 16), D(2024, 3, 16), "day")]),
    (FRIDAY, "Ulykken skete sent onsdag aften.", [("sent onsdag aften", D(2024, 3, 13),
                                                   D(2024, 3, 13), "day")]),
    (FRIDAY, "Han blev anholdt tirsdagmorgen.", [("tirsdagmorgen", D(2024, 3, 12),
                                                  D(2024, 3, 12), "day")]),
    (FRIDAY, "Det skete i løbet af onsdagen.", [("i løbet af onsdagen", D(2024, 3, 13),
                                                  D(2024, 3, 13), "day")]),
    (FRIDAY, "Torsdagens møde varede længe, og onsdagen gik med forberedelser.",
     [("Torsdagens", D(2024, 3, 14), D(2024, 3, 14), "day"),
      ("onsdagen", D(2024, 3, 13), D(2024, 3, 13), "day")]),
    (FRIDAY, "Overfaldet skete natten til torsdag.", [("natten til torsdag", D(2024, 3, 14),
                                                       D(2024, 3, 14), "day")]),
    (FRIDAY, "Denne søndag åbner markedet.", [("Denne søndag", D(2024, 3, 17),
                                               D(2024, 3, 17), "day")]),
    (FRIDAY, "Det var først i dag fredag, at ordren blev trukket tilbage.",
     [("i dag fredag", FRIDAY, FRIDAY, "day")]),
    (FRIDAY, "Om søndagen holder butikken lukket.", [("Om søndagen", None, None, "day")]),
    (FRIDAY, "Skolen holder fredagsbar.", []),
    # A month with its year, and a weekday before a date with a comma.
    (FRIDAY, "Fejlene blev begået tilbage i november 2020.",
     [("i november 2020", D(2020, 11, 1), D(2020, 11, 30), "month")]),
    (FRIDAY, "Anne Holm Onsdag, 10. april 2019 - 17:22",
     [("Onsdag, 10. april 2019", D(2019, 4, 10), D(2019, 4, 10), "day"),
      ("17:22", None, None, "time")]),
    # A day without its period, with a year or after "den".
    (FRIDAY, "Kampen blev spillet mandag den 21 maj 2018.",
     [("mandag den 21 maj 2018", D(2018, 5, 21), D(2018, 5, 21), "day")]),
    (FRIDAY, "Mødet blev holdt den 2 marts.", [("den 2 marts", D(2024, 3, 2), D(2024, 3, 2),
                                                "day")]),
    # Numeric dates.
    (FRIDAY, "Dommen faldt 16/12/2013.", [("16/12/2013", D(2013, 12, 16), D(2013, 12, 16),
                                           "day")]),
    (FRIDAY, "Dommen faldt den 16.12.2013 i byretten.",
     [("den 16.12.2013", D(2013, 12, 16), D(2013, 12, 16), "day")]),
    (FRIDAY, "Fristen var 2023-06-30.", [("2023-06-30", D(2023, 6, 30), D(2023, 6, 30), "day")]),
    (FRIDAY, "Ansøgningen skal være inde den 1/4.", [("den 1/4", D(2024, 4, 1), D(2024, 4, 1),
                                                     "day")]),
    (FRIDAY, "Der var 31/2/2020 på blanketten.", []),
    (FRIDAY, "Budgettet er på 3.500.000 kroner.", []),
    # A month after "til" (ahead unless the clause looks back) or "siden" (up to now).
    (FRIDAY, "Projektet er udskudt til april.", [("til april", D(2024, 4, 1), D(2024, 4, 30),
                                                  "month")]),
    (D(2024, 6, 10), "Hun arbejdede der fra januar til april.",
     [("fra januar til april", D(2024, 1, 1), D(2024, 4, 30), "range")]),
    (D(2024, 2, 10), "Vejen er lukket fra november til marts.",
     [("fra november til marts", D(2023, 11, 1), D(2024, 3, 31), "range")]),
    (FRIDAY, "Prisen er steget siden januar.", [("siden januar", D(2024, 1, 1), FRIDAY,
                                                   "range")]),
    # Year ranges with a two-digit end, and not ISO dates.
    (FRIDAY, "Tallene fra 2013-15 viser en stigning.",
     [("fra 2013-15", D(2013, 1, 1), D(2015, 12, 31), "range")]),
    (FRIDAY, "Han scorede mest i sæsonen 2015/16.",
     [("2015/16", D(2015, 1, 1), D(2016, 12, 31), "range")]),
    (FRIDAY, "Regnskabet for 2013-12 er ikke en periode.", []),  # nor surely a month
    # Week numbers (ISO weeks, Monday-Sunday).
    (FRIDAY, "Byggeriet går i gang i uge 50.", [("i uge 50", D(2024, 12, 9), D(2024, 12, 15),
                                                 "week")]),
    (FRIDAY, "Vi holdt ferie i uge 7.", [("i uge 7", D(2024, 2, 12), D(2024, 2, 18), "week")]),
    (FRIDAY, "Det sker i uge 9 2025.", [("i uge 9 2025", D(2025, 2, 24), D(2025, 3, 2),
                                         "week")]),
    # Quarters and half years.
    (D(2021, 3, 10), "Økonomien faldt i andet kvartal.",
     [("i andet kvartal", D(2020, 4, 1), D(2020, 6, 30), "range")]),
    (FRIDAY, "Overskuddet steg i 1. halvår 2023.", [("i 1. halvår 2023", D(2023, 1, 1),
                                                     D(2023, 6, 30), "range")]),
    (FRIDAY, "Salget steg i årets første kvartal.", [("i årets første kvartal",
                                                      D(2024, 1, 1), D(2024, 3, 31), "range")]),
    # "i sommer" is this summer, the nearest one, whatever the modal verbs around it.
    (D(2017, 9, 20), "Jeg kan konstatere, at mine bekymringer fra i sommer var berettigede.",
     [("i sommer", D(2017, 6, 1), D(2017, 8, 31), "range")]),
    (D(2023, 3, 20), "I sommer bliver der koncerter i parken.",
     [("I sommer", D(2023, 6, 1), D(2023, 8, 31), "range")]),
    (D(2023, 11, 20), "I vinter kan det blive dyrt at varme huset op.",
     [("I vinter", D(2023, 12, 1), D(2024, 2, 29), "range")]),
    (D(2023, 4, 20), "I vinter var det dyrt at varme huset op.",
     [("I vinter", D(2022, 12, 1), D(2023, 2, 28), "range")]),
    # Clock times: found, not bounded (hours are finer than our days).
    (FRIDAY, "Det var omkring klokken 14:00 fredag.",
     [("klokken 14:00", None, None, "time"), ("fredag", FRIDAY, FRIDAY, "day")]),
    (FRIDAY, "Mødet sluttede kl. 14.31, og toget kørte klokken 19.",
     [("kl. 14.31", None, None, "time"), ("klokken 19", None, None, "time")]),
    (FRIDAY, "Der er åbent klokken 10-12.", [("klokken 10-12", None, None, "time")]),
    (FRIDAY, "Kampen endte 3:1.", []),
    # Weekends and years named as coming.
    (D(2023, 2, 16), "Den kommende weekend bliver solrig, og weekendens vejr er fint.",
     [("Den kommende weekend", D(2023, 2, 18), D(2023, 2, 19), "range"),
      ("weekendens", D(2023, 2, 18), D(2023, 2, 19), "range")]),
    (D(2017, 9, 20), "Budgettet for det kommende år er ikke klar.",
     [("det kommende år", D(2018, 1, 1), D(2018, 12, 31), "year")]),
    (FRIDAY, "Han blev løsladt tidligere på ugen.", [("tidligere på ugen", D(2024, 3, 11),
                                                      D(2024, 3, 14), "range")]),
    # A weekday of a named week.
    (FRIDAY, "Aftalen kom på plads tirsdag i sidste uge.",
     [("tirsdag i sidste uge", D(2024, 3, 5), D(2024, 3, 5), "day")]),
    (FRIDAY, "Vi mødes onsdag i næste uge.", [("onsdag i næste uge", D(2024, 3, 20),
                                               D(2024, 3, 20), "day")]),
    (FRIDAY, "Mødet er mandag d. 18. marts.", [("mandag d. 18. marts", D(2024, 3, 18),
                                                D(2024, 3, 18), "day")]),
    # Decades written with two digits.
    (FRIDAY, "Musikken fra 90'erne er tilbage.", [("90'erne", D(1990, 1, 1), D(1999, 12, 31),
                                                  "range")]),
    (FRIDAY, "Det var sådan i 10'erne.", [("i 10'erne", D(2010, 1, 1), D(2019, 12, 31),
                                           "range")]),
    # Holidays: fixed days, days counted from Easter, and the short forms after a cue.
    (FRIDAY, "Butikkerne holder åbent til påske.", [("til påske", D(2024, 3, 28),
                                                     D(2024, 4, 1), "range")]),
    (D(2024, 1, 8), "Det skete i julen.", [("i julen", D(2023, 12, 24), D(2023, 12, 26),
                                            "range")]),
    # Before, after and up to a holiday: an open period, too vague to score; a named
    # day keeps its own date.
    (D(2023, 11, 8), "Vi åbner inden jul.", []),
    (D(2023, 11, 8), "Travlheden op til juleaften begynder nu.",
     [("juleaften", D(2023, 12, 24), D(2023, 12, 24), "day")]),
    (FRIDAY, "Han døde juleaften 2019.", [("juleaften 2019", D(2019, 12, 24), D(2019, 12, 24),
                                           "day")]),
    (D(2024, 6, 1), "Talen holdes grundlovsdag.", [("grundlovsdag", D(2024, 6, 5),
                                                    D(2024, 6, 5), "day")]),
    (D(2024, 6, 1), "Der var fest Kristi himmelfartsdag.", [("Kristi himmelfartsdag",
                                                              D(2024, 5, 9), D(2024, 5, 9),
                                                              "day")]),
    (FRIDAY, "Priserne er steget siden nytår.", [("siden nytår", D(2023, 12, 31), FRIDAY,
                                                  "range")]),
    (FRIDAY, "Han tog til Roskilde den 3. jul.", []),  # "jul." is July: no cue, no date
]


@pytest.mark.parametrize(("published", "text", "expected"), REAL_NEWS_CASES)
def test_time_expressions_real_news_classes(
    published: date, text: str, expected: list[tuple]
) -> None:
    assert _as_tuples(find_time_expressions(text, published, "day")) == expected


# --- blind-set classes (issue 8, second round): invented sentences --------------------
OCTOBER = D(2023, 10, 20)  # a Friday in October: past and coming months differ
MORE_CASES = [
    # The current, last and next calendar unit, also as a genitive.
    (FRIDAY, "Overskuddet bliver større dette år.", [("dette år", D(2024, 1, 1),
                                                      D(2024, 12, 31), "year")]),
    (FRIDAY, "Byrådet vedtog næste års budget.", [("næste års", D(2025, 1, 1),
                                                  D(2025, 12, 31), "year")]),
    (FRIDAY, "Sidste års regnskab var godt.", [("Sidste års", D(2023, 1, 1), D(2023, 12, 31),
                                               "year")]),
    (FRIDAY, "Det har præget de sidste års udvikling.", []),  # recent years': a span
    (FRIDAY, "Salget ventes at stige i indeværende kvartal.",
     [("i indeværende kvartal", D(2024, 1, 1), D(2024, 3, 31), "range")]),
    (FRIDAY, "Sidste kvartal gav underskud.", [("Sidste kvartal", D(2023, 10, 1),
                                                D(2023, 12, 31), "range")]),
    (FRIDAY, "Næste halvår bliver svært.", [("Næste halvår", D(2024, 7, 1), D(2024, 12, 31),
                                             "range")]),
    (FRIDAY, "Det blæste i ugens løb.", [("i ugens løb", D(2024, 3, 11), D(2024, 3, 17),
                                          "week")]),
    # A clock time without "klokken": two digits after a period are minutes ...
    (FRIDAY, "Mødet begynder 17.30 på rådhuset.", [("17.30", None, None, "time")]),
    (FRIDAY, "Der er åbent 9.00-15.30 på lørdag.",
     [("9.00-15.30", None, None, "time"), ("på lørdag", D(2024, 3, 16), D(2024, 3, 16),
                                           "day")]),
    # ... unless they are an amount, a measure or a section.
    (FRIDAY, "Billetten koster kr. 12.50 i dag.", [("i dag", FRIDAY, FRIDAY, "day")]),
    (FRIDAY, "Han sprang 1.50 meter, og 100.000 så det.", []),
    (FRIDAY, "Det følger af § 12.30 i loven.", []),
    # A day of the month as an ordinal word.
    (D(2019, 5, 7), "Valget er onsdag den femte juni.",
     [("onsdag den femte juni", D(2019, 6, 5), D(2019, 6, 5), "day")]),
    # A date or month name that goes on in a compound names a thing, not a time.
    (FRIDAY, "Den 22. juli-retssagen er slut, og marts-nummeret er udkommet.", []),
    # "i forhold til september" compares with September; it points nowhere.
    (D(2018, 12, 9), "Det var en stigning i forhold til september.",
     [("september", D(2018, 9, 1), D(2018, 9, 30), "month")]),
    # The tense of any verb in the clause chooses the past or the coming month or season.
    (OCTOBER, "Den tiltalte overfaldt i januar sin nabo.",
     [("i januar", D(2023, 1, 1), D(2023, 1, 31), "month")]),
    (OCTOBER, "Landsretten straffede i januar kvinden med fængsel.",
     [("i januar", D(2023, 1, 1), D(2023, 1, 31), "month")]),
    (OCTOBER, "Sagen skal for retten i januar.",
     [("i januar", D(2024, 1, 1), D(2024, 1, 31), "month")]),
    (OCTOBER, "Huset brændte i foråret.", [("i foråret", D(2023, 3, 1), D(2023, 5, 31),
                                            "range")]),
    (OCTOBER, "Han anholdtes den 2. marts.", [("den 2. marts", D(2023, 3, 2), D(2023, 3, 2),
                                               "day")]),
    # A month without a year takes the year its sentence names.
    (D(2021, 12, 10), "I 2020 var butikkerne lukket det meste af december.",
     [("I 2020", D(2020, 1, 1), D(2020, 12, 31), "year"),
      ("december", D(2020, 12, 1), D(2020, 12, 31), "month")]),
    # A capitalised weekday inside a sentence is part of a name.
    (D(2017, 2, 10), "Det skriver avisen Danmark Søndag.", []),
    # A definite holiday without a cue names the feast, not its days.
    (OCTOBER, "Julen er en hyggelig tid.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), MORE_CASES)
def test_time_expressions_more_real_news_classes(
    published: date, text: str, expected: list[tuple]
) -> None:
    assert _as_tuples(find_time_expressions(text, published, "day")) == expected


# A month-dated article whose text names a day near its month: the story's week.
ANCHOR_CASES = [
    (D(2018, 11, 1), "Den kommende weekend bliver våd. Når lyset tændes 1. december, "
     "regner det. Fredag bliver grå, lørdag våd, og mandag klarer det op.",
     [("Den kommende weekend", D(2018, 12, 1), D(2018, 12, 2), "range"),
      ("1. december", D(2018, 12, 1), D(2018, 12, 1), "day"),
      ("Fredag", D(2018, 11, 30), D(2018, 11, 30), "day"),
      ("lørdag", D(2018, 12, 1), D(2018, 12, 1), "day"),
      ("mandag", D(2018, 12, 3), D(2018, 12, 3), "day")]),
    (D(2018, 5, 1), "Holdet tabte mandag den 21. maj 2018. På fredag spiller de igen.",
     [("mandag den 21. maj 2018", D(2018, 5, 21), D(2018, 5, 21), "day"),
      ("På fredag", D(2018, 5, 25), D(2018, 5, 25), "day")]),
    # Dates a month or more from the article's month do not anchor it ...
    (D(2018, 5, 1), "Loven fra 1. januar 2017 gælder. Fredag mødes de.",
     [("1. januar 2017", D(2017, 1, 1), D(2017, 1, 1), "day"),
      ("Fredag", D(2018, 5, 4), D(2018, 5, 25), "day")]),
    # ... nor do dates more than a week apart: the story spans them.
    (D(2018, 5, 1), "Mødet 3. maj og mødet 24. maj gik godt. Fredag mødes de.",
     [("3. maj", D(2018, 5, 3), D(2018, 5, 3), "day"),
      ("24. maj", D(2018, 5, 24), D(2018, 5, 24), "day"),
      ("Fredag", D(2018, 5, 4), D(2018, 5, 25), "day")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), ANCHOR_CASES)
def test_explicit_date_narrows_the_weekdays_of_a_month_dated_article(
    published: date, text: str, expected: list[tuple]
) -> None:
    assert _as_tuples(find_time_expressions(text, published, "month")) == expected


# A weekday that could be several days is the one day the text names on that weekday
# (a date or a one-day holiday), even when the named days lie too far apart to anchor.
PIN_CASES = [
    (D(2018, 5, 1), "month", "Mødet 3. maj og mødet tirsdag den 22. maj gik godt. Tirsdag "
     "sagde borgmesteren ja, og fredag kom svaret.",
     [("3. maj", D(2018, 5, 3), D(2018, 5, 3), "day"),
      ("tirsdag den 22. maj", D(2018, 5, 22), D(2018, 5, 22), "day"),
      ("Tirsdag", D(2018, 5, 22), D(2018, 5, 22), "day"),
      ("fredag", D(2018, 5, 4), D(2018, 5, 25), "day")]),
    (D(2023, 12, 1), "month", "Butikkerne holder lukket juleaften, men søndag morgen kan man "
     "hente bestillinger.",
     [("juleaften", D(2023, 12, 24), D(2023, 12, 24), "day"),
      ("søndag morgen", D(2023, 12, 24), D(2023, 12, 24), "day")]),
    # An undated article is read around the full dates it names ahead: its weekdays are
    # pinned, its months take that year ("i oktober" before a November election).
    (None, "none", "Danskerne skal stemme tirsdag den 1. november 2022. Valget blev "
     "udskrevet i oktober, og på tirsdag åbner valgstederne.",
     [("tirsdag den 1. november 2022", D(2022, 11, 1), D(2022, 11, 1), "day"),
      ("i oktober", D(2022, 10, 1), D(2022, 10, 31), "month"),
      ("på tirsdag", D(2022, 11, 1), D(2022, 11, 1), "day")]),
    # ... but a date in the past may be history: it dates nothing else.
    (None, "none", "Den 9. april 1940 besatte Tyskland Danmark. Tirsdag mindes vi dagen.",
     [("Den 9. april 1940", D(1940, 4, 9), D(1940, 4, 9), "day"),
      ("Tirsdag", None, None, "day")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), PIN_CASES)
def test_named_day_pins_a_weekday(published: date | None, precision: str, text: str,
                                  expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


def test_explicit_date_does_not_move_a_day_dated_article() -> None:
    found = find_time_expressions("Kampen var 1. december. Fredag trænede de.",
                                  D(2018, 11, 14), "day")
    assert _as_tuples(found)[1] == ("Fredag", D(2018, 11, 9), D(2018, 11, 9), "day")


# Page timestamps and bylines: the whole date is one expression, never a clock time
# cut out of it ("03.23" of "25.03.23"); an undated article is read around it.
TIMESTAMP_CASES = [
    (None, "none", "Opdateret 25.03.23 kl. 10.12\n\nPolitiet rykkede ud torsdag.",
     [("25.03.23", D(2023, 3, 25), D(2023, 3, 25), "day"),
      ("kl. 10.12", None, None, "time"),
      ("torsdag", D(2023, 3, 23), D(2023, 3, 23), "day")]),
    (None, "none", "Opdateret 25.03.2023 kl. 10.12",
     [("25.03.2023", D(2023, 3, 25), D(2023, 3, 25), "day"),
      ("kl. 10.12", None, None, "time")]),
    (None, "none", "Publiceret 4. jan. 2024 kl. 08:15",
     [("4. jan. 2024", D(2024, 1, 4), D(2024, 1, 4), "day"),
      ("kl. 08:15", None, None, "time")]),
    (THURSDAY, "day", "Mødet var 12. okt 2021.",
     [("12. okt 2021", D(2021, 10, 12), D(2021, 10, 12), "day")]),
    (THURSDAY, "day", "Mødet var 16/12-2013.",
     [("16/12-2013", D(2013, 12, 16), D(2013, 12, 16), "day")]),
    (None, "none", "10:12 | 25-03-2023",
     [("10:12", None, None, "time"), ("25-03-2023", D(2023, 3, 25), D(2023, 3, 25), "day")]),
    # no date: an impossible one, a version number, an abbreviation without a year
    (THURSDAY, "day", "Opdateret 32.03.23. Han kører version 3.10.12 af programmet.", []),
    (THURSDAY, "day", "Vi ses 24. jul og nytår. Fristen er 3. dec.", []),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), TIMESTAMP_CASES)
def test_timestamp_dates_are_whole_expressions(published: date | None, precision: str,
                                               text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


def test_a_date_after_the_wire_byline_anchors_nothing() -> None:
    # A page pasted whole: the story, its byline, then another story's teaser with its
    # stamp. The stamp is found, but it neither anchors nor pins the story's weekdays.
    story = "Præsidenten talte til nationen natten til torsdag.\n\n/ritzau/"
    teaser = "\n\nLæs også\n\n25.03.23\n\nPartiet vedtog i dag at stifte et ungdomsparti."
    found = _as_tuples(find_time_expressions(story + teaser, None, "none"))
    assert found[0] == ("natten til torsdag", None, None, "day")
    assert ("25.03.23", D(2023, 3, 25), D(2023, 3, 25), "day") in found
    # Without the byline the same stamp dates the story, as a page's own stamp does.
    alone = _as_tuples(find_time_expressions(story.replace("/ritzau/", "") + teaser,
                                             None, "none"))
    assert alone[0] == ("natten til torsdag", D(2023, 3, 23), D(2023, 3, 23), "day")


TUESDAY = D(2023, 6, 13)  # a Tuesday, day precision
JUNE = D(2023, 6, 1)  # an article dated only "2023-06"

# Weekday ranges: one expression for the span, its first day read as a bare weekday.
WEEKDAY_RANGE_CASES = [
    (TUESDAY, "day", "Festivalen blev holdt torsdag til lørdag.",
     [("torsdag til lørdag", D(2023, 6, 8), D(2023, 6, 10), "range")]),
    (TUESDAY, "day", "Festivalen vil løbe fra torsdag til og med lørdag.",
     [("fra torsdag til og med lørdag", D(2023, 6, 15), D(2023, 6, 17), "range")]),
    (TUESDAY, "day", "Vejen var spærret fra mandag til onsdag.",
     [("fra mandag til onsdag", D(2023, 6, 12), D(2023, 6, 14), "range")]),
    (TUESDAY, "day", "Butikken havde lukket fredag-mandag.",
     [("fredag-mandag", D(2023, 6, 9), D(2023, 6, 12), "range")]),
    (TUESDAY, "day", "Der var uro natten mellem lørdag og søndag.",
     [("natten mellem lørdag og søndag", D(2023, 6, 10), D(2023, 6, 11), "range")]),
    (JUNE, "month", "Festivalen blev holdt torsdag til lørdag.",
     [("torsdag til lørdag", D(2023, 6, 1), D(2023, 7, 1), "range")]),
    (None, "none", "Festivalen blev holdt torsdag til lørdag.",
     [("torsdag til lørdag", None, None, "range")]),
    # a move from one day to another names two days, not the days between
    (TUESDAY, "day", "Kampen blev flyttet fra torsdag til lørdag.",
     [("torsdag", D(2023, 6, 8), D(2023, 6, 8), "day"),
      ("lørdag", D(2023, 6, 10), D(2023, 6, 10), "day")]),
    # two days named side by side are two expressions
    (TUESDAY, "day", "Han talte torsdag og fredag.",
     [("torsdag", D(2023, 6, 8), D(2023, 6, 8), "day"),
      ("fredag", D(2023, 6, 9), D(2023, 6, 9), "day")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), WEEKDAY_RANGE_CASES)
def test_weekday_range_is_one_expression(published: date | None, precision: str, text: str,
                                         expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


# A part of a day keeps its day: with a weekday, and after "i går"/"i dag"/"i morgen".
DAY_PART_CASES = [
    (TUESDAY, "day", "Natten til mandag brændte det. Tidligt mandag morgen kom politiet, "
     "og i løbet af mandagen faldt der ro på. I aften holder de møde.",
     [("Natten til mandag", D(2023, 6, 12), D(2023, 6, 12), "day"),
      ("Tidligt mandag morgen", D(2023, 6, 12), D(2023, 6, 12), "day"),
      ("i løbet af mandagen", D(2023, 6, 12), D(2023, 6, 12), "day"),
      ("I aften", TUESDAY, TUESDAY, "day")]),
    (TUESDAY, "day", "Han landede i går aftes og rejser i morgen formiddag.",
     [("i går aftes", D(2023, 6, 12), D(2023, 6, 12), "day"),
      ("i morgen formiddag", D(2023, 6, 14), D(2023, 6, 14), "day")]),
    (TUESDAY, "day", "Branden startede natten til i dag.",
     [("natten til i dag", D(2023, 6, 12), TUESDAY, "day")]),
    # a month-dated article: the month-wide readings, never None
    (JUNE, "month", "Natten til mandag brændte det, og i aften holder de møde i dag.",
     [("Natten til mandag", D(2023, 6, 5), D(2023, 6, 26), "day"),
      ("i aften", D(2023, 6, 1), D(2023, 6, 30), "day"),
      ("i dag", D(2023, 6, 1), D(2023, 6, 30), "day")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), DAY_PART_CASES)
def test_part_of_a_day_keeps_its_day(published: date | None, precision: str, text: str,
                                     expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


# The text pins a day the article date leaves open: "i dag" beside a date is the
# article day; "på onsdag" in a clause about the past is the last Wednesday.
PINNED_DAY_CASES = [
    (D(2023, 12, 1), "month", "I dag, den 19. december, blev han løsladt. I går sad han "
     "stadig fængslet, og onsdag skal han i retten.",
     [("I dag", D(2023, 12, 19), D(2023, 12, 19), "day"),
      ("den 19. december", D(2023, 12, 19), D(2023, 12, 19), "day"),
      ("I går", D(2023, 12, 18), D(2023, 12, 18), "day"),
      ("onsdag", D(2023, 12, 20), D(2023, 12, 20), "day")]),
    (D(2023, 12, 1), "month", "I dag er det 19. december.",
     [("I dag", D(2023, 12, 19), D(2023, 12, 19), "day"),
      ("19. december", D(2023, 12, 19), D(2023, 12, 19), "day")]),
    # a date that is not beside "i dag" does not make it that day
    (D(2023, 12, 1), "month", "I dag mødes de. Sagen begyndte 3. december og sluttede "
     "den 29. december.",
     [("I dag", D(2023, 12, 1), D(2023, 12, 31), "day"),
      ("3. december", D(2023, 12, 3), D(2023, 12, 3), "day"),
      ("den 29. december", D(2023, 12, 29), D(2023, 12, 29), "day")]),
    # a day-dated article keeps its own day
    (TUESDAY, "day", "I dag, den 20. juni, mødes de.",
     [("I dag", TUESDAY, TUESDAY, "day"),
      ("den 20. juni", D(2023, 6, 20), D(2023, 6, 20), "day")]),
    (TUESDAY, "day", "Vi mødes på onsdag.", [("på onsdag", D(2023, 6, 14), D(2023, 6, 14),
                                              "day")]),
    (TUESDAY, "day", "Han blev løsladt på onsdag.",
     [("på onsdag", D(2023, 6, 7), D(2023, 6, 7), "day")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), PINNED_DAY_CASES)
def test_text_pins_the_day(published: date | None, precision: str, text: str,
                           expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


# A holiday named as the thing itself is no time; "på store bededag" is one.
HOLIDAY_THING_CASES = [
    (TUESDAY, "Regeringen vil afskaffe store bededag.", []),
    (TUESDAY, "Afskaffelsen af store bededag skaffer penge.", []),
    (TUESDAY, "Store bededag som helligdag forsvinder.", []),
    (TUESDAY, "Store bededag skal afskaffes, mener ministeren.", []),
    (TUESDAY, "Debatten om store bededag-aftalen fortsætter.", []),
    (TUESDAY, "Butikkerne holdt åbent på store bededag.",
     [("store bededag", D(2023, 5, 5), D(2023, 5, 5), "day")]),
    (TUESDAY, "Juleaften blev han anholdt.",
     [("Juleaften", D(2022, 12, 24), D(2022, 12, 24), "day")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), HOLIDAY_THING_CASES)
def test_holiday_named_as_a_thing_is_no_time(published: date, text: str,
                                             expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, "day")) == expected


# Clock times: docs/gold-format.md lists them with no value, alone or beside a day word
# (real-dev's gold does so too); the day word is its own expression.
CLOCK_CASES = [
    (TUESDAY, "Mødet begynder klokken 10.", [("klokken 10", None, None, "time")]),
    (TUESDAY, "Minkavlerne får besked i dag klokken 10.",
     [("i dag", TUESDAY, TUESDAY, "day"), ("klokken 10", None, None, "time")]),
    (TUESDAY, "Onsdag kl. 14.30 mødes de.",
     [("Onsdag", D(2023, 6, 7), D(2023, 6, 7), "day"), ("kl. 14.30", None, None, "time")]),
]


@pytest.mark.parametrize(("published", "text", "expected"), CLOCK_CASES)
def test_clock_times_have_no_value(published: date, text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, "day")) == expected


WEDNESDAY = D(2023, 6, 14)  # a Wednesday, day precision

# A part of the article's year, month or week.
UNIT_PART_CASES = [
    (WEDNESDAY, "day", "Han blev valgt tidligere på året.",
     [("tidligere på året", D(2023, 1, 1), D(2023, 6, 13), "range")]),
    (WEDNESDAY, "day", "Rapporten kommer senere på måneden.",
     [("senere på måneden", D(2023, 6, 15), D(2023, 6, 30), "range")]),
    (WEDNESDAY, "day", "Sidst på året kommer rapporten.",
     [("Sidst på året", D(2023, 9, 1), D(2023, 12, 31), "range")]),
    (WEDNESDAY, "day", "Først på ugen regnede det.",
     [("Først på ugen", D(2023, 6, 12), D(2023, 6, 14), "range")]),
    (WEDNESDAY, "day", "Sagen ventes afgjort sidst på måneden.",
     [("sidst på måneden", D(2023, 6, 21), D(2023, 6, 30), "range")]),
    # a third wholly after the article day, in a clause about the past: the last unit's
    (D(2023, 1, 10), "day", "Sidst på året steg priserne.",
     [("Sidst på året", D(2022, 9, 1), D(2022, 12, 31), "range")]),
    (JUNE, "month", "Han blev valgt tidligere på året.",
     [("tidligere på året", D(2023, 1, 1), D(2023, 6, 29), "range")]),
    # a part of a day without its day is that of the article day, never a week
    (WEDNESDAY, "day", "Sidst på eftermiddagen kom solen frem.",
     [("Sidst på eftermiddagen", WEDNESDAY, WEDNESDAY, "day")]),
    # "i starten/begyndelsen/midten/slutningen af" are the unit's thirds too
    (WEDNESDAY, "day", "Varmen kommer i slutningen af ugen.",
     [("i slutningen af ugen", D(2023, 6, 15), D(2023, 6, 18), "range")]),
    (WEDNESDAY, "day", "I starten af året faldt prisen.",
     [("I starten af året", D(2023, 1, 1), D(2023, 4, 30), "range")]),
    (WEDNESDAY, "day", "I begyndelsen af måneden kom regningen, i midten af ugen svaret.",
     [("I begyndelsen af måneden", D(2023, 6, 1), D(2023, 6, 10), "range"),
      ("i midten af ugen", D(2023, 6, 13), D(2023, 6, 15), "range")]),
    (JUNE, "month", "I slutningen af måneden kommer rapporten.",
     [("I slutningen af måneden", D(2023, 6, 21), D(2023, 6, 30), "range")]),
    # "i slutningen af 2020" stays the year
    (WEDNESDAY, "day", "Loven kom i slutningen af 2020.",
     [("2020", D(2020, 1, 1), D(2020, 12, 31), "year")]),
    # seasons "i løbet af": the season its clause points to, the cue in the expression
    (WEDNESDAY, "day", "I løbet af efteråret kommer loven.",
     [("I løbet af efteråret", D(2023, 9, 1), D(2023, 11, 30), "range")]),
    (WEDNESDAY, "day", "I løbet af foråret faldt prisen.",
     [("I løbet af foråret", D(2023, 3, 1), D(2023, 5, 31), "range")]),
    # "for et år siden": the month a year back, in a month-dated article too
    (WEDNESDAY, "day", "For et år siden var det anderledes.",
     [("For et år siden", D(2022, 6, 1), D(2022, 6, 30), "month")]),
    (JUNE, "month", "For et år siden var det anderledes, og om et år er det slut.",
     [("For et år siden", D(2022, 6, 1), D(2022, 6, 30), "month"),
      ("om et år", D(2024, 6, 1), D(2024, 6, 30), "month")]),
    # "tidligere på året": the year so far, also in a month-dated article
    (JUNE, "month", "Tidligere på året faldt prisen, og senere på året stiger den.",
     [("Tidligere på året", D(2023, 1, 1), D(2023, 6, 29), "range"),
      ("senere på året", D(2023, 6, 2), D(2023, 12, 31), "range")]),
    (WEDNESDAY, "day", "I sæsonen 2015/16 vandt de.",
     [("2015/16", D(2015, 1, 1), D(2016, 12, 31), "range")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), UNIT_PART_CASES)
def test_part_of_a_unit(published: date, precision: str, text: str,
                        expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


DECEMBER = D(2023, 12, 1)  # an article dated only "2023-12"

# The text pins the day of a month-dated article's weekdays and "i dag", or of an
# undated one; what does not pin it keeps the honest uncertainty.
NARROWED_CASES = [
    # "i dag tirsdag" is a Tuesday of the month, the one a date of the story pins, and
    # then the article day: "i går" is the day before
    (DECEMBER, "month", "I dag tirsdag kom dommen.",
     [("I dag tirsdag", D(2023, 12, 5), D(2023, 12, 26), "day")]),
    (DECEMBER, "month", "I dag tirsdag kom dommen. Sagen begyndte 12. december, og i går "
     "talte forsvareren.",
     [("I dag tirsdag", D(2023, 12, 12), D(2023, 12, 12), "day"),
      ("12. december", D(2023, 12, 12), D(2023, 12, 12), "day"),
      ("i går", D(2023, 12, 11), D(2023, 12, 11), "day")]),
    (DECEMBER, "month", "Mandag den 18. december mødtes de. Fredag kom svaret, og lørdag "
     "morgen var alt roligt.",
     [("Mandag den 18. december", D(2023, 12, 18), D(2023, 12, 18), "day"),
      ("Fredag", D(2023, 12, 15), D(2023, 12, 15), "day"),
      ("lørdag morgen", D(2023, 12, 16), D(2023, 12, 16), "day")]),
    (DECEMBER, "month", "Festivalen løb torsdag til lørdag. Den åbnede 14. december.",
     [("torsdag til lørdag", D(2023, 12, 14), D(2023, 12, 16), "range"),
      ("14. december", D(2023, 12, 14), D(2023, 12, 14), "day")]),
    # a page's update stamp in the next month, a far event, a past event: no anchor
    (DECEMBER, "month", "Fredag kom svaret.\n\nOpdateret 3. januar 2024 kl. 10.15",
     [("Fredag", D(2023, 12, 1), D(2023, 12, 29), "day"),
      ("3. januar 2024", D(2024, 1, 3), D(2024, 1, 3), "day"),
      ("kl. 10.15", None, None, "time")]),
    (DECEMBER, "month", "I dag mødes de. Koncerten er 18. juni 2024. Fredag kom svaret.",
     [("I dag", D(2023, 12, 1), D(2023, 12, 31), "day"),
      ("18. juni 2024", D(2024, 6, 18), D(2024, 6, 18), "day"),
      ("Fredag", D(2023, 12, 1), D(2023, 12, 29), "day")]),
    (DECEMBER, "month", "Fredag kom svaret. Ulykken skete 4. august 2023.",
     [("Fredag", D(2023, 12, 1), D(2023, 12, 29), "day"),
      ("4. august 2023", D(2023, 8, 4), D(2023, 8, 4), "day")]),
    # the page's publication stamp in the month is the article day
    (DECEMBER, "month", "Publiceret 14. december 2023\n\nI går brændte det.",
     [("14. december 2023", D(2023, 12, 14), D(2023, 12, 14), "day"),
      ("I går", D(2023, 12, 13), D(2023, 12, 13), "day")]),
    # ... but not a publishing verb in a sentence: that date is the story's anchor
    (DECEMBER, "month", "Rapporten blev offentliggjort 14. december 2023. I går kom svaret.",
     [("14. december 2023", D(2023, 12, 14), D(2023, 12, 14), "day"),
      ("I går", D(2023, 12, 10), D(2023, 12, 16), "day")]),
    # a story around a day just after its month was still written in its month
    (D(2018, 11, 1), "month", "I dag tændes lyset. Det sker 1. december.",
     [("I dag", D(2018, 11, 28), D(2018, 11, 30), "day"),
      ("1. december", D(2018, 12, 1), D(2018, 12, 1), "day")]),
    # undated: "i dag tirsdag" beside its date, or the publication stamp, dates it all
    (None, "none", "Det oplyser politiet i dag tirsdag den 10. november 2020. I aftes "
     "brændte det, og i weekenden var der uro. Søndag talte ministeren.",
     [("i dag tirsdag", D(2020, 11, 10), D(2020, 11, 10), "day"),
      ("den 10. november 2020", D(2020, 11, 10), D(2020, 11, 10), "day"),
      ("I aftes", D(2020, 11, 9), D(2020, 11, 9), "day"),
      ("i weekenden", D(2020, 11, 7), D(2020, 11, 8), "range"),
      ("Søndag", D(2020, 11, 8), D(2020, 11, 8), "day")]),
    (None, "none", "Publiceret 10. nov. 2020\n\nI dag mødes de. I aftes brændte det.",
     [("10. nov. 2020", D(2020, 11, 10), D(2020, 11, 10), "day"),
      ("I dag", D(2020, 11, 10), D(2020, 11, 10), "day"),
      ("I aftes", D(2020, 11, 9), D(2020, 11, 9), "day")]),
    # nothing pins it: no day, the granularity kept
    (None, "none", "I dag mødes de. I aftes brændte det. I weekenden var der uro.",
     [("I dag", None, None, "day"), ("I aftes", None, None, "day"),
      ("I weekenden", None, None, "range")]),
]


@pytest.mark.parametrize(("published", "precision", "text", "expected"), NARROWED_CASES)
def test_the_text_narrows_an_article_date_it_pins(published: date | None, precision: str,
                                                  text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_time_expressions(text, published, precision)) == expected


def test_the_first_word_gate_drops_no_match() -> None:
    """``_PATTERN`` checks the first word before trying its items (for speed); it must
    find exactly what the items alone find, on every test sentence and test article."""
    from pathlib import Path

    from pressespejl.nlp.components import time_expressions as te

    articles = Path(__file__).parents[1] / "articles"
    texts = [case[0] for case in DAY_CASES + MONTH_CASES]
    texts += [case[1] for case in TENSE_CASES + REAL_NEWS_CASES + MORE_CASES + ANCHOR_CASES]
    texts += [case[2] for case in PIN_CASES + TIMESTAMP_CASES + WEEKDAY_RANGE_CASES
              + DAY_PART_CASES + PINNED_DAY_CASES + UNIT_PART_CASES + NARROWED_CASES]
    texts += [case[1] for case in HOLIDAY_THING_CASES + CLOCK_CASES]
    texts += [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]
    for text in texts:
        lower = text.lower()
        gated = [(m.span(), m.lastgroup) for m in te._PATTERN.finditer(lower)]
        assert gated == [(m.span(), m.lastgroup) for m in te._UNGATED.finditer(lower)], text
