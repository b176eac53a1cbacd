-- Pressespejl archive, PostgreSQL backend, schema version 11: a cache of facet counts for
-- the whole archive.
--
-- Facets with no query and no filter counted every article's facet values (an unnest
-- of about 15 values per article): 4.3 s at 200,000 articles (bench/README.md,
-- "PostgreSQL facets"). facet_counts holds, per facet value (an article_search.facets
-- entry, schema 10) and per publication day ('d' || the day), how many articles have it,
-- so those facets read a few ten thousand rows instead.
--
-- A trigger on the search table keeps it right on every insert, delete (articles'
-- ON DELETE CASCADE included) and change of a row's facet values or day; a TRUNCATE of
-- the search table empties it. A bulk load that disables triggers (bench/grow.py runs
-- with session_replication_role = replica) calls facet_counts_rebuild() at the end.
-- A value no article has any more keeps its row with n = 0; readers skip those.

CREATE TABLE facet_counts (
    entry text PRIMARY KEY,
    n     bigint NOT NULL
);

-- The entries an article_search row counts for: its facet values and its day.
CREATE FUNCTION facet_count_entries(facets text[], published date) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN published > '-infinity'::date
                THEN facets || ('d' || to_char(published, 'YYYY-MM-DD'))
                ELSE facets END
$$;

CREATE FUNCTION facet_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE facet_counts c SET n = c.n - 1
            FROM unnest(facet_count_entries(OLD.facets, OLD.published)) e (entry)
            WHERE c.entry = e.entry;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- in entry order: two writers never wait for each other's rows crosswise
        INSERT INTO facet_counts (entry, n)
            SELECT e.entry, 1 FROM unnest(facet_count_entries(NEW.facets, NEW.published))
                e (entry) ORDER BY e.entry
            ON CONFLICT (entry) DO UPDATE SET n = facet_counts.n + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_search_facet_counts
    AFTER INSERT OR DELETE OR UPDATE OF facets, published ON article_search
    FOR EACH ROW EXECUTE FUNCTION facet_counts_track();

CREATE FUNCTION facet_counts_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE facet_counts;
    RETURN NULL;
END $$;

CREATE TRIGGER article_search_facet_counts_truncate
    AFTER TRUNCATE ON article_search
    FOR EACH STATEMENT EXECUTE FUNCTION facet_counts_truncate();

-- Counts every article_search row again (after a bulk load with triggers off).
CREATE FUNCTION facet_counts_rebuild() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    entries bigint;
BEGIN
    LOCK TABLE facet_counts IN EXCLUSIVE MODE;
    DELETE FROM facet_counts;
    INSERT INTO facet_counts (entry, n)
        SELECT e.entry, count(*) FROM article_search s,
            unnest(facet_count_entries(s.facets, s.published)) e (entry)
        GROUP BY e.entry;
    GET DIAGNOSTICS entries = ROW_COUNT;
    RETURN entries;
END $$;

SELECT facet_counts_rebuild();
