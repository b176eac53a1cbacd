"""Danish and international organisations named in Danish news, with their genitive-free name.

Source: our own list of the bodies Ritzau copy names most; spellings follow the
organisations' own Danish usage ("Nato", not "NATO"; both are matched). Common nouns
that act as organisations in news ("politiet", "regeringen") are included, because they
are speakers ("oplyser politiet"); they are matched in lower case and capitalised.

Genitives ("Natos", "EU's") are derived by the code, not listed here.
"""

ORGANISATIONS: frozenset[str] = frozenset(
    {
        # international
        "Nato",
        "NATO",
        "EU",
        "FN",
        "WHO",
        "IMF",
        "OSCE",
        "Europa-Kommissionen",
        "Europa-Parlamentet",
        "Det Hvide Hus",
        "Kreml",
        "Pentagon",
        "Nato-Rusland-rådet",
        # Danish state
        "Folketinget",
        "Forsvaret",
        "Rigspolitiet",
        "Udenrigsministeriet",
        "Justitsministeriet",
        "Finansministeriet",
        "Sundhedsstyrelsen",
        "Statens Serum Institut",
        "Højesteret",
        "Landsretten",
        "Østre Landsret",
        "Vestre Landsret",
        "Københavns Byret",
        "Københavns Kommune",
        "Aarhus Kommune",
        "Danmarks Statistik",
        "Nationalbanken",
        "Danmarks Nationalbank",
        # parties
        "Socialdemokratiet",
        "Venstre",
        "Konservative",
        "Det Konservative Folkeparti",
        "Dansk Folkeparti",
        "Enhedslisten",
        "Radikale Venstre",
        "SF",
        "Liberal Alliance",
        "Moderaterne",
        "Danmarksdemokraterne",
        "Alternativet",
        # media, agencies, business, sport
        "Ritzau",
        "Reuters",
        "AFP",
        "DR",
        "TV 2",
        "Novo Nordisk",
        "Mærsk",
        "A.P. Møller - Mærsk",
        "Carlsberg",
        "Vestas",
        "Danske Bank",
        "Dansk Industri",
        "DBU",
        "FIFA",
        "UEFA",
        "FC København",
        "Brøndby",
        # common nouns used as organisations
        "regeringen",
        "politiet",
        "anklagemyndigheden",
        "forsvaret",
        "kommunen",
        "ministeriet",
        "styrelsen",
        "oppositionen",
        "klubben",
        "selskabet",
        "virksomheden",
        "fagforeningen",
    }
)
