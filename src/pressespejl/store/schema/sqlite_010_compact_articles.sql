-- Pressespejl archive, SQLite backend, schema version 10: smaller archives.
-- From this version the store writes articles.text, lemmas and sentences zlib-compressed
-- and signatures as 32-bit values (store/_compact.py; older plain rows are read as they
-- are, and SQLiteStore.compact rewrites them). No column changes type: SQLite keeps a
-- BLOB in any column.
-- The entities' (label, canonical_key) index served full-text filters of the FTS5 era;
-- the tantivy indexes answer those now, and the quote index reads entities by article
-- (the primary key), so it only cost space: about a quarter of the entity rows' bytes.
DROP INDEX IF EXISTS entities_canonical_idx;
