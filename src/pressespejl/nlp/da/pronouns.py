"""Danish personal pronouns that can be a speaker, mapped to the gender they refer to.

Source: Dansk Sprognævn. ``PRONOUNS`` are subject forms (a speaker is the subject of
the cue); ``OBJECT_PRONOUNS`` follow "ifølge" ("Ifølge hende kan der komme huller i
skydækket"). "de"/"dem" (they) are kept so that a quote attributed to them is
recognised; they resolve to no person, as we do not track plural referents. "den"/"det"
are left out: they are far more often articles or the "Det siger X" back-reference
than speakers.
"""

PRONOUNS: dict[str, str] = {
    "han": "male",
    "hun": "female",
    "de": "plural",
}

OBJECT_PRONOUNS: dict[str, str] = {
    "ham": "male",
    "hende": "female",
    "dem": "plural",
}
