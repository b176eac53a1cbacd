"""Bucket per-day article counts into days, ISO weeks or months, filling the gaps.

The backends count matching articles per first day (``GROUP BY date_first``); the
bucketing is done here in Python so both backends label buckets identically. An article
dated only by month counts on the month's first day (for ``by="day"`` and ``"week"``
that day stands for the whole month, which the month-precision note in the CLI says).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

TrendBy = Literal["day", "week", "month"]


def bucket_label(day: date, by: TrendBy) -> str:
    """``2022-01-12`` as a day, an ISO week (``2022-W02``) or a month (``2022-01``)."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    raise ValueError(f"by must be day, week or month, not {by!r}")


def _next(day: date, by: TrendBy) -> date:
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _start(day: date, by: TrendBy) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def buckets(day_counts: Iterable[tuple[date, int]], by: TrendBy) -> list[tuple[str, int]]:
    """Sum per-day counts into buckets from the first to the last, empty ones as 0."""
    counts: Counter[str] = Counter()
    days = []
    for day, n in day_counts:
        counts[bucket_label(day, by)] += n
        days.append(day)
    if not days:
        return []
    out = []
    current, last = _start(min(days), by), max(days)
    while current <= last:
        label = bucket_label(current, by)
        out.append((label, counts.get(label, 0)))
        current = _next(current, by)
    return out
