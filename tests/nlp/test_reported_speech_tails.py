"""Reported speech whose attribution is followed by a "hvor" clause, and groups named by
an adjective used as a noun ("Flere lokale"). Every text is invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize("text, quote, speaker", [
    # adverbials and a "hvor" clause after the speaker: the journalist's circumstance
    ("Rapporten ventes onsdag, og den vil hun vente på, siger hun tirsdag under "
     "spørgetimen, hvor partierne kan stille spørgsmål til ministeren.",
     "Rapporten ventes onsdag, og den vil hun vente på", "hun"),
    # "hvor" right after a trailing attribution tells where, not what, was said
    ("Rapporten kommer onsdag, siger hun, hvor hun taler til pressen.",
     "Rapporten kommer onsdag", "hun"),
])
def test_a_hvor_clause_after_the_attribution_is_not_the_quote(
        found_quotes: Callable[[str], list[tuple]], text: str, quote: str,
        speaker: str) -> None:
    assert [(kind, words, who) for kind, words, _, who in found_quotes(text)] == [
        ("indirect", quote, speaker)]


def test_a_reported_question_after_the_cue_still_counts(
        found_quotes: Callable[[str], list[tuple]]) -> None:
    found = found_quotes("Borgmesteren fortæller, hvor bilen holdt.")
    assert [(kind, words) for kind, words, _, _ in found] == [
        ("indirect", "hvor bilen holdt")]


@pytest.mark.parametrize(
    "subject", ["Flere lokale", "Mange unge", "De ansatte", "Nogle frivillige"])
def test_an_adjective_used_as_a_noun_names_a_group_of_speakers(
        found_quotes: Callable[[str], list[tuple]], subject: str) -> None:
    found = found_quotes(f"{subject} har fortalt til TV 2, at politiet omringede et hus.")
    assert [(kind, words, who) for kind, words, _, who in found] == [
        ("indirect", "politiet omringede et hus", subject)]


def test_rooms_are_no_speakers(found_quotes: Callable[[str], list[tuple]]) -> None:
    # "lokale" is also a noun (a room): without a speech verb nothing is said
    assert found_quotes("Flere lokale står tomme, og kommunen vil sælge dem.") == []
