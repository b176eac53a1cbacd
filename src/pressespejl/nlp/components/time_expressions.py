"""Find Danish time expressions and resolve them against the article date.

``find_time_expressions`` does the work on plain text; the spaCy component
``pressespejl_time_expressions`` calls it on ``doc.text`` and writes
``doc._.time_expressions``. Every expression gets the bounds of the days it can mean
(``earliest``/``latest``) and a granularity:

    day    "onsdag", "i går", "12. januar 2022"          (one day, maybe not pinned)
    week   "i sidste uge", "om tre uger"                 (a Monday-Sunday week)
    month  "i januar", "for to måneder siden"            (a calendar month)
    year   "i 2014", "sidste år"                         (a calendar year)
    range  "de seneste måneder", "siden 2014", "i weekenden", "for nylig"

Rules (kept simple on purpose, so a reader can predict them):

- A bare weekday ("onsdag", "Onsdagens") is the latest such weekday within the seven
  days ending on the article date, the article day included: news reports what happened.
  "i onsdags" / "sidste onsdag" is the latest one strictly before the article day;
  "på onsdag" / "næste onsdag" / "kommende onsdag" the first one after it.
- When the article date is only a month (precision "month") the article day can be any
  day of that month, so relative expressions get the union of their readings over the
  month: "i går" in an article dated 2022-01 is 2021-12-31..2022-01-30. A weekday is
  further read as a day *in* the article's month ("onsdag" in 2022-01 is one of the
  Wednesdays 2022-01-05..2022-01-26): the article reports an event of its month, and
  we never guess a single day.
- A date or month without a year ("1. maj", "i december") takes the year that puts it
  nearest the article date; on a tie, the earlier one (news mostly looks back).
- "De seneste måneder" without a number means three units (three months, weeks, days or
  years) back from the article date; "det seneste år" one. "De kommende uger" likewise
  forwards. Three is our reading of "a few", not a rule of the language.
- "For to år siden" and "om tre uger" give the whole calendar unit that far away (the
  year 2020 for an article from 2022), since speakers round such phrases.
- A four-digit number from 1900 to 2099 is a year only after a cue ("i 2002",
  "siden 2014", "før 2014", "fra 2020 til 2022"); "1950 soldater" stays a number.
- Vague expressions ("for nylig", "på sigt") are kept with no bounds.

Notes:
    Absolute dates are read with our own regexes over the month table instead of
    ``dateparser``: dateparser needs ~0.8 ms per call (and ~130 ms on the first one)
    to read "12. januar 2022", which alone would eat a fifth of the pipeline's budget of
    5 ms per article, while the month table gives the same answer for the formats Danish
    news uses.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.da.months import MONTHS
from pressespejl.nlp.da.time_words import NUMBER_WORDS, TIME_UNITS, TIME_WORDS, YEAR_CUES
from pressespejl.nlp.da.weekdays import WEEKDAYS
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Granularity, TimeExpression

register_extensions()

__all__ = ["TimeExpressionFinder", "find_time_expressions"]

Bounds = tuple[date | None, date | None]
Resolved = tuple[Bounds, Granularity]


# --- patterns ---------------------------------------------------------------------------
# The patterns run on the lower-cased text, with literal words first in every item:
# sre then rejects most items at a position with one character test, which made the
# search ~3x faster than case-insensitive named groups (1.4 ms -> see the report in
# the tests' speed check). Month names are checked for lower case on the original text.

# Blanks inside an expression, but never a line break: expressions stay in a paragraph.
_SP = r"[^\S\n]+"


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, as a trie of their words.

    "i dag|i går|i morgen" becomes "i[blank](?:dag|går|morgen)": sre then tests the
    shared first word once instead of once per phrase. Longer continuations come first,
    so "i sidste uge" wins over "i".
    """
    trie: dict[str, dict] = {}
    for phrase in words:
        node = trie
        for word in phrase.split():
            node = node.setdefault(word, {})
        node[""] = {}  # the phrase may end here
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = []
    for word in sorted(node, key=len, reverse=True):
        if not word:
            continue
        child = node[word]
        if set(child) == {""}:
            branches.append(re.escape(word))
            continue
        rest = f"{_SP}{_trie_regex(child)}"
        branches.append(re.escape(word) + (f"(?:{rest})?" if "" in child else rest))
    return "(?:" + "|".join(branches) + ")"


_WD = _alternation(WEEKDAYS)
_MON = _alternation(MONTHS)
_NUM = rf"(?:\d{{1,3}}|{_alternation(NUMBER_WORDS)})"
_UNIT = _alternation(TIME_UNITS)
# Not part of a larger number: "100.000", "2014,5", "12345".
# (A year always follows a blank or starts an item, so no look-behind is needed.)
_YEAR = r"(?:19|20)\d\d(?!\d|[.,]\d)"
_DAY_MONTH = rf"\d{{1,2}}\.[^\S\n]?{_MON}(?:{_SP}{_YEAR})?\b"
_DECADE = r"(?:19|20)\d0['’]erne\b"

