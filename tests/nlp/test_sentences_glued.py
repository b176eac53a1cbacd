"""Sentence ends in text glued by stripped HTML ("mod Danmark.Det vurderer") and after
an amount's abbreviation ("40 mio. kr. I stedet"), and the names, outlets and
abbreviations that must stay whole. Every text is invented for these tests."""

from __future__ import annotations

import pytest
import spacy


@pytest.fixture(scope="module")
def nlp(sentence_nlp: spacy.Language) -> spacy.Language:
    return sentence_nlp  # tests/nlp/conftest.py


CASES = [
    # glued by a page that lost its paragraph tags: a sentence ends at the period
    (
        "Angrebet er en trussel mod Danmark.Det vurderer Per Holm. Han ejer Netvagt.",
        ["Angrebet er en trussel mod Danmark.", "Det vurderer Per Holm.", "Han ejer Netvagt."],
    ),
    (
        '"Det er en risiko," siger han.Centeret ligger i Ballerup.',
        ['"Det er en risiko," siger han.', "Centeret ligger i Ballerup."],
    ),
    ("Hvem ringede?Det ved ingen.", ["Hvem ringede?", "Det ved ingen."]),
    # names, outlets, web addresses, clock times and abbreviations stay whole
    ("A.P. Møller-Mærsk skriver det i en meddelelse.",
     ["A.P. Møller-Mærsk skriver det i en meddelelse."]),
    ("Det skriver Sermitsiaq.AG om sagen.", ["Det skriver Sermitsiaq.AG om sagen."]),
    ("Det skriver lokalnyt.dk om sagen.", ["Det skriver lokalnyt.dk om sagen."]),
    ("Mødet begynder kl.10 i rådhuset.", ["Mødet begynder kl.10 i rådhuset."]),
    ("Der kom bl.a. Per Holm og Eva Dahl.", ["Der kom bl.a. Per Holm og Eva Dahl."]),
    ("Festen var på St.Petersborg Plads.", ["Festen var på St.Petersborg Plads."]),
    # an amount's abbreviation ends a sentence when a capital follows
    (
        "Man ventede et underskud på 40 mio. kr. I stedet kom der et overskud.",
        ["Man ventede et underskud på 40 mio. kr.", "I stedet kom der et overskud."],
    ),
    ("Prisen steg med 3 pct. Det er mere end ventet.",
     ["Prisen steg med 3 pct.", "Det er mere end ventet."]),
    ("Det koster 40 mio. kr. om året.", ["Det koster 40 mio. kr. om året."]),
    ("Der kom ca. Tusind mennesker.", ["Der kom ca. Tusind mennesker."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_glued_sentences(nlp: spacy.Language, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [text[a:b] for a, b in doc._.pp_sentences] == expected
