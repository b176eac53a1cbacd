-- Pressespejl archive, SQLite backend, schema version 13: compression dictionaries.
--
-- Preset dictionaries for the compressed article columns (store/_compact.py): zlib
-- starts a stream from a dictionary of text typical of the column, so a short article
-- finds its common words there. A compressed value names its dictionary in its zlib
-- header (the dictionary's Adler-32, the id here), so rows written with an older
-- dictionary, or with none, stay readable: rows here are never deleted.
-- `SQLiteStore.compact` adds the first one per column and rewrites the rows with it;
-- new rows are written with the newest of their column.
CREATE TABLE compression_dictionaries (
    num         INTEGER PRIMARY KEY,       -- the newest per column is written with
    id          INTEGER NOT NULL UNIQUE,   -- Adler-32 of the dictionary
    column_name TEXT NOT NULL,             -- text, entities, time_expressions, sentences
    dictionary  BLOB NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;
