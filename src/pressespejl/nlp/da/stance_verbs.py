"""Danish stance verbs: they report a position, not words ("Kofod håber, at ...").

Source: our own list. By default they are NOT quote cues (``STANCE_AS_QUOTES``): the
issue's reading of the seed article and our gold rules (docs/gold-format.md) count
"Jeppe Kofod håber, at ..." as the journalist's report of a position, not as something
said. Set ``STANCE_AS_QUOTES = True`` to let them open the indirect shapes
"X håber, at ..." and "Det håber X" (never to end a dash quote), with the verb as cue.

Left out: "tro"/"tror" ("Jeg tror ...") is mostly inside quotes and, outside them,
often the journalist's hedge; "ønske" is more often a noun ("et ønske").
"""

STANCE_AS_QUOTES = False

STANCE_VERBS: dict[str, tuple[str, ...]] = {
    "håbe": ("håber", "håbede", "håbet"),
    "frygte": ("frygter", "frygtede", "frygtet"),
    "forvente": ("forventer", "forventede", "forventet"),
}
