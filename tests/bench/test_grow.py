"""bench/grow.py: an archive grown by replicating rows in SQL reads like a bigger archive."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

# ``bench`` lives at the repository root, outside the installed package.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import CorpusGenerator  # noqa: E402
from bench.grow import grow, main  # noqa: E402

from pressespejl.store import open_store  # noqa: E402
from pressespejl.types import SearchQuery  # noqa: E402

ARTICLES = 3
COPIES = 3
PER_ARTICLE = ("article_sources", "article_people", "quotes", "entities", "places",
               "organisations", "time_expressions", "definitions", "article_entities")
SHARED = ("people", "archive_entities", "office_holdings")

# pg_url (a throw-away cluster or $PRESSESPEJL_TEST_PG_URL, one schema per test) comes
# from tests/conftest.py.


def _build(path: Path) -> list:
    generated = list(CorpusGenerator(seed=3, pool_size=500).generate(ARTICLES))
    with open_store(path) as store:
        assert store.add_many([(g.article(), g.analysis()) for g in generated]) == ARTICLES
    return generated


def _with_dictionaries(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compress the archive's columns with dictionaries of its own (schema 13), and
    forget them, as a new process would: the grow must read them from the file."""
    from pressespejl.store import _compact
    from pressespejl.store import sqlite as sqlite_store

    monkeypatch.setattr(sqlite_store, "DICTIONARY_MIN_ARTICLES", 1)
    with open_store(path) as store:
        assert store.compact(vacuum=False) == ARTICLES
    monkeypatch.setattr(_compact, "_dictionaries", {})


def _counts(store) -> dict[str, int]:
    # Entity mentions and time expressions are rows on PostgreSQL and columns of the
    # article row on SQLite (schema 11): the store counts them.
    stats = store.stats()
    out = {table: stats[table] for table in ("entities", "time_expressions")}
    with store._read() as cur:
        for table in ("articles", *PER_ARTICLE, *SHARED):
            if table not in out:
                cur.execute(f"SELECT count(*) FROM {table}")
                out[table] = cur.fetchone()[0]
    return out


def _probe(generated) -> tuple[str, str]:
    """A word of the first article's text and a word of its first quote."""
    text_word = max((w for w in generated[0].text.split() if w.isalpha()), key=len)
    quote = generated[0].analysis().quotes[0].text
    quote_word = max((w for w in quote.split() if w.isalpha()), key=len)
    return text_word, quote_word


def _check(before: dict[str, int], url, generated, word_hits: tuple[int, int],
           quote_hits: int) -> None:
    text_word, quote_word = _probe(generated)
    with open_store(url) as store:
        after = _counts(store)
        assert after["articles"] == COPIES * ARTICLES
        for table in PER_ARTICLE:
            assert after[table] == COPIES * before[table], table
        for table in SHARED:
            assert after[table] == before[table], table
        assert before["quotes"] and before["article_people"] and before["entities"]
        # A word: every copy of every article that has it.
        result = store.search(SearchQuery(text=text_word, limit=100))
        assert (result.total, len(result.hits)) == (COPIES * word_hits[0],
                                                    COPIES * word_hits[1])
        ids = {h.article_id for h in result.hits}
        assert generated[0].id in ids
        assert {f"{generated[0].id}~{k}" for k in range(1, COPIES)} <= ids
        assert len(store.quotes(SearchQuery(text=quote_word, limit=100))) == COPIES * quote_hits
        # The store still opens, counts and checksums; copies keep their record checksum.
        stats = store.stats()
        assert stats["articles"] == COPIES * ARTICLES
        assert stats["quotes"] == COPIES * before["quotes"]
        assert len(store.checksum()) >= 16
        assert store.checksum() == store.checksum()
        with store._read() as cur:
            cur.execute(store._sql("SELECT a.checksum, c.checksum FROM articles a JOIN articles "
                                   "c ON c.id = a.id || '~2'"))
            pairs = cur.fetchall()
        assert len(pairs) == ARTICLES and all(x == y for x, y in pairs)
        # A new article still goes in after the copies.
        extra = next(iter(CorpusGenerator(seed=3, pool_size=500).generate(1, start=ARTICLES)))
        assert store.add(extra.article(), extra.analysis())
        assert store.stats()["articles"] == COPIES * ARTICLES + 1


