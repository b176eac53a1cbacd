"""Round 13: a paper's edition day after "skriver <avis>" may be the day after the article."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp.components.time_expressions import find_time_expressions

THURSDAY = date(2022, 1, 13)


def _days(text: str) -> list[tuple[str, date | None, date | None]]:
    return [(t.text, t.earliest, t.latest) for t in find_time_expressions(text, THURSDAY, "day")]


@pytest.mark.parametrize(("text", "expected"), [
    # a wire story on Thursday evening quotes Friday's paper
    ("Det skriver Vejle Amts Folkeblad fredag.", ("fredag", date(2022, 1, 14))),
    ("Det erfarer Nordvestnyt fredag.", ("fredag", date(2022, 1, 14))),
    # the paper's day that has already been: the latest one
    ("Det skriver Vejle Amts Folkeblad onsdag.", ("onsdag", date(2022, 1, 12))),
    ("Det skriver Nordvestnyt torsdag.", ("torsdag", THURSDAY)),
])
def test_edition_day_of_a_paper(text: str, expected: tuple[str, date]) -> None:
    word, day = expected
    assert _days(text) == [(word, day, day)]


def test_other_weekdays_after_a_present_verb_stay_in_the_past() -> None:
    # not a paper's edition: "siger" reports what was said, so the Friday has been
    assert _days("Det siger Anne Holm fredag.") == [("fredag", date(2022, 1, 7), date(2022, 1, 7))]
