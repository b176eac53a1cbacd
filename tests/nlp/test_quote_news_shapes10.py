"""Quote shapes of real Danish news that earlier rules missed (issue 8, round 10): a lede
taken up by "Sådan beskriver X", a document quoted after a colon or before "fremgår det
af", a question and its asker ("ville værten vide"), "er det første, hun siger", a pull
quote signed after its closing mark, a loudspeaker's announcement, a medium's reporter
after "ifølge", scare quotes inside a reported clause, and "er citeret for, at". Each case
is (text, expected) with expected = [(kind, text, cue, speaker phrase or None), ...] for
every quote ``find_quotes`` returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# A verbless lede (or its quoted words) taken up by "Sådan beskriver/karakteriserer X":
# the description is X's. Not "Det beskriver hun" (what she describes), a passive, or a
# sentence with nothing before it.
DESCRIBED = [
    (
        "Kaotisk, larmende og helt uden plan. Sådan beskriver formand Lise Holm forholdene "
        "på skolen.",
        [("indirect", "Kaotisk, larmende og helt uden plan", "Sådan beskriver",
          "Lise Holm")],
    ),
    (
        "»Dyrt, langsomt og uforståeligt.« Sådan beskriver Per Jensen det nye system.",
        [("direct", "Dyrt, langsomt og uforståeligt", "Sådan beskriver", "Per Jensen")],
    ),
    (
        "Uansvarligt og kortsigtet.\n\nSådan karakteriserer oppositionen regeringens udspil.",
        [("indirect", "Uansvarligt og kortsigtet", "Sådan karakteriserer", "oppositionen")],
    ),
    (
        "En klar forbedring for pendlerne. Sådan lyder vurderingen fra Trafikstyrelsen.",
        [("indirect", "En klar forbedring for pendlerne",
          "Sådan lyder vurderingen fra", "Trafikstyrelsen")],
    ),
    (
        "Vi gik forkert hele vejen. Sådan opsummerer træner Per Holm kampen.",
        [("indirect", "Vi gik forkert hele vejen", "Sådan opsummerer", "Per Holm")],
    ),
    (
        "Tæt på en katastrofe. Sådan beskriver Lise Holm, formand for Skolelederforeningen, "
        "situationen.",
        [("indirect", "Tæt på en katastrofe", "Sådan beskriver", "Lise Holm")],
    ),
    (
        "Sådan beskriver formand Lise Holm forholdene:\n\n»Kaotisk og uden plan.«",
        [("direct", "Kaotisk og uden plan", "Sådan beskriver", "Lise Holm")],
    ),
    ("Sådan beskriver Lise Holm sin barndom i bogen.", []),
    ("Huset brændte i nat. Det beskriver hun i bogen.", []),
    ("Huset var tomt. Sådan beskrives forholdene i rapporten.", []),
]

# A document's words after a colon that names it: its owner in the genitive, or the
# sender an earlier sentence names; a document with no sender has no speaker.
DOCUMENT_COLON = [
    (
        "I Sundhedsstyrelsens vejledning om hygiejne er kravet formuleret sådan:\n\n"
        "»Personalet skal vaske hænder før og efter hver patient.«\n\n"
        "Kravet gælder alle afdelinger.",
        [("direct", "Personalet skal vaske hænder før og efter hver patient", "vejledning",
          "Sundhedsstyrelsens")],
    ),
    (
        "Rigsrevisionen har i dag offentliggjort en rapport om byggeriet.\n\n"
        "Af rapporten fremgår det:\n\n»Der er fundet fejl i over 200 sager.«",
        [("direct", "Der er fundet fejl i over 200 sager", "Af rapporten",
          "Rigsrevisionen")],
    ),
    (
        "I instruksen fra Rigspolitiet står der:\n\n»Betjente skal altid bære kamera.«",
        [("direct", "Betjente skal altid bære kamera", "står der", "Rigspolitiet")],
    ),
    (
        "Af Rigspolitiets instruks fremgår det:\n\n»Betjente skal altid bære kamera.«",
        [("direct", "Betjente skal altid bære kamera", "instruks", "Rigspolitiets")],
    ),
    (
        "I Arbejdstilsynets afgørelse står der:\n\n"
        "Virksomheden skal stoppe arbejdet med det samme.",
        [("indirect", "Virksomheden skal stoppe arbejdet med det samme", "afgørelse",
          "Arbejdstilsynets")],
    ),
    (
        "I loven står der:\n\n»Ingen må tilbageholdes uden dom.«",
        [("direct", "Ingen må tilbageholdes uden dom", None, None)],
    ),
    # a colon with no document and no cue introduces nobody's words
    ("I Sundhedsstyrelsens lokaler var der stille:\n\nHuset var tomt.", []),
]

# "<clause>, fremgår det af en <document> fra X." and "Det fremgår af en <document> fra
# X." after the words: the sender's. A verbless clause goes on from the sentence before
# it; a document with no sender ("dommen") is no source.
APPEARS_AFTER = [
    (
        "Skolen har fået ny rektor.\n\nHeller ikke lærerne, fremgår det af en ny vejledning "
        "fra Undervisningsministeriet.",
        [("indirect", "Heller ikke lærerne", "fremgår af", "Undervisningsministeriet")],
    ),
    (
        "Eleverne må ikke bruge mobiltelefon i timerne. Heller ikke lærerne, fremgår det af "
        "en ny vejledning fra Undervisningsministeriet.",
        [("indirect", "Eleverne må ikke bruge mobiltelefon i timerne. Heller ikke lærerne",
          "fremgår af", "Undervisningsministeriet")],
    ),
    (
        "Betjentene skal bære kamera under alle anholdelser, fremgår det af en instruks fra "
        "Rigspolitiet.",
        [("indirect", "Betjentene skal bære kamera under alle anholdelser", "fremgår af",
          "Rigspolitiet")],
    ),
    (
        "Butikken lukker ved udgangen af måneden.\n\nDet fremgår af en pressemeddelelse fra "
        "Coop.",
        [("indirect", "Butikken lukker ved udgangen af måneden", "fremgår af", "Coop")],
    ),
    (
        "Skolerne skal spare ti procent, fremgår det af budgetaftalen fra Aarhus Kommune.",
        [("indirect", "Skolerne skal spare ti procent", "fremgår af", "Aarhus Kommune")],
    ),
    ("Manden blev idømt fire års fængsel, fremgår det af dommen.", []),
    ("Manden blev dømt. Det fremgår af dommen.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*DESCRIBED, *DOCUMENT_COLON, *APPEARS_AFTER])
def test_quote_lede_and_document_shapes(found_quotes: Callable[[str], list[tuple]], text: str,
                                        expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# A quoted question and its asker ("ville X vide"): a medium's person is a described
# speaker ("TV 2's reporter"), not the medium. "Han ville vide, om ..." reports no words.
ASKED = [
    (
        "»Hvordan føles det at vinde?«, ville TV 2's reporter vide.\n\n"
        "»Helt fantastisk,« siger Lise Holm.",
        [("direct", "Hvordan føles det at vinde?", "ville vide", "TV 2's reporter"),
         ("direct", "Helt fantastisk", "siger", "Lise Holm")],
    ),
    ("»Er du klar?« ville værten vide.", [("direct", "Er du klar?", "ville vide", "værten")]),
    (
        "»Hvad sker der nu?« spurgte journalisten.",
        [("direct", "Hvad sker der nu?", "spurgte", "journalisten")],
    ),
    (
        "»Hvorfor stoppede du?«, lød spørgsmålet fra TV 2's reporter.",
        [("direct", "Hvorfor stoppede du?", "lød spørgsmålet fra", "TV 2's reporter")],
    ),
    (
        "»Hvorfor stoppede du?« spurgte DR's sportsjournalist.",
        [("direct", "Hvorfor stoppede du?", "spurgte", "DR's sportsjournalist")],
    ),
    (
        "»Hvorfor stoppede du?« ville DR's journalist Lise Holm vide.",
        [("direct", "Hvorfor stoppede du?", "ville vide", "Lise Holm")],
    ),
    (
        "»Hvor længe skal vi vente?« ville en journalist fra TV 2 vide.",
        [("direct", "Hvor længe skal vi vente?", "ville vide", "en journalist fra TV 2")],
    ),
    ("Han ville vide, om toget kørte.", []),
    ("Per Holm kom hjem. Han ville gerne vide mere om sagen.", []),
]

# "»...«, er det første, hun siger." / "lyder hans første ord": the words are the
# speaker's; "»Vinterlys« er det første, hun har instrueret" is a title.
FIRST_WORDS = [
    (
        "Lise Holm krydsede målstregen som nummer et.\n\n»Det er ubeskriveligt.«, er det "
        "første, hun siger.",
        [("direct", "Det er ubeskriveligt", "siger", "hun")],
    ),
    (
        "Per Jensen kom ud af retten.\n\n»Jeg er lettet,« er det eneste, han siger.",
        [("direct", "Jeg er lettet", "siger", "han")],
    ),
    (
        "Per Holm kom hjem.\n\n»Vi ses,« var det sidste, han sagde til sin mor.",
        [("direct", "Vi ses", "sagde", "han")],
    ),
    (
        "Per Jensen kom ud af retten. »Jeg er lettet,« lyder hans første ord.",
        [("direct", "Jeg er lettet", "lyder hans første ord", "han")],
    ),
    (
        "Lise Holm kom i mål. »Jeg er træt,« var hendes eneste kommentar.",
        [("direct", "Jeg er træt", "var hendes eneste kommentar", "hende")],
    ),
    ("»Vinterlys« er det første, hun har instrueret.", []),
    ("Per Holm har instrueret mange film. »Vinterlys« var hans første film.", []),
]

# A pull quote signed with a full name after its closing mark (a dash or a space, then a
# short role or party letters); a title with a name, or a sentence that goes on, is none.
SIGNED = [
    (
        "Lageret brændte i nat.\n\n»Vi har aldrig set noget lignende« Peter Holm, driftschef",
        [("direct", "Vi har aldrig set noget lignende", None, "Peter Holm")],
    ),
    (
        "Lageret brændte i nat.\n\n\"Det er en katastrofe\" - Mette Lund, borgmester",
        [("direct", "Det er en katastrofe", None, "Mette Lund")],
    ),
    (
        "»Vi har aldrig set noget lignende« Peter Holm (S)",
        [("direct", "Vi har aldrig set noget lignende", None, "Peter Holm")],
    ),
    ("»Vinterlys« Lise Holm", []),
    (
        "»Vi har aldrig set noget lignende« - driftschef Peter Holm",
        [("direct", "Vi har aldrig set noget lignende", None, "Peter Holm")],
    ),
    ("»Vi er klar« er titlen på Lise Holms nye bog.", []),
    ("»Vi har aldrig set noget lignende« Peter Holm fortalte i går om branden.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*ASKED, *FIRST_WORDS, *SIGNED])
def test_quote_direct_news_shapes(found_quotes: Callable[[str], list[tuple]], text: str,
                                  expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# An announcement over the loudspeakers: the loudspeaker is its described speaker.
ANNOUNCED = [
    (
        "Klokken 17 lyder det i højttalerne, at toget er aflyst.",
        [("indirect", "toget er aflyst", "lyder det", "højttalerne")],
    ),
    (
        "Passagererne ventede på perronen, da det lød i højttalerne, at toget var aflyst.",
        [("indirect", "toget var aflyst", "det lød", "højttalerne")],
    ),
    (
        "Det meddeles over højttalerne, at alle skal forlade bygningen.",
        [("indirect", "alle skal forlade bygningen", "Det meddeles", "højttalerne")],
    ),
    (
        "Over højttalerne lyder det, at toget er forsinket.",
        [("indirect", "toget er forsinket", "lyder det", "højttalerne")],
    ),
    ("Der lød musik fra højttalerne hele natten.", []),
    ("Højttalerne i toget var i stykker, og ingen hørte, at toget var aflyst.", []),
]

# "ifølge" a medium's person: the reporter (a descriptor), not the medium; a name after
# the role is the speaker; "DR's oplysninger" stays the medium's.
MEDIA_SOURCE = [
    (
        "Ifølge Ekstra Bladets reporter på stedet hersker der kaos.",
        [("indirect", "hersker der kaos", "ifølge", "Ekstra Bladets reporter")],
    ),
    (
        "Ifølge DR's korrespondent er stemningen anspændt.",
        [("indirect", "er stemningen anspændt", "ifølge", "DR's korrespondent")],
    ),
    (
        "Der er stille i byen, ifølge TV 2's udsendte reporter.",
        [("indirect", "Der er stille i byen", "ifølge", "TV 2's udsendte reporter")],
    ),
    (
        "Ifølge TV 2's vejrvært bliver det koldt.",
        [("indirect", "bliver det koldt", "ifølge", "TV 2's vejrvært")],
    ),
    (
        "Ifølge DR's reporter Lise Holm er stemningen anspændt.",
        [("indirect", "er stemningen anspændt", "ifølge", "Lise Holm")],
    ),
    (
        "Ifølge DR's oplysninger har manden tilstået.",
        [("indirect", "har manden tilstået", "ifølge", "DR's")],
    ),
]

# Scare quotes inside a clause before a trailing cue: the whole clause is reported; "kalder
# ... for 'X'" stays the naming shape.
SCARE_QUOTES = [
    (
        "Beslutningen er 'dybt skuffende' for de små skoler, siger Lise Holm.",
        [("indirect", "Beslutningen er 'dybt skuffende' for de små skoler", "siger",
          "Lise Holm")],
    ),
    (
        "»Dybt skuffende« er beslutningen for de små skoler, siger Lise Holm.",
        [("indirect", "»Dybt skuffende« er beslutningen for de små skoler", "siger",
          "Lise Holm")],
    ),
    (
        "Planen er \"et makværk\", skriver Per Holm på Facebook.",
        [("indirect", "Planen er \"et makværk\"", "skriver", "Per Holm")],
    ),
    ("Han kalder planen for 'et makværk'.", [("indirect", "et makværk", "kalder", "Han")]),
]

# "X er citeret for, at ...": the press quoting X; "citeret for sin humor" is no quote.
QUOTED_FOR = [
    (
        "Borgmesteren er citeret for, at skolen skal lukke.",
        [("indirect", "skolen skal lukke", "er citeret for", "Borgmesteren")],
    ),
    (
        "I avisen er Per Jensen citeret for, at han vil gå af.",
        [("indirect", "han vil gå af", "citeret for", "Per Jensen")],
    ),
    (
        "Per Jensen citeres for at sige, at han vil gå af.",
        [("indirect", "han vil gå af", "sige", "Per Jensen")],
    ),
    (
        "Borgmester Lise Holm er i avisen citeret for, at skolen lukker.",
        [("indirect", "skolen lukker", "citeret for", "Lise Holm")],
    ),
    ("Hun er ofte citeret for sin humor.", []),
    ("Bogen er citeret for mange fejl.", []),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*ANNOUNCED, *MEDIA_SOURCE, *SCARE_QUOTES, *QUOTED_FOR])
def test_quote_reported_news_shapes(found_quotes: Callable[[str], list[tuple]], text: str,
                                    expected: list[tuple]) -> None:
    assert found_quotes(text) == expected


# "Det kalder X for Y": the name X gives it is X's words; a group named in quote marks
# after a back-reference's cue is its speaker; a sentence adverb may stand between the
# cue and its addressee.
BACK_REFERENCES = [
    (
        "Kommunen må vente med budgettet. Det kalder borgmester Lise Holm for en fornuftig "
        "beslutning.",
        [("indirect", "en fornuftig beslutning", "kalder", "Lise Holm")],
    ),
    (
        "Skolen skal bevares. Det skriver \"Foreningen for Bevarelse af Holm Skole\" i en "
        "pressemeddelelse.",
        [("indirect", "Skolen skal bevares", "skriver",
          "Foreningen for Bevarelse af Holm Skole")],
    ),
    (
        "Direktør Lise Holm oplyser imidlertid over for avisen, at regnskabet er forkert.",
        [("indirect", "regnskabet er forkert", "oplyser", "Lise Holm")],
    ),
    # "Det kalder på" is no naming, and what X writes about ("om") is not X's words
    ("Skolen skal lukke. Det kalder på handling fra byrådet.", []),
    ("Skolen skal bevares. Det skriver \"Holm Skoles Venner\" om i et opslag.", []),
]


@pytest.mark.parametrize(("text", "expected"), BACK_REFERENCES)
def test_quote_back_reference_shapes(found_quotes: Callable[[str], list[tuple]], text: str,
                                     expected: list[tuple]) -> None:
    assert found_quotes(text) == expected
