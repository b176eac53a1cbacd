"""Parse the dates that news sources write, keeping how precise they are.

Sources write dates as ISO 8601, RFC 822 (feeds), or the Danish way ("7. december
2026", "07.12.2026", "7/12-2026", "d. 7. dec. 2026 kl. 10.15"); the Danish forms are read
by the dateline reader (``_datelines.read_danish_date``), so there is one reader of them.

A month-only date ("2022-01") is kept as the first of the month with precision "month",
as ``Article`` documents. A full timestamp keeps the calendar day *as the publisher wrote
it*: "2022-01-12T23:30:00+01:00" is 12 January in Copenhagen even though it is already
the 12th's late evening in UTC, and Danish readers mean the local day.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from pressespejl.ingest._datelines import read_danish_date
from pressespejl.types import Precision

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")

DATE_FORMATS_HINT = 'write the date as YYYY-MM-DD (e.g. 2022-01-12) or YYYY-MM (e.g. 2022-01)'
# What ``parse_date`` reads, for its error message.
_READ_FORMATS = ("YYYY-MM-DD, YYYY-MM, an ISO 8601 or RFC 822 timestamp, or a Danish date "
                 "such as 7. december 2026, 07.12.2026 or 7/12-2026")


def parse_date(value: str) -> tuple[date, Precision]:
    """Parse ``YYYY-MM``, ``YYYY-MM-DD``, an ISO datetime, a Danish date ("7. december
    2026", "07.12.2026", "7/12-2026", "d. 7. dec. 2026 kl. 10.15") or an RFC 822 date.

    Returns:
        The first day the value can mean and its precision.

    Raises:
        ValueError: with a message that names the value and why it is impossible
        ("month 13 does not exist", "2022-02 has no day 30"), or, for a value that is
        no date, the forms that are read.
    """
    value = value.strip()
    if m := _MONTH.fullmatch(value):
        year, month = int(m[1]), int(m[2])
        _check_month(value, month)
        return date(year, month, 1), "month"
    if m := _DAY.fullmatch(value):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        _check_month(value, month)
        try:
            return date(year, month, day), "day"
        except ValueError:
            raise ValueError(
                f"impossible date {value!r}: {year}-{month:02d} has no day {day}"
            ) from None
    if _DAY.match(value):
        try:
            # Python 3.11 reads "Z", offsets and fractions; .date() keeps the local day.
            return datetime.fromisoformat(value).date(), "day"
        except ValueError:
            raise ValueError(f"unrecognised timestamp {value!r}") from None
    if (danish := read_danish_date(value)) is not None:
        return danish, "day"
    try:
        # RSS pubDate: "Wed, 12 Jan 2022 14:03:00 +0100"
        return parsedate_to_datetime(value).date(), "day"
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"unrecognised date {value!r}: expected {_READ_FORMATS}") from None


def parse_given_date(value: str) -> tuple[date, Precision]:
    """A date a user gives for inputs without one (``--date``): ``YYYY-MM-DD`` or ``YYYY-MM``.

    Raises:
        ValueError: any other form, or an impossible date, with a message that says so.
    """
    if not (_MONTH.fullmatch(value.strip()) or _DAY.fullmatch(value.strip())):
        raise ValueError(f"unrecognised date {value!r}: {DATE_FORMATS_HINT}")
    return parse_date(value)


def _check_month(value: str, month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError(f"impossible date {value!r}: month {month} does not exist")
