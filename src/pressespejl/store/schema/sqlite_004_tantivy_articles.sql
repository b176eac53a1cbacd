-- Pressespejl archive, SQLite backend, schema version 4: article search moves to tantivy.
--
-- The articles' full text is indexed in a tantivy index beside the archive file
-- (archive.sqlite.tantivy/, store/tantivy_index.py), built from these tables the first
-- time the archive is opened after this migration. FTS5 scored every match of a common
-- word before sorting, seconds at a million articles; see docs/search.md.
DROP TABLE articles_fts;

-- Facet labels: the smallest stored spelling of a folded value (min(name) WHERE key = ?)
-- is one index seek with (key, name), however many rows share the key. These replace
-- the one-column key indexes, which the new ones cover.
DROP INDEX article_sources_key_idx;
CREATE INDEX article_sources_key_idx ON article_sources (source_key, source);
DROP INDEX people_name_key_idx;
CREATE INDEX people_name_key_idx ON people (name_key, name);
DROP INDEX quotes_speaker_key_idx;
CREATE INDEX quotes_speaker_key_idx ON quotes (speaker_key, speaker);
DROP INDEX places_key_idx;
CREATE INDEX places_key_idx ON places (name_key, name);
DROP INDEX articles_outlet_idx;
CREATE INDEX articles_outlet_idx ON articles (outlet_key, outlet);
