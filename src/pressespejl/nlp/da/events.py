"""Names of events, eras, campaigns and tournaments: no person, organisation or place.

Source: our own list of the one-word names of events Danish news writes with a capital
letter ("Brexit har kostet dyrt"). A trained NER reads such a word before a verb as a
person; in the gold format (docs/gold-format.md) events, like awards and works, are in
none of the entity lists, and UNER tags them O. Matched in lower case.

Left out: events named after a place ("Kosovokrigen" is a compound no rule reads as a
name) and the holidays, which ``holidays.py`` holds.
"""

EVENT_NAMES: frozenset[str] = frozenset(
    {
        "brexit", "grexit", "dexit", "megxit", "watergate", "covid", "covid-19",
        "corona", "coronakrisen", "coronapandemien", "finanskrisen", "metoo", "#metoo",
        "ramadan", "holocaust", "reformationen", "genforeningen", "besættelsen",
        "befrielsen", "tamilsagen", "minksagen", "instrukssagen", "britta-sagen",
        # tournaments, not the leagues that play them
        "champions league", "europa league", "conference league", "europa-cup",
        "europa cup", "world cup", "tour de france", "giro d'italia", "vuelta a españa",
    }
)
