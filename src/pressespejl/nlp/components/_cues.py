"""Compiled quote cues: the Danish speech verbs, phrases and particles of ``nlp/da`` as the
patterns the quotes component matches.

    SPEECH           "siger", "sagde", "erklærer", "fastslår", "lød det fra"
    PARTICLE         "slår fast", "slår desuden fast", "peger på" (verb and particle
                     together, up to two adverbs between)
    THAT_CUE         a cue that may open "X <cue>, at ...": speech, "afviser", particle
    COGNITIVE        "mener", "vurderer", "tror": a cue only in a speech frame
    SOUND            "lyder det fra", "lød den nedslående melding fra", "lyder svaret",
                     "lyder det", "lød Zornigers umiddelbare reaktion"
    ATTRIBUTION_CUE  what may follow quoted words ("..., ler han", "..., slår han fast",
                     "..., stemmer X i", "..., mener han")

Every verb pattern ends at a word end; the particle and sound patterns name their parts
(``particle``, ``prep``, ``owner``) so a rule can tell where the speaker is.
"""

from __future__ import annotations

import re

from pressespejl.nlp.components._lexicon import GENITIVE_WORD, LO, SP, alternation
from pressespejl.nlp.da.cue_phrases import (
    ACCORDING_TO,
    CUE_PHRASES,
    SOUND_NOUNS,
    SOUND_PREPOSITIONS,
    SOUND_VERBS,
)
from pressespejl.nlp.da.speech_verbs import (
    ATTRIBUTION_VERBS,
    PARTICLE_VERBS,
    PASSIVE_SPEECH,
    SPEECH_VERBS,
    THAT_ONLY_VERBS,
)
from pressespejl.nlp.da.stance_verbs import COGNITIVE_VERBS, STANCE_AS_QUOTES, STANCE_VERBS

_OCR_LETTERS = str.maketrans({"æ": "ae", "ø": "oe"})


def ocr_spellings(forms: dict[str, str]) -> dict[str, str]:
    """The forms and their spellings with "ae" for "æ" and "oe" for "ø" ("fortaeller",
    "naevner", "foelger"): PressReader's OCR text and some foreign keyboards write
    Danish letters so, and a cue must still read as one. "å" is left alone: "aa" is a
    spelling of names ("Aarhus"), not of these verbs."""
    return {**forms, **{form.translate(_OCR_LETTERS): lemma for form, lemma in forms.items()}}


def _forms(table: dict[str, tuple[str, ...]], infinitive: bool = False) -> dict[str, str]:
    """Form -> lemma (also in OCR spelling); with ``infinitive`` the lemma (the
    infinitive) is a form too."""
    found = {form: lemma for lemma, forms in table.items() for form in forms}
    if infinitive:
        found.update({lemma: lemma for lemma in table})
    return ocr_spellings(found)


def _words(forms: object) -> str:
    return rf"(?:{alternation(forms)})(?![{LO}])"  # type: ignore[arg-type]


SPEECH_FORMS = _forms(SPEECH_VERBS, infinitive=True)
THAT_ONLY_FORMS = _forms(THAT_ONLY_VERBS, infinitive=True)
ATTRIBUTION_FORMS = _forms(ATTRIBUTION_VERBS)
# a common verb is an infinitive cue only with its particle: "lægge vægt" ("at lægge sig"
# reports nothing)
_PARTICLE_NEEDED = frozenset({"lægge vægt"})
INFINITIVES = frozenset({*SPEECH_VERBS, *THAT_ONLY_VERBS,
                         *(f"{forms[-1]} {particle}" if lemma in _PARTICLE_NEEDED else forms[-1]
                           for lemma, (forms, particle) in PARTICLE_VERBS.items())})
"""The infinitive cues: "kunne oplyse", "lagde ud med at fortælle", "vil slå fast"."""
COGNITIVE_FORMS = _forms(COGNITIVE_VERBS)
STANCE_FORMS = _forms(STANCE_VERBS) if STANCE_AS_QUOTES else {}
PARTICLE_FORMS = ocr_spellings(
    {form: particle for lemma, (forms, particle) in PARTICLE_VERBS.items() for form in forms
     if lemma not in _PARTICLE_NEEDED})
"""The verb of a particle verb that may stand apart from its particle ("slår han fast");
not "lægger": alone it is any sentence's verb ("sneen vil lægge sig")."""
_ALL_PARTICLE_FORMS = {form: particle for forms, particle in PARTICLE_VERBS.values()
                       for form in forms}