# (kind, regex) items of one alternation. At each position the first item that matches
# wins, so longer readings come first ("onsdag den 12. januar" before "onsdag"). Items
# of one kind share the resolver; named groups appear once in the whole pattern.
_ITEMS: list[tuple[str, str]] = [
    ("date", rf"den{_SP}{_DAY_MONTH}"),
    ("date", _DAY_MONTH),
    ("date", rf"{_WD}{_SP}(?:den{_SP})?{_DAY_MONTH}"),
    ("decade", rf"i{_SP}{_DECADE}"),
    ("decade", _DECADE),
    ("year_range", rf"fra{_SP}{_YEAR}{_SP}til{_SP}{_YEAR}"),
    ("year_range", rf"mellem{_SP}{_YEAR}{_SP}og{_SP}{_YEAR}"),
    ("year_range", rf"fra{_SP}{_YEAR}[^\S\n]?[-–][^\S\n]?{_YEAR}"),
    ("year_range", rf"{_YEAR}[^\S\n]?[-–][^\S\n]?{_YEAR}"),
    ("year_since", rf"siden{_SP}{_YEAR}"),
    ("month", rf"i{_SP}{_MON}(?:{_SP}{_YEAR})?\b"),
    ("month", rf"{_MON}(?:{_SP}{_YEAR})?\b"),
    ("year_in", rf"i{_SP}{_YEAR}"),
    ("year_in", rf"i{_SP}år(?:et)?{_SP}{_YEAR}"),  # before the phrase "i år" (this year)
    ("year_cue", rf"{_alternation(YEAR_CUES)}{_SP}(?P<cued_year>{_YEAR})"),
    ("phrase", rf"{_alternation(TIME_WORDS)}\b"),
    ("ago", rf"for{_SP}(?P<ago_n>{_NUM}){_SP}(?P<ago_unit>{_UNIT}){_SP}siden\b"),
    ("ahead", rf"om{_SP}(?P<in_n>{_NUM}){_SP}(?P<in_unit>{_UNIT})\b"),
    ("span", rf"(?:i{_SP})?(?P<sp_det>de|det|den){_SP}(?:(?P<sp_n1>{_NUM}){_SP})?"
             rf"(?P<sp_dir>seneste|sidste|senere|forløbne|kommende|næste){_SP}"
             rf"(?:(?P<sp_n2>{_NUM}){_SP})?(?P<sp_unit>{_UNIT})\b"),
    ("weekday_before", rf"i{_SP}(?P<wd_i>{_WD})s\b"),
    ("weekday_before", rf"(?:sidste|forrige){_SP}(?P<wd_last>{_WD})(?:s|ens)?\b"),
    ("weekday_next", rf"(?:på|næste|kommende|nu{_SP}på){_SP}(?P<wd_next>{_WD})\b"),
    ("weekday", rf"(?P<wd>{_WD})(?:ens)?\b"),
]
# An empty marker group ends each item, so ``m.lastgroup`` names the item that matched
# (the marker closes last) while the item itself still starts with a literal.
_PATTERN = re.compile(
    r"(?<!\w)(?:" + "|".join(f"{rx}(?P<{kind}__{i}>)" for i, (kind, rx) in enumerate(_ITEMS))
    + ")"
)
_DATE_PARTS = re.compile(r"(\d{1,2})\.\s*([^\W\d]+)(?:\s+(\d{4}))?")
_MONTH_PARTS = re.compile(rf"({_MON})(?:\s+(\d{{4}}))?")
_YEARS = re.compile(r"\d{4}")
_HABITUAL = re.compile(rf"hver{_SP}$")  # "hver onsdag" is no date


# --- calendar helpers -------------------------------------------------------------------

def _month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _unit_bounds(unit: str, day: date, amount: int) -> tuple[date, date]:
    """The calendar ``unit`` (day/week/month/year) ``amount`` units from the one of ``day``."""
    if unit == "day":
        shifted = day + timedelta(days=amount)
        return shifted, shifted
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=amount)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        first = _add_months(day.replace(day=1), amount)
        return first, _month_last(first.year, first.month)
    return date(day.year + amount, 1, 1), date(day.year + amount, 12, 31)


def _shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (for spans such as "de seneste tre måneder")."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    return _add_months(day, amount * (12 if unit == "year" else 1))


