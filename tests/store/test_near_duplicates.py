"""Near-duplicate groups at add and collapsed search, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pressespejl.store import open_store
from pressespejl.types import Analysis, Article, Quote, SearchQuery

WIRE = (
    "Regeringen og et bredt flertal i Folketinget har natten til torsdag indgået en aftale "
    "om at styrke beredskabet i de danske kommuner. Aftalen betyder, at hver kommune skal "
    "have en plan for strømsvigt, oversvømmelser og cyberangreb inden udgangen af næste år. "
    "Kommunerne får samlet 400 millioner kroner over fire år til opgaven, og pengene "
    "fordeles efter indbyggertal. Forsvarsministeren kalder aftalen et vigtigt skridt."
)
OTHER = (
    "Vejret bliver vådt og blæsende hele weekenden, lyder det fra meteorologerne. Der er "
    "risiko for skybrud i Nordjylland lørdag, mens resten af landet får byger og frisk "
    "vind. Søndag klarer det op fra vest, og temperaturen stiger til omkring 15 grader."
)


def _record(article_id: str, text: str, outlet: str, day: int = 5) -> tuple[Article, Analysis]:
    article = Article(id=article_id, text=text, published=date(2022, 5, day), outlet=outlet,
                      title=f"Nyt fra {outlet}")
    return article, Analysis(article_id=article_id, pipeline="t")


def test_copies_join_the_group_of_the_first(empty_store):
    assert empty_store.add(*_record("a1", WIRE, "dr"))
    assert empty_store.add(*_record("b2", WIRE.replace("et vigtigt", "et stort"), "tv2"))
    assert empty_store.add(*_record("c3", OTHER, "dr"))
    assert empty_store.add(*_record("d4", WIRE + " Oppositionen er kritisk.", "jp"))
    assert empty_store.stats()["near_duplicates"] == 2

    plain = empty_store.search(SearchQuery(text="beredskab"))
    assert plain.total == 3 and plain.copies == {}
    collapsed = empty_store.search(SearchQuery(text="beredskab"), collapse=True)
    assert collapsed.total == 1
    assert len(collapsed.hits) == 1
    assert collapsed.copies == {collapsed.hits[0].article_id: 3}

    everything = empty_store.search(SearchQuery(sort="oldest"), collapse=True)
    assert everything.total == 2
    assert sorted(everything.copies.values()) == [1, 3]


def test_collapse_keeps_filters_and_paging(empty_store):
    empty_store.add(*_record("a1", WIRE, "dr", day=3))
    empty_store.add(*_record("b2", WIRE, "tv2", day=4))  # same text, another outlet and day
    hits = empty_store.search(SearchQuery(outlets=("tv2",)), collapse=True)
    assert [h.article_id for h in hits.hits] == ["b2"] and hits.copies == {"b2": 1}
    newest = empty_store.search(SearchQuery(sort="newest"), collapse=True)
    assert [h.article_id for h in newest.hits] == ["b2"]
    page = empty_store.search(SearchQuery(limit=1, offset=1), collapse=True)
    assert page.hits == [] and page.total == 1


def test_index_is_rebuilt_from_stored_signatures(store_url):
    with open_store(store_url) as store:
        store.add(*_record("a1", WIRE, "dr"))
    with open_store(store_url) as store:
        store.add(*_record("b2", WIRE, "tv2"))
        hits = store.search(SearchQuery(text="kommune"), collapse=True)
        # Equal scores and days: the copy stored last stands for the group.
        assert hits.total == 1 and hits.copies == {"b2": 2}


def test_rolled_back_article_is_not_a_group(empty_store):
    article, analysis = _record("a1", WIRE, "dr")
    bad = replace(analysis, quotes=(Quote("direct", None, None, None, None, 0, 1),))  # type: ignore[arg-type]
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own error type
        empty_store.add(article, bad)
    empty_store.add(*_record("b2", WIRE, "tv2"))
    empty_store.add(*_record("c3", WIRE, "jp"))
    hits = empty_store.search(SearchQuery(), collapse=True)
    # One group of two (b2 and its copy c3), not a group under the rolled-back a1.
    assert hits.total == 1 and list(hits.copies.values()) == [2]
