"""Capitalised words of web-page chrome that stick to names: "Af Anders Holt Kontakt".

Source: our own survey of Danish news pages (bylines, section labels, buttons). A
trained NER reads "Politik Skrevet af ...", "Anders Holt Kontakt redaktionen" or
"Foto: Olafur Gestsson Vis mere" as longer names; these words are cut off a name's ends
(``EDGE_WORDS``), and section labels also off its start (``SECTION_WORDS``). A name
left empty is no name.
"""

EDGE_WORDS: frozenset[str] = frozenset(
    {
        "Kontakt", "Vis", "Skrevet", "Læs", "Del", "Foto", "Fotos", "Opdateret",
        "Publiceret", "Annonce", "Følg", "Mere", "Af", "Billede", "Video", "Lyt", "Print",
        "Kommentarer", "Tip", "Redaktionen",
        # a byline's job after the name: "Af Hanne Holm Journalist"
        "Journalist", "Fotograf", "Reporter", "Korrespondent", "Skribent", "Praktikant",
        "Journalistpraktikant", "Redaktør", "Webredaktør",
    }
)

SECTION_WORDS: frozenset[str] = frozenset(
    {
        "Politik", "Sport", "Indland", "Udland", "Nyheder", "Kultur", "Debat", "Erhverv",
        "Lokalt", "Navne", "Livsstil", "Se", "NYHEDER", "SPORT", "POLITIK",
    }
)

PAGE_LABELS: frozenset[str] = SECTION_WORDS | frozenset(
    {
        "Finans", "Økonomi", "Penge", "Viden", "Samfund", "Klima", "Krimi", "Regionalt",
        "Seneste", "Forside", "Indblik", "Opinion", "Baggrund", "Analyse", "Kommentar",
        "Nyt", "Lokal", "Tech", "Udlandet", "Danmark", "DR", "TV",
    }
)
"""Section labels of news pages ("DR Nyheder", "Finans", "Indland") that a scraped text
glues to a sentence: never a speaker. A superset of ``SECTION_WORDS``: these further
words are also ordinary names ("Danmark", "Finans"), so they are not cut off entity
names, only refused as speakers. ``LABEL_ONLY`` words are a label only as a label's first
word ("DR Nyheder", "Danmark Indland")."""

LABEL_ONLY: frozenset[str] = frozenset({"DR", "TV", "Danmark"})

HONORIFICS: frozenset[str] = frozenset(
    {"Majestæt", "Majestæts", "Højhed", "Højheds", "Excellence", "Eminence"}
)
"""Forms of address ("Deres Majestæt"): capitalised, never a name."""

RELATED_LABELS: frozenset[str] = frozenset(
    {
        "Organisationer", "Personer", "Emner", "Steder", "Virksomheder", "Tags", "Relateret",
        "Relaterede", "Nøgleord", "Søgeagent", "Søgeagenter",
    }
)
"""Headings of a page's related-content box ("Relateret indhold ... Organisationer
Beredskabsstyrelsen", "Emner Politi"): the box lists the story's organisations and people
under these words, and a scraped text glues the heading to the first name, which then
reads as one longer name. Plural headings no organisation or person is named by; cut off
the front of a speaker."""
