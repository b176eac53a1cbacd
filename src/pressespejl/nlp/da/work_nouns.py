"""Words that introduce the title of a creative work: "sangen Qilak", "hans bog Stille Vand".

Source: our own reading of Danish culture news. A work's title is capitalised and may
look like a person's name, a place's or a firm's ("Qilak", "Sorte Fjeld", "Inuk Blues"),
but the gold format lists works in no entity list: news writes the kind of work right
before its title. A title after one of ``WORK_NOUNS`` (definite, or a compound ending in
one: "debutromanen", "slutsangen") is the work's, and so is every other mention of that
title in the article; it is kept as MISC.

``WORK_NOUNS_INDEFINITE`` count only after a possessive or an article ("hans sang
Qilak", "en film"): "sang" alone is also the past tense of "synge", and "Han sang i
Nuuk" names a place.

Left out: "stykket" and "nummeret" ("stykket Danmark" is a piece of land, "nummeret"
a phone number as often as a song), "programmet" (a party's programme), "værket"
(a works, a plant: "værket i Kalundborg").
"""

WORK_NOUNS: tuple[str, ...] = (
    "sangen", "bogen", "filmen", "albummet", "albumet", "serien", "tv-serien", "digtet",
    "romanen", "novellen", "digtsamlingen", "pladen", "singlen", "salmen", "operaen",
    "musicalen", "forestillingen", "dokumentaren", "dokumentarfilmen", "kortfilmen",
    "podcasten", "maleriet", "skulpturen", "symfonien", "balletten", "udstillingen",
)

WORK_NOUNS_INDEFINITE: tuple[str, ...] = (
    "sang", "bog", "film", "album", "serie", "digt", "roman", "novelle", "single",
    "salme", "opera", "musical", "forestilling", "dokumentar", "podcast", "maleri",
)
