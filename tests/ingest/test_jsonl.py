"""JSON Lines: one article per line; a bad line is a problem with its line number."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pressespejl.ingest import read_path
from pressespejl.types import Article, IngestProblem

GOOD = {"date": "2022-01-12", "text": "Nato vil overveje.\n\nDet siger Stoltenberg."}


def lines(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                     for r in records) + "\n"


def test_jsonl_reads_all_fields(write):
    record = {**GOOD, "title": "Nato overvejer flere soldater", "url": "https://x.example/a",
              "outlet": "Nordlys Nyt", "id": "nato-1", "sources": ["ritzau", "Reuters"]}
    [article] = read_path(write("a.jsonl", lines(record)))
    assert article == Article(
        id="nato-1", text="Nato vil overveje.\n\nDet siger Stoltenberg.",
        published=date(2022, 1, 12), precision="day", title="Nato overvejer flere soldater",
        url="https://x.example/a", outlet="Nordlys Nyt", path=article.path,
        sources=("ritzau", "Reuters"), byline=None,
    )


@pytest.mark.parametrize(
    ("value", "published", "precision"),
    [("2022-01", date(2022, 1, 1), "month"),
     ("2022-01-12", date(2022, 1, 12), "day"),
     ("2022-01-12T23:30:00+01:00", date(2022, 1, 12), "day"),
     ("2022-01-12T22:30:00Z", date(2022, 1, 12), "day"),
     # Danish forms, as Danish sources write them
     ("7. december 2026", date(2026, 12, 7), "day"),
     ("07.12.2026", date(2026, 12, 7), "day"),
     ("7/12-2026", date(2026, 12, 7), "day"),
     ("d. 7. dec. 2026 kl. 10.15", date(2026, 12, 7), "day"),
     ("mandag den 7. december 2026, 10:15", date(2026, 12, 7), "day")],
)
def test_jsonl_dates(write, value, published, precision):
    [article] = read_path(write("a.ndjson", lines({**GOOD, "date": value})))
    assert (article.published, article.precision) == (published, precision)


@pytest.mark.parametrize(("value", "says"), [
    ("i går", "unrecognised date 'i går': expected YYYY-MM-DD"),
    ("7. december", "unrecognised date '7. december'"),  # no year: no day
    ("31. februar 2026", "impossible date '31. februar 2026'"),
    ("32.12.2026", "impossible date '32.12.2026'"),
])
def test_jsonl_garbage_date_is_a_problem_that_says_why(write, value, says):
    [problem] = read_path(write("a.jsonl", lines({**GOOD, "date": value})))
    assert isinstance(problem, IngestProblem)
    assert says in problem.what


def test_jsonl_byline_in_text_or_field(write):
    path = write("a.jsonl", lines(
        {**GOOD, "text": "Tekst.\n\n/ritzau/AFP"},
        {**GOOD, "byline": "/ritzau/Reuters"},
        {**GOOD, "sources": "/ritzau/dpa"},
    ))
    first, second, third = read_path(path)
    assert (first.text, first.sources, first.byline) == ("Tekst.", ("ritzau", "AFP"), "/ritzau/AFP")
    assert (second.sources, second.byline) == (("ritzau", "Reuters"), "/ritzau/Reuters")
    assert third.sources == ("ritzau", "dpa")


@pytest.mark.parametrize("record", [
    {"text": "Ingen dato."},
    {"text": "Ingen dato.", "date": None},
    {"text": "Ingen dato.", "date": "  "},
])
def test_jsonl_date_is_optional(write, record):
    [article] = read_path(write("a.jsonl", lines(record)))
    assert isinstance(article, Article)
    assert (article.published, article.precision, article.text) == (None, "none", "Ingen dato.")


@pytest.mark.parametrize(("value", "named"), [
    (True, "the JSON true"), (["2022-01"], "a JSON list"), ({"y": 2022}, "a JSON object"),
])
def test_jsonl_date_of_the_wrong_json_type_is_named(write, value, named):
    [problem] = read_path(write("a.jsonl", lines({"text": "T.", "date": value})))
    assert problem.what == f'date must be a string such as "2023-02-01", not {named}'


def test_jsonl_id_is_content_hash_when_not_given(write):
    first, second = read_path(write("a.jsonl", lines(GOOD, GOOD)))
    assert first.id == second.id and len(first.id) == 16


def test_jsonl_bad_lines_are_problems_and_the_rest_goes_on(write):
    path = write("mixed.jsonl", lines(
        GOOD,
        "{not json",
        "",
        ["a", "list"],
        {"date": "2022-01-12"},
        {"text": "Ingen dato.", "date": 20230201},
        {"text": "Tekst.", "date": "2022-13"},
        {"text": 42, "date": "2022-01"},
        {**GOOD, "title": "Sidste"},
    ))
    items = list(read_path(path))
    problems = {item.line: item for item in items if isinstance(item, IngestProblem)}
    articles = [item for item in items if isinstance(item, Article)]
    assert [a.title for a in articles] == [None, "Sidste"]
    assert sorted(problems) == [2, 4, 5, 6, 7, 8]
    assert "not valid JSON" in problems[2].what
    assert "not an object" in problems[4].what
    assert problems[5].what == "missing or empty field: text"
    # issue 10 item 14: a number is named as such, not reported as "missing"
    assert problems[6].what == 'date must be a string such as "2023-02-01", not the number 20230201'
    assert "month 13 does not exist" in problems[7].what
    assert "text" in problems[8].what
    for line, problem in problems.items():
        assert problem.path == str(path)
        assert str(problem).startswith(f"{path}:{line}: ")
        assert problem.hint


def test_jsonl_keeps_line_separator_characters_inside_strings(write):
    # U+2028 is legal raw inside a JSON string; str.splitlines() would cut the line there.
    path = write("a.jsonl", '{"date": "2022-01", "text": "Før\u2028efter."}\n')
    [article] = read_path(path)
    assert article.text == "Før\u2028efter."
