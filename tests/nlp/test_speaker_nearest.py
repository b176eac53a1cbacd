"""Speaker classes of real Danish news (issue 8, sixth round), each with short invented
texts (none copied from a news page): a title means its nearest holder, and a title nobody
holds means the person the narrative just before the quote is about."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import kinds_and_speakers

quotes_of = partial(kinds_and_speakers, published=date(2023, 5, 2))


NEAREST_HOLDER = [
    # two duty officers: "vagtchefen" after the second is introduced is the second, also
    # when his role is written "vagtchef ved samme politikreds" (no role list holds it)
    ("Vejen blev spærret søndag.\n\n"
     "Vagtchef ved Fyns Politi Ole Berg sagde tidligt, at der var tale om en spøgelsesbilist."
     "\n\nSenere bekræfter vagtchef ved samme politikreds Lars Holm det.\n\n"
     "- To biler stødte sammen, forklarer han.\n\n"
     "Bilisten blev kørt på sygehuset, men var ikke alvorligt skadet, fortæller vagtchefen.",
     [("indirect", "Ole Berg"), ("direct", "Lars Holm"), ("indirect", "Lars Holm")]),
    # the first holder stays the nearest when nobody else is introduced after him
    ("Vagtchef ved Fyns Politi Ole Berg fortæller, at vejen er spærret.\n\n"
     "Kommunen har sendt folk ud for at rydde op.\n\n"
     "- Det tager et par timer, siger vagtchefen.",
     [("indirect", "Ole Berg"), ("direct", "Ole Berg")]),
]


@pytest.mark.parametrize(("text", "expected"), NEAREST_HOLDER)
def test_a_title_means_its_nearest_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


NARRATIVE_SUBJECT = [
    # nobody is called "landmand": the man the paragraph before is about, not the last
    # speaker (with or without a role of his own)
    ("Tørken rammer hårdt i år.\n\n"
     "- Det bliver en katastrofe, siger Jens Kro, der er chef i foreningen.\n\n"
     "Men Per Lund håber ikke, at det går så galt. Derfor holder han øje med vejret.\n\n"
     "- Vi håber på regn, siger landmanden.",
     [("direct", "Jens Kro"), ("direct", "Per Lund")]),
    ("Tørken rammer hårdt i år.\n\n"
     "- Det bliver en katastrofe, siger Jens Kro.\n\n"
     "Bag gården står Per Lund og kigger på de tørre marker.\n\n"
     "- Vi håber på regn, siger landmanden.",
     [("direct", "Jens Kro"), ("direct", "Per Lund")]),
    # a narrative paragraph that names two people decides nothing: the last speaker goes on
    ("Tørken rammer hårdt i år.\n\n"
     "- Det bliver en katastrofe, siger Jens Kro.\n\n"
     "Han har talt med Per Lund om vandingen.\n\n"
     "- Vi håber på regn, tilføjer landmanden.",
     [("direct", "Jens Kro"), ("direct", "Jens Kro")]),
]


@pytest.mark.parametrize(("text", "expected"), NARRATIVE_SUBJECT)
def test_an_unheld_title_means_the_narrative_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes_of(text) == expected


COLON_INTRODUCTIONS = [
    # the speech verb before the colon has its own subject later in the sentence than the
    # first person it names
    ("Debatten var hård i går.\n\n"
     "Når Ole Berg kalder det for en skandale, skal det ses i lyset af, at ministeren "
     "Lise Holm sidste år sagde følgende:\n\n- Vi har styr på økonomien.",
     [("direct", "Lise Holm")]),
    ("Mødet varede i tre timer.\n\n"
     "Efter at Ole Berg havde talt, rejste borgmester Lise Holm sig og sagde:\n\n"
     "»Vi har styr på økonomien.«",
     [("direct", "Lise Holm")]),
    # two cues: the one nearest the colon introduces the quote
    ("Mødet varede i tre timer.\n\n"
     "Da Ole Berg spurgte til økonomien, svarede Lise Holm:\n\n»Vi har styr på den.«",
     [("direct", "Lise Holm")]),
    # a subject pronoun still wins over a name in the clause
    ("Mødet varede i tre timer.\n\nHun mødte Ole Berg i døren og sagde:\n\n"
     "»Vi har styr på den.«\n\nSådan sagde Lise Holm til pressen.",
     [("direct", "Lise Holm")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_INTRODUCTIONS)
def test_a_colon_introduction_names_the_cues_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes_of(text) == expected


OPENING_QUOTES = [
    # a quote that opens the article: the person the story brings in next
    ("»Jeg troede, at jeg skulle dø. Det var den værste nat i mit liv.«\n\n"
     "I stedet sidder landmanden Lise Holm i sit køkken og fortæller om branden.\n\n"
     "»Vi nåede lige at få dyrene ud,« fortæller Lise Holm.",
     [("direct", "Lise Holm"), ("direct", "Lise Holm")]),
    # an interview that opens with answers: prompts name nobody, the first paragraph that
    # names someone has one subject
    ("Træneren var glad efter kampen.\n\n- Vi spillede godt i dag.\n\nMen forsvaret?\n\n"
     "- Det kan blive bedre.\n\nOle Krag roste især målmanden Per Bo.\n\n"
     "- Han var fantastisk.",
     [("direct", "Ole Krag"), ("direct", "Ole Krag"), ("direct", "Ole Krag")]),
    # a back-reference "Sådan fortæller X om ..." names the speaker of the quote before it
    ("»Jeg troede, at jeg skulle dø.«\n\nSådan fortæller Lise Holm om branden i nat.",
     [("direct", "Lise Holm")]),
    ("»Sporet blev for varmt.«\n\nSådan skriver Fyns Politi om en bil, der brændte.",
     [("direct", "Fyns Politi")]),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_QUOTES)
def test_an_opening_quote_is_the_person_brought_in_next(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes_of(text) == expected


def test_a_stranded_om_is_still_no_back_reference() -> None:
    # "Det fortæller han om i et interview": he talks about it; the sentence before is
    # no quote of his
    text = "Skolen lukker til sommer. Det fortæller han om i et interview med avisen."
    assert quotes_of(text) == []


UNNAMED_INTERVIEWEES = [
    # an unnamed person after the cue is the speaker as described, never a named person
    # the story brings in later
    ("Branden brød ud i nat.\n\n»Vi vågnede ved røgalarmen,« siger en af beboerne.\n\n"
     "»Det var helt sort,« fortæller en lokal fisker, der så branden fra havnen.\n\n"
     "Borgmester Lise Holm var på stedet.\n\n»Det er en tragedie,« siger hun.",
     [("direct", "en af beboerne"), ("direct", "en lokal fisker"), ("direct", "Lise Holm")]),
    ("Røgen var tæt i hele gaden, fortæller en af naboerne.",
     [("indirect", "en af naboerne")]),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_INTERVIEWEES)
def test_unnamed_interviewees_keep_their_description(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes_of(text) == expected


def test_a_quote_after_an_attribution_goes_on_with_its_speaker() -> None:
    # '»A,« siger X. »B.«' then '»C,« tilføjer Y.': B is X's, not joined to Y's C
    text = ("Borgmester Lise Holm og brandchef Ole Berg var på stedet.\n\n"
            "»Det kan ske for alle,« siger Ole Berg. »Derfor skal alle have en røgalarm.«\n\n"
            "»Jeg er enig,« tilføjer Lise Holm.")
    assert quotes_of(text) == [("direct", "Ole Berg"), ("direct", "Ole Berg"),
                               ("direct", "Lise Holm")]


GLUED_BACK_REFERENCES = [
    # quoted words with the back-reference in the same paragraph are direct
    ("Pendlerne er trætte.\n\n»Jeg har kørt den vej i 20 år, og det har aldrig været så "
     "slemt.« Det siger pendleren Per Lund.",
     [("direct", "Per Lund")]),
    ("Han kører hver dag. »Det er for dårligt.« Sådan lyder det fra Per Lund.",
     [("direct", "Per Lund")]),
    # a narrative sentence before the back-reference stays an indirect quote
    ("Trafikken står stille hver morgen. Det siger pendleren Per Lund.",
     [("indirect", "Per Lund")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_BACK_REFERENCES)
def test_glued_back_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected


GROUPS_AFTER_THE_CUE = [
    # a group after an inverted cue speaks, also when a named person spoke just before;
    # "lyder det" after it goes on with the group
    ("Region Midt har spurgt 5.000 patienter.\n\n- Vi kan blive bedre, siger direktør "
     "Ulla Holm.\n\nPå trods af lange ventetider, så svarer patienterne, at personalet er "
     "venligt.\n\nSamtidig lyder det, at personalet giver god information.",
     [("direct", "Ulla Holm"), ("indirect", "patienterne"), ("indirect", "patienterne")]),
    ("I går fortalte forældrene, at skolen var lukket.", [("indirect", "forældrene")]),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_AFTER_THE_CUE)
def test_a_group_after_the_cue_speaks(text: str, expected: list[tuple[str, str]]) -> None:
    assert quotes_of(text) == expected
