-- Pressespejl archive, PostgreSQL backend, schema version 2.
-- The same tables as sqlite_002_entities_offices_duplicates.sql.

CREATE TABLE archive_entities (
    num         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          text NOT NULL UNIQUE,
    kind        text NOT NULL CHECK (kind IN ('person', 'org', 'place')),
    name        text NOT NULL,
    name_key    text NOT NULL,
    surname_key text,
    first_seen  date NOT NULL,
    last_seen   date NOT NULL,
    mentions    integer NOT NULL DEFAULT 0,
    articles    integer NOT NULL DEFAULT 0,
    UNIQUE (kind, name_key)
);
CREATE INDEX archive_entities_surname_idx ON archive_entities (kind, surname_key)
    WHERE surname_key IS NOT NULL;

CREATE TABLE article_entities (
    article  bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    entity   bigint NOT NULL REFERENCES archive_entities (num),
    mentions integer NOT NULL DEFAULT 1,
    roles    text NOT NULL DEFAULT '[]',
    PRIMARY KEY (article, entity)
);
CREATE INDEX article_entities_entity_idx ON article_entities (entity);

-- How a mention names its canonical entity (types.Entity.form: 'title', 'genitive',
-- 'surname', ...); NULL when by the name itself.
ALTER TABLE entities ADD COLUMN form text;

ALTER TABLE quotes ADD COLUMN speaker_entity bigint REFERENCES archive_entities (num);
CREATE INDEX quotes_speaker_entity_idx ON quotes (speaker_entity);

CREATE TABLE office_holdings (
    num        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office     text NOT NULL,
    office_key text NOT NULL,
    scope      text,
    scope_key  text NOT NULL DEFAULT '',
    holder     text NOT NULL,
    holder_key text NOT NULL,
    first_seen date NOT NULL,
    last_seen  date NOT NULL,
    source     text NOT NULL,
    evidence   integer NOT NULL DEFAULT 1
);
-- One archive row per (office, scope, holder), extended as evidence comes in; user rows
-- may repeat a holder (two terms), so the constraint is for archive rows only.
CREATE UNIQUE INDEX office_holdings_archive_idx ON office_holdings
    (office_key, scope_key, holder_key) WHERE source = 'archive';
CREATE INDEX office_holdings_holder_idx ON office_holdings (holder_key);

ALTER TABLE articles ADD COLUMN signature bytea;
