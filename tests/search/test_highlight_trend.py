"""Snippets mark the written words; trends bucket and fill gaps."""

from __future__ import annotations

from datetime import date

from pressespejl.search.highlight import highlight, matcher_for, snippet
from pressespejl.search.query import parse
from pressespejl.search.trend import bucket_label, buckets


def test_highlight_marks_inflected_and_compound_words():
    matcher = matcher_for(parse("soldat alliance -kina rus*"))
    text = "Soldaterne i forsvarsalliancen mødte russerne, ikke Kina."
    assert highlight(text, matcher) == (
        "[Soldaterne] i [forsvarsalliancen] mødte [russerne], ikke Kina.")


def test_highlight_does_not_mark_lookalikes():
    matcher = matcher_for(parse("ukraine"))
    assert highlight("den ukrainske grænse ved Ukraine", matcher) == (
        "den ukrainske grænse ved [Ukraine]")


def test_snippet_prefers_the_passage_with_most_query_words():
    text = ("Første afsnit handler om vejret. " * 10 + "Her mødes Nato og Rusland. "
            + "Sidste afsnit handler om sport. " * 10)
    result = snippet(text, matcher_for(parse("nato rusland")), markers=("«", "»"), width=120)
    assert "«Nato» og «Rusland»" in result
    assert result.startswith("… ") and result.endswith(" …")
    assert len(result) < 160


def test_snippet_without_match_shows_the_start():
    assert snippet("Kort tekst.", matcher_for(None)) == "Kort tekst."


def test_bucket_labels():
    day = date(2022, 1, 12)
    assert bucket_label(day, "day") == "2022-01-12"
    assert bucket_label(day, "week") == "2022-W02"
    assert bucket_label(day, "month") == "2022-01"
    assert bucket_label(date(2022, 1, 1), "week") == "2021-W52"  # ISO weeks


def test_buckets_fill_gaps():
    counts = [(date(2021, 11, 3), 2), (date(2022, 1, 30), 1), (date(2022, 1, 2), 1)]
    assert buckets(counts, "month") == [("2021-11", 2), ("2021-12", 0), ("2022-01", 2)]
    assert buckets([(date(2022, 1, 3), 1), (date(2022, 1, 17), 1)], "week") == [
        ("2022-W01", 1), ("2022-W02", 0), ("2022-W03", 1)]
    assert buckets([], "day") == []
