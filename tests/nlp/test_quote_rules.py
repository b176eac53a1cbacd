"""Quote rules on hand-built documents: ``find_quotes`` over a blank Danish ``Doc`` split
by our sentence component, one table per error class of issue 8 (real Danish news).

Each case is (text, expected) with expected = [(kind, text, cue, speaker phrase or None,
follows), ...]. Every text is invented for these tests.
"""

from __future__ import annotations

import pytest
import spacy

from pressespejl.nlp.components.quotes import find_quotes


@pytest.fixture(scope="module")
def nlp(sentence_nlp: spacy.Language) -> spacy.Language:
    return sentence_nlp  # tests/nlp/conftest.py


def found(nlp: spacy.Language, text: str) -> list[tuple]:
    doc = nlp(text)
    out = []
    for c in find_quotes(text, doc._.pp_paragraphs, doc._.pp_sentences):
        out.append((c.kind, text[c.start : c.end], c.cue,
                    c.mention.text if c.mention else None, c.follows))
    return out


# The speaker of a quote comes from the sentence that introduces it.
INTRODUCED = [
    # narrative that ends with a colon, then the quote: the narrative's subject speaks
    (
        "Byrådsmedlem Hans Kjær fra Venstre løftede sløret for sin plan:\n\n"
        "“Vi skal spare på vejene.”",
        [("direct", "Vi skal spare på vejene", None, "Hans Kjær", None)],
    ),
    # an introduction that reports speech itself: a quote of its own, and the block's
    (
        "Vagtchef Ole Berg bekræfter, at en mand er anholdt:\n\n»Han sidder nu i en celle.«",
        [("indirect", "en mand er anholdt", "bekræfter", "Ole Berg", None),
         ("direct", "Han sidder nu i en celle", None, "Ole Berg", None)],
    ),
    # a described person introduces the block ("the paper's reporter on the spot")
    (
        "Avisens medarbejder på stedet beskrev stemningen:\n\n»Her er fyldt med pressefolk.«",
        [("direct", "Her er fyldt med pressefolk", None, "Avisens medarbejder på stedet",
          None)],
    ),
    # "X om Y:" in a collection of sayings, no verb
    (
        "Tidligere skatteminister Bente Lund om sagen:\n\n»Det er ikke godt nok.«",
        [("direct", "Det er ikke godt nok", None, "Bente Lund", None)],
    ),
    # "lyder svaret:": the person asked is found in the introduction (context, first)
    (
        "Da avisen ringer til vagtchef Ole Berg og spørger, om der er nyt, lyder svaret:\n\n"
        "»Nej, ikke endnu.«",
        [("direct", "Nej, ikke endnu", "lyder svaret", None, "context")],
    ),
    # "lyder det over X:": an unnamed source, kept as written
    (
        "Mens vi venter på perronen, lyder det over højttaleren på stationen:\n\n"
        "»Toget er aflyst.«",
        [("direct", "Toget er aflyst", "lyder det over", "højttaleren på stationen", None)],
    ),
    # a run with no attribution after narrative: the speaker comes from the context
    (
        "Kommunens direktør, Lene Holm, var tydeligt påvirket.\n\n"
        "»Det her har været en hård uge.«",
        [("direct", "Det her har været en hård uge", None, None, "context")],
    ),
    # the colon block belongs to the introduction; an attributed paragraph after it not
    (
        "Borgmester Anders Vang siger:\n\n- Vi bygger nu.\n\n- Det haster, siger Eva Lund.",
        [("direct", "Vi bygger nu", "siger", "Anders Vang", None),
         ("direct", "Det haster", "siger", "Eva Lund", None)],
    ),
]

