-- Pressespejl archive, SQLite backend, schema version 1.
-- Run once by store/migrations.py inside one transaction; PRAGMA user_version and the
-- schema_version table are set by the runner. Dates are ISO text (YYYY-MM-DD).
-- *_key columns hold search.danish.name_key() of the value next to them, so filters
-- compare folded names with plain equality and can use an index.

CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article. date_first/date_last bound the days the article date can mean
-- (a whole month for precision 'month'), so range filters test overlap.
CREATE TABLE articles (
    num                  INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    date_first           TEXT NOT NULL,
    date_last            TEXT NOT NULL,
    precision            TEXT NOT NULL CHECK (precision IN ('day', 'month')),
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
    added_at             TEXT NOT NULL
);
CREATE INDEX articles_dates_idx ON articles (date_first, date_last);
CREATE INDEX articles_outlet_idx ON articles (outlet_key);
CREATE INDEX articles_near_duplicates_idx ON articles (near_duplicate_group)
    WHERE near_duplicate_group IS NOT NULL;

CREATE TABLE article_sources (
    article    INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL,
    source_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX article_sources_key_idx ON article_sources (source_key);

-- A person once per archive; roles and mentions belong to the article.
CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    name_key    TEXT NOT NULL,
    surname_key TEXT NOT NULL
);
CREATE INDEX people_name_key_idx ON people (name_key);
CREATE INDEX people_surname_key_idx ON people (surname_key);

CREATE TABLE article_people (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person   INTEGER NOT NULL REFERENCES people (id),
    roles    TEXT NOT NULL DEFAULT '[]',  -- JSON list: ["Natos generalsekretær"]
    mentions INTEGER NOT NULL DEFAULT 1,
    gender   TEXT,
    PRIMARY KEY (article, position)
);
CREATE INDEX article_people_person_idx ON article_people (person);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article         INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_surname TEXT,
    speaker_mention TEXT,
    cue             TEXT,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    evidence        TEXT,
    UNIQUE (article, position)
);
CREATE INDEX quotes_speaker_key_idx ON quotes (speaker_key);
CREATE INDEX quotes_speaker_surname_idx ON quotes (speaker_surname);

CREATE TABLE entities (
    article       INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    label         TEXT NOT NULL,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL,
    canonical     TEXT,
    canonical_key TEXT,
    PRIMARY KEY (article, position)
);
CREATE INDEX entities_canonical_idx ON entities (label, canonical_key);

CREATE TABLE places (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX places_key_idx ON places (name_key);

CREATE TABLE organisations (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX organisations_key_idx ON organisations (name_key);

CREATE TABLE time_expressions (
    article     INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    earliest    TEXT,
    latest      TEXT,
    granularity TEXT NOT NULL,
    PRIMARY KEY (article, position)
);

CREATE TABLE definitions (
    article    INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    PRIMARY KEY (article, position)
);

-- Full text: the Danish analysis (search/danish.py) is done in Python; these tables hold
-- its output as space-separated terms, one per word, so unicode61 (which must not fold
-- æ ø å, hence remove_diacritics 0) only splits at the spaces. rowid = articles.num.
--   title/body: stems in text order (phrases match here)
--   parts:      compound-part stems and aa-variants (words match here too)
--   raw:        folded surface forms, title then body (prefix queries match here)
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, parts, raw,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- rowid = quotes.id
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    body, parts, raw,
    tokenize = 'unicode61 remove_diacritics 0'
);
