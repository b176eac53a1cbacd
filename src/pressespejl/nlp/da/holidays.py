"""Danish holidays and named days, as the days they fall on.

Source: the Danish calendar of public holidays (helligdage, as in the Ferieloven and
the Folkekirke's year) and the named days Danish news dates events by. Each entry is
``(anchor, first, last)``: ``anchor`` "easter" counts days from Easter Sunday (computed
by ``dateutil.easter``), a ``(month, day)`` pair is a fixed day. ``first``/``last`` are
offsets of the first and last day from the anchor, so a holiday of several days
("påsken": Maundy Thursday to Easter Monday) is one range.

The short forms "jul", "påske", "pinse" and "nytår" are only read after a cue ("i
julen", "til jul", "i påsken"): "jul." is also an abbreviation of July (as spaCy's
Danish tokenizer exceptions note), and "nytår" starts many compounds. Their definite
forms ("julen", "påsken") too: without a cue they name the feast, not its days ("Julen
er en hyggelig tid"). "Store bededag" stopped being a holiday in 2024 but stays a named
day.

Before, after and up to a holiday ("inden jul", "op til påske", "efter nytår") are open
periods too vague to score (docs/gold-format.md): no expression for the short forms; a
named day keeps its own date ("op til juleaften" gives "juleaften").
"""

EASTER = "easter"

HOLIDAYS: dict[str, tuple[str | tuple[int, int], int, int]] = {
    # Christmas and New Year
    "juleaften": ((12, 24), 0, 0),
    "juleaftensdag": ((12, 24), 0, 0),
    "juledag": ((12, 25), 0, 0),
    "1. juledag": ((12, 25), 0, 0),
    "første juledag": ((12, 25), 0, 0),
    "2. juledag": ((12, 26), 0, 0),
    "anden juledag": ((12, 26), 0, 0),
    "julen": ((12, 24), 0, 2),
    "jul": ((12, 24), 0, 2),
    "juleferien": ((12, 24), 0, 2),
    "nytårsaften": ((12, 31), 0, 0),
    "nytårsaftensdag": ((12, 31), 0, 0),
    "nytårsdag": ((1, 1), 0, 0),
    "nytår": ((12, 31), 0, 1),
    "nytåret": ((12, 31), 0, 1),
    # Easter and the days counted from it
    "fastelavn": (EASTER, -49, -49),
    "fastelavnssøndag": (EASTER, -49, -49),
    "palmesøndag": (EASTER, -7, -7),
    "skærtorsdag": (EASTER, -3, -3),
    "langfredag": (EASTER, -2, -2),
    "påskedag": (EASTER, 0, 0),
    "påskesøndag": (EASTER, 0, 0),
    "2. påskedag": (EASTER, 1, 1),
    "anden påskedag": (EASTER, 1, 1),
    "påske": (EASTER, -3, 1),
    "påsken": (EASTER, -3, 1),
    "påskeferien": (EASTER, -3, 1),
    "store bededag": (EASTER, 26, 26),
    "kristi himmelfartsdag": (EASTER, 39, 39),
    "kristi himmelfart": (EASTER, 39, 39),
    "pinse": (EASTER, 49, 50),
    "pinsen": (EASTER, 49, 50),
    "pinsedag": (EASTER, 49, 49),
    "2. pinsedag": (EASTER, 50, 50),
    "anden pinsedag": (EASTER, 50, 50),
    # Fixed named days
    "grundlovsdag": ((6, 5), 0, 0),
    "sankthansaften": ((6, 23), 0, 0),
    "sankt hans aften": ((6, 23), 0, 0),
    "sankt hans": ((6, 23), 0, 0),
    "sankthans": ((6, 23), 0, 0),
    "mortensaften": ((11, 10), 0, 0),
    "valentinsdag": ((2, 14), 0, 0),
    "halloween": ((10, 31), 0, 0),
}

# The short forms and their definite forms, read only after one of the cues.
NEEDS_CUE: frozenset[str] = frozenset({"jul", "påske", "pinse", "nytår", "julen", "påsken",
                                       "pinsen", "nytåret"})
# Cues that make an open period before or after the holiday (see above).
VAGUE_CUES: frozenset[str] = frozenset({"inden", "før", "op til", "frem til", "efter"})

# Cues before a holiday: "til" (and "op til") points ahead, "siden" back; the rest
# leave the choice to the clause's tense.
HOLIDAY_CUES: tuple[str, ...] = (
    "i", "til", "op til", "frem til", "efter", "inden", "før", "over", "hen over",
    "omkring", "siden", "i løbet af",
)
