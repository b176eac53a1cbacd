-- Pressespejl archive, SQLite backend, schema version 2.
-- Archive-wide entity ids, offices over time and near-duplicate signatures.
-- Dates are ISO text (YYYY-MM-DD); *_key columns hold search.danish.name_key().

-- One row per person, organisation or place across the whole archive, with a stable id
-- ("per:jens-stoltenberg", see store/entities.py for the slug rules). The per-article
-- mentions stay in the ``entities`` table of version 1.
CREATE TABLE archive_entities (
    num         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'org', 'place')),
    name        TEXT NOT NULL,               -- the canonical name first seen
    name_key    TEXT NOT NULL,
    surname_key TEXT,                        -- people with two or more names only
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    mentions    INTEGER NOT NULL DEFAULT 0,
    articles    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name_key)
);
CREATE INDEX archive_entities_surname_idx ON archive_entities (kind, surname_key)
    WHERE surname_key IS NOT NULL;

-- Which articles name which entity (co-mentions, roles seen, first/last seen).
CREATE TABLE article_entities (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    entity   INTEGER NOT NULL REFERENCES archive_entities (num),
    mentions INTEGER NOT NULL DEFAULT 1,
    roles    TEXT NOT NULL DEFAULT '[]',     -- JSON list, people only
    PRIMARY KEY (article, entity)
);
CREATE INDEX article_entities_entity_idx ON article_entities (entity);

-- How a mention names its canonical entity (types.Entity.form: 'title', 'genitive',
-- 'surname', ...); NULL when by the name itself.
ALTER TABLE entities ADD COLUMN form TEXT;

-- The speaker's archive entity, so "everything Stoltenberg said" needs no name matching.
ALTER TABLE quotes ADD COLUMN speaker_entity INTEGER REFERENCES archive_entities (num);
CREATE INDEX quotes_speaker_entity_idx ON quotes (speaker_entity);

-- Who held which office when. source 'archive' rows are collected from appositions at
-- add(); 'csv:<file>' rows are loaded by users and win over the archive's evidence.
-- scope_key is '' for no scope, so the unique index treats "no scope" as one value.
CREATE TABLE office_holdings (
    num        INTEGER PRIMARY KEY,
    office     TEXT NOT NULL,
    office_key TEXT NOT NULL,
    scope      TEXT,
    scope_key  TEXT NOT NULL DEFAULT '',
    holder     TEXT NOT NULL,
    holder_key TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,                -- 9999-12-31: still in office (CSV, empty "to")
    source     TEXT NOT NULL,
    evidence   INTEGER NOT NULL DEFAULT 1
);
-- One archive row per (office, scope, holder), extended as evidence comes in; user rows
-- may repeat a holder (two terms), so the constraint is for archive rows only.
CREATE UNIQUE INDEX office_holdings_archive_idx ON office_holdings
    (office_key, scope_key, holder_key) WHERE source = 'archive';
CREATE INDEX office_holdings_holder_idx ON office_holdings (holder_key);

-- MinHash signature of the text (ingest/near_duplicates.py); the store's LSH index is
-- rebuilt from these. near_duplicate_group (version 1) is set for copies.
ALTER TABLE articles ADD COLUMN signature BLOB;
