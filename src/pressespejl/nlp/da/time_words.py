"""Danish words that build relative time expressions ("i går", "for to år siden").

Source: Dansk Sprognævn, Retskrivningsordbogen, and our own reading of Danish news
(Ritzau style). This module holds several small tables instead of one because they are
a single vocabulary: the fixed phrases, and the unit, number, season and cue words that
the component combines into patterns ("de seneste tre måneder", "om to uger").
"""

# phrase -> (kind, amount). Kinds:
#   "day" / "week" / "month" / "quarter" / "half" / "year": the calendar unit
#       ``amount`` units from the article's own (weeks run Monday to Sunday, as in
#       Denmark; quarters and half years are the calendar's);
#   "night": the night before the article day ("i nat" is nearly always last night
#       in news, so it spans the day before and the article day);
#   "weekend": 0 = the nearest weekend (the last one Monday to Thursday, the coming
#       or current one Friday to Sunday), -1 = the last finished one, 1 = the next one.
# "i nat"/"i aften" are not split into before/after noon; "snart" and "tidligere" are
# left out: they are adverbs far more often than time references in news.
# Left out as no time expressions (docs/gold-format.md: too vague to score): "siden
# da" (it points back to an earlier expression, not to a date), "for nylig", "på sigt",
# "i fremtiden", "inden længe", "på et tidspunkt", "nu".
# Genitives ("næste års budget", "sidste uges møde") name the same unit as the phrase;
# "de sidste års" (recent years') is a plural, which the component leaves out.
TIME_WORDS: dict[str, tuple[str, int]] = {
    "i dag": ("day", 0),
    "i morges": ("day", 0),
    "i formiddags": ("day", 0),
    "i eftermiddags": ("day", 0),
    "i aften": ("day", 0),
    "i går": ("day", -1),
    "i aftes": ("day", -1),
    "i forgårs": ("day", -2),
    "i morgen": ("day", 1),
    "i overmorgen": ("day", 2),
    "i nat": ("night", 0),
    "natten til i dag": ("night", 0),
    # A part of yesterday, today or tomorrow is that day: "i går aftes", "i morgen
    # formiddag", "i dag eftermiddag" (we do not split days into hours).
    "i går aftes": ("day", -1),
    "i går morges": ("day", -1),
    **{f"i {day} {part}": ("day", amount)
       for day, amount in (("går", -1), ("dag", 0), ("morgen", 1))
       for part in ("morgen", "formiddag", "middag", "eftermiddag", "aften", "nat")
       if (day, part) != ("morgen", "morgen")},
    "i denne uge": ("week", 0),
    "i sidste uge": ("week", -1),
    "sidste uge": ("week", -1),
    "i forrige uge": ("week", -1),
    "forrige uge": ("week", -1),
    "i næste uge": ("week", 1),
    "næste uge": ("week", 1),
    "i denne måned": ("month", 0),
    "i sidste måned": ("month", -1),
    "sidste måned": ("month", -1),
    "i forrige måned": ("month", -1),
    "i næste måned": ("month", 1),
    "næste måned": ("month", 1),
    "denne måned": ("month", 0),
    "indeværende måned": ("month", 0),
    "i indeværende måned": ("month", 0),
    "denne uge": ("week", 0),
    "indeværende uge": ("week", 0),
    "i indeværende uge": ("week", 0),
    "i år": ("year", 0),
    "dette år": ("year", 0),
    "i dette år": ("year", 0),
    "indeværende år": ("year", 0),
    "i indeværende år": ("year", 0),
    "i fjor": ("year", -1),
    "sidste år": ("year", -1),
    "forrige år": ("year", -1),
    "næste år": ("year", 1),
    # genitives
    "dette års": ("year", 0),
    "sidste års": ("year", -1),
    "forrige års": ("year", -1),
    "næste års": ("year", 1),
    "denne uges": ("week", 0),
    "sidste uges": ("week", -1),
    "næste uges": ("week", 1),
    "denne måneds": ("month", 0),
    "sidste måneds": ("month", -1),
    "næste måneds": ("month", 1),
    # quarters and half years of the calendar
    "dette kvartal": ("quarter", 0),
    "i dette kvartal": ("quarter", 0),
    "indeværende kvartal": ("quarter", 0),
    "i indeværende kvartal": ("quarter", 0),
    "sidste kvartal": ("quarter", -1),
    "i sidste kvartal": ("quarter", -1),
    "forrige kvartal": ("quarter", -1),
    "i forrige kvartal": ("quarter", -1),
    "næste kvartal": ("quarter", 1),
    "i næste kvartal": ("quarter", 1),
    "dette halvår": ("half", 0),
    "i dette halvår": ("half", 0),
    "indeværende halvår": ("half", 0),
    "i indeværende halvår": ("half", 0),
    "sidste halvår": ("half", -1),
    "i sidste halvår": ("half", -1),
    "næste halvår": ("half", 1),
    "i næste halvår": ("half", 1),
    # The singular "det kommende år" is next calendar year ("budgettet for det kommende
    # år"); the plural "de kommende år" stays a span counted from the article date.
    "det kommende år": ("year", 1),
    "i det kommende år": ("year", 1),
    "i formiddag": ("day", 0),
    "i eftermiddag": ("day", 0),
    "i morgen tidlig": ("day", 1),
    # A part of the day in focus, which in news is the article day more often than not.
    "i løbet af dagen": ("day", 0),
    "i løbet af formiddagen": ("day", 0),
    "i løbet af eftermiddagen": ("day", 0),
    "i løbet af aftenen": ("day", 0),
    "sidst på dagen": ("day", 0),
    "først på formiddagen": ("day", 0),
    "sidst på formiddagen": ("day", 0),
    "midt på dagen": ("day", 0),
    "først på eftermiddagen": ("day", 0),
    "sidst på eftermiddagen": ("day", 0),
    "først på aftenen": ("day", 0),
    "sidst på aftenen": ("day", 0),
    "i løbet af ugen": ("week", 0),
    "i ugens løb": ("week", 0),
    "i dagens løb": ("day", 0),
    "i månedens løb": ("month", 0),
    "i årets løb": ("year", 0),
    "tidligere på dagen": ("day", 0),
    "senere på dagen": ("day", 0),
    "i løbet af måneden": ("month", 0),
    "i løbet af året": ("year", 0),
    "i weekenden": ("weekend", 0),
    "weekenden": ("weekend", 0),  # "prognosen for weekenden"; tense picks which one
    "weekendens": ("weekend", 0),  # "weekendens vejr"
    "i løbet af weekenden": ("weekend", 0),
    # "den kommende weekend" said on a weekday is the one ahead (1 = the next one)
    "den kommende weekend": ("weekend", 1),
    "kommende weekend": ("weekend", 1),
    "denne weekend": ("weekend", 1),
    "i denne weekend": ("weekend", 1),
    "den forgangne weekend": ("weekend", -1),
    "den seneste weekend": ("weekend", -1),
    "i sidste weekend": ("weekend", -1),
    "sidste weekend": ("weekend", -1),
    "i næste weekend": ("weekend", 1),
    "næste weekend": ("weekend", 1),
}

