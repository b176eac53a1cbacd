"""Danish personal pronouns that can be a speaker, mapped to the gender they refer to.

Source: Dansk Sprognævn (subject forms only: a speaker is the subject of the cue).
"de" (they) is kept so that a quote attributed to "de" is recognised; it resolves to
no speaker, as we do not track plural referents. "den"/"det" are left out: they are
far more often articles or the "Det siger X" back-reference than speakers.
"""

PRONOUNS: dict[str, str] = {
    "han": "male",
    "hun": "female",
    "de": "plural",
}
