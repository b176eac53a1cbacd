"""The scorer itself, on tiny hand-built cases: it must be right before it judges anything."""

from __future__ import annotations

import json
from datetime import date

import pytest
import spacy

from pressespejl.errors import InputError
from pressespejl.evaluate import (
    GoldArticle,
    GoldQuote,
    GoldTime,
    evaluate,
    evaluate_conll,
    gold_period,
    gold_styles,
    load_gold,
    normalize_words,
    parse_time_value,
    quote_match,
    quote_style,
    read_conll,
    speaker_match,
    time_inside,
    time_text_match,
)
from pressespejl.types import Analysis, Article, Person, Quote, TimeExpression

STOLTENBERG = GoldQuote(
    kind="direct",
    speaker="Jens Stoltenberg",
    start="Hvis Rusland igen indleder en",
    end="del af alliancen",
)
KOFOD = GoldQuote(
    kind="direct",
    speaker="Jeppe Kofod",
    start="Jeg håber, at Rusland nu",
    end="det diplomatiske spor",
)
GOLD = GoldArticle(
    id="001_test",
    quotes=(STOLTENBERG, KOFOD),
    people=("Jens Stoltenberg", "Jeppe Kofod"),
    orgs=("Nato",),
    places=("Rusland", "Ukraine"),
    time_expressions=(GoldTime("onsdag", "2022-01-12"), GoldTime("i 2014", "2014")),
)
ARTICLE = Article(
    id="abc123", text="(tekst)", published=date(2022, 1, 12), path="/x/001_test.txt"
)
STOLTENBERG_TEXT = (
    "Hvis Rusland igen indleder en offensiv mod Ukraine, så bliver vi nødt til at "
    "overveje at øge vores tilstedeværelse i den østlige del af alliancen"
)
KOFOD_TEXT = "Jeg håber, at Rusland nu griber muligheden for at forfølge det diplomatiske spor"


def quote(text: str, speaker: str | None, kind: str = "direct") -> Quote:
    return Quote(
        kind=kind, text=text, speaker=speaker, speaker_mention=speaker, cue="siger",
        start=0, end=len(text),
    )


def analysis(*quotes: Quote, times: tuple[TimeExpression, ...] = ()) -> Analysis:
    return Analysis(
        article_id="abc123",
        pipeline="test",
        quotes=quotes,
        people=(Person("Jens Stoltenberg"), Person("Jeppe Kofod")),
        organisations=("Nato",),
        places=("Rusland", "Ukraine"),
        time_expressions=times,
    )


def time(text: str, earliest: date, latest: date) -> TimeExpression:
    return TimeExpression(text, 0, len(text), earliest, latest, "day")


PERFECT_TIMES = (
    time("onsdag", date(2022, 1, 12), date(2022, 1, 12)),
    time("2014", date(2014, 1, 1), date(2014, 12, 31)),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Det er et positivt tegn, siger", ["det", "er", "et", "positivt", "tegn", "siger"]),
        ("„Vi vinder”, lød det.", ["vi", "vinder", "lød", "det"]),
        ("»Nato-Rusland-rådet« mødtes om 100.000", ["nato-rusland-rådet", "mødtes", "om",
                                                   "100.000"]),
        ('"reel risiko"', ["reel", "risiko"]),
        (" – ", []),
    ],
)
def test_normalize_words_strips_edge_punctuation(text, expected):
    assert normalize_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (STOLTENBERG_TEXT, "exact"),
        ("- " + STOLTENBERG_TEXT + ", siger Stoltenberg.", "contains"),
        ("Hvis Rusland igen indleder en offensiv mod Ukraine", None),  # cut short
        ("Rusland igen indleder en offensiv ... del af alliancen", None),  # start missing
        (KOFOD_TEXT, None),
    ],
)
def test_quote_match_exact_contains_or_none(text, expected):
    assert quote_match(STOLTENBERG, text) == expected


def test_quote_match_short_quote_start_and_end_overlap():
    gold = GoldQuote("indirect", "Rusland", "forstå alvoren", "forstå alvoren")
    assert quote_match(gold, "forstå alvoren") == "exact"
    assert quote_match(gold, "Nato snart skal forstå alvoren") == "contains"


