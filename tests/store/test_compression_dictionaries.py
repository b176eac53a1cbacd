"""Schema 13: preset compression dictionaries for the SQLite archive's compressed
columns (store/_compact.py): lossless, smaller, self-describing, and an older archive
upgraded in place by ``compact``."""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import replace

import pytest

from pressespejl.errors import StoreError
from pressespejl.store import _compact, open_store
from pressespejl.store import sqlite as sqlite_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.store.prepared import prepare
from pressespejl.types import SearchQuery

TEXT = ("Forsvarsminister Jens Holm siger, at Danmark vil sende flere soldater til "
        "Letland, og at regeringen står bag. ")
DICTIONARY = (b"Statsministeren siger, at regeringen vil sende flere soldater til "
              b"Letland. Forsvarsminister Jens Holm siger til DR Nyheder, at ") * 20


def test_a_dictionary_packs_smaller_and_the_stream_names_it():
    packer = _compact.Packer(DICTIONARY)
    packed = packer.pack(TEXT.encode())
    plain = _compact.pack_text(TEXT)
    assert len(packed) < len(plain) * 0.7
    assert _compact.stream_dictionary(packed) == packer.id == zlib.adler32(DICTIONARY)
    assert _compact.stream_dictionary(plain) is None
    assert _compact.unpack_text(packed) == _compact.unpack_text(plain) == TEXT
    # The primed compressor is copied, never used up: the same bytes every time.
    assert packer.pack(TEXT.encode()) == packed
    assert packer.packed_with(packed) and not packer.packed_with(plain)
    assert _compact.repack(plain, packer) == packed
    assert _compact.repack(packed, packer) is packed
    assert _compact.repack(b"", packer) == b""  # an article without entities


def test_a_value_whose_dictionary_is_unknown_says_so(monkeypatch):
    unknown = b"ingen kender denne ordbog " * 40
    stream = zlib.compressobj(6, zdict=unknown)
    packed = stream.compress(TEXT.encode()) + stream.flush()
    monkeypatch.setattr(_compact, "_dictionaries", {})
    with pytest.raises(StoreError, match=f"{zlib.adler32(unknown):08x}"):
        _compact.unpack_text(packed)
    _compact.register_dictionary(unknown)
    assert _compact.unpack_text(packed) == TEXT


def _answers(store):
    """What a user can ask of the demo archive."""
    stats = store.stats()
    del stats["schema_version"]
    return (list(store.iter_records()), store.checksum(recompute=True), stats,
            [(h.article_id, h.snippet) for h in store.search(SearchQuery(text="soldater")).hits],
            [(h.quote.text, h.snippet) for h in store.quotes(SearchQuery(text="Rusland"))],
            store.facets(SearchQuery(text="")))


def _column_bytes(path) -> tuple[int, set[int | None]]:
    """The stored texts' bytes and the dictionaries their streams name."""
    with sqlite3.connect(path) as conn:
        size = conn.execute("SELECT sum(length(text)) FROM articles").fetchone()[0]
        ids = {_compact.stream_dictionary(r[0]) for r in conn.execute("SELECT text FROM articles")}
    conn.close()
    return size, ids


def test_compact_upgrades_a_schema_12_archive_in_place(
    tmp_path, seed, monkeypatch, sqlite_schema_at,
):
    records = [seed, *demo_records()]
    path = tmp_path / "old.sqlite"
    sqlite_schema_at(12)
    with open_store(path) as store:
        store.add_many(records)
        before = _answers(store)
    monkeypatch.undo()
    plain_size, _ = _column_bytes(path)

    monkeypatch.setattr(sqlite_store, "DICTIONARY_MIN_ARTICLES", 1)
    with open_store(path) as store:
        assert store.stats()["schema_version"] == latest_version("sqlite") >= 13
        assert _answers(store) == before
        assert store.compact() == len(records)
        assert store.compact() == 0  # every row has the dictionaries now
        assert _answers(store) == before
    size, ids = _column_bytes(path)
    assert size < plain_size
    with sqlite3.connect(path) as conn:
        made = dict(conn.execute("SELECT column_name, id FROM compression_dictionaries"))
    conn.close()
    assert set(made) == set(_compact.DICTIONARY_COLUMNS)
    assert ids == {made["text"]}

    # Another process: nothing registered until the archive is opened.
    monkeypatch.setattr(_compact, "_dictionaries", {})
    with open_store(path) as store:
        assert _answers(store) == before


def test_new_rows_are_written_with_the_archives_dictionary(tmp_path, seed, monkeypatch):
    records = demo_records()
    monkeypatch.setattr(sqlite_store, "DICTIONARY_MIN_ARTICLES", len(records))
    path = tmp_path / "a.sqlite"
    with open_store(path) as store:
        store.add_many(records[:-1])
        store.compact(vacuum=False)
        assert _column_bytes(path)[1] == {None}  # too few articles for a dictionary
        store.add_many(records[-1:])
        store.compact(vacuum=False)  # enough articles now: the dictionaries are made
        (text_id,) = _column_bytes(path)[1]
        assert text_id is not None
        # As a Dask worker prepares it: compressed without the dictionary ...
        article, analysis = seed
        prepared = prepare(article, analysis, "sqlite")
        assert _compact.stream_dictionary(prepared.columns["text"]) is None
        assert store.add(article, analysis, prepared=prepared)
        # ... and another article prepared by the store itself.
        more = replace(article, id="f" * 16, text=article.text + " Mere.")
        assert store.add(more, replace(analysis, article_id=more.id))
        assert _column_bytes(path)[1] == {text_id}
        assert store.record(article.id) == seed
        assert store.compact(vacuum=False) == 0
