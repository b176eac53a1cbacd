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


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Viborg førte 12-9 ved pausen, men tabte kampen.", "Viborg"),
        ("Ved pausen førte Holbæk med 12-9.", "Holbæk"),
        ("Kampen endte 18-12 til Ikast.", "Ikast"),
        ("Han spillede gode kampe for Kolding før jul.", "Kolding"),
        ("Brøndbys angriber var skadet.", "Brøndbys"),
        ("I pokalkampen mod Holbæk scorede han to mål.", "Holbæk"),
    ],
)
def test_a_town_named_as_a_team_is_an_organisation(text: str, team: str) -> None:
    assert (team, "ORG") in ents(text)


def test_a_result_line_names_two_teams() -> None:
    assert ents("Nakskov - Holbæk 2-0") == [("Nakskov", "ORG"), ("Holbæk", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Hun flyttede til Holbæk i 2010 og bor der nu.",
        "Holdet fra Skive spillede i Viborg i går, og kampen endte uafgjort.",
        "Aalborgs borgmester fik 20-30 breve om dagen.",
        "Han har lavet meget for Kolding.",
    ],
)
def test_a_town_outside_a_match_stays_a_place(text: str) -> None:
    assert all(label == "LOC" for _t, label in ents(text))


def test_a_country_playing_a_match_stays_a_place() -> None:
    assert ents("Danmark slog Sverige 2-1 i kampen.") == [("Danmark", "LOC"), ("Sverige", "LOC")]


def test_a_town_team_takes_its_listed_club_as_canonical_name() -> None:
    analysis = analyze(Article(id="t", text="Brøndbys angriber var skadet.",
                               published=date(2022, 1, 12)))
    assert [e.canonical for e in analysis.entities] == ["Brøndby IF"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Han har arbejdet hos Arne Kjærs Tegnestue i ti år.", "Arne Kjærs Tegnestue"),
        ("Hun spiller på Betty Nansen Teatret.", "Betty Nansen Teatret"),
        ("Han ejer aktier i Thor Bryggerierne.", "Thor Bryggerierne"),
        ("Georg Jensen Sølvsmedie sælger godt.", "Georg Jensen Sølvsmedie"),
        ("Han debuterede mod AC Torino i går.", "AC Torino"),
        ("Hun ejer 10 procent af Nordkraft AS.", "Nordkraft AS"),
    ],
)
def test_a_firm_named_after_a_person_or_a_foreign_club_is_an_organisation(
        text: str, name: str) -> None:
    assert (name, "ORG") in ents(text)


def test_a_surname_that_is_a_common_noun_stays_a_person() -> None:
    assert ents("Jens Skov og Anne Fisker kom.") == [("Jens Skov", "PER"), ("Anne Fisker", "PER")]


def test_a_club_prefix_after_a_club_name_opens_the_next_club() -> None:
    found = ents("Kampen mellem Bakkely IF- FC Nordsøen endte 1-1.")
    assert ("FC Nordsøen", "ORG") in found
    assert not any(text.endswith("- FC") for text, _label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- Det er dyrt, grinede Bolle.", "Bolle"),
        ("\"Det er en opgave for amtet,\" siger Kaalund.", "Kaalund"),
        ("»Hvorfor?« spurgte Dalmark og gik.", "Dalmark"),
    ],
)
def test_one_capitalised_word_after_a_quote_and_its_verb_is_a_person(
        text: str, name: str) -> None:
    assert (name, "PER") in ents(text)


@pytest.mark.parametrize("text", ["- Nej, siger Formanden.", "- Nej, siger Politiet."])
def test_a_title_or_a_definite_noun_after_a_quote_is_no_name(text: str) -> None:
    assert ents(text) == []


def test_an_organisation_after_a_quote_stays_an_organisation() -> None:
    assert ents("- Ja, siger Venstre.") == [("Venstre", "ORG")]


def test_a_title_and_a_surname_that_reads_as_a_compound_is_a_person() -> None:
    found = ents("Det sagde politimester Dahlfelt i går.")
    assert ("Dahlfelt", "PER") in found


def test_a_compound_noun_after_a_full_stop_inside_a_quote_is_no_person() -> None:
    # A quote of several sentences is one sentence to the segmenter, so the capital
    # after its full stop is not a sentence start there; it is no name either.
    text = ("\"Udviklingen er gået stærkt. Cybertruslen er generelt i stigning,\" "
            "skriver tjenesten.")
    assert not any(name == "Cybertruslen" for name, _label in ents(text))


def test_a_form_of_address_is_no_person_but_a_first_name_still_is() -> None:
    found = ents("Hans Majestæt Kongen hilste på Hans Hansen, og Hendes Kongelige Højhed "
                 "Prinsessen kom senere.")
    assert found == [("Hans Hansen", "PER")]


def test_a_full_stop_after_a_name_is_no_part_of_it() -> None:
    found = ents("Det skriver Berlingske. Ferencvaros vandt kampen 2-1.")
    assert ("Berlingske", "ORG") in found


def test_a_listed_name_ending_in_a_number_at_a_sentence_end_is_found() -> None:
    analysis = analyze(Article(id="t", text="Det skriver TV 2.", published=date(2022, 1, 12)))
    assert [(e.label, e.canonical) for e in analysis.entities] == [("ORG", "TV 2")]
