"""A trained NER's place that starts with a common noun opening the sentence
("Privatskolen i Vester Mark blev ...") is the place after it (issue 9). Invented
sentences."""

from __future__ import annotations

import pytest

from pressespejl.nlp.components._entity_forms import Found, clean, split


def _cleaned(text: str, first: str, stop: str, label: str = "LOC") -> list[tuple[str, str]]:
    a = text.index(first)
    b = text.index(stop, a)
    parts = [clean(text, p, {0, a}) for p in split(text, Found(a, b, label, text[a:b],
                                                              model=True))]
    return [(p.canonical, p.label) for p in parts if p]


@pytest.mark.parametrize(
    ("text", "first", "stop", "place"),
    [
        ("Privatskolen i Ulfborg blev etableret i 2017.", "Privatskolen", " blev", "Ulfborg"),
        ("Kirken på Fanø er gammel.", "Kirken", " er", "Fanø"),
        ("Privatskolen i Vester Mark blev bygget i 2017.", "Privatskolen", " blev",
         "Vester Mark"),
    ],
)
def test_a_sentence_opening_noun_is_no_part_of_a_models_place(
        text: str, first: str, stop: str, place: str) -> None:
    assert _cleaned(text, first, stop) == [(place, "LOC")]


def test_a_sentence_opening_noun_alone_is_no_place() -> None:
    assert _cleaned("Privatskolen blev etableret i 2017.", "Privatskolen", " blev") == []


def test_a_models_organisation_keeps_its_whole_name() -> None:
    text = "Friskolen i Ulfborg har 80 elever."
    assert _cleaned(text, "Friskolen", " har", "ORG") == [("Friskolen i Ulfborg", "ORG")]
