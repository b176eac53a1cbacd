-- Pressespejl archive, SQLite backend, schema version 11: mentions in the article row.
--
-- Where the bytes of a compacted archive went (20,000 bench articles, 9.2 KB each in
-- the SQLite file): the entities table and its primary key 2.1 KB per article (28 rows,
-- each with a copy of its text), time expressions 0.45 KB, against 2.7 KB for the
-- article row itself. Nothing searches either in SQL (the tantivy indexes hold the
-- search keys; the quote index and the article page read them by article), so each
-- article keeps them in two columns of its own row: JSON lists, which the store writes
-- compressed and without the mention text where it is a span of the article text
-- (store/_compact.py). This migration moves the rows over as plain JSON lists, in their
-- positions' order: [start, end, label, text, canonical, form] and
-- [start, end, granularity, earliest, latest, text]; SQLiteStore.compact rewrites them
-- compact (and VACUUM gives the space back).
--
-- Five indexes served only the SQL search of the FTS5 era (PostgreSQL's filters in
-- search/filters.py): quotes by speaker surname, organisations and article_people by
-- name, articles by dates and the covering index of the narrow article columns. The
-- tantivy indexes answer those filters and counts; dropping them saves 0.4 KB per
-- article.
--
-- The small per-article tables keyed by (article, position) or (article, entity) become
-- WITHOUT ROWID tables: their rows are then stored in the primary key's b-tree itself,
-- not a second time in an automatic index beside a rowid table (0.4 KB per article).
-- They are rebuilt as sqlite.org/lang_altertable.html describes (the runner turns
-- foreign keys off while migrating and checks them before it commits).

ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN time_expressions TEXT NOT NULL DEFAULT '[]';

UPDATE articles SET entities = (
    SELECT json_group_array(json_array(start_char, end_char, label, text, canonical, form))
    FROM (SELECT * FROM entities e WHERE e.article = articles.num ORDER BY e.position))
WHERE num IN (SELECT article FROM entities);

UPDATE articles SET time_expressions = (
    SELECT json_group_array(json_array(start_char, end_char, granularity, earliest, latest,
                                       text))
    FROM (SELECT * FROM time_expressions t WHERE t.article = articles.num
          ORDER BY t.position))
WHERE num IN (SELECT article FROM time_expressions);

DROP TABLE entities;
DROP TABLE time_expressions;

DROP INDEX IF EXISTS quotes_speaker_surname_idx;
DROP INDEX IF EXISTS organisations_key_idx;
DROP INDEX IF EXISTS article_people_person_idx;
DROP INDEX IF EXISTS articles_dates_idx;
DROP INDEX IF EXISTS articles_num_dates_idx;

CREATE TABLE article_sources_v11 (
    article    INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL,
    source_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
INSERT INTO article_sources_v11 (article, position, source, source_key)
    SELECT article, position, source, source_key FROM article_sources;
DROP TABLE article_sources;
ALTER TABLE article_sources_v11 RENAME TO article_sources;
CREATE INDEX article_sources_key_idx ON article_sources (source_key, source);

CREATE TABLE article_people_v11 (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person   INTEGER NOT NULL REFERENCES people (id),
    roles    TEXT NOT NULL DEFAULT '[]',  -- JSON list: ["Natos generalsekretær"]
    mentions INTEGER NOT NULL DEFAULT 1,
    gender   TEXT,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
INSERT INTO article_people_v11 (article, position, person, roles, mentions, gender)
    SELECT article, position, person, roles, mentions, gender FROM article_people;
DROP TABLE article_people;
ALTER TABLE article_people_v11 RENAME TO article_people;

CREATE TABLE places_v11 (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
INSERT INTO places_v11 (article, position, name, name_key)
    SELECT article, position, name, name_key FROM places;
DROP TABLE places;
ALTER TABLE places_v11 RENAME TO places;
CREATE INDEX places_key_idx ON places (name_key, name);

CREATE TABLE organisations_v11 (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    PRIMARY KEY (article, position)
) WITHOUT ROWID;
INSERT INTO organisations_v11 (article, position, name, name_key)
    SELECT article, position, name, name_key FROM organisations;
DROP TABLE organisations;
ALTER TABLE organisations_v11 RENAME TO organisations;

CREATE TABLE article_entities_v11 (
    article  INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    entity   INTEGER NOT NULL REFERENCES archive_entities (num),
    mentions INTEGER NOT NULL DEFAULT 1,
    roles    TEXT NOT NULL DEFAULT '[]',     -- JSON list, people only
    PRIMARY KEY (article, entity)
) WITHOUT ROWID;
INSERT INTO article_entities_v11 (article, entity, mentions, roles)
    SELECT article, entity, mentions, roles FROM article_entities;
DROP TABLE article_entities;
ALTER TABLE article_entities_v11 RENAME TO article_entities;
CREATE INDEX article_entities_entity_idx ON article_entities (entity);
