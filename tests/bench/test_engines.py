"""bench/engines.py: the FTS5 query compiler the store used until schema 4, kept to
measure FTS5 against tantivy."""

from __future__ import annotations

import pytest
from bench.engines import to_fts5

from pressespejl.search.query import Term, parse

COLUMNS = ("title body parts", "title body", "raw")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("soldaterne", '{title body parts} : "soldat"'),
        ("Aarhus", '{title body parts} : ("aarhus" OR "århus")'),
        ("rus*", '{raw} : "rus" *'),
        ('"væbnet konflikt"', '{title body} : "væbn" + "konflik"'),
        ("nato -kina", '({title body parts} : "nato") NOT ({title body parts} : "kina")'),
        ("a OR b", '({title body parts} : "a") OR ({title body parts} : "b")'),
    ],
)
def test_to_fts5(query, expected):
    assert to_fts5(parse(query), *COLUMNS) == expected


def test_to_fts5_escapes_quotes():
    # Analysed terms never hold quotes, but the compiler escapes anyway.
    assert to_fts5(Term('x"y'), *COLUMNS).count('"') % 2 == 0


