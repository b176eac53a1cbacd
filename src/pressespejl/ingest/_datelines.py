"""Datelines: what an article's own text says about when and where it was written.

Pages pasted as text, and many HTML extracts, carry the publication date as page chrome
rather than as metadata::

    Publiceret 12. marts 2021                      (a publication cue)
    1. september 2016 Politik Skrevet af: Ole Kæhler   (a date opening a byline line)
    Nukappiaaluk Hansen Onsdag, 10. april 2019 - 17:22  (a date with its clock time)
    Lejre - 04. maj 2018 kl. 14:31 Af Agnete Vistar
    Køge - 02. september 2021                      (a line of its own: place and date)
    Opdateret 25.03.23 kl. 10.12                   (a page timestamp, two-digit year)
    10:12 | 25-03-2023                             (a clock time, then the date)

and wire copy opens with a place dateline, ``KØBENHAVN (Ritzau): ...``, which names a
place and an agency but no date.

Rules, kept strict because a wrong date is worse than none (every relative time
expression is resolved against it):

- A dateline date is a full date: a day, a month (name, common abbreviation or number)
  and a four-digit year, or a two-digit one in a numeric date ("Opdateret 25.03.23 kl.
  10.12": page timestamps write it so). "18. maj" alone dates nothing.
- It counts only when the text marks it as the article's own: after a publication cue
  ("Publiceret", "Udgivet", "Opdateret", "Dato") that opens its line or is capitalised
  ("Rapporten blev offentliggjort 12. marts 2021" is about a report), followed by a
  clock time that ends the line or runs into a byline ("kl. 14:31 Af ..."), opening a
  short line that goes on to a byline ("Skrevet af", "Af"), or filling a line by itself,
  after a place name ("Køge - 02. september 2021"): a sentence never consists of a date
  alone. A date inside a sentence ("Den 9. april 1940 besatte ...", "Mødet er 10. april
  2019 kl. 19.00 på rådhuset") is an event, never a dateline.
- Only the first and last few paragraphs are searched: that is where pages put it. A
  wire byline inside the text ends the story: what follows it is another story's teaser
  ("/ritzau/", "Læs også", "25.03.23", a headline), and its stamp is not this story's date.
- When several candidates are found, a publication cue wins over an update cue
  ("Opdateret"), and the earliest in the text wins otherwise.

Speed: this runs on every article the ingest coordinator reads, so a paragraph is only
searched when it holds a year (four digits, or the two of "25.03.23"), which every
dateline has and most paragraphs lack (``_MAY_HOLD_DATE``); the cue and clock patterns
only run where their cue word or clock time occurs, and the unanchored ``_CLOCK`` only
tries a date where one can begin. ``python -m bench.datelines`` (600 generated articles
of 180-260 words, a third with a dateline): 0.82 -> 0.09 ms per article, the same
datelines found.

The month names repeat ``nlp/da/months.py`` on purpose: the ingest stage must not import
the nlp package (that loads spaCy). ``tests/ingest/test_datelines.py`` keeps them equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pressespejl.ingest._text import parse_byline

MONTHS: dict[str, int] = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
# Abbreviations seen in page chrome ("12. mar. 2021"); only read inside a dateline.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag"

_PARAGRAPHS_SEARCHED = 6  # at each end of the text
_MAX_LINE = 160  # a byline line longer than this is prose
_PLACE_PARAGRAPHS = 4  # a place dateline opens the story, after a headline and chrome

_MONTH_WORD = "|".join(sorted([*MONTHS, *MONTH_ABBREVIATIONS], key=len, reverse=True))
# "12. marts 2021", "21 maj 2018", "12. mar. 2021", "16.12.2013", "16/12/2013", "16-12-2013",
# "16/12-2013", "2013-12-16", "25.03.23"
_DATE = (
    rf"(?:(?i:{_WEEKDAYS})(?:[ \t]+d(?:en|\.))?,?[ \t]+)?(?:(?i:den)[ \t]+|d\.[ \t]*)?"
    rf"(?:(?P<day>\d{{1,2}})\.?[ \t]*(?P<month>(?i:{_MONTH_WORD}))\.?[ \t]+"
    r"(?P<year>(?:19|20)\d\d)"
    r"|(?P<nday>\d{1,2})(?P<sep>[./-])(?P<nmonth>\d{1,2})(?P=sep)(?P<nyear>(?:19|20)\d\d)"
    r"|(?P<iyear>(?:19|20)\d\d)-(?P<imonth>\d\d)-(?P<iday>\d\d)"
    # "16/12-2013": day/month, then the year after a hyphen (a Danish hand)
    r"|(?P<sday>\d{1,2})/(?P<smonth>\d{1,2})-(?P<syear>(?:19|20)\d\d)"
    # "25.03.23": a page timestamp with a two-digit year (2000-2069, else 19xx)
    r"|(?P<n2day>\d{1,2})(?P<sep2>[./])(?P<n2month>\d{1,2})(?P=sep2)(?P<n2year>\d\d))(?!\d)"
)
# The words a page stamps its date with. ``nlp/da/time_words.py`` repeats them (the nlp
# stage must not take a stamp's date as the story's); tests/ingest keeps the two equal.
PAGE_STAMP_CUES: tuple[str, ...] = (
    "publiceret", "udgivet", "offentliggjort", "senest opdateret", "opdateret", "dato")
_CUE = re.compile(
    r"(?<!\w)(?P<cue>(?i:"
    + "|".join(cue.replace(" ", r"[ \t]+") for cue in PAGE_STAMP_CUES)
    + r"))[ \t]*(?:d\.|den)?[ \t]*:?[ \t]*" + _DATE
)
# The clock time must end the line or run into more chrome (a capital, a bar, a dash):
# "kl. 19.00 på rådhuset" is an appointment in a sentence.
_CLOCK = re.compile(
    # (the lookahead: the characters a date can begin with, so sre gives up at once elsewhere)
    r"(?=[\dMTOFLSDmtoflsd])"
    + _DATE + r"[ \t]*(?:[-–|,·][ \t]*)?(?:(?i:kl)\.?|(?i:klokken))?[ \t]*\d{1,2}[:.]\d\d"
    r"(?=[ \t]*(?:$|\n|[A-ZÆØÅ|·\-–]))",
    re.MULTILINE,
)
# "Af" with a capital opens a byline; "vedtaget af Folketinget" is a sentence.
_BYLINE_LINE = re.compile(
    r"^(?:" + _DATE + r")(?=[^\n]*(?:(?<!\w)(?i:skrevet[ \t]+af)|(?<!\w)Af[ \t]+[A-ZÆØÅ]))",
    re.MULTILINE,
)
# A line that is a date and nothing else, maybe after a place and a dash and before a
# clock time: "Køge - 02. september 2021", "Onsdag 12. maj 2021 kl. 10.15".
_OWN_LINE = re.compile(
    r"^[ \t]*(?:[A-ZÆØÅ][\w.\-]*(?:[ \t]+[A-ZÆØÅ][\w.\-]*){0,2}[ \t]+[-–|][ \t]+)?"
    # a clock time may come first: "10:12 | 25.03.2023"
    r"(?:(?:(?i:kl)\.?|(?i:klokken))?[ \t]*\d{1,2}[:.]\d\d[ \t]*[-–|,·][ \t]*)?" + _DATE
    + r"(?:[ \t]*(?:[-–|,][ \t]*)?(?:(?i:kl)\.?|(?i:klokken))?[ \t]*\d{1,2}[:.]\d\d)?[ \t]*$",
    re.MULTILINE,
)
# Every dateline date holds a year: four digits 19xx/20xx, or a numeric date's two.
_MAY_HOLD_DATE = re.compile(r"\d(?:\d\d\d|[./]\d{1,2}[./]\d\d)")
# What ``_CLOCK`` must end with, and the words ``_CUE`` must start with: cheap tests that
# spare the full pattern where it cannot match.
_MAY_HOLD_CLOCK = re.compile(r"\d[:.]\d\d(?=[ \t]*(?:$|\n|[A-ZÆØÅ|·\-–]))", re.MULTILINE)
_MAY_HOLD_CUE = re.compile(
    "(?i:" + "|".join(c for c in PAGE_STAMP_CUES if " " not in c) + ")")
# "KØBENHAVN (Ritzau):", "BRUXELLES (AFP) -": capitals, the agency in brackets.
_PLACE = re.compile(
    r"^(?P<place>[A-ZÆØÅ][A-ZÆØÅ.\-]+(?:[ \t]+[A-ZÆØÅ][A-ZÆØÅ.\-]+){0,2})[ \t]*"
    r"\((?P<agency>[A-Za-zÆØÅæøå][\w .&/\-]{1,30})\)[ \t]*[:\-–]",
    re.MULTILINE,
)


# The dateline patterns, each with a cheap test its text must pass first (or None).
_GATED: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (_CUE, _MAY_HOLD_CUE), (_CLOCK, _MAY_HOLD_CLOCK), (_BYLINE_LINE, None), (_OWN_LINE, None))


@dataclass(frozen=True)
class Dateline:
    """What a dateline gives: a day (``published``), or a place and an agency.

    ``start``/``end`` are offsets of the dateline in the text it was found in.
    """

    start: int
    end: int
    published: date | None = None
    place: str | None = None
    agency: str | None = None


def _ends(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the paragraphs searched: the first and the last few.

    A wire byline ("/ritzau/") ends the story: the paragraphs after it are the page's
    chrome ("Læs også", another story's stamp and teaser), so they are not searched.
    """
    spans, start = [], 0
    for match in re.finditer(r"\n[ \t]*\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    for index, (start, end) in enumerate(spans[:-1]):
        if "/" in text[start:end] and any(
                parse_byline(line) is not None for line in text[start:end].split("\n")):
            spans = spans[:index + 1]
            break
    if len(spans) <= 2 * _PARAGRAPHS_SEARCHED:
        return spans
    return spans[:_PARAGRAPHS_SEARCHED] + spans[-_PARAGRAPHS_SEARCHED:]


def _day(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    if g["year"]:
        word = g["month"].lower().rstrip(".")
        year, month, day = int(g["year"]), MONTHS.get(word) or MONTH_ABBREVIATIONS[word], g["day"]
    elif g["nyear"]:
        year, month, day = int(g["nyear"]), int(g["nmonth"]), g["nday"]
    elif g["syear"]:
        year, month, day = int(g["syear"]), int(g["smonth"]), g["sday"]
    elif g["n2year"]:
        short = int(g["n2year"])
        year, month, day = (2000 if short < 70 else 1900) + short, int(g["n2month"]), g["n2day"]
    else:
        year, month, day = int(g["iyear"]), int(g["imonth"]), g["iday"]
    try:
        return date(year, month, int(day))
    except ValueError:  # "31. februar 2021" is no date
        return None


def _inside_sentence(text: str, start: int, m: re.Match[str]) -> bool:
    """True when a lower-case cue follows words on its line: "Rapporten blev offentliggjort
    12. marts 2021" is a sentence about a report, not the page's stamp. A stamp opens its
    line or is capitalised ("Opdateret 16.12.2013 kl. 10.15 Publiceret 15/12/2013")."""
    if not m["cue"][0].islower():
        return False
    line_start = text.rfind("\n", start, m.start()) + 1 or start
    return bool(text[line_start:m.start()].strip())


def find_dateline_date(text: str) -> Dateline | None:
    """The publication day the text states about itself (module doc), or None.

    Example: ``find_dateline_date("Titel\\n\\nPubliceret 12. marts 2021\\n\\nTekst")``
    gives 2021-03-12.
    """
    found: list[tuple[int, int, Dateline]] = []  # (priority, position, dateline)
    for start, end in _ends(text):
        if _MAY_HOLD_DATE.search(text, start, end) is None:
            continue  # no year, so no dateline: skip the four searches
        for pattern, gate in _GATED:
            if gate is not None and gate.search(text, start, end) is None:
                continue
            for m in pattern.finditer(text, start, end):
                day = _day(m)
                if day is None:
                    continue
                if pattern is _BYLINE_LINE and len(text[start:end].split("\n", 1)[0]) > _MAX_LINE:
                    continue
                if pattern is _CUE and _inside_sentence(text, start, m):
                    continue
                # The cue of _CUE, else the words just before: "Opdateret 16.12.2013 kl. 10.15"
                cue = m.groupdict().get("cue") or text[max(start, m.start() - 30):m.start()]
                priority = 1 if "opdateret" in cue.lower() else 0
                found.append((priority, m.start(), Dateline(m.start(), m.end(), published=day)))
    if not found:
        return None
    return min(found, key=lambda f: (f[0], f[1]))[2]


# A whole field that is one Danish date, maybe with its clock time: "7. december 2026",
# "07.12.2026", "7/12-2026", "d. 7. dec. 2026 kl. 10.15", "mandag den 7. december 2026, 10:15".
_WHOLE_DATE = re.compile(
    r"[ \t]*" + _DATE + r"(?:[ \t]*[,-]?[ \t]*(?:(?i:kl)\.?|(?i:klokken))?[ \t]*"
    r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?)?[ \t]*"
)


def read_danish_date(value: str) -> date | None:
    """The day a metadata field such as JSON's ``date`` or a page's ``<time>`` names when
    it is written the Danish way (``_WHOLE_DATE``); None when it is not such a date.

    The same date forms as a dateline's, read by the same pattern, so the ingest stage
    has one reader of Danish dates (no month table of its own, no dateparser: that
    would also read "fredag" or "i går" as a day relative to the machine's clock).

    Raises:
        ValueError: a Danish date that does not exist ("31. februar 2026").
    """
    m = _WHOLE_DATE.fullmatch(value)
    if m is None:
        return None
    day = _day(m)
    if day is None:
        raise ValueError(f"impossible date {value.strip()!r}: no such day")
    return day


def find_place_dateline(text: str) -> Dateline | None:
    """A wire dateline opening one of the first paragraphs: ``KØBENHAVN (Ritzau):``.

    Gives the place as written and the agency; never a date.
    """
    for start, end in _ends(text)[:_PLACE_PARAGRAPHS]:
        m = _PLACE.match(text, start, end)
        if m is not None:
            return Dateline(m.start(), m.end(), place=m["place"], agency=m["agency"].strip())
    return None
