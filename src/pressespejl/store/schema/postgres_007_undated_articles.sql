-- Pressespejl archive, PostgreSQL backend, schema version 7: articles without a date.
-- The same change as sqlite_009_undated_articles.sql: an undated article has NULL
-- date_first/date_last and precision 'none'; an entity named only in undated articles
-- has no first/last seen day.
ALTER TABLE articles
    ALTER COLUMN date_first DROP NOT NULL,
    ALTER COLUMN date_last DROP NOT NULL,
    DROP CONSTRAINT articles_precision_check,
    ADD CONSTRAINT articles_precision_check CHECK (precision IN ('day', 'month', 'none')),
    ADD CONSTRAINT articles_undated_check CHECK (
        (precision = 'none') = (date_first IS NULL) AND
        (date_first IS NULL) = (date_last IS NULL));
ALTER TABLE archive_entities
    ALTER COLUMN first_seen DROP NOT NULL,
    ALTER COLUMN last_seen DROP NOT NULL;
