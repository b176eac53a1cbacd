"""Speaker classes of issue 8 that the real-news dev set under-represents: each class
holds short invented Danish texts (none is copied from a news page).

Each case is (text, expected) with expected = [(kind, speaker), ...] per quote, in text
order.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from speaker_cases import kinds_and_speakers

from pressespejl.nlp import analyze
from pressespejl.types import Article

quotes_of = partial(kinds_and_speakers, published=date(2023, 5, 2))


# 1. A definite role noun refers back to the person the article introduced with it, any
#    job noun (no word list needs to hold it); with no named holder the role stays.
ROLE_BACK_REFERENCES = [
    ("Skoleinspektør Mads Krog har skrevet til forældrene.\n\n"
     "- Vi gør, hvad vi kan, siger skoleinspektøren.",
     [("direct", "Mads Krog")]),
    ("Butikkens indehaver, Lise Holm, har haft indbrud tre gange.\n\n"
     "- Jeg er træt af det, siger indehaveren.",
     [("direct", "Lise Holm")]),
    ("Sognepræst Anne Bro holder gudstjeneste juleaften.\n\n"
     "Ifølge sognepræsten kommer der flere end sidste år.",
     [("indirect", "Anne Bro")]),
    ("Bo Lund er stifter af foreningen.\n\n- Vi startede i en kælder, siger stifteren.",
     [("direct", "Bo Lund")]),
    ("Ejer af restauranten Jens Kold er vred over afgørelsen.\n\n"
     "- Det er uretfærdigt, fortæller ejeren.",
     [("direct", "Jens Kold")]),
    ("Forsvarer Ole Bak og anklager Eva Dam mødtes i retten.\n\n"
     "- Min klient er uskyldig, siger forsvareren.\n\n- Det er han ikke, siger anklageren.",
     [("direct", "Ole Bak"), ("direct", "Eva Dam")]),
    # the exact role before a compound that ends in it
    ("Næstformand Per Holm var til stede. Hanne Lind er formand for fagforeningen.\n\n"
     "- Det er alvor, siger formanden.\n\n- Vi er klar, siger næstformanden.",
     [("direct", "Hanne Lind"), ("direct", "Per Holm")]),
    # a role with a lower-case complement, then the name after a comma
    ("- Min klient er uskyldig, siger forsvarer for den tiltalte, Ole Bak.",
     [("direct", "Ole Bak")]),
    # no named holder: the role is the speaker, as written
    ("Sagen kom for retten i går.\n\n- Vi anker dommen, siger forsvareren.",
     [("direct", "forsvareren")]),
    # the role and the name together at the cue: the name
    ("- Vi er klar til at strejke, siger formand for fagforeningen Hanne Lind.",
     [("direct", "Hanne Lind")]),
]

# 2. A media noun refers back to the medium the article named.
MEDIA_BACK_REFERENCES = [
    ("Det skriver Berlingske.\n\nIfølge avisen har ministeren kendt til sagen længe.",
     [("indirect", "Berlingske")]),
    ("Sagen blev først omtalt af Ekstra Bladet.\n\nBladet skriver, at politiet var der.",
     [("indirect", "Ekstra Bladet")]),
    ("Nyheden blev bragt af TV 2 Fyn i aftes.\n\n"
     "- Vi har set dokumenterne, siger tv-stationen.",
     [("direct", "TV 2 Fyn")]),
    ("Radio4 har talt med borgmesteren.\n\n"
     "Radiokanalen oplyser, at borgmesteren ikke stiller op igen.",
     [("indirect", "Radio4")]),
    ("Vejle Amts Folkeblad har fået aktindsigt. Mediet skriver, at kommunen kendte fejlen.",
     [("indirect", "Vejle Amts Folkeblad")]),
]

# 3. A fronted adverbial or participle, or a page's section label, is never the speaker.
NOT_SPEAKERS = [
    ("Træner Jens Bak var glad.\n\nSammenbidt siger han, at holdet skal blive bedre.",
     [("indirect", "Jens Bak")]),
    ("Minister Lise Dam var lettet.\n\nLettet fortæller hun, at aftalen er på plads.",
     [("indirect", "Lise Dam")]),
    ("Direktør Ole Holm er tilfreds.\n\nStolt siger han: - Vi tjener penge.",
     [("direct", "Ole Holm")]),
    ("Direktør Ole Holm er tilfreds.\n\nRørt fortæller han, at firmaet har klaret sig.",
     [("indirect", "Ole Holm")]),
    ("Direktør Ole Holm er glad.\n\nIndland Han siger, at firmaet tjener penge.",
     [("indirect", "Ole Holm")]),
    ("Nyheder Ole Holm fortæller, at firmaet tjener penge.", [("indirect", "Ole Holm")]),
    # a label as first word of a medium's name stays: "DR" speaks
    ("Skolen lukker. Det oplyser DR.", [("indirect", "DR")]),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_BACK_REFERENCES)
def test_role_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDIA_BACK_REFERENCES)
def test_media_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_adverbials_and_labels_are_not_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# 4. A person the text only describes ("Den tiltalte", "Den 34-årige kvinde") is the
#    referent of a later "han"/"hun" when nobody named of that gender comes between.
DESCRIBED_ANTECEDENTS = [
    ("Den tiltalte nægtede sig skyldig i retten.\n\n"
     "- Jeg var slet ikke i byen, forklarede han.\n\n"
     "Senere blev han spurgt om kniven.\n\n- Den har jeg aldrig set, sagde han.",
     [("direct", "den tiltalte"), ("direct", "den tiltalte")]),
    ("Den 34-årige kvinde blev anholdt i går.\n\n- Jeg er uskyldig, siger hun.",
     [("direct", "den 34-årige kvinde")]),
    ("Den dræbtes mor har talt med avisen.\n\n- Han var en god dreng, siger hun.",
     [("direct", "den dræbtes mor")]),
    ("»Jeg vidste ikke noget,« sagde den tiltalte.\n\n"
     "»Jeg var hjemme hele aftenen,« tilføjede han.",
     [("direct", "den tiltalte"), ("direct", "den tiltalte")]),
    ("En 45-årig mand er sigtet for drabet.\n\n- Jeg har ikke gjort det, siger han.",
     [("direct", "en 45-årig mand")]),
    # a title nobody holds starts a sentence: the unnamed holder, when nobody named of
    # that gender came before (then it is most likely that person's unstated role)
    ("Borgmesteren var glad for aftalen.\n\n- Vi har fået en god aftale, siger han.",
     [("direct", "borgmesteren")]),
    ("Ole Berg var på stedet. Vagtchefen fortalte om ulykken.\n\n"
     "- Bilen kørte for stærkt, siger han.",
     [("direct", "Ole Berg")]),
    # a woman's description is no "han": the named man is
    ("Politiinspektør Ole Berg leder efterforskningen.\n\n"
     "Den 34-årige kvinde blev anholdt i går.\n\n- Vi har flere spor, siger han.",
     [("direct", "Ole Berg")]),
    # a named man after the description takes over
    ("Den tiltalte nægtede sig skyldig.\n\nForsvarer Ole Bak førte ordet.\n\n"
     "- Min klient var hjemme, siger han.",
     [("direct", "Ole Bak")]),
]

# 5. A new paragraph that brings in another speaker takes over from the last quote's.
NEW_SPEAKER_PARAGRAPHS = [
    ("- Han skal have en hård straf, sagde anklager Eva Dam.\n\n"
     "Dommerne lagde vægt på:\n\n- At den tiltalte har været voldelig længe.",
     [("direct", "Eva Dam"), ("direct", "dommerne")]),
    ("- Han skal have en hård straf, sagde anklager Eva Dam.\n\n"
     "Den tiltalte forklarede sig længe i retten.\n\n- Jeg var slet ikke i byen.",
     [("direct", "Eva Dam"), ("direct", "den tiltalte")]),
    ("Lise Vang og Per Holm er uenige.\n\n- Det er en fin aftale, siger Per Holm.\n\n"
     "Hun er bekymret for økonomien.\n\n- Vi har ikke råd til det.",
     [("direct", "Per Holm"), ("direct", "Lise Vang")]),
    ("Forsvarer Ole Bak og anklager Eva Dam var uenige.\n\n"
     "- Han skal have en hård straf, sagde anklageren.\n\nForsvareren var helt uenig.\n\n"
     "- Min klient er uskyldig.",
     [("direct", "Eva Dam"), ("direct", "Ole Bak")]),
    # a paragraph with nobody new in it: the speaker goes on
    ("- Vi vandt, sagde Per Holm.\n\nKampen var hård.\n\n- Det var fantastisk.",
     [("direct", "Per Holm"), ("direct", "Per Holm")]),
]

# 6. "ifølge" inside the sentence; a relative clause or a genitive's noun after the
#    source is not what was said; scare-quoted words after "kalder" are the subject's.
ACCORDING_AND_CALLS = [
    ("Statsminister Mette Frederiksen holdt tale.\n\n"
     "Det kommer ifølge statsministeren ikke til at ske.",
     [("indirect", "Det kommer ifølge statsministeren ikke til at ske")]),
    ("Angrebet skyldes ifølge politiet en fejl i systemet.",
     [("indirect", "Angrebet skyldes ifølge politiet en fejl i systemet")]),
    ("Ifølge Per Holm, der er formand for foreningen, er der ingen penge.",
     [("indirect", "er der ingen penge")]),
    ("Ifølge DR's oplysninger har ministeren kendt til sagen.",
     [("indirect", "har ministeren kendt til sagen")]),
    ("Krigen, som Kreml kalder en »særlig militær operation«, har varet et år.",
     [("partial", "Krigen, som Kreml kalder en »særlig militær operation«, har varet et år")]),
]

# 6b. More shapes of reported speech: a document with its sender, a back-reference with
#     an auxiliary, "gør opmærksom på, at".
MORE_INDIRECT = [
    ("Det fremgår af en pressemeddelelse fra Fyns Politi, at manden er anholdt.",
     [("indirect", "Fyns Politi")]),
    ("Af et brev fra Odense Kommune fremgår det, at skolen lukker.",
     [("indirect", "Odense Kommune")]),
    # a document with no sender: no speaker, no quote
    ("Det fremgår af dommen, at manden skal i fængsel.", []),
    ("Skolen skal lukke til sommer. Det har Per Holm også sagt.", [("indirect", "Per Holm")]),
    ("Skolen skal lukke til sommer. Det har Per Holm længe arbejdet for.", []),
    ("Borgmester Lise Dam gør opmærksom på, at skolen lukker.", [("indirect", "Lise Dam")]),
    ("Borgmester Per Holm gør det klart, at skolen lukker.", [("indirect", "Per Holm")]),
    ("Minister Lise Dam lægger ikke skjul på, at hun er skuffet.",
     [("indirect", "Lise Dam")]),
    ("Flere forældre giver udtryk for, at de er bekymrede.",
     [("indirect", "flere forældre")]),
    ("Han gør det klart for alle.", []),
]

# 7. Quotes a scraped page glued to the sentence before, or ran together in one paragraph.
GLUED_QUOTES = [
    ("Direktør Lise Holm har set tallene.\n\n"
     'Salget steg med ti procent, en stor stigning."Udviklingen går stærkt," siger hun.',
     [("direct", "Lise Holm")]),
    ("Direktør Lise Holm har set tallene.\n\n"
     '"Udviklingen går stærkt," siger hun."Vi har aldrig solgt så meget," tilføjer hun.',
     [("direct", "Lise Holm"), ("direct", "Lise Holm")]),
    ("Direktør Lise Holm og sælger Per Dam har set tallene.\n\n"
     "»Udviklingen går stærkt,« siger Lise Holm. »Vi sælger mere,« tilføjer Per Dam.",
     [("direct", "Lise Holm"), ("direct", "Per Dam")]),
    ("Direktør Lise Holm har set tallene. Salget er steget. »Det går stærkt,« siger hun.",
     [("direct", "Lise Holm")]),
    ("- Det går stærkt, siger Lise Holm. - Vi sælger mere, siger Per Dam.",
     [("direct", "Lise Holm"), ("direct", "Per Dam")]),
    # a paragraph that ends with a quote of its own, no attribution: the narrative's person
    ("Direktør Lise Holm er glad for resultatet. »Vi har aldrig solgt så meget.«",
     [("direct", "Lise Holm")]),
    # a title at the end of a paragraph is no quote
    ("Direktør Lise Holm er glad. Filmen hedder »Jagten«.", []),
]

# 8. Quoted words after a colon that end the sentence are a direct quote.
COLON_ANSWERS = [
    ("Minister Lise Dam blev spurgt, om hun vil gå af, og svarede: »Nej, det vil jeg ikke.«",
     [("direct", "Lise Dam")]),
    ("Lise Dam blev spurgt om sagen. Hendes svar var kort: »Ingen kommentarer.«",
     [("direct", "Lise Dam")]),
    ('Borgmester Per Holm har et klart svar: "Nej."', [("direct", "Per Holm")]),
    ("Minister Lise Dam blev spurgt, om hun vil gå af.\n\nHun svarer: »Nej.«",
     [("direct", "Lise Dam")]),
    # a title after a colon is no quote
    ("Sangen har fået et nyt navn: »Sommer«.", []),
    # "lyder det lettet fra hende": an object pronoun after the preposition
    ("Minister Lise Dam var lettet.\n\n»Aftalen er på plads,« lyder det lettet fra hende.",
     [("direct", "Lise Dam")]),
]

# 9. Dialogue inside a quote is part of the outer speaker's quote.
NESTED_DIALOGUE = [
    ("Forfatter Lise Dam husker mødet.\n\n"
     "\"Jeg sagde: 'Var det virkelig så godt?'\" siger hun.",
     [("direct", "Lise Dam")]),
    ("Forfatter Lise Dam husker mødet.\n\n"
     "»Han kiggede på mig og sagde: “Du er fyret.” Så gik han,« fortæller hun.",
     [("direct", "Lise Dam")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED_ANTECEDENTS)
def test_described_antecedents(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEW_SPEAKER_PARAGRAPHS)
def test_new_speaker_paragraphs(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCORDING_AND_CALLS)
def test_according_to_and_calls(text: str, expected: list) -> None:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    assert [(q.kind, q.text) for q in analysis.quotes] == expected
    assert all(q.speaker for q in analysis.quotes)


@pytest.mark.parametrize(("text", "expected"), MORE_INDIRECT)
def test_more_indirect(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED_QUOTES)
def test_glued_quotes(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), COLON_ANSWERS)
def test_colon_answers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), NESTED_DIALOGUE)
def test_nested_dialogue(text: str, expected: list) -> None:
    assert quotes_of(text) == expected
