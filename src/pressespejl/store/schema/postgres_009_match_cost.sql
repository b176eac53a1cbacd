-- Pressespejl archive, PostgreSQL backend, schema version 9: what a full-text match costs.
--
-- PostgreSQL prices tsvector @@ tsquery (ts_match_vq) like an integer comparison (COST
-- 1), so for a query that matches many articles it chose to scan the search table and
-- test every article's tsvector: each one a TOASTed value of several KB read from disk.
-- A phrase matching 152,400 of 199,910 articles took 3.2 s that way; through the RUM
-- index, which checks phrases with the positions it stores, 0.12 s (bench/README.md,
-- "PostgreSQL boolean queries"). COST 100 prices the detoasting, so the planner takes
-- the index (a prefix query is asked of RUM without its weights and checked exactly on
-- an expression no index serves: postgres.rum_safe_tsquery). The cost is a property of
-- the function in this database (pg_catalog), so changing it needs a superuser (as
-- creating RUM does); without the right the archive works as before, on the slower plans.
DO $$
BEGIN
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) COST 100;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'cannot set the cost of ts_match_vq (%): full-text matches keep the '
                 'slower plans', SQLERRM;
END $$;
