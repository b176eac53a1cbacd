"""Danish common nouns for a body that speaks as one: a board, a management, a council.

Source: our own reading of Danish news ("I referatet fra bestyrelsens møde står der",
"Det oplyser ledelsen", "skriver byrådet i en udtalelse"). With the organisation nouns
of ``organisation_nouns.py`` (and compounds that end in one: "boligselskabet",
"Lærerforeningen") they may be the speaker of a quote when the article gives no name:
the quote keeps the noun as written ("bestyrelsen"). Left out: "regeringen" and
"politiet" (the mention reader knows them), "mødet" (a meeting sends nothing).
"""

BODY_NOUNS: tuple[str, ...] = (
    "bestyrelsen", "ledelsen", "direktionen", "byrådet", "kommunalbestyrelsen",
    "regionsrådet", "hovedbestyrelsen", "forretningsudvalget",
    "skolebestyrelsen", "menighedsrådet", "afdelingsbestyrelsen", "repræsentantskabet",
)

GOVERNING_BODIES: tuple[str, ...] = (
    "ledelse", "topledelse", "koncernledelse", "direktion", "bestyrelse",
    "hovedbestyrelse", "formandskab", "koncernchef", "administration",
)
"""What an organisation's genitive owns and speaks through: "skriver selskabets ledelse",
"oplyser koncernens direktion", "bankens bestyrelse vurderer". The speaker is the
organisation the genitive noun refers back to ("Chr. Hansen" for "selskabets ledelse"),
as the gold names a company, not its board; with none named, the phrase as written."""

DEPARTMENT_NOUNS: dict[str, tuple[str, ...]] = {
    "forvaltningen": ("kommune", "region"),
    "administrationen": ("kommune", "region"),
    "departementet": ("ministerium",),
    "sekretariatet": (),
    "styrelsen": (),
    "ministeriet": (),
    "direktoratet": (),
}
"""Departments and administrations that speak ("skriver forvaltningen i en mail",
"oplyser departementet"), each with the organisations (indefinite nouns of
``organisation_nouns.py``) it may speak for. "forvaltningen" is the "Børne- og
Ungdomsforvaltningen" or "Teknik- og Miljøforvaltningen" the article named before, the
"Styrelsen for Dataforsyning" for "styrelsen"; with no such name, a department speaks for
the body it belongs to when the article names one ("Odense Kommune" for "forvaltningen",
the ministry for "departementet"); else the noun as written speaks ("forvaltningen")."""

BODY_SYNONYMS: dict[str, str] = {
    "politikredsen": "politiet",
    "politidistriktet": "politiet",
    "politikredsens": "politiets",
}
"""Definite nouns that point back at a body as an organisation noun of
``organisation_nouns.py`` does, under another word: "Midt- og Vestjyllands Politi har ...
Betjenten er blevet irettesat, oplyser politikredsen" is the police named before, as
"oplyser politiet" would be. With no such body named, the noun as written speaks."""

PUBLIC_BODY_ENDINGS: tuple[str, ...] = (
    "kommune", "politi", "region", "ministerium", "ministeriet", "styrelse", "styrelsen",
    "direktorat", "direktoratet", "tilsyn", "tilsynet", "nævn", "nævnet", "agentur",
    "agenturet", "myndighed", "myndigheden", "revision", "revisionen", "domstol", "byret",
    "landsret", "højesteret", "folketinget", "regering", "regeringen", "beredskab",
    "ombudsmand", "ombudsmanden",
)
"""How the name of a public authority ends (lower-cased): "Vejdirektoratet",
"Arbejdstilsynet", "Aarhus Kommune", "Fødevarestyrelsen". "myndigheden" refers back to
the latest of them the article named; a company noun ("selskabet",
"medicinalvirksomheden") never does."""

COMPANY_NOUNS: tuple[str, ...] = (
    "rederiet", "bryggeriet", "slagteriet", "mejeriet", "værftet", "fabrikken",
    "pensionskassen", "sparekassen",
)
"""Definite nouns for a company that ``organisation_nouns.py`` does not hold, alone or
ending a compound ("containerrederiet", "svineslagteriet"): "Danish Crown ... oplyser
slagteriet" is the company named before."""

COMPANY_COMPOUND_ENDINGS: tuple[str, ...] = ("producenten", "giganten")
"""Endings that make a company only in a compound ("vindmølleproducenten",
"techgiganten"): a bare "producenten" is as often a film's producer, a person."""

NAMING_NOUNS: tuple[str, ...] = (
    "gruppe", "netværk", "bevægelse", "kampagne", "initiativ", "sammenslutning",
    "alliance", "platform", "kollektiv", "komité", "udvalg", "råd", "koalition", "front",
    "tænketank", "græsrodsbevægelse", "borgergruppe", "aktionsgruppe", "projekt",
)
"""Nouns for a group that a quoted name may follow as it follows an organisation noun
("netværket 'Grøn Omstilling'", "borgergruppen »Red Skoven«"), also as a compound's
end; the name speaks. Not a song, a book or a film ("sangen 'Nej'"): their titles are
quoted too, and never speak."""

UNIONS: frozenset[str] = frozenset({
    "3F", "Dansk Metal", "FOA", "HK", "BUPL", "Krifa", "Djøf", "IDA", "DM", "LO", "FH",
    "Dansk Sygeplejeråd", "Danmarks Lærerforening", "Lægeforeningen", "Akademikerne",
    "Dansk Journalistforbund", "Serviceforbundet", "Dansk El-Forbund", "Malerforbundet",
    "Fødevareforbundet NNF", "Blik- og Rørarbejderforbundet", "Socialpædagogerne",
    "Politiforbundet", "Fængselsforbundet", "Finansforbundet", "Lederne", "Ase",
    "Det Faglige Hus", "Dansk Socialrådgiverforening", "Teknisk Landsforbund",
    "Dansk Frisør og Kosmetiker Forbund", "Kost & Ernæringsforbundet", "Danske Fysioterapeuter",
})
"""Trade unions by the names news gives them. "forbundet", "fagforbundet" and
"fagforeningen" refer back to the latest of them the article named ("3F kræver ..." +
"siger forbundet"), or to a name ending in "forbund"/"forening"; never to a company."""
