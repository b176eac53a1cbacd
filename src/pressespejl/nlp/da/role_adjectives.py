"""Danish adjectives that may stand between an article and a title in a role.

Source: our own list. In "den russiske viceudenrigsminister, Sergej Rjabkov" the role
starts at "den"; to find that start we walk back over adjectives only, so a verb in
"skal møde danske ministre" is not taken into the role. Nationality adjectives all end
in "-ske" ("danske", "russiske", "ukrainske", "britiske"), which the pattern reads as a
suffix (``SUFFIX``); the others are listed whole (``WORDS``).
"""

ROLE_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "SUFFIX": ("ske",),
    "WORDS": (
        "tidligere",
        "forhenværende",
        "nuværende",
        "daværende",
        "afgående",
        "fungerende",
        "konstituerede",
        "administrerende",
        "nyvalgte",
        "nye",
        "øverste",
        "ledende",
        "erfarne",
        "mangeårige",
        "kendte",
        "politiske",
        "økonomiske",
        "vagthavende",
    ),
}
