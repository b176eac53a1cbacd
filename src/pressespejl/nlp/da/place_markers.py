"""Words that mark a name as a place: streets, squares, stations, venues and centres.

Source: our own reading of Danish addresses and news. A name whose last word is one of
``PLACE_WORDS`` ("Tavsens Gade", "Taastrup Station", "Odense Rådhus", "MCH Arena"), or a
single word that ends in one of ``STREET_ENDINGS`` ("Graulundvej", "Nørregade"), is a
place even when a trained NER reads it as a person or an organisation. So is a name
after one of ``PLACE_PREFIXES`` ("Mont Ventoux", "Center Sandholm") or after a compound
that ends in ``CENTRE_ENDINGS`` ("Udrejsecenter Sjælsmark", "Flyvestation Skrydstrup"):
news names asylum centres, air bases and airports by the place they stand in.
"""

PLACE_WORDS: frozenset[str] = frozenset(
    {
        "Gade", "Vej", "Allé", "Alle", "Boulevard", "Plads", "Torv", "Stræde", "Vænge",
        "Station", "Banegård", "Stadion", "Arena", "Rådhus", "Lufthavn", "Havn", "Bro",
        "Slot", "Park", "Skov", "Sø", "Fjord", "Strand", "Bakke", "Ø",
    }
)

STREET_ENDINGS: tuple[str, ...] = (
    "vej", "gade", "stræde", "allé", "boulevard", "plads", "torv", "vænge", "banegård",
)

PLACE_PREFIXES: frozenset[str] = frozenset(
    {"Mont", "Monte", "Mount", "Kap", "Cape", "Lake", "Sierra", "Center", "Centret"}
)

CENTRE_ENDINGS: tuple[str, ...] = ("center", "centret", "lejr", "lejren", "station", "lufthavn")
