-- Pressespejl archive, PostgreSQL backend, schema version 10: each article's facet values
-- in the narrow search table.
--
-- Facets counted every matching article's rows in five tables (sources, people, quotes,
-- places, the wide article rows): a word in 58,560 of 199,910 articles took 2.4 s for
-- the speakers alone (bench/README.md, "PostgreSQL facets"). Now article_search.facets
-- holds what the facets count, one entry per value and article, so a facet count is an
-- unnest over the matching rows of the narrow table:
--
--   <code><key> US <name>     code: s source, o outlet, m month, p person, q speaker,
--                             l place; key as in the tables (folded, name_key);
--                             name the smallest spelling the article has for that key;
--                             US the unit separator E'\x1f'; a month has no name.
--
-- article_facet_keys(num) computes them from the tables; the store calls it for each
-- article it adds, after the article's rows are written (store/postgres.py).

ALTER TABLE article_search ADD COLUMN facets text[] NOT NULL DEFAULT '{}';

CREATE FUNCTION article_facet_keys(article_num bigint) RETURNS text[]
LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(entry ORDER BY entry), '{}') FROM (
        SELECT 'o' || a.outlet_key || E'\x1f' || a.outlet FROM articles a
            WHERE a.num = article_num AND a.outlet_key IS NOT NULL AND a.outlet IS NOT NULL
        UNION ALL
        SELECT 'm' || to_char(a.date_first, 'YYYY-MM') FROM articles a
            WHERE a.num = article_num AND a.date_first IS NOT NULL
        UNION ALL
        SELECT 's' || s.source_key || E'\x1f' || min(s.source) FROM article_sources s
            WHERE s.article = article_num GROUP BY s.source_key
        UNION ALL
        SELECT 'p' || p.name_key || E'\x1f' || min(p.name) FROM article_people ap
            JOIN people p ON p.id = ap.person
            WHERE ap.article = article_num GROUP BY p.name_key
        UNION ALL
        SELECT 'q' || q.speaker_key || E'\x1f' || min(q.speaker) FROM quotes q
            WHERE q.article = article_num AND q.speaker_key IS NOT NULL
            GROUP BY q.speaker_key
        UNION ALL
        SELECT 'l' || pl.name_key || E'\x1f' || min(pl.name) FROM places pl
            WHERE pl.article = article_num GROUP BY pl.name_key
    ) e (entry)
$$;

-- Filling the column rewrites every row; with the full-text index in place each new row
-- version would be indexed again (RUM takes about 300 rows/s), so the index is dropped
-- first and built again after, with the access method it had.
DO $$
DECLARE
    method text := (SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam
                    WHERE c.oid = to_regclass('article_search_tsv_idx'));
    rum_schema text := (SELECT n.nspname FROM pg_extension e
                        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'rum');
BEGIN
    IF NOT EXISTS (SELECT 1 FROM article_search) THEN
        RETURN;
    END IF;
    IF method IS NOT NULL THEN
        DROP INDEX article_search_tsv_idx;
    END IF;
    UPDATE article_search SET facets = article_facet_keys(num);
    IF method = 'rum' AND rum_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX article_search_tsv_idx ON article_search '
                       'USING rum (tsv %I.rum_tsvector_ops)', rum_schema);
    ELSIF method IS NOT NULL THEN
        CREATE INDEX article_search_tsv_idx ON article_search USING gin (tsv);
    END IF;
END $$;
