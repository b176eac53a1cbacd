"""Indirect quotes of real Danish news shapes: "ifølge X" inside a clause, a cue with
its addressee before "at", reported wh-clauses, a trailing cue whose speaker comes with
a long role, a document that speaks for its sender, a cue in a relative clause, a
verbless example that goes on with a report, "kalder X Y" without quote marks, and a
back-reference "Det vurderer X". Each case is (text, expected) with expected = [(kind,
text, cue, speaker phrase or None), ...] for every quote ``find_quotes`` returns. Every
text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# "ifølge X" in the middle of a clause: the clause is the source's; a clause joined by
# "men" before it is the journalist's, one after it goes on with the source's words.
ACCORDING_IN_CLAUSE = [
    (
        "Økonomerne havde ifølge nyhedsbureauet Reuters ventet et underskud på 40 mio. kr. "
        "I stedet kom der et overskud.",
        [("indirect", "Økonomerne havde ifølge nyhedsbureauet Reuters ventet et underskud "
          "på 40 mio. kr", "ifølge", "Reuters")],
    ),
    (
        "Fabrikken lukker i maj, men det vil ifølge ministeren ikke ændre planen for området.",
        [("indirect", "det vil ifølge ministeren ikke ændre planen for området", "ifølge",
          "ministeren")],
    ),
    (
        "Mandag kan der ifølge meteorologen komme lidt sol, men ellers bliver det gråvejr.",
        [("indirect", "Mandag kan der ifølge meteorologen komme lidt sol, men ellers bliver "
          "det gråvejr", "ifølge", "meteorologen")],
    ),
    (
        "Skolen lukker til sommer, siger borgmesteren, men det vil ifølge ministeren ikke "
        "ændre planen.",
        [("indirect", "Skolen lukker til sommer", "siger", "borgmesteren"),
         ("indirect", "det vil ifølge ministeren ikke ændre planen", "ifølge", "ministeren")],
    ),
]

# Where or to whom it was said, between the cue and "at".
ADDRESSEE_BEFORE_THAT = [
    (
        "Samtidig påpeger avisen over for direktøren, at han selv tjener fire millioner om "
        "året.",
        [("indirect", "han selv tjener fire millioner om året", "påpeger", "avisen")],
    ),
    (
        "Formanden for foreningen, Jens Bak, fortæller i et længere interview med avisen i "
        "dag, at han vil gå af.",
        [("indirect", "han vil gå af", "fortæller", "Jens Bak")],
    ),
    (
        "Lise Dam siger over for B.T., at hun er lettet.",
        [("indirect", "hun er lettet", "siger", "Lise Dam")],
    ),
    (
        "Lise Dam siger i et interview med Radio4, at hun stopper.",
        [("indirect", "hun stopper", "siger", "Lise Dam")],
    ),
    (
        "Borgmesteren kritiserer over for DR Nyheder i dag, at staten ikke betaler.",
        [("indirect", "staten ikke betaler", "kritiserer", "Borgmesteren")],
    ),
    # a long object and a relative clause between are no place of saying
    (
        "Lise Dam fortalte sin mand om alle de problemer, hun havde haft med firmaet i de "
        "seneste år, at hun var træt.",
        [],
    ),
]

# "fortalte X, der ..., hvordan ...": an account of how; a reported question is not.
WH_COMPLEMENTS = [
    (
        "I sidste uge fortalte Eva Dahl, der bor på hjørnet, hvordan hun blev lovet "
        "sandsække, men aldrig fik dem.",
        [("indirect", "hvordan hun blev lovet sandsække, men aldrig fik dem", "fortalte",
          "Eva Dahl")],
    ),
    (
        "Han fortalte om, hvordan han blev lovet sandsække.",
        [("indirect", "hvordan han blev lovet sandsække", "fortalte", "Han")],
    ),
    (
        "Forfatteren beskriver i sin nye bog, hvordan familien flygtede.",
        [("indirect", "hvordan familien flygtede", "beskriver", "Forfatteren")],
    ),
    ("Journalisten spørger Eva Dahl, der bor på hjørnet, hvordan hun har det.", []),
    ("Hun måtte forklare, hvad der gik galt.", []),
    # an account written without its comma; "hvor" alone may be a relative, left out
    (
        "Hun fortalte hvordan hun blev lovet sandsække.",
        [("indirect", "hvordan hun blev lovet sandsække", "fortalte", "Hun")],
    ),
    ("Han fortalte hvor han boede.", []),
    ("Eva Dahl, der bor på hjørnet, spørger, hvorfor ingen hjalp.", []),
]

# The content first, then a trailing cue whose speaker has a long role and the name in
# apposition: the name speaks, not the name that opens the content.
TRAILING_ROLE_AND_NAME = [
    (
        "Borgmesteren kritiseres for, at han ikke har svaret borgerne, forklarer formanden "
        "for grundejerforeningen i Ry, Per Lund.",
        [("indirect", "Borgmesteren kritiseres for, at han ikke har svaret borgerne",
          "forklarer", "Per Lund")],
    ),
    (
        "Skolen mangler lærere, fortæller skolelederen på Ry Skole, Eva Dahl, til TV 2.",
        [("indirect", "Skolen mangler lærere", "fortæller", "Eva Dahl")],
    ),
    (
        "Skolen mangler lærere, fortæller skoleleder på Ry Skole Eva Dahl.",
        [("indirect", "Skolen mangler lærere", "fortæller", "Eva Dahl")],
    ),
    (
        "Skolen mangler lærere, fortæller skolelederen på Ry Skole.",
        [("indirect", "Skolen mangler lærere", "fortæller", "skolelederen på Ry Skole")],
    ),
]

# A document whose sender the text names speaks for it; one without a sender, or a
# study, does not.
DOCUMENTS = [
    (
        "I referatet fra bestyrelsens møde står der også: Det skal meddeles selskabet, at "
        "aftalen er opsagt.",
        [("indirect", "Det skal meddeles selskabet, at aftalen er opsagt", "står der",
          "bestyrelsen")],
    ),
    (
        "I brevet fra Novo Nordisks bestyrelse står der, at fabrikken lukker.",
        [("indirect", "fabrikken lukker", "står der", "Novo Nordisks")],
    ),
    (
        "Det fremgår af referatet fra bestyrelsens møde, at fabrikken lukker.",
        [("indirect", "fabrikken lukker", "fremgår af", "bestyrelsen")],
    ),
    (
        "Ifølge referatet fra bestyrelsens møde lukker fabrikken.",
        [("indirect", "lukker fabrikken", "ifølge", "bestyrelsen")],
    ),
    ("I rapporten står der, at manden er anholdt.", []),
    ("I referatet fra mødet står der, at fabrikken lukker.", []),
    ("I en undersøgelse fra Aarhus Universitet står der, at flere bliver syge.", []),
]

# A body named by a common noun speaks: a board, or a compound of an organisation noun;
# a department ("forvaltningen") too: the speakers component gives it the full name the
# article names (test_speaker_check_classes.py).
BODIES = [
    (
        "I et brev til beboerne skriver boligselskabet, at huslejen stiger.",
        [("indirect", "huslejen stiger", "skriver", "boligselskabet")],
    ),
    (
        "Boligselskabet skriver i et brev til beboerne, at huslejen stiger.",
        [("indirect", "huslejen stiger", "skriver", "Boligselskabet")],
    ),
    (
        "Bestyrelsen oplyser, at direktøren er fyret.",
        [("indirect", "direktøren er fyret", "oplyser", "Bestyrelsen")],
    ),
    (
        "Huslejen stiger med 300 kroner om måneden, skriver boligselskabet i et brev.",
        [("indirect", "Huslejen stiger med 300 kroner om måneden", "skriver",
          "boligselskabet")],
    ),
    (
        "Ifølge lærerforeningen mangler der 40 lærere.",
        [("indirect", "mangler der 40 lærere", "ifølge", "lærerforeningen")],
    ),
    (
        "Kommunen har lukket skolen. Forvaltningen skriver, at eleverne flyttes.",
        [("indirect", "eleverne flyttes", "skriver", "Forvaltningen")],
    ),
]

# A cue in a relative clause: "..., som præsidenten annoncerede, at ...".
RELATIVE_CUE = [
    (
        "Rusland har tropper ved to udbryderrepublikker, som præsidenten forleden "
        "annoncerede, at han anerkender som selvstændige.",
        [("indirect", "han anerkender som selvstændige", "annoncerede", "præsidenten")],
    ),
    ("Det er den by, som manden boede i, da han blev anholdt.", []),
]

# A verbless example right after a report goes on with it, also across a paragraph
# break; a sentence with a verb of its own does not.
VERBLESS_EXAMPLE = [
    (
        "Andre kommuner følger ifølge direktøren også udviklingen. Især Aarhus og Odense.",
        [("indirect", "Andre kommuner følger ifølge direktøren også udviklingen. Især Aarhus "
          "og Odense", "ifølge", "direktøren")],
    ),
    (
        "Andre kommuner følger ifølge direktøren også udviklingen.\n\nSenest Vejle Kommune.",
        [("indirect", "Andre kommuner følger ifølge direktøren også udviklingen.\n\nSenest "
          "Vejle Kommune", "ifølge", "direktøren")],
    ),
    (
        "Andre kommuner følger ifølge direktøren også udviklingen. Især lukker Aarhus skoler.",
        [("indirect", "Andre kommuner følger ifølge direktøren også udviklingen", "ifølge",
          "direktøren")],
    ),
    (
        "Politiet oplyser, at vejen er spærret. Også en ambulance var til stede.",
        [("indirect", "vejen er spærret", "oplyser", "Politiet")],
    ),
]

# "kalder X Y" without quote marks: the object and the name given it.
CALLS_WITHOUT_MARKS = [
    (
        "På et pressemøde kalder ministeren situationen meget, meget alvorlig.",
        [("indirect", "situationen meget, meget alvorlig", "kalder", "ministeren")],
    ),
    (
        "Oppositionen kalder regeringens udspil uambitiøst.",
        [("indirect", "regeringens udspil uambitiøst", "kalder", "Oppositionen")],
    ),
    (
        "I dag kalder eksperterne planen dybt problematisk, fordi den koster for meget.",
        [("indirect", "planen dybt problematisk", "kalder", "eksperterne")],
    ),
    (
        "Han kalder beslutningen en skandale for byen.",
        [("indirect", "beslutningen en skandale for byen", "kalder", "Han")],
    ),
    (
        "Ministeren har kaldt situationen meget alvorlig.",
        [("indirect", "situationen meget alvorlig", "kaldt", "Ministeren")],
    ),
    ("Politiet kalder vidner ind.", []),
    ("Ministeren har kaldt vidnerne ind.", []),
    ("Formanden kaldte bestyrelsen sammen i går.", []),
    ("Hun kalder hunden Fido.", []),
    ("Ministeren kalder på handling.", []),
]

# Text glued by stripped HTML: the back-reference and the quote after it are found.
GLUED = [
    (
        "Hackerangreb er en voksende trussel mod Danmark.Det vurderer it-ekspert Per Holm, "
        'som ejer firmaet Netvagt. "Det er en reel risiko," siger han.Centeret ligger i '
        "Ballerup.",
        [("indirect", "Hackerangreb er en voksende trussel mod Danmark", "vurderer",
          "Per Holm"),
         ("direct", "Det er en reel risiko", "siger", "han")],
    ),
    # a view at the end of a sentence is still no quote
    ("Hackerangreb er en voksende trussel, vurderer it-ekspert Per Holm.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ACCORDING_IN_CLAUSE + ADDRESSEE_BEFORE_THAT + WH_COMPLEMENTS + TRAILING_ROLE_AND_NAME
    + DOCUMENTS + BODIES + RELATIVE_CUE + VERBLESS_EXAMPLE + CALLS_WITHOUT_MARKS + GLUED,
)
def test_reported_speech(found_quotes: Callable[[str], list[tuple]], text: str,
        expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
