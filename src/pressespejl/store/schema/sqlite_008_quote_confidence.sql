-- Pressespejl archive, SQLite backend, schema version 8: a quote's confidence.
--
-- Quote.confidence (0-1) says how likely the quote and its speaker are right, from the
-- rules that found them. Quotes stored before this version were never given one: 0.
ALTER TABLE quotes ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