# Consecutive quote paragraphs of one statement are one quote (docs/gold-format.md).
GROUPED = [
    # an unattributed paragraph joins the next attributed one
    (
        "- Vi vandt.\n\n- Det var fortjent, siger Per Holm.",
        [("direct", "Vi vandt.\n\n- Det var fortjent", "siger", "Per Holm", None)],
    ),
    # unattributed paragraphs at the end of a run join the attributed one before them
    (
        "- Vi vandt, siger Per Holm.\n\n- Det var fortjent.\n\nKampen sluttede 2-0.",
        [("direct", "Vi vandt, siger Per Holm.\n\n- Det var fortjent", "siger", "Per Holm",
          None)],
    ),
    # a block after "..., siger X og tilføjer:" is X's; the next attribution starts anew
    (
        "- Vi er klar, siger Per Holm og tilføjer:\n\n- Kampen bliver svær.\n\n"
        "- Vi er også klar, siger Ida Bak.",
        [("direct", "Vi er klar, siger Per Holm og tilføjer:\n\n- Kampen bliver svær", "siger",
          "Per Holm", None),
         ("direct", "Vi er også klar", "siger", "Ida Bak", None)],
    ),
    # »…« paragraphs: the same rules
    (
        "»Vi havde et godt år.«\n\n»Det fortsætter vi med,« siger Ida Bak.",
        [("direct", "Vi havde et godt år.«\n\n»Det fortsætter vi med", "siger", "Ida Bak",
          None)],
    ),
    # a caption between two quote paragraphs does not break the run
    (
        "- Vi har mistet alt.\n\nHuset efter branden. Foto: Lise Dam\n\n"
        "- Men vi bygger op igen, siger Karen Berg.",
        [("direct", "Vi har mistet alt.\n\nHuset efter branden. Foto: Lise Dam\n\n"
                    "- Men vi bygger op igen", "siger", "Karen Berg", None)],
    ),
]

# An interview: the questions are the interviewer's, the answers the interviewee's.
INTERVIEW = [
    (
        "Skolen lukker til sommer.\n\n- Hvorfor lukker I skolen?\n\n"
        "- Fordi der er for få elever, siger Mads Krog.\n\n- Hvad siger forældrene?\n\n"
        "- De er kede af det.",
        [("direct", "Hvorfor lukker I skolen?", None, None, None),
         ("direct", "Fordi der er for få elever", "siger", "Mads Krog", None),
         ("direct", "Hvad siger forældrene?", None, None, None),
         ("direct", "De er kede af det", None, None, "link")],
    ),
]

# Quote marks as Danish pages write them, and attributions after the quoted words.
MARKS_AND_BOUNDARIES = [
    # the same mark on both sides
    ("”Vi kommer igen”, siger Eva Lund.",
     [("direct", "Vi kommer igen", "siger", "Eva Lund", None)]),
    # single marks
    ("'Det var en fejl', siger Eva Lund.",
     [("direct", "Det var en fejl", "siger", "Eva Lund", None)]),
    # spaces inside guillemets
    ("» Vi er klar, « siger Eva Lund.",
     [("direct", "Vi er klar", "siger", "Eva Lund", None)]),
    # a page that lost the opening mark: the closing mark and the attribution are there
    ("Vi har haft en god sæson, og vi glæder os til den næste, « lød det fra Per Holm.",
     [("direct", "Vi har haft en god sæson, og vi glæder os til den næste", "lød det fra",
       "Per Holm", None)]),
    # manner verbs and particle verbs after the quote stay out of the quote
    ("- Det var sjovt, ler han.", [("direct", "Det var sjovt", "ler", "han", None)]),
    ("- Vi vinder, slår Per Holm fast.",
     [("direct", "Vi vinder", "slår fast", "Per Holm", None)]),
    ("- Det er urimeligt, stemmer rådmand Lise Dam (V) i.",
     [("direct", "Det er urimeligt", "stemmer i", "Lise Dam", None)]),
    # "lyder det fra" with a speaker described, not named
    ("- Fårene er væk, lyder det fra fåreavleren.",
     [("direct", "Fårene er væk", "lyder det fra", "fåreavleren", None)]),
    # "lyder dommen fra X", "lød det med tilfredshed fra X"
    ("- Der kommer sne, lyder dommen fra DMI.",
     [("direct", "Der kommer sne", "lyder dommen fra", "DMI", None)]),
    ("»Vi var bedst,« lød det med tilfredshed fra træner Per Holm.",
     [("direct", "Vi var bedst", "lød det med tilfredshed fra", "Per Holm", None)]),
    # the owner of the words in the genitive
    ("»Vi spillede dårligt,« lød Holms umiddelbare reaktion.",
     [("direct", "Vi spillede dårligt", "lød Holms umiddelbare reaktion", "Holm", None)]),
    # "lyder det forsigtigt": no speaker in the attribution, the context has it
    ("- Måske, lyder det forsigtigt.",
     [("direct", "Måske", "lyder det forsigtigt", None, "context")]),
    # an attribution with a relative clause: the clause is no quote of its own words
    ("- Vi vinder, fastslår Per Holm, der er træner for holdet.",
     [("direct", "Vi vinder", "fastslår", "Per Holm", None)]),
    # a speaker we cannot read: the quote stays, its speaker comes from the context
    ("»Vi tabte,« sagde en meget, meget træt spiller på vej ud.",
     [("direct", "Vi tabte", "sagde", None, "context")]),
    # a dash inside a narrative paragraph opens the speaker's words
    ("Vejen var spærret. - Det var ikke sjovt, sagde Peter A. Petersen.",
     [("direct", "Det var ikke sjovt", "sagde", "Peter A. Petersen", None)]),
    # the period of "den 3. januar" ends no sentence: no quote of "januar til TV Syd"
    ("- Vi åbner igen, siger Per Holm den 3. januar til TV Syd.",
     [("direct", "Vi åbner igen", "siger", "Per Holm", None)]),
    # a dateline inside the quoted words is no part of them
    ("ODENSE: Broen åbner igen i morgen. Det oplyser Vejdirektoratet.",
     [("indirect", "Broen åbner igen i morgen", "oplyser", "Vejdirektoratet", None)]),
]

