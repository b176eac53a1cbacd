"""Danish multi-word quote cues where the speaker follows a preposition.

Source: our own reading of Danish news ("..., lød det fra den russiske
viceudenrigsminister, Sergej Rjabkov.", "..., lyder dommen fra DMI.", "Sådan lyder den
kedelige melding fra vagthavende meteorolog Mette Wagner", "lød det med tilfredshed fra
den tyske træner", "lyder det over højttaleren i toget:"). Each phrase maps to the lemma
of its verb.

``CUE_PHRASES`` are the fixed phrases (also verb phrases that report speech before a
that-clause: "gør det klart, at", "lægger ikke skjul på, at", "giver udtryk for, at").
``SOUND_VERBS`` ("lyder", "lød") open the free
form read by the quotes component: the verb, up to four lower-case words ("det", "den
nedslående melding", "det med tilfredshed") and ``SOUND_PREPOSITIONS`` ("fra", "over")
before the speaker. With no speaker ("..., lyder det." / "lyder det forsigtigt") the
speaker comes from the context; ``SOUND_NOUNS`` name what a speaker's words are when the
owner is written in the genitive ("..., lød Zornigers umiddelbare reaktion.").
"ifølge" (according to) is its own cue in the quotes component, as it needs no verb.
"""

CUE_PHRASES: dict[str, str] = {
    "lød det fra": "lyde",
    "lyder det fra": "lyde",
    "hed det fra": "hedde",
    "hedder det fra": "hedde",
    "gør det klart": "gøre",
    "gjorde det klart": "gøre",
    "lægger ikke skjul på": "lægge",
    "lagde ikke skjul på": "lægge",
    "giver udtryk for": "give",
    "gav udtryk for": "give",
    # a party's claim in court: "Forsvareren gjorde gældende, at ..."
    "gør gældende": "gøre",
    "gjorde gældende": "gøre",
    "gjort gældende": "gøre",
    "gøre gældende": "gøre",
    # the press quoting someone: "Borgmesteren er citeret for, at ...", "I avisen er Per
    # Holm citeret for, at ..." (the passive alone, "Det siges, at", names nobody and is
    # left out; "citeres for at sige, at" leaves the that-clause to "sige")
    "er citeret for": "citere",
    "citeret for": "citere",
    "var citeret for": "citere",
    "blev citeret for": "citere",
    "citeres for": "citere",
    "citeredes for": "citere",
}

SOUND_VERBS: tuple[str, ...] = ("lyder", "lød", "hedder", "hed")
SOUND_PREPOSITIONS: tuple[str, ...] = ("fra", "over")
SOUND_NOUNS: tuple[str, ...] = (
    "reaktion", "svar", "besked", "melding", "kommentar", "dom", "konklusion", "vurdering",
    "opfordring", "advarsel", "budskab", "forklaring", "prognose", "udmelding", "anbefaling",
    "ord",
)
ACCORDING_TO: tuple[str, ...] = ("ifølge", "i følge", "jævnfør")

DESCRIBING_VERBS: tuple[str, ...] = (
    "beskriver", "beskrev", "karakteriserer", "karakteriserede", "betegner", "betegnede",
    "opsummerer", "opsummerede", "sammenfatter", "sammenfattede",
)
"""Verbs that take up the words before them with "Sådan"/"Således": "Kaotisk, larmende og
helt uden plan. Sådan beskriver formand Lise Holm forholdene på skolen." (the lede is her
description). Without "Sådan" they report no words ("Hun beskriver forholdene")."""

MEDIA_ROLES: tuple[str, ...] = (
    "reporter", "journalist", "korrespondent", "medarbejder", "vært", "studievært",
    "fotograf", "kommentator", "analytiker", "redaktør", "chefredaktør", "interviewer",
)
"""Nouns for a medium's people, after its genitive ("Ekstra Bladets reporter", "TV 2's
korrespondent") or definite ("værten", "reporteren"): a described speaker ("Ifølge Ekstra
Bladets reporter på stedet hersker der kaos", "»Hvordan føles det?«, ville værten vide").
The medium itself is not the speaker, and the words are not dropped."""

LOUDSPEAKERS: tuple[str, ...] = (
    "højttaler", "højtaler", "speaker", "megafon", "samtaleanlæg", "callingsystem",
)
"""Where an announcement sounds from, as its described speaker: "lyder det i
højttalerne, at toget er aflyst", "Det meddeles over højttaleren, at ..."."""

BARE_ROLE_NOUNS: tuple[str, ...] = (
    "anmelder", "tiltalte", "sigtede", "forurettede", "skadelidte", "vidnet", "anklager",
    "forsvarer", "vagthavende", "vagtchef", "politikommissær", "indklagede", "klager",
)
"""Roles that police and court reports write without an article, as a described speaker:
"..., ifølge anmelder, ...", "Ifølge tiltalte var han ...", "lyder det fra vagthavende
hos DMI"."""
