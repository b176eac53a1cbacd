"""Find quotes in Danish news: what was said, the cue, and the speaker phrase as written.

Each rule reads one paragraph shape of Danish news writing. ``find_quotes`` returns
``QuoteCandidate`` records; the speakers component resolves their mentions.

Direct (the speaker's own words). A *quote paragraph* opens with a dash ("- ", "– ") or
a quote mark (» « „ “ " ” ' ‘ ’), or closes a mark it never opened right before its
attribution (a page that lost the opening mark):

    D1  "- Vi er klar, siger Stoltenberg."         attribution at the end ("lød det fra
                                                   X", "lyder dommen fra DMI", "ler han",
                                                   "slår han fast", "stemmer X i",
                                                   "lød Zornigers reaktion", "siger han
                                                   til DR", "ville værten vide", "er det
                                                   første, hun siger", "lyder hans første
                                                   ord")
    D2  "„Vi er klar,” siger Stoltenberg."         quote marks first; also ”…” and '…'
    D3  "- A, siger X. - B."                       the quote goes on after the attribution
    D4  "Stoltenberg siger: »Vi er klar.«"         attribution first, in the same paragraph
                                                   (only with a dash or quote marks after
                                                   the colon: "Gravesen slår fast: Så
                                                   ..!" is a headline)
    D5  "- Vi er klar." + "Det siger X."           a back-reference to a quote paragraph
    D6  "Hendes svar var kort: »Nej.«"              quoted words ending a sentence after a
                                                   colon, no speech verb ("Trusselsniveauet
                                                   er: »Meget høj«"): the subject's, else
                                                   the context's

A dash that lost its space ("-Vi mangler folk, siger X.") opens a quote paragraph too
(not "-5 grader"). A line whose narrative ends in a colon before a dash quote ("Han var
rystet: - Jeg har aldrig set noget lignende.") is read as the introduction and a quote
paragraph after it (G3). A quote paragraph may hold a quoted question in the same marks
('"Man spørger: "Var det så slemt?" Så ...," siger X.').

A paragraph that holds further attributed quotes after a sentence end is read as several
paragraphs: 'Salget steg."Det går stærkt," siger hun.' (a scraped page glued them),
'»A,« siger hun. »B,« tilføjer Per.', '- A, siger X. - B, siger Y.'.

Consecutive quote paragraphs (noise and captions between them do not count) form a
*run*, grouped into quotes as the gold guidelines do (docs/gold-format.md):

    G1  an unattributed paragraph joins the next attributed one: "- A." "- B, siger X."
    G2  unattributed paragraphs at the end of a run join the attributed one before them
    G3  a block after a colon belongs to that attribution: "- A, siger X og tilføjer:"
        "- B."; and to a narrative introduction: "Karsten Schøn fra Venstre løftede en flig
        for ...:" "- B." (the speaker: the cue's speaker, else the introduction's subject,
        else the first person it names)
    G4  a run with no attribution at all is one quote; its speaker comes from the nearest
        introducing paragraph (``follows`` "context")
    G5  an interview (two or more unattributed questions, each answered): every paragraph
        is a quote of its own; the questions are the interviewer's, the answers the
        interviewee's

Indirect (the journalist's paraphrase):

    I1  "Det siger Natos generalsekretær, Jens Stoltenberg, onsdag." the sentence before;
        "Sådan lyder den kedelige melding fra X" / "Sådan beskriver formand X forholdene"
        (a lede's description): everything before it in its paragraph, else the
        paragraph before; "Det fremgår af en pressemeddelelse fra X." the sentence before;
        'Det skriver "Foreningen for ..."' (a group named in quote marks); "Det kalder X
        for en fornuftig beslutning." the name X gives it
    I2  "Kofod siger, at ..." / "..., hvor Københavns Politi meddelte, at ..." /
        "I en udtalelse fra Dansk Vand står det, at ..." / "I referatet fra
        bestyrelsens møde står der: ..." / "..., som præsidenten annoncerede, at ..." /
        "påpeger avisen over for direktøren, at ..." /
        "Her fortæller vagtchefen, Stig Simonsen, at ..." / "..., som slår fast, at ..." /
        "Borgmesteren afviser, at ..." / "Tidligere var meldingen fra DSB, at ..." /
        "Kommunen kunne i går oplyse på Facebook, at ..." / "Også X understreger, at
        ..." / "..., men siger, at ..." / "Hos X oplyser man, at ..." / "X siger, det
        er ..." / "X fortalte, hvordan ..." / "Samtidig lyder det, at ..." (context) /
        "Borgmesteren er citeret for, at ..." / "lyder det i højttalerne, at ..." (the
        loudspeaker as a described speaker)
        the that-clause; quote marks inside it stay, and it stays *indirect*
    I7  "Som ministeren annoncerede i går, lukker skolen." the main clause
    I3  "Ifølge politiet blev manden anholdt." / "Ifølge Ekstra Bladets reporter på
        stedet ..." (the reporter, described) / "..., ifølge politiet." / "Ifølge hende
        ..." / "Ifølge ledelsen i Syd- og Sønderjyllands Politi ..." / "..., men det vil
        ifølge ministeren ikke ..." (the clause after "men")
    I4  "Arbejdet var planlagt i foråret, oplyser Banedanmark." / "..., har X sagt." /
        "..., lyder det." (speaker from context) / "..., lader hun forstå." / "...,
        fremgår det af en ny vejledning fra X." (a verbless clause goes on from the
        sentence before: "A. Heller ikke B, fremgår det af ...")
    I5  "Hun opfordrer alle til aldrig at give koder videre." the appeal after the cue
    I6  "Ordfører X kalder forslaget for en "overreaktion"." the words after "for";
        without "for" and marks ("Ministeren kalder situationen meget alvorlig") the
        object and the name given it
    I8  "X siger, at A. Eksempelvis B." an example right after a reported clause, with
        no cue of its own, goes on with that report: one quote "A. Eksempelvis B"
        A sentence that opens with a linking adverb ("Også", "Derfor", "Desuden") and
        keeps the report's register (a modal: "kan", "vil", "bør") goes on likewise, and
        so does a verbless case ("Især Aarhus Kommune."), also in the next paragraph
    I9  "X siger, at A. Og at B." a bare that-clause sentence right after a report is a
        second report of the same speaker
    Q   "Adspurgt om, at A, siger hun, at B." / "Spurgt om A, svarer hun: B." the
        journalist's question before the answer's cue is no quote; "X spørger, om A, at
        B": B is part of the question

Documents speak for the sender the text names ("Ifølge brevet fra X", "»...«, står der i
brevet fra X", "Ifølge rapporten" after "en rapport fra X"); a document with no sender
("ifølge dommen") and a test or figures ("Dna-test har bekræftet, at") are no source.
A pull quote set apart with its speaker's name after it and no marks ("Jeg må sige,
det går for langsomt. Lene Dahl (K)"), or signed after its closing mark ("»Vi har aldrig
set noget lignende« Peter Holm, driftschef") is a direct quote of that person, as the real-news
gold counts pull quotes (also when the story tells the words again). A heading "X:
»citat«" (a short label, no period) is no quote; the article's first
paragraph may open with its place before a dash quote ("Herning: - ...").

Layouts of real pages: a paragraph hard-wrapped in mid-sentence is one paragraph
(``sentences.py`` rule 7); an unmarked paragraph after "X siger:" / "I referatet fra
bestyrelsen står der:" is the words the colon introduces (direct; a document's:
indirect); quote paragraphs after a colon that names a document ("I Sundhedsstyrelsens
vejledning er kravet formuleret sådan:", "Af rapporten fremgår det:") are the sender's
(``document_intro``); a pull-quote box (the words, the name on a line, a short role under it) is the
named person's, when the story named them before; an interviewer's turn ("- Fortæl om
...", an unmarked paragraph that says "I" or asks "du" next to dash answers) is no
interviewee quote; a headline with a reported clause ("... men indrømmer, at ...") is
reported speech, a colon headline is not.

Cognitive verbs ("mener", "vurderer", "tror") open I2 only in a speech frame: a speech
cue earlier in the sentence, "ifølge" in it, or quote marks in the that-clause
(``da/stance_verbs.py``). Stance verbs ("håber") count only when ``STANCE_AS_QUOTES``.

Partial (quoted words inside the journalist's sentence):

    P1  'Han advarer mod en "reel risiko for en ny væbnet konflikt i Europa".' quoted words
        in a sentence with a cue and no that-clause; the text is the sentence (as the
        real-news gold writes it), one quote however many fragments it marks.

Quote texts drop the dash, the quote marks, the attribution, a leading dateline
("DANMARK:") and a final period or comma; "?" and "!" stay, as they are the speaker's.
A grouped quote's span runs from its first word to its last, paragraph breaks included
(and, when a run goes on after its attribution, that attribution line); its text is its
paragraphs' words alone, a blank line apart (``QuoteCandidate.pieces``). Noise
paragraphs and photo captions yield no quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeGuard

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._cues import (
    ACCORDING,
    ANY_CUE,
    ATTRIBUTION_CUE,
    COGNITIVE_WORD,
    INFINITIVES,
    MESSAGE_FROM,
    PARTIAL_CUE,
    PARTICLE_FORMS,
    PARTICLE_INVERTED,
    SOUND,
    SOUND_BARE,
    SOUND_OWNER,
    SPEECH,
    SPEECH_FORMS,
    SPEECH_WORD,
    THAT_CUE,
    THAT_ONLY_WORD,
    cue_lemma,
)
from pressespejl.nlp.components._lexicon import (
    ADJECTIVE,
    AUX,
    CAPITALISED_RUN,
    GENITIVE,
    LO,
    SP,
    UP,
    alternation,
    is_first_name,
    lemma_of,
    text_of,
    title_head,
)
from pressespejl.nlp.components._mentions import (
    Mention,
    body_at,
    common_definite,
    descriptor_at,
    mention_at,
    organisation_noun_end_word,
    relative_antecedent,
    unknown_role_name,
)
from pressespejl.nlp.components.sentences import (
    DASH_OPENING,
    QUOTED,
    Paragraph,
    inner_group,
    unwrap,
)
from pressespejl.nlp.da.adverbials import (
    FOCUS_PARTICLES,
    MODALS,
    SENTENCE_ADVERBS,
    TAIL_PREPOSITIONS,
    TIME_ADVERBIALS,
)
from pressespejl.nlp.da.cue_phrases import (
    BARE_ROLE_NOUNS,
    DESCRIBING_VERBS,
    LOUDSPEAKERS,
    MEDIA_ROLES,
    SOUND_NOUNS,
)
from pressespejl.nlp.da.interview_prompts import PROMPT_IMPERATIVES
from pressespejl.nlp.da.speech_verbs import NEGATED_DENIALS, PASSIVE_SPEECH, SPEECH_VERBS
from pressespejl.nlp.da.weekdays import WEEKDAYS

_DASH = DASH_OPENING  # "- Vi", "– Vi", and "-Vi" with the space lost
_OPENERS = "»«„“\"”'‘’"
# "- Socialdemokratiet: 27 procent / 48 mandater (26,3 procent).": a dash item of a fact
# box, a label and its figures, is no one's words
_DATA_ITEM = re.compile(
    rf"(?P<label>[{UP}][^\n:.!?]{{0,60}}?):{SP}(?P<rest>[+-]?\d[^\n]*)\Z")
_CLOSING = {"»": "«", "„": "”", "“": "”", "«": "»", '"': '"', "”": "”", "'": "'", "‘": "’",
            "’": "’"}
_MARKS = "”“\"«»'’‘„"
# punctuation that ends the quoted words, then the attribution: ", siger", "«, siger",
# ", « siger" (a page that spaces its marks), "?” spørger", "?'\" siger" (a quote
# inside the quote closes first)
_ATTRIBUTION_START = re.compile(
    rf"(?P<punct>[,!?…])(?:[^\S\n]?[{_MARKS}]){{0,2}}[^\S\n]?,?{SP}(?=[{LO}])"
)
_ABBREVIATIONS = frozenset({"bl.a.", "f.eks.", "fhv.", "kl.", "ca.", "mv.", "dvs.", "pt.",
                            "evt.", "jf.", "hhv.", "inkl.", "ekskl.", "mht.", "vedr.", "nr.",
                            "tlf.", "st.", "sdr.", "nordr."})
# a sentence end; also one glued to the next sentence by stripped HTML ("om
# klagen.Foto: ...", "siger han.Centeret ligger")
_END_CANDIDATE = re.compile(r"[.!?…:](?=[\s\"”»«']|$|[A-ZÆØÅ][a-zæøå])")
_WORD_BEFORE = re.compile(r"(\S+)\Z")
_ORDINAL_BEFORE_MONTH = re.compile(rf"(?<=\d)\.{SP}[{LO}]")
# "Det siger X" / "Sådan lyder det fra X" / "Nogenlunde sådan lyder meldingen fra X" /
# "Og det bekræfter X" (the sentence before is what X confirms)
_BACKREF = re.compile(
    rf"(?:(?:[Nn]ogenlunde|[Oo]mtrent|[Pp]recis){SP}|(?:Og|Men){SP}(?=det{SP}))?"
    rf"(?P<lead>Det|Dette|Sådan|Således|sådan|det)"
    rf"{SP}(?:(?P<sound>{SOUND})|(?P<cue>{SPEECH}|vurderer|vurderede"
    rf"|(?P<describe>{alternation(DESCRIBING_VERBS)})(?![{LO}]))"
    rf"(?:{SP}(?:også|blandt{SP}andet|bl\.a\.|"
    rf"videre|desuden|i{SP}dag|onsdag|torsdag|fredag))?)"
    rf"{SP}(?=\S)"
)
# ("Sådan beskriver formand Lise Holm forholdene." takes up the lede before it: her
# description, ``DESCRIBING_VERBS``)
# ("Det vurderer it-ekspert Per Holm." points back too: an expert's assessment given to
# the journalist, as the real-news gold counts it; "..., vurderer X." alone is a view)
# "Herning: ", "Aarhus (Ritzau): " before the first paragraph's dash quote
_PLACE_DATELINE = re.compile(
    rf"[{UP}][\w-]+(?:{SP}[{UP}][\w-]+)?(?:{SP}\([^()\n]{{1,20}}\))?:{SP}(?=[-–](?:{SP}|[{UP}]))")
# tests and figures confirm things, they say nothing: "Dna-test har bekræftet, at ..."
_DATA_SUBJECT = re.compile(
    r"(?:[\w]+-)?(?:test|testen|testene|testresultatet|testresultaterne|obduktionen|"
    r"målingerne|tallene|prøverne|prøven|statistikken)", re.IGNORECASE)
# "noterer sig, at ...": takes note of it, says nothing
_TAKES_NOTE = frozenset({"notere"})
# "Og at ...": a sentence that is one more that-clause of the report before it
_AND_THAT = re.compile(
    rf"(?:Og|Samt|Men|Ej{SP}heller|Heller{SP}ikke){SP}(?:også{SP})?at{SP}(?=\S)")
_THAT_AFTER = re.compile(rf",?{SP}at{SP}(?=\S)")
# "Eksempelvis har Vejle lukket tre": an example that goes on with the report before it
_EXAMPLE = re.compile(
    rf"(?:Eksempelvis|For{SP}eksempel|F\.eks\.|Fx|Blandt{SP}andet|Bl\.a\.)(?![{LO}])")
# "Især Aarhus og Odense.", "Senest Vejle Kommune.": a verbless case of the report before
_FRAGMENT_LEAD = re.compile(
    rf"(?:Især|Heriblandt|Herunder|Senest|Navnlig|Specielt|Særligt|Primært|Ikke{SP}mindst"
    rf"|Blandt{SP}dem|Blandt{SP}andre|Også)(?![{LO}])")
_FINITE_VERBS = frozenset({
    "er", "var", "har", "havde", "blev", "bliver", "kan", "kunne", "vil", "ville", "skal",
    "skulle", "må", "måtte", "bør", "burde", "får", "fik", "går", "gik", "kommer", "kom",
    "ligger", "lå", "står", "stod", "gør", "gjorde", "ser", "så", "tager", "tog"})
# "Også om mandagen kan der komme sne.", "Derfor bør bilister køre forsigtigt.": a
# sentence that goes on with the report before it, in its register (a modal or a future)
_GOES_ON = re.compile(
    rf"(?:Også|Derfor|Desuden|Dermed|Samtidig|Derudover|Endvidere|Ligeledes|Til{SP}gengæld)"
    rf"(?![{LO}])")
# "Søndag vil der komme sne.", "I løbet af natten kan det blive glat.": a forecast's next
# step
# "Jeg må sige, det går for langsomt. Lene Dahl (K)": a pull quote and its speaker
_PULL_QUOTE = re.compile(
    rf"(?P<words>[^\n\"„“”»«]+[.!?]){SP}(?P<name>[{UP}][\w-]+(?:{SP}[{UP}][\w.-]*){{1,3}})"
    rf"(?:{SP}(?P<party>\([{UP}]{{1,3}}\)))?[^\S\n]*")
_BEFORE_OBJECT_NAME = frozenset({"i", "med", "til", "af", "for", "om", "på", "hos", "fra",
                                 "ved", "og", "eller", "som", "end", "mod", "efter", "under"})
# "Vi leverer. Og det gør vi Lise Holm": a pull quote run on into its speaker's name
_PULL_RUN_ON = re.compile(
    rf"(?P<words>[^\n\"„“”»«]+[.!?]{SP}[^\n\"„“”»«.!?]+?[{LO}]){SP}"
    rf"(?P<name>[{UP}][\w-]+(?:{SP}[{UP}][\w.-]*){{1,3}})[^\S\n]*")
# "Ordfører, SF", "Formand for Dansk Metal (S)": the role under a pull quote's name
_BOX_ROLE = re.compile(rf"[{UP}][\w-]+(?:{SP}[\w-]+)*(?:,{SP}[{UP}][\w-]*(?:{SP}[\w-]+)*"
                       rf"|{SP}\([{UP}]{{1,3}}\))")
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:jeg|vi|mig|os|min|mit|mine|vores)(?![\w-])",
                           re.IGNORECASE)
# "facebooksiden ", "podcasten ": a noun before a name in quote marks
_QUOTED_NAME = re.compile(rf"(?:[{LO}-]+(?:siden|gruppen|kontoen|profilen|podcasten|programmet"
                          rf"|bloggen|kampagnen|netværket|foreningen)){SP}(?=[\"„“»”'‘’])")
# "Her kan der komme ...": a sentence that points back at the one before
_ANAPHOR_LEAD = re.compile(rf"(?:Her|Der|Dermed|Derfor|Så|Da|Dengang|Derved){SP}(?=[{LO}])")
_TIME_LEAD = re.compile(
    rf"(?:{alternation(day.capitalize() for day in WEEKDAYS)}|I{SP}morgen|I{SP}aften|I{SP}nat"
    rf"|Natten{SP}til|Senere|Sidst{SP}på|Først{SP}på|I{SP}løbet{SP}af|Resten{SP}af"
    rf"|Hen{SP}over|Om{SP}(?:morgenen|formiddagen|eftermiddagen|aftenen|natten))(?![{LO}])")
_REPORTED_REGISTER = re.compile(
    r"(?<![\w-])(?:kan|kunne|vil|ville|skal|skulle|må|måtte|bør|burde)(?![\w-])")
# ", der har været på vagt hele natten" ending the sentence after a speaker
_RELATIVE_AFTER = re.compile(rf",{SP}(?:der|som){SP}[^,]*\Z|,{SP}hvor{SP}.*\Z")
# ", informationschef ved DSB" / ", direktør i Dansk Industri" after a trailing speaker's
# name: the role in apposition (not a clause: ", og ...", ", der ...")
_CLAUSE_WORDS = ("der", "som", "og", "men", "mens", "da", "når", "hvor", "fordi", "for",
                 "så", "at", "hvis", "selvom", "efter", "inden", "før", "det", "den", "jeg",
                 "vi", "han", "hun", "de", "man", "ifølge", "mener", "siger")
# (inside the role "for" is a preposition: "formand for trafikudvalget")
_INNER_CLAUSE_WORDS = ("der", "som", "og", "men", "mens", "da", "når", "hvor", "fordi", "at",
                       "hvis", "selvom")
_TRAILING_ROLE = re.compile(
    rf",{SP}(?!(?:{alternation(_CLAUSE_WORDS)})(?![{LO}]))(?:en{SP}|et{SP})?[{LO}\d][\w-]*"
    rf"(?:{SP}(?!(?:{alternation(_INNER_CLAUSE_WORDS)})(?![{LO}]))[\w'’.-]+){{0,7}}"
    rf"(?=,|\s*\Z)")
# ", der er vagtchef," between a trailing speaker and ", til Ritzau"
_RELATIVE_BETWEEN = re.compile(rf",{SP}(?:der|som){SP}[^,]+(?=,)")
# ", til avisen" / ", over for TV 2" after a speaker's name in apposition
_TOLD_AFTER = re.compile(rf"^,{SP}(?:til|over{SP}for|overfor|i|på){SP}")
# ", der har ledet firmaet i ti år" between a speaker after the cue and "at"
_RELATIVE_REST = re.compile(rf",{SP}(?:der|som){SP}[^,.:;!?\"„“”»«]+")
# "Adspurgt om, at ...": the journalist's question before the answer's cue; what it
# holds is no one's statement
_QUESTION_LEAD = re.compile(rf"(?:[Aa]d)?[Ss]purgt(?:{SP}(?:om|til|af)|,)(?![{LO}])")
_ANSWER_CUE = re.compile(rf",{SP}(?=(?:{SOUND}|{SOUND_BARE}|{SPEECH}|{COGNITIVE_WORD})(?![{LO}]))")
# "om"/"hvorvidt" between "spørger" and "at": the that-clause is part of the question
_QUESTION_WORD = re.compile(r"(?<![\w-])(?:om|hvorvidt)(?![\w-])")
# "med henvisning til, at ...", "med henvisning til sagens karakter, og at ...": a reason
# given
_CITING = re.compile(
    rf"(?<![\w-])med{SP}henvisning{SP}til(?:{SP}[^,.;:!?\"„“”»«]{{1,60}}?,{SP}og)?,?{SP}at{SP}")
# the capitalised words and one word more that open a sentence: where its subject is
_LEADING_WORDS = re.compile(rf"\S+(?:{SP}[{UP}][\w.-]*)*")
# "Det har han gjort ...": the subject after the auxiliary of an inverted sentence
_INVERTED_AFTER_AUX = re.compile(
    rf"(?:Det|Dette|Sådan|Derfor){SP}(?:har|havde|gør|gjorde){SP}(?P<p>han|hun|de)(?![{LO}])")
# "..., siger X og tilføjer, at ...": a second cue of the same speaker
_AND_CUE = re.compile(rf",?{SP}og(?:{SP}(?:også|samtidig|desuden))?{SP}(?P<cue>{THAT_CUE})")
# "Som ministeren annoncerede i går, lukker skolen": the main clause is what was said
_AS_SAID = re.compile(rf"[Ss]om{SP}")
# ", hvordan ..." / ", det er ...": a reported clause without "at" right after the cue
_COMMA_CLAUSE = re.compile(
    rf",{SP}(?P<clause>(?P<wh>hvordan|hvorfor|hvad|hvor|hvornår|hvilke[nt]?)(?![{LO}])"
    rf"|(?:det|han|hun|de|vi|jeg|man|den|I){SP}(?=[{LO}]))"
)
_ABOUT = re.compile(rf"{SP}om(?=,)")
# "fortalte hvordan ...": a wh-clause of an account written without its comma
_WH_BARE = re.compile(rf"{SP}(?P<clause>(?P<wh>hvordan|hvorfor|hvad)(?![{LO}]))")
_ACCOUNT_LEMMAS = frozenset({"fortælle", "forklare", "beskrive", "berette", "uddybe"})
# ", men " / "; " between two main clauses
_BUT_JOIN = re.compile(rf",?{SP}men{SP}(?=[{LO}{UP}])|;{SP}")
# where or to whom it was said, between a cue (and its speaker) and ", at": "over for
# direktøren", "til TV 2 efter mødet", "i et interview med Radio4", "torsdag", "over
# for B.T."
_GAP_WORD = rf"(?:(?:[{UP}]\.){{2,}}|[^\s,.;:!?\"„“”»«]+)"
_GAP_ADVERBS = (*WEEKDAYS, "også", "samtidig", "desuden", "nu", "dog", "i dag", "i går",
                "tidligere", "senere", "igen", "selv", "imidlertid", "derimod")
_ADDRESSEE_GAP = re.compile(
    rf"(?:{SP}(?:(?:til|over{SP}for|overfor|i|på|med|efter|under|ved|hos|foran|fra|om|"
    rf"forud{SP}for|inden)(?:{SP}(?!at(?![{LO}])|som(?![{LO}])|der(?![{LO}])){_GAP_WORD}){{1,6}}"
    rf"|{alternation(_GAP_ADVERBS)}(?![{LO}])))+(?:{SP})?"
)
# where and to whom after a trailing speaker, not a topic ("om", "med")
_WHERE_TOLD = re.compile(
    rf"(?:{SP}(?:til|over{SP}for|overfor|i|på|fra|hos|ved|under|efter|forud{SP}for|inden)"
    rf"(?:{SP}(?!at(?![{LO}])|som(?![{LO}])|der(?![{LO}])|om(?![{LO}])|med(?![{LO}]))"
    rf"{_GAP_WORD}){{1,4}}|{SP}{alternation(_GAP_ADVERBS)}(?![{LO}]))+(?:{SP})?")
# "lyder det, at ...": no speaker, the sentences before have it
_SOUND_THAT = re.compile(
    rf"(?<![\w-])(?P<cue>(?:lyder|lød){SP}(?:det|(?:{alternation(SOUND_NOUNS)})(?:en|et)))"
    rf",?{SP}at{SP}(?=\S)")
# "Fra politiets side lyder det, at": the owner of the side speaks
_SIDE_OWNER = re.compile(rf"(?P<owner>{GENITIVE}){SP}side(?=,?{SP})")
# "Fra Karen Holt (K), der er formand for udvalget, lyder det, at": the source fronted
_FROM_FRONTED = re.compile(rf"(?:(?:Og|Men|Også){SP})?[Ff]ra{SP}")
_FRONTED_REST = re.compile(rf"(?:{SP}\([^()]{{1,12}}\))?(?:,{SP}(?:der|som){SP}[^,]+)?,?{SP}")
# "Hos Vejdirektoratet oplyser man, at ...": the organisation speaks
_AT_ORGANISATION = re.compile(rf"[Hh]os{SP}(?P<org>{CAPITALISED_RUN})")
_COLON = re.compile(rf"(?<![\w-])(?:(?P<sound>{SOUND})|(?P<bare>{SOUND_BARE})|(?P<cue>{SPEECH}))"
                    rf"(?P<mid>(?:{SP}[^\s:;!?]+){{0,8}}?):")
_CUE = re.compile(rf"(?<![\w-])(?P<cue>{PARTIAL_CUE})")
_IFOLGE = re.compile(rf"{ACCORDING}{SP}")
_AUX_BEFORE = re.compile(rf"{AUX}(?:{SP}(?:også|dog|tidligere|nu|ofte|flere{SP}gange))?{SP}\Z")
# "Manden skal have sagt, at ...": a modal and the perfect's "have" before the cue
_MODAL = rf"(?:{alternation(MODALS)})"
# ("siden" as an adverb after the auxiliary: "Rusland har siden omtalt ...")
_TAIL_WORD = (rf"(?:{alternation((*SENTENCE_ADVERBS, *TIME_ADVERBIALS, *MODALS, 'have', 'siden'))})"
              rf"(?![{LO}])")
# where, when or to whom it was said, between the auxiliary and the cue: "har i
# forbindelse med regnskabet annonceret", "har over for avisen bekræftet", "kunne på
# mødet i aftes fortælle", "har ved flere lejligheder understreget" (a preposition and
# at most five words, none of them a clause word or punctuation)
_TAIL_PHRASE = (
    rf"(?:{alternation(TAIL_PREPOSITIONS)})"
    rf"(?:{SP}(?!(?:at|som|der|og|men|hvis|når|fordi|om|ikke)(?![{LO}]))"
    rf"(?:(?:[{UP}]\.){{2,}}|[\w'’-]+)){{1,5}}?(?![\w'’-])"
)
# the relative pronoun of a clause whose subject is the name before it, then adverbials
_RELATIVE_SUBJECT = re.compile(
    rf",{SP}(?:som|der)(?:{SP}(?:{_TAIL_WORD}|{_TAIL_PHRASE}))*{SP}?\Z")
_SUBJECT_TAIL = re.compile(
    rf"^[\s,]*(?:{_TAIL_WORD}(?:{SP}|[\s,]*$)|{_TAIL_PHRASE}{SP})*[\s,]*$")
# (a phrase is never followed by a comma: "..., der havde X i spidsen, fortalte Y" ends a
# relative clause, and Y speaks)
# "vil ikke afvise, at": the negation of a denial right before it
_NEGATION_BEFORE = re.compile(rf"(?<![{LO}])ikke{SP}\Z")
# "lagde ud med at", "valgte at", "ønskede at": a verb phrase before an infinitive cue
_INFINITIVE_TAIL = re.compile(rf"^{SP}(?:[{LO}]+{SP}){{1,4}}?at{SP}$")
_FOCUS = re.compile(rf"(?:{alternation(FOCUS_PARTICLES)}){SP}(?=[{UP}{LO}])")
_TRIM = " \t,.–—-"
# words that lead into a clause rather than answer: "Derfor, siger hun, ..."
PROPOSITION_LEMMAS = ("sige", "forklare", "oplyse", "understrege", "påpege", "pointere",
                      "fremhæve", "konstatere", "fastslå", "påstå", "hævde", "erkende",
                      "indrømme", "bekræfte", "tilføje")
"""Speech verbs whose object is what was said, not a thing ("som han har forklaret"):
not "skrive" ("Bogen, som hun har skrevet"), "fortælle" ("historien, som han fortalte"),
"nævne" or "offentliggøre"."""
_LEAD_ADVERBS = frozenset({"derfor", "men", "og", "så", "da", "når", "hvis", "samtidig",
                           "desuden", "alligevel", "dermed", "her", "der", "nu"})
# "fra Det Konservative Folkeparti", "i Forbrugerrådet Tænk" after a subject's name
# "- Fortæl om den første dag.": an interviewer's request, not the interviewee's words
_PROMPT = re.compile(rf"(?:{alternation(PROMPT_IMPERATIVES)})(?![\w-])")
_PROMPT_MAX_WORDS = 20
# "De siger, at I er favoritter.": the reporter addresses the interviewee ("I" inside a
# sentence; at its start it is mostly the preposition "I dag")
_ADDRESSED = re.compile(r"(?<=[\w,] )I(?![\w-])|(?P<singular>(?<![\w-])(?:du|dig)(?![\w-]))")
_SECOND_PERSON = re.compile(r"(?<![\w-])(?:du|dig|din|dit|dine|I|jer|jeres)(?![\w-])")
_PARTY_LETTERS = re.compile(rf"^{SP}\([{UP}]{{1,3}}\)")
_POSTMODIFIER = re.compile(rf"^{SP}(?:fra|i|hos|ved|for){SP}{CAPITALISED_RUN}")
_ORG_APPOSITION = re.compile(rf"^,{SP}{CAPITALISED_RUN}(?:{SP}\([^()]{{1,10}}\))?,")
# ", arrangør af festivalen," / ", formand for Danske Skoleelever," / ", en 40-årig fra
# Kolding,": a role or description in apposition after a subject's name
_ROLE_APPOSITION = re.compile(
    rf"^,{SP}(?:en{SP}|et{SP})?[{LO}\d][\w-]*(?:{SP}(?!(?:at|og|men|der|som)(?![{LO}]))"
    rf"[\w'’.-]+){{0,7}},")
# ", der har været med til at udvælge tegningerne," after a subject's name
_RELATIVE = re.compile(rf"^,{SP}(?:der|som){SP}[^,.:;!?\"„“”»«]+,")
# "..., Yasmin Aziz, siger" / "..., Solbær Kosmetik, skriver i en mail til Ritzau, at"
_APPOSITION_BEFORE_CUE = re.compile(
    rf",{SP}(?:{ADJECTIVE}{SP})?(?P<name>{CAPITALISED_RUN}),{SP}\Z"
)
# the boundary before a subject in the middle of a sentence: ", hvor Københavns Politi
# meddelte", "men politiet skriver", ", som slår fast"
_CLAUSE_BOUNDARY = re.compile(
    rf"(?:,|\b(?:[Oo]g|[Mm]en|hvor|da|når|mens|fordi|så|hvorefter|hvortil|hvorpå|hvis|at))"
    rf"(?:{SP}(?:hvor|da|når|mens|at))?{SP}"
)
# ", skriver Beskæftigelsesministeriet i en pressemeddelelse." ending a narrative sentence
_TRAILING = re.compile(rf",{SP}(?:(?P<sound>{SOUND})|(?P<cue>{SPEECH}))(?:{SP}(?=\S)|$)")
# what may follow a mid-sentence attribution: a circumstance ("når", "mens") or the
# speaker's next clause ("men", "og", "så")
_AFTER_ATTRIBUTION = re.compile(
    rf",{SP}(?:(?P<when>da|mens|når|efter{SP}at|inden|før)|men|og|så|for){SP}[{LO}]")
_TRAILING_BARE = re.compile(rf",{SP}(?P<cue>{SOUND_BARE})[.!]?\s*\Z")
_MID_BARE = re.compile(rf",{SP}(?P<cue>{SOUND_BARE}),{SP}(?=(?:for|men|og|så){SP}[{LO}])")
_TRAILING_OWNER = re.compile(rf",{SP}(?P<cue>{SOUND_OWNER})[.!]?\s*\Z")
# ", lader hun forstå." / ", slår han fast." (the particle after the speaker)
_TRAILING_PARTICLE = re.compile(rf",{SP}(?P<verb>{'|'.join(PARTICLE_FORMS)}){SP}(?=\S)")
# ", har X sagt." ending a narrative sentence
_TRAILING_AUX = re.compile(rf",{SP}(?P<aux>{AUX}|{_MODAL}){SP}(?=\S)")
# "..., kunne borgmesteren fortælle i aftes.", "..., har politiet tidligere oplyst.",
# "..., skal han have sagt til vidnet.", "..., vil ministeren ikke afvise.": adverbs and
# the perfect's "have" between the subject and the verb
_TRAILING_VERB = re.compile(
    rf"(?:{SP}{_TAIL_WORD})*(?P<not>{SP}ikke)?(?:{SP}{_TAIL_WORD})*{SP}(?P<verb>[{LO}]+)")
# "Hun opfordrer alle til at ...": the appeal is the rest of the sentence
_APPEAL_VERBS = "opfordrer|opfordrede|appellerer|appellerede"
_APPEAL = re.compile(rf"(?<![\w-])(?P<cue>{_APPEAL_VERBS}){SP}")
# "anklagede Venstre for at »udskamme statsministeren«": the accusation after the cue
_ACCUSES = re.compile(rf"(?<![\w-])(?P<cue>anklager|anklagede|beskylder|beskyldte){SP}(?=\S)")
# "kalder forslaget for en "overreaktion"": the words after "for"
_CALLS_FOR = re.compile(
    rf"(?<![\w-])(?P<cue>kalder|kaldte)(?P<obj>(?:{SP}[^\s,.:;!?»«„“”\"'’‘]+){{1,4}}?){SP}for{SP}"
)
# "han kalder det landmændenes eneste våben": a pronoun object and the name he gives it
_CALLS_IT = re.compile(
    rf"(?<![\w-])(?P<cue>kalder|kaldte){SP}(?:det|den|dem|dette){SP}(?!for{SP}|på{SP})"
    rf"(?=[{LO}])")
# "kalder situationen meget alvorlig": the cue, then (the speaker,) the object and the
# name given it; not a particle or preposition after the object ("kalder vidner ind",
# "kaldte bestyrelsen sammen") or a capitalised name ("kalder hunden Fido")
_CALLS = re.compile(rf"(?<![\w-])(?P<cue>kalder|kaldte|kaldt){SP}(?!for{SP}|på{SP}|til{SP}|op{SP})")
_CALLED_OBJECT = re.compile(
    rf"(?P<obj>[{LO}-]+s{SP}[{LO}-]{{3,}}|[{LO}-]{{3,}}(?:en|et|ne|erne|ene)|det|den|dem|dette)"
    rf"{SP}(?!(?:for|ind|op|frem|tilbage|sammen|hjem|ud|på|til|af|over|ned|i|med|som|at|"
    rf"og|eller|ikke|nu|også)(?![{LO}]))(?=[{LO}])"
)
_CLAUSE_AFTER_NAME = re.compile(
    rf",{SP}(?:fordi|da|når|hvor|der|som|men|og|mens|efter|selvom|hvis|hvilket)(?![{LO}])"
    rf"|{SP}(?:fordi|efter{SP}at)(?![{LO}])")
_DASH_BREAK = re.compile(rf"{SP}[-–]{SP}(?!.*{SP}[-–]{SP})")
_COGNITIVE = re.compile(rf"(?<![\w-]){COGNITIVE_WORD}")
_THAT_CUE = re.compile(rf"(?<![\w-]){THAT_CUE}")
_THAT_ONLY = re.compile(THAT_ONLY_WORD)
# "beskriver i sin pressemeddelelse, at", "kritiserer over for DR, at": where it was said
_WHERE_SAID = re.compile(
    rf"{SP}(?:i|på|til|over{SP}for|overfor){SP}[\w'’.-]+(?:{SP}[\w'’.-]+){{0,3}},?")
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:de|den|det|en|et|alle|mange){SP}\Z", re.IGNORECASE)
_SPEECH_WORD = re.compile(rf"(?<![\w-]){SPEECH_WORD}")
# a leading dateline inside the quoted words: "DANMARK:Weekendens vejr ..."
_DATELINE = re.compile(r"[A-ZÆØÅ][A-ZÆØÅ .-]{2,}(?:\s?\([^)]{1,20}\))?:\s?(?=\S)")
_SOUND_OWNER = re.compile(SOUND_OWNER)
_DOCUMENTS = ("udtalelse", "pressemeddelelse", "meddelelse", "erklæring", "mail", "e-mail",
              "sms", "skrivelse", "opslag", "brev", "svar", "notat", "redegørelse",
              # "ifølge oplysninger fra politiet": what a source told, not a count
              "oplysninger",
              # reports and rulings speak for the one the text says issued them; studies
              # and counts ("en undersøgelse fra", "en opgørelse fra") are data, which
              # report a finding, not anyone's words (docs/gold-format.md)
              "rapport", "anklageskrift", "kendelse", "afgørelse", "dom", "dommen",
              "referat",
              # rules and guidance speak for the authority that issued them
              "vejledning", "instruks", "retningslinje", "retningslinjer", "bekendtgørelse",
              "cirkulære")
# "Ifølge rapporten ...": a definite document; its sender is the one an earlier "en
# rapport fra X" names
_DEFINITE_DOCUMENT = re.compile(
    rf"(?P<noun>{'|'.join(_DOCUMENTS)})(?:en|et|n)?(?![{LO}])")
# "pressemeddelelsen fra", "et brev fra": a document, then the one it is from
_DOCUMENT_NOUN_FROM = rf"(?:{'|'.join(_DOCUMENTS)})(?:en|et|n)?{SP}fra{SP}"
# "Ifølge brevet fra formanden": a document and the one it is from
_DOCUMENT_FROM = re.compile(
    rf"(?:[{LO}]+{SP}){{0,2}}?" + _DOCUMENT_NOUN_FROM
)
# "», står der i brevet fra formanden.": a document quoted word for word, and its sender
_STANDS_IN = re.compile(
    rf"(?:står|stod|hedder|hed){SP}(?:der|det){SP}i{SP}(?:[{LO}-]+{SP}){{0,2}}?"
    + _DOCUMENT_NOUN_FROM
)
_STATEMENT = re.compile(
    rf"(?<![\w-])[Ii]{SP}(?:(?:en|et|sin|sit){SP}(?:[{LO}-]+{SP}){{0,2}}?)?"
    + _DOCUMENT_NOUN_FROM
)
""""I en udtalelse fra", "I referatet fra": a document and its sender."""
_IN_DOCUMENT = re.compile(
    rf"(?<![\w-])[Ii]{SP}(?P<noun>{'|'.join(_DOCUMENTS)})(?:en|et|n)(?![{LO}])")
""""I redegørelsen": a definite document, whose sender an earlier sentence names."""
_STATEMENT_WHEN = re.compile(
    rf"{SP}(?:den{SP}\d{{1,2}}\.(?:{SP}[{LO}]+)?|{alternation(TIME_ADVERBIALS)})(?![{LO}])")
""""den 3. marts", "i går": when the document was written, before its verb."""
_STATEMENT_VERB = re.compile(
    rf"{SP}(?P<cue>(?:står|stod|skriver|skrev|hedder|hed|lyder|lød)"
    rf"(?:{SP}(?:det|der|de|han|hun|den))?|(?:fremgår|fremgik){SP}det)(?:{SP}(?:også|desuden|blandt{SP}andet|bl\.a\.))?"
    rf"(?:,?{SP}at{SP}|:{SP}(?=\S)|:[^\S\n]*(?=\n|\Z))"
)
""""står det, at", "står der også: Det skal ...", "fremgår det, at" ("I pressemeddelelsen
fra X fremgår det, at ..."): the words of the document follow."""
# "bestyrelsens møde", "bestyrelsen": a body named by a common noun sends the document
# "har sendt en redegørelse", "offentliggjorde i går en ny rapport": the subject wrote it
_AUTHOR_VERBS = ("sender", "sendte", "sendt", "udsender", "udsendte", "udsendt",
                 "offentliggør", "offentliggjorde", "offentliggjort", "udgiver", "udgav",
                 "udgivet", "udarbejder", "udarbejdede", "udarbejdet", "fremlægger",
                 "fremlagde", "fremlagt", "afleverer", "afleverede", "afleveret",
                 "publicerer", "publicerede", "publiceret", "skriver", "skrev", "skrevet",
                 "laver", "lavede", "lavet")
_AUTHOR_ADVERB = rf"(?:{SP}(?:{alternation(TIME_ADVERBIALS)}|også|nu|derfor))?"
_AUTHORED = re.compile(
    rf"(?<![\w-])(?P<verb>{alternation(_AUTHOR_VERBS)}"
    rf"|(?:kommer|kom|kommet)(?={_AUTHOR_ADVERB}{SP}med(?![{LO}])))"
    rf"{_AUTHOR_ADVERB}(?:{SP}med)?"
    rf"{SP}(?:en|et|sin|sit)(?:{SP}[{LO}-]+){{0,2}}?{SP}"
    rf"(?P<noun>{'|'.join(_DOCUMENTS)})(?![{LO}])")
_SENDER_NOUN = re.compile(
    rf"(?!(?:[{LO}]*møde(?:t|rne)?|samrådet|konferencen|høringen|dagen|året|ugen|sagen|perioden)"
    rf"(?![{LO}]))"
    rf"(?P<noun>[{LO}]{{3,}}(?:en|et|erne|ene))(?:s{SP}[{LO}-]+)?(?![{LO}])")
"""A sender named by a common noun; not a meeting or a period ("referatet fra mødet"
names no sender)."""
# a term or a title, not someone's words: "et såkaldt »mistænkeligt forhold«", "sangen
# "den sidste dans"", "programmet 'ugens gæst'"
# "sætter ordet »svigt« på forløbet": the speaker's own word for it, not a term
_PUTS_WORD = re.compile(rf"(?<![\w-])(?:sætter|satte|sat|sætte|saetter|saette){SP}ordet{SP}?\Z",
                        re.IGNORECASE)
_TERM_BEFORE = re.compile(
    r"(?:såkaldt|såkaldte|kaldet|titlen|navnet|ordet|begrebet|udtrykket)\s*\Z", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"(?:sangen|bogen|filmen|serien|programmet|albummet|pladen|forestillingen|udstillingen"
    r"|podcasten|romanen|digtet|kampagnen|projektet|hashtagget|mærket|sloganet)\s*\Z",
    re.IGNORECASE)
"""A work named before its title: a title in a sentence with no cue, not a quote (after
"kalder sangen" the words are the speaker's verdict: a partial quote)."""
# (where it was said may stand before "og": "siger X i en pressemeddelelse og understreger,
# at"; adverbials and a modal after the pronoun or "og": "der samtidig kan fortælle, at",
# "der dog i samme åndedrag erkender, at", as ``_RELATIVE_SUBJECT`` reads them)
_RELATIVE_CUE = re.compile(rf"(?:(?:{SP}{_TAIL_PHRASE})*{SP}og|,{SP}(?:som|der))"
                           rf"(?:{SP}(?:{_TAIL_WORD}|{_TAIL_PHRASE}))*"
                           rf"{SP}(?P<cue>{THAT_CUE})")
# "..., lder det fra landstræneren": any one word before "det fra" after quoted words
_ANY_DET_FRA = re.compile(rf"[{LO}]+{SP}det{SP}fra{SP}")
_SOUND = re.compile(SOUND)
_SUBORDINATE = re.compile(
    rf",{SP}(?:om|at|hvis|da|når|fordi|der|som|hvor|hvad|hvorfor|hvordan){SP}[^,;:–—]*?"
    rf"(?=,|{SP}[-–—]{SP}men{SP})")
# after "Ifølge <source>": a relative clause or apposition, or the noun of a genitive
_AFTER_SOURCE = re.compile(
    rf",{SP}(?:(?:der|som){SP})?[^,.;:!?\"„“”»«]+,{SP}"
    rf"|{SP}(?P<noun>(?:egne{SP}|nye{SP}|seneste{SP})?(?:oplysninger|vurdering|vurderinger"
    rf"|beregninger|beregning|tal|opgørelse|opgørelser|kilder|undersøgelse|analyse|prognose"
    rf"|skøn|erfaringer|optegnelser|registreringer|data)){SP}(?=[{LO}])"
)
# "tæt på regeringen ", "i Venstre ", "med kendskab til sagen ": a postmodifier of an
# "Ifølge" source before the verb of the clause (verb second)
_SOURCE_MODIFIER = re.compile(
    rf"(?:tæt{SP}på|i|hos|fra|ved|med{SP}kendskab{SP}til|inden{SP}for|omkring|blandt)"
    rf"(?:{SP}[^\s,.;:!?]+){{1,4}}?{SP}(?=(?:{alternation(_FINITE_VERBS)})(?![{LO}]))")
_GENITIVE_END = re.compile(r"(?:s|'s|’s)\Z")
# "aftens 'man of the match'", "årets »comeback«": a label a genitive gives, no one's words
_GENITIVE_LABEL = re.compile(
    rf"(?<![\w-])(?!(?:hvis|mens|os|dens|deres|længs|tværs|ifølge)(?![\w-]))"
    rf"[\w-]{{2,}}(?:s|'s|’s){SP}\Z", re.IGNORECASE)
# "Krigen, som Kreml kalder", "det, Rusland kalder": a relative clause with its own subject
_OBJECT_RELATIVE = re.compile(
    rf"(?:,{SP}(?:som|der){SP}|(?<![\w-])(?:som|det,){SP})"
    rf"(?=[{UP}]|(?:han|hun|de)(?![{LO}])|[{LO}]{{3,}}(?:en|et|erne|ene)(?![{LO}]))"
)
_APPEARS = re.compile(
    rf"(?:[Dd]et{SP}fremgår{SP}(?:også{SP}|desuden{SP})?af|(?P<lead>[Aa]f)){SP}"
    rf"(?:[{LO}-]+{SP}){{0,2}}?" + _DOCUMENT_NOUN_FROM
)
_APPEARS_THAT = re.compile(rf"{SP}fremgår{SP}det,?{SP}at{SP}")
_BACKREF_AUX = re.compile(
    rf"Det{SP}(?P<aux>har|havde|kan|kunne|vil|ville|skal|skulle|må|måtte){SP}")
_PARTICIPLE_AFTER = re.compile(
    rf"(?:{SP}(?:også|tidligere|selv|før|flere{SP}gange|i{SP}dag|i{SP}går|nu|dog|have)){{0,3}}"
    rf"{SP}(?P<verb>[{LO}]+)(?![{LO}])"
)
_POSSESSIVE_PRONOUN = re.compile(r"(?:[Hh]endes|[Hh]ans)(?=\s)")
# a sentence end, then a quote mark or a dash that opens a quote (a glued one too:
# 'stigning."Det går')
_GLUED_QUOTE = re.compile(
    r"[.!?…][”\"«»’']?[^\S\n]*(?=[»„“\"]\S|[-–](?:[^\S\n]|[A-ZÆØÅ][a-zæøå]))")
_SOUND_BARE = re.compile(SOUND_BARE)
# "rystet: - Jeg har aldrig ...": a colon, then a dash quote on the same line
_COLON_DASH = re.compile(rf":{SP}(?=[-–—](?:{SP})?[{UP}])")
_ATTRIBUTION_CUE = re.compile(ATTRIBUTION_CUE)
# any present or past tense verb, then its subject, as the last words of a quote paragraph
_ANY_VERB = re.compile(rf"(?P<verb>[{LO}]{{3,}}(?:er|ede|te|de)){SP}")
_QUOTE_CLOSE = re.compile(r"[.!]?\s*")
# "..., som X udtrykker det." after the quoted words
_AS_PUT = re.compile(rf"som{SP}")
_PUTS_IT = re.compile(
    rf"(?:{SP}(?:selv|også))?,?{SP}(?P<cue>udtrykker|udtrykte|formulerer|formulerede|siger"
    rf"|sagde|beskriver|beskrev|kalder|kaldte){SP}det(?![{LO}])"
)
# the perfect after a quote: "- Det er helt skørt, har hun tidligere sagt til avisen."
_PERFECT_AUX = re.compile(rf"(?:har|havde){SP}")
# the speech verbs' participles ("sagt", "fortalt"); "fortsat" is an adverb there
_SPEECH_PARTICIPLES = alternation(f for f in SPEECH_FORMS if f.endswith("t") and f != "fortsat")
_PARTICIPLE_CUE = re.compile(
    rf"(?:{SP}[{LO}]+){{0,2}}?{SP}(?P<cue>{_SPEECH_PARTICIPLES})(?![{LO}])")
# "- ..., kunne træneren fortælle efter kampen.", "..., skal han have sagt.": a modal,
# the speaker, then the infinitive (or "have" and the participle)
_MODAL_AUX = re.compile(rf"{_MODAL}{SP}")
_INFINITIVE_CUE = re.compile(
    rf"(?:{SP}[{LO}]+){{0,2}}?{SP}(?P<cue>{alternation(INFINITIVES)}"
    rf"|have{SP}(?:{_SPEECH_PARTICIPLES}))"
    rf"(?![{LO}])")
_PARTICLE_INVERTED = re.compile(rf"(?<![\w-])(?:{PARTICLE_INVERTED})")
# "Med borgmesterens ord ...", "med Per Holms egne ord", "med hans ord": the words are
# the owner's, as after "ifølge"
_IN_WORDS = re.compile(
    rf"(?<![\w-])[Mm]ed{SP}(?P<owner>{GENITIVE}|hans|hendes|deres){SP}(?:egne{SP})?ord"
    rf"(?![{LO}]),?(?:{SP})?")
# "Det oplyses af politiet, at", "Det blev i retten oplyst af anklageren, at": a passive
# speech verb (the -s form, or "blev/er/var" and the participle) and its agent
_PASSIVE_PARTICIPLE = alternation([forms[2] for forms in SPEECH_VERBS.values()
                                   if len(forms) > 2 and forms[2].endswith("t")])
_PASSIVE_CUE = re.compile(
    rf"(?<![\w-])(?P<cue>(?:{alternation(PASSIVE_SPEECH)})|(?:blev|er|var|bliver)"
    rf"(?:{SP}(?!af(?![{LO}]))[^\s,.;:!?]+){{0,5}}?{SP}(?:{_PASSIVE_PARTICIPLE}))"
    rf"(?![{LO}])(?P<gap>(?:{SP}(?!af(?![{LO}]))[^\s,.;:!?]+){{0,4}}?){SP}af{SP}")
# ", som han har forklaret," / ", hvilket hun også har bekræftet": a source clause (not
# ", hvad de har sagt": what was said is the object there, not a comment)
# "Budskabet fra regeringen er, at", "Hans forklaring er, at", "Politiets melding var,
# at": the noun for someone's words, its owner, then "er/var, at"
_MESSAGE_NOUNS = ("budskab", "melding", "udmelding", "besked", "svar", "forklaring",
                  "kommentar", "opfordring", "advarsel", "reaktion", "anbefaling", "påstand",
                  "argument", "pointe", "bud")
_MESSAGE_NOUN = rf"(?:{alternation(_MESSAGE_NOUNS)})"
_MESSAGE_IS = re.compile(
    rf"(?:(?P<owner>{GENITIVE}|[Hh]ans|[Hh]endes|[Dd]eres)(?:{SP}[{LO}]+e)?{SP}{_MESSAGE_NOUN}"
    rf"|(?<![\w-])(?i:{_MESSAGE_NOUN})(?:en|et){SP}fra{SP}(?P<from>[^,.;:!?]+?))"
    rf"{SP}(?P<verb>er|var|lyder|lød)(?:{SP}(?:klart|enkelt|kort|tydeligt))?,?{SP}at{SP}")
_MORE_ABOUT = re.compile(rf"{SP}(?:mere|nærmere|noget|intet|ikke|om)(?![{LO}])")
# "Det var meldingen fra borgmester Per Holm.": the words' noun and its sender
_BACKREF_MESSAGE = re.compile(
    rf"(?:Det|Dette){SP}(?:er|var){SP}(?:(?:{alternation(_MESSAGE_NOUNS)})(?:en|et))"
    rf"(?:{SP}til{SP}[^,.;:!?]+?)?{SP}fra{SP}")
# "den 20-årige", "den tiltalte", "en 45-årig kvinde": a described person
_PERSON_DESCRIBED = re.compile(
    rf"\d+-årig|(?<![{LO}])(?:{alternation(BARE_ROLE_NOUNS)}|kvinde|mand|dreng|pige|mor|far|"
    rf"søn|datter|ejer|beboer|borger|patient|elev|lærer|dømte|anholdte|afdøde|dræbte)"
    rf"(?:en|n|et|t|ne|erne)?\Z")
_UNNAMED_SOURCE = re.compile(
    rf"(?:(?:en|flere|to|tre|anonyme|unavngivne|centrale|velunderrettede){SP})*"
    rf"(?:kilde|kilder|personer|folk)(?![\w-])")
_BARE_ROLE = re.compile(rf"(?:{alternation(BARE_ROLE_NOUNS)})(?![\w-])")
# "En mand, som politiet oplyser er 30 år, ...": the source inside a relative clause
# whose verb follows the cue at once (the relative pronoun is that verb's subject)
_SAID_IS_VERBS = alternation(("er", "var", "har", "havde", "skal", "skulle", "vil", "ville",
                              "kan", "kunne", "blev", "bliver", "må", "måtte", "bør",
                              "burde"))
_SAID_IS = re.compile(
    rf",{SP}(?:som|der){SP}(?P<said>[^,.;:!?\"„“”»«]+?){SP}(?P<verb>{_SAID_IS_VERBS})"
    rf"(?![{LO}])(?P<rest>[^,.;:!?\"„“”»«]*)")
_REPORTED_BEFORE = re.compile(
    rf"(?<![{LO}])(?:har|havde|også|selv|tidligere|flere{SP}gange)(?![{LO}])")
# "Det, som han sagde, var forkert": the relative names what was said, not its content
_WHAT_WAS_SAID = re.compile(
    rf"[\s–-]*(?:(?i:det|dét|alt|noget|meget|det{SP}eneste|det{SP}første|det{SP}sidste|"
    rf"en{SP}del|ting|de{SP}ord|ordene))[\s,]*")
_SAID_WITHIN = re.compile(rf",{SP}(?P<rel>som|hvilket){SP}(?=\S)")
_PROPOSITION_FORMS = alternation(
    form for lemma in PROPOSITION_LEMMAS for form in SPEECH_VERBS[lemma])
_PROPOSITION_CUE = re.compile(rf"(?<![\w-])(?:{_PROPOSITION_FORMS})(?![{LO}])")
_SOURCE_LEAD = re.compile(rf"(?:både|blandt{SP}andre|blandt{SP}andet|bl\.a\.){SP}(?=\S)")
# ", årsagen til ..." after ", ifølge X": the clause goes on (not a relative on X)
_PARENTHETICAL_REST = re.compile(
    rf",{SP}(?!(?:der|som|og|men|hvor|hvis|når|da|fordi)(?![{LO}]))[{LO}]")
_MESSAGE_FROM = re.compile(rf"(?<![\w-])(?P<cue>{MESSAGE_FROM}){SP}")
# between a pull quote's closing mark and the name that signs it: a space, or a dash
_SIGNATURE_LEAD = re.compile(rf"[.,]?(?:{SP}[-–—])?{SP}(?=[{UP}]|[{LO}-]+{SP}[{UP}])")
# after the signing name: nothing, party letters, or a short role after a comma
_SIGNATURE_ROLE = re.compile(
    rf"(?:\([{UP}]{{1,3}}\))?(?:,{SP}[\w-]+(?:{SP}[\w.-]+)*)?\.?|\([{UP}]{{1,3}}\)\.?")
# "citeres for at sige, at": the infinitive of speech after "citeret for"
_TO_SAY = re.compile(rf"{SP}at{SP}(?:have{SP})?(?:sige|sagt|udtale|udtalt)(?![{LO}])")
# "I avisen er Per Holm citeret for": the auxiliary of an inverted passive, then its subject
_PASSIVE_SUBJECT = re.compile(rf"(?<![\w-])(?:er|var|blev|bliver){SP}(?=[{UP}])")
# "lyder det i højttalerne, at ...", "Det meddeles over højttaleren, at ...": an
# announcement, with the loudspeaker as its described speaker (``LOUDSPEAKERS``)
_ANNOUNCED = re.compile(
    rf"(?<![\w-])(?P<cue>(?:lyder|lød){SP}det|det{SP}(?:lyder|lød)|(?:[Dd]et{SP})?(?:meddeles|meddeltes|annonceres"
    rf"|annonceredes|oplyses|oplystes)(?:{SP}det)?){SP}(?:i|over|gennem|fra){SP}"
    rf"(?P<speaker>(?:{alternation(LOUDSPEAKERS)})(?:en|ne|erne|et|get)?)(?![{LO}])"
    rf"(?:{SP}(?:i|på){SP}[{LO}]+)?,?{SP}at{SP}(?=\S)")
# rules and guidance quoted after a colon or before "fremgår det af": documents whose
# issuer the text names ("I Sundhedsstyrelsens vejledning ...:", "..., fremgår det af en
# ny instruks fra Rigspolitiet")
_RULE_DOCUMENTS = (*_DOCUMENTS, "vejledning", "instruks", "retningslinje", "bekendtgørelse",
                   "cirkulære", "lovforslag", "betænkning", "høringssvar", "aftale", "regel",
                   "regelsæt", "handleplan", "lov", "indstilling", "afgørelse")
_RULE_DOCUMENT = rf"(?:{alternation(_RULE_DOCUMENTS)})(?:en|et|n|r|rne|er|erne|t)?(?![{LO}])"
# "I Sundhedsstyrelsens vejledning om hygiejne ...:": the owner of a document, in the
# genitive
_GENITIVE_DOCUMENT = re.compile(
    rf"(?:I|Af|Ifølge|[Ii]{SP}følge){SP}(?P<owner>{GENITIVE}){SP}(?:[{LO}-]+{SP})?"
    rf"(?P<noun>{_RULE_DOCUMENT})")
# "I rapporten står der:", "Af instruksen fremgår det:": a definite document that opens
# the sentence (its sender an earlier sentence names)
_DEFINITE_RULE_DOCUMENT = re.compile(
    rf"(?:I|Af){SP}(?P<noun>(?:{alternation(_RULE_DOCUMENTS)}))(?:en|et|n|rne|erne)(?![{LO}])")
# "Heller ikke lærerne, fremgår det af en ny vejledning fra Undervisningsministeriet.",
# "Det fremgår af en pressemeddelelse fra Coop.": the words before are the document's
_APPEARS_OF = re.compile(
    rf"(?P<cue>fremgår{SP}det|[Dd]et{SP}fremgår)(?:{SP}(?:også|desuden|blandt{SP}andet))?"
    rf"{SP}af{SP}(?:(?:en|et|den|det|sin|sit){SP})?(?:[{LO}-]+{SP}){{0,2}}?"
    rf"(?:[{LO}]+-?)?{_RULE_DOCUMENT}{SP}fra{SP}")
# "Over højttalerne lyder det, at ...": the loudspeaker first
_ANNOUNCED_FRONTED = re.compile(
    rf"(?:Over|I|Gennem|Fra){SP}(?P<speaker>(?:{alternation(LOUDSPEAKERS)})"
    rf"(?:en|ne|erne|et|get)?)(?![{LO}])(?:{SP}(?:i|på){SP}[{LO}]+)?{SP}"
    rf"(?P<cue>(?:lyder|lød|meddeles|meddeltes|annonceres|annonceredes|oplyses|oplystes)"
    rf"{SP}det),?{SP}at{SP}(?=\S)")
# "er i artiklen citeret for": the auxiliary and a place phrase before the participle
_PASSIVE_AUX_BEFORE = re.compile(
    rf"(?<![\w-])(?:er|var|blev|bliver)(?:{SP}(?:også|flere{SP}steder|tidligere|i|på|af)"
    rf"(?:{SP}[{LO}]+)?)?{SP}\Z")
# "»Hvordan føles det?«, ville TV 2's reporter vide.": the one who asked
_WANTS_TO_KNOW = re.compile(rf"(?P<aux>ville|vil){SP}")
_ASKER_FROM = re.compile(rf"{SP}(?:fra|hos|på|i){SP}{CAPITALISED_RUN}(?=(?:{SP}\S+)?{SP}vide)")
_TO_KNOW = re.compile(rf"(?:{SP}(?:gerne|også|så|lige))?{SP}vide(?![{LO}])")
# "»Det er ubeskriveligt.«, er det første, hun siger.": the first (only, last) words said
_FIRST_WORDS = re.compile(
    rf"(?P<lead>(?:er|var){SP}det{SP}(?:første|eneste|sidste)(?:{SP}ord)?),?{SP}(?=\S)")
_SAYS_AFTER = re.compile(
    rf"(?:{SP}(?:får|fik|har|havde))?{SP}(?P<cue>siger|sagde|sagt|sige|udbryder|udbrød"
    rf"|råber|råbte)(?![{LO}])")
# "lyder hans første ord", "var hendes eneste kommentar": the speaker as a possessive
# pronoun before the noun for the words (``SOUND_NOUNS``; not "er hans første film")
_SOUND_POSSESSIVE = re.compile(
    rf"(?:lyder|lød|var|er){SP}(?P<owner>hans|hendes)(?:{SP}[{LO}]+){{0,2}}?{SP}"
    rf"(?:{alternation(SOUND_NOUNS)})(?:en|et)?(?![{LO}])")
# "Ekstra Bladets reporter", "TV 2's politiske korrespondent": a medium's person
_MEDIA_ROLE = re.compile(
    rf"(?:['’]s)?{SP}(?:[{LO}]+e{SP})?[{LO}-]*(?:{alternation(MEDIA_ROLES)})(?![\w-])")
# "Sådan opsummerer ...": a describing verb a back-reference may open with
_DESCRIBED_BACK = re.compile(
    rf"(?:Sådan|Således|sådan){SP}(?:{alternation(DESCRIBING_VERBS)})(?![{LO}])")
# "Ifølge Ekstra Bladets reporter på stedet hersker ...": where the source stood
_ON_THE_SPOT = rf"{SP}på{SP}(?:stedet|pladsen|åstedet|banen)(?![{LO}])"
# "værten", "reporteren på stedet": a medium's person named by a definite noun
_DEFINITE_MEDIA_ROLE = re.compile(
    rf"(?:[{LO}]+e{SP})?(?:{alternation(MEDIA_ROLES)})en(?![\w-])")


@dataclass
class QuoteCandidate:
    """A quote before its speaker is resolved.

    ``mention`` is the speaker phrase of its attribution. Without one, ``follows`` says
    where the speaker is: "previous" (the quote before goes on), "next" (the quote
    after), "context" (the person of the introducing paragraph ``context``; the first
    one named there when ``context_first``, else the subject or the last one named),
    "link" (the speaker of ``link``, an answer of the same interview). ``hint`` is a
    colon introduction's speaker when the quote has an attribution of its own (it
    helps resolve "lød det fra tyskeren"). ``tags`` hold rule facts the speakers
    component and the confidence read: "interviewer", "colon", "backref", "according",
    "context-source", "bare-title", "group".
    """

    kind: str
    start: int
    end: int
    cue: str | None
    mention: Mention | None
    follows: str | None = None
    paragraph: int = -1
    tags: set[str] = field(default_factory=set)
    context: tuple[int, int] | None = None
    context_first: bool = False
    hint: Mention | None = None
    link: QuoteCandidate | None = None
    # a grouped quote's words, paragraph by paragraph: its span without the dashes,
    # marks and attribution lines between them (empty: the span is the words)
    pieces: tuple[tuple[int, int], ...] = ()


@dataclass
class _Attribution:
    """The attribution after quoted words: ", siger X." (``quote_end`` is where the
    quoted words stop, ``after`` where the attribution sentence ends)."""

    quote_end: int
    after: int
    cue: str | None
    mention: Mention | None
    colon: bool
    tags: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Turn:
    """What a short unmarked paragraph is in an interview (``_Finder.interviewer_turn``):
    a printed question its answer follows, and/or a turn addressed to the interviewee."""

    question: bool
    addressed: bool


@dataclass
class _QuoteParagraph:
    """One quote paragraph of a run: its quoted words, and its attribution if any."""

    index: int
    start: int
    end: int
    attribution: _Attribution | None = None
    extra: tuple[int, int] | None = None  # "- A, siger X. - B.": B
    question: bool = False
    printed: bool = False  # an interviewer's question printed as narrative, not a quote


def quoted_words(text: str, candidate: QuoteCandidate) -> str:
    """A quote's text: its span, or for a grouped quote its paragraphs' words, one
    paragraph a line apart (the span still runs from the first word to the last)."""
    if not candidate.pieces:
        return text[candidate.start : candidate.end]
    return "\n\n".join(text[a:b] for a, b in candidate.pieces)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, dashes, quote marks, a dateline, a final comma or period; keep "?"/"!".
    A mark that opens quoted words inside the passage stays ("»Dybt skuffende« er
    beslutningen, siger X": the passage goes on after the mark closes)."""
    while start < end and (text[start] in " \t-–—„“”\"»«'‘’" or text[start] == "\n"):
        closing = _CLOSING.get(text[start])
        inner = text.find(closing, start + 1, end) if closing else -1
        if inner > start + 1 and any(c.isalpha() for c in text[inner + 1 : end]) and (
            text[start - 1 : start].isspace() or start == 0 or text[start - 1] in "-–—"
        ) and text[start + 1].isalnum() and text[inner + 1 : inner + 2].isspace() and (
            text[:end].rstrip(" \t,.:;\n")[-1:] not in _MARKS
        ):
            break
        start += 1
    if (m := _DATELINE.match(text, start, end)) and m.end() < end:
        start = m.end()
    while end > start and text[end - 1] in " \t,.:;\n":
        end -= 1
    # drop a closing quote mark only when the passage opened with one
    if end > start and text[end - 1] in "”“\"«»'’" and start > 0 and (
        text[start - 1] in "„“\"»«”'‘’"
    ):
        end -= 1
        while end > start and text[end - 1] in " \t,.":
            end -= 1
    while end > start and text[end - 1] in " \t-–—\n":
        end -= 1
    return start, end


def _subject(text: str, start: int, cue_start: int, infinitive: bool = False) -> Mention | None:
    """The speaker written before the cue: "Stoltenberg siger", "Her har Rusland sagt",
    "Byrådsmedlem Hanne Østergaard fra Det Konservative Folkeparti kalder", "En beboer i
    området, Yasmin Aziz, siger", "..., hvor Københavns Politi meddelte", "..., som slår
    fast", "Også borgmesteren understreger", "Selskabet kunne i går oplyse", "Hun lagde
    ud med at fortælle" (``infinitive``: the cue is an infinitive)."""
    if lead := _SUBJUNCTION.match(text, start, cue_start):
        start = lead.end()  # "Når Per Bo kalder det for ...": the subject follows
    if focus := _FOCUS.match(text, start, cue_start):
        start = focus.end()  # "Også borgmesteren understreger": the subject follows
    # "den 40-årige have forklaret": the perfect's "have" is no noun of the subject
    limit = have.start() if (have := _HAVE_BEFORE.search(text, start, cue_start)) else cue_start
    mention = mention_at(text, start, limit)
    if (aged := _aged(text, start, limit)) and (mention is None or mention.end < aged.end):
        mention = aged  # "De to 17-årige": not the pronoun "De"
    if mention is not None and mention.kind == "name" and (
        common_definite(mention.text) or common_definite(mention.text.removesuffix("s"))
    ):  # "Rapporten konkluderer": a common noun capitalised by the sentence start;
        # "Kampens kommentatorer sagde": its genitive, then the people it describes
        mention = descriptor_at(text, start, cue_start)
    if mention is not None and mention.kind in ("descriptor", "title") and (
        m := _APPOSITION_BEFORE_CUE.search(text, mention.end, cue_start)
    ):  # "En beboer i området, Yasmin Aziz, siger": the name
        named = mention_at(text, m.start("name"), m.end("name"))
        if named is not None and named.kind in ("name", "organisation"):
            return named
    # a full name may carry its party in apposition ("Pernille Vermund, Nye Borgerlige,
    # anklagede"); a single word ("Kvinden, Camilla Ravn, forklarede") gives way to it
    # (a description may carry one too: "Manden, en 40-årig fra Kolding, forklarede")
    full = mention is not None and ((mention.kind == "name" and (
        " " in mention.text or mention.role is not None)) or mention.kind in (
        "descriptor", "title"))
    if mention and _reaches_cue(text[mention.end : cue_start], full, infinitive):
        return mention
    # an adverbial first, then the auxiliary, then the subject: "Her har Rusland sagt"
    # (or a modal: "Her skulle manden have forklaret")
    aux = re.search(rf"{SP}(?:{AUX}|{_MODAL}){SP}", text[start:cue_start])
    if aux:
        pos = start + aux.end()
        mention = mention_at(text, pos, max(pos, limit))
        # "Derfor kan Per Holm, arrangør af festivalen, oplyse": a full name's apposition
        named = mention is not None and mention.kind == "name" and " " in mention.text
        if mention and _reaches_cue(text[mention.end : cue_start], named, infinitive):
            return mention
    # a description, then the name in apposition: "Kvinden, 36-årige Camilla Storm, ..."
    if m := _APPOSITION_BEFORE_CUE.search(text, start, cue_start):
        mention = mention_at(text, m.start("name"), m.end("name"))
        if mention and mention.kind in ("name", "organisation"):
            return mention
    # the nearest subject after a clause boundary: ", hvor Københavns Politi meddelte"
    for boundary in reversed(list(_CLAUSE_BOUNDARY.finditer(text, start, cue_start))):
        pos = boundary.end()
        if text[boundary.start() : pos].strip(", ") in ("som", "der") or text[
            pos : pos + 4
        ] in ("som ", "der "):
            continue
        if focus := _FOCUS.match(text, pos, cue_start):
            pos = focus.end()
        mention = mention_at(text, pos, cue_start) or body_at(text, pos, cue_start)
        if mention and mention.kind != "descriptor" and _reaches_cue(
            text[mention.end : cue_start], False, infinitive
        ):
            return mention
    # a body named by a common noun: "Boligselskabet skriver", "Bestyrelsen oplyser"
    if (body := body_at(text, start, cue_start)) is not None and _reaches_cue(
        text[body.end : cue_start], False, infinitive
    ):
        return body
    # a second verb of the subject: "Forsvarsminister X støtter op om planen og fremhæver,
    # at ...", "Politiet kender ikke hans tilstand, men siger, at ..."
    if re.search(rf"(?:(?<![\w-])og|(?:,|{SP}[-–—])?{SP}men){SP}\Z", text[start:cue_start]):
        first = mention_at(text, start, cue_start) or _leading_descriptor(
            text, start, cue_start)
        # a subordinate clause may stand between: "X blev spurgt, om hun går af, og
        # svarede", "Målmanden gjorde, hvad han kunne - men indrømmer"
        between = _SUBORDINATE.sub("", text[first.end : cue_start]) if first else ""
        between = re.sub(rf"(?:,|{SP}[-–—])?{SP}men{SP}\Z", " og ", between)
        between = re.sub(rf",?{SP}og{SP}\Z", " og ", between)
        # "var skuffet, men roste holdet og understregede": a verb after ", men" goes on
        # with the same subject; a new subject there ("men spillerne var glade") does not
        between = _BUT_VERB.sub(
            lambda m: " og " if mention_at(text, first.end + m.end(), cue_start) is None
            else m.group(), between) if first else between
        # (a described person too: "Den tiltalte rejser sig og forklarer, at ...")
        if first is not None and first.kind in (
            "name", "title", "pronoun", "organisation", "descriptor"
        ) and not re.search(r"[,;:]", between):
            return first
    # the subject of an object relative clause: "Krigen, som Kreml kalder en »...«",
    # "det, Rusland kalder ..."
    for boundary in reversed(list(_OBJECT_RELATIVE.finditer(text, start, cue_start))):
        mention = mention_at(text, boundary.end(), cue_start)
        if mention and mention.kind != "descriptor" and _reaches_cue(
            text[mention.end : cue_start], False, infinitive
        ):
            return mention
    # a relative pronoun after a name: "forklarer Martinez, som slår fast, at", also with
    # when or where it was said: "Per Lund, der tidligere på året meddelte, at"
    rel = _RELATIVE_SUBJECT.search(text, start, cue_start)
    if rel:
        return relative_antecedent(text, start, rel.start())
    return None


# "RØNNE – " or "VEJEN: " before the first words of a story
_DASH_DATELINE = re.compile(rf"[{UP}]{{3,}}(?:{SP}[{UP}]{{2,}})*{SP}?[–—-]{SP}(?=[{UP}])")
# the whole subject of a sentence that starts with it, right before the finite cue: an
# organisation named by a capitalised word and one or two common nouns ("Grenaa-Anholt
# færgefart", "Vejdirektoratets trafikcenter", "Kommunens tekniske forvaltning") or by
# one definite noun ("Letbanen", "Rederiet")
_FRONTED_BODY = re.compile(
    rf"(?P<body>[{UP}][\w'’-]*(?:{SP}[{LO}][{LO}-]+){{1,2}}"
    rf"(?:{SP}(?:på|i|ved|hos|fra){SP}(?:stedet|området|byen|kommunen|skolen|klubben))?"
    rf"|[{UP}][{LO}]{{3,}}(?:en|et|erne|ene))")
# a full name after a role and its place ("Vagthavende ved Københavns Politi Per Lund"), or
# before its affiliation ("Per Lund fra ”Bornholm Express”"), as the whole fronted subject
_FRONTED_NAME = re.compile(
    rf"(?:[{UP}][{LO}]+(?:{SP}(?:ved|hos|i|for){SP}{CAPITALISED_RUN})?{SP})?"
    rf"(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’.-]*){{1,3}})"
    rf"(?:{SP}(?:fra|hos|i|ved){SP}[”\"»“„]?{CAPITALISED_RUN}[”\"«“]?)?")
# what a study, a count or a document says is no one's words (docs/gold-format.md)
_NO_VOICE = re.compile(
    rf"(?:[{LO}-]*(?:rapport|undersøgelse|analyse|opgørelse|statistik|tal|måling|dom|"
    rf"kendelse|lov|aftale|plan|beregning|prognose|evaluering|redegørelse|notat|brev|"
    rf"skrivelse|artikel|bog|film|video|billede|test|forskning|studie|model|data|oversigt|"
    rf"afgørelse|vurdering|konklusion|regnskab|budget|forslag|tekst|indstilling|erfaring|"
    rf"historie|sag|tid|dag|uge|år|regel|kort|liste|mail|besked|opslag|side)"
    rf"(?:en|et|ne|erne|ene|n|t)?)\Z", re.IGNORECASE)


def _fronted_subject(text: str, start: int, cue_start: int) -> Mention | None:
    """The subject of "Grenaa-Anholt færgefart oplyser, at ...", "Letbanen skriver, at
    ...", "RØNNE – Rederiet meddeler, at ...": a sentence whose first words, up to the
    finite cue, are one noun phrase the mention reader leaves out. In a verb-second
    sentence nothing but the subject can stand there when the cue is followed by its
    clause (an adverbial first puts the subject after the cue)."""
    if dateline := _DASH_DATELINE.match(text, start, cue_start):
        start = dateline.end()
        if (named := mention_at(text, start, cue_start)) is not None and not text[
            named.end : cue_start
        ].strip():
            return named
    stop = start + len(text[start:cue_start].rstrip())
    if (named := _FRONTED_NAME.fullmatch(text, start, stop)) and is_first_name(
        named["name"].split()[0]
    ) and (person := mention_at(text, named.start("name"), named.end("name"))) is not None \
            and person.kind == "name" and person.end == named.end("name"):
        # "Per Lund fra ”Bornholm Express” fortæller, at", "Vagthavende ved Københavns
        # Politi Per Lund bekræfter, at": the person's name in a role or an affiliation
        return person
    m = _FRONTED_BODY.fullmatch(text, start, stop)
    if m is None or _NO_VOICE.search(m["body"].split()[-1]):
        return None
    first, *rest = m["body"].lower().split()
    if first in _NOT_FRONTED or any(word in _NOT_NOUNS for word in rest):
        return None  # "Jeg tør nok sige, at": a pronoun, a modal and an adverb
    return Mention(m["body"], m.start(), m.end(), "organisation")


# words that open a sentence without being its subject
_NOT_FRONTED = frozenset({"det", "der", "den", "de", "her", "nu", "så", "men", "og", "derfor",
                          "samtidig", "desuden", "også", "hvis", "når", "da", "som", "at",
                          "hans", "hendes", "deres", "mange", "flere", "alle", "nogle",
                          "jeg", "du", "vi", "i", "man", "han", "hun", "dette", "denne"})
_NOT_NOUNS = frozenset({*SENTENCE_ADVERBS, *MODALS, "tør", "turde", "nok", "ikke", "er", "var",
                        "blev", "bliver", "aldrig", "gerne", "godt"})


# "Den 20-årige røveridømte", "En 25-årig fra Sønderborg", "De to 17-årige": a person
# described by age (and a word for their part in the case)
_AGED = re.compile(
    rf"(?:[Dd]en|[Ee]n|[Dd]e(?:{SP}to|{SP}tre)?){SP}\d+-årige?"
    rf"(?:{SP}(?!(?:har|havde|kan|kunne|vil|ville|skal|skulle|er|var)(?![{LO}]))"
    rf"[{LO}]+(?:dømte|tiltalte|sigtede|anklagede|anholdte|e))?"
    rf"(?:{SP}fra{SP}{CAPITALISED_RUN})?(?![\w-])")


def _full_name(mention: Mention | None) -> TypeGuard[Mention]:
    """Whether a mention is a person's full name that starts with a known first name
    ("Lise Holm"), as the signature of a pull quote must be: not a surname alone, nor a
    capitalised run that only looks like a name."""
    return mention is not None and mention.kind == "name" and " " in mention.text and (
        is_first_name(mention.text.split()[0]))


def _aged(text: str, start: int, stop: int) -> Mention | None:
    """A subject described by age that the mention reader leaves (it reads such a phrase
    only up to a given end): "Den 20-årige røveridømte forklarede", "En 25-årig fra
    Sønderborg har forklaret"."""
    m = _AGED.match(text, start, stop)
    if m is None:
        return None
    return Mention(m.group(), m.start(), m.end(), "descriptor")


def _leading_descriptor(text: str, start: int, stop: int) -> Mention | None:
    """A described person that opens the text before a verb ("Den tiltalte rejser sig",
    "Den 20-årige fortalte"): the mention reader reads "den 20-årige" only up to a given
    end, so the first two to four words are tried as its end."""
    ends = [start + m.start() for m in re.finditer(SP, text[start:stop])][1:4]
    for k in ends:
        mention = mention_at(text, start, k)
        if mention is not None and mention.kind == "descriptor" and mention.end == k:
            return mention
    return None


_CAPITALISED_WORD = re.compile(rf"(?<![\w-])[{UP}]")
# the period of an ordinal date or an abbreviation ("i retten den 4. januar", "kl. 10"):
# no sentence end between a cue and its that-clause
_INNER_PERIOD = re.compile(
    r"(?<=\d)\.(?=\s)|(?<![\w.])(?:kl|d|ca|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec"
    r"|bl\.a|f\.eks|nr|fhv)\.(?=\s)|(?<![\w.])(?:[A-ZÆØÅ]\.){2,}(?=[\s,]|\Z)"
    # a web name: "til sn.dk", "over for Sermitsiaq.AG", "skriver tv2.dk"
    r"|(?<=\w)\.(?=\w)", re.IGNORECASE)
# a subordinating conjunction that opens the sentence before the cue's subject
_SUBJUNCTION = re.compile(
    rf"(?:Når|Hvis|Mens|Fordi|Selvom|Selv{SP}om|Efter{SP}at|Inden|Idet){SP}(?=[{UP}{LO}])")
_INFINITIVE_MARK = re.compile(rf"(?<![\w-])at{SP}\Z")
_HAVE_BEFORE = re.compile(rf"{SP}have{SP}\Z")
_BUT_VERB = re.compile(rf",{SP}men{SP}(?=[{LO}])")


def _another_speaker(subject: Mention, trailing: Mention) -> bool:
    """Whether the speaker of a trailing cue is someone other than the subject of a view
    before it: an organisation's view told by a person ("Kommunen vurderede, at ...,
    fortæller talsmanden"; "Odense Kommune vurderer, at ..., siger Bo Ibsen"), or two
    names with no word in common. A pronoun, a title or a surname after a person's view
    is that person again ("Lise Holm mener, at ..., siger hun / ministeren / Holm")."""
    if trailing.kind == "pronoun" or trailing.text == subject.text:
        return False
    if subject.kind == "organisation" or organisation_noun_end_word(subject.text):
        return trailing.kind in ("name", "title", "descriptor")
    return subject.kind == trailing.kind == "name" and not (
        set(subject.text.split()) & set(trailing.text.split()))


def _named_in_clause(text: str, start: int, cue_start: int) -> Mention | None:
    """The last person named in the clause before a cue (after its last comma)."""
    clause = max(start, text.rfind(",", start, cue_start) + 1)
    found = None
    for m in _CAPITALISED_WORD.finditer(text, clause, cue_start):
        if found is not None and m.start() < found.end:
            continue
        mention = mention_at(text, m.start(), cue_start)
        if mention is not None and mention.kind == "name":
            found = mention
    return found


# "siger en af beboerne", "fortæller en lokal fisker, der ...": an unnamed person after
# the cue, one of a group or an indefinite noun that ends the attribution
_ONE_OF = re.compile(rf"(?:en|et|én|ét){SP}af{SP}(?:de{SP})?(?:[{LO}-]+{SP}){{0,2}}?"
                     rf"[{LO}-]+(?:ne|erne|ene)(?![{LO}])")
_SOMEONE = re.compile(rf"(?:en|et){SP}(?:[{LO}-]+{SP}){{0,2}}[{LO}-]{{3,}}"
                      rf"(?=[^\S\n]*(?:[.!?]|$)|,{SP}(?:der|som){SP})")


# "så svarer patienterne, at ...": a group named by a plural definite noun after the cue
_GROUP_AFTER_CUE = re.compile(rf"(?:[{LO}]+{SP}af{SP})?[{LO}]{{3,}}(?:erne|rne|ene)")


def _group_at(text: str, pos: int, end: int) -> Mention | None:
    """A plural definite noun that fills the gap between an inverted cue and its
    that-clause ("svarer patienterne, at"): the group speaks."""
    m = _GROUP_AFTER_CUE.match(text, pos, end)
    if m is None or text[m.end() : end].strip(" ,"):
        return None
    return Mention(m.group(), m.start(), m.end(), "descriptor")


# " i Ry, Per Lund." after a role the mention reader ended early: the rest of the role,
# then the name in apposition ending the attribution
_NAME_ENDING_ROLE = re.compile(
    rf"(?:{SP}(?:i|for|ved|hos|fra|på|af){SP}[^,.;:!?\"„“”»«\n]{{1,40}}?)?,{SP}"
    rf"(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’.-]+){{1,3}})"
    rf"(?=[^\S\n]*(?:[.!?]|\Z)|,{SP}(?:til|over{SP}for|overfor|i|på){SP}[^,.;:!?\n]{{1,40}}[.!?]?\s*\Z"
    rf"|,{SP}(?:der|som){SP}[^,.;:!?\"„“”»«\n]{{1,80}}[.!?]?\s*\Z)")
# (", der selv har oplevet det." after the name: a relative clause ends the attribution)


_NAME_ENDING_ROLE_BARE = re.compile(
    rf"(?:{SP}(?:i|for|ved|hos|fra|på|af){SP}(?:[{UP}][\w-]*{SP}|[{LO}][\w-]*{SP}){{1,5}}?|{SP})"
    rf"(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’.-]+){{1,3}})(?=[^\S\n]*(?:[.!?]|\Z))")
"""The same without the comma: "formand for grundejerforeningen i Ry Per Lund." (the
name starts at a first name)."""


def _sender_at(text: str, pos: int, end: int) -> tuple[Mention | None, int]:
    """The sender a document is "fra" and where its phrase ends: a name ("Dansk Vand"),
    a genitive and its noun ("Novo Nordisks bestyrelse"), or a body named by a common
    noun ("bestyrelsen", "bestyrelsens møde": the board)."""
    mention = mention_at(text, pos, end)
    if mention is not None:
        stop = mention.end
        if _GENITIVE_END.search(mention.text) and (
            thing := re.match(rf"{SP}[{LO}-]+(?=[^\S\n]|,)", text[stop:end])
        ):
            stop += thing.end()
        return mention, stop
    if body := body_at(text, pos, end):
        return body, body.end
    if noun := _SENDER_NOUN.match(text, pos, end):
        return Mention(noun["noun"], noun.start("noun"), noun.end("noun"), "descriptor"), noun.end()
    return None, pos


def _media_person(text: str, mention: Mention, end: int) -> Mention | None:
    """A medium's person after the medium's genitive ("Ekstra Bladets reporter", "TV 2's
    korrespondent"): a described speaker, not the medium (``MEDIA_ROLES``). None when a
    name follows the role ("DR's reporter Lise Holm" is Lise Holm)."""
    if mention.kind not in ("organisation", "name"):
        return None
    m = _MEDIA_ROLE.match(text, mention.end, end)
    if m is None or not (m.group()[:1] in "'’" or _GENITIVE_END.search(mention.text)):
        return None
    if re.match(rf"{SP}[{UP}]", text[m.end() : end]):
        named = mention_at(text, _skip_space(text, m.end()), end)
        return named if named is not None and named.kind == "name" else None
    return Mention(text[mention.start : m.end()], mention.start, m.end(), "descriptor")


def _asker_at(text: str, pos: int, end: int) -> Mention | None:
    """The one who asks after "ville": a name or title, a medium's person ("TV 2's
    reporter"), or a definite media noun ("værten", "journalisten")."""
    mention = mention_at(text, pos, end)
    if mention is not None:
        return _media_person(text, mention, end) or mention
    if m := _DEFINITE_MEDIA_ROLE.match(text, pos, end):
        return Mention(m.group(), m.start(), m.end(), "descriptor")
    return None


def _words_between(text: str, start: int, end: int) -> str:
    """The words between two offsets, less the period that ends a sentence."""
    return text[start:end].strip(" .")


_ROLE_WORD = re.compile(
    rf"(?!(?:og|men|at|om|til|for|med|den|det|der|som|hun|han|de|en|et|i|på)(?![{LO}]))"
    rf"[{LO}][{LO}-]{{3,}}")


def _speaker_after_cue(text: str, pos: int, end: int) -> Mention | None:
    """The speaker phrase right after a cue: a name, title, pronoun or description the
    mention reader knows, else one of a group ("en af beboerne") or an indefinite person
    ending the attribution ("en lokal fisker")."""
    if mention := mention_at(text, pos, end):
        if media := _media_person(text, mention, end):
            return media  # "spurgte DR's sportsjournalist": the journalist, not DR
        if mention.kind in ("title", "descriptor") and (
            named := _NAME_ENDING_ROLE.match(text, mention.end, end) or (
                (bare := _NAME_ENDING_ROLE_BARE.match(text, mention.end, end))
                and is_first_name(bare["name"].split()[0]) and bare
            )
        ):  # "forklarer formanden for grundejerforeningen i Ry, Per Lund.": the name
            found = mention_at(text, named.start("name"), named.end("name"))
            if found is not None and found.kind == "name" and not _words_between(
                text, found.end, named.end("name")
            ):
                return found
        return mention
    if named := unknown_role_name(text, pos, end):  # "siger tillidsmand Bo Dam."
        return named
    if (role := _ROLE_WORD.match(text, pos, end)) and (
        named := _NAME_ENDING_ROLE.match(text, role.end(), end)
    ) and is_first_name(named["name"].split()[0]):
        # "lyder det fra vært i DR, Niels Holm, der ...": a role word the mention reader
        # does not know, where, then the name in apposition ending the attribution
        found = mention_at(text, named.start("name"), named.end("name"))
        if found is not None and found.kind == "name" and found.end == named.end("name"):
            return Mention(found.text, found.start, found.end, "name", role.group())
    if body := body_at(text, pos, end):  # "skriver boligselskabet i et brev"
        return body
    m = _ONE_OF.match(text, pos, end) or _SOMEONE.match(text, pos, end)
    if m is None:
        return None
    return Mention(m.group(), m.start(), m.end(), "descriptor")


def _before_addressee(text: str, pos: int, stop: int) -> Mention | None:
    """The speaker after an inverted cue when the words to whom or where it was said
    follow it before "at" ("påpeger Finans over for direktøren, at", "understreger
    Kommunen i en mail, at"): the speaker phrase read up to where that gap starts, so a
    one-word name the mention reader only takes alone (a medium: "Finans") is read."""
    for space in re.finditer(SP, text[pos:stop]):
        k = pos + space.start()
        if _ADDRESSEE_GAP.fullmatch(text, k, stop):
            mention = mention_at(text, pos, k)
            if mention is not None and mention.kind in ("name", "organisation", "title") and (
                not text[mention.end : k].strip()
            ):
                return mention
            return None
    return None


_INVERTED_PRONOUN = re.compile(rf"{SP}(?P<p>han|hun|de|vi|jeg)(?![{LO}])")


def _inverted(text: str, start: int, cue_start: int, cue_end: int, end: int,
              before: Mention | None) -> Mention | None:
    """The subject after the cue when something else stands first (Danish verb-second
    order): "Sammenbidt siger han, at", "Lettet fortæller hun", "Stolt siger Jens Bak:".
    A fronted word is then an adverbial, never the speaker. None when the speaker is
    the one written before the cue."""
    if m := _INVERTED_PRONOUN.match(text, cue_end, end):
        return Mention(m["p"], m.start("p"), m.end("p"), "pronoun")
    if before is None or before.kind not in ("name", "descriptor") or " " in before.text \
            or before.start != start:
        return None
    after = mention_at(text, _skip_space(text, cue_end), end)
    if before.kind == "name" and after is not None and after.kind == "name" and " " in \
            after.text and is_first_name(after.text.split()[0]) and not is_first_name(
            before.text):
        return after
    if after is not None and after.start == _skip_space(text, cue_end) and after.kind in (
        "name", "title", "organisation", "descriptor"
    ) and lemma_of(before.text.lower()) == before.text.lower() and not re.search(
        rf"[{UP}][\w'’-]+{SP}{re.escape(before.text)}(?![\w'’-])", text
    ):  # "Herudover bekræfter vagtchefen, at": an uninflected Danish word capitalised by
        # the sentence start (no surname: the story never writes it after a first name;
        # no definite noun: "Vidnet fortalte politiet, at" keeps its subject) is an
        # adverbial
        return after
    return None


def _reaches_cue(tail: str, full: bool, infinitive: bool) -> bool:
    """Whether the words between a subject and its cue leave the cue to the subject:
    adverbials and auxiliaries ("kunne i går"), a postmodifier or apposition; before an
    infinitive cue also a verb phrase ending in "at" ("lagde ud med at")."""
    rest = _without_modifiers(tail, full)
    if _SUBJECT_TAIL.match(rest):
        return True
    return infinitive and _INFINITIVE_TAIL.match(rest) is not None


def _impersonal(text: str, start: int, mid: int, stop: int) -> Mention | None:
    """The organisation of an impersonal "man": "Hos Vejdirektoratet oplyser man, at"."""
    if text[mid:stop].strip() != "man":
        return None
    m = _AT_ORGANISATION.match(text, start, mid)
    return mention_at(text, m.start("org"), m.end("org")) if m else None


def _without_modifiers(tail: str, person: bool = False) -> str:
    """The words between a subject and its cue, less a postmodifier ("fra Venstre"), a
    relative clause (", der har været med til at udvælge tegningerne,") and, after a
    person's name, a party or organisation in apposition (", Nye Borgerlige,")."""
    tail = _PARTY_LETTERS.sub("", tail, count=1)  # "Anne Holm (K) siger"
    tail = _POSTMODIFIER.sub("", tail, count=1)
    if person and (m := _ORG_APPOSITION.match(tail) or _ROLE_APPOSITION.match(tail)):
        tail = tail[m.end() :]
    return _RELATIVE.sub("", tail, count=1)


def _cue_text(text: str, sentence_start: int, cue_start: int, cue_end: int) -> tuple[str, int]:
    """The cue as written, with its auxiliary when adjacent ("har sagt")."""
    aux = _AUX_BEFORE.search(text, sentence_start, cue_start)
    if aux and aux.group().split()[0] in ("har", "havde") and len(aux.group().split()) == 1:
        return text[aux.start() : cue_end], aux.start()
    return text[cue_start:cue_end], cue_start


def attribution_end(text: str, pos: int, end: int) -> int:
    """Where the attribution sentence that starts at ``pos`` ends: the first ". ! ? … :"
    that ends a sentence. The period of an ordinal date ("den 3. januar") or of an
    abbreviation ("fhv.") does not."""
    for m in _END_CANDIDATE.finditer(text, pos, end):
        if text[m.start()] == ".":
            if _ORDINAL_BEFORE_MONTH.match(text, m.start()):
                continue
            word = _WORD_BEFORE.search(text, pos, m.end())
            if word and (word.group(1).lower() in _ABBREVIATIONS
                         or re.fullmatch(r"(?:[A-ZÆØÅÁÉÍÓÚ]\.)+", word.group(1))):
                continue  # "fhv.", an initial: "Holger K. Nielsen", "A.P. Møller"
            if re.match(r"[\"”»«']", text[m.end() : m.end() + 1]):
                continue  # "..." inside a quoted title
        return m.start()
    return end


def _ends_with_colon(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().endswith(":")


class _Finder:
    """One pass over the paragraphs of one document."""

    def __init__(self, text: str, paragraphs: list[Paragraph], sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.paragraphs = [part for p in paragraphs for part in self.split_glued(p)]
        self.found: list[QuoteCandidate] = []
        self.consumed: set[int] = set()

    def split_glued(self, p: Paragraph) -> list[Paragraph]:
        """A paragraph that holds further attributed quotes after a sentence end, as
        several paragraphs: 'Salget steg."Det går stærkt," siger hun.' (a scraped page
        lost the space or the line break), '»A,« siger hun. »B,« tilføjer hun.', '- A,
        siger X. - B, siger Y.'. Each part that starts with a quote mark or a dash and
        reads as an attributed quote paragraph becomes a paragraph of its own."""
        if p.noise or p.caption:
            return [p]
        if (colon := self.colon_dash(p)) is not None:
            head, tail = Paragraph(p.start, colon, False), Paragraph(colon, p.end, False)
            return [head, *self.split_glued(tail)]
        parts = []
        start = p.start
        for m in _GLUED_QUOTE.finditer(self.text, p.start + 1, p.end):
            k = m.end()
            if k <= start:
                continue
            part = Paragraph(k, p.end, False)
            qp = self.quote_paragraph(-1, part)
            if qp is None or self.text[start:k].strip() == "":
                continue
            if qp.attribution is None and not (
                self._whole_quote(k, p.end) or self._open_to_end(k, p.end)
            ):
                continue
            if qp.attribution is None and (
                head := self.quote_paragraph(-1, Paragraph(start, k, False))
            ) is not None and head.attribution is not None:
                continue  # '»A,« siger X. »B.«': B goes on with X's quote (D3)
            if _DASH.match(self.text, k) is None and not QUOTED.match(
                self.text, k, p.end
            ) and not self._open_to_end(k, p.end):
                continue
            parts.append(Paragraph(start, k, False))
            start = k
        parts.append(Paragraph(start, p.end, p.noise, p.caption))
        return [q for q in parts if self.text[q.start : q.end].strip()]

    def colon_dash(self, p: Paragraph) -> int | None:
        """Where a dash quote starts on the line of the narrative that introduces it with
        a colon ("Han var tydeligt rystet: - Jeg har aldrig set noget lignende."): the
        line is read as the introduction and a quote paragraph after it (G3), so the
        introduction's subject speaks. Not a heading ("Borgmester: - Vi bygger ikke
        flere haller", no sentence end), a dateline ("Herning: - ...") or a sentence
        whose speech cue reads the colon itself ("Han siger: - ...", D4)."""
        m = _COLON_DASH.search(self.text, p.start, p.end)
        if m is None:
            return None
        head = self.text[p.start : m.start() + 1]
        tail = self.text[m.end() : p.end].rstrip()
        if len(head.split()) < 3 or _PLACE_DATELINE.match(head + " - ") or not tail.endswith(
            (".", "!", "?", "…", *_MARKS)
        ):
            return None
        sentence = next((a for a, b in self.sentences if a <= m.start() < b), p.start)
        if _COLON.search(self.text, max(sentence, p.start), m.start() + 1):
            return None
        return m.end()

    def _open_to_end(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens a quote that does not close before the
        paragraph ends (it goes on in the next paragraph, or the excerpt is cut: 'Hun
        forklarer, at ... »Vi har ikke en chance, så nu […]'), of four words or more."""
        opening = self.text[start]
        closing = _CLOSING.get(opening)
        if opening not in "»„“" or closing is None or closing in self.text[start + 1 : end]:
            return False
        return len(self.text[start + 1 : end].split()) >= 4

    def _whole_quote(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is one quoted passage of three words or more, of
        someone's words (not a title): 'Direktøren er glad. »Vi har aldrig solgt så
        meget.«' ends with a quote of its own."""
        q = QUOTED.match(self.text, start, end)
        if q is None or self.text[q.end() : end].strip(" .!?"):
            return False
        inner = inner_group(q)
        return len(q[inner].split()) >= 3 and _is_quotation(self.text, q)

    def run(self) -> list[QuoteCandidate]:
        run: list[_QuoteParagraph] = []
        before: int | None = None  # the narrative paragraph before the current run
        for i, p in enumerate(self.paragraphs):
            if p.noise or p.caption:
                if p.headline:
                    self.headline_report(i, p)
                continue  # noise and captions neither quote nor break a run
            qp = self.quote_paragraph(i, p)
            if qp is not None:
                run.append(qp)
                continue
            if self.interviewer_turn(i, p).question:
                # "Har du været inde over sagen?" between two answers: the interview goes on
                run.append(_QuoteParagraph(i, p.start, p.end, question=True, printed=True))
                continue
            if run:
                self.flush_printed(run, before)
                run = []
            elif before is not None and self.colon_block(i, p, before):
                before = i
                continue
            self.narrative_paragraph(i, p)
            before = i
        if run:
            self.flush_printed(run, before)
        return sorted(self.found, key=lambda q: q.start)

    def add(self, kind: str, span: tuple[int, int], cue: str | None, mention: Mention | None,
            paragraph: int, follows: str | None = None, **extra: object) -> QuoteCandidate | None:
        start, end = strip_span(self.text, *span)
        if end <= start or not any(c.isalnum() for c in self.text[start:end]):
            return None
        candidate = QuoteCandidate(kind, start, end, cue, mention, follows, paragraph)
        for key, value in extra.items():
            setattr(candidate, key, value)
        self.found.append(candidate)
        return candidate

    # -- direct: quote paragraphs --------------------------------------------------------

    def attribution(self, start: int, end: int) -> _Attribution | None:
        """The first ", siger X." in [start, end) that reads as an attribution."""
        for m in _ATTRIBUTION_START.finditer(self.text, start, end):
            found = self.attribution_at(m.end(), end)
            if found is None:
                continue
            quote_end = m.start("punct") + (0 if m["punct"] == "," else 1)
            cue, mention, stop, tags = found
            sentence_end = attribution_end(self.text, stop, end)
            colon = self.text[sentence_end : sentence_end + 1] == ":"
            return _Attribution(quote_end, min(end, sentence_end + 1), cue, mention, colon, tags)
        return None

    def attribution_at(
        self, pos: int, end: int
    ) -> tuple[str | None, Mention | None, int, set[str]] | None:
        """(cue, mention, where the speaker phrase ends, tags) of an attribution that
        starts at ``pos``, or None."""
        text = self.text
        limit = attribution_end(text, pos, end)
        if m := _SOUND.match(text, pos, limit):
            # "lyder det lettet fra hende": an object pronoun after the preposition
            mention = mention_at(text, _skip_space(text, m.end()), limit, object_pronouns=True)
            if mention:
                mention = _media_person(text, mention, limit) or mention
                return text[pos : m.end()], mention, mention.end, {"phrase"}
        if m := _ANY_DET_FRA.match(text, pos, limit):
            mention = mention_at(text, m.end(), limit)
            if mention:
                return text[pos : m.end()].strip(), mention, mention.end, {"phrase"}
        if m := _STANDS_IN.match(text, pos, limit):
            mention = mention_at(text, m.end(), limit)
            if mention:
                return text[pos : m.end()].strip(), mention, mention.end, {"phrase"}
        if m := _SOUND_OWNER.match(text, pos, limit):
            owner = m["owner"]
            name = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("s'’")
            mention = mention_at(text, m.start("owner"), m.start("owner") + len(name))
            if mention:
                return text[pos : m.end()], mention, m.end(), {"phrase"}
        if (m := _WANTS_TO_KNOW.match(text, pos, limit)) and (
            mention := _asker_at(text, m.end(), limit)
        ):
            if mention.kind == "descriptor" and (
                where := _ASKER_FROM.match(text, mention.end, limit)
            ):  # "ville en journalist fra TV 2 vide": the journalist from TV 2
                mention = Mention(text[mention.start : where.end()], mention.start,
                                  where.end(), "descriptor")
            if know := _TO_KNOW.match(text, mention.end, limit):
                return f"{m['aux']} vide", mention, know.end(), set()
        if (m := _FIRST_WORDS.match(text, pos, limit)) and (
            mention := mention_at(text, m.end(), limit)
        ) and (said := _SAYS_AFTER.match(text, mention.end, limit)):
            return said["cue"], mention, said.end(), set()
        if m := _SOUND_POSSESSIVE.match(text, pos, limit):
            # "hans" holds "han", "hendes" holds "hende": the pronoun's own letters
            pronoun = "han" if m["owner"] == "hans" else "hende"
            at = m.start("owner")
            return (text[pos : m.end()], Mention(pronoun, at, at + len(pronoun), "pronoun"),
                    m.end(), {"phrase"})
        if m := _ATTRIBUTION_CUE.match(text, pos, limit):
            verb = m.group()
            mention = _speaker_after_cue(text, _skip_space(text, m.end()), limit)
            if mention:
                particle = PARTICLE_FORMS.get(verb.split()[0])
                if particle and " " not in verb:
                    after = re.match(rf"(?:{SP}\S+){{0,2}}?{SP}{particle}(?![{LO}])",
                                     text[mention.end : limit])
                    if not after:
                        return None  # "slår" without "fast" is no speech
                    return f"{verb} {particle}", mention, mention.end + after.end(), set()
                return verb, mention, mention.end, set()
            if verb in SPEECH_FORMS:
                # "..., sagde en ærgerlig spiller." with no speaker we can read: the quote
                # is still a quote, its speaker comes from the context
                return verb, None, m.end(), {"context-source"}
        if m := _SOUND_BARE.match(text, pos, limit):
            return text[pos : m.end()], None, m.end(), {"context-source"}
        if (m := _AS_PUT.match(text, pos, limit)) and (
            mention := mention_at(text, m.end(), limit)
        ) and (put := _PUTS_IT.match(text, mention.end, limit)):
            # "»Det bliver en trist weekend«, som meteorolog Lise Krog udtrykker det."
            return put["cue"], mention, put.end(), set()
        if (m := _PERFECT_AUX.match(text, pos, limit)) and (
            mention := mention_at(text, m.end(), limit)
        ) and (participle := _PARTICIPLE_CUE.match(text, mention.end, limit)):
            return participle["cue"], mention, participle.end(), set()
        if (m := _MODAL_AUX.match(text, pos, limit)) and (
            mention := mention_at(text, m.end(), limit)
        ) and (infinitive := _INFINITIVE_CUE.match(text, mention.end, limit)):
            cue = f"{text[pos : m.end()].strip()} {' '.join(infinitive['cue'].split())}"
            return cue, mention, infinitive.end(), set()
        if (m := _ANY_VERB.match(text, pos, limit)) and (
            mention := mention_at(text, m.end(), limit)
        ) and (mention.kind in ("name", "title") or mention.text.lower() in ("han", "hun")) \
                and _QUOTE_CLOSE.fullmatch(text, mention.end, end):
            # "- ..., beder vagtchefen.", "- ..., argumenterer Per Lund.": after the words
            # of a quote paragraph, a verb and its inverted subject closing the paragraph
            # are the attribution, whatever the verb
            return m["verb"], mention, mention.end, set()
        return None

    def quote_paragraph(self, i: int, p: Paragraph) -> _QuoteParagraph | None:
        """The paragraph as a quote paragraph (dash, quote marks, lost opening mark)."""
        text = self.text
        if dash := _DASH.match(text, p.start, p.end):
            if self.data_item(dash.end(), p.end):
                return None
            return self._read(i, dash.end(), p.end)
        if (place := _PLACE_DATELINE.match(text, p.start, p.end)) and not any(
            q.end <= p.start and not (q.noise or q.caption) for q in self.paragraphs
        ) and (dash := _DASH.match(text, place.end(), p.end)):
            # "Herning: - Vi har spillet et flot VM, sagde X.": the article's first
            # paragraph opens with its place, then the quote
            return self._read(i, dash.end(), p.end)
        opening = text[p.start]
        if opening in _OPENERS:
            q = QUOTED.match(text, p.start, p.end)
            if q:
                inner = inner_group(q)
                rest = text[q.end() : p.end]
                if not rest.strip(" .,!?…"):
                    return self._question(_QuoteParagraph(i, q.start(inner), q.end(inner)))
                found = self.attribution(max(q.start(inner), q.end(inner) - 3), p.end)
                if found is not None and found.quote_end > q.end() + 1 and self._nested(
                    p.start, found.quote_end
                ):  # '"Man spørger: "Var det så slemt?" Så ...," siger X': a quote in it
                    qp = _QuoteParagraph(i, p.start + 1, found.quote_end, found)
                    return self._extra(qp, found.after, p.end)
                if found is None and (signed := self.signature(q, p.end)) is not None:
                    return _QuoteParagraph(i, q.start(inner), q.end(inner), signed)
                if found is None or found.quote_end > q.end() + 1:
                    return None  # »Vinterlys« er årets film: a title, not a quote
                qp = _QuoteParagraph(i, q.start(inner), q.end(inner), found)
                return self._extra(qp, found.after, p.end)
            if (mixed := self._mixed_marks(p)) is not None:
                return self._extra(_QuoteParagraph(i, p.start + 1, mixed.quote_end, mixed),
                                   mixed.after, p.end)
            closing = _CLOSING.get(opening)
            if closing and opening in "»„“\"" and closing not in text[p.start + 1 : p.end]:
                # a quote over several paragraphs: the mark closes in a later one
                return self._question(_QuoteParagraph(i, p.start + 1, p.end))
            return None
        return self.lost_opening(i, p)

    def data_item(self, start: int, end: int) -> bool:
        """Whether a dash paragraph is an item of a list of figures ("- Venstre: 18,7
        procent / 33 mandater", "- Brøndby: 31 point"): a label of a few words, a colon,
        then a short rest that opens with a number, and no attribution ("- Mit bud: Vi
        vinder 2-1, siger X." is a quote)."""
        m = _DATA_ITEM.match(self.text, start, end)
        return m is not None and len(m["label"].split()) <= 4 and (
            len(m["rest"].split()) <= 12) and self.attribution(start, end) is None

    def signature(self, q: re.Match[str], end: int) -> _Attribution | None:
        """A pull quote signed with its speaker's full name after the closing mark and no
        cue ("»Vi har aldrig set noget lignende« Peter Holm, driftschef", '"Det er en
        katastrofe" - Mette Lund, borgmester'): the name, then at most a short role, end
        the paragraph, and the quoted words are a sentence of three words or more."""
        rest = _SIGNATURE_LEAD.match(self.text, q.end(), end)
        if rest is None or len(q.group().split()) < 3:
            return None
        mention = mention_at(self.text, rest.end(), end)
        if mention is not None and mention.role is not None and mention.start > rest.end() and (
            self.text[rest.end() : mention.start].strip() == mention.role
        ):  # "- driftschef Peter Holm": the role before the name
            mention = Mention(mention.text, rest.end(), mention.end, mention.kind, mention.role,
                              mention.parts)
        if not _full_name(mention) or mention.start != rest.end():
            return None
        role = self.text[mention.end : end].strip()
        if role and not (_SIGNATURE_ROLE.fullmatch(role) and len(role.split()) <= 6):
            return None
        return _Attribution(q.end(), end, None, mention, False, {"pull"})

    def _mixed_marks(self, p: Paragraph) -> _Attribution | None:
        """The attribution of a quote paragraph whose marks do not pair ('”Jeg håber, at
        ...," siger X.', '»Vi er klar," siger X.'): a page that mixed its marks. The
        words from the opening mark to a closing mark of any kind right before the
        attribution are the quote (three words or more, no other mark between)."""
        found = self.attribution(p.start + 1, p.end)
        if found is None:
            return None
        words = self.text[p.start + 1 : found.quote_end]
        closes = self.text[found.quote_end : found.quote_end + 3]
        if len(words.split()) < 3 or not any(c in _MARKS for c in closes) or any(
            c in _MARKS for c in words
        ):
            return None
        return found

    def _nested(self, start: int, quote_end: int) -> bool:
        """Whether the mark that opens a paragraph at ``start`` closes right after the
        quoted words that end at ``quote_end`` (before their attribution), with the marks
        between in pairs: a quote inside the quote, written with the same marks
        ('"Man spørger sig selv: "Var det så slemt?" Så ...," siger hun.') or others."""
        opening = self.text[start]
        closing = _CLOSING.get(opening)
        if closing is None:
            return False
        close = self.text.find(closing, quote_end, quote_end + 3)
        if close < 0:
            return False
        inside = self.text[start + 1 : close]
        if opening == closing:
            return inside.count(closing) % 2 == 0
        return inside.count(opening) == inside.count(closing)

    def lost_opening(self, i: int, p: Paragraph) -> _QuoteParagraph | None:
        """"... ved Pusic, « lød det fra van Gaal.": the closing mark and the attribution
        are there, the opening mark is not (a scraped page lost it)."""
        text = self.text
        for close in re.finditer(r"[«”]", text[p.start : p.end]):
            pos = p.start + close.start()
            if any(c in text[p.start : pos] for c in "»„“”"):
                return None
            found = self.attribution(max(p.start, pos - 2), p.end)
            if found and found.quote_end <= pos + 1 and text.count(" ", p.start, pos) >= 4:
                return self._extra(_QuoteParagraph(i, p.start, found.quote_end, found),
                                   found.after, p.end)
        return None

    def _read(self, i: int, start: int, end: int) -> _QuoteParagraph:
        found = self.attribution(start, end)
        if found is None:
            return self._question(_QuoteParagraph(i, start, end))
        return self._extra(_QuoteParagraph(i, start, found.quote_end, found), found.after, end)

    def _extra(self, qp: _QuoteParagraph, after: int, end: int) -> _QuoteParagraph:
        stripped = self.text[after:end].lstrip()
        # "- A, siger X. - B." goes on; "..., sagde X. Den betyder, at ..." is narrative
        if stripped[:1] in ("-", "–", "—", "»", "„", "“", '"') and any(
            c.isalpha() for c in stripped
        ):
            qp.extra = (after, end)
        return qp

    def _question(self, qp: _QuoteParagraph) -> _QuoteParagraph:
        """Mark an unattributed quote paragraph that asks: a question, or an
        interviewer's request ("- Fortæl om den første dag.", ``PROMPT_IMPERATIVES``)."""
        words = self.text[qp.start : qp.end]
        qp.question = words.rstrip(" \t”“\"«»'’").endswith("?") or (
            _PROMPT.match(words) is not None and len(words.split()) <= _PROMPT_MAX_WORDS)
        return qp

    def flush_printed(self, run: list[_QuoteParagraph], before: int | None) -> None:
        """Flush a run that may hold printed questions: an interview keeps them as its
        questions; otherwise each is a narrative paragraph that splits the run."""
        if not any(qp.printed for qp in run) or self.is_interview(run):
            self.flush(run, before)
            return
        part: list[_QuoteParagraph] = []
        for qp in run:
            if not qp.printed:
                part.append(qp)
                continue
            if part:
                self.flush(part, before)
                part = []
            self.narrative_paragraph(qp.index, self.paragraphs[qp.index])
            before = qp.index
        if part:
            self.flush(part, before)

    def flush(self, run: list[_QuoteParagraph], before: int | None) -> None:
        """Group a run of quote paragraphs into quotes (G1-G5 in the module doc)."""
        intro = self.colon_intro(before)
        context = None
        if before is not None:
            p = self.paragraphs[before]
            context = (p.start, p.end)
        if self.is_interview(run):
            self.interview(run, intro, context)
            return
        lead: list[_QuoteParagraph] = []
        if intro is not None:  # G3: the unattributed paragraphs after "...:" are its block
            while len(lead) < len(run) and run[len(lead)].attribution is None:
                lead.append(run[len(lead)])
            if lead:
                self.emit(lead, None, intro, context)
        rest = run[len(lead):]
        groups: list[tuple[list[_QuoteParagraph], _QuoteParagraph | None, bool]] = []
        pending: list[_QuoteParagraph] = []
        for qp in rest:
            if qp.attribution is not None:
                groups.append(([*pending, qp], qp, qp.attribution.colon))
                pending = []
            elif groups and groups[-1][2]:
                groups[-1][0].append(qp)  # the block after "..., siger X og tilføjer:"
            else:
                pending.append(qp)
        if pending and groups:
            groups[-1][0].extend(pending)  # unattributed at the end: the last speaker's
        elif pending:
            groups.append((pending, None, False))
        for n, (paragraphs, attributed, _colon) in enumerate(groups):
            hint = intro if n == 0 and not lead else None
            self.emit(paragraphs, attributed, hint, context)

    def emit(self, paragraphs: list[_QuoteParagraph], attributed: _QuoteParagraph | None,
             intro: tuple[str | None, Mention | None, tuple[int, int]] | None,
             context: tuple[int, int] | None) -> None:
        """One quote for a group of quote paragraphs: with its attribution, else with a
        colon introduction (its block), else with the context's speaker."""
        first, last = paragraphs[0], paragraphs[-1]
        tags = {"group"} if len(paragraphs) > 1 else set()
        pieces = self.pieces(paragraphs, attributed) if len(paragraphs) > 1 else ()
        if attributed is not None:
            a = attributed.attribution
            assert a is not None
            hint = intro[1] if intro else None
            follows = "context" if a.mention is None else None
            c = self.add("direct", (first.start, last.end), a.cue, a.mention, first.index,
                         follows, tags=tags | a.tags, context=context, hint=hint,
                         pieces=pieces)
            self.relative_after(a, last.index)
            if attributed is last and attributed.extra:
                self.add("direct", attributed.extra, a.cue, a.mention, last.index,
                         follows="previous" if a.mention is None or c is None else None)
            return
        if intro is not None:
            cue, mention, span = intro
            self.add("direct", (first.start, last.end), cue, mention, first.index,
                     None if mention else "context", tags=tags | {"colon"}, context=span,
                     context_first=True, pieces=pieces)
            return
        self.add("direct", (first.start, last.end), None, None, first.index, "context",
                 tags=tags, context=context, pieces=pieces)

    def pieces(self, paragraphs: list[_QuoteParagraph],
               attributed: _QuoteParagraph | None) -> tuple[tuple[int, int], ...]:
        """The quoted words of each paragraph of a group, trimmed as one quote's are: the
        quote's text joins them, so it holds no dash, mark or attribution line
        ("- A, siger X." "- B." is "A" and "B", not "A, siger X. - B")."""
        spans = []
        for p in paragraphs:
            spans.append(strip_span(self.text, p.start, p.end))
            # words after an attribution go on the quote, unless they end the run and
            # emit() makes them a quote of their own
            if p.extra is not None and not (p is attributed and p is paragraphs[-1]):
                spans.append(strip_span(self.text, *p.extra))
        return tuple((a, b) for a, b in spans if b > a)

    def relative_after(self, a: _Attribution, paragraph: int) -> None:
        """"- ..., forklarer Martinez, som slår fast, at det første mål ...": the
        attribution goes on with a reported clause of the same speaker (I2)."""
        if a.mention is not None:
            self.relative_cue(a.mention, a.after, paragraph)

    def relative_cue(self, mention: Mention, stop: int, paragraph: int) -> None:
        """A reported clause of the same speaker after an attribution's speaker: "...,
        forklarer X, som slår fast, at ...", "Det forklarer X, der peger på, at ...",
        "fortæller vagtchefen og slår fast, at ..."."""
        m = _RELATIVE_CUE.match(self.text, mention.end, stop)
        if m is None:
            return
        that = self.that_after(m.end("cue"), stop, m["cue"])
        if that is not None:
            self.add("indirect", (that[0], stop), m["cue"], mention, paragraph,
                     tags={"relative"})

    def is_interview(self, run: list[_QuoteParagraph]) -> bool:
        questions = [k for k, qp in enumerate(run) if qp.attribution is None and qp.question]
        answered = all(k + 1 < len(run) and not run[k + 1].question for k in questions)
        if len(questions) == 1 and answered and questions[0] == 0:
            # one question put to "du"/"I" that opens the run, then its answer: "- Hvorfor
            # sagde du ja?" "- Fordi ..." (a speaker's own rhetorical question asks no one)
            qp = run[0]
            return (_SECOND_PERSON.search(self.text, qp.start, qp.end) is not None
                    or _PROMPT.match(self.text, qp.start, qp.end) is not None) and (
                len(self.text[qp.start : qp.end].split()) <= 25)
        return len(questions) >= 2 and answered

    def interview(self, run: list[_QuoteParagraph],
                  intro: tuple[str | None, Mention | None, tuple[int, int]] | None,
                  context: tuple[int, int] | None) -> None:
        """G5: every paragraph its own quote; questions the interviewer's, answers the
        interviewee's (an attributed answer's speaker, else the context's)."""
        answers: list[QuoteCandidate] = []
        waiting: list[QuoteCandidate] = []
        for qp in run:
            a = qp.attribution
            if a is not None:
                c = self.add("direct", (qp.start, qp.end), a.cue, a.mention, qp.index,
                             "context" if a.mention is None else None, tags=set(a.tags),
                             context=context)
                if c is not None:
                    answers.append(c)
            elif qp.printed:
                continue  # the journalist's own narrative question: no quote
            elif qp.question:
                self.add("direct", (qp.start, qp.end), None, None, qp.index,
                         tags={"interviewer"})
            else:
                c = self.add("direct", (qp.start, qp.end), None, None, qp.index, "context",
                             tags={"interview"}, context=intro[2] if intro else context,
                             context_first=intro is not None)
                if c is not None:
                    waiting.append(c)
        if answers:
            for c in waiting:
                if c.start < answers[0].start:
                    # answers before the first attributed one: the interviewee named later
                    # (the speakers component hands the next answer's speaker back)
                    c.follows = "next"
                else:
                    c.follows, c.link = "link", answers[0]

    def colon_intro(
        self, before: int | None
    ) -> tuple[str | None, Mention | None, tuple[int, int]] | None:
        """(cue, speaker mention, sentence span) of a narrative paragraph whose last
        sentence ends with a colon, introducing the quote paragraphs after it."""
        if before is None:
            return None
        p = self.paragraphs[before]
        if not _ends_with_colon(self.text, p.start, p.end):
            return None
        sentences = self.sentences_in(p) or [(p.start, p.end)]
        start, end = sentences[-1]
        if (document := self.document_intro(start, end)) is not None:
            return document[0], document[1], (start, end)
        if (described := _DESCRIBED_BACK.match(self.text, start, end)) is not None and (
            mention := mention_at(self.text, _skip_space(self.text, described.end()), end - 1)
        ) is not None:  # "Sådan beskriver formand Lise Holm forholdene:" + her words
            return described.group(), mention, (start, end)
        # a short first clause ending in ":" is part of the sentence ("KRITIK Hun ...")
        c = _COLON.search(self.text, start, end)
        while c is not None and c["cue"] and (
            later := _COLON.search(self.text, c.end("cue"), end)
        ) and later.end() == c.end():
            c = later  # "Da X spurgte til Y, svarede Z:": the cue nearest the colon
        if c is not None and c.end() >= end - 1:
            if c["bare"] is not None:
                return c["bare"], None, (start, end)
            cue_end = c.end("sound") if c["sound"] else c.end("cue")
            mention = (_subject(self.text, start, c.start()) if c["cue"] else None) or mention_at(
                self.text, _skip_space(self.text, cue_end), end - 1
            )
            if mention is None and c["cue"]:
                # "..., at ministeren Lise Holm sidste år sagde følgende:", "..., rejste
                # borgmester Lise Holm sig og sagde:": the person named last in the
                # cue's clause, not the first person of the sentence
                mention = _named_in_clause(self.text, start, c.start())
            cue = self.text[c.start() : cue_end]
            if mention is not None:
                return cue, mention, (start, end)
            return cue, None, (start, end)
        mention = mention_at(self.text, start, end - 1)
        if mention is not None and mention.kind == "name" and mention.start == start and (
            " " not in mention.text and common_definite(mention.text)
        ):  # "Dommerne lagde vægt på:": a common noun capitalised by the sentence start
            mention = descriptor_at(self.text, start, end - 1)
        if mention is not None and mention.kind in ("name", "organisation") and (
            re.match(rf"{SP}[{LO}]", self.text[mention.end : mention.end + 2])
            and mention.text.endswith(("s", "’s", "'s"))
        ):  # "BT's medarbejder på stedet ...": a genitive, the person is described after it
            mention = descriptor_at(self.text, start, end - 1)
        if mention is not None and mention.kind in ("name", "title", "pronoun", "descriptor"):
            return None, mention, (start, end)
        return None, None, (start, end)  # the first person it names: "Da B.T. taler med X"

    # -- indirect and partial -------------------------------------------------------------

    def narrative_paragraph(self, i: int, p: Paragraph) -> None:
        if self.pull_quote(i, p) or self.pull_quote_box(i, p) or self.pull_quote_signed(i, p) or (
            self.interviewer_turn(i, p).addressed
        ):
            return
        sentences = self.sentences_in(p)
        for k, (s_start, s_end) in enumerate(sentences):
            if k and self.example_goes_on(sentences[k - 1], s_start, s_end):
                continue
            if not k and self.fragment_after_paragraph(s_start, s_end):
                continue
            if k and self.that_goes_on(i, sentences[k - 1], s_start, s_end):
                continue
            if self.colon_answer(i, s_start, s_end):
                continue
            if question := _QUESTION_LEAD.match(self.text, s_start, s_end):
                # "Adspurgt om, at ..., siger hun, at ...": the answer starts at its cue
                answer = _ANSWER_CUE.search(self.text, question.end(), s_end)
                if answer is None:
                    continue
                s_start = answer.end()
                if self.colon_inline(i, s_start, s_end, answer=True):
                    continue
            if not any(rule.search(self.text, s_start, s_end) for rule in (
                ANY_CUE, _STATEMENT, _IN_DOCUMENT, _CITING, _ANNOUNCED, _APPEARS_OF,
                _DESCRIBED_BACK, _MESSAGE_IS, _BACKREF_MESSAGE,
            )) and not _APPEARS.match(
                self.text, s_start, s_end
            ):
                continue  # every rule below needs a cue, "ifølge" or an appeal verb
            if k == len(sentences) - 1 and _ends_with_colon(self.text, s_start, s_end):
                # it introduces the quote paragraphs after it (``colon_intro``); quoted
                # words inside it are still a partial quote
                # ("Men han bekræfter, at en aktion har fundet sted:" reports speech too)
                if not (self.that_clause(i, s_start, s_end) or self.accuses(i, s_start, s_end)
                        or self.calls_for(i, s_start, s_end, marked=True)
                        or (not _SUBJUNCTION.match(self.text, s_start, s_end)
                            and self.calls_for(i, s_start, s_end, plain=False))):
                    self.partial(i, s_start, s_end)
                continue
            if self.colon_inline(i, s_start, s_end):
                continue
            if self.back_reference(i, s_start, s_end):
                continue
            if self.appears_from(i, s_start, s_end):
                continue
            if self.said_and_added(i, s_start, s_end) or self.citing(i, s_start, s_end):
                continue
            if self.statement_from(i, s_start, s_end) or self.that_clause(i, s_start, s_end):
                # "X kaldte sejren "den største" og sagde, at ...": the quoted words
                # before the that-clause are a partial quote of their own
                self.partial(i, s_start, s_end)
                continue
            if self.trailing_attribution(i, s_start, s_end) or self.as_said(
                i, s_start, s_end
            ) or self.as_said_within(i, s_start, s_end) or self.said_is(i, s_start, s_end) or (
                self.message_is(i, s_start, s_end)
            ):
                continue
            if self.calls_for(i, s_start, s_end) or self.accuses(i, s_start, s_end):
                continue
            if self.partial(i, s_start, s_end):
                continue
            if self.appeal(i, s_start, s_end):
                continue
            if not self.according_to(i, s_start, s_end):
                self.in_words(i, s_start, s_end)
        for s_start, s_end in sentences:
            self.fragment_in_context(i, s_start, s_end)

    def headline_report(self, i: int, p: Paragraph) -> bool:
        """A headline that reports a clause with an explicit cue ("Målmanden gjorde, hvad
        han kunne – men indrømmer, at forsvaret svigtede") is reported speech, as the
        real-news gold counts headings with a cue; "X: citat" and "Gravesen slår fast:
        ..." are not (a colon headline is a label over the story)."""
        if ":" in self.text[p.start : p.end]:
            return False
        return self.that_clause(i, p.start, p.end)

    def interviewer_turn(self, i: int, p: Paragraph) -> _Turn:
        """What a short narrative paragraph (40 words at most) is in an interview printed
        without marks for the reporter's turns, from its words and its story neighbours
        (noise and captions skipped):

        - ``question``: one short question with no quote marks, and a quote paragraph (its
          answer) right after it ("Har du været inde over sagen?" between two answers):
          it joins the run of quote paragraphs, and an interview keeps it as its question;
        - ``addressed``: it addresses the interviewee ("De siger, at I er favoritter.
          Hvordan klinger det?"; "du" only in a question: "Hvad siger du til, at ...?")
          next to a dash paragraph: the reporter's turn, nobody's quoted words.
        """
        words = self.text[p.start : p.end]
        if len(words.split()) > 40:
            return _Turn(question=False, addressed=False)
        story = [k for k, q in enumerate(self.paragraphs) if not (q.noise or q.caption)]
        at = story.index(i) if i in story else None
        before = story[at - 1] if at is not None and at > 0 else None
        after = next((k for k in range(i + 1, len(self.paragraphs))
                      if not (self.paragraphs[k].noise or self.paragraphs[k].caption)), None)
        question = words.rstrip().endswith("?") and not any(c in words for c in _MARKS) and (
            len(self.sentences_in(p)) <= 1) and after is not None and (
            self.quote_paragraph(after, self.paragraphs[after]) is not None)
        addressed = at is not None and any(
            not self.inside_quote_marks(m.start() + p.start, p.start, p.end)
            and (m["singular"] is None or "?" in words)  # "Hvis du skal ud at køre, ..."
            for m in _ADDRESSED.finditer(words)
        ) and any(_DASH.match(self.text, self.paragraphs[k].start, self.paragraphs[k].end)
                  for k in (before, after) if k is not None)
        return _Turn(question=question, addressed=addressed)

    def pull_quote_box(self, i: int, p: Paragraph) -> bool:
        """A pull quote set as a box: the words, then the speaker's full name on a line of
        its own and a short role on the next ("Det er ikke godt nok." + "Lise Holm" +
        "Ordfører, SF"), for a person the story named before it. The words have no cue
        or marks of their own. An op-ed's signature names its author nowhere before it,
        so it is none."""
        words = self.text[p.start : p.end]
        if len(words.split()) < 6 or not words.rstrip(" ”\"«»'’").endswith((".", "!", "?")) or (
            _SPEECH_WORD.search(words) or _IFOLGE.search(words) or QUOTED.search(words)
            or i + 2 >= len(self.paragraphs)
        ):
            return False
        name_p, role_p = self.paragraphs[i + 1], self.paragraphs[i + 2]
        mention = mention_at(self.text, name_p.start, name_p.end)
        if not _full_name(mention) or (mention.start, mention.end) != (name_p.start, name_p.end):
            return False
        role = self.text[role_p.start : role_p.end]
        if len(role.split()) > 6 or not _BOX_ROLE.fullmatch(role) or self.text.find(
            mention.text, 0, p.start
        ) < 0:
            return False
        return self.add("direct", (p.start, p.end), None, mention, i,
                        tags={"pull"}) is not None

    def pull_quote_signed(self, i: int, p: Paragraph) -> bool:
        """A pull quote set as a box with its signature on one line: the words, then
        "Full Name, short role" alone in the next paragraph ("Det skal tages alvorligt." +
        "Per Lund, formand for Dansk Metal."). The words have no cue or marks; the name is
        one the story names elsewhere too (an op-ed's signature names its author nowhere
        else, so it is none)."""
        words = self.text[p.start : p.end]
        if not 6 <= len(words.split()) <= 40 or not words.rstrip().endswith(
            (".", "!", "?")
        ) or (_SPEECH_WORD.search(words) or _IFOLGE.search(words) or QUOTED.search(words)
              or i + 1 >= len(self.paragraphs)):
            return False
        sign = self.paragraphs[i + 1]
        mention = mention_at(self.text, sign.start, sign.end)
        if not _full_name(mention) or mention.start != sign.start:
            return False
        # (party letters may close the role: "Mette Holm, byrådsmedlem (V)")
        role = re.sub(rf"{SP}\([{UP}]{{1,3}}\)\.?\Z", "", self.text[mention.end : sign.end].strip())
        if not role.startswith(",") or not _SIGNATURE_ROLE.fullmatch(role) or len(
            role.split()
        ) > 6 or not any(title_head(w) for w in re.findall(r"[\w-]+", role)):
            return False  # "Jens Berg, Vejle.": a place, no role; a byline, not a speaker
        elsewhere = self.text.find(mention.text, 0, p.start) >= 0 or self.text.find(
            mention.text, sign.end) >= 0
        if not elsewhere:
            return False
        return self.add("direct", (p.start, p.end), None, mention, i,
                        tags={"pull"}) is not None

    def pull_quote(self, i: int, p: Paragraph) -> bool:
        """A pull quote: a speaker's words with no cue and no marks, then the speaker's
        full name (and party letters) ending the paragraph: "Jeg må sige, det går for
        langsomt. Lene Dahl (K)". The words must read as speech (first person, or the
        party letters of a politician), so a sentence that ends on a name is not one."""
        m = _PULL_QUOTE.fullmatch(self.text, p.start, p.end)
        if m is None:
            return self.pull_quote_run_on(i, p)
        mention = mention_at(self.text, m.start("name"), m.end("name"))
        if mention is None or mention.kind != "name" or mention.end != m.end("name") or (
            " " not in mention.text
        ):
            return False
        words = self.text[m.start("words") : m.end("words")]
        if len(words.split()) < 5 or not (m["party"] or _FIRST_PERSON.search(words)):
            return False
        return self.add("direct", (m.start("words"), m.end("words")), None, mention, i,
                        tags={"pull"}) is not None

    def pull_quote_run_on(self, i: int, p: Paragraph) -> bool:
        """A pull quote whose last sentence runs on into the speaker's name with no period
        ("... Og for os er der et løfte i, at det gør vi Lise Holm"): several sentences, the
        last in the first person, no cue or marks, a full name (a known first name), and
        words the story prints elsewhere too (the quote the box repeats)."""
        m = _PULL_RUN_ON.fullmatch(self.text, p.start, p.end)
        if m is None:
            return False
        words = self.text[m.start("words") : m.end("words")]
        last = re.split(r"[.!?]\s", words)[-1]
        if len(words.split()) < 8 or not _FIRST_PERSON.search(last) or (
            _SPEECH_WORD.search(words) or _IFOLGE.search(words)
        ) or last.split()[-1].lower() in _BEFORE_OBJECT_NAME:
            return False  # "... sammen med Per Holm": the name is the sentence's object
        mention = mention_at(self.text, m.start("name"), m.end("name"))
        if not _full_name(mention) or mention.end != m.end("name"):
            return False
        # a pull quote repeats words the story prints elsewhere (its source quote)
        tail = " ".join(words.split()[-5:])
        if tail not in " ".join(self.text[: p.start].split()) and tail not in " ".join(
            self.text[p.end :].split()
        ):
            return False
        return self.add("direct", (m.start("words"), m.end("words")), None, mention, i,
                        tags={"pull"}) is not None

    def that_goes_on(self, i: int, before: tuple[int, int], start: int, end: int) -> bool:
        """"Borgmesteren siger, at skolen lukker. Og at eleverne skal flytte.": a sentence
        of a bare that-clause right after a reported clause is one more clause of the same
        report, split off by a period: the quote runs on to its end, as the real-news gold
        writes it (one quote, "skolen lukker … skal flytte")."""
        m = _AND_THAT.match(self.text, start, end)
        if m is None:
            return False
        for q in reversed(self.found):
            if q.kind == "indirect" and before[0] <= q.start < before[1] and (
                q.end >= before[1] - 2
            ):
                stop = strip_span(self.text, m.end(), end)[1]
                if stop <= m.end():
                    return False
                q.end = stop
                q.tags.add("goes-on")
                return True
        return False

    def example_goes_on(self, before: tuple[int, int], start: int, end: int) -> bool:
        """I8: "Borgmesteren siger, at andre kommuner også lukker skoler. Eksempelvis har
        Vejle lukket tre." The example given right after a reported clause, with no cue of
        its own, is more of the same report: the quote runs on to its end. So is a
        sentence that opens with a linking adverb and keeps the report's register (a
        modal or a future): "Meteorologen siger, at det bliver koldt. Også om mandagen
        kan der komme sne. Derfor bør bilister køre forsigtigt." (one quote over all
        three). "Også politiet var til stede." has no modal: the journalist's. A forecast
        goes on likewise with a time first: "Det bliver koldt, siger meteorolog Jens Holm.
        Søndag vil der komme sne." (the quote then holds its attribution)."""
        if ANY_CUE.search(self.text, start, end) or QUOTED.search(self.text, start, end):
            return False
        if not _EXAMPLE.match(self.text, start, end) and not self.verbless_example(
            start, end
        ) and not (
            (_GOES_ON.match(self.text, start, end) or _TIME_LEAD.match(self.text, start, end))
            and _REPORTED_REGISTER.search(self.text, start, end)
        ):
            return False
        for q in self.found:
            if q.kind == "indirect" and q.start < before[1] and (
                q.start >= self.paragraph_start(before[0])
            ) and (before[1] <= q.end + 2 or self.attribution_after(q, before[1])):
                q.end = strip_span(self.text, q.start, end)[1]
                return True
        return False

    def verbless_example(self, start: int, end: int) -> bool:
        """Whether a sentence is a fragment with no verb that names an example or a case
        ("Eksempelvis Aarhus Kommune.", "Især Aarhus og Odense.", "Senest Vejle
        Kommune."): it opens with an example word or a focus word, and no verb stands
        where Danish puts it, right after the first word ("Især lukker Aarhus skoler" is
        a sentence of its own), nor a common finite verb anywhere ("Også en ambulance
        var til stede")."""
        lead = _EXAMPLE.match(self.text, start, end) or _FRAGMENT_LEAD.match(
            self.text, start, end)
        if lead is None:
            return False
        words = self.text[lead.end() : end].rstrip(" .!").split()
        if not words or len(words) > 8:
            return False
        first = words[0]
        return not any(w.strip(",") in _FINITE_VERBS for w in words) and not (
            first[:1].islower() and first.endswith(("r", "ede", "te")))

    def fragment_after_paragraph(self, start: int, end: int) -> bool:
        """"Andre kommuner følger ifølge direktøren udviklingen." + (a new paragraph)
        "Eksempelvis Aarhus Kommune.": a verbless example that opens a paragraph goes on
        with the report that ends the paragraph before (one quote over both)."""
        before = self.previous_sentence(start)
        if before is None or ANY_CUE.search(self.text, start, end) or QUOTED.search(
            self.text, start, end
        ) or not self.verbless_example(start, end):
            return False
        for q in self.found:
            if q.kind == "indirect" and q.start < before[1] and (
                before[1] <= q.end + 2 or self.attribution_after(q, before[1])
            ):  # "..., siger X." + "For eksempel Aarhus Kommune." goes on too
                q.end = strip_span(self.text, q.start, end)[1]
                return True
        return False

    def attribution_after(self, q: QuoteCandidate, stop: int) -> bool:
        """Whether only the quote's own attribution (", siger X til DR.") follows it up to
        ``stop``."""
        rest = self.text[q.end : stop]
        return bool(q.cue) and rest.lstrip(" ,").startswith(q.cue.split()[0]) and not any(
            c in rest for c in "\"„“”»«;:")

    def paragraph_start(self, pos: int) -> int:
        """Where the paragraph that holds ``pos`` starts."""
        return next((p.start for p in self.paragraphs if p.start <= pos < p.end), pos)

    def colon_inline(self, i: int, start: int, end: int, answer: bool = False) -> bool:
        """D4 in one paragraph: "Han siger: »Vi spillede godt.«" (a dash or quote marks
        must follow the colon; "Gravesen slår fast: Så skal han på landsholdet!" is a
        headline). An ``answer`` to a question the sentence put first ("Adspurgt om ...,
        svarer hun: Det ved jeg ikke.") is a sentence of the story, not a headline: its
        words after the colon are hers with or without marks."""
        c = _COLON.search(self.text, start, end)
        if c is None or c["cue"] is None or self.heading(start, end):
            return False
        rest = self.text[c.end() : end].lstrip()
        unmarked = bool(rest) and rest[0].isupper() and self.in_story(start, end)
        if not rest or (rest[0] not in "-–—»„“\"”'‘’" and not (answer and rest[0].isupper())
                        and not unmarked):
            return False
        if unmarked and not answer:
            end = self.colon_block_end(end)  # "skriver direktøren: A. B." is one quote
        mention = _subject(self.text, start, c.start())
        mention = _inverted(self.text, start, c.start(), c.end("cue"), c.end() - 1,
                            mention) or mention or mention_at(
            self.text, _skip_space(self.text, c.end("cue")), c.end() - 1
        )
        if not mention:
            return False
        self.add("direct", (c.end(), end), c["cue"], mention, i)
        return True

    def in_story(self, start: int, end: int) -> bool:
        """Whether the sentence [start, end) stands among other sentences of a paragraph
        that ends like a sentence: a colon in it introduces words with or without marks
        ("I en mail skriver direktøren: Vi lukker afdelingen. Vi flytter til Polen."); a
        paragraph of one sentence may be a headline ("Gravesen slår fast: Så skal han på
        landsholdet!")."""
        p = next((p for p in self.paragraphs if p.start <= start < p.end), None)
        if p is None or not self.text[p.start : p.end].rstrip(" ”\"«»'’").endswith((".", "…")):
            return False
        return bool(self.text[p.start : start].strip() or self.text[end : p.end].strip())

    def heading(self, start: int, end: int) -> bool:
        """Whether a sentence is a (sub)heading of the form "X: »citat«": a whole
        paragraph, a label of at most four words, and quoted words with no period inside
        or after the closing mark ("Ulveråd: »Se ulven i øjnene«", "Borgmester raser:
        »Det er uacceptabelt«"); "Hendes svar var kort: »Nej.«" is a sentence."""
        p = next((p for p in self.paragraphs if p.start <= start < p.end), None)
        if p is None or self.text[p.start : start].strip() or self.text[end : p.end].strip():
            return False
        colon = self.text.find(":", start, end)
        if colon < 0 or len(self.text[start:colon].split()) > 4:
            return False
        q = QUOTED.match(self.text, _skip_space(self.text, colon + 1), end)
        if q is None or self.text[q.end() : end].strip():
            return False
        inner = inner_group(q)
        return not q[inner].rstrip().endswith((".", "…"))

    def colon_answer(self, i: int, start: int, end: int) -> bool:
        """D4 without a speech verb: quoted words after a colon that end the sentence are
        someone's own words ("Hendes svar var kort: »Nej.«", "Borgmesteren har et klart
        svar: "Nej."", "Trusselsniveauet er: »Meget høj«"): a direct quote; its speaker
        the sentence's subject ("Hendes" is "hun"), else the context's. A sentence with
        a speech verb before its colon is ``colon_inline``'s."""
        colon = self.text.find(":", start, end)
        if colon < 0 or _COLON.search(self.text, start, end) or self.heading(start, end):
            return False
        q = QUOTED.match(self.text, _skip_space(self.text, colon + 1), end)
        if q is None or self.text[q.end() : end].strip(" .!?"):
            return False
        inner = inner_group(q)
        if not _is_quotation(self.text, q) and not re.fullmatch(r"\w+[.!?]", q[inner].strip()):
            return False  # a title or a name; a one-word answer ("Nej.") is a quote
        if _TERM_BEFORE.search(self.text, max(start, colon - 14), colon) or _TITLE_BEFORE.search(
            self.text, max(start, colon - 16), colon
        ):
            return False
        span = (q.start(inner), q.end(inner))
        mention = None
        if owner := _POSSESSIVE_PRONOUN.match(self.text, start, colon):
            word = "hun" if owner.group().lower() == "hendes" else "han"
            mention = Mention(word, owner.start(), owner.end(), "pronoun")
        else:
            found = mention_at(self.text, start, colon)
            # a lone capitalised word first ("Trusselsniveauet er:") is no speaker
            lone = found is not None and found.kind == "name" and " " not in found.text \
                and not is_first_name(found.text)
            if found is not None and not lone and found.kind in (
                "name", "title", "pronoun", "organisation"
            ):
                mention = found
        if mention is not None:
            return self.add("direct", span, None, mention, i, tags={"colon"}) is not None
        return self.add("direct", span, None, None, i, "context", tags={"colon"},
                        context=self.before(start)) is not None

    def sentences_in(self, p: Paragraph) -> list[tuple[int, int]]:
        """The sentences of a paragraph, cut to it (a paragraph split where a scraped page
        glued a quote to the sentence before may start or end inside a sentence)."""
        return [(max(a, p.start), min(b, p.end)) for a, b in self.sentences
                if a < p.end and b > p.start and min(b, p.end) > max(a, p.start)]

    def previous_sentence(self, start: int) -> tuple[int, int] | None:
        before = [(a, b) for a, b in self.sentences if b <= start]
        return before[-1] if before else None

    def back_reference(self, i: int, start: int, end: int) -> bool:
        """I1 (and D5): "Det siger X." points at the sentence before; "Sådan lyder det fra
        X" at everything before it in its paragraph, else at the paragraph before."""
        m = _BACKREF.match(self.text, start, end)
        if m and m["describe"] and m["lead"].lower() not in ("sådan", "således"):
            return False  # "Det beskriver hun i bogen": what she describes, not her words
        if not m:
            return self.back_reference_aux(i, start, end)
        mention = mention_at(self.text, m.end(), end) or body_at(self.text, m.end(), end) or (
            self.quoted_name(m.end(), end))
        if not mention:
            return False
        if m["cue"] and m["lead"].lower() not in ("sådan", "således") and re.match(
            rf"{SP}om(?![{LO}])", self.text[mention.end : end]
        ):  # "Det fortæller han om i et interview": about it, not it ("Sådan fortæller
            return False  # hun om branden" is her words about the fire)
        if m["cue"] and cue_lemma(m["cue"]) == "kalde" and (
            named := re.match(rf"{SP}for{SP}(?=\S)", self.text[mention.end : end])
        ):  # "Det kalder borgmester X for en fornuftig beslutning.": the name X gives it
            return self.add("indirect", (mention.end + named.end(), end), m["cue"], mention,
                            i) is not None
        cue = m["cue"]
        if m["sound"]:
            cue = self.text[m.start() : m.end("sound")]
        elif m["describe"]:
            cue = self.text[m.start("lead") : m.end("describe")]  # "Sådan beskriver"
        span = self.referred_span(start, whole=m["lead"].lower() in ("sådan", "således"))
        if span is None:
            return False
        for q in self.found:  # "- Vi er klar." + "Det siger X.": the quote gets X
            if q.follows and q.mention is None and span[0] <= q.end <= span[1] + 1:
                q.mention, q.cue, q.follows = mention, cue, None
                q.tags.add("backref")
                return True
        if any(q.start < span[1] and span[0] < q.end for q in self.found):
            return False
        if any(p.start <= span[0] < p.end and (p.noise or p.caption) for p in self.paragraphs):
            return False
        last = self.previous_sentence(start)
        for a, b in (span, last) if last is not None else (span,):
            quoted = QUOTED.match(self.text, _skip_space(self.text, a), b)
            if quoted is not None and not self.text[quoted.end() : b].strip(" .,!?") and (
                _is_quotation(self.text, quoted)
            ):  # "»Jeg har kørt den vej i 20 år.« Sådan siger Per Lund.": his own words
                inner = inner_group(quoted)
                self.add("direct", (quoted.start(inner), quoted.end(inner)), cue, mention, i,
                         tags={"backref"})
                return True
        self.add("indirect", span, cue, mention, i, tags={"backref"})
        self.relative_cue(mention, end, i)
        return True

    def back_reference_aux(self, i: int, start: int, end: int) -> bool:
        """I1 with an auxiliary: "Det har ministeren tidligere udtalt til DR." (the
        speaker between the auxiliary and the participle)."""
        m = _BACKREF_AUX.match(self.text, start, end)
        if m is None:
            return self.back_reference_message(i, start, end)
        mention = mention_at(self.text, m.end(), end)
        if mention is None or (mention.kind == "descriptor" and " " in mention.text):
            return False
        verb = _PARTICIPLE_AFTER.match(self.text, mention.end, end)
        if verb is None or verb["verb"] not in SPEECH_FORMS or not self._ends_sentence(
            verb.end(), end
        ):
            return False
        span = self.previous_sentence(start)
        if span is None or any(q.start < span[1] and span[0] < q.end for q in self.found):
            return False
        if m["aux"] not in ("har", "havde") and verb["verb"] not in INFINITIVES and not (
            re.search(r"(?<![\w-])have(?![\w-])", verb.group())
        ):
            return False  # "Det kunne borgmesteren fortælle": a modal and the infinitive
        if m["aux"] not in ("har", "havde") and _MORE_ABOUT.match(self.text, verb.end(), end):
            return False  # "Det vil hun fortælle mere om i morgen": a promise, no words
        have = " have" if re.search(r"(?<![\w-])have(?![\w-])", verb.group()) else ""
        cue = f"{m['aux']}{have} {verb['verb']}"
        self.add("indirect", span, cue, mention, i, tags={"backref"})
        return True

    def back_reference_message(self, i: int, start: int, end: int) -> bool:
        """I1 with the noun for someone's words: "Det var meldingen fra borgmester Per
        Holm." / "Det er beskeden fra kommunen til forældrene." (the sentence before)."""
        m = _BACKREF_MESSAGE.match(self.text, start, end)
        if m is None:
            return False
        mention = mention_at(self.text, m.end(), end) or body_at(self.text, m.end(), end)
        if mention is None or not self._ends_sentence(mention.end, end):
            return False
        span = self.previous_sentence(start)
        if span is None or any(q.start < span[1] and span[0] < q.end for q in self.found) or (
            self.paragraph_start(span[0]) != self.paragraph_start(start)
            and not self._paragraph_before(span, start)
        ):
            return False
        cue = " ".join(self.text[m.start() : m.end()].split()[:3])
        return self.add("indirect", span, cue, mention, i, tags={"backref"}) is not None

    def referred_span(self, start: int, whole: bool) -> tuple[int, int] | None:
        """What a back-reference at ``start`` points at: the sentence before; with
        ``whole`` ("Sådan lyder ..."), the sentences before it in its paragraph, else the
        whole paragraph before."""
        previous = self.previous_sentence(start)
        if previous is None:
            return None
        if not whole:
            return previous
        here = next((p for p in self.paragraphs if p.start <= start < p.end), None)
        if here is not None and here.start < start:
            return here.start, previous[1]
        before = next((p for p in reversed(self.paragraphs) if p.end <= start
                       and not p.noise and not p.caption), None)
        return (before.start, before.end) if before else previous

    def that_clause(self, i: int, start: int, end: int) -> bool:
        """I2: "X siger, at ..." (also inverted, mid-sentence, and with a role in
        apposition after the cue). A cognitive verb counts only in a speech frame."""
        for cue in self.that_cues(start, end):
            if self.inside_quote_marks(cue.start(), start, end):
                continue
            that = self.that_after(cue.end(), end, cue.group())
            if that is None:
                continue
            content, gap = that
            if "citere" in cue.group().lower() and _TO_SAY.match(self.text, cue.end(), end):
                continue  # "citeres for at sige, at ...": the that-clause is "sige"'s
            if cue_lemma(cue.group()) == "spørge" and _QUESTION_WORD.search(
                self.text, cue.end(), gap
            ):
                continue  # "spørger, om det er rimeligt, at ...": the question's clause
            if _THAT_ONLY.fullmatch(cue.group()) and (
                (len(self.text[cue.end() : gap].split()) > 2
                 and not _WHERE_SAID.fullmatch(self.text, cue.end(), gap)
                 and not self._addressed(cue.end(), gap)
                 # "fremlagde anklager Mie Holm, at ...": the inverted speaker
                 and not self._one_speaker(cue.end(), gap))
                or (cue_lemma(cue.group()) in _TAKES_NOTE
                    and self.text[cue.end() : gap].split()[:1] == ["sig"])
                or _ARTICLE_BEFORE.search(self.text, start, cue.start())
                or "," not in self.text[cue.end() : content]
            ):
                # "de afviste asylansøgere": an adjective, not "afviser, at"; "afviser at
                # rejse en sag": an infinitive, not a that-clause
                continue
            mid_start = _skip_space(self.text, cue.end())
            infinitive = cue.group().lower() in INFINITIVES
            subject_end = cue.start()
            if cue_lemma(cue.group()) in NEGATED_DENIALS and (
                negation := _NEGATION_BEFORE.search(self.text, start, cue.start())
            ):  # "Ministeren vil ikke afvise, at ...": the subject reaches past "ikke"
                subject_end = negation.start()
            mention = _subject(self.text, start, subject_end, infinitive)
            mention = _inverted(self.text, start, cue.start(), cue.end(), gap, mention) or mention
            if mention is None and "citere" in cue.group().lower() and (
                passive := _PASSIVE_SUBJECT.search(self.text, start, cue.start())
            ):  # "I avisen er Per Holm citeret for, at ...": the subject after "er"
                mention = mention_at(self.text, passive.end(), cue.start())
                if mention is not None and self.text[mention.end : cue.start()].strip():
                    mention = None
            if mention is None and "citere" in cue.group().lower() and (
                aux := _PASSIVE_AUX_BEFORE.search(self.text, start, cue.start())
            ):  # "Direktør X er i artiklen citeret for, at ...": the subject before "er"
                mention = _subject(self.text, start, aux.start())
            if mention is None and mid_start < gap and not (
                infinitive and _INFINITIVE_MARK.search(self.text, start, cue.start())
            ):  # ("at informere borgerne, at ...": after "at" the words are its object)
                mention = mention_at(self.text, mid_start, gap) or _impersonal(
                    self.text, start, mid_start, gap) or _group_at(self.text, mid_start, gap) \
                    or body_at(self.text, mid_start, gap) or _before_addressee(
                    self.text, mid_start, gap)
            if mention is None and not self.text[cue.end() : gap].strip(" ,"):
                mention = _fronted_subject(self.text, start, cue.start())
            if mention is None or _DATA_SUBJECT.fullmatch(mention.text):
                continue
            cognitive = bool(_COGNITIVE.fullmatch(cue.group()))
            stop = end
            if _SUBJUNCTION.match(self.text, start, cue.start()) and (
                comma := self.text.rfind(",", content, end)
            ) > content:
                stop = comma  # "Fordi X fortalte, at han var syg, blev mødet aflyst."
            if cognitive:
                # "X mener ikke, at ..., siger hun onsdag": the speech cue after the clause
                # frames it, and the clause ends before it
                trailing = self.trailing_speech(content, end)
                if trailing is not None and _another_speaker(mention, trailing[1]):
                    # "Kommunen vurderede, at ..., fortæller kommunens talsmand.": the
                    # view is part of what another speaker reports; the trailing cue
                    # takes the whole sentence
                    continue
                stop = trailing[0] if trailing is not None else end
                if stop == end and not self.speech_frame(start, cue.start(), content, end):
                    continue
            text, _ = _cue_text(self.text, start, cue.start(), cue.end())
            text = text.strip()
            tags = {"cognitive"} if cognitive else set()
            self.add("indirect", (content, stop), text, mention, i, tags=tags)
            return True
        return self.inverted_particle(i, start, end) or self.passive_agent(
            i, start, end) or self.sound_that(i, start, end)

    def passive_agent(self, i: int, start: int, end: int) -> bool:
        """I2 in the passive with its agent: "Det oplyses af politiet, at ...", "Det blev
        i retten oplyst af anklageren, at ...", "Det er blevet bekræftet af ministeriet,
        at ...". The agent speaks; a passive with no agent names nobody."""
        for m in _PASSIVE_CUE.finditer(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                continue
            mention = mention_at(self.text, m.end(), end) or body_at(self.text, m.end(), end)
            if mention is None or mention.start != m.end():
                continue
            that = self.that_after(mention.end, end)
            if that is None or (self.text[mention.end : that[1]].strip(" ,") and (
                not _ADDRESSEE_GAP.fullmatch(self.text, mention.end, that[1])
            )):
                continue  # only where or when it was said may stand before "at"
            cue = " ".join(m["cue"].split())
            return self.add("indirect", (that[0], end), cue, mention, i) is not None
        return False

    def inverted_particle(self, i: int, start: int, end: int) -> bool:
        """I2 with a particle verb whose subject stands between verb and particle, as
        verb-second order puts it after a fronted word: "Derfor slog ministeren fast, at
        ...", "På pressemødet lod politiet forstå, at ...", "I talen pegede hun på, at
        ...". The words between must be one speaker phrase (and adverbs)."""
        for m in _PARTICLE_INVERTED.finditer(self.text, start, end):
            if m.start() == start or self.inside_quote_marks(m.start(), start, end):
                continue  # verb first: a question or a headline, not verb-second
            k = next(g[3:] for g, v in m.groupdict().items() if g.startswith("mid") and v)
            mid_start = _skip_space(self.text, m.start(f"mid{k}"))
            mention = mention_at(self.text, mid_start, m.end(f"mid{k}")) or body_at(
                self.text, mid_start, m.end(f"mid{k}"))
            if mention is None or not _SUBJECT_TAIL.match(
                self.text[mention.end : m.end(f"mid{k}")]
            ):
                continue
            that = self.that_after(m.end(), end, m[f"verb{k}"])
            if that is None:
                continue
            particle = " ".join(m[f"particle{k}"].split())
            return self.add("indirect", (that[0], end), f"{m[f'verb{k}']} {particle}",
                            mention, i) is not None
        return False

    def sound_that(self, i: int, start: int, end: int) -> bool:
        """"Samtidig lyder det, at ...": the speaker of the sentences before; "Fra X
        (K), der er formand for udvalget, lyder det, at ...": X."""
        if (a := _ANNOUNCED.search(self.text, start, end) or _ANNOUNCED_FRONTED.match(
            self.text, start, end
        )) is not None and not (
            self.inside_quote_marks(a.start(), start, end)
        ):
            speaker = Mention(a["speaker"], a.start("speaker"), a.end("speaker"), "descriptor")
            return self.add("indirect", (a.end(), end), a["cue"], speaker, i) is not None
        m = _SOUND_THAT.search(self.text, start, end)
        if m is None or self.inside_quote_marks(m.start(), start, end):
            return False
        if (fronted := _FROM_FRONTED.match(self.text, start, m.start())) and (
            side := _SIDE_OWNER.match(self.text, fronted.end(), m.start())
        ):  # "Fra politiets side lyder det, at ..."
            owner = side["owner"]
            name = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("s'’")
            mention = mention_at(self.text, side.start(), side.start() + len(name))
            if mention is not None and _FRONTED_REST.fullmatch(self.text, side.end(), m.start()):
                return self.add("indirect", (m.end(), end), m["cue"], mention, i) is not None
        if (fronted := _FROM_FRONTED.match(self.text, start, m.start())) and (
            mention := mention_at(self.text, fronted.end(), m.start())
        ) and _FRONTED_REST.fullmatch(self.text, mention.end, m.start()):
            return self.add("indirect", (m.end(), end), m["cue"], mention, i) is not None
        return self.add("indirect", (m.end(), end), m["cue"], None, i, "context",
                        tags={"context-source"}, context=self.before(start)) is not None

    def appears_from(self, i: int, start: int, end: int) -> bool:
        """I2 of a document with its sender: "Det fremgår af en pressemeddelelse fra
        Fyns Politi, at ..." / "Af et brev fra X fremgår det, at ..." (a document with no
        sender, "Det fremgår af dommen", has no speaker: no quote)."""
        m = _APPEARS.match(self.text, start, end)
        if m is None:
            return self.appears_after(i, start, end)
        mention, stop = _sender_at(self.text, m.end(), end)
        if mention is None or mention.kind == "pronoun":
            return False
        rest = self.text[stop:end]
        verb = _APPEARS_THAT.match(rest) if m["lead"] else _THAT_AFTER.match(rest)
        if verb is None:
            return self.appears_after(i, start, end)
        cue = "fremgår af"
        return self.add("indirect", (stop + verb.end(), end), cue, mention, i) is not None

    def appears_after(self, i: int, start: int, end: int) -> bool:
        """I4 of a document: "Heller ikke lærerne, fremgår det af en ny vejledning fra
        Undervisningsministeriet." (the clause before; a verbless one goes on from the
        sentence before it in the paragraph) and "Det fremgår af en pressemeddelelse fra
        Coop." (the sentence before). The sentence must end at the sender."""
        m = _APPEARS_OF.search(self.text, start, end)
        if m is None or self.inside_quote_marks(m.start(), start, end):
            return False
        mention, stop = _sender_at(self.text, m.end(), end)
        if mention is None or mention.kind == "pronoun":
            return False
        # "Det fremgår af en udtalelse fra styrelsen, som konkluderer, at ...": the
        # sender goes on with a report of its own
        relative = _RELATIVE_CUE.match(self.text, stop, end) if m.start() == start else None
        if not relative and not self._ends_sentence(stop, end):
            return False
        cue = "fremgår af"
        if m.start() == start:
            if not m["cue"].startswith(("Det", "det")):
                return False
            span = self.previous_sentence(start)
            if span is None or (
                self.paragraph_start(span[0]) != self.paragraph_start(start)
                and not self._paragraph_before(span, start)
            ):
                return False
        else:
            if not self.text[start : m.start()].rstrip().endswith(","):
                return False
            span = (start, m.start())
            clause = self.text[start : m.start()]
            previous = self.previous_sentence(start)
            if previous is not None and len(clause.split()) <= 6 and not any(
                w in _FINITE_VERBS for w in clause.lower().split()
            ) and self.paragraph_start(previous[0]) == self.paragraph_start(start):
                span = (previous[0], m.start())  # "A. Heller ikke B, fremgår det af ..."
        if any(q.start < span[1] and span[0] < q.end for q in self.found):
            return False
        added = self.add("indirect", span, cue, mention, i, tags={"backref"}) is not None
        if added and relative:
            self.relative_cue(mention, end, i)
        return added

    def _paragraph_before(self, span: tuple[int, int], start: int) -> bool:
        """Whether ``span`` is the last sentence of the story paragraph right before the
        one that holds ``start`` (no noise or caption)."""
        before = next((p for p in reversed(self.paragraphs) if p.end <= start), None)
        return before is not None and not (before.noise or before.caption) and (
            before.start <= span[0] < before.end)

    def statement_from(self, i: int, start: int, end: int) -> bool:
        """I2 of a document: "I en udtalelse fra X står det, at ..." (also "I en
        pressemeddelelse fra X skriver de, at ...")."""
        found = self.document_statement(start, end)
        if found is None:
            return False
        mention, verb = found
        if self.text[verb.start() : verb.end()].rstrip().endswith(":"):
            end = self.colon_block_end(end)  # the document's words go on
        self.add("indirect", (verb.end(), end), verb["cue"], mention, i)
        return True

    def document_statement(self, start: int, end: int) -> tuple[Mention, re.Match[str]] | None:
        """(the sender, the match of its verb) of a sentence that quotes a document: "I
        en udtalelse fra X står det, at", "I redegørelsen står der:" (the sender an
        earlier sentence names), "I referatet fra mødet den 3. marts står der:"."""
        m = _STATEMENT.search(self.text, start, end)
        if m is not None:
            mention, stop = _sender_at(self.text, m.end(), end)
        elif (m := _IN_DOCUMENT.search(self.text, start, end)) is not None:
            # "I redegørelsen står der, at ..." after "Styrelsen har sendt en redegørelse"
            mention, stop = self.document_sender(m["noun"].lower(), m.start()), m.end()
        else:
            return None
        if mention is None:
            return None
        if when := _STATEMENT_WHEN.match(self.text, stop, end):
            stop = when.end()  # "I referatet fra mødet den 3. marts står der"
        verb = _STATEMENT_VERB.match(self.text, stop, end)
        return None if verb is None else (mention, verb)

    def colon_block(self, i: int, p: Paragraph, before: int) -> bool:
        """The words of an unmarked paragraph right after a narrative paragraph whose last
        sentence introduces them with a cue and a colon ("Borgmester Anders Holm siger:"
        + "Vi er nødt til at spare."; a document: "I referatet fra bestyrelsens møde står
        der:" + its words): a direct quote of the introduction's speaker (G3), an
        indirect one of the document's sender. Not a paragraph with a cue or quote marks
        of its own, nor one without a sentence end (a heading); a colon with no cue
        ("Han var rystet:") introduces no words of anyone's."""
        text = self.text
        if ANY_CUE.search(text, p.start, p.end) or QUOTED.search(text, p.start, p.end) or (
            not text[p.start : p.end].rstrip().endswith((".", "!", "?", "…"))
        ):
            return False
        b = self.paragraphs[before]
        if not _ends_with_colon(text, b.start, b.end):
            return False
        s_start, s_end = (self.sentences_in(b) or [(b.start, b.end)])[-1]
        if (document := self.document_statement(s_start, s_end)) is not None:
            mention, verb = document
            if not text[verb.start() : verb.end()].rstrip().endswith(":"):
                return False
            return self.add("indirect", (p.start, p.end), verb["cue"], mention, i) is not None
        if (intro_document := self.document_intro(s_start, s_end)) is not None:
            cue, mention = intro_document
            return self.add("indirect", (p.start, p.end), cue, mention, i) is not None
        intro = self.colon_intro(before)
        if intro is None or intro[0] is None:
            return False
        cue, mention, span = intro
        return self.add("direct", (p.start, p.end), cue, mention, i,
                        None if mention else "context", tags={"colon"}, context=span,
                        context_first=True) is not None

    def document_intro(self, start: int, end: int) -> tuple[str, Mention] | None:
        """(cue, sender) of a sentence that introduces a document's words after its colon:
        "I en udtalelse fra X står der:", "I Sundhedsstyrelsens vejledning om hygiejne er
        kravet formuleret sådan:" (the owner in the genitive), "Af rapporten fremgår det:"
        (the sender an earlier sentence names). A document nobody is named as sending
        ("I loven står der:") gives None."""
        found = self.document_statement(start, end)
        if found is not None:
            mention, verb = found
            return verb["cue"], mention
        if (m := _GENITIVE_DOCUMENT.match(self.text, start, end)) is not None and (
            owner := mention_at(self.text, m.start("owner"), m.end("owner"))
        ) is not None and owner.kind in ("name", "organisation"):
            return m["noun"], owner
        if (m := _DEFINITE_RULE_DOCUMENT.match(self.text, start, end)) is not None and (
            sender := self.document_sender(m["noun"].lower(), start)
        ) is not None:
            return self.text[m.start() : m.end()], sender
        return None

    def colon_block_end(self, end: int) -> int:
        """Where the words a colon introduces in a narrative paragraph end, when its
        sentence ends at ``end``: the end of the paragraph's following sentences, up to one
        with a cue or quote marks of its own ("står der: A. B." is one quote, A and B)."""
        p_end = next((p.end for p in self.paragraphs if p.start <= end <= p.end), end)
        for a, b in self.sentences:
            if a < end or b > p_end:
                continue
            if ANY_CUE.search(self.text, a, b) or QUOTED.search(self.text, a, b) or (
                _DASH.match(self.text, a)
            ):
                break
            end = b
        return end

    def that_cues(self, start: int, end: int) -> list[re.Match[str]]:
        cues = [*_THAT_CUE.finditer(self.text, start, end),
                *_COGNITIVE.finditer(self.text, start, end),
                *_MESSAGE_FROM.finditer(self.text, start, end)]
        return sorted(cues, key=lambda c: c.start())

    def that_after(self, pos: int, end: int, cue: str = "") -> tuple[int, int] | None:
        """(where the reported clause starts, where the words between cue and clause
        end) for a cue ending at ``pos``: the "at" of a that-clause within a few words
        (speaker, "til TV 2", "i en pressemeddelelse", a role and name in apposition
        between: any length when one speaker phrase fills it); else, right after the cue
        or its inverted speaker and a comma, a wh-clause ("fortalte, hvordan ...") or a
        clause with a pronoun subject and no "at" ("siger, det er ..."). Without a comma
        before "at" ("siger han at"), only a speaker may stand between: "opfordrer alle
        til aldrig at give" is an infinitive."""
        for m in _THAT_AFTER.finditer(self.text, pos, end):
            between = self.text[pos : m.start()]
            words = between.split()
            if any(c in _INNER_PERIOD.sub("", between) for c in ".;:!?\"„“”»«"):
                break
            addressed = m.group().startswith(",") and self._addressed(pos, m.start())
            if len(words) > 7 and between.count(",") < 2 and not self._one_speaker(
                pos, m.start()
            ) and not addressed:
                break
            if len(words) > 12 and not self._one_speaker(pos, m.start()) and not addressed:
                break
            if not m.group().startswith(","):
                mention = mention_at(self.text, _skip_space(self.text, pos), m.start())
                if words and (mention is None or mention.end < m.start()):
                    continue
            return m.end(), m.start()
        comma = _COMMA_CLAUSE.match(self.text, pos, end)
        account = cue_lemma(cue) in _ACCOUNT_LEMMAS
        if comma is None and account:
            # "Hun fortalte hvordan hun ...": an account, with no comma before its clause
            comma = _WH_BARE.match(self.text, pos, end)
        if comma is None and (where := _ADDRESSEE_GAP.match(self.text, pos, end)):
            # "beskriver i sin bog, hvordan ...": where it was told, then what; after a
            # speech verb also a clause with a pronoun subject and no "at" ("forklarede i
            # retten sidste uge, det var ...", "sagde til politiet, han ...")
            comma = _COMMA_CLAUSE.match(self.text, where.end(), end)
            if comma is not None and not comma["wh"] and cue.lower() not in SPEECH_FORMS:
                comma = None
        if comma is None and (about := _ABOUT.match(self.text, pos, end)):
            # "fortalte om, hvordan han blev lovet sandsække": an account of how
            comma = _COMMA_CLAUSE.match(self.text, about.end(), end)
            if comma is not None and not comma["wh"]:
                comma = None
        if comma is None:
            mention = mention_at(self.text, _skip_space(self.text, pos), end)
            if mention is None or mention.kind not in ("pronoun", "name", "title"):
                return None
            comma = _COMMA_CLAUSE.match(self.text, mention.end, end)
            if comma is None and account:
                comma = _WH_BARE.match(self.text, mention.end, end)
            if comma is None and (rel := _RELATIVE_REST.match(self.text, mention.end, end)):
                # "fortalte Eva Dahl, der bor på hjørnet, hvordan ...": past the relative
                comma = _COMMA_CLAUSE.match(self.text, rel.end(), end)
                if comma is not None and not comma["wh"]:
                    comma = None  # "..., der bor på hjørnet, det er ...": no report
            if comma is None:
                return None
            if comma["wh"] == "hvor" and self.text[: pos - len(cue)].rstrip().endswith(","):
                # "Rapporten kommer, siger hun, hvor hun taler til pressen.": after a
                # trailing attribution "hvor" tells where it was said, not what
                return None
        if comma["wh"] and (cue_lemma(cue) in ("spørge", "svare") or cue.lower() in INFINITIVES):
            # a reported question; "måtte forklare, hvad der gik galt": a topic
            return None
        return comma.start("clause"), comma.start()

    def _addressed(self, start: int, stop: int) -> bool:
        """Whether ``text[start:stop]`` is the speaker (if written there) and where or to
        whom the words were said, in prepositional phrases and time words of at most 14
        words: "i et længere interview med avisen i dag", "over for direktøren", "til
        TV 2 efter mødet", "over for B.T." (the cue's "at" follows)."""
        pos = start
        mention = mention_at(self.text, _skip_space(self.text, start), stop) or (
            _before_addressee(self.text, _skip_space(self.text, start), stop))
        if mention is not None and mention.start == _skip_space(self.text, start):
            pos = mention.end
            if rel := _RELATIVE_REST.match(self.text, pos, stop):
                pos = rel.end()  # "fortæller X, der har ledet firmaet i ti år, i ..."
        rest = self.text[pos:stop]
        return len(rest.split()) <= 14 and _ADDRESSEE_GAP.fullmatch(rest) is not None

    def _one_speaker(self, start: int, stop: int) -> bool:
        """Whether one speaker phrase (and adverbials after it) fills ``text[start:stop]``:
        "lød det fra vagtchef ved Fyns Politi Ole Berg, at"."""
        mention = mention_at(self.text, _skip_space(self.text, start), stop)
        if mention is None:
            return False
        rest = self.text[mention.end : stop]
        if _RELATIVE_REST.fullmatch(rest) and len(rest.split()) <= 12:
            return True  # "fortæller X, der har ledet firmaet i ti år, at"
        return len(rest.split()) <= 4 and not any(c in rest for c in ".;:!?")

    def trailing_speech(self, content: int, end: int) -> tuple[int, Mention] | None:
        """Where a speech attribution that ends the sentence starts (", siger hun onsdag
        forud for mødet."), after a reported clause starting at ``content``, and its
        speaker; None without one."""
        for m in _TRAILING.finditer(self.text, content, end):
            if m["cue"] is None or self.inside_quote_marks(m.start(), content, end):
                continue
            mention = mention_at(self.text, _skip_space(self.text, m.end("cue")), end)
            if mention is None or mention.kind not in ("pronoun", "name", "title"):
                continue
            rest = self.text[mention.end : end]
            if not any(c in rest for c in ",;:\"„“”»«"):
                return m.start(), mention
        return None

    def speech_frame(self, start: int, cue_start: int, content: int, end: int) -> bool:
        """Whether a cognitive verb reports speech here: a speech cue before it in the
        sentence, "ifølge" in it, or quote marks in its clause."""
        if _SPEECH_WORD.search(self.text, start, cue_start) or _IFOLGE.search(
            self.text, start, end
        ):
            return True
        return QUOTED.search(self.text, content, end) is not None

    def trailing_attribution(self, i: int, start: int, end: int) -> bool:
        """I4: "<content>, oplyser politiet." / "<content>, har X sagt." / "<content>,
        lyder det." at a sentence end; the text is the content."""
        for m in _TRAILING.finditer(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                continue
            cue_end = m.end("sound") if m["sound"] else m.end("cue")
            mention = _speaker_after_cue(self.text, _skip_space(self.text, cue_end), end)
            if mention and self._ends_sentence(mention.end, end):
                cue = m["sound"] or m["cue"]
                return self._add_trailing(i, start, m.start(), cue, mention)
            if mention and (m["cue"] or m["sound"]) and (
                after := _AFTER_ATTRIBUTION.match(self.text, mention.end, end) or (
                    # "..., forklarede han i retten, og han ...": where it was said first
                    (gap := _WHERE_TOLD.match(self.text, mention.end, end))
                    and _AFTER_ATTRIBUTION.match(self.text, gap.end(), end))
            ) and not any(c in self.text[start : m.start()] for c in "\"„“”»«") and not (
                self.text[start:end].rstrip().endswith(":")
            ):
                # "..., fortæller hun, mens hun drikker kaffe.": the circumstance is the
                # journalist's; "..., siger hun, men det gik.": the sentence goes on with
                # her words, so the quote is the whole sentence around the attribution
                stop = m.start() if after["when"] else end
                if not after["when"] and _IFOLGE.search(self.text, after.end(), end):
                    # "..., siger hun, men det vil ifølge ministeren ikke ...": the next
                    # clause has its own source
                    self.according_to(i, after.end() - 1, end)
                    stop = m.start()
                return self._add_trailing(i, start, stop, m["cue"] or m["sound"], mention)
        for m in _TRAILING_PARTICLE.finditer(self.text, start, end):
            mention = mention_at(self.text, m.end(), end)
            particle = PARTICLE_FORMS[m["verb"]]
            if mention and re.match(rf"{SP}{particle}[.!]?\s*\Z", self.text[mention.end : end]):
                return self._add_trailing(i, start, m.start(), f"{m['verb']} {particle}",
                                          mention)
        for m in _TRAILING_AUX.finditer(self.text, start, end):
            mention = mention_at(self.text, m.end(), end)
            if not mention:
                continue
            verb = _TRAILING_VERB.match(self.text[mention.end : end])
            if verb and (verb["verb"] in SPEECH_FORMS or (
                verb["not"] and cue_lemma(verb["verb"]) in NEGATED_DENIALS
            )) and (not verb["not"] or cue_lemma(verb["verb"]) in NEGATED_DENIALS) and (
                self._ends_sentence(mention.end + verb.end(), end)
            ):
                have = " have" if re.search(r"(?<![\w-])have(?![\w-])", verb.group()) else ""
                cue = f"{m['aux']}{have} {verb['verb']}"
                return self._add_trailing(i, start, m.start(), cue, mention)
        if (m := _TRAILING_OWNER.search(self.text, start, end)) and not self.inside_quote_marks(
            m.start(), start, end
        ):  # "..., lyder DMI's prognose.": the owner of the words speaks
            owner = m["owner"]
            name = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("s'’")
            mention = mention_at(self.text, m.start("owner"), m.start("owner") + len(name))
            if mention is not None:
                return self._add_trailing(i, start, m.start(), m["cue"].strip(), mention)
        if m := _TRAILING_BARE.search(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                return False
            return self._add_trailing(i, start, m.start(), m["cue"], None)
        if (m := _MID_BARE.search(self.text, start, end)) and not self.inside_quote_marks(
            m.start(), start, end
        ):  # "Rammerne er nødvendige, lyder budskabet, for emnet er svært.": the words go
            # on after it, and the sentence is the report
            return self._add_trailing(i, start, end, m["cue"], None)
        return False

    def _ends_sentence(self, pos: int, end: int) -> bool:
        """Whether only adverbials are left after the speaker ("i en pressemeddelelse",
        "torsdag", "på sin hjemmeside"): no second clause, no quote marks."""
        rest = self.text[pos:end].rstrip(" .!")
        if any(c in rest for c in "\"„“”»«:;"):
            return False
        rest = _PARTY_LETTERS.sub("", rest, count=1)  # "..., Per Holm (S), formand for X."
        if role := _TRAILING_ROLE.match(rest):  # "..., Per Holm, informationschef ved DSB."
            rest = rest[role.end() :]
        if relative := _RELATIVE_AFTER.search(rest):  # "..., der har været på vagt."
            rest = rest[: relative.start()]
        elif relative := _RELATIVE_BETWEEN.match(rest):
            rest = rest[relative.end() :]  # "..., der er vagtchef, til Ritzau."
        if told := _TOLD_AFTER.match(rest):  # "..., Per Lund, til avisen."
            rest = rest[told.end() :]
        if "," in rest:
            return False
        # where and to whom, however many words: "fra Fyns Politi til TV 2 Fyn fredag"
        # (not a topic: "fortalte X om en helt ny besætning om bord på skibet")
        return len(rest.split()) <= 6 or (
            len(rest.split()) <= 14 and _WHERE_TOLD.fullmatch(rest) is not None)

    def _add_trailing(self, i: int, start: int, stop: int, cue: str,
                      mention: Mention | None) -> bool:
        if self.inside_quote_marks(stop, start, stop + 1):
            return False
        if len(self.text[start:stop].split()) < 3 and not (
            mention is not None and self.retort(start, stop)
        ):
            return False
        # "... rude. - På det grundlag ..., forklarer X.": a dash inside a paragraph opens
        # the speaker's own words
        kind = "direct" if _DASH.match(self.text, start) else "indirect"
        if mention is None:  # "..., lyder det.": the speaker of the sentences before
            return self.add(kind, (start, stop), cue, None, i, "context",
                            tags={"context-source"}, context=self.before(start)) is not None
        return self.add(kind, (start, stop), cue, mention, i) is not None

    def retort(self, start: int, stop: int) -> bool:
        """Whether one or two words before a trailing cue are a speaker's whole answer:
        "Vrøvl, siger Venstre.", "Nej, svarer hun.", "Absolut ikke, siger borgmesteren."
        (the words open their sentence with a capital, none of them a clause adverb that
        leads into more: "Derfor, siger hun, ..."), also after a lede sentence ("Forbundet
        frygter lukninger. Vrøvl, siger ministeren.")"""
        words = self.text[start:stop].strip(_TRIM)
        return bool(words) and words[0].isupper() and (
            words.split()[0].lower() not in _LEAD_ADVERBS)

    def citing(self, i: int, start: int, end: int) -> bool:
        """"Dommeren lukkede dørene med henvisning til sagens karakter, og at der er
        medgerningsmænd på fri fod." / "Det har han gjort med henvisning til, at ...":
        the that-clause is the reason the sentence's subject gave."""
        m = _CITING.search(self.text, start, end)
        if m is None or self.inside_quote_marks(m.start(), start, end):
            return False
        mention = _subject(self.text, start, m.start())
        if mention is None and (aux := _INVERTED_AFTER_AUX.match(self.text, start, m.start())):
            mention = Mention(aux["p"], aux.start("p"), aux.end("p"), "pronoun")
        if mention is None and (head := _LEADING_WORDS.match(self.text, start, m.start())):
            # "Dommeren lukkede dørene med henvisning til ...": the sentence's subject
            first = mention_at(self.text, start, head.end())
            if first is not None and (first.kind in ("title", "organisation") or (
                first.kind == "name" and " " in first.text
            )):
                mention = first
        if mention is None:
            return False
        return self.add("indirect", (m.end(), end), "med henvisning til", mention,
                        i) is not None

    def said_and_added(self, i: int, start: int, end: int) -> bool:
        """"Det var en hård dag, siger Ole Berg og tilføjer, at han er træt.": the words
        before the attribution are one report and the that-clause after the second cue
        another, both the speaker's."""
        for m in _TRAILING.finditer(self.text, start, end):
            if m["cue"] is None or self.inside_quote_marks(m.start(), start, end):
                continue
            mention = _speaker_after_cue(self.text, _skip_space(self.text, m.end("cue")), end)
            if mention is None:
                continue
            added = _AND_CUE.match(self.text, mention.end, end)
            that = self.that_after(added.end("cue"), end, added["cue"]) if added else None
            if that is None or len(self.text[start : m.start()].split()) < 3:
                continue
            assert added is not None
            self.add("indirect", (start, m.start()), m["cue"], mention, i)
            self.add("indirect", (that[0], end), added["cue"], mention, i)
            return True
        return False

    def as_said(self, i: int, start: int, end: int) -> bool:
        """"Som ministeren annoncerede i går, lukker skolen til sommer.": the main clause
        after the comma is what the speaker of the "som" clause said."""
        m = _AS_SAID.match(self.text, start, end)
        if m is None:
            return False
        comma = self.text.find(",", m.end(), end)
        if comma < 0:
            return False
        cue = _SPEECH_WORD.search(self.text, m.end(), comma)
        if cue is None:
            return False
        mention = _subject(self.text, m.end(), cue.start())
        if mention is None or len(self.text[cue.end() : comma].split()) > 4:
            return False
        return self.add("indirect", (comma + 1, end), cue.group(), mention, i) is not None

    def message_is(self, i: int, start: int, end: int) -> bool:
        """I2 with the noun for someone's words as subject: "Budskabet fra regeringen er,
        at ...", "Hans forklaring er, at ...", "Politiets melding var, at ..." (the owner
        or the one it is from speaks). Not a view ("vurdering") or a finding."""
        m = _MESSAGE_IS.search(self.text, start, end)
        if m is None or self.inside_quote_marks(m.start(), start, end):
            return False
        if m["from"] is not None:
            mention = mention_at(self.text, m.start("from"), m.end("from")) or body_at(
                self.text, m.start("from"), m.end("from"))
            if mention is None or mention.end != m.end("from"):
                return False
        elif m["owner"].lower() in ("hans", "hendes", "deres"):
            word = {"hans": "han", "hendes": "hun", "deres": "de"}[m["owner"].lower()]
            mention = Mention(word, m.start("owner"), m.end("owner"), "pronoun")
        else:
            owner = m["owner"]
            name = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("s'’")
            mention = mention_at(self.text, m.start("owner"), m.start("owner") + len(name))
            if mention is None:
                return False
        cue = self.text[m.start() : m.end("verb")]
        return self.add("indirect", (m.end(), end), " ".join(cue.split()), mention, i) is not None

    def said_is(self, i: int, start: int, end: int) -> bool:
        """I2 inside a relative clause whose subject is the relative pronoun: "En mand,
        som politiet oplyser er 30 år, er anholdt" (the police say he is 30), "Bilen, som
        vidner har forklaret var rød". The words after the cue are the report; the
        antecedent stands for its subject."""
        for m in _SAID_IS.finditer(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                continue
            said = self.text[m.start("said") : m.end("said")]
            cue = _PROPOSITION_CUE.search(said)
            if cue is None or said[cue.end() :].strip():
                continue  # the cue must end the words before the verb
            cue_start = m.start("said") + cue.start()
            mention = _subject(self.text, m.start("said"), cue_start)
            if mention is None or len(self.text[m.start("verb") : m.end("rest")].split()) < 2:
                continue
            cue_text, _ = _cue_text(self.text, m.start("said"), cue_start,
                                    m.start("said") + cue.end())
            return self.add("indirect", (m.start("verb"), m.end("rest")), cue_text.strip(),
                            mention, i) is not None
        return False

    def as_said_within(self, i: int, start: int, end: int) -> bool:
        """I4 with the source in a "som"/"hvilket" clause after the words: "Det er
        ikke let, som hun siger." / "Det var hans bror, hvilket han også har forklaret i
        retten." (the clause before), and "Manden, som han har forklaret, tvang ham ind
        i bilen." (the sentence around it). Only verbs that report a statement and
        rarely take a thing as object count ("Bogen, som hun har skrevet" is a book)."""
        for m in _SAID_WITHIN.finditer(self.text, start, end):
            if self.inside_quote_marks(m.start(), start, end):
                continue
            cue = _PROPOSITION_CUE.search(self.text, m.end(), end)
            if cue is None:
                continue
            mention = _subject(self.text, m.end(), cue.start())
            if mention is None:
                continue
            rest = attribution_end(self.text, cue.end(), end)
            tail = self.text[cue.end() : rest]
            stop = tail.find(",")
            gap = tail if stop < 0 else tail[:stop]
            if len(gap.split()) > 6 or not (_ADDRESSEE_GAP.fullmatch(gap) or not gap.strip()):
                continue
            if stop < 0:  # the source clause ends the sentence: the words before it
                span = (start, m.start())
            elif m["rel"] == "som" and self.text[start : m.start()].strip(" -–") and not (
                _WHAT_WAS_SAID.fullmatch(self.text, start, m.start())
            ) and _REPORTED_BEFORE.search(self.text, m.end(), cue.start()):
                # (the perfect or "også"/"selv"/"tidligere" marks a report: "gjorde, som
                # hun sagde, og gik" is an instruction followed)
                span = (start, end)  # "A, som X har forklaret, B.": the sentence
            else:
                continue
            if len(self.text[span[0] : span[1]].split()) < 3:
                continue
            cue_text, _ = _cue_text(self.text, m.end(), cue.start(), cue.end())
            return self.add("indirect", span, cue_text.strip(), mention, i) is not None
        return False

    def appeal(self, i: int, start: int, end: int) -> bool:
        """I5: "Hun opfordrer alle til at ..." : the appeal, from after the cue."""
        m = _APPEAL.search(self.text, start, end)
        if not m or " til " not in self.text[m.end() : end]:
            return False
        if self.inside_quote_marks(m.start(), start, end):
            return False
        mention = _subject(self.text, start, m.start())
        if not mention:
            return False
        self.add("indirect", (m.end(), end), m["cue"], mention, i)
        return True

    def calls_for(self, i: int, start: int, end: int, marked: bool = False,
                  plain: bool = True) -> bool:
        """I6: "X kalder forslaget for en "overreaktion"": the words after "for" (only
        words in quote marks when ``marked``; without ``plain`` only with "for": a
        sentence that introduces a quote with a colon, "Kommentatorerne kaldte kampen
        for hans bedste nogensinde, og da ... lød det:")."""
        m = _CALLS_FOR.search(self.text, start, end)
        if m is not None and re.search(rf"{SP}(?:en|et){SP}", m["obj"]):
            m = None  # "kalder beslutningen en skandale for byen": the name has no "for"
        m = m or _CALLS_IT.search(self.text, start, end)
        if m is None and not marked:
            return plain and self.calls_plain(i, start, end)
        if not m or self.inside_quote_marks(m.start(), start, end):
            return False
        if marked and not QUOTED.match(self.text, _skip_space(self.text, m.end()), end):
            return False
        mention = _subject(self.text, start, m.start())
        if mention is None and (dash := _DASH_BREAK.search(self.text, start, m.start())):
            # "Den ide bakker X op om - han kalder det ...": the clause after the dash
            mention = _subject(self.text, dash.end(), m.start())
        if not mention:
            return False
        # "Når X kalder det for 'hykleri', skal det ...": the name given ends at a comma
        stop = next((c.start() for c in re.finditer(",", self.text[m.end() : end])
                     if not self.inside_quote_marks(m.end() + c.start(), start, end)), None)
        stop = end if stop is None else m.end() + stop
        self.add("indirect", (m.end(), stop), m["cue"], mention, i)
        return True

    def calls_plain(self, i: int, start: int, end: int) -> bool:
        """I6 without "for" and without quote marks: "Ministeren kalder situationen meget
        alvorlig.", "På et pressemøde kalder ministeren situationen meget, meget
        alvorlig." (the speaker after the cue when something else stands first): the
        object and the name given it, up to a clause of the journalist's (", fordi ...").
        Not "kalder vidner ind", "kalder på handling", "kalder til møde", "kalder hunden
        Fido" (a particle or a preposition after the object, or a name)."""
        m = _CALLS.search(self.text, start, end)
        if m is None or QUOTED.search(self.text, start, end) or _THAT_AFTER.search(
            self.text, m.end(), end
        ):
            return False
        mention = _subject(self.text, start, m.start())
        pos = m.end()
        if mention is None:
            mention = mention_at(self.text, pos, end)
            if mention is None or mention.start != pos or mention.kind not in (
                "name", "title", "pronoun", "organisation", "descriptor"
            ):
                return False
            pos = _skip_space(self.text, mention.end)
        obj = _CALLED_OBJECT.match(self.text, pos, end)
        if obj is None:
            return False
        stop = _CLAUSE_AFTER_NAME.search(self.text, obj.end(), end)
        words = self.text[obj.end("obj") : stop.start() if stop else end].split()
        if not words or len(words) > 12:
            return False
        return self.add("indirect", (obj.start(), stop.start() if stop else end), m["cue"],
                        mention, i) is not None

    def accuses(self, i: int, start: int, end: int) -> bool:
        """"X anklagede Venstre for at »udskamme statsministeren«": with the speaker's
        words in quote marks, the accusation is reported speech (an act without quoted
        words, "anklagede Venstre for løftebrud", is not)."""
        m = _ACCUSES.search(self.text, start, end)
        if not m or not any(_is_quotation(self.text, q)
                            for q in QUOTED.finditer(self.text, m.end(), end)):
            return False
        mention = _subject(self.text, start, m.start())
        if not mention:
            return False
        self.add("indirect", (m.end(), end), m["cue"], mention, i)
        return True

    def before(self, start: int) -> tuple[int, int] | None:
        """The text that introduces a sentence at ``start``: its paragraph up to it, or
        the paragraph before when it starts its paragraph."""
        here = next((p for p in self.paragraphs if p.start <= start < p.end), None)
        if here is not None and here.start < start:
            return here.start, start
        before = next((p for p in reversed(self.paragraphs) if p.end <= start
                       and not p.noise and not p.caption), None)
        return (before.start, before.end) if before else None

    def fragment_in_context(self, i: int, start: int, end: int) -> bool:
        """A sentence that holds a speaker's words in quote marks with no cue of its own,
        right after that speaker's quote (a forecast or an account retold, quoting its
        key words: 'Der kan komme "pletvist isglatte veje".'): the speaker goes on.
        A term ("et såkaldt »mistænkeligt forhold«"), a title, a name or a label after a
        genitive ("aftens 'man of the match'", "årets »comeback«") is no quote."""
        if any(q.start < end and start < q.end for q in self.found):
            return False
        quoted = [q for q in QUOTED.finditer(self.text, start, end)
                  if _is_quotation(self.text, q) and len(q.group().split()) > 1
                  and not _TERM_BEFORE.search(self.text, max(start, q.start() - 14), q.start())
                  and not _GENITIVE_LABEL.search(self.text, max(start, q.start() - 30),
                                                 q.start())
                  and not _TITLE_BEFORE.search(self.text, max(start, q.start() - 16),
                                               q.start())]
        if not quoted or ANY_CUE.search(self.text, start, end):
            return False
        earlier = [q for q in self.found if q.end <= start and q.paragraph >= i - 2
                   and "interviewer" not in q.tags]
        if not earlier:
            return False
        previous = self.previous_sentence(start)
        if _ANAPHOR_LEAD.match(self.text, start, end) and previous is not None and (
            previous[0] >= self.paragraph_start(start)
            and not ANY_CUE.search(self.text, *previous)
            and not QUOTED.search(self.text, *previous)
            and not any(q.start < previous[1] and previous[0] < q.end for q in self.found)
        ):  # "Natten til søndag kan det fryse. Her kan der komme "isglatte veje".": the
            start = previous[0]  # place or time "Her" points back at is part of it
        return self.add("indirect", (start, end), None, None, i, "previous",
                        tags={"context-source"}) is not None

    def inside_quote_marks(self, pos: int, start: int, end: int) -> bool:
        return any(q.start() < pos < q.end() for q in QUOTED.finditer(self.text, start, end))

    def partial(self, i: int, start: int, end: int) -> bool:
        """P1: quoted words in a sentence whose cue has a speaker (not those a quote found
        in the sentence already holds); the quote is the sentence, as the real-news gold
        writes a partial quote (a gold of the marked words alone lies inside it). A
        heading ("Partier kritiserer ministeren: »...«") is no quote."""
        if self.heading(start, end):
            return False
        # marked words a found quote holds are its words, also when the quote's span is
        # the words inside the marks ('uddybede, at "det koster ikke noget"')
        quoted = [q for q in QUOTED.finditer(self.text, start, end) if _is_quotation(self.text, q)
                  and not any(q.start() < c.end + 1 and c.start < q.end() for c in self.found)
                  and not (_TERM_BEFORE.search(self.text, max(start, q.start() - 14), q.start())
                           and not _PUTS_WORD.search(self.text, start, q.start()))]
        if not quoted:
            return False
        cue = next(
            (c for c in _CUE.finditer(self.text, start, end)
             if not any(q.start() < c.start() < q.end() for q in quoted)),
            None,
        )
        if not cue:
            return False
        mention = _subject(self.text, start, cue.start())
        mention = _inverted(self.text, start, cue.start(), cue.end(), quoted[0].start(),
                            mention) or mention or mention_at(
            self.text, _skip_space(self.text, cue.end()), quoted[0].start()
        )
        if not mention:
            return False
        # the sentence that holds the marked words is the quote (one per sentence, however
        # many fragments: "kalder den »dyr« og »unødvendig«"); when a clause of the
        # sentence is a quote already, up to the last marked words
        stop = end
        if any(start <= c.start < end for c in self.found):
            stop = quoted[-1].end()
        self.add("partial", (start, stop), cue["cue"], mention, i)
        return True

    def according_to(self, i: int, start: int, end: int) -> bool:
        """I3: "Ifølge X ..." / "..., ifølge X." / "... ifølge X ..."."""
        m = _IFOLGE.search(self.text, start, end)
        if not m or self.inside_quote_marks(m.start(), start, end):
            return False
        source = m.end()
        if both := _SOURCE_LEAD.match(self.text, source, end):
            source = both.end()  # "Ifølge både politiet og kommunen": the joint source
        if document := _DOCUMENT_FROM.match(self.text, source, end):
            source = document.end()  # "ifølge brevet fra formanden": the one it is from
            mention = mention_at(self.text, source, end, object_pronouns=True)
            if mention is None and (sender := _sender_at(self.text, source, end))[0]:
                # "Ifølge referatet fra bestyrelsens møde ...": the board, over the phrase
                found, stop = sender
                assert found is not None
                mention = Mention(found.text, found.start, stop, found.kind)
        elif document := _DEFINITE_DOCUMENT.match(self.text, source, end):
            # "Ifølge rapporten ..." after "en ny rapport fra Rigsrevisionen": its sender;
            # a document nobody is named as sending ("ifølge dommen") is no quote
            mention = self.document_sender(document["noun"], start)
            if mention is None:
                return False
            source = document.end()
            mention = Mention(mention.text, source - len(document.group()), source,
                              mention.kind, mention.role, mention.parts)
        else:
            mention = mention_at(self.text, source, end, object_pronouns=True) or (
                self.named_body(source, end)) or self.quoted_source(source, end) or body_at(
                self.text, source, end) or self.described_source(source, end)
            if mention is not None:
                # "Ifølge Ekstra Bladets reporter på stedet ...": the reporter, not the paper
                mention = _media_person(self.text, mention, end) or mention
        if not mention:
            return False
        tail = re.match(rf"(?:{SP}selv(?![{LO}]))?(?:{_ON_THE_SPOT})?,?{SP}",
                        self.text[mention.end : end])
        after = mention.end + (tail.end() if tail else 0)
        if m.start() == start and (
            skip := _AFTER_SOURCE.match(self.text, mention.end, end)
        ) and (skip["noun"] is None or _GENITIVE_END.search(mention.text)):
            # "Ifølge Per Holm, der er formand for foreningen, er der ...": the clause
            # after the relative; "Ifølge DR's oplysninger har ...": after the noun
            after = skip.end()
        if m.start() == start and (
            verb := _SOURCE_MODIFIER.match(self.text, after, end)
        ):  # "Ifølge kilder tæt på regeringen går ...": the clause starts at its verb
            after = verb.end()
            if _UNNAMED_SOURCE.fullmatch(mention.text):  # an unnamed source keeps it:
                stop = len(self.text[: verb.end()].rstrip())  # "[en kilde i Venstre]"
                mention = Mention(self.text[mention.start : stop], mention.start, stop,
                                  "descriptor")
        if m.start() == start:
            span = (after, end)
        elif self.text[start : m.start()].rstrip().endswith(","):
            span = (start, m.start())
            rest = attribution_end(self.text, mention.end, end)
            if _PARENTHETICAL_REST.match(self.text, mention.end, rest):
                # "Stoffet blev, ifølge sønnen, årsagen til ...": the source in commas
                # inside the clause, which goes on after it
                span = self.clause_around(start, m.start(), end)
            elif self.text[mention.end : rest].strip(" ,") and not (
                _RELATIVE_REST.fullmatch(self.text, mention.end, rest)
            ):  # "..., ifølge X, der ... , er ..." - not the end of the sentence; a
                # relative clause on X that ends it ("..., ifølge kommunen, der har
                # skrevet til forældrene.") leaves the clause before it the report
                return False
        else:
            span = self.clause_around(start, m.start(), end)
        self.add("indirect", span, " ".join(m["cue"].lower().split()), mention, i,
                 tags={"according"})
        return True


    def in_words(self, i: int, start: int, end: int) -> bool:
        """I3 with "med X's ord" (in X's words): "Med borgmesterens ord er der tale om en
        katastrofe", "Skolen er med hans egne ord »et fængsel«"; the sentence, or the
        rest of it when the phrase opens it, is what X said."""
        m = _IN_WORDS.search(self.text, start, end)
        if m is None or self.inside_quote_marks(m.start(), start, end):
            return False
        owner = m["owner"]
        if owner in ("hans", "hendes", "deres"):
            word = {"hans": "han", "hendes": "hun", "deres": "de"}[owner]
            mention = Mention(word, m.start("owner"), m.end("owner"), "pronoun")
        else:
            name = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("s'’")
            mention = mention_at(self.text, m.start("owner"), m.start("owner") + len(name))
            if mention is None or mention.end != m.start("owner") + len(name):
                return False
        if m.start() == start:
            span = (m.end(), end)
        elif self.text[start : m.start()].rstrip().endswith(","):
            if self.text[m.end() : end].strip(" .!"):
                span = self.clause_around(start, m.start(), end)
            else:
                span = (start, m.start())  # "..., med borgmesterens ord."
        else:
            span = self.clause_around(start, m.start(), end)
        return self.add("indirect", span, "med ord", mention, i, tags={"according"}) is not None

    def described_source(self, pos: int, end: int) -> Mention | None:
        """A source described, not named, that a comma ends ("ifølge den 20-årige, der
        er tiltalt", "ifølge den tiltalte, ..."): the mention reader reads such a phrase
        only up to a given end; or a role written without article ("ifølge anmelder",
        "Ifølge tiltalte var han ...", ``BARE_ROLE_NOUNS``)."""
        if bare := _BARE_ROLE.match(self.text, pos, end) or _UNNAMED_SOURCE.match(
            self.text, pos, end
        ):  # "ifølge anmelder", "Ifølge en kilde i Venstre", "ifølge flere kilder"
            return Mention(bare.group(), bare.start(), bare.end(), "descriptor")
        comma = self.text.find(",", pos, end)
        if comma < 0:
            return None
        mention = mention_at(self.text, pos, comma)
        if mention is None or mention.kind != "descriptor" or mention.end != comma or not (
            _PERSON_DESCRIBED.search(mention.text)
        ):  # "ifølge den legende, som ...": a story, not a person
            return None
        return mention

    def clause_around(self, start: int, cue: int, end: int) -> tuple[int, int]:
        """What a sentence that holds "ifølge X" in its middle reports: the sentence,
        less a clause before it joined by "men" (or a semicolon): "Skolen lukker, men det
        vil ifølge ministeren ikke ændre planen" (the first clause is the journalist's).
        A "men" clause after the source goes on with its words ("Mandag kan der ifølge
        DMI komme sol, men ellers står menuen på regn")."""
        for j in _BUT_JOIN.finditer(self.text, start, cue):
            if j.end() <= cue and not self.inside_quote_marks(j.start(), start, end):
                start = j.end()
        return start, end

    def quoted_source(self, pos: int, end: int) -> Mention | None:
        """A page, group or programme named in quote marks after its noun ("ifølge
        facebooksiden "Ulve i Jylland"", "ifølge podcasten »Sagen«"): the name, as an
        organisation."""
        m = _QUOTED_NAME.match(self.text, pos, end)
        if m is None:
            return None
        q = QUOTED.match(self.text, m.end(), end)
        if q is None or len(q.group().split()) > 6:
            return None
        inner = inner_group(q)
        return Mention(q[inner].strip(), q.start(inner), q.end(inner), "organisation")

    def quoted_name(self, pos: int, end: int) -> Mention | None:
        """A group's name in quote marks right after a cue ('Det skriver "Foreningen for
        Bevarelse af Holm Skole" i en pressemeddelelse'): two to eight words, the first
        capitalised, no sentence end inside; the name, as an organisation."""
        q = QUOTED.match(self.text, pos, end)
        if q is None:
            return None
        inner = inner_group(q)
        name = q[inner].strip()
        if not 2 <= len(name.split()) <= 8 or not name[:1].isupper() or any(
            c in name for c in ".!?,:;"
        ):
            return None
        return Mention(name, q.start(inner), q.end(inner), "organisation")

    def named_body(self, pos: int, end: int) -> Mention | None:
        """A lower-case definite noun that ends a name written earlier ("festivalen" after
        "Roskilde Festival"): that name, as an organisation at ``pos``."""
        word = re.match(rf"[{LO}]{{4,}}(?:en|et)(?![\w-])", self.text[pos:end])
        if word is None:
            return None
        stem = word.group()[:-2]
        name = None
        ending = re.compile(rf"(?:[{UP}][\w-]+{SP}){{1,3}}{re.escape(stem.capitalize())}"
                            rf"(?![{LO}])")
        for m in ending.finditer(self.text, 0, pos):
            name = m.group()
        if name is None:
            return None
        return Mention(name, pos, pos + word.end(), "organisation")

    def document_sender(self, noun: str, before: int) -> Mention | None:
        """The sender an earlier "<noun> fra X" names, or the author of an earlier "X har
        sendt en <noun>" ("Styrelsen har sendt en redegørelse til ministeren", "Rigsrevisionen
        offentliggjorde i går en ny rapport"): the last one before ``before``."""
        found: tuple[int, Mention] | None = None
        pattern = re.compile(rf"(?<![{LO}]){re.escape(noun)}(?:en|et|n)?{SP}fra{SP}",
                             re.IGNORECASE)
        for m in pattern.finditer(self.text, 0, before):
            mention = mention_at(self.text, m.end(), before)
            if mention is not None and mention.kind in ("name", "organisation", "title"):
                found = (m.start(), mention)
        for m in _AUTHORED.finditer(self.text, 0, before):
            if m["noun"].lower() != noun or (found is not None and found[0] > m.start()):
                continue
            sentence = next((a for a, b in self.sentences if a <= m.start() < b), None)
            if sentence is None:
                continue
            mention = _subject(self.text, sentence, m.start("verb"))
            if mention is not None and mention.kind in ("name", "organisation", "title"):
                found = (m.start(), mention)
        return found[1] if found else None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _is_quotation(text: str, q: re.Match[str]) -> bool:
    """Whether quoted words are someone's words, not a title ("filmen »Jagten«") or a
    single capitalised name."""
    inner = q[inner_group(q)]
    words = inner.split()
    if len(words) == 1 and words[0][:1].isupper():
        return False
    return not (len(words) <= 4 and all(w[:1].isupper() for w in words))


def find_quotes(
    text: str, paragraphs: list[Paragraph], sentences: list[tuple[int, int]]
) -> list[QuoteCandidate]:
    """All quote candidates of a text, in text order (rules in the module doc)."""
    # a hard-wrapped paragraph's line breaks read as spaces (``sentences.unwrap``)
    return _Finder(unwrap(text, paragraphs), paragraphs, sentences).run()


class QuoteFinder:
    """Find quote candidates; writes ``doc._.pp_quote_candidates``."""

    def __init__(self, nlp: Language, name: str = "pressespejl_quotes") -> None:
        self.name = name
        if not Doc.has_extension("pp_quote_candidates"):
            Doc.set_extension("pp_quote_candidates", default=None)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[QuoteCandidate]:
        return find_quotes(text_of(doc), doc._.pp_paragraphs or [], doc._.pp_sentences or [])

    def set_annotations(self, doc: Doc, candidates: list[QuoteCandidate]) -> Doc:
        doc._.pp_quote_candidates = candidates
        return doc


@Language.factory("pressespejl_quotes")
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Direct, indirect and partial quotes with their cue and speaker phrase."""
    return QuoteFinder(nlp, name)