def _weekend(day: date, amount: int) -> tuple[date, date]:
    """The weekend ``amount`` says (see ``TIME_WORDS``), as Saturday and Sunday."""
    saturday = day + timedelta(days=5 - day.weekday())  # this week's Saturday
    if amount == 0:
        if day.weekday() <= 3:  # Monday-Thursday: the weekend just gone
            saturday -= timedelta(weeks=1)
    elif amount < 0:
        saturday -= timedelta(weeks=1)
    elif day.weekday() >= 5:  # "næste weekend" on a weekend: the following one
        saturday += timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def _weekday_near(day: date, weekday: int, mode: str) -> date:
    """The ``weekday`` near ``day``: "past" (0-6 days back), "before" (1-7), "next" (1-7)."""
    if mode == "past":
        return day - timedelta(days=(day.weekday() - weekday) % 7)
    if mode == "before":
        return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


class _ArticleDate:
    """The article date as the days it can be: ``first``..``last``."""

    def __init__(self, published: date | None, precision: str) -> None:
        self.first = published
        self.last = published
        self.is_month = precision == "month"
        if published is not None and self.is_month:
            self.first = published.replace(day=1)
            self.last = _month_last(published.year, published.month)

    def relative(self, resolve: Callable[[date], tuple[date, date]]) -> Bounds:
        """Bounds of a relative expression: the union of its readings over the article days.

        ``resolve`` never moves backwards when its day does, so the union is the reading
        of the first day's start to the last day's end.
        """
        if self.first is None or self.last is None:
            return None, None
        return resolve(self.first)[0], resolve(self.last)[1]

    def weekday(self, weekday: int, mode: str) -> Bounds:
        """Bounds of a weekday; in a month-dated article, clamped to the month (see top)."""
        if self.first is None or self.last is None:
            return None, None
        latest = _weekday_near(self.last, weekday, mode)
        if not self.is_month:
            return latest, latest
        earliest = _weekday_near(self.first, weekday, mode)
        if earliest < self.first:
            earliest = self.first + timedelta(days=(weekday - self.first.weekday()) % 7)
        return earliest, latest

    def nearest(self, candidates: list[tuple[date, date]]) -> Bounds:
        """The candidate period nearest the article date; on a tie, the earliest."""
        if self.first is None or self.last is None or not candidates:
            return None, None
        first, last = self.first, self.last

        def gap(period: tuple[date, date]) -> int:
            start, end = period
            return max((start - last).days, (first - end).days, 0)

        return min(candidates, key=lambda period: (gap(period), period[0]))


# --- resolving one match ----------------------------------------------------------------

def _number(word: str | None, default: int) -> int:
    if word is None:
        return default
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _year(text: str) -> tuple[date, date]:
    year = int(text)
    return date(year, 1, 1), date(year, 12, 31)


def _resolve(m: re.Match[str], text: str, when: _ArticleDate) -> Resolved | None:
    """Bounds and granularity for one match, or None when it is no time expression.

    ``m`` matched the lower-cased ``text``; ``text`` is the original, for letter case.
    """
    kind = m.lastgroup.split("__")[0] if m.lastgroup else ""
    g = m.group
    if kind == "date":
        day, month_name, year = _DATE_PARTS.search(g()).groups()  # type: ignore[union-attr]
        return _resolve_date(int(day), MONTHS[month_name], year, when)
    if kind == "month":
        parts = _MONTH_PARTS.search(g())
        assert parts is not None
        month, year = MONTHS[parts[1]], parts[2]
        if year:
            return (date(int(year), month, 1), _month_last(int(year), month)), "month"
        if not text[m.start() + parts.start(1)].islower():
            return None  # "August Krogh": a capital month name without a year is a name
        periods = [(date(y, month, 1), _month_last(y, month)) for y in _candidate_years(when)]
        return when.nearest(periods), "month"
    if kind == "decade":
        start = int(_YEARS.search(g())[0])  # type: ignore[index]
        return (date(start, 1, 1), date(start + 9, 12, 31)), "range"
    if kind == "year_range":
        first_year, last_year = _YEARS.findall(g())
        start, end = _year(first_year)[0], _year(last_year)[1]
        return ((start, end), "range") if start < end else None
    if kind == "year_since":
        return (_year(_YEARS.search(g())[0])[0], when.last), "range"  # type: ignore[index]
    if kind == "year_in":
        return _year(_YEARS.search(g())[0]), "year"  # type: ignore[index]
    if kind == "year_cue":
        return _year(g("cued_year")), "year"
    if kind == "phrase":
        return _resolve_phrase(g(), when)
    if kind in ("ago", "ahead"):
        sign = -1 if kind == "ago" else 1
        amount = sign * _number(g("ago_n") or g("in_n"), 1)
        unit = TIME_UNITS[g("ago_unit") or g("in_unit")][0]
        return when.relative(lambda d: _unit_bounds(unit, d, amount)), unit  # type: ignore[return-value]
    if kind == "span":
        return _resolve_span(m, when)
    if kind == "weekday_before":
        return when.weekday(WEEKDAYS[g("wd_i") or g("wd_last")], "before"), "day"
    if kind == "weekday_next":
        return when.weekday(WEEKDAYS[g("wd_next")], "next"), "day"
    if kind == "weekday":
        if _HABITUAL.search(m.string, max(0, m.start() - 8), m.start()):
            return None
        return when.weekday(WEEKDAYS[g("wd")], "past"), "day"
    raise AssertionError(f"unhandled time expression pattern {m.lastgroup!r}")


