"""A body's name with coordinated first parts keeps them all (issue 9): "Miljø-,
Teknik- og Planudvalget", "Kultur-, Fritids-, og Medborgerskabsudvalget", as Danish
municipal committees and ministries are named. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Article


def organisations(text: str) -> tuple[str, ...]:
    return analyze(Article(id="t", text=text, published=date(2022, 1, 12))).organisations


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Venstre står i spidsen for Miljø-, Teknik- og Planudvalget.",
         "Miljø-, Teknik- og Planudvalget"),
        ("SF står i spidsen for Kultur-, Fritids-, og Medborgerskabsudvalget i år.",
         "Kultur-, Fritids-, og Medborgerskabsudvalget"),
        ("Sagen går til Børne-, Unge- og Familieudvalget i næste uge.",
         "Børne-, Unge- og Familieudvalget"),
        ("Sagen går til Social- og Ældreudvalget i næste uge.", "Social- og Ældreudvalget"),
    ],
)
def test_coordinated_first_parts_belong_to_the_name(text: str, name: str) -> None:
    found = organisations(text)
    assert name in found
    assert not any(o != name and name.endswith(o) for o in found)  # no cut-off part


def test_a_list_of_names_stays_a_list() -> None:
    found = organisations("Han har arbejdet for Miljøstyrelsen, Naturstyrelsen og DMI.")
    assert found == ("Miljøstyrelsen", "Naturstyrelsen", "DMI")
