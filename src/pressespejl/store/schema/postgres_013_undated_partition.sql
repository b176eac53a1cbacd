-- Pressespejl archive, PostgreSQL backend, schema version 13: the undated articles get a
-- range partition of the search table instead of the DEFAULT one.
--
-- A search ordered by date (a query with no text to rank, `"det gør" OR ledigheden
-- source:Reuters`, or --sort newest) reads the month partitions newest first and stops
-- after the page, but only when PostgreSQL knows the partitions cannot overlap: a live
-- DEFAULT partition may hold any date, so the planner merged every partition's sorted
-- matches instead (all of them read and sorted for a page of 20). Undated articles have
-- published '-infinity'; a partition FROM (MINVALUE) TO ('0001-01-01') holds them and
-- overlaps no month (the store creates a month's partition before its first article,
-- and Python dates start at year 1).
--
-- A dated row in the DEFAULT partition (only if its month's partition was missing when
-- it was written) moves to a month partition made for it; the facet counts trigger sees
-- the move as a delete and an insert, so the counts stay right. An archive without the
-- DEFAULT partition (this migration ran before) is left as it is.

DO $$
DECLARE
    month date;
BEGIN
    IF to_regclass('article_search_default') IS NULL THEN
        RETURN;
    END IF;
    CREATE TEMPORARY TABLE article_search_moved ON COMMIT DROP AS
        SELECT * FROM article_search_default WHERE published > '-infinity'::date;
    DELETE FROM article_search_default WHERE published > '-infinity'::date;
    FOR month IN SELECT DISTINCT date_trunc('month', published)::date FROM article_search_moved
    LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF article_search '
                       'FOR VALUES FROM (%L) TO (%L)',
                       'article_search_' || to_char(month, 'YYYY_MM'), month,
                       (month + interval '1 month')::date);
    END LOOP;
    INSERT INTO article_search SELECT * FROM article_search_moved;
    ALTER TABLE article_search DETACH PARTITION article_search_default;
    ALTER TABLE article_search_default RENAME TO article_search_undated;
    ALTER TABLE article_search ATTACH PARTITION article_search_undated
        FOR VALUES FROM (MINVALUE) TO ('0001-01-01');
END $$;
