"""The entity clean-up and linking rules (nlp/components/_entity_forms.py), on hand-made
strings: junk spans, places named by their last word, one canonical name per thing."""

from __future__ import annotations

import pytest

from pressespejl.nlp.components._entity_forms import Found, clean, link


def span(text: str, written: str, label: str, **kw: bool) -> Found:
    start = text.index(written)
    return Found(start, start + len(written), label, written, **kw)


def cleaned(text: str, written: str, label: str) -> tuple[str, str, str] | None:
    """(written text, label, canonical) after ``clean``, or None when dropped."""
    found = clean(text, span(text, written, label, model=True), {0})
    return None if found is None else (text[found.start : found.end], found.label,
                                       found.canonical)


@pytest.mark.parametrize(
    ("text", "written", "label", "expected"),
    [
        # web-page chrome stuck to a name
        ("Af Anders Holt Kontakt redaktionen", "Anders Holt Kontakt", "PER",
         ("Anders Holt", "PER", "Anders Holt")),
        ("Ulla Bak Vis mere", "Ulla Bak Vis", "PER", ("Ulla Bak", "PER", "Ulla Bak")),
        ("2. maj 2021 Politik Skrevet af Ole Kæhler", "Politik Skrevet", "ORG", None),
        # a compound part cut off, and trailing score numbers
        ("Klima- og energiministeren", "Klima-", "ORG", None),
        ("Det var en PR- og mediesag.", "PR-", "ORG", None),
        ("Vesterby IFs 2- 1- sejr", "Vesterby IFs 2-", "ORG",
         ("Vesterby IFs", "ORG", "Vesterby IFs")),
        # an everyday word that only starts a sentence, or a heading in capitals
        ("Efterfulgt af en stor gruppe kom hun.", "Efterfulgt", "PER", None),
        ("Afviste at svare.", "Afviste", "ORG", None),
        ("KRITIK Hun har ikke lyttet", "KRITIK", "ORG", None),
        ("Branden opstod ved midnat.", "Branden", "LOC", None),
        ("Hils Deres Majestæt fra os", "Majestæt", "PER", None),
        # a place named by its last or first word
        ("Han boede i Tavsens Gade i mange år.", "Tavsens Gade", "ORG",
         ("Tavsens Gade", "LOC", "Tavsens Gade")),
        ("Ulykken skete på Grønnevej ved midnat.", "Grønnevej", "PER",
         ("Grønnevej", "LOC", "Grønnevej")),
        ("Etapen sluttede på Mont Ventoux i går.", "Mont Ventoux", "PER",
         ("Mont Ventoux", "LOC", "Mont Ventoux")),
        ("De bor nu i Center Sandholm.", "Center Sandholm", "PER",
         ("Center Sandholm", "LOC", "Center Sandholm")),
        ("De mødtes ved Vesterby Station i går.", "Vesterby", "LOC",
         ("Vesterby Station", "LOC", "Vesterby Station")),
        ("Festen var på Blåkilde Plads i går.", "Blåkilde", "ORG",
         ("Blåkilde Plads", "LOC", "Blåkilde Plads")),
        ("De blev sendt til Udrejsecenter Kildemose i går.", "Kildemose", "LOC",
         ("Udrejsecenter Kildemose", "LOC", "Udrejsecenter Kildemose")),
        # ... but a person whose surname is a place word stays a person
        ("Det siger Jørgen Skov til avisen.", "Jørgen Skov", "PER",
         ("Jørgen Skov", "PER", "Jørgen Skov")),
        # an English name with function words is a group, not a person
        ("Banden Brave To Nordby er splittet.", "Brave To Nordby", "PER",
         ("Brave To Nordby", "ORG", "Brave To Nordby")),
        # a club in a compound with a common noun
        ("Vesterby IF-træneren var glad.", "Vesterby IF-træneren", "ORG",
         ("Vesterby IF-træneren", "ORG", "Vesterby IF")),
        # initials before a name belong to it
        ("Om H. C. Andersen skrev hun en bog.", "C. Andersen", "PER",
         ("H. C. Andersen", "PER", "H. C. Andersen")),
        # a party letter alone is the party
        ("RESSORT: S støtter ikke forslaget", "S", "ORG", ("S", "ORG", "Socialdemokratiet")),
    ],
)
def test_entity_forms_clean(text: str, written: str, label: str, expected: tuple | None) -> None:
    assert cleaned(text, written, label) == expected


