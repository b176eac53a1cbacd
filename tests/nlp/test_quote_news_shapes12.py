"""Shapes of Danish reported speech mined from unlabelled local news (issue 8, round 12):
each class was seen at least three times in at least two outlets (police, traffic,
weather, football, municipal and Greenland news) before it was fixed. Each case is (text,
expected) with expected = [(kind, text, cue, speaker phrase or None), ...] for every quote
``find_quotes`` returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# A reported clause that goes on after an attribution, with adverbials or a modal between
# the relative pronoun (or "og") and the cue: "..., siger X, der samtidig kan fortælle,
# at ...", "..., der dog i samme åndedrag erkender, at ...", "siger X i en
# pressemeddelelse og understreger, at ...". A negated cue ("der ikke vil sige, at") or a
# verb that reports no words ("der samtidig kan se, at") is no report.
RELATIVE_ADVERBIAL = [
    (
        "- Vi ved ikke, hvorfor branden startede, siger vagtchef Per Lund, der samtidig "
        "kan fortælle, at politiet leder efter vidner.",
        [("direct", "Vi ved ikke, hvorfor branden startede", "siger", "Per Lund"),
         ("indirect", "politiet leder efter vidner", "fortælle", "Per Lund")],
    ),
    (
        "- Det koster penge at fyre en træner, siger formand Lise Holm, der dog i samme "
        "åndedrag erkender, at klubben har råd.",
        [("direct", "Det koster penge at fyre en træner", "siger", "Lise Holm"),
         ("indirect", "klubben har råd", "erkender", "Lise Holm")],
    ),
    (
        "»Kør forsigtigt i aften,« siger vagtchef Mette Berg i en pressemeddelelse og "
        "understreger, at vinterdæk er et must.",
        [("direct", "Kør forsigtigt i aften", "siger", "Mette Berg"),
         ("indirect", "vinterdæk er et must", "understreger", "Mette Berg")],
    ),
    (
        "- Bilen kørte galt ved midnat, siger Jens Dahl, som i går over for avisen kunne "
        "bekræfte, at føreren er sigtet.",
        [("direct", "Bilen kørte galt ved midnat", "siger", "Jens Dahl"),
         ("indirect", "føreren er sigtet", "bekræfte", "Jens Dahl")],
    ),
    (
        "- Vi er glade for sejren, siger Per Lund, der ikke vil sige, at holdet er i form.",
        [("direct", "Vi er glade for sejren", "siger", "Per Lund")],
    ),
    (
        "- Vi er glade for sejren, siger Per Lund, der samtidig kan se, at holdet er i form.",
        [("direct", "Vi er glade for sejren", "siger", "Per Lund")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ADVERBIAL)
def test_a_reported_clause_after_adverbials_in_a_relative(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# After the words of a dash or quote-mark paragraph, a verb and its inverted subject that
# close the paragraph are the attribution, also a verb no list holds ("beder",
# "argumenterer", "formaner"). A first-person subject ("spiller vi") or words after the
# subject are no attribution.
ANY_VERB_ATTRIBUTION = [
    (
        "- Der er glat på vejene, så man skal køre langsomt, beder vagtchefen.",
        [("direct", "Der er glat på vejene, så man skal køre langsomt", "beder",
          "vagtchefen")],
    ),
    (
        "- Vi har ikke råd til en ny hal, argumenterer Per Lund.",
        [("direct", "Vi har ikke råd til en ny hal", "argumenterer", "Per Lund")],
    ),
    (
        "»Husk lygter på cyklen i mørket,« formanede politikommissær Lise Holm.",
        [("direct", "Husk lygter på cyklen i mørket", "formanede", "Lise Holm")],
    ),
    (
        "- Tag hjelmen på, formaner hun.",
        [("direct", "Tag hjelmen på", "formaner", "hun")],
    ),
    (
        "- Hvis vejret holder, spiller vi.",
        [("direct", "Hvis vejret holder, spiller vi", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANY_VERB_ATTRIBUTION)
def test_any_verb_with_its_subject_closing_a_quote_paragraph(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A sentence that starts with its subject right before the finite cue and its clause: a
# verb-second sentence has nothing else there, so the words are the speaker even when no
# list names them ("Grenaa-Anholt færgefart", "Letbanen", after a dateline "RØNNE –"), a
# full name with its role or affiliation ("Vagthavende ved X Politi Per Lund"). A
# study, a count or a document is no voice; a pronoun with a modal ("Jeg tør nok sige,
# at") and a cue with words before "at" ("svarer lidt til, at") are no fronted subject.
FRONTED_SUBJECT = [
    ("Letbanen skriver, at man venter på en godkendelse.",
     [("indirect", "man venter på en godkendelse", "skriver", "Letbanen")]),
    ("Rederiet oplyser, at aftenfærgen er aflyst.",
     [("indirect", "aftenfærgen er aflyst", "oplyser", "Rederiet")]),
    ("Grenaa-Anholt færgefart oplyser, at færgerne ikke sejler i dag.",
     [("indirect", "færgerne ikke sejler i dag", "oplyser", "Grenaa-Anholt færgefart")]),
    ("Kommunens tekniske forvaltning skriver, at vejen lukkes i to uger.",
     [("indirect", "vejen lukkes i to uger", "skriver", "Kommunens tekniske forvaltning")]),
    ("RØNNE – Bornholmslinjen meddeler, at morgenturen er aflyst.",
     [("indirect", "morgenturen er aflyst", "meddeler", "Bornholmslinjen")]),
    ("Vagthavende ved Sydsjællands Politi Per Lund bekræfter, at vejen er spærret.",
     [("indirect", "vejen er spærret", "bekræfter", "Per Lund")]),
    ("Mette Berg fra ”Ø-Færgen” fortæller, at færgen blev forsinket en time.",
     [("indirect", "færgen blev forsinket en time", "fortæller", "Mette Berg")]),
    ("Avisens fotograf på stedet fortæller, at betjentene bar skudsikre veste.",
     [("indirect", "betjentene bar skudsikre veste", "fortæller",
       "Avisens fotograf på stedet")]),
    ("Rapporten konkluderer, at vejene er for smalle.", []),
    ("Undersøgelsen fastslår, at flere cykler til arbejde.", []),
    ("Jeg tør nok sige, at det var en god kamp.", []),
    ("Situationen svarer lidt til, at man sælger sin bil.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_SUBJECT)
def test_a_fronted_subject_no_list_names(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A fronted adverbial capitalised by the sentence start, then the cue and its inverted
# subject: the subject after the cue speaks ("Herudover bekræfter vagtchefen, at"). A
# definite noun before the cue ("Vidnet fortalte politiet, at") and a surname the story
# writes after a first name keep their place as the subject, the words after the cue
# being its object.
FRONTED_ADVERBIAL = [
    ("Herudover bekræfter vagtchefen, at branden er slukket.",
     [("indirect", "branden er slukket", "bekræfter", "vagtchefen")]),
    ("Herefter oplyser politiet, at vejen er åben igen.",
     [("indirect", "vejen er åben igen", "oplyser", "politiet")]),
    ("Kort efter middag oplyser politiet på Twitter, at en kørebane er åben igen.",
     [("indirect", "en kørebane er åben igen", "oplyser", "politiet")]),
    ("Vidnet fortalte politiet, at hun så en rød bil.",
     [("indirect", "hun så en rød bil", "fortalte", "Vidnet")]),
    ("Per Holm kørte bilen. Holm fortalte politiet, at han var bange.",
     [("indirect", "han var bange", "fortalte", "Holm")]),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_ADVERBIAL)
def test_a_fronted_adverbial_is_not_the_speaker(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# "lægger vægt på, at ...": stressing what was said, like "understreger, at", with an
# adverb or a weight before the noun ("lægger især/også/stor vægt på") and where it was
# said before the clause. With an object ("lægger vægt på disciplin") it reports nothing.
PUTS_WEIGHT_ON = [
    ("Hun lægger især vægt på, at man skal rydde sne i tide.",
     [("indirect", "man skal rydde sne i tide", "lægger især vægt", "Hun")]),
    ("Borgmester Per Lund lagde vægt på i sin nytårstale, at skolerne bliver bedre.",
     [("indirect", "skolerne bliver bedre", "lagde vægt", "Per Lund")]),
    ("Han lægger også vægt på, at han ikke vil vente en hel uge.",
     [("indirect", "han ikke vil vente en hel uge", "lægger også vægt", "Han")]),
    ("Klubben lægger stor vægt på ungdomsarbejdet.", []),
    ("Træneren lægger vægt på disciplin, og spillerne er glade.", []),
]


@pytest.mark.parametrize(("text", "expected"), PUTS_WEIGHT_ON)
def test_puts_weight_on_a_that_clause(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