# adverbs a particle verb may hold before its particle: "slår desuden fast"
_PARTICLE_ADVERBS = ("også", "dog", "desuden", "samtidig", "igen", "endnu", "nu", "derfor",
                     "klart", "ligeledes", "tidligere", "allerede", "især", "særligt",
                     "navnlig", "stor", "meget", "afgørende")
_ADVERB = _words(_PARTICLE_ADVERBS)

SPEECH_WORD = _words([*SPEECH_FORMS, *ocr_spellings(CUE_PHRASES)])
"""A speech verb or fixed cue phrase."""
STANCE_WORD = _words(STANCE_FORMS) if STANCE_FORMS else r"(?!x)x"
COGNITIVE_WORD = _words(COGNITIVE_FORMS)
THAT_ONLY_WORD = _words(THAT_ONLY_FORMS)
ATTRIBUTION_WORD = _words(ATTRIBUTION_FORMS)

# where the words were said, between a particle verb and its particle: "slår i en
# pressemeddelelse fast", "giver i en meddelelse udtryk for", "peger i sin rapport på"
_WHERE = rf"(?:i|på|over{SP}for){SP}(?:(?:en|et|sin|sit|sine|den|det){SP})?[{LO}-]+"
_WHERE_PARTICLES = ("fast", "udtryk", "opmærksom", "på")
"""Particles that a place phrase may precede; not "i" ("stemmer i en afstemning i
morgen") or "ud"."""

PARTICLE = "|".join(
    rf"{_words(ocr_spellings(dict.fromkeys(forms, '')))}(?:{SP}{_ADVERB}){{0,2}}"
    rf"{f'(?:{SP}{_WHERE})?' if particle in _WHERE_PARTICLES else ''}"
    rf"(?:{SP}{_ADVERB}){{0,2}}{SP}{re.escape(particle)}(?![{LO}])"
    for forms, particle in PARTICLE_VERBS.values()
)
"""A particle verb with its particle next to it: "slår fast", "slår desuden fast", "slår
i en pressemeddelelse fast"."""
_INVERTED_PARTICLES = {"slå fast": "fast", "pege på": "på", "lade forstå": "forstå",
                       "melde ud": "ud", "gøre opmærksom": r"opmærksom(?:\s+på)?",
                       "give udtryk": r"udtryk(?:\s+for)?", "minde om": "om"}
PARTICLE_INVERTED = "|".join(
    rf"(?P<verb{k}>{_words(ocr_spellings(dict.fromkeys(PARTICLE_VERBS[lemma][0], '')))})"
    rf"(?P<mid{k}>(?:{SP}[^\s,.;:!?\"„“”»«]+){{1,5}}?){SP}"
    rf"(?P<particle{k}>{particle})(?![{LO}])"
    for k, (lemma, particle) in enumerate(_INVERTED_PARTICLES.items())
)
"""A particle verb with its subject between verb and particle, the verb second in its
sentence: "Derfor slog ministeren fast", "lod politiet forstå", "pegede hun på", "gjorde
borgmester Per Holm opmærksom på". The groups are numbered by verb (``verb0``,
``mid0``, ``particle0``, ...): the subject is in ``mid``."""
PARTICLE_VERB = _words(PARTICLE_FORMS)
"""The verb of a particle verb alone ("slår"), for "..., slår han fast."."""

SPEECH = rf"(?:{PARTICLE}|{SPEECH_WORD})"
"""A cue that opens any quote shape."""
THAT_CUE = rf"(?:{PARTICLE}|{SPEECH_WORD}|{THAT_ONLY_WORD}|{STANCE_WORD})"
"""A cue that may govern a that-clause ("afviser, at")."""

