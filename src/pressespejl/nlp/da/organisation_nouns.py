"""Danish common nouns that name a kind of organisation, definite form -> indefinite form.

Source: our own list of the nouns Danish news uses to point back at an organisation it
has named ("Dansk Arbejdsgiverforening ... Foreningen vurderer, at ...", "Det oplyser
Fyns Politi ... Ifølge politiet ...") or to introduce one ("Brancheorganisationen
DigitalEurope", "Den tyske industriforening BDI", "Det danske softwarefirma Kodeværket").
A compound that ends in an entry counts too ("industriforening" ends in "forening").

The speakers component links a definite noun to the latest organisation named before it
whose name ends in the noun ("politiet" -> "Fyns Politi", "Kommissionen" ->
"EU-Kommissionen"); with no such name the noun itself is the speaker ("politiet").

Left out: "rådet" (names end in it: "Forbrugerrådet Tænk" is one name, not "a council
called Tænk"), "regeringen" (a government is named by its country, "Tysklands regering",
never by a name that ends in "regering").
"""

ORGANISATION_NOUNS: dict[str, str] = {
    "organisationen": "organisation",
    "foreningen": "forening",
    "forbundet": "forbund",
    "selskabet": "selskab",
    "firmaet": "firma",
    "virksomheden": "virksomhed",
    "koncernen": "koncern",
    "kæden": "kæde",
    "banken": "bank",
    "kommissionen": "kommission",
    "styrelsen": "styrelse",
    "ministeriet": "ministerium",
    "myndigheden": "myndighed",
    "direktoratet": "direktorat",
    "instituttet": "institut",
    "politiet": "politi",
    "beredskabet": "beredskab",
    "kommunen": "kommune",
    "regionen": "region",
    "hospitalet": "hospital",
    "universitetet": "universitet",
    "museet": "museum",
    "partiet": "parti",
    "klubben": "klub",
    "fonden": "fond",
}
