-- Pressespejl archive, PostgreSQL backend, schema version 8: a narrow search table.
--
-- Ranking with ts_rank_cd read every matching article's TOASTed tsvector from the wide
-- article rows: 9.4 s p95 for a word at 1,000,000 articles. Now:
-- * article_search (num, published, tsv) holds the article terms, partitioned by the
--   month of publication (store/postgres.py creates a month's partition before its first
--   article), so a date filter reads only its months; an undated article (schema 7) has
--   published '-infinity' and lives in the default partition;
-- * with the RUM extension (Debian: postgresql-15-rum) its index returns matches in rank
--   order (ORDER BY tsv <=> query LIMIT n), and quotes get one too; without RUM both are
--   GIN and ranking reads every match (the store says so: PostgresStore.notice);
-- * pg_trgm indexes entity names for `entities --query` (LIKE '%...%').
-- Extensions need the right to create them (RUM: a superuser); without it the archive
-- works on the slower path.

-- Extensions go into "public" when it exists (an archive in another schema then still
-- finds them, and dropping that schema keeps them); their objects are named with it.
DO $$
DECLARE
    ext text;
BEGIN
    FOREACH ext IN ARRAY ARRAY['pg_trgm', 'rum'] LOOP
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'public') THEN
                EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I SCHEMA public', ext);
            ELSE
                EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I', ext);
            END IF;
        EXCEPTION WHEN OTHERS THEN
            RAISE NOTICE '% not installed (%): the archive uses the slower path', ext, SQLERRM;
        END;
    END LOOP;
END $$;

CREATE TABLE article_search (
    num       bigint NOT NULL REFERENCES articles (num) ON DELETE CASCADE,
    published date NOT NULL,
    tsv       tsvector NOT NULL,
    PRIMARY KEY (published, num)
) PARTITION BY RANGE (published);

-- Holds the undated articles ('-infinity'); a dated one only if no month partition
-- covers it yet (store/postgres.py creates the month's partition first).
CREATE TABLE article_search_default PARTITION OF article_search DEFAULT;

DO $$
DECLARE
    month date;
BEGIN
    FOR month IN SELECT DISTINCT date_trunc('month', date_first)::date FROM articles
                 WHERE date_first IS NOT NULL LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF article_search FOR VALUES FROM (%L) TO (%L)',
                       'article_search_' || to_char(month, 'YYYY_MM'), month,
                       (month + interval '1 month')::date);
    END LOOP;
END $$;

INSERT INTO article_search (num, published, tsv)
    SELECT num, coalesce(date_first, '-infinity'), tsv FROM articles;

DROP INDEX articles_tsv_idx;
ALTER TABLE articles DROP COLUMN tsv;

DO $$
DECLARE
    rum_schema text := (SELECT n.nspname FROM pg_extension e
                        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum');
    trgm_schema text := (SELECT n.nspname FROM pg_extension e
                         JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'pg_trgm');
BEGIN
    IF rum_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX article_search_tsv_idx ON article_search '
                       'USING rum (tsv %I.rum_tsvector_ops)', rum_schema);
        DROP INDEX quotes_tsv_idx;
        EXECUTE format('CREATE INDEX quotes_tsv_idx ON quotes USING rum (tsv %I.rum_tsvector_ops)',
                       rum_schema);
    ELSE
        CREATE INDEX article_search_tsv_idx ON article_search USING gin (tsv);
    END IF;
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX archive_entities_name_trgm_idx ON archive_entities '
                       'USING gin (name_key %I.gin_trgm_ops)', trgm_schema);
    END IF;
END $$;