# Reported speech (indirect) that the first rules missed.
INDIRECT = [
    ("Ministeren fastslår, at loven gælder.",
     [("indirect", "loven gælder", "fastslår", "Ministeren", None)]),
    ("Per Holm slår desuden fast, at holdet er klar.",
     [("indirect", "holdet er klar", "slår desuden fast", "Per Holm", None)]),
    ("Formanden erklærer, at foreningen lukker.",
     [("indirect", "foreningen lukker", "erklærer", "Formanden", None)]),
    ("Borgmesteren selv afviser dog, at han har lovet for meget.",
     [("indirect", "han har lovet for meget", "afviser", "Borgmesteren", None)]),
    # an adjective is no cue: "de afviste ansøgere"
    ("Mange af de afviste ansøgere sagde til ministeren, at de har ventet længe.",
     [("indirect", "de har ventet længe", "sagde", "Mange af de afviste ansøgere", None)]),
    # a second verb of the sentence's subject
    ("Ministeren støtter op om planen og fremhæver, at reformer er nødvendige.",
     [("indirect", "reformer er nødvendige", "fremhæver", "Ministeren", None)]),
    # quoted words before a that-clause of the same subject are a partial quote of their own
    # (a partial quote is the sentence that holds the marked words, up to the clause)
    ('Holm kaldte sejren "den største i min tid" og sagde, at han var glad.',
     [("partial", 'Holm kaldte sejren "den største i min tid"', "kaldte", "Holm", None),
      ("indirect", "han var glad", "sagde", "Holm", None)]),
    # a subject in the middle of the sentence, after a clause boundary
    ("Vejen var lukket til klokken 15, hvor Fyns Politi meddelte, at alt var roligt.",
     [("indirect", "alt var roligt", "meddelte", "Fyns Politi", None)]),
    # a role and a name in apposition between the cue and "at"
    ("Her fortæller vagtchefen for Fyns Politi, Ole Berg, at ingen kom til skade.",
     [("indirect", "ingen kom til skade", "fortæller", "Ole Berg", None)]),
    # a document as the source
    ("I en udtalelse fra Dansk Vand står det, at priserne stiger.",
     [("indirect", "priserne stiger", "står det", "Dansk Vand", None)]),
    # "the message from X, that ..."
    ("Tidligere var meldingen fra DSB, at alle tog holdt stille.",
     [("indirect", "alle tog holdt stille", "meldingen fra", "DSB", None)]),
    # "ifølge" with a medium introduced by a noun, with a pronoun, with a part of a body
    ("Ifølge den svenske tv-station SVT er ministeren gået af.",
     [("indirect", "er ministeren gået af", "ifølge", "SVT", None)]),
    ("Ifølge hende er sagen lukket.",
     [("indirect", "er sagen lukket", "ifølge", "hende", None)]),
    ("Ifølge ledelsen i Fyns Politi får flere betjente nye biler.",
     [("indirect", "får flere betjente nye biler", "ifølge", "Fyns Politi", None)]),
    ("I følge borgmesteren er budgettet på plads.",
     [("indirect", "er budgettet på plads", "i følge", "borgmesteren", None)]),
    # "Det skriver X" and "Sådan lyder ... fra X" point back
    ("Skolen lukker til sommer. Det skriver avisen Politiken.",
     [("indirect", "Skolen lukker til sommer", "skriver", "Politiken", None)]),
    ("Weekenden bliver våd.\n\nSådan lyder det tidligt fredag fra meteorolog Anna Berg.",
     [("indirect", "Weekenden bliver våd", "Sådan lyder det tidligt fredag fra", "Anna Berg",
       None)]),
    # "Nogenlunde sådan lyder meldingen fra A, B og C": the sentences before, a joint source
    ("Hun må gå. Hun har ikke lyttet. Nogenlunde sådan lyder meldingen fra Enhedslisten, "
     "SF og Alternativet.",
     [("indirect", "Hun må gå. Hun har ikke lyttet",
       "Nogenlunde sådan lyder meldingen fra", "Enhedslisten, SF og Alternativet", None)]),
    # "..., lyder det." with the speaker from the context
    ("Ole Berg roser holdet. Det var en flot kamp, lyder det.",
     [("indirect", "Det var en flot kamp", "lyder det", None, "context")]),
    # a verdict on a work in quote marks is the speaker's words (a title alone is not)
    ('Holm kalder sangen "en lille perle".',
     [("partial", 'Holm kalder sangen "en lille perle"', "kalder", "Holm", None)]),
    # "kalder ... for" : the words after "for"
    ('Ordfører Lise Dam kalder forslaget for en "ren overreaktion".',
     [("indirect", 'en "ren overreaktion"', "kalder", "Lise Dam", None)]),
    # an accusation with the speaker's words in marks
    ("Formand Per Holm anklagede regeringen for at »lukke øjnene for problemet«.",
     [("indirect", "regeringen for at »lukke øjnene for problemet«", "anklagede", "Per Holm",
       None)]),
    # a cue after a direct quote's attribution: ", som slår fast, at ..."
    ("- Vi forsvarede godt, forklarer Holm, som slår fast, at målet var uheldigt.",
     [("direct", "Vi forsvarede godt", "forklarer", "Holm", None),
      ("indirect", "målet var uheldigt", "slår fast", "Holm", None)]),
    # quoted words retold right after the speaker's own quote, with no cue of their own
    ("- Det bliver koldt, siger Anna Berg.\n\nNatten kan give \"pletvis glatte veje\".",
     [("direct", "Det bliver koldt", "siger", "Anna Berg", None),
      ("indirect", 'Natten kan give "pletvis glatte veje"', None, None, "previous")]),
]

