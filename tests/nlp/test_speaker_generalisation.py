"""Speaker classes that real Danish news shows and the dev set under-represents (issue 8,
second round): each class holds short invented Danish texts, none copied from a news page.

Rule-level cases call the mention reader on a bare string; pipeline cases run the whole
analysis and give [(kind, speaker), ...] per quote in text order.
"""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.nlp import analyze
from pressespejl.nlp.components._mentions import mention_at
from pressespejl.types import Article


def quotes_of(text: str) -> list[tuple[str, str | None]]:
    analysis = analyze(Article(id="t", text=text, published=date(2023, 5, 2)))
    return [(q.kind, q.speaker) for q in analysis.quotes]


# A party, organisation or job glued before a person's name is the person's role, not
# part of the name; two first names stay one name.
PREFIXED_NAMES = [
    ("Venstres Morten Dahl.", "Morten Dahl", "Venstres"),
    ("Dansk Folkepartis Ole Holm.", "Ole Holm", "Dansk Folkepartis"),
    ("Socialdemokratiets Lise Berg", "Lise Berg", "Socialdemokratiets"),
    ("Miljøstyrelsen Karen Bech.", "Karen Bech", "Miljøstyrelsen"),
    ("Fåreavler Peter Holst udtaler", "Peter Holst", "Fåreavler"),
    ("Jens Peter Hansen.", "Jens Peter Hansen", None),
    ("Anders Fogh Rasmussen.", "Anders Fogh Rasmussen", None),
    # a job with a workplace in lower case before the name, no comma
    ("vagtchef ved samme politikreds Bo Rasmussen.", "Bo Rasmussen", "vagtchef"),
]


@pytest.mark.parametrize(("text", "name", "role"), PREFIXED_NAMES)
def test_prefix_before_a_name_is_a_role(text: str, name: str, role: str | None) -> None:
    end = len(text.split(" udtaler")[0].rstrip("."))
    mention = mention_at(text, 0, end)
    assert mention is not None
    assert (mention.kind, mention.text, mention.role) == ("name", name, role)


PREFIXED_SPEAKERS = [
    ("Partiet vil stemme imod.\n\n- Det er et dårligt forslag, siger Venstres Morten Dahl."
     "\n\n- Vi stemmer nej, siger Dahl.",
     [("direct", "Morten Dahl"), ("direct", "Morten Dahl")]),
    ("Fåreavler Peter Holst fortæller til avisen, at hegnet var klippet over.\n\n"
     "- Jeg er rasende, siger fåreavleren.",
     [("indirect", "Peter Holst"), ("direct", "Peter Holst")]),
    # a medium in the role does not win over the person the sentence names
    ("- Situationen er alvorlig, siger udlandschef hos DR Nyheder Niels Kvist.",
     [("direct", "Niels Kvist")]),
]


@pytest.mark.parametrize(("text", "expected"), PREFIXED_SPEAKERS)
def test_prefixed_speakers(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


# A definite organisation noun ("politiet", "kommissionen") is the organisation the
# article names, also when a person's name is glued to it ("vagtchef ved Fyns Politi Bo
# Lund") and when the lead uses the noun before the name comes.
ORGANISATION_BACK_REFERENCES = [
    ("Ulykken skete ved Vejle, oplyser vagtchef ved Sydøstjyllands Politi Rune Holm.\n\n"
     "Politiet siger, at føreren er uden for livsfare.",
     [("indirect", "Rune Holm"), ("indirect", "Sydøstjyllands Politi")]),
    ("Ulykken skyldtes ifølge politiet en bilist, der ville vende.\n\n"
     "Vagtchef ved Midt- og Vestjyllands Politi Ole Dam var på stedet.",
     [("indirect", "Midt- og Vestjyllands Politi")]),
    ("Granskningskommissionen har i dag afleveret sin beretning om sagen.\n\n"
     "Kommissionen konkluderer, at ministeren handlede groft uagtsomt.",
     [("indirect", "Granskningskommissionen")]),
    # two police districts after the lead: no guess
    ("Ulykken skyldtes ifølge politiet en bilist, der ville vende.\n\n"
     "Både Fyns Politi og Sydøstjyllands Politi var på stedet.",
     [("indirect", "politiet")]),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_BACK_REFERENCES)
def test_organisation_back_references(text: str, expected: list) -> None:
    assert quotes_of(text) == expected


def test_and_it_confirms_points_back() -> None:
    text = ("En bilist kørte i nat den forkerte vej på motorvejen. Og det bekræfter "
            "vagtchef ved samme politikreds Bo Rasmussen.")
    assert quotes_of(text) == [("indirect", "Bo Rasmussen")]
