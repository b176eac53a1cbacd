"""Corrections, saved searches, one record and its copies: on SQLite and PostgreSQL."""

from __future__ import annotations

from pressespejl import corrections
from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records

SEED_ID = "68a4d7f295b6d847"


def _kofod_quote(store):
    article, analysis = store.record(SEED_ID)
    quote = next(q for q in analysis.quotes if q.text.startswith("Jeg håber"))
    return article, analysis, quote


def test_record_reads_one_article_back_as_stored(store, seed):
    assert store.record(SEED_ID) == seed
    assert store.record("no-such-article") is None


def test_copies_lists_the_other_members_of_a_near_duplicate_group(store):
    article, analysis = demo_records()[0]
    copy = type(article)(**{**article.__dict__, "id": "copy-1", "outlet": "tv2"})
    store.add(copy, type(analysis)(**{**analysis.__dict__, "article_id": "copy-1"}))
    assert [c["id"] for c in store.copies(article.id)] == ["copy-1"]
    assert [c["id"] for c in store.copies("copy-1")] == [article.id]
    assert store.copies(SEED_ID) == []
    assert store.copies("unknown") == []


def test_corrections_are_stored_apart_with_author_and_time(store):
    article, analysis, quote = _kofod_quote(store)
    made = corrections.make(article, analysis, "speaker", quote.start, quote.end,
                            {"speaker": "Mette Frederiksen"}, author="redaktør")
    saved = store.add_correction(made)
    assert saved.id is not None and saved.author == "redaktør" and saved.created_at
    assert store.corrections(SEED_ID) == [saved]
    assert store.corrections() == [saved]
    assert store.corrections("other") == []
    # The machine's analysis is untouched.
    assert store.record(SEED_ID)[1] == analysis
    assert store.delete_correction(saved.id) is True
    assert store.delete_correction(saved.id) is False
    assert store.corrections() == []


def test_corrections_survive_reopening_the_archive(store_url, seed):
    with open_store(store_url) as store:
        store.add(*seed)
        article, analysis, quote = _kofod_quote(store)
        store.add_correction(corrections.make(article, analysis, "not_quote", quote.start,
                                              quote.end, author="a"))
    with open_store(store_url) as store:
        assert store.add(*seed) is False  # a re-ingest stores nothing ...
        [kept] = store.corrections(SEED_ID)  # ... and keeps the correction
        assert kept.kind == "not_quote"
        assert quote not in corrections.apply(*store.record(SEED_ID), [kept]).analysis.quotes


def test_saved_searches_round_trip(store):
    first = store.save_search("Nato", "nato -kina", {"sort": "newest"}, author="x")
    second = store.save_search("Kofod", "speaker:Kofod", {})
    assert [s["id"] for s in store.saved_searches()] == [second["id"], first["id"]]
    assert store.saved_searches()[1]["params"] == {"sort": "newest"}
    assert store.delete_saved_search(first["id"]) is True
    assert store.delete_saved_search(first["id"]) is False
    assert [s["name"] for s in store.saved_searches()] == ["Kofod"]
