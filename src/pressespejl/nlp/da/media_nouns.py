"""Danish nouns for news media, definite and indefinite, that introduce a medium's name.

Source: our own reading of Danish news ("ifølge den svenske tv-station SVT", "Det skriver
avisen Politiken", "oplyser nyhedsbureauet Ritzau"). A medium named this way speaks as an
organisation; the noun itself is not part of its name.
"""

MEDIA_NOUNS: frozenset[str] = frozenset({
    "avis", "avisen", "dagblad", "dagbladet", "ugeavis", "ugeavisen", "tv-station",
    "tv-stationen", "tv-kanal", "tv-kanalen", "kanal", "kanalen", "radiostation",
    "radiostationen", "station", "stationen", "medie", "mediet", "netmedie", "netmediet",
    "nyhedsbureau", "nyhedsbureauet", "bureau", "bureauet", "magasin", "magasinet",
    "nyhedssite", "nyhedssitet", "netavis", "netavisen", "tidsskrift", "tidsskriftet",
})
