-- Pressespejl archive, PostgreSQL backend, schema version 12: word pairs of the commonest
-- words and filter lexemes in the article terms.
--
-- 1. Phrases. A phrase with a common word ("plan for", "i en pressemeddelelse") made RUM
-- check the positions of a lexeme that is in nearly every article: 1.1 s p95 for the
-- bench phrases at 200,000 articles (bench/README.md). The article terms
-- (article_search.tsv) now also hold, for every two adjacent words of which one is
-- common (search/common_words.py, stemmed), the lexeme '+first+second' at the first
-- word's position with its weight; a phrase query names the pairs instead of the common
-- words (store/_pg_pairs.py), so "plan for" is one lexeme. The matches are the same: a
-- pair is derived from the stems the tsvector keeps (the positions of weight A or B),
-- exactly as _pg_pairs.position_pairs derives them for new articles.
-- article_word_pairs(tsv) gives the pair lexemes of stored article terms as tsvector
-- text; article_terms_with_pairs appends them as text (tsvector || tsvector would shift
-- their positions).
--
-- 2. Filters. `WORD AND speaker:"X"` joined every match of the word to the speaker's
-- quotes, or checked the word on each of the speaker's articles' terms: 1.6 s p95 over
-- the bench's speaker queries at 200,000 articles. The article terms now also hold one
-- lexeme without a position per filter value of the article (store/_pg_filters.py):
--
--   =q<key>   a quote's speaker_key or speaker_surname      =l<key>  a place's name_key
--   =s<key>   a source's source_key                         =o<key>  the outlet_key
--
-- so a text query with such filters is one tsquery the full-text index answers.
-- article_filter_terms(num) computes them from the tables; the store appends them to
-- each new article's terms after the article's rows are written (store/postgres.py).
--
-- The full-text index is dropped first and built again after, with the access method it
-- had (RUM indexes about 300 updated rows/s; a build sorts once). The update leaves the
-- old row versions to VACUUM.

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
        WHERE p.weight IN ('A', 'B') AND left(u.lexeme, 1) NOT IN ('+', '=')  -- stems only
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

CREATE OR REPLACE FUNCTION article_filter_terms(article_num bigint) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT array_to_tsvector(coalesce(array_agg(DISTINCT t), '{}')) FROM (
        SELECT '=o' || a.outlet_key FROM articles a
            WHERE a.num = article_num AND a.outlet_key <> ''
        UNION ALL
        SELECT '=s' || s.source_key FROM article_sources s
            WHERE s.article = article_num AND s.source_key <> ''
        UNION ALL
        SELECT '=l' || pl.name_key FROM places pl
            WHERE pl.article = article_num AND pl.name_key <> ''
        UNION ALL
        SELECT '=q' || q.speaker_key FROM quotes q
            WHERE q.article = article_num AND q.speaker_key <> ''
        UNION ALL
        SELECT '=q' || q.speaker_surname FROM quotes q
            WHERE q.article = article_num AND q.speaker_surname <> ''
    ) e (t)
$$;

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
    -- filter lexemes have no positions: || shifts none
    UPDATE article_search SET tsv = article_terms_with_pairs(tsv) || article_filter_terms(num);
    IF method = 'rum' AND rum_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX article_search_tsv_idx ON article_search '
                       'USING rum (tsv %I.rum_tsvector_ops)', rum_schema);
    ELSIF method IS NOT NULL THEN
        CREATE INDEX article_search_tsv_idx ON article_search USING gin (tsv);
    END IF;
END $$;
