"""Quote detection and boundaries on hand-built documents: what is a quote, where it
starts and ends, one table per error class seen on real Danish news (issue 8).

Each case is (text, expected) with expected = [(kind, text, cue, speaker phrase or None),
...] for every quote ``find_quotes`` returns. Every text is invented for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pressespejl.nlp.components.sentences import QUOTED, find_paragraphs

# "ifølge X" in the middle of a sentence: the sentence is the source's statement.
ACCORDING_INSIDE = [
    (
        "Aftalen vil ifølge ministeren ikke koste arbejdspladser.",
        [("indirect", "Aftalen vil ifølge ministeren ikke koste arbejdspladser", "ifølge",
          "ministeren")],
    ),
    (
        "Skolen lukker ifølge borgmester Lene Dahl allerede til sommer.",
        [("indirect", "Skolen lukker ifølge borgmester Lene Dahl allerede til sommer",
          "ifølge", "Lene Dahl")],
    ),
    # a page named in quote marks after its noun is the source
    (
        "Ifølge facebooksiden \"Ulve i Jylland\" er antallet af døde får oppe på 26.",
        [("indirect", "er antallet af døde får oppe på 26", "ifølge", "Ulve i Jylland")],
    ),
]


# A short fragment in quote marks after "kalder"/"betegner": a partial quote (counted as
# indirect); every kind of mark Danish pages use, the right single mark on both sides too.
NAMING_FRAGMENTS = [
    (
        "Udenrigsministeren kalder angrebet 'dybt alvorligt'.",
        [("partial", "Udenrigsministeren kalder angrebet 'dybt alvorligt'", "kalder",
          "Udenrigsministeren")],
    ),
    (
        "Formanden kalder forslaget ’et slag i ansigtet’.",
        [("partial", "Formanden kalder forslaget ’et slag i ansigtet’", "kalder",
          "Formanden")],
    ),
    (
        "Direktøren betegnede i går resultatet som “en katastrofe”.",
        [("partial", "Direktøren betegnede i går resultatet som “en katastrofe”", "betegnede",
          "Direktøren")],
    ),
    (
        "Direktøren kalder resultatet ”meget skuffende”.",
        [("partial", "Direktøren kalder resultatet ”meget skuffende”", "kalder",
          "Direktøren")],
    ),
    # a subordinate clause first: the subject follows "Når", and the name ends at the comma
    (
        "Når Per Bo kalder det for 'hykleri' og 'magt', skal det ses i lyset af sagen.",
        [("indirect", "hykleri' og 'magt", "kalder", "Per Bo")],
    ),
    (
        "Ole Berg kalder forslaget for »dyrt, dumt og unødvendigt«.",
        [("indirect", "dyrt, dumt og unødvendigt", "kalder", "Ole Berg")],
    ),
    # a sentence that introduces a quote with a colon still names things with "kalder"
    (
        "Ole Berg kalder planen for »en skandale«, og da han blev spurgt, lød det:\n\n"
        "- Ja, det er den.",
        [("indirect", "en skandale", "kalder", "Ole Berg"),
         ("direct", "Ja, det er den", "lød det", None)],
    ),
    # the words in marks are no object of "kalder ... for": the name given is after "det"
    (
        "Han kalder det et »historisk gennembrud« for byen.",
        [("indirect", "et »historisk gennembrud« for byen", "kalder", "Han")],
    ),
]


# "Adspurgt om, at ..." / "Spurgt om det kan betyde, at ...": the journalist's question is
# no quote; the answer after it is.
QUESTIONS = [
    (
        "Adspurgt om, at skolen lukker, svarer Lene Dahl nej.",
        [],
    ),
    (
        "Adspurgt om det kan betyde, at skolen lukker, svarer hun: Det kan jeg ikke udelukke.",
        [("direct", "Det kan jeg ikke udelukke", "svarer", "hun")],
    ),
    (
        "Spurgt om det kan betyde, at flere mister jobbet, siger Ole Berg, at det kan han "
        "ikke udelukke.",
        [("indirect", "det kan han ikke udelukke", "siger", "Ole Berg")],
    ),
    (
        "Adspurgt om, at prisen stiger, fortæller direktør Ole Berg, der har ledet firmaet i "
        "ti år, at det var ventet.",
        [("indirect", "det var ventet", "fortæller", "Ole Berg")],
    ),
    (
        "Adspurgt om, at prisen stiger, siger direktøren: »Det er for tidligt at sige.«",
        [("direct", "Det er for tidligt at sige", "siger", "direktøren")],
    ),
    # a reported question: its that-clause is part of what was asked
    (
        "Ole Berg spørger, om det er rimeligt, at borgerne skal betale.",
        [],
    ),
    (
        "Ole Berg blev spurgt, hvortil han svarede, at det var for tidligt at sige.",
        [("indirect", "det var for tidligt at sige", "svarede", "han")],
    ),
]


# A report that goes on over several sentences after one cue: a sentence that opens with
# a linking adverb and keeps the report's register (a modal) is part of the quote.
GOES_ON = [
    (
        "Vagthavende meteorolog Jens Holm siger, at det bliver koldt i weekenden. Også om "
        "mandagen kan der komme sne. Derfor bør bilister køre forsigtigt.",
        [("indirect", "det bliver koldt i weekenden. Også om mandagen kan der komme sne. "
          "Derfor bør bilister køre forsigtigt", "siger", "Jens Holm")],
    ),
    (
        "Ifølge DMI bliver det koldt. Derfor skal man køre forsigtigt.",
        [("indirect", "bliver det koldt. Derfor skal man køre forsigtigt", "ifølge", "DMI")],
    ),
    # no modal: the journalist's own sentence
    (
        "Politiet oplyser, at vejen er spærret. Også en ambulance var til stede.",
        [("indirect", "vejen er spærret", "oplyser", "Politiet")],
    ),
    # a forecast after its attribution goes on with a time first; the quote holds the
    # attribution, as a grouped quote does
    (
        "Det bliver koldt i weekenden, siger vagthavende meteorolog Jens Holm til Ritzau. "
        "Søndag vil der komme sne. I løbet af natten kan det blive glat.",
        [("indirect", "Det bliver koldt i weekenden, siger vagthavende meteorolog Jens Holm "
          "til Ritzau. Søndag vil der komme sne. I løbet af natten kan det blive glat",
          "siger", "Jens Holm")],
    ),
    # a time first with no modal is the journalist's account
    (
        "Skolen lukker til sommer, siger Ole Berg. Mandag var han på arbejde.",
        [("indirect", "Skolen lukker til sommer", "siger", "Ole Berg")],
    ),
    # a fragment sentence that points back ("Her") holds the sentence it points at
    (
        "- Det bliver koldt, siger Jens Holm.\n\nDer bliver to graders varme. Natten til "
        "søndag kan det fryse. Her kan der komme \"pletvis isglatte veje\".",
        [("direct", "Det bliver koldt", "siger", "Jens Holm"),
         ("indirect", "Natten til søndag kan det fryse. Her kan der komme \"pletvis "
          "isglatte veje\"", None, None)],
    ),
    # two cues of one speaker: the words before the attribution and the that-clause after
    (
        "Det var en hård dag, siger Ole Berg og tilføjer, at han er træt.",
        [("indirect", "Det var en hård dag", "siger", "Ole Berg"),
         ("indirect", "han er træt", "tilføjer", "Ole Berg")],
    ),
]


# A subordinate clause that reports speech ends before the main clause after it.
SUBORDINATE = [
    (
        "Mens borgmesteren siger, at skolen lukker, protesterer forældrene.",
        [("indirect", "skolen lukker", "siger", "borgmesteren")],
    ),
    (
        "Fordi Ole Berg fortalte, at han var syg, blev mødet aflyst.",
        [("indirect", "han var syg", "fortalte", "Ole Berg")],
    ),
]


# "med henvisning til, at ...": the reason the sentence's subject gave.
CITING = [
    (
        "Dommeren lukkede dørene med henvisning til sagens karakter, og at der er "
        "medgerningsmænd på fri fod.",
        [("indirect", "der er medgerningsmænd på fri fod", "med henvisning til", "Dommeren")],
    ),
    (
        "Det har han gjort bl.a. med henvisning til, at partiet er løbet fra sit krav.",
        [("indirect", "partiet er løbet fra sit krav", "med henvisning til", "han")],
    ),
    # a thing as the subject gives no reason of anyone's
    ("Skolen blev lukket med henvisning til, at taget var utæt.", []),
]


# Quoted words attributed to an organisation that writes them in a document.
WRITTEN = [
    (
        "»Vi har haft et godt år,« skriver Dansk Industri i sin årsrapport.",
        [("direct", "Vi har haft et godt år", "skriver", "Dansk Industri")],
    ),
    (
        "Landmanden giver i en meddelelse udtryk for, at angrebet ligner det forrige.",
        [("indirect", "angrebet ligner det forrige", "giver i en meddelelse udtryk",
          "Landmanden")],
    ),
    (
        "Politiet slår i en pressemeddelelse fast, at ingen kom til skade.",
        [("indirect", "ingen kom til skade", "slår i en pressemeddelelse fast", "Politiet")],
    ),
    # "sætter ordet »x« på": the speaker's own word, not a term
    (
        "Formanden har selv sat ordet 'svigt' på sin egen indsats.",
        [("partial", "Formanden har selv sat ordet 'svigt' på sin egen indsats", "sat ordet",
          "Formanden")],
    ),
    # "i" is no particle a place phrase may precede
    ("Folketinget stemmer i en afstemning i morgen om loven.", []),
]


# Reported speech with a date, or a perfect's "have", inside it stays whole.
DATES = [
    (
        "Kvinden forklarede i retten, at hun om formiddagen den 4. januar gik hjem fra "
        "arbejde.",
        [("indirect", "hun om formiddagen den 4. januar gik hjem fra arbejde", "forklarede",
          "Kvinden")],
    ),
    (
        "Kvinden forklarede i retten den 4. januar, at hun gik hjem.",
        [("indirect", "hun gik hjem", "forklarede", "Kvinden")],
    ),
    (
        "Kvinden forklarede torsdag d. 4. jan. i retten, at hun gik hjem.",
        [("indirect", "hun gik hjem", "forklarede", "Kvinden")],
    ),
    (
        "Politiet oplyser, at manden den 12. marts blev anholdt i Aarhus.",
        [("indirect", "manden den 12. marts blev anholdt i Aarhus", "oplyser", "Politiet")],
    ),
    (
        "Her skulle den 40-årige have forklaret, at han gik hjem. Og at han låste døren.",
        [("indirect", "han gik hjem. Og at han låste døren", "forklaret", "den 40-årige")],
    ),
]


# Input real users have: OCR spellings, the right single mark as opener, pull quotes.
INPUT = [
    (
        "Ole Berg fortaeller, at han er glad for resultatet.",
        [("indirect", "han er glad for resultatet", "fortaeller", "Ole Berg")],
    ),
    (
        "Ministeren naevner, at der mangler penge.",
        [("indirect", "der mangler penge", "naevner", "Ministeren")],
    ),
    (
        "- Det er godt, fortaeller Ole Berg.",
        [("direct", "Det er godt", "fortaeller", "Ole Berg")],
    ),
    (
        "’Det er en skandale’, siger Lene Dahl.",
        [("direct", "Det er en skandale", "siger", "Lene Dahl")],
    ),
    # a one-sentence quote paragraph in single marks is no menu line: it joins the next
    (
        "’Vi er klar.’\n\n’Det er vi,’ siger hun.",
        [("direct", "Vi er klar.’\n\n’Det er vi", "siger", "hun")],
    ),
    # a pull quote with no marks and its speaker's name after it is a direct quote (the
    # real-news gold counts pull quotes, also when the story repeats the words)
    (
        "Vi har ikke råd til at vente længere. Hvorfor skal borgerne betale? Lene Dahl (K)",
        [("direct", "Vi har ikke råd til at vente længere. Hvorfor skal borgerne betale?",
          None, "Lene Dahl")],
    ),
    # a sentence that ends on a name, with no first person and no party, is narrative
    ("Skolen lukker efter sommerferien, og eleverne flytter til Byskolen. Ole Berg", []),
    # a quote opened after narrative that runs to the end of its paragraph (the excerpt
    # is cut) is a quote of its own, its speaker from the context
    (
        "Det siger Lene Dahl, der er overlæge. Hun forklarer, at afdelingen er presset. "
        "»Vi har ikke en ærlig chance, så nu […]",
        [("indirect", "afdelingen er presset", "forklarer", "Hun"),
         ("direct", "Vi har ikke en ærlig chance, så nu […]", None, None)],
    ),
    # a label after a genitive is no one's words
    (
        "- Vi vandt, siger Ole Berg.\n\nOg aftens ’man of the match’ med 12 mål, Per Bo, "
        "var også glad.",
        [("direct", "Vi vandt", "siger", "Ole Berg")],
    ),
]


# A view ("vurderede, at", "mener, at") inside a sentence that another speaker's trailing
# cue ends is part of that speaker's report; the same person's cue after it (a pronoun,
# a title, the surname) only frames the view.
VIEW_IN_REPORT = [
    (
        "Kommunen vurderede i går, at mens skolen skulle lukkes, skulle hallen holdes "
        "åben, fortæller kommunens talsmand.",
        [("indirect", "Kommunen vurderede i går, at mens skolen skulle lukkes, skulle "
          "hallen holdes åben", "fortæller", "kommunens talsmand")],
    ),
    (
        "Nordfyns Beredskab vurderede, at diget ville holde, oplyser beredskabets vagtchef.",
        [("indirect", "Nordfyns Beredskab vurderede, at diget ville holde", "oplyser",
          "beredskabets vagtchef")],
    ),
    (
        "Pia Dam vurderer, at butikken lukker, fortæller Ole Berg.",
        [("indirect", "Pia Dam vurderer, at butikken lukker", "fortæller", "Ole Berg")],
    ),
    (
        "Borgmester Lise Holm mener ikke, at skolen skal lukke, siger hun.",
        [("indirect", "skolen skal lukke", "mener", "Lise Holm")],
    ),
    (
        "Finansminister Lars Kruse mener, at skatten er for høj, siger ministeren.",
        [("indirect", "skatten er for høj", "mener", "Lars Kruse")],
    ),
    (
        "Lars Kruse mener, at afgiften skal ned, siger Kruse.",
        [("indirect", "afgiften skal ned", "mener", "Lars Kruse")],
    ),
]


# A share of a surveyed group answers as that share ("svarer hver fjerde, at"); "hver"
# alone is no person noun in -er, and a number or "De" opening the share is no name and
# no pronoun.
SHARES = [
    (
        "Her svarer hver fjerde, at de er 'meget utilfredse' med ventetiden.",
        [("indirect", "de er 'meget utilfredse' med ventetiden", "svarer", "hver fjerde")],
    ),
    (
        "Hver fjerde af de adspurgte svarer, at de er utilfredse.",
        [("indirect", "de er utilfredse", "svarer", "Hver fjerde af de adspurgte")],
    ),
    (
        "To ud af tre danskere svarer, at de stoler på politiet.",
        [("indirect", "de stoler på politiet", "svarer", "To ud af tre danskere")],
    ),
    (
        "De fleste siger, at de stoler på politiet.",
        [("indirect", "de stoler på politiet", "siger", "De fleste")],
    ),
    (
        "I målingen siger flertallet af medlemmerne, at prisen er for høj.",
        [("indirect", "prisen er for høj", "siger", "flertallet af medlemmerne")],
    ),
    # a share of a thing is the reported content, not the speaker
    (
        "Halvdelen af pengene går til skolerne, siger borgmesteren.",
        [("indirect", "Halvdelen af pengene går til skolerne", "siger", "borgmesteren")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [*ACCORDING_INSIDE, *NAMING_FRAGMENTS, *QUESTIONS, *GOES_ON, *SUBORDINATE, *CITING,
     *WRITTEN, *DATES, *INPUT, *VIEW_IN_REPORT, *SHARES],
)
def test_quote_boundaries(found_quotes: Callable[[str], list[tuple]], text: str,
        expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Han sagde ’nej tak’ og gik.", "nej tak"),
        ("Hun kalder det ‘en fejl’.", "en fejl"),
        ("Det er Paris’ borgmester, der bestemmer.", None),
        ("Han så ’90’erne som en tid med vækst.", None),
    ],
)
def test_single_marks(line: str, words: str | None) -> None:
    m = QUOTED.search(line)
    got = next((m[g] for g in "abcdefg" if m[g] is not None), None) if m else None
    assert got == words


def test_quote_line_in_single_marks_is_no_menu_item() -> None:
    text = "’Vi er klar.’\n\nMenu"
    assert [p.noise for p in find_paragraphs(text)] == [False, True]
