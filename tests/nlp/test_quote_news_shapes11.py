"""General shapes of Danish reported speech (issue 8, round 11): words between the
auxiliary or modal and the cue (where, when, to whom it was said), a role in apposition
after the subject, a negated denial ("vil ikke afvise, at"), a clause without "at" after
an adverbial, and a one-word retort before an inverted cue. Each shape has several
variants (tense, word order, named, described or pronoun subject) and negatives that use
the same words without reporting speech. Each case is (text, expected) with expected =
[(kind, text, cue, speaker phrase or None), ...] for every quote ``find_quotes``
returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# The perfect or a modal, then where/when/to whom it was said, then the cue: the
# subject before the auxiliary speaks. A non-speech participle after the same words
# ("har i nat anholdt", "har i dag besluttet, at") is no report.
INTERPOSED = [
    (
        "Selskabet har i forbindelse med regnskabet annonceret, at det vil lukke to "
        "fabrikker.",
        [("indirect", "det vil lukke to fabrikker", "annonceret", "Selskabet")],
    ),
    (
        "Direktøren har over for avisen bekræftet, at virksomheden er til salg.",
        [("indirect", "virksomheden er til salg", "bekræftet", "Direktøren")],
    ),
    (
        "Politiet har i en pressemeddelelse oplyst, at to mænd er anholdt.",
        [("indirect", "to mænd er anholdt", "oplyst", "Politiet")],
    ),
    (
        "Ministeren har tirsdag over for TV 2 afvist, at der kommer flere fyringer.",
        [("indirect", "der kommer flere fyringer", "afvist", "Ministeren")],
    ),
    (
        "Kommunen havde i et brev til forældrene skrevet, at skolen lukker.",
        [("indirect", "skolen lukker", "skrevet", "Kommunen")],
    ),
    (
        "Hun har flere gange sagt, at hun ikke genopstiller.",
        [("indirect", "hun ikke genopstiller", "sagt", "Hun")],
    ),
    (
        "Han har ved flere lejligheder understreget, at klubben ikke er til salg.",
        [("indirect", "klubben ikke er til salg", "understreget", "Han")],
    ),
    (
        "Formanden kunne på mødet i aftes fortælle, at klubben har fået en ny sponsor.",
        [("indirect", "klubben har fået en ny sponsor", "fortælle", "Formanden")],
    ),
    ("Politiet har i nat anholdt en 30-årig mand.", []),
    ("Hun har i mange år arbejdet på skolen.", []),
    ("Borgmesteren har i dag besluttet, at skolen lukker.", []),
    ("Kommunen har i forbindelse med budgettet vedtaget, at skatten stiger.", []),
    ("Forældrene har i et stykke tid ønsket, at skolen bliver bevaret.", []),
    ("Ministeren vil ikke sige, at planen er død.", []),
    ("Han ville ikke bekræfte, at han har fået et tilbud.", []),
]

# A role or description in apposition after the subject, also after an inverted modal:
# the name (or the description) speaks, not the role.
APPOSED = [
    (
        "Derfor kan Per Holm, arrangør af festivalen, oplyse, at billetterne er udsolgt.",
        [("indirect", "billetterne er udsolgt", "oplyse", "Per Holm")],
    ),
    (
        "Per Holm, arrangør af festivalen, oplyser, at billetterne er udsolgt.",
        [("indirect", "billetterne er udsolgt", "oplyser", "Per Holm")],
    ),
    (
        "Lise Hansen, formand for Danske Skoleelever, har tidligere sagt, at karaktererne "
        "skal afskaffes.",
        [("indirect", "karaktererne skal afskaffes", "sagt", "Lise Hansen")],
    ),
    (
        "I går kunne Mette Lund, direktør i Bolig Syd, fortælle, at huslejen stiger.",
        [("indirect", "huslejen stiger", "fortælle", "Mette Lund")],
    ),
    (
        "Manden, en 40-årig fra Kolding, forklarede, at han var på arbejde.",
        [("indirect", "han var på arbejde", "forklarede", "Manden")],
    ),
    ("Per Holm, formand for klubben, vandt i går, at han fik pokalen.", []),
    (
        # the phrase ends a relative clause: the inverted subject after the cue speaks
        "På mødet, der havde Lise Holm i spidsen, fortalte regeringen, at skolen lukker.",
        [("indirect", "skolen lukker", "fortalte", "regeringen")],
    ),
]

# A denial negated still reports a statement ("vil ikke afvise, at": it may happen);
# a speech verb negated reports none, and "udelukket" as an adjective has no speaker.
NEGATED_DENIAL = [
    (
        "Ministeren vil ikke afvise, at der kommer flere fyringer.",
        [("indirect", "der kommer flere fyringer", "afvise", "Ministeren")],
    ),
    (
        "Hun vil ikke udelukke, at hun stiller op igen.",
        [("indirect", "hun stiller op igen", "udelukke", "Hun")],
    ),
    (
        "Træner Bo Lund udelukker ikke, at holdet rykker ned.",
        [("indirect", "holdet rykker ned", "udelukker", "Bo Lund")],
    ),
    ("Det er udelukket, at skolen åbner igen.", []),
    ("Borgmesteren vil ikke kommentere sagen.", []),
]

# A speech verb, where or when it was said, then a clause with a pronoun subject and no
# "at": the clause is the report. Not after a verb of perceiving or remembering.
NO_THAT = [
    (
        "Den tiltalte forklarede i retten sidste uge, det var hans bror, der havde kørt "
        "bilen.",
        [("indirect", "det var hans bror, der havde kørt bilen", "forklarede",
          "Den tiltalte")],
    ),
    (
        "Hun fortalte i går til avisen, hun havde været bange hele natten.",
        [("indirect", "hun havde været bange hele natten", "fortalte", "Hun")],
    ),
    (
        "Han sagde til politiet, han ikke kunne huske noget.",
        [("indirect", "han ikke kunne huske noget", "sagde", "Han")],
    ),
    ("Han huskede til sidst, han havde glemt nøglerne.", []),
    ("Han glemte i farten, at mødet var flyttet.", []),
    ("Hun så i går, at døren stod åben.", []),
]

# One or two words that open their paragraph, then an inverted cue and its speaker: the
# speaker's whole answer. Not a word that leads into more, and not a lone word.
RETORTS = [
    ("Vrøvl, siger Venstre.", [("indirect", "Vrøvl", "siger", "Venstre")]),
    ("Nej, svarer hun.", [("indirect", "Nej", "svarer", "hun")]),
    ("Absolut ikke, siger borgmesteren.",
     [("indirect", "Absolut ikke", "siger", "borgmesteren")]),
    ("Aldrig, sagde Per Holm.", [("indirect", "Aldrig", "sagde", "Per Holm")]),
    ("Derfor, siger hun.", []),
    ("Nej.", []),
    ("Ja, det tror jeg.", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*INTERPOSED, *APPOSED, *NEGATED_DENIAL, *NO_THAT, *RETORTS])
def test_quote_reported_speech_general_shapes(found_quotes: Callable[[str], list[tuple]],
                                              text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
