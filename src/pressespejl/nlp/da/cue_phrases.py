"""Danish multi-word quote cues where the speaker follows a preposition.

Source: our own reading of Danish wire copy ("..., lød det fra den russiske
viceudenrigsminister, Sergej Rjabkov."). Each phrase maps to the lemma of its verb.
"ifølge" (according to) is its own cue and lives in the quotes component's pattern, as
it needs no verb.
"""

CUE_PHRASES: dict[str, str] = {
    "lød det fra": "lyde",
    "lyder det fra": "lyde",
    "hed det fra": "hedde",
    "hedder det fra": "hedde",
}
