"""Quote shapes of real Danish news that earlier rules missed (issue 8, round 9): a
one-word medium before its addressee, a speech verb coordinated with a narrative verb
across a subordinate clause, naming verbs in the perfect ("har siden omtalt ... som
»...«"), a document whose author an earlier sentence names, and the words a colon
introduces over several sentences of a story paragraph. Each case is (text, expected)
with expected = [(kind, text, cue, speaker phrase or None), ...] for every quote
``find_quotes`` returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressespejl.nlp.components.sentences import find_paragraphs

# An inverted cue, its speaker, then to whom or where it was said before "at".
ADDRESSEE = [
    (
        "Samtidig påpeger Finans over for direktøren, at han selv tjener to millioner.",
        [("indirect", "han selv tjener to millioner", "påpeger", "Finans")],
    ),
    (
        "Samtidig påpeger Finans over for direktøren og bestyrelsen i en artikel tirsdag, at "
        "han selv tjener to millioner.",
        [("indirect", "han selv tjener to millioner", "påpeger", "Finans")],
    ),
    (
        "Derfor understreger Lise Holm over for Ritzau, at sagen er lukket.",
        [("indirect", "sagen er lukket", "understreger", "Lise Holm")],
    ),
]

# A speech verb that shares its subject with a narrative verb before it, across a
# subordinate clause or a dash.
COORDINATED = [
    (
        "Målmanden gjorde, hvad han kunne – men indrømmer, at forsvaret svigtede.",
        [("indirect", "forsvaret svigtede", "indrømmer", "Målmanden")],
    ),
    (
        "Keeper Per Holm gjorde, hvad han kunne, men indrømmer, at forsvaret svigtede.",
        [("indirect", "forsvaret svigtede", "indrømmer", "Per Holm")],
    ),
    (
        "Ministeren blev spurgt, om hun går af, og svarede, at hun bliver.",
        [("indirect", "hun bliver", "svarede", "Ministeren")],
    ),
    (
        "Træneren var skuffet efter kampen, men roste holdets indsats og understregede, at "
        "de kæmpede.",
        [("indirect", "de kæmpede", "understregede", "Træneren")],
    ),
    # a new subject after "men" is no speaker of the first one's
    ("Træneren var skuffet, men Per Holm var glad og fortalte, at de kæmpede.", []),
]

# A naming verb in the perfect with an adverb, and its words in quote marks.
NAMING = [
    (
        'Rusland har siden omtalt angrebet som en "særlig militær operation".',
        [("partial", 'Rusland har siden omtalt angrebet som en "særlig militær operation"',
          "omtalt", "Rusland")],
    ),
    (
        "Byrådet har karakteriseret planen som »helt urealistisk«.",
        [("partial", "Byrådet har karakteriseret planen som »helt urealistisk«",
          "karakteriseret", "Byrådet")],
    ),
]

# A document speaks for the one an earlier sentence says wrote or sent it.
DOCUMENT_AUTHOR = [
    (
        "Styrelsen har sendt en redegørelse til ministeren.\n\n"
        "Ifølge redegørelsen er der fejl i ti sager.",
        [("indirect", "er der fejl i ti sager", "ifølge", "Styrelsen")],
    ),
    (
        "Rigsrevisionen offentliggjorde i går en ny rapport om byggeriet.\n\n"
        "Ifølge rapporten har kommunen brudt reglerne.",
        [("indirect", "har kommunen brudt reglerne", "ifølge", "Rigsrevisionen")],
    ),
    (
        "Styrelsen har sendt en redegørelse til ministeren. I redegørelsen står der, at ti "
        "sager er fejlbehandlet.",
        [("indirect", "ti sager er fejlbehandlet", "står der", "Styrelsen")],
    ),
    (
        "Rigsrevisionen kom i går med en ny rapport om byggeriet.\n\n"
        "Ifølge rapporten har kommunen brudt reglerne.",
        [("indirect", "har kommunen brudt reglerne", "ifølge", "Rigsrevisionen")],
    ),
    # the document's reader is no author: "har fået en rapport" names no sender
    (
        "Kommunen har fået en rapport om skolen.\n\nIfølge rapporten mangler der lærere.",
        [],
    ),
]

# The words a colon introduces in a paragraph of the story run over its sentences, up to
# one with a cue of its own; a one-sentence line is a headline and quotes nothing.
COLON_BLOCK = [
    (
        "Bestyrelsen holdt møde i marts.\n\nI referatet fra bestyrelsens møde den 3. marts "
        "står der også: Firmaet skal have besked om afslaget. Vi ønsker ikke at betale mere.",
        [("indirect", "Firmaet skal have besked om afslaget. Vi ønsker ikke at betale mere",
          "står der", "bestyrelsen")],
    ),
    (
        "Afdelingen har tabt penge i flere år. I en mail til de ansatte skriver direktøren: "
        "Vi lukker afdelingen. Produktionen flytter til Polen.",
        [("direct", "Vi lukker afdelingen. Produktionen flytter til Polen", "skriver",
          "direktøren")],
    ),
    (
        "Politiet skriver på Twitter: Vejen er spærret. Kør en anden vej. Politiet siger, at "
        "det tager tid.",
        [("direct", "Vejen er spærret. Kør en anden vej", "skriver", "Politiet"),
         ("indirect", "det tager tid", "siger", "Politiet")],
    ),
    ("Holm slår fast: Så skal han på holdet!\n\nKampen sluttede 1-1.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [*ADDRESSEE, *COORDINATED, *NAMING, *DOCUMENT_AUTHOR, *COLON_BLOCK],
)
def test_quote_news_shapes(found_quotes: Callable[[str], list[tuple]], text: str,
                           expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A paragraph hard-wrapped at a fixed width is one quote paragraph: the line after a
# break in mid-sentence starts with a lower-case letter.
HARD_WRAPPED = [
    (
        "Sagen blev afgjort i går.\n\n”Jeg\nhåber, at nogen tager fat i sagen, og at vi\nikke "
        'ser det igen," siger formand Lise Holm om klagen.',
        [("direct", "Jeg\nhåber, at nogen tager fat i sagen, og at vi\nikke ser det igen",
          "siger", "Lise Holm")],
    ),
    (
        "- Vi har ventet på det her i\nmange år, siger Per Holm.",
        [("direct", "Vi har ventet på det her i\nmange år", "siger", "Per Holm")],
    ),
    # a new paragraph starts with a capital: no wrap
    (
        "- Vi har ventet længe\nPer Holm er glad, siger hun.",
        [("direct", "Vi har ventet længe", None, None),
         ("indirect", "Per Holm er glad", "siger", "hun")],
    ),
]

# An interviewer's turn is no quote of the interviewee: a request printed as a dash
# paragraph ("- Fortæl om ..."), or an unmarked paragraph that addresses the interviewee.
INTERVIEWER = [
    (
        "Holdet vandt i går.\n\n- Fortæl om den første kamp.\n\n- Den var hård, men vi "
        "kæmpede.",
        [("direct", "Fortæl om den første kamp", None, None),
         ("direct", "Den var hård, men vi kæmpede", None, None)],
    ),
    (
        "Træner Per Holm var glad efter kampen.\n\n- Det var en god kamp.\n\nDe siger, at I "
        "er favoritter. Hvordan klinger det?\n\n- Det tager vi roligt.",
        [("direct", "Det var en god kamp", None, None),
         ("direct", "Det tager vi roligt", None, None)],
    ),
    # "du" to the readers, not in a question: the story's own reported speech
    (
        "Hvis du skal ud at køre i morgen, så siger politiet, at vejene er glatte.\n\n- Kør "
        "forsigtigt, siger vagtchef Per Holm.",
        [("indirect", "vejene er glatte", "siger", "politiet"),
         ("direct", "Kør forsigtigt", "siger", "Per Holm")],
    ),
]

# A verbless example in the next paragraph goes on with a report and its attribution;
# "kalder X for Y" in a sentence that introduces a quote with a colon is a report too.
GOES_ON = [
    (
        "Andre kommuner holder også øje med vandstanden, siger beredskabschef Jens Lund.\n\n"
        "For eksempel Aarhus Kommune.",
        [("indirect", "Andre kommuner holder også øje med vandstanden, siger beredskabschef "
          "Jens Lund.\n\nFor eksempel Aarhus Kommune", "siger", "Jens Lund")],
    ),
    (
        "Kommentatorerne kaldte kampen for Per Holms bedste nogensinde, og da vi spurgte Per "
        "Holm, om han var enig, lød det:\n\n- Ja, det var den.",
        [("indirect", "Per Holms bedste nogensinde", "kaldte", "Kommentatorerne"),
         ("direct", "Ja, det var den", "lød det", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*HARD_WRAPPED, *INTERVIEWER, *GOES_ON])
def test_quote_news_layouts(found_quotes: Callable[[str], list[tuple]], text: str,
                            expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("”Jeg\nhåber det,\" siger hun.", ['”Jeg\nhåber det," siger hun.']),
        ("Vi har ventet længe\nPer Holm er glad.", ["Vi har ventet længe", "Per Holm er glad."]),
        ("Vi har ventet længe.\nnu er det slut.", ["Vi har ventet længe.", "nu er det slut."]),
        ("Vi har ventet\n\nlænge.", ["Vi har ventet", "længe."]),
    ],
)
def test_quote_paragraphs_hard_wrapped(text: str, lines: list[str]) -> None:
    """A line that breaks off in mid-sentence, then one line break and a lower-case
    word: one paragraph; a sentence end, a capital or a blank line between: two."""
    assert [text[p.start : p.end] for p in find_paragraphs(text)] == lines


# A trailing cue whose speaker is a role word the mention reader does not know, where
# the role is held, then the name in apposition, and a relative clause ending it.
ROLE_APPOSITION = [
    (
        "Vi taler for lidt om det. Og det er netop derfor, at det er vigtigt at tale om det, "
        "lyder det fra vært i Radio Vest, Niels Holm, der selv har oplevet det.",
        [("indirect", "Og det er netop derfor, at det er vigtigt at tale om det",
          "lyder det fra", "Niels Holm")],
    ),
    (
        "Borgmesteren bliver kritiseret for, at hun har tiet, forklarer formanden for Dansk "
        "Metal i Vejle, Karen Holt, der selv har rejst sagen.",
        [("indirect", "Borgmesteren bliver kritiseret for, at hun har tiet", "forklarer",
          "Karen Holt")],
    ),
]

# An unmarked paragraph after a paragraph that ends with a cue and a colon is the words
# it introduces: a speaker's (direct) or a document's (indirect, its sender's).
COLON_PARAGRAPH = [
    (
        "Borgmester Anders Holm siger:\n\nVi er nødt til at spare på skolerne.\n\n"
        "Oppositionen er uenig.",
        [("direct", "Vi er nødt til at spare på skolerne", "siger", "Anders Holm")],
    ),
    (
        "I referatet fra bestyrelsens møde står der:\n\nFirmaet skal have besked om "
        "afslaget. Vi ønsker ikke at betale mere.\n\nFirmaet har ikke svaret.",
        [("indirect", "Firmaet skal have besked om afslaget. Vi ønsker ikke at betale mere",
          "står der", "bestyrelsen")],
    ),
    # a colon with no cue introduces nobody's words; a heading after a cue is no quote
    ("Han var rystet:\n\nHuset var brændt ned til grunden.", []),
    ("Borgmester Anders Holm siger:\n\nSkolerne og fremtiden", []),
]


@pytest.mark.parametrize(("text", "expected"), [*ROLE_APPOSITION, *COLON_PARAGRAPH])
def test_quote_news_attributions(found_quotes: Callable[[str], list[tuple]], text: str,
                                 expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A pull quote set as a box: the words, the speaker's name on its own line, then a short
# role; only for a person the story named before (an op-ed's signature is none).
PULL_QUOTE_BOX = [
    (
        "Lise Holm fra SF er vred over forslaget, siger hun.\n\nDer er over 20 punkter, "
        "hvor man giver mere magt, og det er ikke godt nok.\n\nLise Holm\nOrdfører, SF",
        [("indirect", "Lise Holm fra SF er vred over forslaget", "siger", "hun"),
         ("direct", "Der er over 20 punkter, hvor man giver mere magt, og det er ikke godt "
          "nok", None, "Lise Holm")],
    ),
    (
        "Jeg synes, det er for dårligt, og jeg vil gerne have det lavet om.\n\nLise Holm\n"
        "Folketingsmedlem, SF",
        [],
    ),
    (
        "Lise Holm var i Aarhus i går.\n\nBorgmesteren vil ikke svare på spørgsmål om sagen "
        "i dag.\n\nLise Holm\nJournalist",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PULL_QUOTE_BOX)
def test_quote_pull_quote_box(found_quotes: Callable[[str], list[tuple]], text: str,
                              expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A headline is noise, but a reported clause with its cue there is reported speech; a
# colon headline ("X slår fast: ...") and a headline without a cue are not.
HEADLINES = [
    (
        "Målmanden gjorde, hvad han kunne – men indrømmer, at forsvaret svigtede\n\n"
        "FC Holm tabte i går 0-3 til Vejle.",
        [("indirect", "forsvaret svigtede", "indrømmer", "Målmanden")],
    ),
    ("Holm slår fast: Så skal han på holdet\n\nKampen sluttede 1-1.", []),
    (
        "Borgmester raser over planen\n\nLise Holm siger, at det er godt.",
        [("indirect", "det er godt", "siger", "Lise Holm")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_quote_headline_reports(found_quotes: Callable[[str], list[tuple]], text: str,
                                expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
