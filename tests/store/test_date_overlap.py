"""Date filters of the tantivy index: an entry matches when its days overlap the range,
asked without a range over every later ``last`` day (``TantivyIndex._dates``)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from pressespejl.errors import StoreError
from pressespejl.store.tantivy_index import MAX_SPAN_DAYS, IndexEntry, TantivyIndex

START = date(2023, 12, 1)


def _entry(num: int, first: date | None, last: date | None) -> IndexEntry:
    return IndexEntry(num=num, first=first, last=last, title="", body="ord", parts="",
                      raw="", group=str(num))


@pytest.fixture(scope="module")
def dated() -> tuple[TantivyIndex, dict[int, tuple[date, date] | None]]:
    """Day-dated, month-dated (the whole month) and undated entries around START."""
    rng = random.Random(7)
    index = TantivyIndex(None)
    writer = index.writer()
    spans: dict[int, tuple[date, date] | None] = {}
    for num in range(1, 301):
        day = START + timedelta(days=rng.randrange(120))
        if num % 10 == 0:
            spans[num] = None
        elif num % 3 == 0:  # a month
            first = day.replace(day=1)
            nxt = (first + timedelta(days=32)).replace(day=1)
            spans[num] = (first, nxt - timedelta(days=1))
        else:
            spans[num] = (day, day)
        span = spans[num]
        index.add(writer, [_entry(num, *(span or (None, None)))])
    writer.commit()
    index.reload()
    return index, spans


def _matching(index: TantivyIndex, first: date | None, last: date | None) -> set[int]:
    found, total = index.search(index._dates(first, last), limit=1000, offset=0,
                                order="newest", scored=False)
    assert total == len(found)
    return {n for n, _ in found}


def test_date_ranges_match_exactly_the_overlapping_entries(dated):
    index, spans = dated
    rng = random.Random(11)
    ranges = [(None, None), (START, None), (None, START), (START, START)]
    for _ in range(150):
        a = START + timedelta(days=rng.randrange(-20, 140))
        b = a + timedelta(days=rng.randrange(-5, 60))  # some ranges end before they start
        ranges.append((a if rng.random() > 0.15 else None, b if rng.random() > 0.15 else None))
    for first, last in ranges:
        expected = {num for num, span in spans.items()
                    if (first is None and last is None) or (span is not None
                    and (last is None or span[0] <= last)
                    and (first is None or span[1] >= first))}
        assert _matching(index, first, last) == expected, (first, last)


def test_a_month_matches_a_range_that_starts_inside_it(dated):
    index, spans = dated
    month = next(num for num, span in spans.items() if span and span[0] != span[1])
    _first, last = spans[month]
    assert month in _matching(index, last, last + timedelta(days=40))
    assert month not in _matching(index, last + timedelta(days=1), None)


def test_an_entry_longer_than_the_span_filters_rely_on_is_refused():
    index = TantivyIndex(None)
    with pytest.raises(StoreError, match="more than"):
        index.document(_entry(1, START, START + timedelta(days=MAX_SPAN_DAYS + 1)))
    with pytest.raises(StoreError, match="more than"):
        index.document(_entry(1, START, START - timedelta(days=1)))
