"""Words that introduce the name of a ship: "fragtskibet Defender", "færgen "Povl Anker"".

Source: our own reading of Danish maritime and ferry news. A ship's name is capitalised
and looks like a person's ("Povl Anker", "Marie Miljø") or a company's ("Svitzer Mars"),
but a ship is neither: news writes the kind of vessel right before its name. A name
right after one of ``VESSEL_ENDINGS`` (a noun or a compound ending in one, indefinite
or definite) or ``VESSEL_PREFIXES`` (the registry prefixes "M/S", "M/F", "H/F", "HSC")
is a ship's, and so is every other mention of that name in the article. Ships are kept
as MISC, like works and products: no person, organisation or place.

Left out: "båd" alone ("Båden" starts sentences about any boat; the compounds
"slæbebåd", "redningsbåd", "fiskerbåd" are in), "tog" (trains are named after people too, but never
introduced as "toget X").
"""

VESSEL_ENDINGS: tuple[str, ...] = (
    "skib", "skibet", "færge", "færgen", "færgerne", "slæbebåd", "slæbebåden",
    "redningsbåd", "redningsbåden", "pram", "prammen", "fartøj", "fartøjet", "kutter",
    "kutteren", "trawler", "trawleren", "tanker", "tankeren", "fregat", "fregatten",
    "korvet", "korvetten", "ubåd", "ubåden", "krydstogtskib", "coaster", "coasteren",
    "isbryder", "isbryderen", "yacht", "yachten", "skonnert", "skonnerten", "galease",
    "galeasen", "katamaran", "katamaranen", "damper", "damperen", "fiskerbåd",
    "fiskerbåden", "motorbåd", "motorbåden", "sejlbåd", "sejlbåden", "hurtigbåd",
    "hurtigbåden", "patruljebåd", "patruljebåden", "linebåd", "linebåden", "lodsbåd",
    "lodsbåden", "bugserbåd", "bugserbåden",
)

VESSEL_PREFIXES: frozenset[str] = frozenset({"M/S", "M/F", "M/T", "H/F", "HSC", "MS", "MF"})
