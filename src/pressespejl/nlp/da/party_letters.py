"""Party letters written after a politician's name: "Mette Frederiksen (S)".

Source: the letters the parties in the Folketing stand for election under (Indenrigs-
og Boligministeriet's list of ballot letters) and the short forms Danish news writes
in brackets instead ("DF" for O, "EL" for Ø, "RV" for B, "LA" for I, "K" for C, "ALT"
for Å, "DD" for Æ, "NB" for D). Each maps to the party's name in
``organisations.py``. They count only inside brackets: "S" or "V" alone is no name.

Left out: "A" (Socialdemokratiet's ballot letter, but "(A)" in news marks a list item
far more often than a party), and "F" and "Q", which are rare and ambiguous in brackets.

A story about Greenland's or the Faroe Islands' politics reads the letters with the
tables of those countries (``GREENLAND_PARTY_LETTERS``, ``FAROESE_PARTY_LETTERS``): the
entities component counts the ``*_MARKERS`` words of each country in the article.
"""

PARTY_LETTERS: dict[str, str] = {
    "S": "Socialdemokratiet",
    "V": "Venstre",
    "DF": "Dansk Folkeparti",
    "O": "Dansk Folkeparti",
    "EL": "Enhedslisten",
    "Ø": "Enhedslisten",
    "K": "Det Konservative Folkeparti",
    "KF": "Det Konservative Folkeparti",
    "C": "Det Konservative Folkeparti",
    "LA": "Liberal Alliance",
    "I": "Liberal Alliance",
    "SF": "SF",
    "RV": "Radikale Venstre",
    "R": "Radikale Venstre",
    "B": "Radikale Venstre",
    "M": "Moderaterne",
    "DD": "Danmarksdemokraterne",
    "Æ": "Danmarksdemokraterne",
    "ALT": "Alternativet",
    "Å": "Alternativet",
    "NB": "Nye Borgerlige",
    "D": "Nye Borgerlige",
    "KD": "Kristendemokraterne",
}

# Greenland and the Faroe Islands have parties of their own, and Danish news writes
# their politicians' letters in brackets too: "Kim Kielsen (S)" is Siumut in a story
# about Naalakkersuisut, not Socialdemokratiet. Source: the parties' own short forms
# as Danish and Greenlandic news use them (Inatsisartut's and the Løgting's party
# lists); "S", "A" and "D" mean other parties there than in Denmark.
GREENLAND_PARTY_LETTERS: dict[str, str] = {
    "S": "Siumut",
    "IA": "Inuit Ataqatigiit",
    "D": "Demokraatit",
    "A": "Atassut",
    "N": "Naleraq",
    "PN": "Naleraq",
    "NQ": "Nunatta Qitornai",
    "SA": "Samarbejdspartiet",
}

FAROESE_PARTY_LETTERS: dict[str, str] = {
    "JF": "Javnaðarflokkurin",
    "SP": "Sambandsflokkurin",
    "FF": "Fólkaflokkurin",
    "T": "Tjóðveldi",
    "TJ": "Tjóðveldi",
    "MF": "Miðflokkurin",
    "F": "Framsókn",
}

GREENLAND_MARKERS: frozenset[str] = frozenset(
    {
        "Grønland", "Grønlands", "grønlandsk", "grønlandske", "Nuuk", "Naalakkersuisut",
        "Naalakkersuisoq", "Inatsisartut", "Siumut", "Inuit Ataqatigiit", "Atassut",
        "Demokraatit", "Naleraq", "Nunatta Qitornai", "Sermitsiaq", "KNR",
        "landsstyreformand", "landsstyret",
    }
)
"""Words that place a story in Greenland's politics."""

FAROESE_MARKERS: frozenset[str] = frozenset(
    {
        "Færøerne", "Færøernes", "færøsk", "færøske", "Tórshavn", "Lagtinget", "Løgtinget",
        "lagmand", "lagmanden", "Javnaðarflokkurin", "Sambandsflokkurin", "Fólkaflokkurin",
        "Tjóðveldi", "Framsókn", "Miðflokkurin", "Kringvarp",
    }
)
"""Words that place a story in the Faroe Islands' politics."""
