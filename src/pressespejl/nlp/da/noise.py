"""Web-page lines that are not article text: bylines, captions, navigation, site chrome.

Source: our own survey of Danish news pages (DR, TV 2, Ritzau, B.T., regional papers,
PressReader's e-paper copies). A paragraph that starts with one of ``NOISE_PREFIXES``
(case-insensitive, as a whole word: "Kontakt" but not "Kontakten", "Annonce" but not
"Annoncen, som ...") is noise: it never yields a quote, a speaker or a person, though
its characters stay in ``Article.text``. "Skrevet af" matters most: "skrevet" is a form
of the speech verb "skrive".

``NOISE_INSIDE`` marks a line as noise wherever it occurs in it: a byline run into a
dateline ("1. september 2016 Politik Skrevet af: ...") or PressReader's footer.

``CAPTION_MARKERS`` end a photo caption ("... på Brøndby Stadion. Foto: Liselotte
Sabroe/Scanpix"): a caption is no quote and its people are no speakers, but they are
still people named on the page, so a caption is not noise to the entities component.
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
    "se billedserie",
    "se video",
    "hør også",
    "lyt til",
    "del artikel",
    "del artiklen",
    "del på",
    "del denne",
    "kopiér link",
    "send til din ven",
    "annonce",
    "artiklen fortsætter",
    "opdateret",
    "opdateres",
    "publiceret",
    "tilmeld dig",
    "modtag nyhedsbrev",
    "følg os",
    "relaterede artikler",
    "mest læste",
    "seneste nyt",
    "bemærk: artiklen er mere end",
    "nyhedsartikel",
    "administration",
    "kontakt",
    "vis mere",
    "login",
    "newspapers in danish",
    "newspapers from denmark",
    "© pressreader",
    "printed and distributed by pressreader",
)

NOISE_INSIDE: tuple[str, ...] = (
    "skrevet af",
    "kontakt redaktionen",
    "pressreader. all rights reserved",
)

CAPTION_MARKERS: tuple[str, ...] = (
    "foto:",
    "fotos:",
    "(foto",
    "arkivfoto:",
)

CAPTION_WORDS: tuple[str, ...] = (
    "foto", "arkivfoto", "privatfoto", "modelfoto", "pressefoto", "genrefoto",
    "arkivbillede", "privatbillede", "illustration",
)
"""A photo word that ends a caption on its own, after the caption's last sentence
("Karsten Søndergaard er glad, siger han. Arkivfoto"): the credit without a name."""