def test_evaluate_perfect():
    report = evaluate(
        [GOLD],
        [(ARTICLE, analysis(quote(STOLTENBERG_TEXT, "Jens Stoltenberg"),
                            quote(KOFOD_TEXT, "jeppe kofod"),  # case-insensitive
                            times=PERFECT_TIMES))],
    )
    assert report.articles == 1
    assert report.quotes["all"].f1 == 1.0
    assert report.quotes["direct"].f1 == 1.0
    assert report.attribution["all"].value == 1.0
    assert report.attributed.f1 == 1.0
    assert report.entities["all"].f1 == 1.0
    assert report.time_text.f1 == 1.0
    assert report.time_value.f1 == 1.0
    assert report.misses == []


def test_evaluate_missing_quote_lowers_recall_only():
    report = evaluate([GOLD], [(ARTICLE, analysis(quote(STOLTENBERG_TEXT, "Jens Stoltenberg")))])
    score = report.quotes["all"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 1)
    assert score.precision == 1.0
    assert score.recall == 0.5
    assert report.attribution["all"].value == 1.0
    assert [m.what for m in report.misses if "quote" in m.what] == ["missed quote"]


def test_evaluate_wrong_speaker_and_surname_only():
    report = evaluate(
        [GOLD],
        [(ARTICLE, analysis(quote(STOLTENBERG_TEXT, "Stoltenberg"),  # surname only: wrong
                            quote(KOFOD_TEXT, "Jens Stoltenberg")))],
    )
    assert report.quotes["all"].f1 == 1.0  # detection is right
    assert report.attribution["all"].correct == 0
    assert report.attribution["all"].total == 2
    assert report.attributed.tp == 0
    wrong = [m for m in report.misses if m.what == "wrong speaker"]
    assert len(wrong) == 2
    assert "Jens Stoltenberg" in (wrong[0].expected or "")


def test_evaluate_extra_quote_lowers_precision_only():
    report = evaluate(
        [GOLD],
        [(ARTICLE, analysis(quote(STOLTENBERG_TEXT, "Jens Stoltenberg"),
                            quote(KOFOD_TEXT, "Jeppe Kofod"),
                            quote("Det bliver ikke let", "Jens Stoltenberg")))],
    )
    score = report.quotes["all"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)
    assert score.recall == 1.0
    assert score.precision == pytest.approx(2 / 3)
    assert any(m.what == "extra quote" for m in report.misses)


def test_evaluate_wrong_kind_counts_per_kind_but_not_overall():
    report = evaluate(
        [GOLD],
        [(ARTICLE, analysis(quote(STOLTENBERG_TEXT, "Jens Stoltenberg", kind="partial"),
                            quote(KOFOD_TEXT, "Jeppe Kofod")))],
    )
    assert report.quotes["all"].f1 == 1.0
    assert (report.quotes["direct"].tp, report.quotes["direct"].fn) == (1, 1)
    assert report.quotes["indirect"].fp == 1
    assert any(m.what == "wrong kind" for m in report.misses)


def test_evaluate_one_long_prediction_matches_one_gold_quote():
    merged = STOLTENBERG_TEXT + " " + KOFOD_TEXT
    report = evaluate([GOLD], [(ARTICLE, analysis(quote(merged, "Jens Stoltenberg")))])
    assert (report.quotes["all"].tp, report.quotes["all"].fn) == (1, 1)


def test_evaluate_entities_are_sets_per_article():
    result = Analysis(
        article_id="abc123", pipeline="test",
        people=(Person("Jens Stoltenberg"), Person("Stoltenberg")),
        organisations=("NATO",), places=(),
    )
    report = evaluate([GOLD], [(ARTICLE, result)])
    people = report.entities["people"]
    assert (people.tp, people.fp, people.fn) == (1, 1, 1)
    assert report.entities["orgs"].f1 == 1.0  # case-insensitive
    assert report.entities["places"].fn == 2


