-- Pressespejl archive, PostgreSQL backend, schema version 5: office evidence per
-- article, as sqlite_007_article_offices.sql (SQLite's versions 4 and 5 were
-- tantivy-only, so the numbers differ).
CREATE TABLE article_offices (
    article    bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   integer NOT NULL,
    office     text NOT NULL,
    scope      text,
    holder     text NOT NULL,
    first_seen date NOT NULL,
    last_seen  date NOT NULL,
    source     text NOT NULL DEFAULT 'archive',
    PRIMARY KEY (article, position)
);
