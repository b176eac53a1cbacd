"""The SQLite archive's compact columns (store/_compact.py): lossless, smaller, and
older plain rows still read."""

from __future__ import annotations

import sqlite3

from pressespejl.ingest.near_duplicates import signature
from pressespejl.store import _compact, open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.types import SearchQuery

TEXT = ("Forsvarsminister Jens Holm siger, at Danmark vil sende flere soldater til "
        "Letland. - Det er et klart signal til Rusland, siger han til DR Nyheder. ") * 8


def test_text_and_json_round_trip_smaller():
    packed = _compact.pack_text(TEXT)
    assert _compact.unpack_text(packed) == TEXT
    assert len(packed) < len(TEXT.encode()) / 3
    assert _compact.unpack_text("plain æøå") == "plain æøå"  # a row from before
    lemmas = ["forsvarsminister", "Jens", "Holm", "sige", ",", "at", "\n\n"]
    assert _compact.unpack_json(_compact.pack_json(lemmas)) == lemmas
    assert _compact.unpack_json('["a", "b"]') == ["a", "b"]


def test_signature_in_half_the_bytes():
    wide = signature(TEXT)
    narrow = _compact.pack_signature(wide)
    assert len(narrow) == 4 + 4 * 128 and len(wide) == 4 + 8 * 128
    assert _compact.unpack_signature(narrow) == wide
    assert _compact.unpack_signature(wide) == wide  # a row from before


def test_archive_stores_compact_columns_and_reads_old_rows(tmp_path):
    path = tmp_path / "a.sqlite"
    records = demo_records()
    with open_store(path) as store:
        for article, analysis in records[:4]:
            store.add(article, analysis)
        checksum = store.checksum(recompute=True)
    with sqlite3.connect(path) as conn:
        types = conn.execute("SELECT typeof(text), typeof(lemmas), typeof(sentences), "
                             "length(signature) FROM articles").fetchall()
        assert set(types) == {("blob", "blob", "blob", 516)}
        # Rows as an archive before the compact columns wrote them: plain text and JSON.
        for num, text, lemmas, sentences, sig in conn.execute(
                "SELECT num, text, lemmas, sentences, signature FROM articles").fetchall():
            conn.execute("UPDATE articles SET text = ?, lemmas = ?, sentences = ?, "
                         "signature = ? WHERE num = ?",
                         [_compact.unpack_text(text), _compact.unpack_text(lemmas),
                          _compact.unpack_text(sentences), _compact.unpack_signature(sig),
                          num])
    conn.close()  # sqlite3's "with" commits but does not close
    with open_store(path) as store:
        assert store.checksum(recompute=True) == checksum
        for article, analysis in records[4:]:
            store.add(article, analysis)  # near-duplicates compare with the old rows
        assert {a.id for a, _ in store.iter_records()} == {a.id for a, _ in records}
        assert "[soldat" in store.search(SearchQuery(text="soldat")).hits[0].snippet
        assert store.compact() == 4  # the four old rows, rewritten compact
        assert store.compact() == 0
        assert store.checksum(recompute=True) == store.checksum()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE typeof(text) = 'text'"
                            ).fetchone()[0] == 0
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 16_384
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_archive_has_large_pages_and_an_old_one_gets_them_from_compact(tmp_path):
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as conn:  # an archive file made with 4 KB pages
        conn.execute("PRAGMA page_size = 4096")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with open_store(old) as store:
        store.add(*demo_records()[0])
        store.compact()
    with open_store(tmp_path / "new.sqlite") as store:
        store.add(*demo_records()[0])
    for path in (old, tmp_path / "new.sqlite"):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA page_size").fetchone()[0] == 16_384
