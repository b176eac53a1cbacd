"""Shapes of Danish reported speech mined from unlabelled local news (issue 8, round 12):
each class was seen at least three times in at least two outlets (police, traffic,
weather, football, municipal and Greenland news) before it was fixed. Each case is (text,
expected) with expected = [(kind, text, cue, speaker phrase or None), ...] for every quote
``find_quotes`` returns. Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

# A reported clause that goes on after an attribution, with adverbials or a modal between
# the relative pronoun (or "og") and the cue: "..., siger X, der samtidig kan fortælle,
# at ...", "..., der dog i samme åndedrag erkender, at ...", "siger X i en
# pressemeddelelse og understreger, at ...". A negated cue ("der ikke vil sige, at") or a
# verb that reports no words ("der samtidig kan se, at") is no report.
RELATIVE_ADVERBIAL = [
    (
        "- Vi ved ikke, hvorfor branden startede, siger vagtchef Per Lund, der samtidig "
        "kan fortælle, at politiet leder efter vidner.",
        [("direct", "Vi ved ikke, hvorfor branden startede", "siger", "Per Lund"),
         ("indirect", "politiet leder efter vidner", "fortælle", "Per Lund")],
    ),
    (
        "- Det koster penge at fyre en træner, siger formand Lise Holm, der dog i samme "
        "åndedrag erkender, at klubben har råd.",
        [("direct", "Det koster penge at fyre en træner", "siger", "Lise Holm"),
         ("indirect", "klubben har råd", "erkender", "Lise Holm")],
    ),
    (
        "»Kør forsigtigt i aften,« siger vagtchef Mette Berg i en pressemeddelelse og "
        "understreger, at vinterdæk er et must.",
        [("direct", "Kør forsigtigt i aften", "siger", "Mette Berg"),
         ("indirect", "vinterdæk er et must", "understreger", "Mette Berg")],
    ),
    (
        "- Bilen kørte galt ved midnat, siger Jens Dahl, som i går over for avisen kunne "
        "bekræfte, at føreren er sigtet.",
        [("direct", "Bilen kørte galt ved midnat", "siger", "Jens Dahl"),
         ("indirect", "føreren er sigtet", "bekræfte", "Jens Dahl")],
    ),
    (
        "- Vi er glade for sejren, siger Per Lund, der ikke vil sige, at holdet er i form.",
        [("direct", "Vi er glade for sejren", "siger", "Per Lund")],
    ),
    (
        "- Vi er glade for sejren, siger Per Lund, der samtidig kan se, at holdet er i form.",
        [("direct", "Vi er glade for sejren", "siger", "Per Lund")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_ADVERBIAL)
def test_a_reported_clause_after_adverbials_in_a_relative(
        found_quotes: Callable[[str], list[tuple]], text: str, expected: list[tuple]) -> None:
    assert found_quotes(text) == expected

