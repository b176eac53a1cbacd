-- Pressespejl archive, PostgreSQL backend, schema version 6: a quote's confidence.
--
-- Quote.confidence (0-1) says how likely the quote and its speaker are right, from the
-- rules that found them. Quotes stored before this version were never given one: 0.
ALTER TABLE quotes ADD COLUMN confidence double precision NOT NULL DEFAULT 0;
