"""Capitalised words that start Danish sentences but are never names.

Source: our own list. A capitalised word at the start of a sentence could be a name
("Stoltenberg siger ...") or just the first word ("Onsdagens møde ...", "Ifølge ...").
spaCy's Danish ``STOP_WORDS`` already cover pronouns and adverbs like "Her" and
"Siden"; this list adds the time words and adverbs that start news sentences and are
missing there. Weekday and month names come from ``weekdays.py`` and ``months.py``.
"""

NON_NAMES: frozenset[str] = frozenset(
    {
        "ifølge",
        "i dag",
        "onsdagens",
        "mandagens",
        "tirsdagens",
        "torsdagens",
        "fredagens",
        "lørdagens",
        "søndagens",
        "samtidig",
        "desuden",
        "dermed",
        "nu",
        "men",
        "og",
        "hvis",
        "når",
        "efter",
        "før",
        "ligesom",
        "blandt",
        "ellers",
        "imidlertid",
        "heller",
        "tværtimod",
        "alligevel",
        "endelig",
        "først",
        "senere",
        "tidligere",
        "sidste",
        "næste",
        "kun",
        "netop",
        "derudover",
        "herudover",
        "så",
        "da",
        # prepositions spaCy's stop words lack: "Hos Miljøstyrelsen oplyser man ..."
        "hos",
        "ved",
        "mod",
        "uden",
        "gennem",
        "omkring",
        "trods",
        "via",
    }
)
