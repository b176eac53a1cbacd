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
        # roads and landforms: "Sønderjyske Motorvej", "Moltrup Landevej", "Sjællands
        # Odde", "Sjællands Rev", "Dogger Banke"; halls: "Falkoner Salen"
        "Motorvej", "Motorvejen", "Landevej", "Odde", "Rev", "Banke", "Bugt", "Halvø",
        "Salen", "Hallen",
        # electoral districts: "Østjyllands Storkreds"
        "Storkreds", "Storkredsen", "Opstillingskreds",
    }
)

STREET_ENDINGS: tuple[str, ...] = (
    "vej", "gade", "stræde", "allé", "boulevard", "plads", "torv", "vænge", "banegård",
    "vejen", "gaden", "motorvejen", "pladsen", "torvet", "tunnelen", "tunnellen",
)

STREET_WORDS: frozenset[str] = frozenset(
    {"Gade", "Vej", "Allé", "Boulevard", "Plads", "Torv", "Stræde", "Vænge"}
)
"""The last word of a street's or a square's name of two or three words ("Tavsens Gade",
"Blågårds Plads"): a place wherever it stands, with no trained NER behind it."""

STREET_WORD_ENDINGS: tuple[str, ...] = (
    "vej", "gade", "stræde", "allé", "boulevard", "plads", "torv", "vænge", "centret",
    "centeret",
)
"""The endings of a one-word street, square or shopping centre ("Kalvebodvej",
"Nørregade", "Rosengårdscentret") read as a place by their form alone; not the definite
"-vejen"/"-gaden", which end everyday words ("Hovedgaden", "Omfartsvejen") as often as
names, and never an everyday compound the lemma table knows."""

ROAD_NUMBER = r"(?:E|Rute[^\S\n]+)\d{1,3}"
"""A numbered road: the European routes ("E45", "E20") and the Danish primary routes
("Rute 9"). With a motorway's name after it ("E45 Sønderjyske Motorvej") the whole is
one place."""

PLACE_PREFIXES: frozenset[str] = frozenset(
    {"Mont", "Monte", "Mount", "Kap", "Cape", "Lake", "Sierra", "Center", "Centret"}
)

COMPASS_PREFIXES: frozenset[str] = frozenset({"Vester", "Øster", "Nørre", "Sønder"})
"""The compass words that start Danish village and town names of two words ("Vester
Mark", "Sønder Omme", "Nørre Nebel", "Øster Hurup"): such a name is a place, though
"Vester" is a first name to gender-guesser. Left out: "Vestre" and "Østre", which also
start the names of courts ("Vestre Landsret"), and "Store"/"Lille" ("Store Nord")."""

CENTRE_ENDINGS: tuple[str, ...] = ("center", "centret", "lejr", "lejren", "station", "lufthavn")

PLACE_NOUNS: tuple[str, ...] = (
    "delstaten", "provinsen", "byen", "landsbyen", "øen", "øgruppen", "halvøen",
    "hovedstaden", "bydelen", "forstaden", "landsdelen", "regionen", "distriktet",
    "grevskabet", "området", "sognet", "bjerget", "floden", "søen",
)
"""A lower-case definite noun, or a compound ending in one, that introduces a place's
name: "i delstaten Missouri", "kasinobyen Las Vegas", "den islandske by Grindavik" (the
indefinite "by" only after an adjective is left out: "by" is also a preposition in
names)."""

NATURE_ENDINGS: tuple[str, ...] = (
    "pynten", "odden", "åen", "fjorden", "bugten", "skoven", "søen", "dalen", "næsset",
    "klinten", "heden", "mosen", "stranden", "vigen", "sundet", "bæltet", "bjerget",
    "fjeldet", "bræen", "gletsjeren",
)
"""A capitalised word ending in one names a river, a coast, a forest or a mountain
("Gudenåen", "Sydvestpynten", "Rold Skoven", "Himmelbjerget"), unless it is an everyday
compound ("Bøgeskoven" is in spaCy's lemma table and stays unnamed)."""

COMPOUND_PLACE_HEADS: tuple[str, ...] = (
    "motorvejen", "motorvej", "motortrafikvejen", "landevejen", "omfartsvejen",
    "ringvejen", "broen", "tunnelen", "tunnellen", "kredsen", "storkredsen",
)
"""The head of a compound that names a road, a bridge or an electoral district after a
place: "Helsingør-motorvejen", "Storebælts-broen", "Aalborg Øst-kredsen"; the whole
compound is one place, not the town it starts with."""

SAINT_PREFIXES: tuple[str, ...] = ("Sankt", "Skt.", "Sct.", "St.", "San", "Santa", "São",
                                   "Saint", "Sainte")
"""A saint's title: what follows names a city, a church or a square ("Sankt Petersborg",
"Skt. Jørgens Kirke", "St. Olavs Hospital", "Sct. Mortens Gade"), never a person living
now; the title belongs to the name (a sentence splitter must not cut at "St.", and a
person's rule must not start the name after it)."""

BUILDING_WORDS: tuple[str, ...] = (
    "Kirke", "Kirken", "Kirkes", "Kapel", "Kapellet", "Katedral", "Katedralen", "Domkirke",
    "Kloster", "Klosteret", "Kilde", "Gade", "Gades", "Plads", "Torv", "Vej", "Stræde",
    "Bjerg", "Sø", "Ø", "Slot", "Sogn", "Sogns",
)
"""The last word of a saint's place: a church, a chapel, a square, a street, a spring
("Sankt Petri Kirke", "Skt. Hans Torv"); with a saint's title before it the whole is a
place."""
