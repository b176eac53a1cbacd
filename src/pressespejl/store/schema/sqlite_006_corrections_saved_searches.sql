-- Pressespejl archive, SQLite backend, schema version 6: people's corrections of the
-- machine's analysis, and saved searches.
--
-- Corrections are kept apart from what the pipeline wrote: they point at an article by
-- its id (a content hash, the same after a re-ingest) and at a span by its character
-- offsets into the article text (the same after a re-analysis), never at a row of the
-- tables a re-analysis rewrites, so they outlive both. No foreign key on purpose: an
-- article deleted and stored again keeps its corrections. value is JSON
-- (pressespejl/corrections.py says what each kind holds); created_at is ISO 8601 UTC.
CREATE TABLE corrections (
    id           INTEGER PRIMARY KEY,
    article_id   TEXT NOT NULL,
    kind         TEXT NOT NULL,
    target_start INTEGER,
    target_end   INTEGER,
    value        TEXT NOT NULL DEFAULT '{}',
    author       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    note         TEXT
);
CREATE INDEX corrections_article_idx ON corrections (article_id, id);

-- A search someone wants to run again: the query text and its filters as the URL
-- parameters of the search page (JSON object).
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    query      TEXT NOT NULL DEFAULT '',
    params     TEXT NOT NULL DEFAULT '{}',
    author     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
