"""Words that mark a capitalised name as an organisation's, not a person's or a place's.

Source: our own reading of how Danish news writes the names of companies, public bodies
and clubs. Used by the entities component (``find_organisations``); a person needs a
known first name or a role, so a name that ends in one of these is an organisation even
when a trained NER calls it a person ("Nordlys Foods", "Lyngby Boldklub").

    SUFFIX_WORDS      the last word of a name: "Nordlys Foods", "Esbjerg Kommune",
                      "Fyns Politi", "Silkeborg IF", "Bremen Teater"
    PREFIX_WORDS      the first word of a name, a capitalised word follows:
                      "Region Nordjylland", "FC Nordsøen", "Team Nordvind"
    NAME_ENDINGS      a capitalised compound ending in one is a name in itself:
                      "Forsvarsministeriet", "Miljøstyrelsen", "Klimarådet",
                      "Vejdirektoratet", "Procesbevillingsnævnet", "EU-Kommissionen",
                      "Økonomiudvalget";
                      a capitalised word right after it is part of the name
                      ("Forbrugerrådet Tænk", "Kunstmuseet Nordhavn")
    DESCRIPTOR_ENDINGS  a compound ending in one describes the name that follows
                      ("Forbrugerorganisationen Passagerpulsen", "Fagforeningen 3F");
                      alone it is a name too ("Filmmedarbejderforeningen")

Left out: "retten" as an ending ("Landsretten" in running text points back at a named
court); courts are read as "Retten i <by>" (``COURT_WORDS``). "Kosmetik", "Møbler"
and the like are company words only after a name that is no person's: they are
handled by the common-noun test in the entities component.
"""

SUFFIX_WORDS: frozenset[str] = frozenset(
    {
        # companies
        "A/S", "ApS", "I/S", "P/S", "Foods", "Group", "Gruppen", "Holding", "Bank",
        "Sparekasse", "Forsikring", "Energi", "Fondsbørs",
        # companies named in English, and the forms of foreign companies: "Vexve
        # Denmark" (a subsidiary), "Diana Shipping", "Fjord Line", "Volvo Cars"
        "Shipping", "Line", "Lines", "Airlines", "Airways", "Marine", "Denmark",
        "Production", "Productions", "Media", "Capital", "Partners", "Systems",
        "Solutions", "Technologies", "Consulting", "Logistics", "Pharma", "Records",
        "Entertainment", "Cars", "Motors", "Company", "Corporation", "Inc", "Inc.",
        # Greenlandic and Nordic firms named in English: "Royal Greenland", "Arctic
        # Seafood", "Polar Seafood", "Visit Greenland"
        "Greenland", "Seafood", "Seafoods", "Fisheries", "Fishing", "Energy", "Offshore",
        "Resources", "Minerals", "Mining", "Trading", "Invest", "Services", "Industries",
        "Fish", "Food", "Prawns", "Shrimp", "Salmon", "Farms", "Brewery", "Bryggeri",
        "Ltd", "Ltd.", "LLC", "plc", "GmbH", "AB", "ASA", "Oyj", "AG", "SA", "NV", "BV",
        # trades: "Rackmanns Fabrikker", "Aalborg Værft", "Thise Mejeri"
        "Fabrik", "Fabrikker", "Maskinfabrik", "Værft", "Mejeri", "Rederi", "Trælast",
        # newspapers named in English: "Los Angeles Times", "Washington Post"
        "Times", "Post", "Journal", "Tribune", "Herald", "Gazette", "Avis", "Tidende",
        "Nyt",
        # public bodies
        "Kommune", "Politi", "Beredskab", "Beredskaber", "Brandvæsen", "Nævn", "Hospital",
        "Universitetshospital", "Sygehus",
        "Universitet", "Gymnasium", "Teater", "Museum", "Festival", "Institut",
        "Institutet", "Instituttet", "Akademi", "Fond", "Fonden", "Forlag", "Højskole",
        "Skole", "Friskole", "Efterskole", "Privatskole", "University", "College",
        "Institute", "School", "Academy", "Børnehus", "Børnehave", "Vuggestue",
        # hotels, which UNER tags as the businesses they are: "Skovshoved Hotel"; not
        # "Kro", a surname too ("økonom Jens Kro")
        "Hotel", "Badehotel",
        # sport
        "Boldklub", "IF", "IK", "BK", "FK", "Håndbold", "AFC",
        # the Norwegian company form: "Nordkraft AS"
        "AS",
    }
)

