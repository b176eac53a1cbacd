"""Datelines: the publication day (or place) an article's text states about itself."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pressespejl.ingest._datelines import MONTHS, find_dateline_date, find_place_dateline

CASES = [
    # publication cues, with or without a colon, "d."/"den", numeric forms
    ("Titel\n\nPubliceret 12. marts 2021\n\nTekst.", date(2021, 3, 12)),
    ("Titel\n\nPubliceret: 12.03.2021 kl. 10:15\n\nTekst.", date(2021, 3, 12)),
    ("Udgivet d. 3. maj 2020\n\nTekst.", date(2020, 5, 3)),
    ("Tekst.\n\nDato: 2019-11-02", date(2019, 11, 2)),
    ("Titel\n\nPubliceret 12. mar. 2021\n\nTekst.", date(2021, 3, 12)),
    # a publication cue wins over an update cue, wherever they stand
    ("Opdateret 16.12.2013 kl. 10.15 Publiceret 15/12/2013\n\nTekst.", date(2013, 12, 15)),
    # a date with its clock time, ending the line or running into a byline
    ("Hans Hansen Onsdag, 10. april 2019 - 17:22\n\nTekst.", date(2019, 4, 10)),
    ("Titel\n\nLejre - 04. maj 2018 kl. 14:31 Af Anne Berg Kontakt redaktionen\n\nTekst.",
     date(2018, 5, 4)),
    # a date opening a short line that goes on to a byline
    ("Titel\n\n1. september 2016 Politik Skrevet af: Ole Hansen\n\nTekst.", date(2016, 9, 1)),
    # a date that fills a line by itself, maybe after a place and a dash
    ("I dag falder dommen\n\nKøge - 02. september 2021\n\nTekst.", date(2021, 9, 2)),
    ("Titel\n\nODENSE – 3. marts 2020 kl. 10.15\n\nTekst.", date(2020, 3, 3)),
    ("Titel\n\nTirsdag 16. juni 2020\n\nTekst.", date(2020, 6, 16)),
    # page timestamps: a two-digit year, an abbreviated month, at the top or the bottom
    ("Titel\n\nOpdateret 25.03.23 kl. 10.12\n\nTekst.", date(2023, 3, 25)),
    ("Titel\n\n07.11.22\n\nTekst.", date(2022, 11, 7)),
    ("Tekst.\n\nPubliceret 4. jan. 2024 kl. 08:15", date(2024, 1, 4)),
    ("Titel\n\nTekst.\n\n4. jan. 2024 kl. 08.15", date(2024, 1, 4)),
    ("Titel\n\n10:12 | 25-03-2023\n\nTekst.", date(2023, 3, 25)),
    ("Titel\n\nKøge - 16/12-2013\n\nTekst.", date(2013, 12, 16)),  # a Danish hand
    ("Titel\n\nKl. 10.12 - 25.03.23\n\nTekst.", date(2023, 3, 25)),
    # not datelines: events inside sentences, appointments, dates without a year
    ("Titel\n\nOnsdag 5. juni 2019 skal danskerne stemme.", None),
    ("Titel\n\nKøge - 02. september\n\nTekst.", None),
    ("Den 9. april 1940 besatte Tyskland Danmark.", None),
    ("Mødet er 10. april 2019 kl. 19.00 på rådhuset.", None),
    ("12. marts 2021 blev loven vedtaget af Folketinget.", None),
    ("Titel\n\n18. maj rundede politiet et skarpt hjørne.", None),
    ("Publiceret 31. februar 2021", None),
    ("Titel\n\nOpdateret 32.03.23 kl. 10.12\n\nTekst.", None),
    ("Titel\n\nResultatet blev 25.03.23 i hallen.", None),
    ("Titel\n\nKlokken 10.12 den 25.03.2023 gik alarmen.", None),
    # a cue word inside a sentence dates an event, not the page
    ("Titel\n\nRapporten blev offentliggjort 12. marts 2021 af ministeriet.", None),
    ("Titel\n\nBogen er udgivet d. 3. maj 2020 på et lille forlag.", None),
    ("Titel\n\nsenest opdateret 3. maj 2020\n\nTekst.", date(2020, 5, 3)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_dateline_date(text, expected):
    found = find_dateline_date(text)
    assert (found.published if found else None) == expected
    if found:
        assert found.published.isoformat()  # and its span points into the text
        assert 0 <= found.start < found.end <= len(text)


def test_dateline_is_searched_only_near_the_ends():
    middle = "\n\n".join(["Afsnit."] * 8 + ["Publiceret 12. marts 2021"] + ["Afsnit."] * 8)
    assert find_dateline_date(middle) is None
    assert find_dateline_date(middle + "\n\nPubliceret 1. april 2021").published == date(2021, 4, 1)


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("KØBENHAVN (Ritzau): Regeringen fremlægger planen.", "KØBENHAVN", "Ritzau"),
    ("Titel\n\nBRUXELLES (AFP) - EU-landene er enige.", "BRUXELLES", "AFP"),
    ("NEW YORK (Reuters): Aktierne steg.", "NEW YORK", "Reuters"),
])
def test_find_place_dateline(text, place, agency):
    found = find_place_dateline(text)
    assert (found.place, found.agency, found.published) == (place, agency, None)


@pytest.mark.parametrize("text", [
    "RESSORT: S støtter ikke forslaget.",  # a kicker, no agency: nothing to record
    "Regeringen (S) fremlægger: planen.",
    "Tekst.\n\nTekst.\n\nTekst.\n\nTekst.\n\nKØBENHAVN (Ritzau): for langt nede.",
])
def test_no_place_dateline(text):
    assert find_place_dateline(text) is None


def test_month_names_match_the_nlp_table():
    from pressespejl.nlp.da.months import MONTHS as NLP_MONTHS

    assert MONTHS == NLP_MONTHS


def test_page_stamp_cues_match_the_nlp_table():
    from pressespejl.ingest._datelines import PAGE_STAMP_CUES
    from pressespejl.nlp.da.time_words import PAGE_STAMP_CUES as NLP_CUES

    assert PAGE_STAMP_CUES == NLP_CUES


def test_month_abbreviations_match_the_nlp_table():
    from pressespejl.ingest._datelines import MONTH_ABBREVIATIONS
    from pressespejl.nlp.da.months import MONTH_ABBREVIATIONS as NLP_ABBREVIATIONS

    assert MONTH_ABBREVIATIONS == NLP_ABBREVIATIONS


def test_the_cheap_pre_tests_drop_no_dateline(monkeypatch):
    """``find_dateline_date`` skips paragraphs without a year and patterns whose cue or
    clock time is missing (for speed); without those tests it must find the same."""
    from pressespejl.ingest import _datelines

    texts = [text for text, _ in CASES] + [
        "Titel\n\nTekst uden dato.\n\nOnsdag 12. maj 2021 kl. 10.15",
        "Titel\n\nSenest opdateret: 3. juni 2022 - 08:12\n\nTekst fra 2020.",
        "Tekst.\n\nfredag d. 7. dec. 2026 kl. 10.15 Af Ane Berg",
    ]
    gated = [find_dateline_date(text) for text in texts]
    assert sum(found is not None for found in gated) >= len(texts) // 2
    monkeypatch.setattr(_datelines, "_MAY_HOLD_DATE", re.compile(""))
    monkeypatch.setattr(_datelines, "_GATED",
                        tuple((pattern, None) for pattern, _ in _datelines._GATED))
    assert [find_dateline_date(text) for text in texts] == gated


@pytest.mark.parametrize(("value", "expected"), [
    ("7. december 2026", date(2026, 12, 7)),
    (" 07.12.2026 ", date(2026, 12, 7)),
    ("7/12-2026", date(2026, 12, 7)),
    ("d. 7. dec. 2026 kl. 10.15", date(2026, 12, 7)),
    ("Mandag den 7. december 2026, 10:15", date(2026, 12, 7)),
    ("7.12.26", date(2026, 12, 7)),
    # not one Danish date: None (the caller says what it expected)
    ("7. december", None), ("fredag", None), ("i går", None), ("2026-12-07", date(2026, 12, 7)),
    ("Publiceret 7. december 2026", None), ("7. december 2026 blev loven vedtaget", None),
])
def test_read_danish_date(value, expected):
    from pressespejl.ingest._datelines import read_danish_date

    assert read_danish_date(value) == expected


def test_read_danish_date_names_an_impossible_day():
    from pressespejl.ingest._datelines import read_danish_date

    with pytest.raises(ValueError, match=r"impossible date '31\. februar 2026'"):
        read_danish_date("31. februar 2026")


@pytest.mark.parametrize("line", [
    "/ritzau/", "/ritzau/Reuters", "/ritzau/ AFP", "  /ritzau/Reuters/AFP/dpa", "/Ritzau Fokus/",
    "/2022/", "//", "/s", "/ er et skråstreg, og det er en hel sætning med mange ord.",
    "/" + "a" * 30 + "/" + "b" * 30, "kl. 10/12", "ritzau/"])
def test_the_nlp_stage_reads_wire_bylines_as_ingest_does(line):
    # The time expressions end the story at a wire byline with their own copy of the rule.
    from pressespejl.ingest._text import parse_byline
    from pressespejl.nlp.components.time_expressions import is_wire_byline

    assert is_wire_byline(line) == (parse_byline(line) is not None)
