"""The SQLite archive's compact columns (store/_compact.py): lossless, smaller, and
older plain rows still read."""

from __future__ import annotations

import sqlite3
import struct

from pressespejl.ingest import near_duplicates
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


def test_signature_keeps_the_16_bits_near_duplicates_compare():
    wide = signature(TEXT)
    stored = _compact.pack_signature(wide)
    assert len(stored) == 4 + 2 * 128 and len(wide) == 4 + 8 * 128
    assert _compact.STORED_BITS == near_duplicates.COMPARED_BITS
    read = _compact.unpack_signature(stored)
    assert len(read) == len(wide) and read != wide  # the high bits are gone ...
    masked = [v & 0xFFFF for v in struct.unpack_from("<128Q", wide, 4)]
    assert list(struct.unpack_from("<128Q", read, 4)) == masked  # ... the low ones kept
    assert _compact.unpack_signature(wide) == wide  # a row from before schema 10
    # A 32-bit row (schema 10-11) reads as it was and packs to the same 16 bits.
    narrow = wide[:4].replace(b"\x01", b"\x02", 1) + struct.pack(
        "<128I", *struct.unpack_from("<128Q", wide, 4))
    assert _compact.unpack_signature(narrow) == wide
    assert _compact.pack_signature(narrow) == stored
    # Grouping from the stored bytes is grouping from the full signature.
    other = signature(TEXT + " Tilføjet af redaktionen i går aftes.")
    full = near_duplicates.NearDuplicateIndex()
    full.add_signature("a", wide)
    kept = near_duplicates.NearDuplicateIndex()
    kept.add_signature("a", read)
    assert full.add_signature("b", other) == kept.add_signature(
        "b", _compact.unpack_signature(_compact.pack_signature(other))) == "a"


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
        assert set(types) == {("blob", "blob", "blob", 260)}
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


def test_compact_narrows_32_bit_signatures_and_groups_stay(tmp_path):
    path = tmp_path / "a.sqlite"
    records = demo_records()
    with open_store(path) as store:
        for article, analysis in records:
            store.add(article, analysis)
        groups = dict(store._conn.execute("SELECT id, near_duplicate_group FROM articles"))
        checksum = store.checksum(recompute=True)
    with sqlite3.connect(path) as conn:  # signatures as schema 10 and 11 stored them
        for num, sig in conn.execute("SELECT num, signature FROM articles").fetchall():
            wide = _compact.unpack_signature(sig)
            narrow = b"\x02" + wide[1:4] + struct.pack(
                "<128I", *struct.unpack_from("<128Q", wide, 4))
            conn.execute("UPDATE articles SET signature = ? WHERE num = ?", [narrow, num])
    conn.close()
    with open_store(path) as store:
        assert store.compact(vacuum=False) == len(records)
        assert store.compact(vacuum=False) == 0
        assert {n for (n,) in store._conn.execute("SELECT length(signature) FROM articles")
                } == {260}
        assert dict(store._conn.execute("SELECT id, near_duplicate_group FROM articles")
                    ) == groups
        assert store.checksum(recompute=True) == checksum
