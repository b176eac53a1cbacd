"""Party letters written after a politician's name: "Mette Frederiksen (S)".

Source: the letters the parties in the Folketing stand for election under (Indenrigs-
og Boligministeriet's list of ballot letters) and the short forms Danish news writes
in brackets instead ("DF" for O, "EL" for Ø, "RV" for B, "LA" for I, "K" for C, "ALT"
for Å, "DD" for Æ, "NB" for D). Each maps to the party's name in
``organisations.py``. They count only inside brackets: "S" or "V" alone is no name.

Left out: "A" (Socialdemokratiet's ballot letter, but "(A)" in news marks a list item
far more often than a party), and "F" and "Q", which are rare and ambiguous in brackets.
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
