"""Danish month names, mapped to month numbers.

Source: Dansk Sprognævn, Retskrivningsordbogen (month names are written in lower
case, which the component relies on: "August" with a capital is usually a first
name). Abbreviations ("jan.", "dec.") are rare in running news text, and "jul." is
ambiguous with "jul" (Christmas), as in spaCy's Danish tokenizer exceptions; they are
a table of their own (``MONTH_ABBREVIATIONS``), read only in page timestamps and
bylines after a day ("Publiceret 4. jan. 2024 kl. 08:15").
"""

MONTHS: dict[str, int] = {
    "januar": 1,
    "februar": 2,
    "marts": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations seen in page chrome; "maj" has none. Kept equal to the ingest table of
# datelines (``pressespejl.ingest._datelines``; its test compares them).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
