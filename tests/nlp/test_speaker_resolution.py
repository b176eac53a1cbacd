"""Speaker resolution classes seen on held-back real news, each with short invented
Danish texts (none is copied from a news page or the search tool).

Each case is (text, expected) with expected = [(kind, speaker), ...] per quote, in text
order; the kinds are checked too, so a case also fails when the quote is not found.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import kinds_and_speakers

from pressespejl.nlp import analyze
from pressespejl.types import Article

quotes_of = partial(kinds_and_speakers, published=date(2024, 3, 5))


# 1. A role descriptor ("formanden for fagforeningen", "forsvareren") is the person the
#    article introduced with that title, in apposition or indefinite form; it stays the
#    descriptor when nobody in the article holds it.
ROLE_DESCRIPTORS = [
    ("Lise Berg, formand for fagforeningen Krifa, har læst aftalen.\n\n"
     "- Det er et ringe forlig for vores medlemmer, siger formanden for fagforeningen.",
     [("direct", "Lise Berg")]),
    ("Forsvarer Kim Lund har bedt om mere tid.\n\n"
     "- Min klient har ikke set beviserne endnu, siger forsvareren.",
     [("direct", "Kim Lund")]),
    ("Sekretariatsleder Bo Ibsen har skrevet til kommunen.\n\n"
     "Ifølge sekretariatslederen mangler der penge til driften.",
     [("indirect", "Bo Ibsen")]),
    ("Klubbens sportsdirektør, Tove Hald, fik nyheden i går.\n\n"
     "»Vi er meget skuffede,« siger sportsdirektøren i klubben.",
     [("direct", "Tove Hald")]),
    ("Jonas Møller er talsmand for beboerforeningen i Vollsmose.\n\n"
     "- Vi vil have svar nu, siger talsmanden for beboerforeningen.",
     [("direct", "Jonas Møller")]),
    # the organisation's name after the role's definite noun is no holder of the role
    ("Lise Berg er formand for fagforeningen Krifa.\n\n"
     "- Det er et ringe forlig, siger formanden for fagforeningen.",
     [("direct", "Lise Berg")]),
    ("Kasper Bo er ny direktør i firmaet. Han afløser Rune Krag.\n\n"
     "- Vi har travlt, siger direktøren for firmaet.",
     [("direct", "Kasper Bo")]),
    # the title's complement tells two holders of the title apart
    ("Lise Berg er formand for Krifa, og Per Lund er formand for Dansk Metal.\n\n"
     "- Det er et ringe forlig, siger formanden for Krifa.",
     [("direct", "Lise Berg")]),
    ("Lise Berg, formand for Krifa, og Per Lund, formand for Dansk Metal, mødtes i går.\n\n"
     "- Det er et ringe forlig, siger formanden for Krifa.\n\n"
     "- Det er vi enige i, siger formanden for Dansk Metal.",
     [("direct", "Lise Berg"), ("direct", "Per Lund")]),
    # nobody holds the title: the descriptor as written
    ("Fagforeningen har sagt nej til aftalen.\n\n"
     "- Det er et ringe forlig, siger formanden for fagforeningen.",
     [("direct", "formanden for fagforeningen")]),
]


# 2. A single capitalised manner word before a colon ("Sammenbidt:", "Rystet:") is no
#    speaker: the quote takes its speaker from the context, like any other.
MANNER_WORDS = [
    ("Træner Ole Dam så sit hold tabe 0-4 på hjemmebane.\n\n"
     "Rystet:\n\n- Jeg forstår det ikke. Vi var slet ikke til stede.",
     [("direct", "Ole Dam")]),
    ("Mona Friis blev spurgt, om hun havde løjet for udvalget.\n\n"
     "Sammenbidt: »Det er løgn fra ende til anden. Jeg har aldrig løjet.«",
     [("direct", "Mona Friis")]),
    # a manner word that is also a first name ("Kort") names nobody in the article
    ("Jens Vad stod længe og kiggede på ruinen af sit hus.\n\n"
     "Kort: »Alt er væk. Alt.«",
     [("direct", "Jens Vad")]),
    # after a quote of someone else: the person the narrative brings in
    ("- Vi spillede elendigt, siger træner Ole Dam.\n\n"
     "Anfører Kim Bro var lige så skuffet. Sammenbidt:\n\n"
     "- Jeg forstår det ikke. Vi var slet ikke til stede.",
     [("direct", "Ole Dam"), ("direct", "Kim Bro")]),
    # a colon after a name the article gives is still that speaker
    ("Lise Holm og Ole Dam mødtes i debatten.\n\n"
     "Holm: »Det er løgn. Jeg har aldrig sagt det.«",
     [("direct", "Lise Holm")]),
]


# 3. A person named only inside the quoted words is never its speaker when the
#    attribution or the context names someone else.
NAMES_IN_QUOTES = [
    ("»Vi skriver sangen om, så Ole Hansen kan synge med,« siger komponisten Jens Berg.",
     [("direct", "Jens Berg")]),
    ("Borgmester Rikke Sand var på besøg på skolen.\n\n"
     "- Jeg har talt med Peter Krogh om sagen, og han er enig, siger borgmesteren.",
     [("direct", "Rikke Sand")]),
    ("Anne Wulff er nervøs før finalen.\n\n"
     "- Jeg håber, at Sofie Brandt er klar, for vi har brug for hende.",
     [("direct", "Anne Wulff")]),
    ("Karl Vestergaard har spillet i klubben i ti år.\n\n"
     "»Da Mads Lind kom, blev alting bedre. Han lærte mig alt.«",
     [("direct", "Karl Vestergaard")]),
]


# 4. Alternating speakers: narrative that makes a new person the subject who speaks or
#    reacts hands them the quote after it, not the earlier speaker.
ALTERNATING = [
    ("Borgmester Hans Bo vil lukke skolen i Vester Hjerting.\n\n"
     "- Det er nødvendigt, fordi der er for få elever, siger Hans Bo.\n\n"
     "Det er forælder Pia Holm uenig i.\n\n"
     "- Det er en katastrofe for hele byen.",
     [("direct", "Hans Bo"), ("direct", "Pia Holm")]),
    ("Direktør Lars Vinter glæder sig over regnskabet.\n\n"
     "- Vi har aldrig tjent mere, siger Lars Vinter.\n\n"
     "Tillidsrepræsentant Pia Holm ser anderledes på det:\n\n"
     "- Medarbejderne har ikke fået en krone mere.",
     [("direct", "Lars Vinter"), ("direct", "Pia Holm")]),
    ("Landmand Erik Sø har mistet tre får.\n\n"
     "- Jeg sover ikke om natten, siger han.\n\n"
     "Naboen Ida Kjær er heller ikke glad.\n\n"
     "»Jeg tør ikke lukke hønsene ud.«",
     [("direct", "Erik Sø"), ("direct", "Ida Kjær")]),
]


# 5. A quote with no cue after narrative that introduces exactly one person is theirs.
NEAREST_SUBJECT = [
    ("Rejsen går til Grønland i morgen. Ninna Krog glæder sig.\n\n"
     "- Jeg glæder mig til turen, og jeg har pakket tasken for længst.",
     [("direct", "Ninna Krog")]),
    ("Holdet trænede i regnvejr. Anfører Mikkel Dal var tilfreds.\n\n"
     "»Vi er klar til søndag.«",
     [("direct", "Mikkel Dal")]),
]


# 6. Joint speakers with roles and party letters, possessive group speakers, a document
#    whose sender was named before, and dash-question interviews.
JOINT_AND_GROUPS = [
    ("Både ordfører Anne Holm (K) og gruppeformand Per Lund (EL) siger, at de vil stemme "
     "imod forslaget.",
     [("indirect", "Anne Holm; Per Lund")]),
    ("Både Anne Holm (K) og Per Lund (EL) siger, at forslaget er for dyrt.",
     [("indirect", "Anne Holm; Per Lund")]),
    ("Kampens kommentatorer sagde, at det var den bedste kamp i mange år.",
     [("indirect", "kampens kommentatorer")]),
    ("Rigsrevisionen har sendt en redegørelse til Folketinget om sagen.\n\n"
     "»Ministeriet har ikke haft styr på tallene,« lyder det i redegørelsen.",
     [("direct", "Rigsrevisionen")]),
    ("Folketinget har fået en ny redegørelse fra Rigsrevisionen.\n\n"
     "Ministeriet har ikke haft styr på tallene, lyder det i redegørelsen.",
     [("indirect", "Rigsrevisionen")]),
    ("Skolens lærere fortæller, at de er trætte af reformen.",
     [("indirect", "skolens lærere")]),
    ("Efter kampen sagde kampens kommentatorer, at det var den bedste kamp i mange år.",
     [("indirect", "kampens kommentatorer")]),
    ("Anne Holm (K) siger, at forslaget er for dyrt.",
     [("indirect", "Anne Holm")]),
]

INTERVIEWS = [
    ("Vi har talt med skuespiller Bodil Kjer Hansen om hendes nye rolle.\n\n"
     "- Hvorfor sagde du ja til rollen?\n\n"
     "- Fordi manuskriptet var det bedste, jeg har læst i årevis.\n\n"
     "- Var du nervøs?\n\n"
     "- Ja, hver eneste dag.",
     "Bodil Kjer Hansen"),
]


# one question put to the interviewee opens a run of dash paragraphs: the question is the
# interviewer's, the answer the person the narrative brings in; a speaker's own
# rhetorical question (no "du"/"I") stays part of their quote
ONE_QUESTION = [
    ("Ida Lund har vundet prisen for sin første roman.\n\n"
     "- Tillykke. Hvordan føles det for dig?\n\n"
     "- Fantastisk. Jeg havde slet ikke regnet med det.",
     [("direct", "journalisten"), ("direct", "Ida Lund")]),
    ("Ida Lund har mistet sit job på fabrikken.\n\n"
     "- Hvordan skal vi nogensinde betale huslejen?\n\n"
     "- Det ved jeg ikke, siger hun.",
     [("direct", "Ida Lund")]),
]


def _ids(cases: list[tuple[str, object]]) -> list[str]:
    return [text.split("\n")[0][:40] for text, _ in cases]


@pytest.mark.parametrize(("text", "expected"), ROLE_DESCRIPTORS, ids=_ids(ROLE_DESCRIPTORS))
def test_role_descriptor_is_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), MANNER_WORDS, ids=_ids(MANNER_WORDS))
def test_manner_word_before_colon_is_no_speaker(text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMES_IN_QUOTES, ids=_ids(NAMES_IN_QUOTES))
def test_name_inside_quote_is_not_its_speaker(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), ALTERNATING, ids=_ids(ALTERNATING))
def test_alternating_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEAREST_SUBJECT, ids=_ids(NEAREST_SUBJECT))
def test_uncued_quote_goes_to_introduced_person(text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), JOINT_AND_GROUPS, ids=_ids(JOINT_AND_GROUPS))
def test_joint_possessive_and_document_speakers(text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "speaker"), INTERVIEWS, ids=_ids(INTERVIEWS))
def test_interview_answers_go_to_the_interviewee(text: str, speaker: str) -> None:
    quotes = analyze(Article(id="t", text=text, published=date(2024, 3, 5))).quotes
    answers = [q for q in quotes if not q.text.rstrip().endswith("?")]
    questions = [q for q in quotes if q.text.rstrip().endswith("?")]
    assert [q.speaker for q in answers] == [speaker, speaker]
    assert all(q.speaker != speaker for q in questions)


@pytest.mark.parametrize(("text", "expected"), ONE_QUESTION, ids=_ids(ONE_QUESTION))
def test_one_question_interview(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected
