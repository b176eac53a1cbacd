"""Words that introduce the name of a storm: "stormen Allan", "orkanen Katrina".

Source: our own reading of Danish weather news. Storms are named like people (DMI and
its Nordic partners give them first names: "Bodil", "Allan", "Malik"), but a storm is no
person: news writes "stormen" or "orkanen" right before the name the first time. A name
after one of ``STORM_NOUNS`` is the storm's, and so is every later mention of that name
("Efter Allan var vandet højt"); it is kept as MISC, like a ship or a work.
"""

STORM_NOUNS: tuple[str, ...] = (
    "stormen", "orkanen", "stormfloden", "tyfonen", "cyklonen", "uvejret",
    "stormvejret", "lavtrykket", "ekstremvejret", "snestormen", "vinterstormen",
    "tropestormen", "orkanstormen",
)