def test_evaluate_time_text_and_value():
    report = evaluate(
        [GOLD],
        [(ARTICLE, analysis(times=(
            time("onsdag", date(2022, 1, 12), date(2022, 1, 12)),
            time("onsdag", date(2022, 1, 12), date(2022, 1, 12)),  # repeated: counted once
            time("2014", date(2014, 3, 1), date(2014, 3, 31)),  # wrong value
            time("i morgen", date(2022, 1, 13), date(2022, 1, 13)),  # not in gold
        )))],
    )
    assert (report.time_text.tp, report.time_text.fp, report.time_text.fn) == (2, 1, 0)
    assert (report.time_value.tp, report.time_value.fp, report.time_value.fn) == (1, 2, 1)


def test_evaluate_missing_article_counts_every_gold_item_missed():
    report = evaluate([GOLD], [])
    assert report.articles == 0
    assert report.quotes["all"].fn == 2
    assert report.entities["all"].fn == 5
    assert report.misses[0].what == "missing article"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-12", (date(2022, 1, 12), date(2022, 1, 12))),
        ("2022-02", (date(2022, 2, 1), date(2022, 2, 28))),
        ("2014", (date(2014, 1, 1), date(2014, 12, 31))),
        ("2022-01-05..2022-01-26", (date(2022, 1, 5), date(2022, 1, 26))),
        ("2021-12..2022", (date(2021, 12, 1), date(2022, 12, 31))),
    ],
)
def test_parse_time_value(value, expected):
    assert parse_time_value(value) == expected


def test_parse_time_value_rejects_other_forms():
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_time_value("onsdag")


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [("i 2014", "2014", True), ("den 3. marts", "3. marts", True), ("onsdag", "Onsdag", True),
     ("onsdag", "torsdag", False)],
)
def test_time_text_match(gold, predicted, expected):
    assert time_text_match(gold, predicted) is expected


def test_load_gold_reads_records_and_names_bad_lines(tmp_path):
    good = {"id": "a", "quotes": [{"kind": "direct", "speaker": "X", "start": "a", "end": "b"}],
            "people": ["X"], "orgs": [], "places": [], "time_expressions": []}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n\n", encoding="utf-8")
    assert load_gold(path)[0].quotes[0].speaker == "X"

    bad = dict(good, quotes=[{"kind": "partial", "speaker": "X", "start": "a", "end": "b"}])
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:2: .*'partial'"):
        load_gold(path)


CONLL = """# sent_id = 1
# text = Jens Stoltenberg besøgte Nato i Bruxelles.
1\tJens\tB-PER\tx\ts
2\tStoltenberg\tI-PER\tx\ts
3\tbesøgte\tO\tx\ts
4\tNato\tB-ORG\tx\ts
5\ti\tO\tx\ts
6\tBruxelles\tB-LOC\tx\ts
7\t.\tO\tx\ts

# text = Mette bor i Aarhus.
1\tMette\tB-PER\tx\ts
2\tbor\tO\tx\ts
3\ti\tO\tx\ts
4\tAarhus\tB-LOC\tx\ts
5\t.\tO\tx\ts
"""


def test_read_conll(tmp_path):
    path = tmp_path / "tiny.iob2"
    path.write_text(CONLL, encoding="utf-8")
    sentences = read_conll(path)
    assert len(sentences) == 2
    assert sentences[1].words == ("Mette", "bor", "i", "Aarhus", ".")
    assert sentences[0].tags[:2] == ("B-PER", "I-PER")


def test_evaluate_conll_per_label(tmp_path):
    path = tmp_path / "tiny.iob2"
    path.write_text(CONLL, encoding="utf-8")
    nlp = spacy.blank("da")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([
        {"label": "PER", "pattern": "Jens Stoltenberg"},
        {"label": "LOC", "pattern": "Bruxelles"},
        {"label": "LOC", "pattern": "Mette"},  # wrong label
        {"label": "MISC", "pattern": "Aarhus"},  # not a label of the file: dropped
    ])
    report = evaluate_conll(path, nlp)
    assert report.sentences == 2
    assert report.per_label["PER"]["p"] == 1.0
    assert report.per_label["PER"]["r"] == 0.5
    assert report.per_label["LOC"]["p"] == 0.5
    assert "MISC" not in report.per_label
    assert report.overall["p"] == pytest.approx(2 / 3, abs=1e-3)
    assert report.overall["r"] == pytest.approx(2 / 5, abs=1e-3)


