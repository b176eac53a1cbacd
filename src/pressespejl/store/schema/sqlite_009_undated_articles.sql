-- Pressespejl archive, SQLite backend, schema version 9: articles without a date.
--
-- A third of real news excerpts carry no date, and they are analysed rather than
-- rejected (issue 8). Such an article is stored with NULL date_first/date_last and
-- precision 'none': date filters never match it, sorting by date puts it last, trends
-- leave it out. An archive entity first named in an undated article has no first/last
-- seen day until a dated article names it.
--
-- SQLite can neither drop a NOT NULL nor change a CHECK in place, so both tables are
-- rebuilt the way sqlite.org/lang_altertable.html describes: create the new table, copy,
-- drop the old one, rename. The runner (store/sqlite.py) turns foreign keys off while
-- migrating and runs PRAGMA foreign_key_check before it commits.

CREATE TABLE articles_v9 (
    num                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    date_first           TEXT,                        -- NULL: undated
    date_last            TEXT,
    precision            TEXT NOT NULL CHECK (precision IN ('day', 'month', 'none')),
    title                TEXT,
    url                  TEXT,
    outlet               TEXT,
    outlet_key           TEXT,
    path                 TEXT,
    byline               TEXT,
    text                 TEXT NOT NULL,
    near_duplicate_group TEXT,
    pipeline             TEXT NOT NULL,
    sentences            TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    lemmas               TEXT NOT NULL DEFAULT '[]',  -- JSON list
    analyzer             TEXT NOT NULL,               -- search.danish.ANALYZER_VERSION
    checksum             TEXT NOT NULL,               -- store.records.record_checksum
    added_at             TEXT NOT NULL,
    signature            BLOB,                        -- MinHash, schema 2
    CHECK ((precision = 'none') = (date_first IS NULL) AND
           (date_first IS NULL) = (date_last IS NULL))
);
INSERT INTO articles_v9 (num, id, date_first, date_last, precision, title, url, outlet,
                         outlet_key, path, byline, text, near_duplicate_group, pipeline,
                         sentences, lemmas, analyzer, checksum, added_at, signature)
    SELECT num, id, date_first, date_last, precision, title, url, outlet, outlet_key,
           path, byline, text, near_duplicate_group, pipeline, sentences, lemmas,
           analyzer, checksum, added_at, signature
    FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v9 RENAME TO articles;
CREATE INDEX articles_dates_idx ON articles (date_first, date_last);
CREATE INDEX articles_outlet_idx ON articles (outlet_key, outlet);
CREATE INDEX articles_near_duplicates_idx ON articles (near_duplicate_group)
    WHERE near_duplicate_group IS NOT NULL;
CREATE INDEX articles_num_dates_idx ON articles
    (num, date_first, date_last, precision, id, outlet_key, near_duplicate_group);

CREATE TABLE archive_entities_v9 (
    num         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'org', 'place')),
    name        TEXT NOT NULL,               -- the canonical name first seen
    name_key    TEXT NOT NULL,
    surname_key TEXT,                        -- people with two or more names only
    first_seen  TEXT,                        -- NULL: named only in undated articles
    last_seen   TEXT,
    mentions    INTEGER NOT NULL DEFAULT 0,
    articles    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name_key)
);
INSERT INTO archive_entities_v9 (num, id, kind, name, name_key, surname_key, first_seen,
                                 last_seen, mentions, articles)
    SELECT num, id, kind, name, name_key, surname_key, first_seen, last_seen, mentions,
           articles
    FROM archive_entities;
DROP TABLE archive_entities;
ALTER TABLE archive_entities_v9 RENAME TO archive_entities;
CREATE INDEX archive_entities_surname_idx ON archive_entities (kind, surname_key)
    WHERE surname_key IS NOT NULL;
