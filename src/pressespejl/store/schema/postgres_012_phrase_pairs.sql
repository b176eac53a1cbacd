-- Pressespejl archive, PostgreSQL backend, schema version 12: word pairs of the commonest
-- words in the article terms.
--
-- A phrase with a common word ("plan for", "i en pressemeddelelse") made RUM check the
-- positions of a lexeme that is in nearly every article: 1.1 s p95 for the bench phrases
-- at 200,000 articles (bench/README.md). The article terms (article_search.tsv) now also
-- hold, for every two adjacent words of which one is common (search/common_words.py,
-- stemmed), the lexeme '+first+second' at the first word's position with its weight;
-- a phrase query names the pairs instead of the common words (store/_pg_pairs.py), so
-- "plan for" is one lexeme. The matches are the same: a pair is derived from the stems
-- the tsvector keeps (the positions of weight A or B), exactly as
-- _pg_pairs.position_pairs derives them for new articles.
--
-- article_word_pairs(tsv) gives the pair lexemes of stored article terms as tsvector
-- text; the update appends them as text (tsvector || tsvector would shift their
-- positions). The full-text index is dropped first and built again after, with the
-- access method it had (RUM indexes about 300 updated rows/s; a build sorts once).
-- The update leaves the old row versions to VACUUM.

CREATE OR REPLACE FUNCTION article_word_pairs(tsv tsvector) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH stems AS MATERIALIZED (
        SELECT u.lexeme, p.pos, p.weight, u.lexeme = ANY (ARRAY[
    'af', 'all', 'alt', 'altid', 'and', 'andr', 'at', 'bag', 'bar', 'beg', 'blev', 'bliv',
    'da', 'dag', 'de', 'dem', 'den', 'der', 'dereft', 'derfor', 'dermed', 'det', 'dig',
    'din', 'dis', 'dit', 'dog', 'du', 'eft', 'eftersom', 'ell', 'en', 'end', 'endnu',
    'ene', 'enest', 'et', 'fem', 'fik', 'fir', 'fler', 'flest', 'for', 'forbi', 'fordi',
    'fra', 'få', 'får', 'gennem', 'gik', 'gjord', 'gjort', 'god', 'godt', 'gør', 'ham',
    'han', 'har', 'hav', 'havd', 'hel', 'helt', 'hend', 'her', 'hos', 'hun', 'hvad',
    'hvem', 'hver', 'hvilk', 'hvis', 'hvor', 'hvordan', 'hvornår', 'i', 'igen', 'ikk',
    'ind', 'ing', 'int', 'jeg', 'jer', 'jo', 'kan', 'kom', 'kun', 'lang', 'lidt', 'lig',
    'ligesom', 'man', 'mang', 'med', 'meg', 'mellem', 'men', 'mer', 'mest', 'mig', 'min',
    'mit', 'mod', 'må', 'måsk', 'ned', 'nej', 'nog', 'nogl', 'nok', 'nu', 'når', 'og',
    'også', 'om', 'omkring', 'op', 'os', 'over', 'på', 'sam', 'se', 'selv', 'selvom',
    'ser', 'sidst', 'sig', 'sin', 'sit', 'skal', 'skul', 'slet', 'som', 'stad', 'stor',
    'så', 'sådan', 'tag', 'til', 'tilbag', 'to', 'tre', 'ud', 'uden', 'und', 'var', 'vi',
    'vil', 'vor', 'vær', 'år'
            ]) AS common
        FROM unnest(tsv) u, unnest(u.positions, u.weights) p (pos, weight)
        WHERE p.weight IN ('A', 'B')
    ), pairs AS (
        SELECT '+' || a.lexeme || '+' || b.lexeme AS pair, a.pos, a.weight
        FROM stems a JOIN stems b ON b.pos = a.pos + 1
        WHERE a.common OR b.common
    )
    SELECT coalesce(string_agg(quoted || ':' || spots, ' '), '') FROM (
        SELECT '''' || replace(replace(pair, '\', '\\'), '''', '''''') || '''' AS quoted,
               string_agg(pos || weight, ',' ORDER BY pos) AS spots
        FROM pairs WHERE length(pair) <= 500 GROUP BY pair
    ) g
$$;

CREATE OR REPLACE FUNCTION article_terms_with_pairs(tsv tsvector) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    pairs text := article_word_pairs(tsv);
BEGIN
    IF pairs = '' THEN
        RETURN tsv;
    END IF;
    RETURN (tsv::text || ' ' || pairs)::tsvector;
END $$;

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
    UPDATE article_search SET tsv = article_terms_with_pairs(tsv);
    IF method = 'rum' AND rum_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX article_search_tsv_idx ON article_search '
                       'USING rum (tsv %I.rum_tsvector_ops)', rum_schema);
    ELSIF method IS NOT NULL THEN
        CREATE INDEX article_search_tsv_idx ON article_search USING gin (tsv);
    END IF;
END $$;
