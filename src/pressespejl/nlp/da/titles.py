"""Danish title nouns that give a person a role ("Natos generalsekretær, Jens Stoltenberg").

Source: our own list of the offices and jobs Danish news names people by, in the
indefinite singular as Retskrivningsordbogen spells them. A compound that ends in an
entry is a title too: "udenrigsminister" and "viceudenrigsminister" end in "minister",
"bestyrelsesformand" in "formand", "landstræner" in "træner".

An entry that starts with "-" only counts as the head of a compound with at least four
letters before it: "leder" alone is far more often the verb ("Hun leder projektet")
than the noun, and so are "indleder"/"afleder"; "partileder" and "gruppeleder" are
titles. Likewise "chef" alone is rare in appositions and "kok" is
left out entirely (it would make "kok" a suffix of unrelated words).

The definite form ("udenrigsministeren", "formanden") is derived by the code that uses
this list, so a later "fortsætter udenrigsministeren" can point back to the person.
"""

TITLES: frozenset[str] = frozenset(
    {
        # politics and government
        "minister",
        "premierminister",
        "statsminister",
        "præsident",
        "vicepræsident",
        "kansler",
        "generalsekretær",
        "formand",
        "naalakkersuisoq",  # a member of Greenland's government (Naalakkersuisut)
        "borgmester",
        "rådmand",
        "ordfører",
        "talsmand",
        "talskvinde",
        "talsperson",
        "ambassadør",
        "diplomat",
        "politiker",
        "senator",
        "guvernør",
        "kommissær",
        "regionsrådsformand",
        "folketingsmedlem",
        "byrådsmedlem",
        "konge",
        "kong",  # before a name: "kong Frederik" (the definite "kongen" is "konge"'s)
        "dronning",
        "prins",
        "prinsesse",
        "-leder",
        # business and organisations
        "direktør",
        "-chef",
        "chef",  # "chef for beredskabet, Anna Berg"
        "økonom",
        "analytiker",
        "stifter",
        "-ejer",
        "bestyrelsesmedlem",
        "sekretær",
        "-ansvarlig",
        "-medarbejder",
        "-rådgiver",
        "-konsulent",
        "redaktør",
        "repræsentant",
        "koordinator",
        "kemiker",
        # police, courts, military
        "anklager",
        "advokat",
        "forsvarer",
        "dommer",
        "politimester",
        "politiinspektør",
        "vicepolitiinspektør",
        "politikommissær",
        "politiassistent",
        "general",
        "admiral",
        "oberst",
        # science, health, culture
        "professor",
        "lektor",
        "forsker",
        "ekspert",
        "læge",
        "overlæge",
        "rektor",
        "biskop",
        "forfatter",
        "meteorolog",
        "instruktør",
        "skuespiller",
        "sanger",
        "kurator",
        "landmand",
        # sports
        "træner",
        "anfører",
        "kaptajn",
        "angriber",
        "forsvarsspiller",
        "målmand",
        "-spiller",
        "sportschef",
    }
)

JOBS: frozenset[str] = frozenset(
    {
        "angriber", "forsvarsspiller", "målmand", "-spiller", "landmand", "skuespiller",
        "sanger", "forfatter", "instruktør", "kemiker", "økonom", "analytiker", "forsker",
        "ekspert", "læge", "overlæge", "advokat", "forsvarer", "politiker", "diplomat",
        "meteorolog", "kurator", "kaptajn", "anfører",
    }
)
"""Titles that name what someone does, not an office someone holds for a time: a person
is "angriber" or "landmand" in many clubs and farms at once, and the next article's
"angriberen" is somebody else. They give a person a role, never office evidence. An
entry that starts with "-" covers every compound ending in it ("tennisspiller")."""

TITLE_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("chef", "leder"),
    ("talsmand", "talskvinde", "talsperson"),
    ("forsvarer", "forsvarsadvokat"),
)
"""Title endings that name the same office, so a person introduced as "sekretariatschef
i Danske Havne" is the later "sekretariatslederen", and "pressechef" is "presselederen".
"chef"/"leder" count only at the end of a compound with at least four letters before
them ("kontorchef" = "kontorleder"); bare "chef" and "leder" stay apart (``-leder`` is
mostly the verb, see above). Left out on purpose: "direktør" = "chef" (a firm's "chef"
may be a head of department under its "direktør") and "formand" = "leder" (a party's
"formand" and its "gruppeleder" are two people). A court's "forsvarer" is the
"forsvarsadvokat" the article introduced ("Forsvarsadvokat Karina Dahl" + "sagde
forsvareren")."""

TITLE_ALIASES: dict[str, tuple[str, ...]] = {
    "topchef": ("direktør", "koncernchef"),
}
"""Titles that name one office by another's word, one way only: business news calls a
company's administrerende direktør its "topchef" ("Novo Nordisks administrerende
direktør, Lars Holm" + "siger topchefen"), but a "direktør" is not always the top one.
Tried only when no holder of the title itself or its compounds is named."""

TITLE_GENDERS: dict[str, str] = {
    "konge": "male", "kong": "male", "kronprins": "male", "prins": "male",
    "dronning": "female", "kronprinsesse": "female", "prinsesse": "female",
}
"""Titles that tell their holder's gender. A royal is named by the first name alone
("kong Frederik", "dronning Margrethe"), and a one-word name has no gender of its own (it
may be a surname), so a later "han"/"hun" finds the royal through the title. Other
offices are held by men and women alike ("formand" too)."""
