"""A person with their organisation, party or job glued before the name: both readers
of such a phrase in ``_mentions`` (a noun that names an organisation, and a capitalised
run) build the person the same way, through ``_person_after``."""

from __future__ import annotations

import pytest

from pressespejl.nlp.components._mentions import _person_after, mention_at


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Miljøstyrelsen Karen Bech.", "Karen Bech", "Miljøstyrelsen"),  # organisation noun
        ("Venstres Morten Dahl.", "Morten Dahl", "Venstres"),  # capitalised run
        ("Fåreavler Peter Holst udtaler", "Peter Holst", "Fåreavler"),  # a job
    ],
)
def test_a_glued_role_gives_the_person_and_keeps_the_role(text: str, name: str,
                                                          role: str) -> None:
    mention = mention_at(text, 0)
    assert mention is not None
    assert (mention.text, mention.kind, mention.role) == (name, "name", role)


def test_the_shared_builder_needs_a_first_name_and_a_surname() -> None:
    text = "Miljøstyrelsen Karen Bech"
    person = _person_after(text, 0, 15, len(text))
    assert person is not None and (person.text, person.start, person.role) == (
        "Karen Bech", 15, "Miljøstyrelsen")
    assert _person_after("Miljøstyrelsen Karen", 0, 15, 20) is None  # no surname
    assert _person_after("Miljøstyrelsen Nordhavn Bech", 0, 15, 28) is None  # no first name


def test_an_organisation_noun_before_a_name_without_a_first_name_is_the_organisation() -> None:
    mention = mention_at("Brancheorganisationen DigitalEurope.", 0)
    assert mention is not None
    assert (mention.text, mention.kind) == ("DigitalEurope", "organisation")