def _hits(url, generated) -> tuple[tuple[int, int], int]:
    text_word, quote_word = _probe(generated)
    with open_store(url) as store:
        result = store.search(SearchQuery(text=text_word, limit=100))
        quotes = store.quotes(SearchQuery(text=quote_word, limit=100))
    assert result.total >= 1 and quotes
    return (result.total, len(result.hits)), len(quotes)


def test_grow_sqlite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "src" / "search-3-3.sqlite"
    generated = _build(source)
    _with_dictionaries(source, monkeypatch)
    with open_store(source) as store:
        before = _counts(store)
    word_hits, quote_hits = _hits(source, generated)
    out = tmp_path / "grow.json"
    assert main([str(source), "--copies", str(COPIES), "--workdir",
                      str(tmp_path / "big"), "--batch", "2", "--json", str(out)]) == 0
    # The name `python -m bench --only search --reuse-index` reads.
    target = tmp_path / "big" / f"search-3-{3 * COPIES}.sqlite"
    summary = json.loads(out.read_text())
    assert summary["articles_before"] == ARTICLES
    assert summary["articles_after"] == COPIES * ARTICLES
    assert summary["target"] == str(target)
    assert summary["size_mib"] > 0
    # The source is untouched.
    with open_store(source) as store:
        assert _counts(store) == before
    _check(before, target, generated, word_hits, quote_hits)
    with sqlite3.connect(target) as conn:
        # Secondary indexes are back, the plan is marked done.
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"article_entities_entity_idx", "articles_outlet_idx",
                "quotes_speaker_entity_idx"} <= names
        state = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'bench.grow'")
                           .fetchone()[0])
        assert state["done"] and not state["dropped_indexes"]
    # Running it again does nothing more.
    assert main([str(target), "--copies", str(COPIES)]) == 0
    with open_store(target) as store:
        assert store.stats()["articles"] == COPIES * ARTICLES + 1  # the one added in _check


def test_near_duplicate_groups_follow_their_copy(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    generated = _build(path)
    with sqlite3.connect(path) as conn:  # make the third a copy of the first
        conn.execute("UPDATE articles SET near_duplicate_group = ? WHERE id = ?",
                     [generated[0].id, generated[2].id])
    grow(path, COPIES, batch=100)
    with sqlite3.connect(path) as conn:
        rows = dict(conn.execute("SELECT id, near_duplicate_group FROM articles"))
    for k in range(1, COPIES):
        assert rows[f"{generated[2].id}~{k}"] == f"{generated[0].id}~{k}"
        assert rows[f"{generated[0].id}~{k}"] is None


@pytest.mark.postgres
def test_grow_into_postgres(tmp_path: Path, pg_url: str,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "search-3-3.sqlite"
    generated = _build(source)
    _with_dictionaries(source, monkeypatch)
    with open_store(source) as store:
        before = _counts(store)
    word_hits, quote_hits = _hits(source, generated)
    assert main([str(source), "--copies", str(COPIES), "--to", pg_url,
                      "--batch", "2"]) == 0
    _check(before, pg_url, generated, word_hits, quote_hits)
    from pressespejl.store._sql_search import SqlSearchStore
    from pressespejl.types import SearchQuery

    with open_store(pg_url) as store:  # schema 10's facet values came over and grew too,
        everything = SearchQuery(text="")  # and schema 11's counts of them were rebuilt
        facets = store.facets(everything)
        assert facets["speaker"] and facets["month"]
        assert facets == SqlSearchStore._facet_rows(store, everything, 10, days=False)[0]
        assert store.trend(everything) == SqlSearchStore.trend(store, everything)