# A view is not a quote, unless it is reported as speech.
COGNITIVE = [
    ("Per Holm mener, at skatten er for høj.", []),
    ("Skatten er for høj, mener Per Holm.", []),
    ("For årstiden er vejret normalt, vurderer meteorolog Anna Berg.", []),
    ("Det fortæller han om i et interview med avisen, hvor han mener, at skatten er for høj.",
     [("indirect", "skatten er for høj", "mener", "han", None)]),
    ("Per Holm mener ifølge avisen, at skatten er for høj.",
     [("indirect", "skatten er for høj", "mener", "Per Holm", None)]),
    ("Vagtchefen mener, at det er »meget trist«.",
     [("indirect", "det er »meget trist«", "mener", "Vagtchefen", None)]),
]

# Not quotes: headlines, related-story lines, captions, site chrome.
NOT_QUOTES = [
    ("Holm slår fast: Så skal han på holdet!\n\nKampen sluttede 1-1.", []),
    ("Bemærk: Artiklen er mere end 30 dage gammel\n\nNyhedsartikel\n\nAdministration\n\n"
     "Læs også: Holm siger, at alt er godt\n\nDel artiklen\n\nFoto: Lise Dam\n\n"
     "Skrevet af Per Holm\n\nKontakt: redaktion@eksempel.dk\n\n"
     "Newspapers in Danish\n\n© PressReader. All rights reserved.", []),
    ("1. marts 2020 Politik Skrevet af: Ole Berg\n\nByrådet mødes i aften.", []),
    ("Ole Berg siger farvel til holdet. Foto: Lise Dam", []),
    ('Bandet spillede "Mørkets Time" og "Sort Sol" til sidst.', []),
    # a title in lower case after the noun that names it, right after a quote
    ('- Det var en god aften, siger Ida Bak.\n\nHun sang sangen "den sidste dans" to gange.',
     [("direct", "Det var en god aften", "siger", "Ida Bak", None)]),
    ("Det har ministeriet hidtil afvist.", []),
    # a document or a thing is no speaker
    ("Rapporten konkluderer, at skolen skal lukke.", []),
    ("Planerne siger, at vejen åbner i maj.", []),
]

