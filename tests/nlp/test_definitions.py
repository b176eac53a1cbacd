"""Definitions: terms explained for readers, and news sentences that only look like them."""

from __future__ import annotations

import pytest
import spacy

from pressespejl.nlp.components.definitions import find_definitions

SEED = (
    "Rusland annekterede i 2014 med magt den ukrainske halvø Krim. At annektere vil sige "
    "at overtage og erobre et område og erklære det sit eget.\n\n"
    "Siden da har USA og flere vestlige lande støttet Ukraine."
)

# (text, (term, definition)) for texts with one definition.
POSITIVE = [
    (SEED, ("annektere", "at overtage og erobre et område og erklære det sit eget")),
    ("Inflation betyder, at priserne stiger generelt.",
     ("Inflation", "at priserne stiger generelt")),
    ("Demokrati betyder folkestyre.", ("Demokrati", "folkestyre")),
    ("Ordet 'annektere' betyder at tage et område med magt.",
     ("annektere", "at tage et område med magt")),
    ("Begrebet hybridkrig vil sige en krig, der føres med mange midler.",
     ("hybridkrig", "en krig, der føres med mange midler")),
    ("Krim er betegnelsen for halvøen i Sortehavet.", ("Krim", "halvøen i Sortehavet")),
    ("Baltikum er en fællesbetegnelse for Estland, Letland og Litauen.",
     ("Baltikum", "Estland, Letland og Litauen")),
    ("Populisme er et andet ord for folkelighed.", ("Populisme", "folkelighed")),
    ("Ved en sanktion forstås en straf, som et land pålægger et andet.",
     ("sanktion", "en straf, som et land pålægger et andet")),
    ("Ved begrebet 'hybridkrig' forstås en krig med mange midler.",
     ("hybridkrig", "en krig med mange midler")),
    ("Rusland vil deeskalere – det vil sige trække soldaterne tilbage – siger han.",
     ("deeskalere", "trække soldaterne tilbage")),
    ("Han bor i en andelsbolig, dvs. en bolig, som man ejer en andel af.",
     ("andelsbolig", "en bolig, som man ejer en andel af")),
    ("Nato har sendt en såkaldt battlegroup – det vil sige en kampgruppe – til Estland.",
     ("battlegroup", "en kampgruppe")),
    ("Rusland kræver en såkaldt buffer, som er et område mellem to lande.",
     ("buffer", "et område mellem to lande")),
    ("WHO (forkortelse for World Health Organization) advarer mod smitten.",
     ("WHO", "World Health Organization")),
    ("NATO står for North Atlantic Treaty Organization.",
     ("NATO", "North Atlantic Treaty Organization")),
    ("ESG betyder Environmental, Social and Governance.",
     ("ESG", "Environmental, Social and Governance")),
    ("Solidaritet kan defineres som at stå sammen med andre.",
     ("Solidaritet", "at stå sammen med andre")),
]

# News sentences with a cue word that explain no term.
NEGATIVE = [
    "Det betyder, at priserne stiger.",
    "Det her betyder, at Nato må handle.",
    "Dette vil sige, at vi skal spare.",
    "Aftalen betyder, at priserne stiger.",
    "Inflationen betyder, at vi må spare.",
    "Demokrati betyder meget for danskerne.",
    "Sikkerhed betyder ikke, at alt er godt.",
    "EU betyder, at vi står stærkere.",
    "Stoltenberg vil sige, at Nato står klar.",
    "Ministeren vil sige ja til forslaget.",
    "Angrebet er et udtryk for desperation.",
    "Sejren er et navn for fremtiden.",
    "Hun er betegnelsen for en generation.",
    "Det er en betegnelse for en gruppe.",
    "Mødet sluttede sent – det vil sige klokken tre.",
    "De mødes på torsdag, det vil sige i overmorgen.",
    "Alle medlemslandene, det vil sige 30 lande, er enige.",
    "Rusland kræver en såkaldt buffer, som er blevet større.",
    "USA står for en stor del af udgifterne.",
    "Ved mødet i går forstås det, at de var enige.",
    "Han sagde, at det betyder, at priserne stiger.",
    "Nato vil overveje at sende yderligere soldater til en række østlige lande.",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_definitions_found(text: str, expected: tuple[str, str]) -> None:
    found = find_definitions(text)
    assert [(d.term, d.definition) for d in found] == [expected]
    definition = found[0]
    # term and definition are the text's own characters, inside start..end.
    assert text.find(definition.term, definition.start) >= definition.start
    assert text[definition.start:definition.end].endswith(definition.definition)


@pytest.mark.parametrize("text", NEGATIVE)
def test_definitions_not_in_news_sentences(text: str) -> None:
    assert find_definitions(text) == []


def test_definitions_seed_offsets() -> None:
    (definition,) = find_definitions(SEED)
    statement = SEED[definition.start:definition.end]
    assert statement == (
        "At annektere vil sige at overtage og erobre et område og erklære det sit eget"
    )


def test_definitions_component_in_blank_pipeline() -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("pressespejl_definitions")
    doc = nlp(SEED)
    assert [(d.term, d.start) for d in doc._.definitions] == [("annektere", 62)]


def test_definitions_component_leaves_plain_news_empty() -> None:
    nlp = spacy.blank("da")
    nlp.add_pipe("pressespejl_definitions")
    assert nlp("Det betyder, at priserne stiger.")._.definitions == []
