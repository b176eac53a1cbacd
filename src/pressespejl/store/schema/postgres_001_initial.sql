-- Pressespejl archive, PostgreSQL backend, schema version 1.
-- The same tables as sqlite_001_initial.sql; run once by store/migrations.py in one
-- transaction under an advisory lock, so two processes starting at once do not both
-- migrate. *_key columns hold search.danish.name_key() of the value next to them.

CREATE TABLE IF NOT EXISTS schema_version (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- tsv is built in Python from search/danish.py (the same analysis as SQLite's FTS5
-- tables), with weights: A title stems, B body stems, C compound parts and aa-variants,
-- D folded surface forms for prefix queries. tsv_danish is PostgreSQL's own 'danish'
-- configuration, for ad-hoc SQL (websearch_to_tsquery('danish', ...)).
CREATE TABLE articles (
    num                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                   text NOT NULL UNIQUE,
    date_first           date NOT NULL,
    date_last            date NOT NULL,
    precision            text NOT NULL CHECK (precision IN ('day', 'month')),
    title                text,
    url                  text,
    outlet               text,
    outlet_key           text,
    path                 text,
    byline               text,
    text                 text NOT NULL,
    near_duplicate_group text,
    pipeline             text NOT NULL,
    sentences            text NOT NULL DEFAULT '[]',
    lemmas               text NOT NULL DEFAULT '[]',
    analyzer             text NOT NULL,
    checksum             text NOT NULL,
    added_at             timestamptz NOT NULL DEFAULT now(),
    tsv                  tsvector NOT NULL,
    tsv_danish           tsvector GENERATED ALWAYS AS
                         (to_tsvector('danish', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_dates_idx ON articles (date_first, date_last);
CREATE INDEX articles_outlet_idx ON articles (outlet_key);
CREATE INDEX articles_near_duplicates_idx ON articles (near_duplicate_group)
    WHERE near_duplicate_group IS NOT NULL;
CREATE INDEX articles_tsv_idx ON articles USING gin (tsv);
CREATE INDEX articles_tsv_danish_idx ON articles USING gin (tsv_danish);

CREATE TABLE article_sources (
    article    bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   integer NOT NULL,
    source     text NOT NULL,
    source_key text NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX article_sources_key_idx ON article_sources (source_key);

CREATE TABLE people (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    name_key    text NOT NULL,
    surname_key text NOT NULL
);
CREATE INDEX people_name_key_idx ON people (name_key);
CREATE INDEX people_surname_key_idx ON people (surname_key);

CREATE TABLE article_people (
    article  bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position integer NOT NULL,
    person   bigint NOT NULL REFERENCES people (id),
    roles    text NOT NULL DEFAULT '[]',
    mentions integer NOT NULL DEFAULT 1,
    gender   text,
    PRIMARY KEY (article, position)
);
CREATE INDEX article_people_person_idx ON article_people (person);

CREATE TABLE quotes (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article         bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position        integer NOT NULL,
    kind            text NOT NULL,
    text            text NOT NULL,
    speaker         text,
    speaker_key     text,
    speaker_surname text,
    speaker_mention text,
    cue             text,
    start_char      integer NOT NULL,
    end_char        integer NOT NULL,
    evidence        text,
    tsv             tsvector NOT NULL,
    UNIQUE (article, position)
);
CREATE INDEX quotes_speaker_key_idx ON quotes (speaker_key);
CREATE INDEX quotes_speaker_surname_idx ON quotes (speaker_surname);
CREATE INDEX quotes_tsv_idx ON quotes USING gin (tsv);

CREATE TABLE entities (
    article       bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position      integer NOT NULL,
    text          text NOT NULL,
    label         text NOT NULL,
    start_char    integer NOT NULL,
    end_char      integer NOT NULL,
    canonical     text,
    canonical_key text,
    PRIMARY KEY (article, position)
);
CREATE INDEX entities_canonical_idx ON entities (label, canonical_key);

CREATE TABLE places (
    article  bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text NOT NULL,
    name_key text NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX places_key_idx ON places (name_key);

CREATE TABLE organisations (
    article  bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text NOT NULL,
    name_key text NOT NULL,
    PRIMARY KEY (article, position)
);
CREATE INDEX organisations_key_idx ON organisations (name_key);

CREATE TABLE time_expressions (
    article     bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position    integer NOT NULL,
    text        text NOT NULL,
    start_char  integer NOT NULL,
    end_char    integer NOT NULL,
    earliest    date,
    latest      date,
    granularity text NOT NULL,
    PRIMARY KEY (article, position)
);

CREATE TABLE definitions (
    article    bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   integer NOT NULL,
    term       text NOT NULL,
    definition text NOT NULL,
    start_char integer NOT NULL,
    end_char   integer NOT NULL,
    PRIMARY KEY (article, position)
);
