"""Find Danish time expressions and resolve them against the article date.

``find_time_expressions`` does the work on plain text; the spaCy component
``pressespejl_time_expressions`` calls it on ``doc.text`` and writes
``doc._.time_expressions``. Every expression gets the bounds of the days it can mean
(``earliest``/``latest``) and a granularity:

    time   "klokken 14:00", "kl. 19", "17:22", "17.30"   (a time of day; never bounded)
    day    "onsdag", "fredag aften", "i går", "12. januar 2022", "16/12/2013", "16/12-2013",
           "den femte juni", "25.03.23", "4. jan. 2024"  (one day, maybe not pinned)
    week   "i sidste uge", "om tre uger", "i uge 50", "den kommende uge"
                                                         (a Monday-Sunday week)
    month  "i januar", "november 2020", "til april"      (a calendar month)
    year   "i 2014", "sidste år", "dette år", "næste års", "det kommende år"
                                                         (a calendar year)
    range  "siden 2014", "i weekenden", "i foråret", "fra 2013-15", "i andet kvartal",
           "i indeværende kvartal", "næste halvår", "torsdag til lørdag",
           "tidligere på året", "sidst på måneden"

Not time expressions (docs/gold-format.md: too vague to score): durations counted from
the article date ("de seneste måneder", "de kommende år", "det seneste år", "i de næste
tre dage"), vague times ("for nylig", "på sigt", "snart", "siden da"), open periods
around a holiday ("inden jul", "op til påske"), a date or month that goes on in a
compound ("22. juli-retssagen"), and a capitalised weekday inside a sentence (the
paper "Danmark Søndag").

Rules (kept simple on purpose, so a reader can predict them):

- Tense: some expressions are read by the tense of their clause (between commas; else
  the sentence). The marker word nearest the expression decides (``nlp/da/tense_words``):
  "vil", "skal", "kan", "bliver", "ventes", a forecast, or the present of a verb of
  planned events ("mødes", "åbner") point ahead; a past form ("sagde", "har", "blev")
  or a present reporting verb ("Det siger X onsdag") points back, as does the past form
  of any verb spaCy's lemma table knows ("straffede", "overfaldt"; not "den tiltalte",
  not "vil blive tilbudt"). No marker: no tense.
- A bare weekday ("onsdag", "Onsdagens", "fredagen", "fredag aften", "tidligt torsdag",
  "natten til lørdag", "i løbet af mandagen": a part of the day keeps the weekday's day)
  is the latest such weekday within the seven days ending on the article date, the
  article day included: news reports what happened. In a clause about the future it
  is the first such weekday from the article day on ("Fredag kan det blive varmere").
  "i onsdags" / "sidste onsdag" is the latest one strictly before the article day; "på
  onsdag" / "næste onsdag" / "kommende onsdag" the first one after it; "denne onsdag"
  the first from the article day on. "om onsdagen" is a habit as often as a date:
  found, not bounded. "på onsdag" in a clause about the past is the last one ("Han blev
  løsladt på onsdag"). A span of weekdays ("torsdag til lørdag", "fra mandag til og med
  onsdag", "fredag-mandag", "natten mellem lørdag og søndag") is one range: its first
  day read as a bare weekday, running to the first last weekday from it on; a move
  ("flyttet fra torsdag til lørdag") names two days instead. A part of
  yesterday, today or tomorrow is that day ("i går aftes", "i morgen formiddag"), and
  "natten til i dag" is "i nat".
- "i dag" right beside a single date ("I dag, den 19. december, ...", "i dag tirsdag den
  10. november 2020") in a month-dated or undated article names the article day: the
  text is then read as dated to that day. So does the page's own stamp ("Publiceret 19.
  december 2023", else "Opdateret ..."), as the ingest's datelines do. In a month-dated
  article that day must lie in its month ("Opdateret 3. januar 2024" under a December
  story is a later edit, and dates nothing).
- "i dag tirsdag" is a Tuesday: the article day's, or any Tuesday of a month-dated
  article's month, unless the text pins one (below); once it is one day, that is the
  article day ("I dag tirsdag faldt dommen" in a story around "12. december" 2023).
- A part of the article's year, month or week ("tidligere på året": its start to the
  day before, the year so far, since the text says the thing has happened, and whatever
  comes after the article day is not "earlier"; "senere på måneden": the day after to
  its end; "først/midt/sidst på ugen", "i starten/midten/slutningen af ugen": its
  first, middle or last third) is a range; a third wholly after the article
  day in a clause about the past is the last unit's ("Sidst på året steg priserne" in
  January).
- A holiday named as the thing itself is no time: "afskaffe store bededag", "store
  bededag som helligdag", "store bededag skal afskaffes"; "på store bededag" is.
- When the article date is only a month (precision "month") the article day can be any
  day of that month, so relative expressions get the union of their readings over the
  month: "i går" in an article dated 2022-01 is 2021-12-31..2022-01-30. A weekday is
  further read as a day *in* the article's month ("onsdag" in 2022-01 is one of the
  Wednesdays 2022-01-05..2022-01-26), whatever the tense: the article reports an event
  of its month, and we never guess a single day.
- ... unless the text names exactly one day among them on that weekday (a date, or a
  one-day holiday: "juleaften" pins the "søndag" of December 2023), which is then the
  day. And the whole story moves when the text names a day in or next to that month
  (within a week of it): the story then happens around that day, as a reader takes it
  ("1. december" in an article dated 2018-11 makes its "Fredag", "lørdag" and "den
  kommende weekend" those of 30 November - 2 December). The story's days become that
  day's week (three days either side), so each weekday is one day; its weekend is the
  one of that week. The article was still written in its month: "i dag", "i går" are
  read from the days of that week within the month (never 1 December for a November
  article). An anchor lies in the month or within three days of it, so that its week
  meets the month; a page's stamp ("Opdateret ...") is no anchor, nor is a date after a
  wire byline inside the text ("/ritzau/", then another story's teaser). Dates more than a week
  apart anchor nothing (the story spans them).
  An undated article is read the same way around the full dates it names in a clause
  that does not look back ("Danskerne skal stemme den 1. november 2022": its "i
  oktober" is October 2022); a past date may be history ("Den 9. april 1940 ...") and
  anchors nothing.
- A date, month or season without a year ("1. maj", "i december", "i foråret") takes the
  last one begun by the article date in a clause about the past, the first one not over
  in a clause about the future, else the one nearest the article date (on a tie, the
  earlier: news mostly looks back). A year its sentence names comes first ("I 2020 var
  butikkerne lukket det meste af december" is December 2020). "februar i år", "den 1.
  juli næste år" count from the article's year. "den 16. og 17. marts" is one range of
  days. Numeric dates ("16/12/2013", "16.12.2013", "16-12-2013", "16/12-2013", "2013-12-16",
  "den 1/4") are read the same way; a day without its period only with a year or after "den"
  ("mandag den 21 maj 2018"). Page timestamps write a two-digit year ("Opdateret
  25.03.23 kl. 10.12": 2000-2069, else 19xx) or an abbreviated month ("4. jan. 2024",
  read only with its year); the date is one expression, never a clock time "03.23" cut
  out of it.
- "til april" is the coming April unless the clause looks back; "siden marts" runs from
  the last March begun to the article date; "fra januar til april" is one range.
  Quarters and half years ("i andet kvartal", "1. halvår 2020", "årets første
  kvartal") and ISO week numbers ("i uge 50") are chosen like months.
- "i weekenden" / "weekenden": the weekend just gone in a clause about the past (the
  current one on a weekend day), the coming one in a clause about the future, else the
  nearest (the last one Monday to Thursday).
- Seasons are meteorological (spring = March-May, winter = December-February) and are
  read after a cue ("i foråret", "i løbet af efteråret", "hele foråret", "det meste af
  foråret", "til sommer",
  "sidste vinter"); "om foråret" is a habit, not a date. "i sommer", "i vinter" (the
  indefinite form after "i") are deictic, as "i år" is: the season nearest the article
  date, whatever the tense ("fra i sommer" in September is the summer just gone; the
  next one would be "til sommer" or "næste sommer").
- The current, last or next calendar unit, also as a genitive: "dette år", "i
  indeværende kvartal", "sidste halvår", "næste års budget", "sidste uges møde";
  "den kommende uge" is the Monday-Sunday week after the article day's.
- "For to år siden" and "om tre uger" give the whole calendar unit that far away (the
  year 2020 for an article from 2022), since speakers round such phrases. "For et år
  siden" / "om et år" is this time of year, a year away: the article's month, also in
  an article dated only by its month (the month a year back lies inside the year a
  reader may also take it as, while the year would be twelve times too wide against
  the month).
- "det kommende år" (singular) is next calendar year ("budgettet for det kommende år");
  "de kommende år" a span (no expression). "den kommende weekend" is the weekend ahead.
- A four-digit number from 1900 to 2099 is a year after a cue ("i 2002", "siden 2014",
  "før 2014", "fra 2020 til 2022", "fra 2013-15", "2015/16"), and without one when it
  cannot be counting the word after it: "kom ud af 2020 med", "i forhold til 2019.",
  "For 2021 venter ...". "1950 soldater" and "op til 2000" stay numbers. Years before
  1900 only after "i"/"siden" and in dates ("i 1823"). A decade is a ten-year range
  ("1930'erne"; "siden 1930'erne" runs from 1930 to the article date).
- Clock times ("klokken 14:00", a bare "17.30" that is no amount, measure or section)
  are kept with no bounds.
- An undated article (``published`` None) gets no bounds for anything relative to it
  (unless it names a day ahead, see above); every expression keeps its granularity, and
  absolute ones are still resolved.

Notes:
    Absolute dates are read with our own regexes over the month table instead of
    ``dateparser``: dateparser needs ~0.8 ms per call (and ~130 ms on the first one)
    to read "12. januar 2022", which alone would eat a fifth of the pipeline's budget of
    5 ms per article, while the month table gives the same answer for the formats Danish
    news uses.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import lemma_of, text_of
from pressespejl.nlp.components._lexicon import lower_in_place as _lower
from pressespejl.nlp.da.holidays import EASTER, HOLIDAY_CUES, HOLIDAYS, NEEDS_CUE, VAGUE_CUES
from pressespejl.nlp.da.months import MONTH_ABBREVIATIONS, MONTHS
from pressespejl.nlp.da.tense_words import FUTURE_MARKERS, NOT_PAST_FORMS, PAST_MARKERS
from pressespejl.nlp.da.time_words import (
    AMOUNT_CUES,
    HALVES,
    NUMBER_WORDS,
    ORDINAL_DAYS,
    PAGE_STAMP_CUES,
    PARTS_OF_DAY,
    QUARTERS,
    SEASON_CUES,
    SEASONS,
    SEASONS_INDEFINITE,
    TIME_UNITS,
    TIME_WORDS,
    UNIT_PARTS,
    WEEKDAY_MODIFIERS,
    YEAR_CUES,
    YEAR_FOLLOWERS,
    YEAR_OFFSETS,
)
from pressespejl.nlp.da.weekdays import WEEKDAYS
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Granularity, TimeExpression

register_extensions()

__all__ = ["TimeExpressionFinder", "find_time_expressions"]

Bounds = tuple[date | None, date | None]
Resolved = tuple[Bounds, Granularity]
Tense = str | None  # "past", "future", or None when the clause does not say


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
_REL_YEAR = _alternation(YEAR_OFFSETS)
_SEASON = _alternation(SEASONS)
_SEASON_INDEF = _alternation(SEASONS_INDEFINITE)
# Not part of a larger number ("100.000", "2014,5", "12345") nor a decade ("1930'erne").
# (A year always follows a blank or starts an item, so no look-behind is needed.)
_YEAR_END = r"(?!\d|[.,]\d|['’]\w)"
_YEAR = rf"(?:19|20)\d\d{_YEAR_END}"
# Years before 1900 only in dates and after "i"/"siden", where they are common in news
# ("i 1823", "den 5. maj 1845") and amounts rare.
_ANY_YEAR = rf"(?:1\d|20)\d\d{_YEAR_END}"
# A month name ends a word, but not one that goes on in a compound ("22. juli-sagen",
# "marts-udgaven" name things, not times); "januar-marts" is two months.
_MON_END = rf"\b(?![-–](?!{_MON})\w)"
_DAY_MONTH = rf"{_MON}(?:{_SP}(?:{_ANY_YEAR}|{_REL_YEAR}))?{_MON_END}"
# A day ("12. januar") or a period of days of one month ("16. og 17. marts", "16.-17.
# marts", "3. til den 5. maj"), with an optional year or year offset; without the
# period after the day only with a year ("21 maj 2018").
_DATE = (rf"\d{{1,2}}\.(?:[^\S\n]?{_DAY_MONTH}"
         rf"|(?:{_SP}(?:og|til){_SP}(?:den{_SP})?|[^\S\n]?[-–][^\S\n]?)"
         rf"\d{{1,2}}\.[^\S\n]?{_DAY_MONTH})"
         rf"|\d{{1,2}}{_SP}{_MON}{_SP}{_ANY_YEAR}")
# Numeric dates: "16.12.2013", "16/12/2013", "16-12-2013", ISO "2013-12-16"; "den 16/12"
# without a year.
_NUMERIC_DATE = (r"(?P<nd_d>\d{1,2})(?P<nd_sep>[./-])(?P<nd_m>\d{1,2})(?P=nd_sep)"
                 r"(?P<nd_y>(?:19|20)\d\d)(?![\d.,]\d|\d)"
                 r"|(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"
                 # "16/12-2013": day/month, the year after a hyphen (a Danish hand)
                 r"|(?P<nds_d>\d{1,2})/(?P<nds_m>\d{1,2})-(?P<nds_y>(?:19|20)\d\d)(?!\d)"
                 # "25.03.23", "25/03/23": page timestamps write the year with two digits
                 r"|(?P<nd2_d>\d{1,2})(?P<nd2_sep>[./])(?P<nd2_m>\d{1,2})(?P=nd2_sep)"
                 r"(?P<nd2_y>\d\d)(?![\d.,/]\d|\d)")
# Month abbreviations ("4. jan. 2024") are page chrome: read only between a day and a
# year ("den 3. jul." may be July or a sentence about Christmas cut short).
_ABBR_MONTH = _alternation(MONTH_ABBREVIATIONS)
_ABBR_DATE = (rf"(?P<ab_d>\d{{1,2}})\.[^\S\n]?(?P<ab_m>{_ABBR_MONTH})\.?{_SP}"
              rf"(?P<ab_y>{_ANY_YEAR})")
_DECADE = r"(?:1\d|20)\d0['’]erne\b"
_DECADE_SHORT = r"(?P<dec2>\d)0['’]erne\b"  # "90'erne", "00'erne"
# A date may follow the day it names: "onsdag den 12. januar", "Onsdag, 10. april 2019",
# "i weekenden den 16. og 17. marts". The whole is one expression with the date's value.
_DATE_LEAD = rf"(?:{_WD}|i{_SP}weekenden|weekenden),?{_SP}(?:den{_SP}|d\.[^\S\n]?)?"
_PART = _alternation(PARTS_OF_DAY)
# "den femte juni", "onsdag den første maj": a day written as an ordinal word
_ORDINAL_DATE = (rf"(?:{_WD},?{_SP})?den{_SP}(?P<ord_d>{_alternation(ORDINAL_DAYS)}){_SP}"
                 rf"(?P<ord_m>{_MON})(?:{_SP}(?P<ord_y>{_ANY_YEAR}))?{_MON_END}")
# "klokken 14", "kl. 14.30", "klokken 10-12"; "17:22" with a colon. A bare "17.30" is a
# time too: Danish writes decimals with a comma and thousands in groups of three, so
# two digits after a period are minutes (see ``_resolve_bare_clock`` for the rest).
_CLOCK_TIME = r"\d{1,2}(?:[.:]\d\d)?(?![\d])"
_CLOCK = (rf"kl(?:okken|\.)?[^\S\n]*{_CLOCK_TIME}(?:[^\S\n]*[-–][^\S\n]*{_CLOCK_TIME})?"
          r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_BARE_CLOCK = (r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,:/]\d)"
               r"(?:[^\S\n]*[-–][^\S\n]*(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,:/]\d))?")

# (kind, regex) items of one alternation. At each position the first item that matches
# wins, so longer readings come first ("onsdag den 12. januar" before "onsdag"). Items
# of one kind share the resolver; named groups appear once in the whole pattern. Every
# item costs time at each word start, so items with one first word are merged.
_ITEMS: list[tuple[str, str]] = [
    # (not after a weekday: "onsdag 16.12.2013" is two expressions, which keeps the scan
    # fast; the weekday lead is for month names)
    ("numeric_date", rf"(?:(?:den|d\.)[^\S\n]?)?(?:{_NUMERIC_DATE})"
                     r"|(?:den|d\.)[^\S\n]?(?P<ndy_d>\d{1,2})/(?P<ndy_m>\d{1,2})(?![\d/])"),
    ("abbr_date", rf"(?:(?:den|d\.)[^\S\n]?)?{_ABBR_DATE}"),
    ("date", rf"(?:den{_SP})?(?:{_DATE})"),
    ("date", rf"den{_SP}\d{{1,2}}{_SP}{_MON}{_MON_END}"),
    ("date", rf"{_DATE_LEAD}(?:{_DATE}|\d{{1,2}}{_SP}{_MON}{_MON_END})"),
    ("ordinal_date", _ORDINAL_DATE),
    ("clock", _CLOCK),
    ("bare_clock", _BARE_CLOCK),
    ("decade", rf"(?:i{_SP})?{_DECADE}"),
    ("decade_short", rf"(?:i{_SP})?{_DECADE_SHORT}"),
    ("year_range", rf"fra{_SP}{_YEAR}(?:{_SP}til{_SP}|[^\S\n]?[-–][^\S\n]?){_YEAR}"),
    ("year_range", rf"mellem{_SP}{_YEAR}{_SP}og{_SP}{_YEAR}"),
    ("year_range", rf"{_YEAR}[^\S\n]?[-–][^\S\n]?{_YEAR}"),
    # "fra 2013-15", "sæsonen 2015/16": a two-digit end year
    ("year_range2", rf"(?:fra{_SP})?(?P<yr2_a>(?:19|20)\d\d)[^\S\n]?[-–/][^\S\n]?"
                    r"(?P<yr2_b>\d\d)(?!\d|[-–/.]\d)"),
    # "siden 2014", "siden 1930'erne" (a decade: from its first year)
    ("year_since", rf"siden{_SP}(?:1\d|20)\d\d(?:['’]erne\b|{_YEAR_END})"),
    # "fra januar til april": one range, its first month chosen as any month
    ("month_range", rf"fra{_SP}(?P<mr_a>{_MON}){_SP}til{_SP}(?P<mr_b>{_MON})"
                    rf"(?:{_SP}(?P<mr_y>{_YEAR}))?{_MON_END}"),
    # "til april", "siden marts": a direction for a month without a year
    ("month_cued", rf"(?P<mon_cue>(?<!forhold )til|indtil|frem{_SP}til|siden){_SP}"
                   rf"(?P<mon_c>{_MON})"
                   rf"(?:{_SP}(?P<mon_cy>{_YEAR}|{_REL_YEAR}))?{_MON_END}"),
    ("month", rf"i{_SP}{_MON}(?:{_SP}(?:{_YEAR}|{_REL_YEAR}))?{_MON_END}"),
    ("month", rf"(?:hele{_SP})?{_MON}(?:{_SP}(?:{_YEAR}|{_REL_YEAR}))?{_MON_END}"),
    ("season", rf"(?P<season_dir>i|til|sidste|forrige|næste){_SP}"
               rf"(?P<season_indef>{_SEASON_INDEF})\b"),
    ("season", rf"(?:(?P<season_pre>i{_SP}løbet{_SP}af|i|til|hele){_SP})?(?P<season>{_SEASON})"
               rf"(?:{_SP}(?P<season_year>{_YEAR}))?\b"),
    # "i andet kvartal", "1. halvår 2020", "i årets første kvartal"
    ("quarter", rf"(?:i{_SP})?(?P<q_this>årets{_SP})?(?P<q_n>første|andet|tredje|fjerde|[1-4]\.)"
                rf"{_SP}(?P<q_unit>kvartal|halvår)(?:{_SP}(?:af{_SP})?"
                rf"(?P<q_year>{_YEAR}|{_REL_YEAR}))?\b"),
    # "i uge 50", "uge 7 2021"
    ("week_number", rf"(?:i{_SP})?uge{_SP}(?P<week_n>\d{{1,2}})(?!\d)"
                    rf"(?:{_SP}(?P<week_year>{_YEAR}))?"),
    # "i 2014"; "i år 2000" before the phrase "i år" (this year)
    ("year_in", rf"i{_SP}(?:år(?:et)?{_SP})?(?P<in_year>{_ANY_YEAR})"),
    ("year_cue", rf"{_alternation(YEAR_CUES)}{_SP}(?P<cued_year>{_YEAR})"),
    # "til jul", "i påsken", "juleaften", "grundlovsdag 2019"
    ("holiday", rf"(?:(?P<hol_cue>{_alternation(HOLIDAY_CUES)}){_SP})?"
                rf"(?P<hol>{_alternation(HOLIDAYS)})(?:{_SP}(?P<hol_year>{_YEAR}))?\b"),
    # "i dag tirsdag", "i dag, mandag": one day
    ("phrase_today", rf"i{_SP}dag,?{_SP}(?P<pt_wd>{_WD})(?:en)?\b"),
    # "tidligere på året", "sidst på måneden", "i starten af ugen"
    ("unit_part", rf"{_alternation(UNIT_PARTS)}\b"),
    ("phrase", rf"{_alternation(TIME_WORDS)}\b"),
    ("ago", rf"for{_SP}(?P<ago_n>{_NUM}){_SP}(?P<ago_unit>{_UNIT}){_SP}siden\b"),
    ("ahead", rf"om{_SP}(?P<in_n>{_NUM}){_SP}(?P<in_unit>{_UNIT})\b"),
    ("span", rf"(?:i{_SP})?(?P<sp_det>de|det|den){_SP}(?:(?P<sp_n1>{_NUM}){_SP})?"
             rf"(?P<sp_dir>seneste|sidste|senere|forløbne|kommende|næste){_SP}"
             rf"(?:(?P<sp_n2>{_NUM}){_SP})?(?P<sp_unit>{_UNIT})\b"),
    ("weekday_before", rf"i{_SP}(?P<wd_i>{_WD})s\b"),
    ("weekday_before", rf"(?:sidste|forrige){_SP}(?P<wd_last>{_WD})(?:s|ens)?\b"),
    ("weekday_next", rf"(?:på|næste|kommende|nu{_SP}på){_SP}(?P<wd_next>{_WD})\b"),
    ("weekday_this", rf"(?:denne|dette|førstkommende){_SP}(?P<wd_this>{_WD})\b"),
    # "om søndagen" is a habit as often as a date: found, not resolved
    ("weekday_habit", rf"om{_SP}(?:{_WD})en\b"),
    # "torsdag til lørdag", "fra mandag til og med onsdag", "mandag-fredag", "mellem
    # mandag og onsdag", "natten mellem fredag og lørdag": one span of days
    ("weekday_range", rf"(?:(?:natten{_SP})?(?:fra{_SP})?(?P<wr_a>{_WD})(?:en)?"
                      rf"(?:{_SP}(?:til(?:{_SP}og{_SP}med)?|og{_SP}frem{_SP}til){_SP}"
                      rf"|[^\S\n]?[-–][^\S\n]?)"
                      rf"|(?:natten{_SP})?mellem{_SP}(?P<wr_a2>{_WD})(?:en)?{_SP}og{_SP})"
                      rf"(?P<wr_b>{_WD})(?:en)?\b(?![^\S\n]?[-–]\w)"),
    ("weekday_night", rf"natten{_SP}til{_SP}(?P<wd_night>{_WD})\b"),
    # "tirsdag i sidste uge", "fredag i næste uge": that weekday of that week
    ("weekday_week", rf"(?P<ww_wd>{_WD})(?:en)?{_SP}i{_SP}(?P<ww_dir>sidste|forrige|næste|denne)"
                     rf"{_SP}uge\b"),
    # "onsdag", "onsdagens", "fredagen", "fredag aften", "tidligt lørdag morgen",
    # "i løbet af mandagen"
    ("weekday", rf"(?:{_alternation(WEEKDAY_MODIFIERS)}{_SP})?(?P<wd>{_WD})(?:ens|en)?"
                rf"(?:[^\S\n]*{_PART}(?:en)?)?\b"),
    ("year_bare", rf"(?P<bare_year>{_YEAR})"),
]

def _first_words() -> str:
    """A regex for the words an expression can start with (the gate of ``_PATTERN``).

    Most word starts of an article ("politiet", "og", "har") begin no time expression;
    checking this one trie first lets sre skip the ~40 items there, which made the scan
    about twice as fast. Weekday, month, season and holiday words are prefixes
    ("onsdagens", "fredagmorgen", "juleaftensdag"); the rest are whole words.
    ``tests/nlp/test_time_expressions.py`` checks that the gate drops no match.
    """
    def firsts(phrases: Iterable[str]) -> set[str]:
        return {phrase.split()[0] for phrase in phrases}

    prefixes = {*WEEKDAYS, *MONTHS, *SEASONS, *SEASONS_INDEFINITE, "weekend", "kl", "uge",
                *firsts(HOLIDAYS)}
    words = {"den", "d.", "i", "fra", "mellem", "siden", "til", "indtil", "frem", "hele",
             "sidste", "forrige", "næste", "årets", "første", "andet", "tredje", "fjerde",
             "for", "om", "de", "det", "på", "kommende", "nu", "denne", "dette",
             "førstkommende", "natten", *firsts(YEAR_CUES), *firsts(TIME_WORDS),
             *firsts(UNIT_PARTS),
             *firsts(WEEKDAY_MODIFIERS), *firsts(HOLIDAY_CUES)}
    words -= {w for w in words if any(w.startswith(p) for p in prefixes)}
    return rf"(?:\d|{_alternation(prefixes)}|{_alternation(words)}(?!\w))"


# An empty marker group ends each item, so ``m.lastgroup`` names the item that matched
# (the marker closes last) while the item itself still starts with a literal.
_ITEMS_RX = "|".join(f"(?:{rx})(?P<{kind}__{i}>)" for i, (kind, rx) in enumerate(_ITEMS))
_PATTERN = re.compile(rf"(?<!\w)(?={_first_words()})(?:{_ITEMS_RX})")
_UNGATED = re.compile(rf"(?<!\w)(?:{_ITEMS_RX})")  # for the test of the gate
# One weekday alone (the "weekday" item, its marker group named so that ``_kind`` reads
# it), for the days of a span that is a move (``_moved_days``).
_WEEKDAY_ONLY = re.compile(
    "|".join(f"(?:{rx})(?P<{kind}__{i}>)" for i, (kind, rx) in enumerate(_ITEMS)
             if kind == "weekday"))
# A verb of moving a date before a span of weekdays: "flyttet fra torsdag til lørdag".
_MOVE_BEFORE = re.compile(
    r"(?<!\w)(?:flyt|ryk|udsky|udskud|omlæg|skift|ændr)\w*[^\S\n]+(?:[^\W\d]+[^\S\n]+){0,3}$")
_DAYS = re.compile(r"(?<![\d.])(\d{1,2})(?:\.|(?=[^\S\n]))(?!\d)")
_MONTH_NAME = re.compile(_MON)
_REL_YEAR_END = re.compile(rf"{_REL_YEAR}$")
_MONTH_PARTS = re.compile(rf"({_MON})(?:\s+(\d{{4}}|{_REL_YEAR}))?")
_YEARS = re.compile(r"\d{4}")
# A date that names its year: four digits, or a numeric date's two ("25.03.23").
_HAS_YEAR = re.compile(r"\d{4}|\d[./]\d{1,2}[./]\d\d(?!\d)")
_HABITUAL = re.compile(rf"hver{_SP}$")  # "hver onsdag" is no date
# A paper's edition day: "Det skriver Berlingske fredag" ("skriver", "bringer", "erfarer"
# and the outlet's capitalised words right before the weekday). A wire story written the
# evening before quotes tomorrow's paper, so the day after the article day is meant too.
_EDITION_BEFORE = re.compile(
    r"(?<!\w)(?:skriver|bringer|erfarer)[^\S\n]+(?:[A-ZÆØÅ][\w.&'’-]*[^\S\n]+){1,4}$")
# A word right before a capitalised weekday: the weekday is inside a sentence.
_WORD_BEFORE = re.compile(r"\w[^\S\n]+$")
# Before a bare "17.30": what makes it a section, a number or an amount instead.
_NOT_CLOCK_BEFORE = re.compile(r"(?:§|(?<!\w)(?:nr|side|s|fig|tabel|afsnit|kapitel|punkt"
                               r"|version|kr|dkk|den|d)\.?)[^\S\n]*$")
_NUMBER_BEFORE = re.compile(r"\d[./,]$")
_NOT_CLOCK_AFTER = re.compile(
    r"-tiden|[^\S\n]*(?:%|procent|pct|kr|kroner|mio|mia|meter|m|km|kg|sek|sekunder"
    r"|minutter|min|point|grader|gange|timer|euro|dollar)(?!\w)")
_SEASON_CUE = re.compile(rf"(?<!\w){_alternation(SEASON_CUES)}{_SP}$")

# Bare years: an amount cue before, and the word after (see ``YEAR_FOLLOWERS``).
_AMOUNT_BEFORE = re.compile(rf"(?:(?<!\w){_alternation(AMOUNT_CUES)}\.?|\d){_SP}$")
_YEAR_AFTER = re.compile(
    rf"[^\S\n]*(?:\n|$|[.,;:!?)»«”“\"]|{_alternation(YEAR_FOLLOWERS)}(?!\w))"
)
# A preposition opening the sentence ("For 2021 venter selskabet ..."): V2 word order
# puts the verb right after the year, so the next word says nothing there.
_FRONTED = re.compile(r"(?:^|\n|[.!?][^\S\n]+)(?:for|til|fra|i|med|efter|før|inden)[^\S\n]+$")

# Tense: the markers of ``tense_words``, searched in the clause around an expression.
_TENSE = re.compile(
    rf"(?<!\w)(?:(?P<future>{_alternation(FUTURE_MARKERS)})|(?P<past>{_alternation(PAST_MARKERS)}))"
    r"(?!\w)"
)
# Clause breaks: commas, sentence ends (not the period of "16."), quotes, dashes.
_CLAUSE_BREAK = re.compile(r"(?<!\d)[.!?;:]|[,\n»«„“”\"()]|[^\S\n][-–][^\S\n]")
_SENTENCE_BREAK = re.compile(r"(?<!\d)[.!?;:][^\S\n]|[\n»«„“”\"]")
_TENSE_WINDOW = 160  # characters each side; a Danish news sentence rarely runs longer


# --- calendar helpers -------------------------------------------------------------------

_ANCHOR_REACH = timedelta(days=3)  # an anchored story's days: the anchor's week
_DAY = timedelta(days=1)
# How far outside its month an anchor may lie: its week must overlap the month, since
# the article was written in it.
_ANCHOR_MARGIN = _ANCHOR_REACH

def _month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _unit_bounds(unit: str, day: date, amount: int) -> tuple[date, date]:
    """The calendar ``unit`` (day/week/month/quarter/half/year) ``amount`` units from the
    one of ``day``."""
    if unit == "day":
        shifted = day + timedelta(days=amount)
        return shifted, shifted
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=amount)
        return monday, monday + timedelta(days=6)
    if unit in ("month", "quarter", "half"):
        length = {"month": 1, "quarter": 3, "half": 6}[unit]
        first_month = (day.month - 1) // length * length + 1
        first = _add_months(date(day.year, first_month, 1), amount * length)
        last = _add_months(first, length - 1)
        return first, _month_last(last.year, last.month)
    return date(day.year + amount, 1, 1), date(day.year + amount, 12, 31)


def _shift(day: date, unit: str, amount: int) -> date:
    """``day`` moved by ``amount`` units (for spans such as "de seneste tre måneder")."""
    if unit == "day":
        return day + timedelta(days=amount)
    if unit == "week":
        return day + timedelta(weeks=amount)
    return _add_months(day, amount * (12 if unit == "year" else 1))


def _weekend(day: date, amount: int, tense: Tense = None) -> tuple[date, date]:
    """The weekend ``amount`` says (see ``TIME_WORDS``), as Saturday and Sunday.

    For amount 0 a clause in the past means the weekend just gone (or the current one
    on a weekend day), a clause about the future the coming (or current) one.
    """
    saturday = day + timedelta(days=5 - day.weekday())  # this week's Saturday
    if amount == 0 and tense == "past":
        if day.weekday() <= 4:
            saturday -= timedelta(weeks=1)
    elif amount == 0 and tense == "future":
        pass
    elif amount == 0:
        if day.weekday() <= 3:  # Monday-Thursday: the weekend just gone
            saturday -= timedelta(weeks=1)
    elif amount < 0:
        saturday -= timedelta(weeks=1)
    elif day.weekday() >= 5:  # "næste weekend" on a weekend: the following one
        saturday += timedelta(weeks=1)
    return saturday, saturday + timedelta(days=1)


def _weekday_near(day: date, weekday: int, mode: str) -> date:
    """The ``weekday`` near ``day``: "past" (0-6 days back), "before" (1-7), "next" (1-7),
    "upcoming" (0-6 days ahead)."""
    if mode == "past":
        return day - timedelta(days=(day.weekday() - weekday) % 7)
    if mode == "upcoming":
        return day + timedelta(days=(weekday - day.weekday()) % 7)
    if mode == "before":
        return day - timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


class _ArticleDate:
    """The article date as the days it can be: ``first``..``last``.

    ``anchor`` is set for a month-dated or undated article whose text names a day of (or
    next to) its month: the story happens around that day, so its weekdays are those of
    that day's week, ``anchor - 3 .. anchor + 3`` (``week_first``..``week_last``; see
    ``_anchor``), and the article was written on one of the days of that week that lie
    in its month (``first``..``last``): a story dated November that looks ahead to "1.
    december" was written in late November, and its "i dag" is never in December.
    ``spread`` says the article can be any of several days, so a weekday is the union
    of its readings.
    ``named`` are the single days the text names ("fredag den 28. september",
    "juleaften"), which pin a weekday that could otherwise be several (see ``weekday``).
    """

    def __init__(self, published: date | None, precision: str,
                 anchor: date | None = None, named: frozenset[date] = frozenset()) -> None:
        self.first = published
        self.last = published
        self.is_month = precision == "month"
        self.anchor = anchor
        self.spread = self.is_month or anchor is not None
        self.named = named
        if published is not None and self.is_month:
            self.first = published.replace(day=1)
            self.last = _month_last(published.year, published.month)
        self.week_first, self.week_last = self.first, self.last
        if anchor is not None:
            self.week_first, self.week_last = anchor - _ANCHOR_REACH, anchor + _ANCHOR_REACH
            if self.first is None or self.last is None:
                self.first, self.last = self.week_first, self.week_last
            else:  # the writing days: the anchor's week within the month
                self.first = max(self.first, self.week_first)
                self.last = min(self.last, self.week_last)

    def anchor_weekend(self, amount: int) -> Bounds:
        """The weekend of the anchor's week (its Saturday within three days of it), or the
        one before for ``amount`` -1: "i weekenden" and "den kommende weekend" of a story
        around 1 December are the weekend of 1 December."""
        assert self.anchor is not None
        saturday = self.anchor + timedelta(days=(5 - self.anchor.weekday() + 3) % 7 - 3)
        if amount < 0:
            saturday -= timedelta(weeks=1)
        return saturday, saturday + timedelta(days=1)

    def relative(self, resolve: Callable[[date], tuple[date, date]]) -> Bounds:
        """Bounds of a relative expression: the union of its readings over the article days.

        ``resolve`` never moves backwards when its day does, so the union is the reading
        of the first day's start to the last day's end.
        """
        if self.first is None or self.last is None:
            return None, None
        return resolve(self.first)[0], resolve(self.last)[1]

    def weekday(self, weekday: int, mode: str) -> Bounds:
        """Bounds of a weekday; in a month-dated article, clamped to the month (see top).

        When it could be several days (a month-dated or undated article) and the text
        names exactly one day among them that falls on this weekday, it is that day: in
        a story about "fredag den 28. september", "fredag aften" is that Friday evening.
        """
        first, last = self.week_first, self.week_last
        if first is None or last is None:
            return self._pinned(weekday, None, None)
        latest = _weekday_near(last, weekday, mode)
        if not self.spread:
            return latest, latest
        earliest = _weekday_near(first, weekday, mode)
        if earliest < first:
            earliest = first + timedelta(days=(weekday - first.weekday()) % 7)
        return self._pinned(weekday, earliest, latest)

    def _pinned(self, weekday: int, earliest: date | None, latest: date | None) -> Bounds:
        days = {day for day in self.named if day.weekday() == weekday
                and (earliest is None or latest is None or earliest <= day <= latest)}
        if len(days) == 1:
            day = days.pop()
            return day, day
        return earliest, latest

    def choose(self, candidates: list[tuple[date, date]],
               tense: Tense | Callable[[], Tense]) -> Bounds:
        """The candidate period the tense points to, else the nearest one.

        "past": the latest one begun by the article date; "future": the earliest one not
        over before it. The period around the article date fits both. ``tense`` may be
        a function, called only when there is a choice to make.
        """
        if self.first is None or self.last is None or not candidates:
            return None, None
        if len(candidates) == 1:
            return candidates[0]
        if callable(tense):
            tense = tense()
        if tense == "past":
            begun = [period for period in candidates if period[0] <= self.last]
            if begun:
                return max(begun)
        elif tense == "future":
            ahead = [period for period in candidates if period[1] >= self.first]
            if ahead:
                return min(ahead)
        return self.nearest(candidates)

    def nearest(self, candidates: list[tuple[date, date]]) -> Bounds:
        """The candidate period nearest the article date; on a tie, the earliest."""
        if self.first is None or self.last is None or not candidates:
            return None, None
        first, last = self.first, self.last

        def gap(period: tuple[date, date]) -> int:
            start, end = period
            return max((start - last).days, (first - end).days, 0)

        return min(candidates, key=lambda period: (gap(period), period[0]))


# --- the clause around a match ----------------------------------------------------------

# A wire byline on a line of its own: "/ritzau/", "/ritzau/Reuters", "/ritzau/ AFP". The
# rule repeats the ingest stage's ``parse_byline`` on purpose (the nlp stage does not
# import the ingest stage's internals); tests/ingest keeps the two readings equal.
_SLASH_LINE = re.compile(r"^[ \t]*/[^\n]*", re.MULTILINE)
_BYLINE_PART = re.compile(r"[^\W\d_][\w.&\- ]{0,30}")


def is_wire_byline(line: str) -> bool:
    """Whether a line is a wire byline: a slash, then agencies between slashes."""
    line = line.strip()
    if not line.startswith("/") or len(line) > 60:
        return False
    parts = [p.strip() for p in line.split("/") if p.strip()]
    return bool(parts) and all(_BYLINE_PART.fullmatch(p) for p in parts)


def _story_end(text: str) -> int:
    """The offset of the first wire byline line inside the text, else its length."""
    for m in _SLASH_LINE.finditer(text):
        if is_wire_byline(m.group()):
            return m.start()
    return len(text)


class _Text:
    """The article text (original and lower-cased) and the tense of its clauses."""

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower
        self._tenses: dict[tuple[int, int, bool], Tense] = {}
        self.story_end = _story_end(text)
        """Where the story ends: a wire byline ("/ritzau/") inside the text. What a page
        puts after it ("Læs også", another story's stamp and teaser) dates nothing here."""

    def sentence_year(self, start: int, end: int) -> int | None:
        """The one year "i 2020" (or "anno 2019") names in the clause around
        ``start``..``end``, or before it in its sentence; None when there is none, or
        more than one."""
        lower = self.lower
        lo, hi = max(0, start - _TENSE_WINDOW), min(len(lower), end + _TENSE_WINDOW)
        years: set[str] = set()
        for breaks, after in ((_CLAUSE_BREAK, True), (_SENTENCE_BREAK, False)):
            left = lo
            for b in breaks.finditer(lower, lo, start):
                left = b.end()
            right_break = breaks.search(lower, end, hi)
            right = (right_break.start() if right_break else hi) if after else start
            years = {y[1] for y in _IN_YEAR.finditer(lower, left, right)
                     if y.end() <= start or y.start() >= end}
            if years:
                break
        return int(years.pop()) if len(years) == 1 else None

    def lazy_tense(self, m: re.Match[str]) -> Callable[[], Tense]:
        """The tense of the clause around ``m``, computed when asked for."""
        return functools.partial(self.tense, m.start(), m.end())

    def tense(self, start: int, end: int, morphology: bool = True) -> Tense:
        """"past", "future" or None for the clause around ``start``..``end``.

        The marker (see ``tense_words``) nearest the expression wins, first within its
        clause (between commas), else within its sentence: in "Han tilføjede, at loven
        skal gælde fra 1. juli" the clause says "skal", and in "Det sagde ministeren,
        Hans Jensen, onsdag" the clause of "onsdag" says nothing, so the sentence's
        "sagde" counts. Besides the listed words, any past form of a verb counts as a
        past marker (``_is_past_form``: "Landsretten straffede i januar kvinden"), as a
        reader hears the tense of every verb, not just the common ones (``morphology``
        False leaves them out: "udskudt til april" looks ahead from a past act).
        """
        key = (start, end, morphology)
        if key not in self._tenses:
            self._tenses[key] = self._tense(start, end, morphology)
        return self._tenses[key]

    def _tense(self, start: int, end: int, morphology: bool) -> Tense:
        lower = self.lower
        lo, hi = max(0, start - _TENSE_WINDOW), min(len(lower), end + _TENSE_WINDOW)
        for breaks in (_CLAUSE_BREAK, _SENTENCE_BREAK):
            left = lo
            for b in breaks.finditer(lower, lo, start):
                left = b.end()
            right_break = breaks.search(lower, end, hi)
            right = right_break.start() if right_break else hi
            best: tuple[int, Tense] | None = None
            for marker in _TENSE.finditer(lower, left, right):
                distance = _distance(marker.start(), marker.end(), start, end)
                if distance is not None and (best is None or distance < best[0]):
                    best = (distance, "future" if marker.lastgroup == "future" else "past")
            # Only words nearer than the nearest listed marker can change the answer.
            reach = best[0] if best is not None else _TENSE_WINDOW
            words = _WORD.finditer(lower, max(left, start - reach), min(right, end + reach))
            for word in words if morphology else ():
                distance = _distance(word.start(), word.end(), start, end)
                if distance is None or (best is not None and distance >= best[0]):
                    continue
                if _is_past_form(word[0]) and not _NO_PAST_BEFORE.search(
                        lower, max(left, word.start() - 12), word.start()):
                    best = (distance, "past")
            if best is not None:
                return best[1]
        return None


def _distance(marker_start: int, marker_end: int, start: int, end: int) -> int | None:
    """Characters between a marker word and the expression; None when inside it."""
    if marker_end <= start:
        return start - marker_end
    if marker_start >= end:
        return marker_start - end
    return None


_WORD = re.compile(r"(?<!\w)[a-zæøå]{3,}(?!\w)")
_IN_YEAR = re.compile(rf"(?<!\w)(?:i|anno){_SP}((?:19|20)\d\d){_YEAR_END}")
# "den tiltalte", "de ansatte", "det såkaldte": a participle used as an adjective or
# noun, not a verb in the past; "vil blive tilbudt", "bliver sendt", "ventes afgjort",
# "skal være betalt": a passive ahead.
_NO_PAST_BEFORE = re.compile(
    r"(?<!\w)(?:(?:den|det|de|en|et|denne|dette|disse|sin|sit|sine|hans|hendes|deres|"
    r"vores|jeres|min|mit|mine|din|dit|dine)[^\S\n]+(?:[a-zæøå-]+[^\S\n]+)?"
    r"|(?:blive|bliver|være|ventes|forventes)[^\S\n]+)$")
_VOWELS = frozenset("aeiouyæøå")
# Endings of the past tense of weak verbs, active and passive ("straffede", "købte",
# "anholdtes"), and of no past form: present participles, present tense, definite
# nouns, genitives ("kommende", "siger", "kvinden", "kvindens").
_PAST_ENDINGS = ("ede", "te", "de")
_NOT_PAST_ENDINGS = ("ende", "er", "en", "et", "ne", "ns", "r")


@functools.lru_cache(maxsize=4096)
def _is_past_form(word: str) -> bool:
    """Whether a lower-case word is a past form of a verb, by spaCy's lemma table.

    The table maps a form to its lemma, not to a tag, so the form's shape decides: its
    lemma looks like an infinitive (ends in a vowel: "straffe", "slå") and the form is a
    weak past ("straffede", "dømte", "anholdtes") or a strong one, which ends in a
    consonant ("fandt", "slog", "overfaldt"). Present forms ("siger"), participles of
    adjectives ("nyt" from "ny") and definite nouns ("kvinden") are not.
    """
    if word in NOT_PAST_FORMS:
        return False
    if word.endswith("es"):  # a passive: past only on a past form ("dømtes", not "ventes")
        return _is_past_form(word[:-1])
    lemma = lemma_of(word)
    if (lemma is None or lemma[-1] not in _VOWELS or len(lemma) < 2
            or lemma[0] != word[0] or lemma.startswith(word)):
        return False  # no verb, or a stem ("spil", and "nyt" read as "nytte")
    if word.endswith(_PAST_ENDINGS):
        return not word.endswith("ende")
    if word.endswith(_NOT_PAST_ENDINGS) or word[-1] in _VOWELS or word.endswith("s"):
        return False
    return word != lemma + "t"


# --- resolving one match ----------------------------------------------------------------

def _number(word: str | None, default: int) -> int:
    if word is None:
        return default
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def _year(text: str) -> tuple[date, date]:
    year = int(text)
    return date(year, 1, 1), date(year, 12, 31)


def _resolve(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """Bounds and granularity for one match, or None when it is no time expression.

    ``m`` matched ``text.lower``; ``text.text`` is the original, for letter case.
    """
    kind = _kind(m)
    g = m.group
    if kind == "date":
        return _resolve_date(m, text, when)
    if kind == "numeric_date":
        return _resolve_numeric_date(m, text, when)
    if kind == "abbr_date":
        return _resolve_abbr_date(m, text, when)
    if kind == "clock":
        return (None, None), "time"  # a time of some day; we do not bound hours
    if kind == "bare_clock":
        return _resolve_bare_clock(m)
    if kind == "ordinal_date":
        return _resolve_ordinal_date(m, text, when)
    if kind == "month_cued":
        return _resolve_month_cued(m, text, when)
    if kind == "month_range":
        return _resolve_month_range(m, text, when)
    if kind == "quarter":
        return _resolve_quarter(m, text, when)
    if kind == "week_number":
        return _resolve_week_number(m, text, when)
    if kind == "year_range2":
        start, end_tail = int(g("yr2_a")), int(g("yr2_b"))
        end = start - start % 100 + end_tail
        return ((date(start, 1, 1), date(end, 12, 31)), "range") if end > start else None
    if kind == "phrase_today":
        # today, and a weekday: the article day if it is that weekday, else the days of
        # the article's month (or the anchor's week) on that weekday, pinned by a date
        return when.weekday(WEEKDAYS[g("pt_wd")], "past"), "day"
    if kind == "month":
        return _resolve_month(m, text, when)
    if kind == "season":
        return _resolve_season(m, text, when)
    if kind == "decade_short":
        return _resolve_short_decade(int(g("dec2")) * 10, when)
    if kind == "holiday":
        return _resolve_holiday(m, text, when)
    if kind == "weekday_week":
        shift = {"sidste": -1, "forrige": -1, "næste": 1, "denne": 0}[g("ww_dir")]
        offset = timedelta(days=WEEKDAYS[g("ww_wd")])

        def that_day(d: date) -> tuple[date, date]:
            monday = _unit_bounds("week", d, shift)[0]
            return monday + offset, monday + offset

        return when.relative(that_day), "day"
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
        # Before 1900 a number after "i" is often an amount ("i 1500 meters højde").
        if g("in_year") < "1900" and not _looks_like_year(m.string, m.start("in_year"), m.end()):
            return None
        return _year(g("in_year")), "year"
    if kind == "year_bare":
        if not _looks_like_year(m.string, m.start(), m.end()):
            return None
        return _year(g("bare_year")), "year"
    if kind == "year_cue":
        return _year(g("cued_year")), "year"
    if kind == "phrase":
        return _resolve_phrase(m, text, when)
    if kind == "unit_part":
        return _resolve_unit_part(m, text, when)
    if kind in ("ago", "ahead"):
        sign = -1 if kind == "ago" else 1
        amount = sign * _number(g("ago_n") or g("in_n"), 1)
        unit = TIME_UNITS[g("ago_unit") or g("in_unit")][0]
        if unit == "year" and abs(amount) == 1:
            # "for et år siden" is this time last year: the article's month, a year back
            return when.relative(lambda d: _unit_bounds("month", d, 12 * amount)), "month"
        return when.relative(lambda d: _unit_bounds(unit, d, amount)), unit  # type: ignore[return-value]
    if kind == "span":
        return _resolve_span(m, text, when)
    if kind == "weekday_before":
        return when.weekday(WEEKDAYS[g("wd_i") or g("wd_last")], "before"), "day"
    if kind == "weekday_next":
        # "på onsdag" is the coming one, but a clause in the past makes it the last one
        # ("Han blev løsladt på onsdag"); "næste onsdag" is always ahead.
        past = (not when.spread and when.first is not None and g().startswith("på")
                and text.tense(m.start(), m.end()) == "past")
        return when.weekday(WEEKDAYS[g("wd_next")], "before" if past else "next"), "day"
    if kind == "weekday_this":
        return when.weekday(WEEKDAYS[g("wd_this")], "upcoming"), "day"
    if kind == "weekday_habit":
        return (None, None), "day"
    if kind == "weekday_range":
        return _resolve_weekday_range(m, text, when)
    if kind == "weekday_night":
        # "natten til lørdag" is dated by its Saturday, as the police report it
        future = (not when.spread and when.first is not None
                  and text.tense(m.start(), m.end()) == "future")
        return when.weekday(WEEKDAYS[g("wd_night")], "upcoming" if future else "past"), "day"
    if kind == "weekday":
        if _HABITUAL.search(m.string, max(0, m.start() - 8), m.start()):
            return None
        if text.text[m.start()].isupper() and _WORD_BEFORE.search(
                text.text, max(0, m.start() - 3), m.start()):
            return None  # "Danmark Søndag": a capital inside a sentence names a paper
        # In a month-dated article a weekday is any such day of the month (see top),
        # whatever the tense; otherwise the clause chooses the coming or the past one.
        weekday = WEEKDAYS[g("wd")]
        if (not when.spread and when.last is not None
                and (when.last + _DAY).weekday() == weekday
                and _EDITION_BEFORE.search(text.text, max(0, m.start() - 80), m.start())):
            return (when.last + _DAY, when.last + _DAY), "day"
        future = (not when.spread and when.first is not None
                  and text.tense(m.start(), m.end()) == "future")
        return when.weekday(weekday, "upcoming" if future else "past"), "day"
    raise AssertionError(f"unhandled time expression pattern {m.lastgroup!r}")


def _resolve_weekday_range(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved:
    """"torsdag til lørdag": the first weekday read as a bare one (the clause's tense
    chooses, a month-dated article gives any such day of its month), the span running
    to the first last weekday from it on."""
    g = m.group
    first, last = WEEKDAYS[g("wr_a") or g("wr_a2")], WEEKDAYS[g("wr_b")]
    future = (not when.spread and when.first is not None
              and text.tense(m.start(), m.end()) == "future")
    earliest, latest = when.weekday(first, "upcoming" if future else "past")
    if earliest is None or latest is None:
        return (None, None), "range"
    return (earliest, latest + timedelta(days=(last - first) % 7 or 7)), "range"


def _kind(m: re.Match[str]) -> str:
    """The kind of item that matched (the marker group's name without its number)."""
    return m.lastgroup.split("__")[0] if m.lastgroup else ""


def _resolve_numeric_date(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"16.12.2013", "16/12/2013", "2013-12-16"; "den 16/12" takes its year as a date
    without a year does (``_resolve_date``)."""
    g = m.group
    if g("ndy_d"):
        day, month = int(g("ndy_d")), int(g("ndy_m"))
        years = _candidate_years(when, text, m)
    elif g("nd_y"):
        day, month, years = int(g("nd_d")), int(g("nd_m")), [int(g("nd_y"))]
    elif g("nds_y"):
        day, month, years = int(g("nds_d")), int(g("nds_m")), [int(g("nds_y"))]
    elif g("nd2_y"):
        if _NOT_CLOCK_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
            return None  # "version 3.10.12", "§ 12.3.4"
        day, month, years = int(g("nd2_d")), int(g("nd2_m")), [_century(int(g("nd2_y")))]
    else:
        day, month, years = int(g("iso_d")), int(g("iso_m")), [int(g("iso_y"))]
    candidates = []
    for year in years:
        try:
            candidates.append((date(year, month, day), date(year, month, day)))
        except ValueError:  # "31/2", "16.13.2013": not a date
            continue
    if not candidates:
        return None if when.first is not None or not g("ndy_d") else ((None, None), "day")
    if len(candidates) == 1:
        return candidates[0], "day"
    return when.choose(candidates, text.lazy_tense(m)), "day"


def _century(year: int) -> int:
    """The full year of a two-digit year in a date: 00-69 are 2000-2069, the rest 19xx
    (a page timestamp "25.03.23" is 2023; "12.10.98" is 1998)."""
    return 2000 + year if year < 70 else 1900 + year


def _resolve_abbr_date(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"4. jan. 2024" (a day, an abbreviated month and a year; see ``_ABBR_DATE``)."""
    g = m.group
    try:
        day = date(int(g("ab_y")), MONTH_ABBREVIATIONS[g("ab_m")], int(g("ab_d")))
    except ValueError:  # "31. feb. 2024"
        return None
    return (day, day), "day"


def _resolve_month_cued(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"til april" (the coming April unless the clause is in the past), "siden marts"
    (from the last March begun to the article date), with or without a year."""
    g = m.group
    if not text.text[m.start("mon_c")].islower():
        return None  # "til August": a name
    month = MONTHS[g("mon_c")]
    since = g("mon_cue") == "siden"
    year_text = g("mon_cy")
    year = (int(year_text) if year_text[0].isdigit() else _offset_year(year_text, when)
            ) if year_text else None
    if year_text and year is None:
        return (None, None), "range" if since else "month"
    if year is not None:
        period: Bounds = (date(year, month, 1), _month_last(year, month))
    else:
        periods = [(date(y, month, 1), _month_last(y, month)) for y in _candidate_years(when)]
        tense = text.tense(m.start(), m.end(), morphology=False)
        period = when.choose(periods, "past" if since else tense or "future")
    if since:
        return (period[0], when.last), "range"
    return period, "month"


def _resolve_short_decade(tens: int, when: _ArticleDate) -> Resolved:
    """"90'erne" is the 1990s; "10'erne" the latest 10s begun by the article date (the
    2010s from 2010 on), and unknown in an undated article unless it is 1930-1990."""
    if when.first is not None:
        start = 2000 + tens if 2000 + tens <= when.first.year else 1900 + tens
    elif tens >= 30:
        start = 1900 + tens
    else:
        return (None, None), "range"
    return (date(start, 1, 1), date(start + 9, 12, 31)), "range"


def _holiday(name: str, year: int) -> tuple[date, date]:
    """The days of a holiday (``HOLIDAYS``) in ``year``."""
    from dateutil.easter import easter

    anchor, first, last = HOLIDAYS[name]
    day = easter(year) if anchor == EASTER else date(year, *anchor)  # type: ignore[misc]
    return day + timedelta(days=first), day + timedelta(days=last)


def _resolve_holiday(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"til jul" (the coming Christmas), "i påsken" (this Easter: the nearest), "siden
    nytår" (from the last New Year to the article date), "juleaften 2019"; otherwise
    the clause's tense chooses, as for a date without a year."""
    g = m.group
    name, cue = " ".join(g("hol").split()), " ".join((g("hol_cue") or "").split())
    if name in NEEDS_CUE and not cue and not g("hol_year"):
        return None  # "jul." (July), "påske" in a compound-like use: no cue, no date
    if name in NEEDS_CUE and cue in VAGUE_CUES:
        return None  # "inden jul", "op til påske": an open period, too vague to score
    if not cue and not g("hol_year") and (
            _HOLIDAY_THING_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
            or _HOLIDAY_THING_AFTER.match(m.string, m.end())):
        return None  # "afskaffe store bededag", "store bededag som helligdag": the day itself
    length = HOLIDAYS[name][2] - HOLIDAYS[name][1]
    granularity: Granularity = "day" if length == 0 else "range"
    if g("hol_year"):
        return _holiday(name, int(g("hol_year"))), granularity
    candidates = [_holiday(name, y) for y in _candidate_years(when, text, m)]
    if cue == "siden":
        start = when.choose(candidates, "past")[0]
        return (start, when.last), "range"
    if cue == "i":
        return when.nearest(candidates), granularity  # deictic, as "i sommer"
    tense = "future" if cue in ("til", "op til", "frem til") else None
    return when.choose(candidates, tense or text.lazy_tense(m)), granularity


# A holiday named as the thing itself, not as a time: the object of abolishing or
# keeping it ("afskaffe store bededag", "afskaffelsen af store bededag", "bevare
# pinsedag"), the subject of being a holiday or being abolished ("store bededag som
# helligdag", "store bededag er en fridag", "store bededag skal afskaffes"), or the
# first part of a compound ("store bededag-debatten"). "på store bededag" stays a time.
_THING_VERBS = r"(?:afskaf|sløjf|bevar|behold|fjern|genindfør|indfør|drop|nedlæg)\w*"
_HOLIDAY_THING_BEFORE = re.compile(
    rf"(?<!\w){_THING_VERBS}(?:{_SP}(?:af|med|den|ikke|helt|også))*{_SP}$")
_HOLIDAY_THING_AFTER = re.compile(
    rf"-\w|{_SP}(?:(?:som|er|var|bliver|blev){_SP}(?:en{_SP})?(?:[a-zæøå]+{_SP})?"
    rf"(?:hellig|fri)dag|(?:(?:skal|vil|bliver|blev|er|var){_SP})?{_THING_VERBS})")


def _resolve_month_range(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"fra januar til april" (2024): from the first month's start to the second's end;
    a year after the second month is its year, the first month then the one before it.
    Without a year the pair is chosen like one month ("fra november til marts" in
    February is November last year to March this year)."""
    g = m.group
    if not (text.text[m.start("mr_a")].islower() and text.text[m.start("mr_b")].islower()):
        return None
    first_month, last_month = MONTHS[g("mr_a")], MONTHS[g("mr_b")]
    wraps = last_month < first_month  # over New Year

    def period(last_year: int) -> tuple[date, date]:
        return (date(last_year - int(wraps), first_month, 1),
                _month_last(last_year, last_month))

    if g("mr_y"):
        return period(int(g("mr_y"))), "range"
    candidates = [period(y) for y in _candidate_years(when)]
    return when.choose(candidates, text.lazy_tense(m)), "range"


def _resolve_quarter(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"i andet kvartal" (April-June), "første halvår 2020"; without a year the one the
    clause points to, as for a month, and "årets" is the article's year."""
    g = m.group
    half = g("q_unit") == "halvår"
    table = HALVES if half else QUARTERS
    if g("q_n") not in table:
        return None  # "tredje halvår"
    first_month, length = table[g("q_n")], 6 if half else 3

    def period(year: int) -> tuple[date, date]:
        last = _add_months(date(year, first_month, 1), length - 1)
        return date(year, first_month, 1), _month_last(last.year, last.month)

    year_text = g("q_year")
    if year_text and year_text[0].isdigit():
        return period(int(year_text)), "range"
    if year_text or g("q_this"):
        year = _offset_year(year_text or "i år", when)
        return (period(year) if year is not None else (None, None)), "range"
    candidates = [period(y) for y in _candidate_years(when)]
    return when.choose(candidates, text.lazy_tense(m)), "range"


def _resolve_week_number(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"i uge 50": ISO week 50 (Monday-Sunday, as Danish calendars number weeks)."""
    number = int(m.group("week_n"))

    def week(year: int) -> tuple[date, date] | None:
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:  # week 0, or 53 in a year of 52
            return None
        return monday, monday + timedelta(days=6)

    if m.group("week_year"):
        found = week(int(m.group("week_year")))
        return (found, "week") if found else None
    candidates = [w for y in _candidate_years(when) if (w := week(y))]
    if not candidates:
        return ((None, None), "week") if when.first is None and 1 <= number <= 53 else None
    return when.choose(candidates, text.lazy_tense(m)), "week"


def _looks_like_year(lower: str, start: int, end: int) -> bool:
    """Whether the number at ``start``..``end`` reads as a year, not an amount.

    A cue for an amount before it ("op til 2000") says no; the end of the sentence or a
    word that cannot be counted after it ("ud af 2020 med", "til 2019.") says yes, as
    does a preposition opening the sentence ("For 2021 venter ...").
    """
    if _AMOUNT_BEFORE.search(lower, max(0, start - 14), start):
        return False
    if _YEAR_AFTER.match(lower, end):
        return True
    return _FRONTED.search(lower, max(0, start - 10), start) is not None


def _offset_year(rel: str | None, when: _ArticleDate) -> int | None:
    """The year of "i år" / "næste år" / "sidste år" / "i fjor", from the article date."""
    if rel is None or when.first is None:
        return None
    return when.first.year + YEAR_OFFSETS[" ".join(rel.split())]


def _resolve_date(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """A day or a range of days of a month ("16. og 17. marts").

    Without a year the date takes the year its clause points to: the last such date
    in a clause about the past, the next one in a clause about the future, else the
    nearest one (see ``_ArticleDate.choose``).
    """
    matched = m.group()
    days = [int(day) for day in _DAYS.findall(matched)]
    month = MONTHS[_MONTH_NAME.search(matched)[0]]  # type: ignore[index]
    year_text = _YEARS.search(matched)
    rel = _REL_YEAR_END.search(matched)
    if year_text:
        years = [int(year_text[0])]
    elif rel:
        offset_year = _offset_year(rel[0], when)
        if offset_year is None:
            return (None, None), "day"
        years = [offset_year]
    else:
        years = _candidate_years(when, text, m)
    candidates = []
    for candidate in years:
        try:
            candidates.append((date(candidate, month, days[0]), date(candidate, month, days[-1])))
        except ValueError:  # "31. februar", or "29. februar" outside a leap year
            continue
    if candidates and candidates[0][0] > candidates[0][1]:
        return None  # "17. og 16. marts" is no period
    if len(candidates) == 1:
        return candidates[0], "day" if len(days) == 1 else "range"
    if not candidates and when.first is not None:
        return None
    granularity: Granularity = "day" if len(days) == 1 else "range"
    return when.choose(candidates, text.lazy_tense(m)), granularity


def _resolve_month(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    parts = _MONTH_PARTS.search(m.group())
    assert parts is not None
    month, year = MONTHS[parts[1]], parts[2]
    if year and year[0].isdigit():
        return (date(int(year), month, 1), _month_last(int(year), month)), "month"
    if year:
        offset_year = _offset_year(year, when)
        if offset_year is None:
            return (None, None), "month"
        return (date(offset_year, month, 1), _month_last(offset_year, month)), "month"
    if not text.text[m.start() + parts.start(1)].islower():
        return None  # "August Krogh": a capital month name without a year is a name
    periods = [(date(y, month, 1), _month_last(y, month))
               for y in _candidate_years(when, text, m)]
    return when.choose(periods, text.lazy_tense(m)), "month"


def _season(year: int, first_month: int) -> tuple[date, date]:
    """The meteorological season starting in ``first_month`` of ``year``."""
    last = _add_months(date(year, first_month, 1), 2)
    return date(year, first_month, 1), _month_last(last.year, last.month)


def _resolve_season(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"i foråret", "hele sommeren", "sidste vinter", "foråret 2020" (see ``SEASONS``)."""
    g = m.group
    if g("season_indef"):
        first_month, cue = SEASONS_INDEFINITE[g("season_indef")], g("season_dir")
    else:
        first_month, cue = SEASONS[g("season")], g("season_pre")
        if cue is None and g("season_year") is None and not _SEASON_CUE.search(
            m.string, max(0, m.start() - 8), m.start()
        ):
            return None  # "start på sommeren", "om foråret": no cue, or a habit
    if g("season_year"):
        year = int(g("season_year"))
        if first_month == 12:
            return _year(g("season_year")), "year"  # "vinteren 2022": which winter is unsure
        return _season(year, first_month), "range"
    if when.first is None or when.last is None:
        return (None, None), "range"
    seasons = [_season(when.first.year + shift, first_month) for shift in (-2, -1, 0, 1)]
    if cue in ("sidste", "forrige"):
        return max(s for s in seasons if s[1] < when.first), "range"
    if cue == "næste":
        return min(s for s in seasons if s[0] > when.last), "range"
    if cue == "i" and g("season_indef"):
        # "i sommer" is deictic, as "i år" is: this summer, the one nearest the article
        # date, whatever the tense ("fra i sommer" in September is the summer just gone;
        # the next one would be "til sommer" or "næste sommer").
        return when.nearest(seasons), "range"
    tense = "future" if cue == "til" else text.tense(m.start(), m.end())
    return when.choose(seasons, tense), "range"


def _candidate_years(when: _ArticleDate, text: _Text | None = None,
                     m: re.Match[str] | None = None) -> list[int]:
    """The years a date or month without a year can fall in: the year its sentence names
    ("I 2020 var butikkerne lukket det meste af december"), else the article's year and
    the years either side of it (the clause's tense chooses among them)."""
    if text is not None and m is not None:
        named = text.sentence_year(m.start(), m.end())
        if named is not None:
            return [named]
    if when.first is None:
        return []
    year = when.first.year
    return [year - 1, year, year + 1]


def _resolve_phrase(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    phrase = " ".join(m.group().split())
    kind, amount = TIME_WORDS[phrase]
    if phrase.endswith("års") and _PLURAL_BEFORE.search(m.string, max(0, m.start() - 10),
                                                       m.start()):
        return None  # "de sidste års udvikling", "to sidste års vinder": a span
    if kind == "night":
        return when.relative(lambda d: (d - timedelta(days=1), d)), "day"
    if kind == "weekend":
        if when.anchor is not None:
            return when.anchor_weekend(amount), "range"
        tense = text.tense(m.start(), m.end()) if amount == 0 else None
        return when.relative(lambda d: _weekend(d, amount, tense)), "range"
    if kind in ("quarter", "half"):
        if _OF_AFTER.match(m.string, m.end()):
            return None  # "sidste kvartal af 2019": the year's last quarter, not the last one
        return when.relative(lambda d: _unit_bounds(kind, d, amount)), "range"
    return when.relative(lambda d: _unit_bounds(kind, d, amount)), kind  # type: ignore[return-value]


def _part_of(unit: str, bounds: tuple[date, date], part: str) -> tuple[date, date]:
    """The first, middle or last third of a calendar unit (see ``UNIT_PARTS``)."""
    start, end = bounds
    if unit == "week":
        first, last = {"first": (0, 2), "middle": (1, 3), "last": (3, 6)}[part]
        return start + timedelta(days=first), start + timedelta(days=last)
    if unit == "month":
        first, last = {"first": (1, 10), "middle": (11, 20), "last": (21, end.day)}[part]
        return start.replace(day=first), start.replace(day=last)
    first, last = {"first": (1, 4), "middle": (5, 8), "last": (9, 12)}[part]
    return date(start.year, first, 1), _month_last(start.year, last)


def _resolve_unit_part(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"tidligere på året", "senere på måneden", "sidst på året", "først på ugen": a part
    of the article's year, month or week (``UNIT_PARTS``). A third that lies wholly
    after the article day in a clause about the past is the last unit's ("Sidst på året
    steg priserne" in January), one wholly before it in a clause about the future the
    next unit's; a month-dated article gets the union over its days."""
    unit, part = UNIT_PARTS[" ".join(m.group().split())]
    one = timedelta(days=1)
    if part == "before":
        def before(d: date) -> tuple[date, date]:
            start = _unit_bounds(unit, d, 0)[0]
            return start, max(start, d - one)
        return when.relative(before), "range"
    if part == "after":
        def after(d: date) -> tuple[date, date]:
            end = _unit_bounds(unit, d, 0)[1]
            return min(end, d + one), end
        return when.relative(after), "range"
    if when.first is None or when.last is None:
        return (None, None), "range"
    if when.spread:
        return when.relative(lambda d: _part_of(unit, _unit_bounds(unit, d, 0), part)), "range"
    day = when.first
    bounds = _part_of(unit, _unit_bounds(unit, day, 0), part)
    if bounds[0] > day and text.tense(m.start(), m.end()) == "past":
        bounds = _part_of(unit, _unit_bounds(unit, day, -1), part)
    elif bounds[1] < day and text.tense(m.start(), m.end()) == "future":
        bounds = _part_of(unit, _unit_bounds(unit, day, 1), part)
    return bounds, "range"


_PLURAL_BEFORE = re.compile(rf"(?<!\w)(?:de|\d+|{_alternation(NUMBER_WORDS)})[^\S\n]+$")
_OF_AFTER = re.compile(r"[^\S\n]+af\b")


def _resolve_span(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"den kommende uge", "det næste døgn", "den forløbne uge": one calendar unit.

    A span counted from the article date ("de seneste tre måneder", "de kommende år",
    "det seneste år", "i de næste dage") is a duration, not a time expression
    (docs/gold-format.md: too vague to score), and gives None. So do "den sidste uge af
    krigen" and "den sidste dag" (of something else).
    """
    g = m.group
    unit, plural = TIME_UNITS[g("sp_unit")]
    if plural or g("sp_det") == "de" or g("sp_n1") or g("sp_n2"):
        return None
    direction = g("sp_dir")
    if direction not in ("kommende", "næste", "forløbne") or _OF_AFTER.match(m.string, m.end()):
        return None
    if g("sp_unit") == "døgn":
        ahead = direction != "forløbne"
        return when.relative(lambda d: (d, d + timedelta(days=1)) if ahead
                             else (d - timedelta(days=1), d)), "range"
    if unit == "day":
        return None  # "den næste dag": the day after something, not after the article
    if direction == "forløbne":
        return when.relative(lambda d: (_shift(d, unit, -1), d)), "range"
    return when.relative(lambda d: _unit_bounds(unit, d, 1)), unit  # type: ignore[return-value]


def _resolve_bare_clock(m: re.Match[str]) -> Resolved | None:
    """"17.30", "fra 9.00 til 15.00": a time of day written without "klokken", unless
    the number is a section, a page, a figure or an amount ("§ 12.30", "fig. 9.10", "kr.
    12.50", "1.50 meter"), "den 16.12" (a date), or an approximation ("ved 5.30-tiden",
    too vague to score as "ved 21-tiden" is), or the tail of a longer number ("03.23" of
    a date "32.03.23" that is none)."""
    if _NOT_CLOCK_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    if _NUMBER_BEFORE.search(m.string, max(0, m.start() - 2), m.start()):
        return None
    if _NOT_CLOCK_AFTER.match(m.string, m.end()):
        return None
    return (None, None), "time"


def _resolve_ordinal_date(m: re.Match[str], text: _Text, when: _ArticleDate) -> Resolved | None:
    """"den femte juni", "onsdag den første maj 2019": as "den 5. juni" (``_resolve_date``)."""
    g = m.group
    day, month = ORDINAL_DAYS[g("ord_d")], MONTHS[g("ord_m")]
    years = [int(g("ord_y"))] if g("ord_y") else _candidate_years(when, text, m)
    candidates = []
    for year in years:
        try:
            candidates.append((date(year, month, day), date(year, month, day)))
        except ValueError:  # "den enogtredivte juni"
            continue
    if not candidates:
        return ((None, None), "day") if when.first is None else None
    if len(candidates) == 1:
        return candidates[0], "day"
    return when.choose(candidates, text.lazy_tense(m)), "day"


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
    lower = _lower(text)
    source = _Text(text, lower)
    when = _ArticleDate(published, precision)
    found = _find(source, when)
    # "i dag, den 19. december", "Publiceret 19. december 2023": the text names the
    # article day itself.
    today = _today_named(found, when, source)
    if today is None and (published is None or precision == "month"):
        # A second reading when the text itself tells more than the article date: the
        # day the story happens around, and the days it names.
        anchor = _anchor(found, when, source)
        named = _named_days(found, when, source)
        if anchor is not None:
            found = _find(source, _ArticleDate(published, precision, anchor, named))
        elif named:
            found = [(kind, _pin(kind, e, named)) for kind, e in found]
        # "i dag tirsdag" pinned to one day by them is the article day.
        today = _today_pinned(found, when)
    if today is not None:
        return [e for _, e in _find(source, _ArticleDate(today, "day"))]
    return [expression for _, expression in found]


def _pin(kind: str, expression: TimeExpression, named: frozenset[date]) -> TimeExpression:
    """A weekday the article leaves open, pinned to the one named day on that weekday
    within its bounds (``_ArticleDate.weekday``, without reading the text again)."""
    if not (kind.startswith("weekday") or kind == "phrase_today") or kind == "weekday_habit" or (
            expression.earliest is not None and expression.earliest == expression.latest):
        return expression
    found = _WEEKDAY_NAME.search(expression.text.lower())
    if found is None:
        return expression
    when = _ArticleDate(None, "none", named=named)
    earliest, latest = when._pinned(WEEKDAYS[found[0]], expression.earliest,
                                    expression.latest)
    if (earliest, latest) == (expression.earliest, expression.latest):
        return expression
    return dataclasses.replace(expression, earliest=earliest, latest=latest)


_WEEKDAY_NAME = re.compile(_WD)


def _find(source: _Text, when: _ArticleDate) -> list[tuple[str, TimeExpression]]:
    """(kind, expression) of every time expression, resolved against ``when``."""
    found: list[tuple[str, TimeExpression]] = []
    for match in _PATTERN.finditer(source.lower):
        for m in _moved_days(match):
            _add(found, m, source, when)
    return found


def _moved_days(m: re.Match[str]) -> list[re.Match[str]]:
    """``m``, or its two weekdays when a span of weekdays is a move from one day to
    another ("mødet er flyttet fra torsdag til lørdag": two days, not the days between)."""
    if _kind(m) != "weekday_range" or not _MOVE_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()):
        return [m]
    days = (_WEEKDAY_ONLY.match(m.string, m.start("wr_a" if m.group("wr_a") else "wr_a2")),
            _WEEKDAY_ONLY.match(m.string, m.start("wr_b")))
    return [day for day in days if day is not None]


def _add(found: list[tuple[str, TimeExpression]], m: re.Match[str], source: _Text,
         when: _ArticleDate) -> None:
    """Resolve one match and add its expression to ``found`` (nothing if it is none)."""
    text = source.text
    resolved = _resolve(m, source, when)
    if resolved is None:
        return
    (earliest, latest), granularity = resolved
    # A year after a cue word is only the year itself: the cue does not change it;
    # nor does "op til" change "juleaften" (see ``VAGUE_CUES``).
    kind = _kind(m)
    start = m.start()
    if kind == "year_cue":
        start = m.start("cued_year")
    elif kind == "holiday" and " ".join((m.group("hol_cue") or "").split()) in VAGUE_CUES:
        start = m.start("hol")
    end = m.end()
    found.append((kind, TimeExpression(text[start:end], start, end, earliest, latest,
                                       granularity)))


_DATE_KINDS = ("date", "numeric_date", "abbr_date", "ordinal_date")


_BESIDE = re.compile(r"[^\S\n]*(?:[,(–-]|er[^\S\n]+det)?[^\S\n]*")
# Page chrome before a date: the page's own publication or update stamp, not the story's.
# It opens a line: "Rapporten blev offentliggjort 12. december" is a sentence.
_CHROME_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*(?P<cue>"
    + "|".join(cue.replace(" ", r"[^\S\n]+") for cue in PAGE_STAMP_CUES)
    + r")[^\S\n]*(?:d\.|den)?[^\S\n]*:?[^\S\n]*$")


def _chrome_cue(e: TimeExpression, source: _Text) -> str | None:
    """"publiceret", "opdateret", ... when the date ``e`` is a page's stamp, else None."""
    cue = _CHROME_BEFORE.search(source.lower, max(0, e.start - 40), e.start)
    return cue["cue"] if cue else None


def _today_named(found: list[tuple[str, TimeExpression]], when: _ArticleDate,
                 source: _Text) -> date | None:
    """The article day, when a month-dated or undated text names it: "i dag" (or "i dag
    tirsdag", on that weekday) right beside a single date ("I dag, den 19. december,
    ...", "den 19. december - i dag -", "i dag tirsdag den 10. november 2020"), or the
    page's own stamp ("Publiceret 19. december 2023", else "Opdateret ...", as the
    ingest's datelines read them) says which day "today" is. One such day only, and in a
    month-dated article one in its month: the article was written in it ("Opdateret 3.
    januar 2024" under a December story is a later edit). A day-dated article keeps its
    date."""
    if when.first is not None and not when.is_month:
        return None
    stamps: dict[bool, set[date | None]] = {True: set(), False: set()}
    for kind, e in found:
        cue = (_chrome_cue(e, source) if kind in _DATE_KINDS and e.start < source.story_end
               else None)
        if cue is not None and e.earliest is not None and e.earliest == e.latest:
            stamps["opdateret" not in cue].add(e.earliest)
    days = stamps[True] or stamps[False]
    for (kind_a, a), (kind_b, b) in itertools.pairwise(found):
        if not _BESIDE.fullmatch(source.text, a.end, b.start):
            continue
        for today, (kind, day) in ((a, (kind_b, b)), (b, (kind_a, a))):
            if (_is_today(today.text, day) and kind in _DATE_KINDS
                    and day.earliest is not None and day.earliest == day.latest):
                days.add(day.earliest)
    return _in_month(days, when)


def _is_today(words: str, day: TimeExpression) -> bool:
    """Whether ``words`` is "i dag", or "i dag tirsdag" with ``day`` on a Tuesday."""
    words = " ".join(words.lower().replace(",", " ").split())
    if words == "i dag":
        return True
    weekday = _WEEKDAY_NAME.search(words)
    return (weekday is not None and words.startswith("i dag ") and day.earliest is not None
            and day.earliest.weekday() == WEEKDAYS[weekday[0]])


def _today_pinned(found: list[tuple[str, TimeExpression]], when: _ArticleDate) -> date | None:
    """The article day "i dag tirsdag" names once it is one day (pinned by a date of the
    text or by the anchor's week): "I dag tirsdag faldt dommen" in a story around "12.
    december" 2023 makes 12 December the article day, so its "i går" is the 11th."""
    return _in_month({e.earliest for kind, e in found
                      if kind == "phrase_today" and e.earliest is not None
                      and e.earliest == e.latest}, when)


def _in_month(days: set[date | None], when: _ArticleDate) -> date | None:
    """The one day of ``days`` if there is exactly one, and it lies in the article's month
    (any day for an undated article); else None."""
    if len(days) != 1:
        return None
    day = days.pop()
    if day is None or (when.first is not None and when.is_month and (
            (day.year, day.month) != (when.first.year, when.first.month))):
        return None
    return day


def _anchor(found: list[tuple[str, TimeExpression]], when: _ArticleDate,
            source: _Text) -> date | None:
    """The day a month-dated or undated story happens around, when its text says so.

    A reader of an article dated only "2018-11" that names "1. december" (or "mandag den
    21. maj 2018" in a May article) reads its "fredag", "i weekenden" and "på fredag" as
    the days around that date. So: the dates of single days in the text that lie in the
    article's month or within a week of it; if they all fall within one week, the first
    of them. Several dates further apart (a story that looks back) anchor nothing.

    An undated article is read around the full dates (with their year) it names in a
    clause that does not look back ("Danskerne skal stemme den 1. november 2022"): a
    coming event is news shortly before it, while a past one may be history ("Den 9.
    april 1940 besatte ...") and tells nothing about when the text was written.
    """
    if when.first is None:
        days = [e.earliest for kind, e in found
                if kind in _DATE_KINDS and e.earliest is not None and e.earliest == e.latest
                and _HAS_YEAR.search(e.text) and source.tense(e.start, e.end) != "past"
                and _chrome_cue(e, source) is None and e.start < source.story_end]
    elif when.is_month and when.last is not None:
        days = [e.earliest for kind, e in found
                if kind in _DATE_KINDS and e.earliest is not None and e.earliest == e.latest
                and when.first - _ANCHOR_MARGIN <= e.earliest <= when.last + _ANCHOR_MARGIN
                and _chrome_cue(e, source) is None and e.start < source.story_end]
    else:
        return None
    if not days or max(days) - min(days) > timedelta(days=6):
        return None
    return days[0]


def _named_days(found: list[tuple[str, TimeExpression]], when: _ArticleDate,
                source: _Text) -> frozenset[date]:
    """The single days the text names: dates and one-day holidays ("juleaften"). In an
    undated article only those that may anchor it (``_anchor``): "Den 9. april 1940" in
    a feature pins no "tirsdag" of its own day. A page's own stamp ("Opdateret 3.
    januar 2024 kl. 10.15" under a December story) names no day of the story."""
    return frozenset(e.earliest for kind, e in found
                     if kind in (*_DATE_KINDS, "holiday") and e.earliest is not None
                     and e.earliest == e.latest and _chrome_cue(e, source) is None
                     and e.start < source.story_end
                     and (when.first is not None or (
                         _HAS_YEAR.search(e.text) and source.tense(e.start, e.end) != "past")))


class TimeExpressionFinder:
    """spaCy component: ``doc._.time_expressions`` from ``doc._.published``/``precision``."""

    def __init__(self, name: str = "pressespejl_time_expressions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[TimeExpression]:
        """The time expressions of ``doc``, resolved against its article date."""
        return find_time_expressions(text_of(doc), doc._.published,
                                     doc._.precision or "day")

    def set_annotations(self, doc: Doc, found: list[TimeExpression]) -> None:
        doc._.time_expressions = found


@Language.factory("pressespejl_time_expressions")
def make_time_expressions(nlp: Language, name: str) -> TimeExpressionFinder:
    """Build the time-expression component (no settings yet)."""
    return TimeExpressionFinder(name)