# A part of the article's year, month or week: phrase -> (unit, part). "tidligere på
# året" runs from the unit's start to the day before the article day, "senere på
# måneden" from the day after it to the unit's end; "først", "midt" and "sidst" are the
# unit's first, middle and last third (a week: Monday-Wednesday, Tuesday-Thursday,
# Thursday-Sunday). "i starten/begyndelsen af", "i midten af" and "i slutningen af"
# say the same as "først/midt/sidst på" ("i slutningen af ugen" is Thursday-Sunday).
# "sidst på dagen" and "sidst på eftermiddagen" are times of the day (``TIME_WORDS``),
# never a week; "i slutningen af 2020" is a year (``YEAR_CUES``).
_PART_CUES: dict[str, str] = {
    "tidligere på": "before", "senere på": "after",
    "først på": "first", "midt på": "middle", "sidst på": "last",
    "i starten af": "first", "i begyndelsen af": "first", "i midten af": "middle",
    "i slutningen af": "last",
}
UNIT_PARTS: dict[str, tuple[str, str]] = {
    f"{cue} {noun}": (unit, part)
    for cue, part in _PART_CUES.items()
    for noun, unit in (("året", "year"), ("måneden", "month"), ("ugen", "week"))
}

# Parts of a day after a weekday: "fredag aften", "lørdag morgen", "fredagmorgen". They
# keep the weekday's day: we do not split days into hours.
PARTS_OF_DAY: tuple[str, ...] = ("morgen", "formiddag", "middag", "eftermiddag", "aften", "nat")
# Words before a weekday that keep it a date: "tidligt torsdag", "sent fredag aften",
# "i løbet af mandagen".
WEEKDAY_MODIFIERS: tuple[str, ...] = ("tidligt", "tidlig", "sent", "sen", "i løbet af")

# Quarters and half years as their first month: "i andet kvartal", "1. halvår 2020".
QUARTERS: dict[str, int] = {"første": 1, "andet": 4, "tredje": 7, "fjerde": 10,
                            "1.": 1, "2.": 4, "3.": 7, "4.": 10}
HALVES: dict[str, int] = {"første": 1, "andet": 7, "1.": 1, "2.": 7}

