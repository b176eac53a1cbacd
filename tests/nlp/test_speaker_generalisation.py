"""Speaker classes that real Danish news shows and the dev set under-represents (issue 8,
second round): each class holds short invented Danish texts, none copied from a news page.

Rule-level cases call the mention reader on a bare string; pipeline cases run the whole
analysis and give [(kind, speaker), ...] per quote in text order.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._mentions import mention_at
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [(q.kind, q.speaker) for q in analysis.quotes]


# A party, organisation or job glued before a person's name is the person's role, not
# part of the name; two first names stay one name.
PREFIXED_NAMES = [
    ("Venstres Morten Dahl.", "Morten Dahl", "Venstres"),
    ("Dansk Folkepartis Ole Holm.", "Ole Holm", "Dansk Folkepartis"),
    ("Socialdemokratiets Lise Berg", "Lise Berg", "Socialdemokratiets"),
    ("Miljøstyrelsen Karen Bech.", "Karen Bech", "Miljøstyrelsen"),
    ("Fåreavler Peter Holst udtaler", "Peter Holst", "Fåreavler"),
    ("Jens Peter Hansen.", "Jens Peter Hansen", None),
    ("Anders Fogh Rasmussen.", "Anders Fogh Rasmussen", None),
    # a job with a workplace in lower case before the name, no comma
    ("vagtchef ved samme politikreds Bo Rasmussen.", "Bo Rasmussen", "vagtchef"),
]


@pytest.mark.parametrize(("text", "name", "role"), PREFIXED_NAMES)
def test_prefix_before_a_name_is_a_role(text: str, name: str, role: str | None) -> None:
    end = len(text.split(" udtaler")[0].rstrip("."))
    mention = mention_at(text, 0, end)
    assert mention is not None
    assert (mention.kind, mention.text, mention.role) == ("name", name, role)


PREFIXED_SPEAKERS = [
    ("Partiet vil stemme imod.\n\n- Det er et dårligt forslag, siger Venstres Morten Dahl."
     "\n\n- Vi stemmer nej, siger Dahl.",
     [("direct", "Morten Dahl"), ("direct", "Morten Dahl")]),
    ("Fåreavler Peter Holst fortæller til avisen, at hegnet var klippet over.\n\n"
     "- Jeg er rasende, siger fåreavleren.",
     [("indirect", "Peter Holst"), ("direct", "Peter Holst")]),
    # a medium in the role does not win over the person the sentence names
    ("- Situationen er alvorlig, siger udlandschef hos DR Nyheder Niels Kvist.",
     [("direct", "Niels Kvist")]),
]


@pytest.mark.parametrize(("text", "expected"), PREFIXED_SPEAKERS)
def test_prefixed_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# A definite organisation noun ("politiet", "kommissionen") is the organisation the
# article names, also when a person's name is glued to it ("vagtchef ved Fyns Politi Bo
# Lund") and when the lead uses the noun before the name comes.
ORGANISATION_BACK_REFERENCES = [
    ("Ulykken skete ved Vejle, oplyser vagtchef ved Sydøstjyllands Politi Rune Holm.\n\n"
     "Politiet siger, at føreren er uden for livsfare.",
     [("indirect", "Rune Holm"), ("indirect", "Sydøstjyllands Politi")]),
    ("Ulykken skyldtes ifølge politiet en bilist, der ville vende.\n\n"
     "Vagtchef ved Midt- og Vestjyllands Politi Ole Dam var på stedet.",
     [("indirect", "Midt- og Vestjyllands Politi")]),
    ("Granskningskommissionen har i dag afleveret sin beretning om sagen.\n\n"
     "Kommissionen konkluderer, at ministeren handlede groft uagtsomt.",
     [("indirect", "Granskningskommissionen")]),
    # two police districts after the lead: no guess
    ("Ulykken skyldtes ifølge politiet en bilist, der ville vende.\n\n"
     "Både Fyns Politi og Sydøstjyllands Politi var på stedet.",
     [("indirect", "politiet")]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_BACK_REFERENCES)
def test_organisation_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_and_it_confirms_points_back() -> None:
    text = ("En bilist kørte i nat den forkerte vej på motorvejen. Og det bekræfter "
            "vagtchef ved samme politikreds Bo Rasmussen.")
    assert quotes_of(text) == [("indirect", "Bo Rasmussen")]


# A group of people who share a title speaks as the group ("ministrene"), and a "de"
# right after goes on with that group; "de" after two named people is not guessed.
GROUP_SPEAKERS = [
    ("Ministrene siger, at de tager kritikken alvorligt.",
     [("indirect", "ministrene")]),
    ("Regeringen holdt pressemøde i går.\n\nAlle ministre på pressemødet sagde, at de "
     "tager kritikken alvorligt. De understreger, at der var et stort tidspres.",
     [("indirect", "alle ministre på pressemødet"),
      ("indirect", "alle ministre på pressemødet")]),
    ("Borgmestrene sagde på mødet, at aftalen er på plads.\n\n"
     "- Vi er tilfredse, siger de.",
     [("indirect", "borgmestrene"), ("direct", "borgmestrene")]),
    ("Lise Holm og Peter Dam er glade for aftalen.\n\n- Vi er tilfredse, siger de.",
     [("direct", None)]),
    # the singular names one holder: it stays a title, never a group
    ("- Vi er tilfredse, siger ministeren.", [("direct", "ministeren")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_SPEAKERS)
def test_group_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# "..., siger han." before anyone is named (an excerpt cut from a longer article): the
# one person of that gender the article names later; none with two, or of the wrong one.
PRONOUN_BEFORE_NAME = [
    ("- Kornet er hårdt ramt i år, siger han.\n\nTørken har ramt hele landet.\n\n"
     "Og hvad angår prisen siger Kurt Lassen, at den stiger.",
     [("direct", "Kurt Lassen"), ("indirect", "Kurt Lassen")]),
    ("- Kornet er hårdt ramt i år, siger han.\n\n"
     "Både Kurt Lassen og Bent Friis har mistet en stor del af høsten.",
     [("direct", None)]),
    ("- Kornet er hårdt ramt i år, siger hun.\n\nKurt Lassen har mistet høsten.",
     [("direct", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_BEFORE_NAME)
def test_pronoun_before_the_name(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# "hun" goes to the nearest woman, whoever spoke last; first names gender-guesser lacks
# ("Lærke", "Malthe") come from our own table.
PRONOUN_GENDER = [
    ("Connie Dahl bor på vejen med sin mand.\n\n- Det er frustrerende, siger hun.\n\n"
     "Naboen Ole Berg er enig.\n\n- Jeg har klaget tre gange, siger Ole Berg.\n\n"
     "- Det hjælper ikke, siger hun.",
     [("direct", "Connie Dahl"), ("direct", "Ole Berg"), ("direct", "Connie Dahl")]),
    ("Lærke Holm og Malthe Juhl går i samme klasse.\n\n- Vi glæder os, siger hun.\n\n"
     "- Jeg også, siger han.",
     [("direct", "Lærke Holm"), ("direct", "Malthe Juhl")]),
    ("Kommunens direktør, Ole Berg, har svaret på kritikken. Formanden for "
     "skolebestyrelsen, Connie Dahl, er ikke tilfreds.\n\n- Det er frustrerende, siger hun.",
     [("direct", "Connie Dahl")]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_GENDER)
def test_pronoun_gender(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# Organisations and media as sources: a page label that is also a medium's name, alone
# after the cue, is the medium.
ORGANISATION_SOURCES = [
    ("Aktierne faldt kraftigt efter regnskabet. Det skriver Finans.",
     [("indirect", "Finans")]),
    ("Salget af elbiler steg i marts, skriver Bloomberg.", [("indirect", "Bloomberg")]),
    ("Skolen blev lukket i går. Odense Kommune beklager, at forældrene ikke blev varslet.",
     [("indirect", "Odense Kommune")]),
    # a section label glued before a sentence is still no speaker
    ("Finans Aktierne faldt kraftigt efter regnskabet.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_SOURCES)
def test_organisation_sources(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
