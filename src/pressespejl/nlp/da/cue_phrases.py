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
}

SOUND_VERBS: tuple[str, ...] = ("lyder", "lød", "hedder", "hed")
SOUND_PREPOSITIONS: tuple[str, ...] = ("fra", "over")
SOUND_NOUNS: tuple[str, ...] = (
    "reaktion", "svar", "besked", "melding", "kommentar", "dom", "konklusion", "vurdering",
    "opfordring", "advarsel", "budskab", "forklaring", "prognose", "udmelding", "anbefaling",
)
ACCORDING_TO: tuple[str, ...] = ("ifølge", "i følge", "jævnfør")
