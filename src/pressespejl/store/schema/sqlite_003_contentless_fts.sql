-- Pressespejl archive, SQLite backend, schema version 3: a smaller full-text index.
--
-- Versions 1-2 kept a second copy of every analysed column in the FTS5 tables' content
-- tables (articles_fts_content was the largest table of the file). Nothing reads those
-- columns back: snippets are made from articles.text in Python, and bm25 needs only the
-- index and the column sizes. So the tables become contentless (content=''), keeping
-- detail=full (phrases need positions) and the column sizes (bm25 needs them; a
-- contentless table cannot recompute them).
--
-- New rows also store the "raw" surface form of a word only when it differs from its
-- stem: Danish Snowball stems only cut letters off the end, so a stem is a prefix of its
-- word and prefix queries (rus*) look at title, body and raw together. Rows copied here
-- keep every surface form, which gives the same matches.
--
-- Contentless tables cannot delete rows on SQLite before 3.43; the archive never deletes
-- articles, and a rebuild goes through export/import.

CREATE VIRTUAL TABLE articles_fts_v3 USING fts5 (
    title, body, parts, raw,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO articles_fts_v3 (rowid, title, body, parts, raw)
    SELECT rowid, title, body, parts, raw FROM articles_fts;
DROP TABLE articles_fts;
ALTER TABLE articles_fts_v3 RENAME TO articles_fts;
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');

CREATE VIRTUAL TABLE quotes_fts_v3 USING fts5 (
    body, parts, raw,
    content = '',
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO quotes_fts_v3 (rowid, body, parts, raw)
    SELECT rowid, body, parts, raw FROM quotes_fts;
DROP TABLE quotes_fts;
ALTER TABLE quotes_fts_v3 RENAME TO quotes_fts;
INSERT INTO quotes_fts (quotes_fts) VALUES ('optimize');

-- Counts, trends, date and outlet filters and the ranking of a search read only these
-- columns of each matching article; with this covering index they do not touch the
-- (large) article rows, only the page of hits does.
CREATE INDEX articles_num_dates_idx ON articles
    (num, date_first, date_last, precision, id, outlet_key, near_duplicate_group);