# ----------------------------------------------------------------- the `pressespejl eval` command


@pytest.fixture
def gold_dir(tmp_path, monkeypatch):
    """One article, its gold line, and a fake pipeline that finds one of its two quotes."""
    import pressespejl.nlp

    (tmp_path / "001_test.txt").write_text(
        "date 2022-01-12 Nato holder møde onsdag.\n\n- " + STOLTENBERG_TEXT
        + ", siger Jens Stoltenberg.\n\n- " + KOFOD_TEXT + ", siger Jeppe Kofod.\n\n/ritzau/\n",
        encoding="utf-8",
    )
    record = {"id": "001_test",
              "quotes": [vars(STOLTENBERG), vars(KOFOD)],
              "people": ["Jens Stoltenberg", "Jeppe Kofod"], "orgs": ["Nato"], "places": [],
              "time_expressions": [{"text": "onsdag", "value": "2022-01-12"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                         encoding="utf-8")

    def fake_analyze_many(articles, nlp=None):
        for article in articles:
            yield article, analysis(quote(STOLTENBERG_TEXT, "Jens Stoltenberg"))

    monkeypatch.setattr(pressespejl.nlp, "analyze_many", fake_analyze_many)
    monkeypatch.setattr(pressespejl.nlp, "load_pipeline", lambda model=None: None)
    return tmp_path


def _run(*args: str):
    from click.testing import CliRunner

    from pressespejl.cli.evaluate import eval_command

    return CliRunner().invoke(eval_command, list(args))


def test_eval_command_prints_table(gold_dir):
    result = _run(str(gold_dir / "gold.jsonl"), str(gold_dir))
    assert result.exit_code == 0, result.output
    assert "Gold articles scored: 1" in result.output
    assert "quotes (all)            1.000  0.500  0.667" in result.output
    assert "Misses" not in result.output


def test_eval_command_json_and_show_errors(gold_dir):
    result = _run(str(gold_dir / "gold.jsonl"), str(gold_dir), "--format", "json",
                  "--show-errors")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["quotes"]["all"]["fn"] == 1
    assert data["attribution"]["all"]["accuracy"] == 1.0
    assert {"article": "001_test", "what": "missed quote",
            "expected": "[direct] Jeppe Kofod: Jeg håber, at Rusland nu … det diplomatiske spor",
            "predicted": None} in data["misses"]


def test_eval_command_needs_gold_and_articles(gold_dir):
    result = _run(str(gold_dir / "gold.jsonl"))
    assert result.exit_code == 2
    assert "give GOLD and ARTICLES_DIR, or --conll FILE" in result.output


def test_eval_command_conll(tmp_path, monkeypatch):
    import pressespejl.nlp

    nlp = spacy.blank("da")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "LOC", "pattern": "Aarhus"}])
    monkeypatch.setattr(pressespejl.nlp, "load_pipeline", lambda model=None: nlp)
    path = tmp_path / "tiny.iob2"
    path.write_text(CONLL, encoding="utf-8")
    result = _run("--conll", str(path))
    assert result.exit_code == 0, result.output
    assert "Sentences: 2" in result.output
    assert "LOC       1.000  0.500  0.667" in result.output


# ------------------------------------------------- real-news gold: its fields, speakers, styles


