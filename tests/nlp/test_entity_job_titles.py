"""Job titles and page fragments are no names, and a town's business is a firm (issue
9): "har ansat Kirsten Holm som Warehouse Team Lead" names one person, a short
cut-off word on a line of its own ("Ang") is chrome, and "Sæby Fiskeindustri" is an
organisation, not a place. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.types import Analysis, Article


def analysed(text: str) -> Analysis:
    return analyze(Article(id="t", text=text, published=date(2023, 3, 2)))


@pytest.mark.parametrize(
    "text",
    [
        "Firmaet har pr. 1. marts ansat Kirsten Holm som Warehouse Team Lead.",
        "Firmaet har pr. 1. marts ansat Kirsten Holm som Principal.",
    ],
)
def test_a_job_title_after_som_is_no_name(text: str) -> None:
    found = analysed(text)
    assert [p.name for p in found.people] == ["Kirsten Holm"]
    assert found.places == () and found.organisations == ()


def test_a_cut_off_word_on_its_own_line_is_no_person() -> None:
    found = analysed("Ulven er set igen i Vestjylland, siger Ole Berg.\n\nAng\n\nDet er godt.")
    assert [p.name for p in found.people] == ["Ole Berg"]


def test_a_first_name_on_its_own_line_stays() -> None:
    found = analysed("Ulven er set igen, siger Ole Berg.\n\nBo\n\nDet er godt.")
    assert "Bo" in {p.name for p in found.people}


@pytest.mark.parametrize(
    "text",
    [
        "20 ansatte på Sæby Fiskeindustri har fået en fyreseddel.",
        "Det meddeler Sæby Fiskeindustri i en pressemeddelelse.",
    ],
)
def test_a_towns_business_is_an_organisation(text: str) -> None:
    found = analysed(text)
    assert found.organisations == ("Sæby Fiskeindustri",)
    assert found.places == ()
