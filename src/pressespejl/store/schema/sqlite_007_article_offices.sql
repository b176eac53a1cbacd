-- Pressespejl archive, SQLite backend, schema version 7: office evidence per article.
--
-- The nlp stage now returns each article's office evidence (types.Analysis.offices,
-- from appositions such as "Den danske udenrigsminister, Jeppe Kofod"); it is stored
-- with the article, as its quotes are, so export, import and migrate carry it and the
-- archive's office_holdings rows (source 'archive') can be rebuilt from it. Articles
-- stored before this version have no rows here; their evidence stays in office_holdings.
CREATE TABLE article_offices (
    article    INTEGER NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    office     TEXT NOT NULL,
    scope      TEXT,
    holder     TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT 'archive',
    PRIMARY KEY (article, position)
);