_SOUND_VERB = _words(SOUND_VERBS)
SOUND_VERB = _SOUND_VERB
""""lyder", "lød", "hedder", "hed"."""
_SOUND_PREP = _words(SOUND_PREPOSITIONS)
SOUND = (
    rf"{_SOUND_VERB}(?:{SP}[{LO}]+(?<!fra)(?<!over)){{0,4}}?{SP}(?P<prep>{_SOUND_PREP})"
)
"""A "lyder"/"lød" phrase whose speaker follows its preposition: "lyder det fra",
"lød den nedslående melding fra", "lød det med tilfredshed fra", "lyder det over"."""
SOUND_BARE = (
    rf"{_SOUND_VERB}(?:{SP}(?:det|svaret|beskeden|meldingen|budskabet|opfordringen|advarslen"
    rf"|udmeldingen|reaktionen|kommentaren|forklaringen)(?![{LO}]))"
    rf"(?:{SP}(?!fra(?![{LO}])|over(?![{LO}]))[{LO}]+){{0,2}}(?!{SP}(?:fra|over)(?![{LO}]))"
)
"""A "lyder det" with no speaker: "..., lyder det.", "lyder det forsigtigt", "lyder svaret:"."""
SOUND_OWNER = (
    rf"{_SOUND_VERB}{SP}(?P<owner>{GENITIVE_WORD})(?:{SP}[{LO}]+){{0,2}}?{SP}"
    rf"(?:{alternation(SOUND_NOUNS)})(?:en|et)?(?![{LO}])"
)
"""The speaker in the genitive before the noun for their words: "lød Zornigers
umiddelbare reaktion"."""
MESSAGE_FROM = (
    rf"(?:{alternation(SOUND_NOUNS)})(?:en|et)(?:{SP}[{LO}]+)?{SP}fra(?![{LO}])"
)
"""The words' noun and "fra", before a speaker and a that-clause: "meldingen fra DSB"."""

ACCORDING = rf"(?<![\w-])(?P<cue>(?i:{alternation(ACCORDING_TO)}))(?![{LO}])"
""""ifølge" (also written "i følge") and "jævnfør"."""

PARTIAL_EXTRA = ("anklager", "anklagede", "beskylder", "beskyldte", "kritiserer",
                 "kritiserede", "roser", "roste", "omtaler", "omtalte", "omtalt", "beskriver",
                 "beskrev", "sætter ordet", "satte ordet", "sat ordet", "sætte ordet",
                 "fordømmer", "fordømte",
                 "betegner", "betegnede", "karakteriserer", "karakteriserede",
                 "karakteriseret")
"""Verbs that report words only with the words in quote marks: "anklagede Venstre for
at »udskamme statsministeren«"."""
_PARTIAL_WORD = _words(ocr_spellings(dict.fromkeys(PARTIAL_EXTRA, "")))
PARTIAL_CUE = rf"(?:{SPEECH}|{COGNITIVE_WORD}|{_PARTIAL_WORD}|{THAT_ONLY_WORD})"

ATTRIBUTION_CUE = rf"(?:{SPEECH}|{ATTRIBUTION_WORD}|{COGNITIVE_WORD}|{PARTICLE_VERB})"
"""A verb that may follow quoted words: speech ("siger"), manner ("ler"), a view
("mener": the marks make the words the speaker's) or a particle verb whose particle
follows the speaker ("slår han fast")."""

ANY_CUE = re.compile(
    rf"(?<![\w-])(?:{SPEECH}|{THAT_ONLY_WORD}|{COGNITIVE_WORD}|{STANCE_WORD}|{_SOUND_VERB}"
    rf"|{PARTICLE_VERB}|{_PARTIAL_WORD}|opfordr|appeller|(?i:ifølge|i{SP}følge|jævnfør)"
    rf"|[Mm]ed(?:{SP}[^\s,.]+){{1,3}}?{SP}(?:egne{SP})?ord(?![{LO}])"
    rf"|{_words(dict.fromkeys(PASSIVE_SPEECH, ''))}"
    rf"|(?:{alternation(SOUND_NOUNS)})(?:en|et){SP}fra)"
)
"""Every narrative rule needs one of these in its sentence: one search rules a sentence
out before the rules are tried on it."""


def cue_lemma(cue: str) -> str | None:
    """The lemma of a cue's verb ("sagde" -> "sige", "slår desuden fast" -> "slå fast")."""
    words = cue.lower().split()
    if not words:
        return None
    for table in (SPEECH_FORMS, THAT_ONLY_FORMS, ATTRIBUTION_FORMS, COGNITIVE_FORMS,
                  STANCE_FORMS):
        if words[-1] in table:
            return table[words[-1]]
        if words[0] in table:
            return table[words[0]]
    if words[0] in _ALL_PARTICLE_FORMS:
        return f"{words[0]} {_ALL_PARTICLE_FORMS[words[0]]}"
    return None


def is_cognitive(cue: str | None) -> bool:
    """Whether a cue reports a view ("mener") rather than words."""
    return bool(cue) and cue.lower().split()[-1] in COGNITIVE_FORMS