def test_load_gold_reads_the_real_news_fields(tmp_path):
    record = {
        "id": "r900", "url": "https://example.invalid/a", "query": "borgmester siger",
        "outlet": "example.invalid", "date": None, "doubts": "hard call",
        "quotes": [{"kind": "direct", "speaker": "[borgmesteren]",
                    "speaker_mention": "borgmesteren", "cue": "siger",
                    "start": "Vi har råd", "end": "har råd"}],
        "people": [], "orgs": [], "places": [],
        "time_expressions": [{"text": "i går", "value": None},
                             {"text": "2015/16", "value": "2015/2016"}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (gold,) = load_gold(path)
    assert gold.dated is False
    assert gold.quotes[0].cue == "siger"
    assert gold.quotes[0].speaker_mention == "borgmesteren"
    assert [t.value for t in gold.time_expressions] == [None, "2015/2016"]
    assert parse_time_value("2015/2016") == (date(2015, 1, 1), date(2016, 12, 31))
    assert parse_time_value("2020-11-07/2020-11-08") == (date(2020, 11, 7), date(2020, 11, 8))


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Jens Stoltenberg", "jens  stoltenberg", True),
        ("Jens Stoltenberg", "Stoltenberg", False),
        # joint speakers: the same names in any order
        ("Radikale Venstre; Enhedslisten", "Enhedslisten; Radikale Venstre", True),
        ("Radikale Venstre; Enhedslisten", "Enhedslisten", False),
        # UNKNOWN: right only when nobody is predicted
        ("UNKNOWN", None, True),
        ("UNKNOWN", "Ole Hansen", False),
        # a descriptor matches a description of the same kind of person
        ("[borgmesteren]", "borgmesteren", True),
        ("[borgmesteren]", "en borgmester", True),
        ("[mange af de afviste asylansøgere]", "asylansøgerne", True),
        ("[vagthavende ved Nordsjællands Politi]", "vagthavende ved Nordsjællands Politi", True),
        # ... but not a name, nor the organisation named inside it, nor nobody
        ("[borgmesteren]", "Hans Borgmester", False),
        ("[vagthavende ved Nordsjællands Politi]", "Nordsjællands Politi", False),
        ("[alle ministre på pressemødet]", "alle", False),
        ("[borgmesteren]", None, False),
    ],
)
def test_speaker_match(gold, predicted, expected):
    assert speaker_match(gold, predicted) is expected


STYLED_TEXT = (
    "Borgmesteren talte.\n\n"
    "- Vi har råd, siger hun. - Og vi bygger.\n\n"
    "»Det er godt,« siger Ole.\n\n"
    "“Det er skidt,” siger Per.\n\n"
    "”Det er fint”, siger Eva.\n\n"
    "'Det er sjovt', siger Bo.\n\n"
    "Han siger:\n\nVi kommer igen."
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [("Vi har råd", "dash"), ("Og vi bygger", "dash"), ("Det er godt", "guillemets"),
     ("Det er skidt", "marks"), ("Det er fint", "marks"), ("Det er sjovt", "marks"),
     ("Vi kommer igen", "other")],
)
def test_quote_style(words, expected):
    assert quote_style(STYLED_TEXT, STYLED_TEXT.index(words)) == expected


def test_gold_styles_tell_repeated_starts_apart():
    text = "- Vi er klar, siger Ole.\n\nHan gentog det.\n\n»Vi er klar,« siger Ole."
    quotes = [GoldQuote("direct", "Ole", "Vi er klar", "er klar")] * 2 + [
        GoldQuote("indirect", "Ole", "x", "x")]
    assert gold_styles(text, quotes) == ["dash", "guillemets", "indirect"]


def _styled_article(text: str) -> Article:
    return Article(id="s", text=text, published=date(2022, 1, 12), path="/x/s.txt")


def _at(text: str, words: str, speaker: str | None, kind: str = "direct",
        confidence: float = 0.9) -> Quote:
    start = text.index(words)
    return Quote(kind=kind, text=words, speaker=speaker, speaker_mention=None, cue="siger",
                 start=start, end=start + len(words), confidence=confidence)


