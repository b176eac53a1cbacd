"""Speaker classes that real Danish news shows and the dev set under-represents (issue 8,
second round): each class holds short invented Danish texts, none copied from a news page.

Rule-level cases call the mention reader on a bare string; pipeline cases run the whole
analysis and give [(kind, speaker), ...] per quote in text order.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import kinds_and_speakers

from pressespejl.nlp import analyze
from pressespejl.nlp.components._mentions import mention_at
from pressespejl.types import Article

quotes_of = partial(kinds_and_speakers, published=date(2023, 5, 2))


# A party, organisation or job glued before a person's name is the person's role, not
# part of the name; two first names stay one name.
PREFIXED_NAMES = [
    ("Venstres Morten Dahl.", "Morten Dahl", "Venstres"),
    ("Dansk Folkepartis Ole Holm.", "Ole Holm", "Dansk Folkepartis"),
    ("Socialdemokratiets Lise Berg", "Lise Berg", "Socialdemokratiets"),
    ("Miljøstyrelsen Karen Bech.", "Karen Bech", "Miljøstyrelsen"),
    ("Fåreavler Peter Holst udtaler", "Peter Holst", "Fåreavler"),
    ("Jens Peter Hansen.", "Jens Peter Hansen", None),
    # "Hans", "Per", "Bo" are also everyday words, but before another first name a name
    ("Hans Peter Lund.", "Hans Peter Lund", None),
    ("Per Ole Kirk.", "Per Ole Kirk", None),
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
    ("- Bilisten er kørt på sygehuset, siger Hans Henrik Bro, vagtchef ved Fyns Politi.",
     [("direct", "Hans Henrik Bro")]),
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


# A role written after a name with its comma left out ("Lars Bo vagtchef hos ...") is
# still that person's role when the article later says "vagtchefen".
def test_role_after_a_name_without_comma() -> None:
    text = ("Det fortæller Lars Bo vagtchef hos Vestegnens Politi til avisen.\n\n"
            "»Manden er stabil,« siger vagtchefen.")
    assert quotes_of(text)[-1] == ("direct", "Lars Bo")


def test_name_then_verb_then_role_is_not_an_apposition() -> None:
    # "Lars Bo mødte vagtchef ..." does not make Lars Bo the vagtchef
    text = ("Lars Bo mødte vagtchef hos Vestegnens Politi i går.\n\n"
            "»Manden er stabil,« siger vagtchefen.")
    assert quotes_of(text)[-1] == ("direct", "vagtchefen")


# An interview: the interviewer's prompts ("Han var helt forrygende!", "Nu går I vel
# efter guldet?") name people as their topic; the answer after a prompt is the
# interviewee's, not the person the prompt names.
INTERVIEW_PROMPTS = [
    ("Landstræner Ole Kjær var glad efter sejren.\n\n- Vi spillede en flot kamp.\n\n"
     "Det virker, som om Mikkel Holm er frisk igen!\n\n- Ja, han var fantastisk.",
     [("direct", "Ole Kjær"), ("direct", "Ole Kjær")]),
    ("Landstræner Ole Kjær var glad efter sejren.\n\n- Vi spillede en flot kamp.\n\n"
     "Nu går I vel efter guldet?\n\n- Ja, det gør vi.",
     [("direct", "Ole Kjær"), ("direct", "Ole Kjær")]),
    # with nobody known before, the prompt's topic still does not answer it
    ("- Vi spillede en flot kamp.\n\nDet virker, som om Mikkel Holm er frisk igen!\n\n"
     "- Ja, han var fantastisk.",
     [("direct", None), ("direct", None)]),
    # a question about someone is answered by them
    ("Landstræner Ole Kjær var glad efter sejren.\n\n- Vi spillede en flot kamp.\n\n"
     "Men hvad mener anfører Mikkel Holm?\n\n- Jeg er helt enig.",
     [("direct", "Ole Kjær"), ("direct", "Mikkel Holm")]),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEW_PROMPTS)
def test_interview_prompts(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_pronoun_after_an_unnamed_title_speaker() -> None:
    text = ("Ventetiden var lang, fortæller cheflægen.\n\n"
            "»Vi havde mange patienter,« fortæller han.")
    assert quotes_of(text) == [("indirect", "cheflægen"), ("direct", "cheflægen")]


def _texts(text: str) -> list[str]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [q.text for q in analysis.quotes]


# An example given right after a reported clause ("Eksempelvis ...") goes on with that
# report: one quote over both sentences. Another sentence is the journalist's.
REPORT_GOES_ON = [
    ("Borgmester Jens Kirk siger, at kommunen vil lukke to skoler. Eksempelvis lukker "
     "Vestskolen til sommer.",
     ["kommunen vil lukke to skoler. Eksempelvis lukker Vestskolen til sommer"]),
    ("Borgmester Jens Kirk siger, at kommunen vil lukke to skoler. Vestskolen er fra 1920.",
     ["kommunen vil lukke to skoler"]),
    # an example with a cue of its own is a quote of its own
    ("Borgmester Jens Kirk siger, at kommunen vil lukke skoler. Eksempelvis siger "
     "skolelederen, at Vestskolen lukker.",
     ["kommunen vil lukke skoler", "Vestskolen lukker"]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_GOES_ON)
def test_report_goes_on_with_an_example(text: str, expected: list) -> None:
    assert _texts(text) == expected


# An established speaker goes on over cue-less quote paragraphs with narrative between
# them; a group the narrative names ("Anmelderne") does not say "jeg".
def test_established_speaker_goes_on_past_a_group() -> None:
    text = ("Forfatteren Jonas Krog har skrevet sin første roman. Han fortæller:\n\n"
            "»Det tog mig ti år at skrive den.«\n\nBogen udkom i maj.\n\n"
            "»Jeg skrev om natten, mens børnene sov.«\n\n"
            "Anmelderne har taget godt imod den.\n\n»Nu er jeg glad for, at den er ude.«")
    assert quotes_of(text) == [("direct", "Jonas Krog")] * 3


def test_a_group_still_speaks_as_we() -> None:
    text = ("Anmelderne har taget godt imod bogen.\n\n»Vi er begejstrede.«")
    assert quotes_of(text) == [("direct", "anmelderne")]


# A title written with a plural genitive ("sygeplejerskernes formand") or a
# postmodifier is the title of the person the article gave it to.
def test_plural_genitive_title_names_its_holder() -> None:
    text = ("Lise Holm er ny formand for Dansk Sygeplejeråd.\n\n"
            "- Vi skal have højere løn, siger sygeplejerskernes formand.")
    assert quotes_of(text) == [("direct", "Lise Holm")]


def test_organisation_before_a_glued_name() -> None:
    text = ("- Det er et stort angreb, siger naturplanlægger i Miljøstyrelsen Lasse Jensen."
            "\n\nHos Miljøstyrelsen oplyser man, at hegnet ikke var i orden.")
    assert quotes_of(text) == [("direct", "Lasse Jensen"), ("indirect", "Miljøstyrelsen")]



# An interview with its questions in narrative type: the first answer is the person the
# introduction names, the later answers go on with them.
def test_interview_questions_in_narrative_type() -> None:
    text = ("Forfatteren Jonas Krog debuterede i år. Vi har stillet ham tre spørgsmål.\n\n"
            "Hvad er det bedste ved at skrive?\n\n»At jeg kan arbejde i dybden.«\n\n"
            "Hvad er det værste?\n\n»At finde tiden.«")
    assert quotes_of(text) == [("direct", "Jonas Krog"), ("direct", "Jonas Krog")]


def test_question_with_no_introduction_names_nobody() -> None:
    text = "Hvad er det bedste ved at skrive?\n\n»At jeg kan arbejde i dybden.«"
    assert quotes_of(text) == [("direct", None)]
