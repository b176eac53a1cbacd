"""PostgreSQL with RUM: prefix terms with weights are matched through a query the RUM
index answers right (``postgres.rum_safe_tsquery``), then checked exactly."""

from __future__ import annotations

import pytest

from pressespejl.search.query import And, Not, Or, Prefix, Term, parse
from pressespejl.store import open_store
from pressespejl.store._pg_pairs import article_tsquery
from pressespejl.store.postgres import WEIGHTS, has_prefix, rum_safe_tsquery


@pytest.mark.parametrize(("query", "expected"), [
    ("klima*", "'klima':*"),
    ("vind", "'vind':ABC"),
    ("vind klima*", "('vind':ABC & 'klima':*)"),
    ("vind OR klima*", "('vind':ABC | 'klima':*)"),
    # a NOT over a prefix would match fewer rows unweighted: left to the exact check
    ("vind NOT klima*", "('vind':ABC)"),
    ("NOT vind", "!'vind':ABC"),
])
def test_rum_safe_query_matches_at_least_what_the_query_matches(query: str, expected: str):
    node = parse(query)
    assert node is not None
    assert rum_safe_tsquery(node) == expected


def test_no_safe_query_where_only_the_exact_check_is_right():
    assert rum_safe_tsquery(Not(Prefix("klima"))) is None
    assert rum_safe_tsquery(Or((Term("vind"), Not(Prefix("klima"))))) is None
    assert rum_safe_tsquery(And((Not(Prefix("klima")),))) is None
    assert has_prefix(Or((Term("vind"), Not(Prefix("klima")))))
    assert not has_prefix(And((Term("vind"), Not(Term("sol")))))


_ROWS = """
SELECT setseed(0.42);
CREATE TABLE prefix_probe (id int, tsv tsvector);
INSERT INTO prefix_probe
SELECT i, (SELECT string_agg(w || ':' || (1 + (random() * 40)::int)
                             || (ARRAY['A', 'B', 'C', 'D'])[1 + (random() * 3)::int], ' ')
           FROM (SELECT (ARRAY['klima', 'klimaet', 'klimaaftale', 'klimakrise', 'energi',
                               'vind', 'sol', 'hav', 'skat', 'valg'])[1 + (random() * 9)::int]
                        AS w FROM generate_series(1, 3 + (random() * 8)::int) WHERE i > 0) s
          )::tsvector
FROM generate_series(1, 60000) i;
"""


@pytest.mark.parametrize("query", ["klima*", "klima* vind", "vind OR klima*",
                                   "vind NOT klima*"])
def test_prefix_with_weights_through_rum_finds_what_a_full_scan_finds(pg_url, query):
    import psycopg

    with open_store(pg_url) as store:
        if not store.rum:
            pytest.skip("PostgreSQL without the rum extension")
        node = parse(query)
        assert node is not None
        condition, params, _ = store._match("tsv", node, "article")
        exact = article_tsquery(node, *WEIGHTS)
        ops = f"{store._extension_schema('rum')}.rum_tsvector_ops"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(_ROWS)
        conn.execute(f"CREATE INDEX prefix_probe_rum ON prefix_probe USING rum (tsv {ops})")
        conn.execute("ANALYZE prefix_probe")
        conn.execute("SET enable_indexscan = off")
        conn.execute("SET enable_bitmapscan = off")
        truth = conn.execute("SELECT count(*) FROM prefix_probe WHERE tsv @@ %s::tsquery",
                             [exact]).fetchone()[0]
        conn.execute("RESET enable_indexscan")
        conn.execute("RESET enable_bitmapscan")
        conn.execute("SET enable_seqscan = off")
        found = conn.execute(f"SELECT count(*) FROM prefix_probe WHERE {store._sql(condition)}",
                             params).fetchone()[0]
    assert truth > 1000
    assert found == truth