# unit word -> (unit, plural). "år" is both; the article before it decides
# ("det seneste år" vs "de seneste år"). Hours and minutes are left out: they do not
# change the day in a way we can bound better than the article date itself.
TIME_UNITS: dict[str, tuple[str, bool]] = {
    "dag": ("day", False),
    "dage": ("day", True),
    "døgn": ("day", False),
    "uge": ("week", False),
    "uger": ("week", True),
    "måned": ("month", False),
    "måneder": ("month", True),
    "år": ("year", False),
}

# Number words as they appear in "for to år siden", "de seneste tre måneder".
NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "et": 1,
    "én": 1,
    "ét": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "femten": 15,
    "tyve": 20,
    "tredive": 30,
}

# Words after which a four-digit number from 1900 to 2099 is a year ("oprettet i
# 2002", "før 2014"). "i" and "siden" have their own patterns, because they change what
# the year means ("siden 2014" runs to the article date). Without a cue a number stays a number
# ("1950 soldater"). "til" and "omkring" are left out: "op til 2000 soldater",
# "omkring 1950 mennesker" are amounts far more often than years.
YEAR_CUES: tuple[str, ...] = (
    "fra",  # "fra 2020"; "fra 2020 til 2022" is a range, read first
    "år",
    "året",
    "før",
    "efter",
    "inden",
    "indtil",
    "frem til",
    "primo",
    "medio",
    "ultimo",
    "foråret",
    "sommeren",
    "efteråret",
    "vinteren",
    "starten af",
    "begyndelsen af",
    "midten af",
    "slutningen af",
    "udgangen af",
    "løbet af",
)

# Seasons, as their first month. Meteorological seasons (DMI): spring is March-May,
# summer June-August, autumn September-November, winter December-February. The
# definite form ("foråret") is read after a cue ("i foråret", "hele foråret", "det meste
# af foråret"); the indefinite one after "i"/"til"/"sidste"/"næste" ("i sommer").
SEASONS: dict[str, int] = {
    "foråret": 3,
    "sommeren": 6,
    "efteråret": 9,
    "vinteren": 12,
}
SEASONS_INDEFINITE: dict[str, int] = {
    "forår": 3,
    "sommer": 6,
    "efterår": 9,
    "vinter": 12,
}
# Words before a bare definite season that make it a time ("det meste af foråret",
# "prognosen for sommeren"). "om foråret" is habitual and "på" rarely a time, so both
# are left out.
SEASON_CUES: tuple[str, ...] = ("af", "over", "gennem", "for", "inden", "før", "efter")

# A year offset after a month or date: "februar i år", "den 1. juli næste år".
YEAR_OFFSETS: dict[str, int] = {
    "i år": 0,
    "næste år": 1,
    "sidste år": -1,
    "i fjor": -1,
}

# A four-digit number without a cue ("kom ud af 2020 med", "i forhold til 2019.") is a
# year only when the word after it could not be counted by it: the end of a sentence,
# or one of these words. "2000 soldater" stays an amount.
YEAR_FOLLOWERS: tuple[str, ...] = (
    "og", "eller", "samt", "med", "til", "mod", "for", "fra", "efter", "før", "end", "på",
    "i", "hvor", "da", "som", "men", "at", "var", "blev", "er", "har", "havde", "kom",
)
# Words before a number that make it an amount ("op til 2000", "omkring 1950").
AMOUNT_CUES: tuple[str, ...] = (
    "op til", "op mod", "omkring", "cirka", "ca", "over", "under", "næsten", "knap",
    "godt", "mere end", "flere end", "mindre end", "færre end", "mindst", "højst", "på",
    "alle", "kun", "blot", "nummer", "nr", "kl", "klokken", "side", "de", "disse",
)

# Days of the month written as ordinal words: "onsdag den femte juni", "den første maj".
# Read only after "den", where they cannot be counting something ("første kvartal").
ORDINAL_DAYS: dict[str, int] = {
    "første": 1, "anden": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "syvende": 7, "ottende": 8, "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12,
    "trettende": 13, "fjortende": 14, "femtende": 15, "sekstende": 16, "syttende": 17,
    "attende": 18, "nittende": 19, "tyvende": 20, "enogtyvende": 21, "toogtyvende": 22,
    "treogtyvende": 23, "fireogtyvende": 24, "femogtyvende": 25, "seksogtyvende": 26,
    "syvogtyvende": 27, "otteogtyvende": 28, "niogtyvende": 29, "tredivte": 30,
    "enogtredivte": 31,
}

# The words a web page stamps its own date with ("Publiceret 12. marts 2021", "Senest
# opdateret: ..."): a date after one opening a line is the page's, not the story's. The
# same list as the ingest stage's datelines (``PAGE_STAMP_CUES`` there; the nlp stage
# does not import ingest internals), kept equal by tests/ingest/test_datelines.py.
PAGE_STAMP_CUES: tuple[str, ...] = (
    "publiceret", "udgivet", "offentliggjort", "senest opdateret", "opdateret", "dato")