PREFIX_WORDS: frozenset[str] = frozenset(
    {"Region", "FC", "Team", "Beredskab",
     # "Hotel Plaza", "Sparekassen Kronjylland", "Dagbladet Arbejderen", "Ugeavisen Vest"
     "Hotel", "Sparekassen", "Andelskassen", "Dagbladet", "Ugeavisen", "Ugebladet",
     # foreign clubs: "AC Torino", "AS Roma", "SC Freiburg", "SV Hamburg", "CF Valencia"
     "AC", "AS", "SC", "SV", "CF", "Sporting", "Olympique",
     # "Danske Fabrikshaller", "Danske Spil", "Danske Medier": the adjective's weak form
     # before a capitalised noun starts a body's name (not "Dansk": "Dansk Melodi Grand
     # Prix" is an event)
     "Danske"}
)

# "Retten i Odense", "Byretten i Aarhus": the court of a town is one organisation
COURT_WORDS: frozenset[str] = frozenset({"Retten", "Byretten"})

NAME_ENDINGS: tuple[str, ...] = (
    "ministeriet",
    "styrelsen",
    "direktoratet",
    "rådet",
    "nævnet",
    "tilsynet",
    "udvalget",
    "kommissionen",
    "museet",
    "foreningen",
    "forbundet",
    "linjen",
    "departementet",
    # the defence and public funds: "Søværnet", "Forbundshæren", "Jægerkorpset",
    # "Gardehusarregimentet",
    # "Forsvarskommandoen", "Forsvarsstaben", "Patientombuddet",
    # "Vækstfonden", "Carlsbergfondet"; parties: "Fremskridtspartiet". Left out:
    # "-akademiet" and "-teatret", which UNER tags as often as not ("lektor ved
    # Kunstakademiet", "prøver kræfter med Radioteatret")
    "værnet",
    "hæren",
    "korpset",
    "regimentet",
    "kommandoen",
    "staben",
    "ombuddet",
    "fonden",
    "fondet",
    "partiet",
)

INSTITUTION_ENDINGS: tuple[str, ...] = (
    "skolen",
    "gymnasiet",
    "hospitalet",
    "sygehuset",
    "børnehaven",
    "vuggestuen",
    "seminariet",
    "biblioteket",
)
"""A capitalised compound ending in one names one school, hospital or kindergarten, an
organisation even when its first part is a place ("Tornbjergskolen", "Nordbyhospitalet",
"Solsikkebørnehaven"); not when the compound is an everyday word ("Folkeskolen",
"Efterskolen" at a sentence start). Left out: "-centret", which names shopping centres
(places) as often as institutions."""

BODY_ENDINGS: tuple[str, ...] = (
    "forening",
    "forbund",
    "sammenslutning",
    "union",
    "komité",
    "komite",
    "skole",
    "selskab",
    "kompagni",
    "akademi",
    "seminarium",
    "teater",
    # "Danmarks Flyvemuseum", "Fotografisk Galleri", "Statens Bibliotekstjeneste",
    # "Jyske Dragonregiment", "Faaborg Sygehus", "Jægersborg Skovdistrikt"
    "museum",
    "galleri",
    "tjeneste",
    "regiment",
    "institut",
    "sygehus",
    "hospital",
    "distrikt",
    # "Skovlunde Golfklub", "Norsk Rejsebureau", "Wiuffs Boghandel"
    "klub",
    "bureau",
    "handel",
    # "Bagsværd Observationshjem", "Sølund Plejehjem": a home run as an institution
    "hjem",
)
"""The indefinite word (or the end of a compound) that closes a name of two or more
capitalised words: "Dansk Pilotforening", "Finanssektorens Arbejdsgiverforening",
"Dansk Faldskærms Union", "Hærens Officersskole", "Demokratisk Forbund". Alone, at the
start of a sentence, such a word is an everyday noun ("Forening"); after another
capitalised word it ends a body's name. The definite forms are ``NAME_ENDINGS``."""