def test_evaluate_scores_each_style_and_kind_with_the_speaker():
    text = ("- Vi har råd, siger Ole Dam.\n\n»Det er godt,« siger Ole Dam.\n\n"
            "Ole Dam siger, at skolen lukker.")
    gold = GoldArticle(id="s", quotes=(
        GoldQuote("direct", "Ole Dam", "Vi har råd", "har råd"),
        GoldQuote("direct", "Ole Dam", "Det er godt", "er godt"),
        GoldQuote("indirect", "Ole Dam", "skolen lukker", "skolen lukker"),
    ))
    predicted = Analysis(article_id="s", pipeline="t", quotes=(
        _at(text, "Vi har råd", "Ole Dam", confidence=0.95),
        _at(text, "Det er godt", "Per Dam", confidence=0.75),  # found, wrong speaker
        _at(text, "Ole Dam siger", "Ole Dam", kind="indirect", confidence=0.3),  # extra
    ))
    report = evaluate([gold], [(_styled_article(text), predicted)])
    assert (report.styles["dash"].tp, report.styles["dash"].fp) == (1, 0)
    assert (report.styles["guillemets"].tp, report.styles["guillemets"].fn) == (1, 0)
    assert (report.styles["indirect"].fp, report.styles["indirect"].fn) == (1, 1)
    dash, guillemets = report.attributed_by["dash"], report.attributed_by["guillemets"]
    assert (dash.tp, dash.fp, dash.fn) == (1, 0, 0)
    assert (guillemets.tp, guillemets.fp, guillemets.fn) == (0, 1, 1)
    direct = report.attributed_by["direct"]
    assert (direct.tp, direct.fp, direct.fn) == (1, 1, 1)
    assert report.attributed_by["indirect"].fn == 1
    buckets = {k: (b.predicted, b.found, b.right) for k, b in report.confidence.items()}
    assert buckets["0.9-1.0"] == (1, 1, 1)
    assert buckets["0.7-0.8"] == (1, 1, 0)
    assert buckets["0.0-0.5"] == (1, 0, 0)


@pytest.mark.parametrize(
    ("value", "earliest", "latest", "expected"),
    [
        ("2022-01-12", date(2022, 1, 12), date(2022, 1, 12), True),
        ("2022-01-12", date(2022, 1, 11), date(2022, 1, 12), True),  # "i nat": two days
        ("2022-01-12", date(2022, 1, 10), date(2022, 1, 16), False),  # a week: too wide
        ("2022-01-12", date(2022, 1, 5), date(2022, 1, 26), False),  # any Wednesday: too wide
        ("2022-01-12", date(2022, 1, 13), date(2022, 1, 13), False),
        ("2022-01", date(2022, 1, 1), date(2022, 1, 31), True),
        ("2022-01", date(2022, 1, 1), date(2022, 2, 28), True),  # twice as long at most
        ("2022-01", date(2022, 1, 1), date(2022, 3, 31), False),  # a quarter for a month
        ("2017", date(2017, 6, 1), date(2017, 8, 31), True),  # more precise than the gold
        ("2013", date(2013, 1, 1), date(2019, 4, 30), False),  # a range from 2013: wider
        ("2015/2016", date(2015, 1, 1), date(2016, 12, 31), True),
        ("2020-11-07/2020-11-08", date(2020, 11, 7), date(2020, 11, 8), True),
        ("2020-11-07/2020-11-08", date(2020, 11, 6), date(2020, 11, 9), True),
        ("2020-11-07/2020-11-08", date(2020, 11, 6), date(2020, 11, 10), False),
        ("2020-11-07/2020-11-08", date(2020, 11, 8), date(2020, 11, 9), False),  # overlaps only
    ],
)
def test_time_inside(value, earliest, latest, expected):
    assert time_inside(value, earliest, latest) is expected


@pytest.mark.parametrize(
    ("text", "value", "article_last", "expected"),
    [
        # An open range written by the point it starts from runs to the article date ...
        ("siden 2013", "2013", date(2019, 4, 30), (date(2013, 1, 1), date(2019, 4, 30))),
        ("Siden marts", "2024-03", date(2024, 5, 2), (date(2024, 3, 1), date(2024, 5, 2))),
        # ... also written out; unknown article date or no "siden": as written.
        ("siden 2019", "2019..2024-02-08", date(2024, 2, 8), (date(2019, 1, 1), date(2024, 2, 8))),
        ("siden 2013", "2013", None, (date(2013, 1, 1), date(2013, 12, 31))),
        ("i 2013", "2013", date(2019, 4, 30), (date(2013, 1, 1), date(2013, 12, 31))),
    ],
)
def test_gold_period_reads_an_open_range_to_the_article_date(text, value, article_last,
                                                             expected):
    assert gold_period(GoldTime(text, value), article_last) == expected


