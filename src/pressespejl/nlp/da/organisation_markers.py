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
        # public bodies
        "Kommune", "Politi", "Beredskab", "Hospital", "Universitetshospital", "Sygehus",
        "Universitet", "Gymnasium", "Teater", "Museum", "Festival", "Institut",
        "Institutet", "Instituttet", "Akademi", "Fond", "Fonden", "Forlag", "Højskole",
        # sport
        "Boldklub", "IF", "IK", "BK", "FK", "Håndbold",
    }
)

PREFIX_WORDS: frozenset[str] = frozenset({"Region", "FC", "Team", "Beredskab"})

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
)

DESCRIPTOR_ENDINGS: tuple[str, ...] = (
    "organisationen",
    "foreningen",
    "forbundet",
    "selskabet",
    "firmaet",
    "virksomheden",
    "koncernen",
)