def test_entity_forms_clean_keeps_a_listed_town_at_a_sentence_start() -> None:
    assert cleaned("Vejen har fået ny borgmester.", "Vejen", "LOC") == (
        "Vejen", "LOC", "Vejen")


def linked(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Link mentions given as (written, label), each found left to right."""
    found, pos = [], 0
    for written, label in spans:
        start = text.index(written, pos)
        found.append(Found(start, start + len(written), label, written, model=True))
        pos = start + len(written)
    return [(text[f.start : f.end], f.label, f.canonical) for f in link(text, found)]


def test_entity_forms_link_case_variants() -> None:
    text = "AALBORG: Regnen ramte Aalborg hårdt."
    assert linked(text, [("AALBORG", "LOC"), ("Aalborg", "LOC")]) == [
        ("AALBORG", "LOC", "Aalborg"), ("Aalborg", "LOC", "Aalborg")]


def test_entity_forms_link_genitive_to_the_name() -> None:
    text = "Primoz Roglic vandt. Roglics hold jublede."
    assert linked(text, [("Primoz Roglic", "PER"), ("Roglics", "PER")])[1] == (
        "Roglics", "PER", "Primoz Roglic")


def test_entity_forms_link_first_name_and_middle_name_to_the_person() -> None:
    text = "Holger K. Nielsen talte. Holger Nielsen smilede, og Holger gik."
    assert [c for _w, _l, c in linked(text, [("Holger K. Nielsen", "PER"),
                                             ("Holger Nielsen", "PER"),
                                             ("Holger", "PER")])] == ["Holger K. Nielsen"] * 3


def test_entity_forms_link_first_name_only_when_one_person_has_it() -> None:
    text = "Anne Berg og Anne Lund kom. Anne sagde ja."
    assert linked(text, [("Anne Berg", "PER"), ("Anne Lund", "PER"), ("Anne", "PER")])[2] == (
        "Anne", "PER", "Anne")


def test_entity_forms_link_a_name_cut_off_at_the_end_of_the_text() -> None:
    text = "Det siger Klaus Larsen. Det bliver koldt, siger Klaus La"
    assert linked(text, [("Klaus Larsen", "PER"), ("Klaus La", "PER")])[1] == (
        "Klaus La", "PER", "Klaus Larsen")


def test_entity_forms_link_short_forms_of_an_organisation() -> None:
    text = ("Nordisk Andelsbank hævede renten. Andelsbanken venter mere. "
            "Vesterby IF vandt. Vesterby scorede to gange. VIF fører nu.")
    assert [c for _w, _l, c in linked(text, [
        ("Nordisk Andelsbank", "ORG"), ("Andelsbanken", "ORG"), ("Vesterby IF", "ORG"),
        ("Vesterby", "ORG"), ("VIF", "ORG")])] == [
        "Nordisk Andelsbank", "Nordisk Andelsbank", "Vesterby IF", "Vesterby IF",
        "Vesterby IF"]


def test_entity_forms_link_a_club_named_by_its_town() -> None:
    text = "FC Nordvig tabte. De var bedre end Nordvig, sagde træneren."
    assert linked(text, [("FC Nordvig", "ORG"), ("Nordvig", "LOC")])[1] == (
        "Nordvig", "ORG", "FC Nordvig")


def test_entity_forms_link_one_label_per_name() -> None:
    text = "Byer som Varde, Ribe og Varde. Politiet i Varde."
    labels = [lab for _w, lab, _c in linked(text, [
        ("Varde", "ORG"), ("Ribe", "LOC"), ("Varde", "LOC"), ("Varde", "LOC")])]
    assert labels == ["LOC"] * 4


def test_entity_forms_link_a_listed_place_is_no_person() -> None:
    text = "Toget kørte fra Malmø i morges."
    assert linked(text, [("Malmø", "PER")]) == [("Malmø", "LOC", "Malmø")]


def test_entity_forms_link_a_definite_noun_to_the_hyphened_name_it_ends() -> None:
    text = "EU-Kommissionen foreslår nye regler. Kommissionen vil stramme dem."
    assert linked(text, [("EU-Kommissionen", "ORG"), ("Kommissionen", "ORG")])[1] == (
        "Kommissionen", "ORG", "EU-Kommissionen")


@pytest.mark.parametrize(
    ("text", "written", "label", "expected"),
    [
        # a person's genitive before what they own
        ("Det var Ole Vangs fødested.", "Ole Vangs", "PER", ("Ole Vangs", "PER", "Ole Vang")),
        ("Alle så Majbrits kampagne.", "Majbrits", "LOC", ("Majbrits", "PER", "Majbrit")),
        # ... but a name ending in "s" before a verb keeps it
        ("Så siger Ib Jonas igen.", "Ib Jonas", "PER", ("Ib Jonas", "PER", "Ib Jonas")),
        # a capitalised compound or title that starts a sentence is no name
        ("Fodboldmæssigt var det en skuffelse.", "Fodboldmæssigt", "ORG", None),
        ("Cyberangrebet ramte i nat.", "Cyberangrebet", "ORG", None),
        ("Formand for Naalakkersuisut var hun.", "Formand", "LOC", None),
        # a numbered thing, and a headline in title case
        ("Der blev fisket i Område 4 i år.", "Område 4", "ORG", None),
        ("Lastbiluheld Spærrer Nordgående Spor", "Lastbiluheld Spærrer", "ORG", None),
        # a listed name after a common word the span took along
        ("Samarbejdspartnerne Socialdemokratiet og SF", "Samarbejdspartnerne Socialdemokratiet",
         "ORG", ("Socialdemokratiet", "ORG", "Socialdemokratiet")),
        # a holiday is a day
        ("Til Sankt Hans brænder de bål.", "Sankt Hans", "ORG", None),
        # a ship after its vessel noun
        ('Det skete med skibet "Mette Bølge" i går.', "Mette Bølge", "PER",
         ("Mette Bølge", "VESSEL", "Mette Bølge")),
    ],
)
def test_entity_forms_clean_new_classes(text: str, written: str, label: str,
                                        expected: tuple | None) -> None:
    assert cleaned(text, written, label) == expected


@pytest.mark.parametrize(
    ("text", "written", "label", "parts"),
    [
        ("Truslen kommer fra Iran og Nordkorea.", "Iran og Nordkorea", "LOC",
         [("Iran", "LOC"), ("Nordkorea", "LOC")]),
        ("Skolen i Nørby/Vesterlund lukker.", "Nørby/Vesterlund", "LOC",
         [("Nørby", "LOC"), ("Vesterlund", "LOC")]),
        ("Afgangen fra Rønne Ystad er aflyst.", "Rønne Ystad", "PER",
         [("Rønne", "LOC"), ("Ystad", "LOC")]),
        # one name with "og" or a company form stays whole
        ("Sagen gik til Sø- og Handelsretten.", "Sø- og Handelsretten", "ORG",
         [("Sø- og Handelsretten", "ORG")]),
        ("Han ejer Morbær A/S nu.", "Morbær A/S", "ORG", [("Morbær A/S", "ORG")]),
    ],
)
def test_entity_forms_split_names_side_by_side(text: str, written: str, label: str,
                                               parts: list) -> None:
    from pressespejl.nlp.components._entity_forms import split

    got = split(text, span(text, written, label, model=True))
    assert [(text[f.start : f.end], f.label) for f in got] == parts


def test_entity_forms_link_spellings_with_and_without_accents() -> None:
    text = "Lava ramte Grindavik. Beboerne i Grindavík er evakueret."
    assert {c for _w, _l, c in linked(text, [("Grindavik", "LOC"), ("Grindavík", "LOC")])} == {
        "Grindavik"}


def test_entity_forms_link_a_name_cut_off_at_the_end_to_a_listed_name() -> None:
    text = "Han blev valgt til formand for Inatsi"
    assert linked(text, [("Inatsi", "LOC")]) == [("Inatsi", "ORG", "Inatsisartut")]


def test_entity_forms_link_a_definite_form_of_a_name_in_the_article() -> None:
    text = "Vesterby Festival åbner. Mange kommer til Vesterby Festivalen."
    assert linked(text, [("Vesterby Festival", "ORG"), ("Vesterby Festivalen", "ORG")])[1][2] == (
        "Vesterby Festival")