def test_evaluate_time_open_range_against_its_start_year():
    """Real-news gold values "siden 2013" as "2013"; the range 2013..article date is right."""
    gold = GoldArticle(id="001_test", article_date="2019-04-10",
                       time_expressions=(GoldTime("siden 2013", "2013"),))
    report = evaluate([gold], [(ARTICLE, analysis(times=(
        time("siden 2013", date(2013, 1, 1), date(2019, 4, 10)),)))])
    assert report.time_inside["all"].correct == 1
    assert (report.time_value.tp, report.time_value.fp) == (1, 0)


def test_evaluate_time_texts_pair_the_same_words_first():
    gold = GoldArticle(id="001_test", time_expressions=(
        GoldTime("den femte juni", "2019-06-05"), GoldTime("5. juni", "2019-06-05")))
    report = evaluate([gold], [(ARTICLE, analysis(times=(
        time("juni", date(2019, 6, 1), date(2019, 6, 30)),
        time("5. juni", date(2019, 6, 5), date(2019, 6, 5)),
    )))])
    assert (report.time_text.tp, report.time_text.fn) == (2, 0)
    assert report.time_inside["all"].correct == 1  # "5. juni" paired with "5. juni"


def test_evaluate_time_null_values_score_only_the_text():
    gold = GoldArticle(id="001_test", time_expressions=(
        GoldTime("i går", None), GoldTime("i 2014", "2014")), dated=False)
    report = evaluate([gold], [(ARTICLE, analysis(times=(
        time("i går", date(2022, 1, 11), date(2022, 1, 11)),
        time("i 2014", date(2014, 1, 1), date(2014, 12, 31)),
    )))])
    assert (report.time_text.tp, report.time_text.fn) == (2, 0)
    assert (report.time_value.tp, report.time_value.fp, report.time_value.fn) == (1, 0, 0)
    assert report.time_inside["all"].as_dict()["correct"] == 1
    assert report.time_inside["all"].total == 1
    assert report.time_inside["dated"].total == 0  # the gold says the article has no date


def test_evaluate_names_unread_articles_and_counts_their_gold_missed():
    report = evaluate([GOLD], [], unread={"001_test": "rejected by the reader: no date"},
                      raw_texts={"001_test": "»" + STOLTENBERG_TEXT + "«, siger han."})
    assert report.unread == {"001_test": "rejected by the reader: no date"}
    assert report.quotes["all"].fn == 2
    assert report.styles["guillemets"].fn == 1  # the style comes from the raw text
    assert report.misses[0].predicted == "rejected by the reader: no date"


def test_evaluate_entities_per_article():
    report = evaluate([GOLD], [(ARTICLE, analysis())])
    scores = report.entities_by_article["001_test"]
    assert scores["people"].f1 == 1.0
    assert (scores["places"].tp, scores["places"].fn) == (2, 0)


def test_eval_command_reports_unread_articles_and_styles(gold_dir):
    # an impossible date is rejected by the reader (an undated text would be read)
    (gold_dir / "002_undated.txt").write_text("date 2022-13 Forkert dato.\n", encoding="utf-8")
    lines = (gold_dir / "gold.jsonl").read_text(encoding="utf-8")
    extra = {"id": "002_undated", "date": None, "quotes": [vars(KOFOD)], "people": [],
             "orgs": [], "places": [], "time_expressions": []}
    (gold_dir / "gold.jsonl").write_text(lines + json.dumps(extra) + "\n", encoding="utf-8")
    result = _run(str(gold_dir / "gold.jsonl"), str(gold_dir))
    assert result.exit_code == 0, result.output
    assert "Not read, their gold counted as missed: 1" in result.output
    assert "002_undated: rejected by the reader" in result.output
    assert "dash paragraph" in result.output
    data = json.loads(_run(str(gold_dir / "gold.jsonl"), str(gold_dir), "--format",
                           "json").stdout)
    assert set(data["unread"]) == {"002_undated"}
    assert data["quotes"]["all"]["fn"] == 2
    assert {"styles", "attributed_by", "confidence", "entities_by_article",
            "time_inside"} <= set(data)
