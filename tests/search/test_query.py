"""The query language: tokenizer, parser, errors with positions, and both compilers."""

from __future__ import annotations

from datetime import date

import pytest

from pressespejl.errors import QueryError
from pressespejl.search.query import (
    MAX_DEPTH,
    And,
    Field,
    Not,
    Or,
    Phrase,
    Prefix,
    Term,
    parse,
    parse_date_range,
    to_tsquery,
)


def words(node):
    """A compact rendering of an AST for table tests."""
    if isinstance(node, Term):
        return node.word
    if isinstance(node, Prefix):
        return node.word + "*"
    if isinstance(node, Phrase):
        return f'"{node.text}"'
    if isinstance(node, Field):
        return f"{node.name}:{node.value}"
    if isinstance(node, Not):
        return "NOT " + words(node.child)
    if isinstance(node, And):
        return "(" + " AND ".join(words(c) for c in node.children) + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(words(c) for c in node.children) + ")"
    return repr(node)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rusland", "rusland"),
        ("soldat rusland", "(soldat AND rusland)"),
        ("soldat AND rusland", "(soldat AND rusland)"),
        ("nato OR alliance", "(nato OR alliance)"),
        ("a b OR c", "((a AND b) OR c)"),  # AND binds tighter than OR
        ("a (b OR c)", "(a AND (b OR c))"),
        ("-kina nato", "(NOT kina AND nato)"),
        ("NOT kina", "NOT kina"),
        ("nato IKKE kina", "(nato AND NOT kina)"),  # Danish operators
        ("nato ELLER alliance OG øst", "(nato OR (alliance AND øst))"),
        ("og eller ikke", "(og AND eller AND ikke)"),  # lower case: plain words
        ('"væbnet konflikt"', '"væbnet konflikt"'),
        ('"rusland"', "rusland"),  # a one-word phrase is a word
        ("rus*", "rus*"),
        ("Nato-Rusland-rådet", '"Nato-Rusland-rådet"'),  # hyphen inside a word: a phrase
        ("speaker:Stoltenberg", "speaker:Stoltenberg"),
        ('person:"Jeppe Kofod" kofod', "(person:Jeppe Kofod AND kofod)"),
        ("SPEAKER:Kofod", "speaker:Kofod"),
        ("place:Ukraine source:ritzau outlet:dr", "(place:Ukraine AND source:ritzau AND "
                                                  "outlet:dr)"),
        ("kl. 10:30", '(kl. AND "10:30")'),
        ("Stoltenberg:", "Stoltenberg:"),
    ],
)
def test_parse(query, expected):
    assert words(parse(query)) == expected


def test_parse_empty_is_none():
    assert parse("") is None
    assert parse("   ") is None


def test_parse_date_fields():
    node = parse("date:2022-01")
    assert (node.first, node.last) == (date(2022, 1, 1), date(2022, 1, 31))
    node = parse("date:2022-01-10..2022-01-31")
    assert (node.first, node.last) == (date(2022, 1, 10), date(2022, 1, 31))
    node = parse("date:2022..")
    assert (node.first, node.last) == (date(2022, 1, 1), None)
    node = parse("date:..2021-02")
    assert (node.first, node.last) == (None, date(2021, 2, 28))


@pytest.mark.parametrize(
    ("query", "position", "message"),
    [
        ("(rusland", 0, "Missing ')'"),
        ("nato (rusland OR", 14, "OR needs a term"),
        ("rusland)", 7, "Unmatched ')'"),
        ("()", 0, "Empty parentheses"),
        ("speaker:", 0, "speaker: needs a value"),
        ("speaker: Kofod", 0, "right after the colon"),
        ('"open phrase', 0, "Unclosed quote"),
        ('nato "', 5, "Unclosed quote"),
        ('""', 0, "Empty phrase"),
        ("date:2022-13", 5, "no month 13"),
        ("date:2022-02-30", 5, "2022-02 has days 1-28"),
        ("date:januar", 5, "Bad date"),
        ("date:2022-02..2022-01", 5, "ends before it starts"),
        ("date:2022-01..2022-13", 14, "no month 13"),
        ("OR nato", 0, "OR needs a term before it"),
        ("nato AND", 5, "AND needs a term"),
        ("NOT", 0, "NOT needs a term after it"),
        ("nato -", 5, "Nothing to search for"),
        ("*", 0, "prefix search needs letters"),
        ("r*s*", 0, "prefix search needs letters"),
        ("foo:bar", 0, "Unknown field 'foo'"),
        ("!!!", 0, "Nothing to search for"),
    ],
)
def test_parse_errors_point_at_the_problem(query, position, message):
    with pytest.raises(QueryError) as info:
        parse(query)
    assert message in str(info.value)
    assert info.value.position == position
    assert info.value.query == query
    assert info.value.pointer().endswith(" " * position + "^")


def test_date_range_errors_name_valid_forms():
    with pytest.raises(QueryError, match="2022-01-10"):
        parse_date_range("10/01/2022")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("soldaterne", "'soldat':ABC"),
        ("rus*", "'rus':*ABD"),
        ('"væbnet konflikt"', "('væbn':AB <-> 'konflik':AB)"),
        ("nato -kina", "('nato':ABC & !'kina':ABC)"),
        ("a OR b", "('a':ABC | 'b':ABC)"),
        ("konsekvenser", "('konsekvens':ABC | 'konsekv':ABC)"),
    ],
)
def test_to_tsquery(query, expected):
    assert to_tsquery(parse(query), "ABC", "AB", "ABD") == expected


@pytest.mark.parametrize("query", [
    "(" * 400 + "nato" + ")" * 400,
    "NOT " * 1200 + "nato",
    "-" * 1200 + "nato",
    "rusland " + "(NOT " * 300 + "nato" + ")" * 300,
])
def test_issue10_deep_nesting_is_a_query_error_not_a_recursion_error(query):
    with pytest.raises(QueryError, match="nests too deeply") as info:
        parse(query)
    assert info.value.position is not None


def test_nesting_up_to_the_limit_parses():
    node = parse("(" * MAX_DEPTH + "nato" + ")" * MAX_DEPTH)
    assert node == Term("nato", MAX_DEPTH)
    assert parse("NOT NOT nato") == Not(Not(Term("nato", 8)))
