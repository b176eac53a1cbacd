"""Starts of web-page lines that are not article text: bylines, captions, navigation.

Source: our own survey of Danish news pages (DR, TV 2, Ritzau, regional papers). A
paragraph that starts with one of these (case-insensitive) is noise: it never yields a
quote, a speaker or a person, though its characters stay in ``Article.text``.
"Skrevet af" matters most: "skrevet" is a form of the speech verb "skrive".
"""

NOISE_PREFIXES: tuple[str, ...] = (
    "skrevet af",
    "af:",
    "foto:",
    "fotos:",
    "foto ",
    "billede:",
    "video:",
    "grafik:",
    "arkivfoto",
    "læs også",
    "læs mere",
    "se også",
    "hør også",
    "lyt til",
    "del artikel",
    "del på",
    "del denne",
    "kopiér link",
    "annonce",
    "artiklen fortsætter",
    "opdateret",
    "publiceret",
    "tilmeld dig",
    "modtag nyhedsbrev",
    "følg os",
    "relaterede artikler",
    "mest læste",
)
