"""Speaker shapes of Danish news (round 12, mined at breadth on unlabelled pages about the
royal family, defence, church, tourism, nature, consumers and unions): each class with
several invented variants and near-misses. All texts are invented for these tests (none
copied from a news page or the search tool).

End-to-end cases are (text, expected) with expected = [(kind, speaker), ...] per quote, in
text order; the kinds are checked too, so a case also fails when the quote is not found.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import case_ids, kinds_and_speakers

from pressespejl.nlp.components._mentions import descriptor_at

quotes_of = partial(kinds_and_speakers, published=date(2025, 3, 4))


# 1. Royals: "kong X" before the name is the title "konge" ("sagde kongen" is him), and a
#    royal named by the first name alone has the title's gender for a later "han"/"hun".
ROYALS = [
    ("Kongen besøgte Esbjerg\n\n"
     "Onsdag besøgte kong Frederik havnen i Esbjerg, hvor borgmester Lise Dam tog imod.\n\n"
     "- Det er en stor dag for byen, sagde kongen.",
     [("direct", "Frederik")]),
    ("Kongen talte i Odense\n\n"
     "Borgmester Lise Dam bød velkommen på rådhuset.\n\n"
     "- Odense har altid været en by, jeg holder af, sagde kong Christian.",
     [("direct", "Christian")]),
    ("Statsbesøg i Norge\n\n"
     "Kongeparret tog imod præsident Anna Sig og hendes mand, Ole Sig, på slottet.\n\n"
     "Ved middagen holdt kong Frederik en tale om de to lande.\n\n"
     "Han fremhævede samtidig, at de to lande står sammen.",
     [("indirect", "Frederik")]),
    ("Dronningen åbnede udstilling\n\n"
     "Dronning Ingrid åbnede tirsdag en udstilling på Koldinghus, hvor direktør Per Lund "
     "viste rundt.\n\n"
     "- Det er en stor glæde at se værkerne, sagde dronningen.\n\n"
     "Hun fortalte, at hun selv havde tegnet flere af dem.",
     [("direct", "Ingrid"), ("indirect", "Ingrid")]),
    ("Prinsen på besøg\n\n"
     "Prins Knud besøgte i går soldaterne på Holstebro Kaserne sammen med oberst Lone "
     "Berg.\n\n"
     "Han sagde, at han var imponeret over soldaterne.",
     [("indirect", "Knud")]),
    ("Kongen holdt tale\n\n"
     "Kong Frederik talte ved gallamiddagen om forholdet til Sverige.\n\n"
     "Her henviste han til landstræner Jon Dal, der sad ved bordet.\n\n"
     "- Det er næsten en genforening, sagde han.",
     [("direct", "Kong Frederik")]),
    ("Kongen holdt tale\n\n"
     "I Kolding holdt kong Frederik tale for borgerne.\n\n"
     "Derudover sendte kongen en hilsen fra sin mor:\n\n"
     "- Hun ville gerne have været her i dag.",
     [("direct", "Frederik")]),
]


@pytest.mark.parametrize(("text", "expected"), ROYALS, ids=case_ids(ROYALS))
def test_royal_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(text) == expected


def test_connective_is_no_descriptor() -> None:
    """A connective that opens a colon introduction is no person noun ("Derudover"),
    while a person noun there still is one ("Naboen")."""
    text = "Derudover sendte kongen en hilsen:"
    assert descriptor_at(text, 0, len(text)) is None
    text = "Naboen sendte en hilsen:"
    assert descriptor_at(text, 0, len(text)) is not None


# 2. The royal house speaks as an institution, written in lower case mid-sentence
#    ("skriver kongehuset", "meddeler hoffet"); a document an organisation is said to have
#    spoken in ("Det oplyser X i en pressemeddelelse") speaks for X when quoted later.
ROYAL_HOUSE = [
    ("Prinsen fylder 20 år\n\n"
     "Prins Knud fejrede lørdag sin fødselsdag med en fest på slottet.\n\n"
     "- Tak for alle de søde hilsner, skrev kongehuset i et opslag søndag.",
     [("direct", "kongehuset")]),
    ("Nyt ansigt ved hoffet\n\n"
     "Fra 1. maj får kongefamilien en ny ceremonimester. Det skriver kongehuset i en "
     "pressemeddelelse.",
     [("indirect", "kongehuset")]),
    ("Julen på slottet\n\n"
     "Kongefamilien samles i år på Gråsten, meddeler hoffet.",
     [("indirect", "hoffet")]),
    ("Ny chef for flyvevåbnet\n\n"
     "Generalmajor Ole Dam bliver ny chef for Flyvevåbnet. Det oplyser Forsvaret i en "
     "pressemeddelelse.\n\n"
     "'Ole Dam har en lang karriere bag sig', lyder det i pressemeddelelsen.",
     [("indirect", "Forsvaret"), ("direct", "Forsvaret")]),
]


@pytest.mark.parametrize(("text", "expected"), ROYAL_HOUSE, ids=case_ids(ROYAL_HOUSE))
def test_royal_house_and_document_sender(text: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(text) == expected


# 3. A role before the name that the mention reader did not take apart: an adjective
#    before a role word it does not know ("politisk rådgiver Helle Eck") and an
#    organisation's title glued to the name by a hyphen after a digit ("3F-formand").
ROLE_BEFORE_NAME = [
    ("Travlt på restauranterne\n\n"
     "Hedebølgen fylder bordene op.\n\n"
     "- Varmen giver flere gæster, siger politisk rådgiver Helle Eck i Horesta.",
     [("direct", "Helle Eck")]),
    ("Butikkerne mangler folk\n\n"
     "Mange butikker kan ikke finde ansatte.\n\n"
     "- Det er et stort problem, siger faglig konsulent Ole Bo fra HK.",
     [("direct", "Ole Bo")]),
    ("Kongres i Aalborg\n\n"
     "3F-formand Lise Holm siger, at forbundet skal have flere unge medlemmer.",
     [("indirect", "Lise Holm")]),
    ("Kongres i Aalborg\n\n"
     "Forbundet holdt kongres i weekenden.\n\n"
     "- Vi skal være flere, siger 3F-næstformand Jens Bak.",
     [("direct", "Jens Bak")]),
    # the person on duty named after the organisation ("vagthavende hos X, Lise Holm")
    ("Uheld på motorvejen\n\n"
     "Trafikken kører igen. Det fortæller vagthavende hos Vejdirektoratet, Lise Holm.",
     [("indirect", "Lise Holm")]),
    # near-miss: nobody named, the duty speaks as described
    ("Brand i lejlighed\n\n"
     "- Ingen kom til skade, siger vagthavende ved Fyns Politi.",
     [("direct", "vagthavende ved Fyns Politi")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BEFORE_NAME, ids=case_ids(ROLE_BEFORE_NAME))
def test_role_before_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes_of(text) == expected
