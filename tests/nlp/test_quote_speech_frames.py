"""Reported speech classes of real Danish news (issue 8, sixth round), each with short
invented texts (none copied from a news page): a view ("mener") framed by a speech cue
later in the sentence, and documents as sources."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [(q.kind, q.speaker, q.text) for q in analysis.quotes]


VIEW_THEN_SPEECH_CUE = [
    # the clause the view reports is the quote, without the attribution after it
    ("Formand Lise Holm mener ikke, at det er en god idé at lukke skolen, sådan som "
     "byrådet har foreslået, siger hun onsdag forud for et møde i byrådet.",
     [("indirect", "Lise Holm",
       "det er en god idé at lukke skolen, sådan som byrådet har foreslået")]),
    ("Ole Berg mener, at skolen er for dyr, siger han til avisen.",
     [("indirect", "Ole Berg", "skolen er for dyr")]),
    # a view with no speech cue stays out
    ("Ole Berg mener, at skolen er for dyr.", []),
    ("Per Lund tror, at det går galt, og han er ikke alene.", []),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_THEN_SPEECH_CUE)
def test_a_view_framed_by_a_later_speech_cue(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# Documents as sources, as the real-news gold counts them: a document speaks for the one
# the text names as sending it; a document or data with no sender named is no quote.
DOCUMENTS = [
    ("En ny rapport fra Rigsrevisionen kritiserer ministeriet.\n\n"
     "Ifølge rapporten har ministeriet brugt for mange penge på konsulenter.",
     [("indirect", "Rigsrevisionen", "har ministeriet brugt for mange penge på konsulenter")]),
    ("Det fremgår af en rapport fra Trafikstyrelsen, at togene er forsinkede.",
     [("indirect", "Trafikstyrelsen", "togene er forsinkede")]),
    ("Borgmester Lise Holm har skrevet til ministeren.\n\n"
     "»Fristen er overskredet,« står der i brevet fra borgmesteren.",
     [("direct", "Lise Holm", "Fristen er overskredet")]),
    ("- Vi beklager fejlen, hedder det i en pressemeddelelse fra Vejle Kommune.",
     [("direct", "Vejle Kommune", "Vi beklager fejlen")]),
    # no sender named: no quote
    ("En mand er tiltalt for vold. Ifølge anklageskriftet slog han offeret flere gange.", []),
    ("Ifølge dommen skal han betale 20.000 kroner i erstatning.", []),
    ("Ifølge tal fra Danmarks Statistik steg ledigheden i marts.", []),
    # studies and counts are data, even with their sender named
    ("Ifølge en undersøgelse fra Aarhus Universitet er danskerne glade for deres job.", []),
    ("Ifølge en ny opgørelse fra Region Nord ventede hver femte patient over en time.", []),
    ("Ifølge planen åbner broen i 2025.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents_speak_for_their_sender(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


THAT_ONLY_VERBS = [
    # where it was said may stand between the verb and its that-clause
    ("Virksomheden beskriver i sin pressemeddelelse, at de er kede af at skulle fyre folk.",
     [("indirect", "virksomheden", "de er kede af at skulle fyre folk")]),
    ("Borgmester Per Lund kritiserer over for TV 2, at skolen lukker.",
     [("indirect", "Per Lund", "skolen lukker")]),
    # promises and forecasts with a that-clause report words; with an object they are acts
    ("Venstres Per Lund lover, at partiet vil stemme imod.",
     [("indirect", "Per Lund", "partiet vil stemme imod")]),
    ("Økonom Jens Kro forudser, at priserne vil stige.",
     [("indirect", "Jens Kro", "priserne vil stige")]),
    ("Han beskriver situationen som alvorlig.", []),
    ("Træner Per Lund lover guld til sommer.", []),
    # an emotional state is said when a speech cue frames it
    ("Jens Holm er ked af, at skolen lukker, siger han.",
     [("indirect", "Jens Holm", "Jens Holm er ked af, at skolen lukker")]),
    ("Jens Holm er ked af, at skolen lukker.", []),
]


@pytest.mark.parametrize(("text", "expected"), THAT_ONLY_VERBS)
def test_that_only_verbs(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


MID_SENTENCE_ATTRIBUTION = [
    # a circumstance after the attribution is the journalist's
    ("Bogen tog fire år at skrive, fortæller hun, mens hun drikker sin kaffe.",
     [("indirect", None, "Bogen tog fire år at skrive")]),
    ("Skolen lukker til sommer, siger borgmester Lise Holm, da vi møder hende.",
     [("indirect", "Lise Holm", "Skolen lukker til sommer")]),
    # the speaker's next clause: the quote is the whole sentence around the attribution
    ("Bogen har solgt 20.000 eksemplarer, oplyser Ole Berg, og der kommer flere oplag.",
     [("indirect", "Ole Berg",
       "Bogen har solgt 20.000 eksemplarer, oplyser Ole Berg, og der kommer flere oplag")]),
    # a colon introduces a quote block: no quote of the sentence itself
    ("Skolen lukker, siger Lise Holm, og tilføjer:", []),
]


@pytest.mark.parametrize(("text", "expected"), MID_SENTENCE_ATTRIBUTION)
def test_mid_sentence_attribution(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_a_place_dateline_before_the_first_dash_quote() -> None:
    text = ("Herning: - Vi har spillet et flot VM, men det er svært at glæde sig, sagde "
            "Norges anfører Ole Vik.\n\n- Vi var tæt på, sagde Ole Vik.")
    assert quotes_of(text) == [
        ("direct", "Ole Vik", "Vi har spillet et flot VM, men det er svært at glæde sig"),
        ("direct", "Ole Vik", "Vi var tæt på"),
    ]


def test_a_label_before_a_later_dash_is_no_dateline() -> None:
    # only the article's first paragraph opens with its place
    text = ("Landsholdet tabte finalen.\n\nHerning: - Vi var tæt på, sagde Ole Vik.")
    assert quotes_of(text) == [("indirect", "Ole Vik", "Herning: - Vi var tæt på")]


DATA_SUBJECTS = [
    # a test or figures confirm things; they say nothing
    ("Fåreavler Per Lund har mistet fem får. Dna-test har bekræftet, at fårene er dræbt "
     "af ulve.", []),
    ("Testen bekræfter, at vandet er forurenet.", []),
    ("Per Lund bekræfter, at fårene er døde.", [("indirect", "Per Lund", "fårene er døde")]),
]


@pytest.mark.parametrize(("text", "expected"), DATA_SUBJECTS)
def test_data_subjects_say_nothing(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


CALLS_IT = [
    ("Den ide bakker Jens Kro op om - han kalder det landmændenes eneste våben mod tørken.",
     [("indirect", "Jens Kro", "landmændenes eneste våben mod tørken")]),
    ("Minister Lise Holm kalder det en historisk aftale.",
     [("indirect", "Lise Holm", "en historisk aftale")]),
    # "kalder på" is a call for something, and "man" is nobody
    ("Minister Lise Holm kalder på ro i sagen.", []),
    ("Man kalder det en dag.", []),
]


@pytest.mark.parametrize(("text", "expected"), CALLS_IT)
def test_calls_it_without_for(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


GIVES_EXPRESSION = [
    ("Lise Holm gav udtryk for, at hun var skuffet.",
     [("indirect", "Lise Holm", "hun var skuffet")]),
    ("Lise Holm gav udtryk for sin skuffelse.", []),
]


@pytest.mark.parametrize(("text", "expected"), GIVES_EXPRESSION)
def test_gives_expression_for_that(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


REPORTS_GO_ON = [
    # a bare that-clause sentence right after a report is more of the same report
    ("Borgmester Lise Holm siger, at skolen lukker. Og at eleverne skal flytte til "
     "Østskolen.",
     [("indirect", "Lise Holm",
       "skolen lukker. Og at eleverne skal flytte til Østskolen")]),
    # reportative "skal have sagt", also inverted after an adverbial
    ("Manden skal have sagt, at han ikke kunne huske noget.",
     [("indirect", "manden", "han ikke kunne huske noget")]),
    # a sentence that starts with "Og at" after narrative is no report
    ("Skolen lukker. Og at eleverne er kede af det, er forståeligt.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS_GO_ON)
def test_reports_go_on(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


ACCORDING_TO_BODIES = [
    # "selv" after the source is not part of the report; a definite noun that ends a
    # name written earlier is that organisation
    ("Roskilde Festival åbner i dag.\n\nIfølge festivalen selv er der plads til over "
     "130.000 gæster.",
     [("indirect", "Roskilde Festival", "er der plads til over 130.000 gæster")]),
    ("Ifølge politiet selv gik natten roligt.",
     [("indirect", "politiet", "gik natten roligt")]),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO_BODIES)
def test_according_to_bodies(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_an_inverted_subject_after_a_modal() -> None:
    # "Her skulle manden have forklaret, at ...": the subject after the modal speaks
    text = ("En mand er sigtet for drab.\n\nHer skulle manden have forklaret, at han fandt "
            "kniven. Og at han smed den fra sig.")
    assert quotes_of(text) == [("indirect", "manden",
                                "han fandt kniven. Og at han smed den fra sig")]
