-- Pressespejl archive, SQLite backend, schema version 5: quote search moves to tantivy.
--
-- Quotes are indexed in a second tantivy index beside the archive file
-- (archive.sqlite.quotes.tantivy/, store/tantivy_index.py) with their speaker, the
-- people mentioned in them and their article's day, outlet, sources and places, built
-- from these tables the first time the archive is opened after this migration. FTS5
-- scored every quote matching a common word before sorting: slow at millions of quotes.
DROP TABLE quotes_fts;
