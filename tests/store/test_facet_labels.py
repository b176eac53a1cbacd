"""Schema 12: the SQLite archive's facet labels (the smallest stored spelling of a
speaker, place or source key) and their counts come from the small ``facet_labels``
table, which triggers keep exact, instead of (key, spelling) indexes over every row."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from pressespejl.store import open_store
from pressespejl.store.fixtures import demo_records
from pressespejl.store.migrations import latest_version
from pressespejl.types import SearchQuery

_FROM_ROWS = {  # what the indexes of schema 4-11 answered, read from the rows themselves
    "speaker": "SELECT speaker_key, min(speaker), count(*) FROM quotes "
               "WHERE speaker_key IS NOT NULL GROUP BY speaker_key",
    "place": "SELECT name_key, min(name), count(*) FROM places GROUP BY name_key",
    "source": "SELECT source_key, min(source), count(*) FROM article_sources "
              "GROUP BY source_key",
}


def _records(seed):
    """The seed and the demo articles, plus a copy of the seed whose speakers, places and
    sources are spelled in capitals (the same folded keys, another spelling)."""
    article, analysis = seed
    shout = replace(article, id="c" * 16, text=article.text + " Slut.",
                    sources=tuple(s.upper() for s in article.sources))
    loud = replace(analysis, article_id=shout.id,
                   quotes=tuple(replace(q, speaker=q.speaker.upper() if q.speaker else None)
                                for q in analysis.quotes),
                   places=tuple(p.upper() for p in analysis.places))
    return [seed, *demo_records(), (shout, loud)]


def _labels(path):
    conn = sqlite3.connect(path)
    try:
        table = {facet: sorted((k, lab, n) for k, lab, n in conn.execute(
            "SELECT key, min(label), sum(rows) FROM facet_labels WHERE facet = ? "
            "GROUP BY key", [facet])) for facet in _FROM_ROWS}
        rows = {facet: sorted(conn.execute(sql).fetchall()) for facet, sql in _FROM_ROWS.items()}
    finally:
        conn.close()
    return table, rows


def _answers(store):
    stats = store.stats()
    return (store.facets(SearchQuery(text=""), limit=50),
            store.facets(SearchQuery(text="Nato"), limit=50),
            {k: stats[k] for k in ("speakers", "places", "sources")})


def test_facet_labels_follow_every_insert_and_delete(tmp_path, seed):
    path = tmp_path / "a.sqlite"
    records = _records(seed)
    with open_store(path) as store:
        store.add_many(records)
        answers = _answers(store)
    table, rows = _labels(path)
    assert table == rows and all(rows.values())
    assert answers[2] == {"speakers": len(rows["speaker"]), "places": len(rows["place"]),
                          "sources": len(rows["source"])}
    # Both spellings are counted, the smallest is the label (capitals sort first).
    assert any(lab.isupper() for _, lab, _ in table["speaker"])
    assert any(lab.upper() == lab for lab, _ in answers[0]["speaker"])
    conn = sqlite3.connect(path)
    assert {n for (n,) in conn.execute(
        "SELECT count(*) FROM facet_labels WHERE facet = 'speaker' GROUP BY key")} == {1, 2}
    # Deleting the capitals' article (its quotes, places and sources go by ON DELETE
    # CASCADE) leaves the other spelling the label, and no zero rows behind.
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM articles WHERE id = ?", ["c" * 16])
    conn.execute("UPDATE quotes SET speaker = 'Anders Fogh' WHERE id = (SELECT min(id) "
                 "FROM quotes WHERE speaker IS NOT NULL)")
    conn.execute("UPDATE quotes SET speaker_key = 'anders fogh' WHERE speaker = 'Anders Fogh'")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM facet_labels WHERE rows <= 0").fetchone()[0] == 0
    conn.close()
    table, rows = _labels(path)
    assert table == rows
    gone = {q.speaker.upper() for q in seed[1].quotes if q.speaker} | {
        p.upper() for p in seed[1].places}
    gone -= {q.speaker for q in seed[1].quotes} | set(seed[1].places)
    assert gone
    assert not gone & {lab for _, lab, _ in table["speaker"] + table["place"]}
    assert ("anders fogh", "Anders Fogh", 1) in table["speaker"]


def test_schema_11_archive_gets_the_same_facets(tmp_path, seed, monkeypatch, sqlite_schema_at):
    path = tmp_path / "old.sqlite"
    sqlite_schema_at(11)
    with open_store(path) as store:
        store.add_many(_records(seed))
        assert store.stats()["schema_version"] == 11
        before = _answers(store)
    monkeypatch.undo()
    with open_store(path) as store:
        assert store.stats()["schema_version"] == latest_version("sqlite") >= 12
        assert _answers(store) == before
    table, rows = _labels(path)
    assert table == rows
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    conn.close()
    assert not {"quotes_speaker_key_idx", "places_key_idx", "article_sources_key_idx"} & names


def test_labels_and_counts_are_read_from_the_table(tmp_path, seed):
    """Not from the rows: those have no index of (key, spelling) any more, and reading
    them scanned every quote per label (a facets page went from 8 to 300 ms)."""
    path = tmp_path / "a.sqlite"
    with open_store(path) as store:
        store.add_many(_records(seed))
        speaker, _ = store.facets(SearchQuery(text=""))["speaker"][0]
        key = store._conn.execute("SELECT key FROM facet_labels WHERE label = ?",
                                  [speaker]).fetchone()[0]
        with store._conn:
            store._conn.execute("INSERT INTO facet_labels VALUES ('speaker', ?, '0 label', 1)",
                                [key])
            store._conn.execute("INSERT INTO facet_labels VALUES ('place', 'nowhere', "
                                "'Nowhere', 1)")
        labels = [label for label, _ in store.facets(SearchQuery(text=""))["speaker"]]
        assert "0 label" in labels and speaker not in labels
        assert store.stats()["places"] == len(_labels(path)[1]["place"]) + 1
