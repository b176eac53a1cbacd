"""Archive-wide entity ids: linking names across articles, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.errors import InputError
from pressespejl.store.entities import article_mentions, entity_id, slug
from pressespejl.types import Analysis, Article, Entity, Person, Quote


def _article(num: int, text: str, day: date, people=(), quotes=(), entities=(),
             organisations=(), places=()) -> tuple[Article, Analysis]:
    article = Article(id=f"e{num:03d}", text=text, published=day, title=f"Artikel {num}")
    return article, Analysis(
        article_id=article.id, pipeline="t", people=tuple(people), quotes=tuple(quotes),
        entities=tuple(entities), organisations=tuple(organisations), places=tuple(places))


def _quote(text: str, words: str, speaker: str, mention: str) -> Quote:
    start = text.index(words)
    return Quote("direct", words, speaker, mention, "siger", start, start + len(words), "name")


@pytest.mark.parametrize(("name", "expected"), [
    ("Jens Stoltenberg", "jens-stoltenberg"),
    ("Lars Løkke Rasmussen", "lars-loekke-rasmussen"),
    ("Århus", "aarhus"),
    ("Aarhus", "aarhus"),  # aa = å, so both spellings are one id
    ("Genève", "geneve"),
    ("Nato-Rusland-rådet", "nato-rusland-raadet"),
    ("NATO", "nato"),
    ("Ærø", "aeroe"),
    ("???", "x"),
])
def test_slug_transliterates_danish_letters(name, expected):
    assert slug(name) == expected


def test_entity_id_prefixes_and_clash_suffix():
    assert entity_id("person", "Jens Stoltenberg") == "per:jens-stoltenberg"
    assert entity_id("org", "Nato") == "org:nato"
    assert entity_id("place", "Rusland", attempt=2) == "loc:rusland-2"


def test_article_mentions_joins_surname_to_full_name_in_one_article():
    text = "Jens Stoltenberg talte. Stoltenberg sagde mere. NATO og Nato."
    _, analysis = _article(1, text, date(2022, 1, 1),
                           people=[Person("Jens Stoltenberg", ("generalsekretær",), 1),
                                   Person("Stoltenberg", (), 1)],
                           organisations=["NATO", "Nato"])
    mentions = {(m.kind, m.name): m for m in article_mentions(analysis)}
    assert set(mentions) == {("person", "Jens Stoltenberg"), ("org", "NATO")}
    assert mentions[("person", "Jens Stoltenberg")].mentions == 2
    assert mentions[("person", "Jens Stoltenberg")].aliases == {"jens stoltenberg", "stoltenberg"}


def test_store_links_names_across_the_archive(store):
    stoltenberg = store.entity("per:jens-stoltenberg")
    assert stoltenberg["name"] == "Jens Stoltenberg"
    assert stoltenberg["kind"] == "person"
    assert stoltenberg["articles"] == 3  # the seed and two demo articles
    assert stoltenberg["quotes"] == 5
    assert stoltenberg["first_seen"] == "2022-01-01"
    assert stoltenberg["last_seen"] == "2022-02-28"  # the month-dated article's last day
    assert {"role": "Natos generalsekretær", "articles": 2} in stoltenberg["roles"]
    assert stoltenberg["co_mentioned"][0] == {"id": "loc:rusland", "kind": "place",
                                              "name": "Rusland", "articles": 3}
    assert stoltenberg["latest_quotes"][0]["text"] == "En invasion vil få alvorlige konsekvenser"
    # A name in any case, or the surname of exactly one person, finds the same entity.
    assert store.entity("jens stoltenberg")["id"] == "per:jens-stoltenberg"
    assert store.entity("Stoltenberg")["id"] == "per:jens-stoltenberg"
    assert store.entity("Aarhus")["id"] == store.entity("Århus")["id"] == "loc:aarhus"
    assert store.entity("Ingen Sådan") is None


def test_surname_alone_in_a_later_article_links_to_the_one_person(store):
    text = "Stoltenberg gentog sin advarsel.\n\n- Vi er klar, siger Stoltenberg."
    record = _article(1, text, date(2022, 3, 2), people=[Person("Stoltenberg", (), 2)],
                      quotes=[_quote(text, "Vi er klar", "Stoltenberg", "Stoltenberg")])
    assert store.add(*record)
    assert [e["id"] for e in store.entities(query="stoltenberg")] == ["per:jens-stoltenberg"]
    stoltenberg = store.entity("per:jens-stoltenberg")
    assert stoltenberg["quotes"] == 6
    assert stoltenberg["last_seen"] == "2022-03-02"
    assert stoltenberg["latest_quotes"][0]["text"] == "Vi er klar"


def test_shared_surname_is_not_guessed(empty_store):
    for num, name in enumerate(("Anders Hansen", "Birgit Hansen")):
        text = f"{name} udtaler sig."
        empty_store.add(*_article(num, text, date(2022, 1, 1 + num), people=[Person(name)]))
    text = "Hansen udtaler sig igen."
    empty_store.add(*_article(9, text, date(2022, 1, 9), people=[Person("Hansen")]))
    ids = sorted(e["id"] for e in empty_store.entities(kind="person"))
    assert ids == ["per:anders-hansen", "per:birgit-hansen", "per:hansen"]
    assert empty_store.entity("Hansen")["id"] == "per:hansen"  # the exact name first


def test_ambiguous_surname_lookup_names_the_candidates(empty_store):
    for num, name in enumerate(("Anders Hansen", "Birgit Hansen")):
        empty_store.add(*_article(num, f"{name}.", date(2022, 1, 1), people=[Person(name)]))
    with pytest.raises(InputError, match=r"Anders Hansen.*Birgit Hansen"):
        empty_store.entity("Hansen")


def test_organisations_fold_case_and_places_use_canonical(empty_store):
    text = "NATO mødes. Nato siger nej. Ruslands svar kom."
    start = text.index("Ruslands")
    empty_store.add(*_article(
        1, text, date(2022, 1, 5), organisations=["NATO"],
        entities=[Entity("Nato", "ORG", 12, 16, "Nato"),
                  Entity("Ruslands", "LOC", start, start + 8, "Rusland")]))
    empty_store.add(*_article(2, "Nato igen.", date(2022, 1, 6), organisations=["Nato"]))
    orgs = empty_store.entities(kind="org")
    assert [(e["id"], e["name"], e["articles"]) for e in orgs] == [("org:nato", "Nato", 2)]
    assert [e["id"] for e in empty_store.entities(kind="place")] == ["loc:rusland"]


def test_entities_filters_and_validates_kind(store):
    people = store.entities(kind="person")
    assert people and all(e["kind"] == "person" for e in people)
    assert people[0]["id"] == "per:jens-stoltenberg"  # most articles first
    assert [e["name"] for e in store.entities(query="kofod")] == ["Jeppe Kofod"]
    assert len(store.entities(limit=2)) == 2
    with pytest.raises(ValueError, match="person, org, place"):
        store.entities(kind="people")


def test_failed_add_leaves_no_entities(empty_store, seed):
    article, analysis = seed
    broken = replace(analysis, quotes=(*analysis.quotes, replace(analysis.quotes[0], text=None)))
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own error type
        empty_store.add(article, broken)
    assert empty_store.entities() == []
    assert empty_store.add(article, analysis)
    assert empty_store.entity("per:jeppe-kofod")["quotes"] == 2


def test_country_speaker_is_the_place_not_a_person() -> None:
    """ "Her sagde Rusland, at ..." : the speaker links to loc:rusland; no per:rusland."""
    from pressespejl.store.entities import article_mentions
    from pressespejl.types import Analysis, Entity, Quote

    analysis = Analysis(
        article_id="a", pipeline="test", places=("Rusland",),
        entities=(Entity("Rusland", "LOC", 4, 11, "Rusland"),),
        quotes=(Quote("indirect", "Nato skal forstå alvoren", "Rusland", "Rusland", "sagde",
                      20, 44, "organisation"),))
    kinds = {(m.kind, m.name) for m in article_mentions(analysis)}
    assert kinds == {("place", "Rusland")}
