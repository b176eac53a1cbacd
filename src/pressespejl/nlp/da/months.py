"""Danish month names, mapped to month numbers.

Source: Dansk Sprognævn, Retskrivningsordbogen (month names are written in lower
case, which the component relies on: "August" with a capital is usually a first
name). Abbreviations ("jan.", "dec.") are left out: they are rare in running news
text, and "jul." is ambiguous with "jul" (Christmas), as in spaCy's Danish
tokenizer exceptions.
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