ARTICLE_NAME_HEADS: tuple[str, ...] = (
    "institut", "bank", "alliance", "hær", "kapel", "teater", "parti", "blade", "avis",
    "tidende", "råd", "domstol", "ret", "kirke", "orden", "tjeneste",
)
"""The end of the last word of a name written with a capitalised article and
capitalised adjectives, "Det Danske Filminstitut", "Den Atlantiske Alliance", besides
the other endings here: it names a body. Without one, such a name is mostly an event
or a work ("Den Kolde Krig", "De Olympiske Lege"), in no entity list."""

DESCRIPTOR_ENDINGS: tuple[str, ...] = (
    "organisationen",
    "foreningen",
    "forbundet",
    "selskabet",
    "firmaet",
    "virksomheden",
    "koncernen",
    "tænketanken",
)

FOR_HEADS: frozenset[str] = frozenset(
    {
        "Center", "Centret", "Centeret", "Institut", "Instituttet", "Institutet",
        "Styrelsen", "Ministeriet", "Foreningen", "Forbundet", "Rådet", "Nævnet",
        "Fonden", "Selskabet", "Kontoret", "Udvalget", "Agenturet", "Akademiet",
        "Tænketanken", "Sekretariatet", "Direktoratet", "Enheden", "Landsforeningen",
        "Departementet", "Departement", "Udvalg", "Nævn", "Agentur", "Styrelse",
        "Komitéen", "Komiteen", "Kommissionen",
    }
)
"""The first word of a name built as "<body> for <field>": "Center for Cybersikkerhed",
"Styrelsen for Samfundssikkerhed", "Institut for Menneskerettigheder". The words after
"for" are capitalised and belong to the name; split at "for", each part would read as
a place or nothing."""

WEB_DOMAINS: frozenset[str] = frozenset(
    {"dk", "com", "nu", "net", "org", "eu", "no", "se", "fo", "gl", "ag", "is", "fi", "de",
     "uk", "io", "tv", "fm"}
)
"""The endings of web addresses read as names: "presse-fotos.dk", "Sermitsiaq.AG",
"Bornholm.nu". A site named by its address in a story is the outlet or company that
runs it."""

DESCRIBING_NOUNS: tuple[str, ...] = (
    "firma", "firmaet", "selskab", "selskabet", "virksomhed", "virksomheden", "koncern",
    "koncernen", "organisation", "organisationen", "forening", "foreningen", "forbund",
    "forbundet", "kæde", "kæden", "rederi", "rederiet", "bank", "banken", "parti",
    "partiet", "klub", "klubben", "producent", "producenten", "tænketank", "tænketanken",
    "avis", "avisen", "medie", "mediet", "bureau", "bureauet", "tv-station",
    "tv-stationen", "magasin", "magasinet", "netavis", "netavisen", "fabrikant",
    "fabrikanten", "fagforening", "fagforeningen", "netværk", "netværket",
    "sammenslutning", "sammenslutningen",
    # bands: "den irske gruppe Run Rig", "Bandet Moving Hearts"
    "gruppe", "gruppen", "band", "bandet", "orkester", "orkestret", "orkesteret",
)
"""A lower-case noun, or a compound ending in one, that introduces an organisation's
name: "sikkerhedsfirmaet CSIS", "det amerikanske onlinemedie TechCrunch", "avisen
Morgunbladid", "medievirksomheden Aller". Left out: "kommunen", "regionen", "politiet"
and the like, which news writes before a place ("regionen Skåne")."""

EMPLOYEE_NOUNS: tuple[str, ...] = (
    "direktør", "direktøren", "chef", "chefen", "ejer", "ejeren", "medejer", "stifter",
    "stifteren", "medstifter", "ansat", "ansatte", "medarbejder", "medarbejderen",
    "medarbejdere", "partner", "partneren", "økonom", "økonomen", "analytiker",
    "analytikeren", "bestyrelsesformand", "bestyrelsesformanden", "bestyrelsesmedlem",
    "koncernchef", "topchef", "sælger", "konsulent", "ingeniør", "udvikler",
    # English job titles Danish business news keeps: "Director hos Valtech"
    "director", "manager", "officer", "consultant", "specialist",
)
"""A job at a firm: "direktør i Bøgetræ", "salgschef hos Frugtex", "ansat hos Nordlys"
(and compounds ending in one: "salgschef", "cheføkonom"). The one to three capitalised
words after it and "i" or "hos" name the employer when no list or dictionary holds them
as a place and no person's name starts there; "borgmester i Vejle" is left out on
purpose: a borgmester's "i" names a town."""