# Unnamed speakers described by a person noun.
DESCRIBED = [
    ("Naboen fortæller, at røgen var tæt.",
     [("indirect", "røgen var tæt", "fortæller", "Naboen", None)]),
    ("De lokale beboere fortæller, at vejen er farlig.",
     [("indirect", "vejen er farlig", "fortæller", "De lokale beboere", None)]),
    ("Flere vidner siger, at bilen kørte for stærkt.",
     [("indirect", "bilen kørte for stærkt", "siger", "Flere vidner", None)]),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_quote_rules_introduced(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), GROUPED)
def test_quote_rules_grouped(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), INTERVIEW)
def test_quote_rules_interview(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), MARKS_AND_BOUNDARIES)
def test_quote_rules_marks_and_boundaries(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_quote_rules_indirect(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), COGNITIVE)
def test_quote_rules_cognitive(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_quote_rules_described(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_QUOTES)
def test_quote_rules_not_quotes(nlp, text, expected):
    assert found(nlp, text) == expected


# Second round (issue 8): the forms real news uses beyond the first dev set, one invented
# sentence per construction.
SPEECH_CONSTRUCTIONS = [
    # verbs of saying that take a that-clause
    ("Ministeren beskriver, at forløbet var kaotisk.",
     [("indirect", "forløbet var kaotisk", "beskriver", "Ministeren", None)]),
    ("Direktøren medgiver, at prisen er høj.",
     [("indirect", "prisen er høj", "medgiver", "Direktøren", None)]),
    ("Formanden henviser til, at reglerne er klare.",
     [("indirect", "reglerne er klare", "henviser", "Formanden", None)]),
    # an object, not a clause: an act, no quote
    ("Ministeren beskriver forløbet i en bog.", []),
    # a modal, adverbials and the infinitive cue; the medium after the cue
    ("Kommunen kunne i går oplyse på Facebook, at skolen lukker.",
     [("indirect", "skolen lukker", "oplyse", "Kommunen", None)]),
    # a verb phrase ending in "at" before the infinitive cue
    ("Hun lagde ud med at fortælle, at hun var glad.",
     [("indirect", "hun var glad", "fortælle", "Hun", None)]),
    # a focus particle before the subject
    ("Også borgmesteren understreger, at budgettet holder.",
     [("indirect", "budgettet holder", "understreger", "borgmesteren", None)]),
    # a time adverbial between subject and verb in a subordinate clause
    ("Det kom bag på mange, da Danfoss torsdag meldte ud, at 200 skal fyres.",
     [("indirect", "200 skal fyres", "meldte ud", "Danfoss", None)]),
    # the second verb of a subject, after "men"
    ("Politiet kender ikke hans navn, men siger, at han er omkring 40 år.",
     [("indirect", "han er omkring 40 år", "siger", "Politiet", None)]),
    # an impersonal "man" at an organisation
    ("Hos Vejdirektoratet oplyser man, at vejen åbner i aften.",
     [("indirect", "vejen åbner i aften", "oplyser", "Vejdirektoratet", None)]),
    # "lød det fra X, at ..." with a long speaker phrase
    ("Kort efter lød det fra vagtchef ved Fyns Politi Ole Berg, at ingen kom til skade.",
     [("indirect", "ingen kom til skade", "lød det fra", "Ole Berg", None)]),
    # "lyder det, at ...": the speaker comes from the context
    ("Kunderne er glade for butikken. Samtidig lyder det, at priserne er for høje.",
     [("indirect", "priserne er for høje", "lyder det", None, "context")]),
    # a clause without "at" after the cue, and a wh-clause
    ("Holm siger, det er for tidligt at juble.",
     [("indirect", "det er for tidligt at juble", "siger", "Holm", None)]),
    ("Hun fortalte, hvordan branden startede i køkkenet.",
     [("indirect", "hvordan branden startede i køkkenet", "fortalte", "Hun", None)]),
    # a relative clause after the relative pronoun is no reported clause
    ("Det siger Per Holm, der er formand for klubben.", []),
    # "Som X sagde, ...": the main clause is what was said
    ("Som ministeren annoncerede i går, lukker skolen til sommer.",
     [("indirect", "lukker skolen til sommer", "annoncerede", "ministeren", None)]),
    # a relative cue after a back-reference's speaker
    ("Vi mangler læger. Det forklarer ledende overlæge på afdelingen, der peger på, at "
     "lønnen er for lav.",
     [("indirect", "Vi mangler læger", "forklarer", "ledende overlæge på afdelingen", None),
      ("indirect", "lønnen er for lav", "peger på", "ledende overlæge på afdelingen", None)]),
    # the attribution's speaker goes on with a second cue: "... og slår fast, at ..."
    ("»Han er heldig,« fortæller vagtchefen og slår fast, at manden er stabil.",
     [("direct", "Han er heldig", "fortæller", "vagtchefen", None),
      ("indirect", "manden er stabil", "slår fast", "vagtchefen", None)]),
    # inverted subject after a fronted clause: a group of people
    ("På trods af ventetiden svarer patienterne, at personalet er venligt.",
     [("indirect", "personalet er venligt", "svarer", "patienterne", None)]),
]

# The content first, then the cue and a long speaker phrase.
CONTENT_FIRST = [
    ("Byen er klar, fortæller chef for beredskabet, Anna Berg, der har været på vagt hele "
     "natten.",
     [("indirect", "Byen er klar", "fortæller", "Anna Berg", None)]),
    ("Krigen er i gang, lyder det fra Kreml, som ikke vil sige mere.",
     [("indirect", "Krigen er i gang", "lyder det fra", "Kreml", None)]),
    # "ifølge" with a medium introduced by any common noun, mid-sentence
    ("Selskabet har ifølge nyhedstjenesten Bloomberg købt en fabrik i Polen.",
     [("indirect", "Selskabet har ifølge nyhedstjenesten Bloomberg købt en fabrik i Polen",
       "ifølge", "Bloomberg", None)]),
    # "ifølge" a document from someone: the one it is from
    ("Ifølge brevet fra formanden har regeringen brudt reglerne.",
     [("indirect", "har regeringen brudt reglerne", "ifølge", "formanden", None)]),
]

# Groups and organisations as speakers; people described by a noun made of an adjective.
GROUP_SPEAKERS = [
    ("Avisen skriver, at borgmesteren går af.",
     [("indirect", "borgmesteren går af", "skriver", "Avisen", None)]),
    ("Myndighederne slog fast, at grænsen er lukket.",
     [("indirect", "grænsen er lukket", "slog fast", "Myndighederne", None)]),
    ("Flere medier melder, at kongen er syg.",
     [("indirect", "kongen er syg", "melder", "Flere medier", None)]),
    ("Den sigtede fortæller, at han var hjemme hele aftenen.",
     [("indirect", "han var hjemme hele aftenen", "fortæller", "Den sigtede", None)]),
    ("De pårørende siger, at de er lettede.",
     [("indirect", "de er lettede", "siger", "De pårørende", None)]),
    # a document is no speaker
    ("Rapporten beskriver, at skolen skal lukke.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPEECH_CONSTRUCTIONS)
def test_quote_rules_speech_constructions(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), CONTENT_FIRST)
def test_quote_rules_content_first(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), GROUP_SPEAKERS)
def test_quote_rules_group_speakers(nlp, text, expected):
    assert found(nlp, text) == expected
