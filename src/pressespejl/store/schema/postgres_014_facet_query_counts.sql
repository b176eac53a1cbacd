-- Pressespejl archive, PostgreSQL backend, schema version 14: facet counts per cached
-- query and month.
--
-- Facets of a query unnest the facet values (schema 10) of every match and count them:
-- about 1 µs per value under load, so a word in 100,000 articles (15 values each) took
-- 2.3-2.7 s at 599,730 articles (bench/README.md, "PostgreSQL at 599,730 articles").
-- For the queries listed in facet_queries (a tsquery each, as the search compiles it:
-- PostgresStore.cache_facet_queries lists given queries, cache_facet_words the
-- archive's most frequent words), a
-- trigger keeps what facet_counts (schema 11) keeps for the whole archive, per month of
-- publication: per facet value and per day, how many of the month's matching articles
-- have it. The facets of such a query, over all time or over whole months, are then a
-- sum over its cached rows instead of an unnest over its matches. Exact: the cached
-- query is matched with the same @@ on the same terms as a search.
--
-- A month is the first day of the publication month, '-infinity' for undated articles.
-- A value no matching article has any more keeps its row with n = 0; readers skip them.
-- A bulk load with triggers off (bench/grow.py) calls facet_query_counts_rebuild().
-- Written to run again after a test removes schema_version rows (IF NOT EXISTS, OR
-- REPLACE), as the earlier migrations' upgrade tests do.

CREATE TABLE IF NOT EXISTS facet_queries (
    query text PRIMARY KEY,
    tsq   tsquery GENERATED ALWAYS AS (query::tsquery) STORED,
    CHECK (query = (query::tsquery)::text)
);

CREATE TABLE IF NOT EXISTS facet_query_counts (
    query text NOT NULL REFERENCES facet_queries ON DELETE CASCADE,
    month date NOT NULL,
    entry text NOT NULL,
    n     bigint NOT NULL,
    PRIMARY KEY (query, month, entry)
);

CREATE OR REPLACE FUNCTION facet_month(published date) RETURNS date
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN published > '-infinity'::date
                THEN date_trunc('month', published)::date
                ELSE '-infinity'::date END
$$;

CREATE OR REPLACE FUNCTION facet_query_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE facet_query_counts c SET n = c.n - 1
            FROM facet_queries f, unnest(facet_count_entries(OLD.facets, OLD.published))
                e (entry)
            WHERE OLD.tsv @@ f.tsq AND c.query = f.query
              AND c.month = facet_month(OLD.published) AND c.entry = e.entry;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- in key order: two writers never wait for each other's rows crosswise
        INSERT INTO facet_query_counts (query, month, entry, n)
            SELECT f.query, facet_month(NEW.published), e.entry, 1
            FROM facet_queries f, unnest(facet_count_entries(NEW.facets, NEW.published))
                e (entry)
            WHERE NEW.tsv @@ f.tsq
            ORDER BY f.query, e.entry
            ON CONFLICT (query, month, entry) DO UPDATE SET n = facet_query_counts.n + 1;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS article_search_facet_query_counts ON article_search;
CREATE TRIGGER article_search_facet_query_counts
    AFTER INSERT OR DELETE OR UPDATE OF facets, published, tsv ON article_search
    FOR EACH ROW EXECUTE FUNCTION facet_query_counts_track();

CREATE OR REPLACE FUNCTION facet_query_counts_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE facet_query_counts;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS article_search_facet_query_counts_truncate ON article_search;
CREATE TRIGGER article_search_facet_query_counts_truncate
    AFTER TRUNCATE ON article_search
    FOR EACH STATEMENT EXECUTE FUNCTION facet_query_counts_truncate();

-- Counts the matches of the cached queries (all of them, or those in queries) again,
-- one query at a time (one aggregate of a few hundred thousand values each, not one of
-- all of them at once).
CREATE OR REPLACE FUNCTION facet_query_counts_rebuild(queries text[] DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    cached record;
    counted bigint;
    total bigint := 0;
BEGIN
    LOCK TABLE facet_query_counts IN EXCLUSIVE MODE;
    FOR cached IN SELECT f.query, f.tsq FROM facet_queries f
                  WHERE queries IS NULL OR f.query = ANY (queries) ORDER BY f.query LOOP
        DELETE FROM facet_query_counts c WHERE c.query = cached.query;
        INSERT INTO facet_query_counts (query, month, entry, n)
            SELECT cached.query, facet_month(s.published), e.entry, count(*)
            FROM article_search s,
            LATERAL unnest(facet_count_entries(s.facets, s.published)) e (entry)
            WHERE s.tsv @@ cached.tsq
            GROUP BY 2, 3;
        GET DIAGNOSTICS counted = ROW_COUNT;
        total := total + counted;
    END LOOP;
    RETURN total;
END $$;

-- Caches the facet counts of queries (tsquery texts): lists those not listed yet and
-- counts their matches. Returns how many were new.
CREATE OR REPLACE FUNCTION facet_queries_add(queries text[]) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    added text[];
BEGIN
    LOCK TABLE facet_query_counts IN EXCLUSIVE MODE;  -- no insert counts them meanwhile
    WITH new AS (
        INSERT INTO facet_queries (query)
            SELECT DISTINCT (q::tsquery)::text FROM unnest(queries) q
            ON CONFLICT DO NOTHING RETURNING query)
    SELECT coalesce(array_agg(query), '{}') INTO added FROM new;
    IF cardinality(added) > 0 THEN
        PERFORM facet_query_counts_rebuild(added);
    END IF;
    RETURN cardinality(added);
END $$;
