"""Danish country adjectives that cannot be derived from the country's Danish name.

Source: Dansk Sprognævn's Retskrivningsordbogen. Most adjectives are derived by
``_lexicon.country_adjectives`` from pycountry's Danish country names ("Polen" ->
"polsk", "Italien" -> "italiensk", "Tyskland" -> "tysk") and kept only when spaCy's
Danish lemma table knows the word; this table holds the irregular ones, mapped to the
country's name as our gazetteer spells it. Only the base form is listed: the "-e" form
("russiske") is derived.

Left out: "engelsk" (a language far more often than England), "britisk" is kept for
Storbritannien as Danish news uses it.
"""

COUNTRY_ADJECTIVES: dict[str, str] = {
    "russisk": "Rusland",
    "dansk": "Danmark",
    "norsk": "Norge",
    "svensk": "Sverige",
    "fransk": "Frankrig",
    "amerikansk": "USA",
    "britisk": "Storbritannien",
    "hollandsk": "Holland",
    "kinesisk": "Kina",
    "græsk": "Grækenland",
    "tyrkisk": "Tyrkiet",
    "schweizisk": "Schweiz",
    "islandsk": "Island",
    "hviderussisk": "Hviderusland",
    "israelsk": "Israel",
    "egyptisk": "Egypten",
    "irakisk": "Irak",
    "iransk": "Iran",
    "europæisk": "Europa",
}
