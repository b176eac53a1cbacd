"""Speaker classes of issue 8 that the real-news dev set under-represents: each class
holds short invented Danish texts (none is copied from a news page).

Each case is (text, expected) with expected = [(kind, speaker), ...] per quote, in text
order.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [(q.kind, q.speaker) for q in analysis.quotes]


# 1. A definite role noun refers back to the person the article introduced with it, any
#    job noun (no word list needs to hold it); with no named holder the role stays.
ROLE_BACK_REFERENCES = [
    ("Skoleinspektør Mads Krog har skrevet til forældrene.\n\n"
     "- Vi gør, hvad vi kan, siger skoleinspektøren.",
     [("direct", "Mads Krog")]),
    ("Butikkens indehaver, Lise Holm, har haft indbrud tre gange.\n\n"
     "- Jeg er træt af det, siger indehaveren.",
     [("direct", "Lise Holm")]),
    ("Sognepræst Anne Bro holder gudstjeneste juleaften.\n\n"
     "Ifølge sognepræsten kommer der flere end sidste år.",
     [("indirect", "Anne Bro")]),
    ("Bo Lund er stifter af foreningen.\n\n- Vi startede i en kælder, siger stifteren.",
     [("direct", "Bo Lund")]),
    ("Ejer af restauranten Jens Kold er vred over afgørelsen.\n\n"
     "- Det er uretfærdigt, fortæller ejeren.",
     [("direct", "Jens Kold")]),
    ("Forsvarer Ole Bak og anklager Eva Dam mødtes i retten.\n\n"
     "- Min klient er uskyldig, siger forsvareren.\n\n- Det er han ikke, siger anklageren.",
     [("direct", "Ole Bak"), ("direct", "Eva Dam")]),
    # no named holder: the role is the speaker, as written
    ("Sagen kom for retten i går.\n\n- Vi anker dommen, siger forsvareren.",
     [("direct", "forsvareren")]),
    # the role and the name together at the cue: the name
    ("- Vi er klar til at strejke, siger formand for fagforeningen Hanne Lind.",
     [("direct", "Hanne Lind")]),
]

# 2. A media noun refers back to the medium the article named.
MEDIA_BACK_REFERENCES = [
    ("Det skriver Berlingske.\n\nIfølge avisen har ministeren kendt til sagen længe.",
     [("indirect", "Berlingske")]),
    ("Sagen blev først omtalt af Ekstra Bladet.\n\nBladet skriver, at politiet var der.",
     [("indirect", "Ekstra Bladet")]),
    ("Nyheden blev bragt af TV 2 Fyn i aftes.\n\n"
     "- Vi har set dokumenterne, siger tv-stationen.",
     [("direct", "TV 2 Fyn")]),
    ("Radio4 har talt med borgmesteren.\n\n"
     "Radiokanalen oplyser, at borgmesteren ikke stiller op igen.",
     [("indirect", "Radio4")]),
    ("Vejle Amts Folkeblad har fået aktindsigt. Mediet skriver, at kommunen kendte fejlen.",
     [("indirect", "Vejle Amts Folkeblad")]),
]

# 3. A fronted adverbial or participle, or a page's section label, is never the speaker.
NOT_SPEAKERS = [
    ("Træner Jens Bak var glad.\n\nSammenbidt siger han, at holdet skal blive bedre.",
     [("indirect", "Jens Bak")]),
    ("Minister Lise Dam var lettet.\n\nLettet fortæller hun, at aftalen er på plads.",
     [("indirect", "Lise Dam")]),
    ("Direktør Ole Holm er tilfreds.\n\nStolt siger han: - Vi tjener penge.",
     [("direct", "Ole Holm")]),
    ("Direktør Ole Holm er tilfreds.\n\nRørt fortæller han, at firmaet har klaret sig.",
     [("indirect", "Ole Holm")]),
    ("Direktør Ole Holm er glad.\n\nIndland Han siger, at firmaet tjener penge.",
     [("indirect", "Ole Holm")]),
    ("Nyheder Ole Holm fortæller, at firmaet tjener penge.", [("indirect", "Ole Holm")]),
    # a label as first word of a medium's name stays: "DR" speaks
    ("Skolen lukker. Det oplyser DR.", [("indirect", "DR")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BACK_REFERENCES)
def test_role_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDIA_BACK_REFERENCES)
def test_media_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_adverbials_and_labels_are_not_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
