"""Danish nouns for news media, definite and indefinite, that introduce a medium's name,
and the names of the media Danish news cites most.

Source: our own reading of Danish news ("ifølge den svenske tv-station SVT", "Det skriver
avisen Politiken", "oplyser nyhedsbureauet Ritzau"). A medium named this way speaks as an
organisation; the noun itself is not part of its name. A definite noun alone ("Avisen
skriver", "oplyser tv-stationen") points back at the medium the article named before it.
"""

MEDIA_NOUNS: frozenset[str] = frozenset({
    "avis", "avisen", "dagblad", "dagbladet", "ugeavis", "ugeavisen", "tv-station",
    "tv-stationen", "tv-kanal", "tv-kanalen", "kanal", "kanalen", "radiostation",
    "radiostationen", "station", "stationen", "medie", "mediet", "netmedie", "netmediet",
    "nyhedsbureau", "nyhedsbureauet", "bureau", "bureauet", "magasin", "magasinet",
    "nyhedssite", "nyhedssitet", "netavis", "netavisen", "tidsskrift", "tidsskriftet",
    "blad", "bladet", "ugeblad", "ugebladet", "fagblad", "fagbladet", "radiokanal",
    "radiokanalen", "nyhedsmedie", "nyhedsmediet", "webavis", "webavisen", "netmagasin",
    "netmagasinet", "nyhedskanal", "nyhedskanalen", "radio", "radioen",
    "mediehus", "mediehuset", "avishus", "avishuset",
})

MEDIA_OUTLETS: frozenset[str] = frozenset({
    "Ritzau", "Ritzaus Bureau", "Reuters", "AFP", "AP", "Bloomberg", "DR", "TV 2",
    "TV 2 News", "TV 2 Lorry", "TV 2 Fyn", "TV2 Østjylland", "TV2 Nord", "TV 2 Kosmopol",
    "TV Syd", "TV Midtvest", "TV2 Bornholm", "TV3", "TV 3", "Berlingske", "Politiken",
    "Jyllands-Posten", "Ekstra Bladet", "B.T.", "Information", "Weekendavisen",
    "Kristeligt Dagblad", "Børsen", "Altinget", "Zetland", "Fyens Stiftstidende",
    "JydskeVestkysten", "Nordjyske", "Sermitsiaq", "KNR", "BBC", "CNN", "SVT", "NRK",
    "ARD", "ZDF", "The New York Times", "The Guardian", "Bild", "Der Spiegel", "Radio4",
    "Radio 24syv", "Dagbladet Roskilde", "Aarhus Stiftstidende", "Aalborg Stiftstidende",
    "Fagbladet 3F", "Jysk Fynske Medier", "Sjællandske Medier", "Mediawatch", "Avisen.dk",
    "Version2", "Ingeniøren", "Computerworld", "Euroman", "Se og Hør",
    "Billed-Bladet", "Le Monde", "Financial Times", "The Washington Post", "Wall Street Journal",
    "The Wall Street Journal", "Al Jazeera", "Sky News", "Fox News", "Dagens Nyheter",
    "Aftonbladet", "Expressen", "VG", "Aftenposten", "Die Welt", "Süddeutsche Zeitung",
    "Finans", "DR Nyheder",
})
"""Media by name. A name ending in a medium's word ("Vejle Amts Folkeblad", "Frederiks-
borg Amts Avis", "Lolland-Falsters Folketidende") counts too (``MEDIA_NAME_ENDINGS``)."""

MEDIA_NAME_ENDINGS: tuple[str, ...] = (
    "avis", "tidende", "blad", "bladet", "posten", "radio", "nyheder", "medier", "news",
    "times", "post", "journal", "dagblad", "stiftstidende", "folkeblad", "tv",
)

MEDIA_FORM_ENDINGS: tuple[str, ...] = (
    "watch", "avisen", "ugebrev", "nyheder", "tidende", "folkeblad", "posten", "bladet",
    "dagblad",
)
"""The last letters of a medium's name that make it one wherever it stands, also as one
word of its own ("Energiwatch", "Uniavisen", "Økonomisk Ugebrev", "Sjællandske
Nyheder"): the entities component lists them as organisations. Narrower than
``MEDIA_NAME_ENDINGS``, whose "news", "post" or "radio" also end other names."""