def _resolve_date(day: int, month: int, year: str | None, when: _ArticleDate) -> Resolved | None:
    """A day of a month; without a year, the one nearest the article date."""
    years = [int(year)] if year else _candidate_years(when)
    candidates = []
    for candidate in years:
        try:
            candidates.append((date(candidate, month, day),) * 2)
        except ValueError:  # "31. februar", or "29. februar" outside a leap year
            continue
    if not candidates and (year or when.first is not None):
        return None
    if year:
        return candidates[0], "day"
    return when.nearest(candidates), "day"


def _candidate_years(when: _ArticleDate) -> list[int]:
    if when.first is None:
        return []
    year = when.first.year
    return [year - 1, year, year + 1]


def _resolve_phrase(phrase: str, when: _ArticleDate) -> Resolved:
    kind, amount = TIME_WORDS[" ".join(phrase.split())]
    if kind == "vague":
        return (None, None), "range"
    if kind == "night":
        return when.relative(lambda d: (d - timedelta(days=1), d)), "day"
    if kind == "weekend":
        return when.relative(lambda d: _weekend(d, amount)), "range"
    return when.relative(lambda d: _unit_bounds(kind, d, amount)), kind  # type: ignore[return-value]


def _resolve_span(m: re.Match[str], when: _ArticleDate) -> Resolved | None:
    unit, plural = TIME_UNITS[m.group("sp_unit")]
    determiner = m.group("sp_det")
    if unit == "day" and not plural and m.group("sp_unit") != "døgn":
        return None  # "den sidste dag" is a day of something, not a period
    if re.match(r"[^\S\n]+af\b", m.string[m.end():]):
        return None  # "de sidste uger af krigen" is not counted from the article date
    amount = _number(m.group("sp_n1") or m.group("sp_n2"), 3 if determiner == "de" else 1)
    if m.group("sp_dir") in ("kommende", "næste"):
        return when.relative(lambda d: (d, _shift(d, unit, amount))), "range"
    return when.relative(lambda d: (_shift(d, unit, -amount), d)), "range"


# --- public API -------------------------------------------------------------------------

def find_time_expressions(
    text: str, published: date | None, precision: str = "day"
) -> list[TimeExpression]:
    """Find the time expressions in ``text`` and resolve them against the article date.

    Args:
        text: The article text.
        published: The first day the article date can mean; None when unknown (absolute
            years and dates are still resolved, relative expressions get no bounds).
        precision: "day", or "month" when the article date is only a month.

    Returns:
        The expressions in text order; ``text[e.start:e.end] == e.text`` for each.

    Notes:
        The rules are in the module docstring; the words in ``nlp/da/``.
    """
    when = _ArticleDate(published, precision)
    found = []
    for m in _PATTERN.finditer(_lower(text)):
        resolved = _resolve(m, text, when)
        if resolved is None:
            continue
        (earliest, latest), granularity = resolved
        # A year after a cue word is only the year itself: the cue does not change it.
        start = m.start("cued_year") if m.lastgroup.startswith("year_cue") else m.start()
        end = m.end()
        found.append(TimeExpression(text[start:end], start, end, earliest, latest, granularity))
    return found


def _lower(text: str) -> str:
    """``text`` in lower case with every character in place (offsets must not move)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters grow when lower-cased ("İ" -> "i̇"); keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


class TimeExpressionFinder:
    """spaCy component: ``doc._.time_expressions`` from ``doc._.published``/``precision``."""

    def __init__(self, name: str = "pressespejl_time_expressions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[TimeExpression]:
        """The time expressions of ``doc``, resolved against its article date."""
        return find_time_expressions(doc.text, doc._.published, doc._.precision or "day")

    def set_annotations(self, doc: Doc, found: list[TimeExpression]) -> None:
        doc._.time_expressions = found


@Language.factory("pressespejl_time_expressions")
def make_time_expressions(nlp: Language, name: str) -> TimeExpressionFinder:
    """Build the time-expression component (no settings yet)."""
    return TimeExpressionFinder(name)
