"""Danish stance and cognitive verbs: they report a position or a view, not words.

Source: our own list, and the annotation guidelines of the real-news gold
(../shared/data/real-dev/README.md): "Kofod håber, at ..." and "Lars Krarup mener, at
..." report what someone hopes or thinks, not something said.

``STANCE_VERBS`` ("håber", "frygter", "forventer") are no quote cues at all by default
(``STANCE_AS_QUOTES``); set it to True to let them open "X håber, at ..." and "Det håber
X" (never to end a dash quote), with the verb as cue.

``COGNITIVE_VERBS`` ("mener", "vurderer", "tror", "synes", "anser") open an indirect
quote only in a speech frame: with a speech cue earlier in the sentence ("Det fortæller
han ..., hvor han mener, at ..."), with "ifølge" ("Krarup mener ifølge Danmark Søndag,
at ..."), or when the reported clause holds the speaker's own words in quote marks
("Vagtchefen mener, at det er »trist«."). Alone ("..., mener landstræneren.") they are
the journalist's summary of a view.

Left out: "ønske" is more often a noun ("et ønske").
"""

STANCE_AS_QUOTES = False

STANCE_VERBS: dict[str, tuple[str, ...]] = {
    "håbe": ("håber", "håbede", "håbet"),
    "frygte": ("frygter", "frygtede", "frygtet"),
    "forvente": ("forventer", "forventede", "forventet"),
}

COGNITIVE_VERBS: dict[str, tuple[str, ...]] = {
    "mene": ("mener", "mente", "ment"),
    "vurdere": ("vurderer", "vurderede", "vurderet"),
    "tro": ("tror", "troede", "troet"),
    "synes": ("synes", "syntes"),
    "anse": ("anser", "anså"),
}
