"""Undated articles in the archive (issue 8), on both backends.

An article whose input gives no date is stored with no days: date filters never match
it (and ``-date:`` always does), sorting by date puts it last both ways, trends and
the month facet leave it out, and it survives export and import unchanged.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from pressespejl.store import open_store
from pressespejl.store.export import export_archive, import_archive
from pressespejl.store.migrations import latest_version, migrations
from pressespejl.types import Analysis, Article, Entity, Person, Quote, SearchQuery

TEXT = ("Borgmester Hanne Vestergaard vil bygge en ny soldaterhal.\n\n"
        "- Vi har brug for hallen, siger Hanne Vestergaard i går.")


def undated_record(text: str = TEXT, published: date | None = None,
                   precision: str = "day") -> tuple[Article, Analysis]:
    article = Article(id=f"undated-{abs(hash((text, published))) % 10**8}", text=text,
                      published=published, precision=precision,  # type: ignore[arg-type]
                      title="Ny hal", outlet="Fjordposten")
    start = text.index("Vi har")
    quote = Quote("direct", "Vi har brug for hallen", "Hanne Vestergaard", "Hanne Vestergaard",
                  "siger", start, start + len("Vi har brug for hallen"), "name")
    name = text.index("Hanne Vestergaard")
    analysis = Analysis(
        article_id=article.id, pipeline="test", quotes=(quote,),
        people=(Person("Hanne Vestergaard", ("borgmester",), 2, "female"),),
        entities=(Entity("Hanne Vestergaard", "PER", name, name + 17, "Hanne Vestergaard"),),
    )
    return article, analysis


@pytest.fixture
def with_undated(store):
    article, analysis = undated_record()
    assert article.precision == "none"
    assert store.add(article, analysis) is True
    return store, article


def test_undated_article_is_stored_and_read_back(with_undated):
    store, article = with_undated
    assert store.has(article.id)
    [(stored, _)] = [(a, n) for a, n in store.iter_records() if a.id == article.id]
    assert stored == article
    assert (stored.published, stored.precision, stored.date_label) == (None, "none", None)


def test_undated_article_matches_words_but_never_a_date_filter(with_undated):
    store, article = with_undated
    hits = store.search(SearchQuery(text="soldaterhal")).hits
    assert [(h.article_id, h.date) for h in hits] == [(article.id, None)]
    for query in (SearchQuery(text="soldaterhal", date_from=date(1900, 1, 1)),
                  SearchQuery(text="soldaterhal", date_to=date(2999, 12, 31)),
                  SearchQuery(text="soldaterhal date:2022-01")):
        assert store.search(query).hits == []
    # NOT of a date filter: an undated article is not in January 2022.
    assert [h.article_id for h in store.search(SearchQuery(text="hallen -date:2022-01")).hits] \
        == [article.id]


@pytest.mark.parametrize("sort", ["newest", "oldest", "relevance"])
def test_undated_article_sorts_last(with_undated, sort):
    store, article = with_undated
    hits = store.search(SearchQuery(text="", sort=sort, limit=50)).hits
    assert len(hits) == 10
    assert hits[-1].article_id == article.id
    quotes = store.quotes(SearchQuery(text="", sort=sort, limit=100))
    assert quotes[-1].article_id == article.id and quotes[-1].date is None


def test_undated_article_is_left_out_of_trends_and_the_month_facet(with_undated):
    store, _ = with_undated
    assert store.trend(SearchQuery(text=""), by="month") == [
        ("2021-12", 1), ("2022-01", 4), ("2022-02", 3), ("2022-03", 1)]
    months = store.facets(SearchQuery(text=""))["month"]
    assert sum(n for _, n in months) == 9 and all(m for m, _ in months)
    assert store.facets(SearchQuery(text="soldaterhal"))["month"] == []


def test_entity_named_only_undated_has_no_days_until_a_dated_article(with_undated):
    store, _ = with_undated
    found = store.entity("Hanne Vestergaard")
    assert (found["first_seen"], found["last_seen"], found["articles"]) == (None, None, 1)
    assert found["latest_quotes"][0]["date"] is None
    dated = undated_record(TEXT + "\n\nMere.", published=date(2023, 5, 1), precision="month")
    store.add(*dated)
    found = store.entity("Hanne Vestergaard")
    assert (found["first_seen"], found["last_seen"], found["articles"]) == (
        "2023-05-01", "2023-05-31", 2)
    store.add(*undated_record(TEXT + "\n\nIgen."))  # undated again: the days stay
    assert store.entity("Hanne Vestergaard")["first_seen"] == "2023-05-01"


def test_undated_article_survives_export_and_import(with_undated, tmp_path):
    store, article = with_undated
    path = tmp_path / "archive.jsonl"
    summary = export_archive(store, path)
    with open_store(tmp_path / "copy.sqlite") as copy:
        result = import_archive(copy, path)
        assert result.added["articles"] == 10
        assert copy.checksum(recompute=True) == summary.checksum
        [stored] = [a for a, _ in copy.iter_records() if a.id == article.id]
        assert stored == article


def test_sqlite_archive_from_before_undated_migrates_and_takes_them(
    tmp_path, seed, monkeypatch, sqlite_schema_at,
):
    path = tmp_path / "old.sqlite"
    undated = next(m.version for m in migrations("sqlite") if m.name == "undated_articles")
    sqlite_schema_at(undated - 1)
    with open_store(path) as store:
        store.add(*seed)
        before = store.checksum(recompute=True)
        with pytest.raises(Exception, match=r"NOT NULL|CHECK"):
            store.add(*undated_record())
    monkeypatch.undo()
    with open_store(path) as store:
        assert store.stats()["schema_version"] == latest_version("sqlite") >= undated
        assert store.checksum(recompute=True) == before
        assert store.entity("Stoltenberg")["first_seen"] == "2022-01-01"
        assert store.add(*undated_record()) is True
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
