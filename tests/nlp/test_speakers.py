"""Speaker resolution: names, surnames, titles, pronouns, organisations, previous quote.

Each case is (text, expected) with expected = [(speaker, evidence), ...] per quote.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def speakers_of(text: str) -> list[tuple[str | None, str | None]]:
    analysis = analyze(Article(id="t", text=text, published=date(2022, 3, 1)))
    return [(q.speaker, q.evidence) for q in analysis.quotes]


CASES = [
    # full name, then surname
    (
        "- Vi er klar, siger Jens Stoltenberg.\n\n- Nato står sammen, siger Stoltenberg.",
        [("Jens Stoltenberg", "name"), ("Jens Stoltenberg", "surname")],
    ),
    # a genitive surname would be a different word: the plain surname still resolves
    (
        "Forsvarsminister Morten Bødskov besøgte Letland. Bødskov siger, at Danmark sender fly.",
        [("Morten Bødskov", "surname")],
    ),
    # "han" -> the latest male speaker
    (
        "- Det går godt, siger Lars Hansen.\n\nHan tilføjer, at salget er steget.",
        [("Lars Hansen", "name"), ("Lars Hansen", "pronoun")],
    ),
    # two men: "han" goes to the most recent speaker, not the first one named
    (
        "- Jeg er uenig, siger Peter Madsen.\n\n- Det er jeg ikke, siger Henrik Sass Larsen.\n\n"
        "Han understreger, at partiet står sammen.",
        [("Peter Madsen", "name"), ("Henrik Sass Larsen", "name"),
         ("Henrik Sass Larsen", "pronoun")],
    ),
    # "hun" never goes to a man: the woman named earlier wins over the later man
    (
        "Mette Frederiksen mødte Joe Biden i Washington.\n\n"
        "- Det var et godt møde, siger Biden.\n\n- Vi er enige, siger hun.",
        [("Joe Biden", "surname"), ("Mette Frederiksen", "pronoun")],
    ),
    # "hun" with no woman in the article stays unresolved
    (
        "- Vi er klar, siger Jens Stoltenberg.\n\n- Det er vi også, siger hun.",
        [("Jens Stoltenberg", "name"), (None, "pronoun")],
    ),
    # title -> the person introduced with that role; "ministeren" -> "udenrigsminister"
    (
        "Den danske udenrigsminister, Jeppe Kofod, var i Bruxelles.\n\n"
        "- Vi står sammen, siger udenrigsministeren.\n\n- Også i morgen, tilføjer ministeren.",
        [("Jeppe Kofod", "title"), ("Jeppe Kofod", "title")],
    ),
    # title with no person of that role: kept as a descriptor, never guessed
    (
        "- Vi har styr på det, siger borgmesteren.",
        [("borgmesteren", "descriptor")],
    ),
    # organisations and countries, genitive or not
    (
        "Her sagde Rusland blandt andet, at Nato skal trække sig. "
        "Ifølge regeringen er truslen lav.",
        [("Rusland", "organisation"), ("regeringen", "organisation")],
    ),
    (
        "- Vi sender flere soldater, oplyser Nato.",
        [("Nato", "organisation")],
    ),
    # a quote-only paragraph after narrative continues the previous speaker
    (
        "- Det er en svær tid, siger Søren Brostrøm.\n\nHan er direktør.\n\n"
        "- Men vi kommer igennem den.",
        [("Søren Brostrøm", "name"), ("Søren Brostrøm", "previous")],
    ),
    # a name in a role apposition after the cue
    (
        "- Vi er bekymrede, siger Dansk Industris direktør, Lars Sandahl Sørensen.",
        [("Lars Sandahl Sørensen", "name")],
    ),
    # the byline's "Skrevet af" is no speaker; the noise line is skipped
    (
        "Skrevet af Anne Jensen\n\n- Vi lukker butikken, siger Ole Nielsen.",
        [("Ole Nielsen", "name")],
    ),
]


# Speaker errors found by the gold evaluation (docs/gold-format.md); texts written here.
GOLD_CASES = [
    # a definite organisation noun links to the organisation named before it
    (
        "En mand er anholdt. Det oplyser Midtjyllands Politi.\n\n"
        "Ifølge politiet flygtede manden.",
        [("Midtjyllands Politi", "name"), ("Midtjyllands Politi", "organisation")],
    ),
    (
        "Dansk Journalistforbund er utilfreds. Forbundet siger, at lønnen er for lav.",
        [("Dansk Journalistforbund", "organisation")],
    ),
    (
        "EU-Kommissionen fremlagde planen. Ifølge Kommissionen stiger prisen.",
        [("EU-Kommissionen", "organisation")],
    ),
    # with no name to link to, the noun itself
    ("Ifølge politiet flygtede manden.", [("politiet", "organisation")]),
    # a coordinated organisation name
    (
        "En bil er stjålet. Det oplyser Syd- og Sønderjyllands Politi.\n\n"
        "Tre mænd er sigtet, oplyser politiet.",
        [("Syd- og Sønderjyllands Politi", "name"),
         ("Syd- og Sønderjyllands Politi", "organisation")],
    ),
    # the spokesperson named after "i DSB" wins over the organisation
    (
        "- Vi beklager, siger presseansvarlig i DSB Mette Holm.",
        [("Mette Holm", "name")],
    ),
    (
        "- Det bliver varmt, siger vagthavende meteorolog ved DMI Jens Dahl.\n\n"
        "- Og tørt, tilføjer meteorologen.",
        [("Jens Dahl", "name"), ("Jens Dahl", "title")],
    ),
    # an acronym in apposition is the organisation's name
    (
        "Tusinder er flygtet. Det oplyser FN's kontor for flygtninge, UNHCR, fredag.",
        [("UNHCR", "organisation")],
    ),
    # a title and the job written before the name are not part of the speaker
    (
        "Tillidsrepræsentant Signe Berg siger, at stemningen er dårlig.",
        [("Signe Berg", "name")],
    ),
    (
        "Forbrugerorganisationen Tænk Penge skriver, at gebyret er for højt.",
        [("Tænk Penge", "organisation")],
    ),
    # "den 21-årige angriber" -> the person introduced as "angriberen"
    (
        "- Vi tabte, siger træner Bo Vinge.\n\n"
        "Angriberen Oliver Strand scorede to gange.\n\n"
        "- Det var fedt, siger den 21-årige angriber.",
        [("Bo Vinge", "name"), ("Oliver Strand", "title")],
    ),
    # "spilles af X": a later "skuespilleren" is X
    (
        "Hovedrollen spilles af Anders Holt.\n\n"
        "- Det var hårdt, siger skuespilleren.",
        [("Anders Holt", "title")],
    ),
    # "hun" after a non-quote paragraph: the woman who is its subject, after her title
    (
        "Kvinden, Camilla Ravn, forklarede, at han truede hende.\n\n"
        "Anklager Sidsel Bruun krævede fængsel.\n\n"
        "- Sagen er alvorlig, sagde hun.",
        [("Camilla Ravn", "name"), ("Sidsel Bruun", "pronoun")],
    ),
    # a first name gender-guesser does not know: "han" goes to that latest speaker
    (
        "- Vi er glade, siger Peter Lund.\n\n"
        "Kurator Nuka Kleist kalder dem »et vindue«.\n\n"
        "- Det er sjældent, siger han.",
        [("Peter Lund", "name"), ("Nuka Kleist", "name"), ("Nuka Kleist", "pronoun")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOLD_CASES)
def test_speakers_gold_cases(text: str, expected: list) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers_resolve(text: str, expected: list) -> None:
    assert speakers_of(text) == expected


def test_speakers_keep_the_mention_as_written() -> None:
    text = "Udenrigsminister Jeppe Kofod talte.\n\n- Vi er klar, fortsætter udenrigsministeren."
    (quote,) = analyze(Article(id="t", text=text, published=date(2022, 3, 1))).quotes
    assert quote.speaker_mention == "udenrigsministeren"
    assert quote.speaker == "Jeppe Kofod"


# Speaker classes of issue 8 (real Danish news); texts written here.
ISSUE8_CASES = [
    # a role with no name keeps the quote, the role is the speaker
    (
        "“Vi har anholdt en mand,” siger vagthavende ved Østjyllands Politi til avisen.",
        [("vagthavende ved Østjyllands Politi", "descriptor")],
    ),
    # an unnamed, described speaker
    ("En beboer i området siger, at røgen var tæt.", [("en beboer i området", "descriptor")]),
    # joint speakers
    ("Enhedslisten og SF siger, at planen er forkert.", [("Enhedslisten; SF", "name")]),
    ("- Vi er enige, siger Lise Dam og Per Holm.", [("Lise Dam; Per Holm", "name")]),
    # names not cut at initials, accents, "og" inside a name, a hyphen, the excerpt's end
    ("- Det er godt, siger Holger K. Nielsen.", [("Holger K. Nielsen", "name")]),
    ("- Vi er klar, siger Múte B. Egede.", [("Múte B. Egede", "name")]),
    ("Rederiet vokser. Det oplyser A.P. Møller-Mærsk.", [("A.P. Møller-Mærsk", "organisation")]),
    ("En bil er stjålet. Det oplyser Sydsjællands og Lolland-Falsters Politi.",
     [("Sydsjællands og Lolland-Falsters Politi", "organisation")]),
    ("- Vi beklager, siger PR- og kommunikationschef Lise Dam.", [("Lise Dam", "name")]),
    ("Meteorolog Klaus Berg var på vagt.\n\n- Det bliver koldt, siger Klaus Be",
     [("Klaus Berg", "name")]),
    # titles: an organisation before the title, a compound either way, a lead before the name
    ("Cheftræner Jess Holm var skuffet.\n\n- Vi var dårlige, siger FCM-træneren.",
     [("Jess Holm", "title")]),
    ("Formanden for fagforeningen, Henrik Sand, er glad.\n\n"
     "- Det er en god aftale, lyder det fra den magtfulde fagforeningsformand.",
     [("Henrik Sand", "title")]),
    ("Det bliver koldt, siger meteorolog.\n\nVagthavende meteorolog Anna Berg er på vagt.",
     [("Anna Berg", "title")]),
    # a title nobody holds, right after a named speaker's quote: that speaker goes on
    ("»Vi tabte,« sagde Kasper Holm.\n\n»Men vi er stadig nummer et,« tilføjede "
     "midtbanespilleren.",
     [("Kasper Holm", "name"), ("Kasper Holm", "previous")]),
    # a colon introduction names who "tyskeren" is
    ("Træner Jens Bak var utilfreds:\n\n»Vi var for dårlige,« lød det fra tyskeren.",
     [("Jens Bak", "context")]),
    # "Mens cheftræner X roser ..." then a run attributed to "cheftræneren"
    ("- Vi tabte, siger anfører Ole Lund.\n\n"
     "Mens cheftræner Jess Holm ikke var imponeret, roser han modstanderen.\n\n"
     "- De var gode.\n\n- Vi var ikke, siger cheftræneren.",
     [("Ole Lund", "name"), ("Jess Holm", "title")]),
    # the answer to a question: the person asked, from the introduction
    ("Da avisen ringer til vagtchef Ole Berg og spørger, om der er nyt, lyder svaret:\n\n"
     "»Nej, ikke endnu.«",
     [("Ole Berg", "context")]),
    # an interview: questions to the interviewer, answers to the interviewee
    ("Skolen lukker til sommer.\n\n- Hvorfor lukker I skolen?\n\n"
     "- Fordi der er for få elever, siger Mads Krog.\n\n- Hvad siger forældrene?\n\n"
     "- De er kede af det.",
     [("journalisten", "descriptor"), ("Mads Krog", "name"), ("journalisten", "descriptor"),
      ("Mads Krog", "previous")]),
    # the answer to a named reporter's question is the answer of the person asked
    ("Sundhedsminister Karen Vig holdt pressemøde.\n\n"
     "Avisens reporter Lise Holm spurgte ministeren, om hun vil gå af.\n\n"
     "- Nej, det vil jeg ikke.",
     [("Karen Vig", "context")]),
    # an organisation's full name for its short definite form
    ("Danmarks Nationalbank hævede renten. Ifølge Nationalbanken stiger priserne.",
     [("Danmarks Nationalbank", "organisation")]),
    # "Han" right after a sentence that names one man (and no subject): him
    ("Træner Per Holm roste holdet.\n\n"
     "Ved kampens slut fik forsvareren Jonas Bak rødt kort. Han sagde bagefter, at han var "
     "ked af det.",
     [("Jonas Bak", "pronoun")]),
    # a person in a photo caption is never the referent of "han"
    ("Træner Ole Berg var glad.\n\nSpilleren Mads Lund jubler. Foto: Lise Dam\n\n"
     "- Vi vandt, siger han.",
     [("Ole Berg", "pronoun")]),
    # "Selskabet" refers back to the company the article is about
    ("Carlsberg har hævet priserne.\n\nSelskabet oplyser, at salget falder.",
     [("Carlsberg", "organisation")]),
    # the same gender: the latest subject, not the earlier speaker
    ("- Vi sparer, siger Lars Hansen.\n\nFormand Peter Berg er uenig.\n\n"
     "- Det er forkert, siger han.",
     [("Lars Hansen", "name"), ("Peter Berg", "pronoun")]),
    # "sagde hun" after a sentence that brings in a new woman: her, not the last speaker
    ("»Vi tabte,« sagde Trine Dam.\n\nSamme melding kom fra holdkammeraten Sara Lund.\n\n"
     "»Vi var for dårlige,« sagde hun.",
     [("Trine Dam", "name"), ("Sara Lund", "pronoun")]),
    # the fullest name the article gives: "Ellemann" and "Jakob Ellemann" are the same man
    ("Forsvarsminister Jakob Ellemann-Jensen talte.\n\n- Vi styrker forsvaret, siger "
     "Jakob Ellemann.\n\n- Det haster, siger Ellemann.",
     [("Jakob Ellemann-Jensen", "name"), ("Jakob Ellemann-Jensen", "surname")]),
    # a mood before the name: "en ærgerlig Trine Dam"
    ("»Vi tabte,« sagde en ærgerlig Trine Dam.", [("Trine Dam", "name")]),
    # a run with no attribution: the person of the introducing paragraph
    ("Kommunens direktør, Lene Holm, var tydeligt påvirket.\n\n"
     "»Det her har været en hård uge.«",
     [("Lene Holm", "context")]),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE8_CASES)
def test_issue8_speakers(text: str, expected: list) -> None:
    assert speakers_of(text) == expected
