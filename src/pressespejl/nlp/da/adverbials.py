"""Danish adverbials that stand between a speaker and the speech verb.

Source: our own reading of Danish grammar (Dansk Sprognævn on sentence adverbials, "the
field between subject and verb" in subordinate clauses) and of news attributions:
"..., da selskabet torsdag meldte ud, at ...", "Ministeren har dog også tidligere sagt,
at ...", "Politiet kunne i går oplyse, at ...". A speech cue may be separated from its
subject by any run of these; a word outside the list ("Ministeren besøgte skolen og
sagde") ends the subject's reach.

``SENTENCE_ADVERBS`` are single words; ``TIME_ADVERBIALS`` may be several ("i går",
"torsdag aften"); ``MODALS`` are the auxiliaries before an infinitive cue ("kunne
oplyse", "vil fortælle"). ``FOCUS_PARTICLES`` may stand before a subject at the start of
a sentence without inverting it: "Også borgmesteren understreger, at ...".
"""

from pressespejl.nlp.da.weekdays import WEEKDAYS

SENTENCE_ADVERBS: tuple[str, ...] = (
    "også", "dog", "nu", "selv", "tidligere", "senere", "derfor", "desuden", "samtidig",
    "imidlertid", "endvidere", "efterfølgende", "allerede", "stadig", "fortsat", "endnu",
    "netop", "faktisk", "endda", "så", "nemlig", "ligeledes", "igen", "klart", "kort",
    "blandt andet", "bl.a.", "i øvrigt", "til gengæld", "da", "i den forbindelse",
    "flere gange", "gentagne gange", "ofte", "tit", "længe", "hele tiden", "altid",
    "offentligt", "åbent", "udtrykkeligt", "direkte", "skriftligt",
)
"""Negations are left out: "Ministeren vil ikke sige, at ..." reports no statement."""

_PARTS_OF_DAY = ("morgen", "formiddag", "eftermiddag", "aften", "nat")

TIME_ADVERBIALS: tuple[str, ...] = (
    "i dag", "i går", "i morgen", "i morges", "i aftes", "i nat", "i aften",
    "i formiddags", "i eftermiddags", "sent", "tidligt", "tidligere på dagen",
    "senere på dagen", "kort efter", "efter mødet", "efter kampen", "forleden",
    "for nylig", "i sidste uge", "i weekenden",
    *WEEKDAYS,
    *(f"{day} {part}" for day in WEEKDAYS for part in _PARTS_OF_DAY),
    *(f"i {day}s" for day in WEEKDAYS),
)

TAIL_PREPOSITIONS: tuple[str, ...] = (
    "i forbindelse med", "i løbet af", "over for", "overfor", "forud for", "i", "på", "til",
    "ved", "under", "efter", "hos", "med", "foran", "inden", "gennem", "via", "fra",
)
"""Prepositions of the phrase that may stand between an auxiliary and the cue: where,
when or to whom the words were said ("har i et interview med avisen sagt", "har over for
TV 2 bekræftet", "kunne på mødet i aftes fortælle")."""

MODALS: tuple[str, ...] = ("kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte",
                           "har", "havde")

FOCUS_PARTICLES: tuple[str, ...] = ("Også", "Både", "Heller ikke", "Selv", "Især", "Kun", "Netop")
