"""Danish stance verbs: they report a position, not words ("Kofod håber, at ...").

Source: our own list. They count as quote cues only in the indirect shapes
"X håber, at ..." and "Det håber X" (never to end a dash quote), because news
reports a named person's hope or fear as what that person has said publicly. The
cue of such a quote is the verb as written ("håber"), so users can filter them out.

Left out: "tro"/"tror" ("Jeg tror ...") is mostly inside quotes and, outside them,
often the journalist's hedge; "ønske" is more often a noun ("et ønske").
"""

STANCE_VERBS: dict[str, tuple[str, ...]] = {
    "håbe": ("håber", "håbede", "håbet"),
    "frygte": ("frygter", "frygtede", "frygtet"),
    "forvente": ("forventer", "forventede", "forventet"),
}
