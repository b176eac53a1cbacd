"""The seed text format: date line, paragraphs, wire byline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressespejl.ingest import read_path
from pressespejl.types import Article, IngestProblem

SEED = Path(__file__).parent / "fixtures" / "seed" / "000_68a4d7f295b6d847.txt"


def only(path: Path) -> Article | IngestProblem:
    [item] = list(read_path(path))
    return item


def test_seed_parsed_exactly():
    article = only(SEED)
    assert isinstance(article, Article)
    assert article.published == date(2022, 1, 1)
    assert article.precision == "month"
    assert article.date_label == "2022-01"
    assert article.sources == ("ritzau", "Reuters")
    assert article.byline == "/ritzau/Reuters"
    assert article.title is None
    assert article.path == str(SEED)
    assert article.text.startswith("Nato vil overveje at sende yderligere soldater")
    assert article.text.endswith("Det har Nato hidtil kategorisk afvist.")
    assert "/ritzau/" not in article.text
    assert "date" not in article.text[:10]
    assert len(article.id) == 16


def test_seed_text_paragraphs_are_byte_identical_to_the_file():
    article = only(SEED)
    raw = SEED.read_text(encoding="utf-8")
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 16
    assert paragraphs[1] == "Det siger Natos generalsekretær, Jens Stoltenberg, onsdag."
    for paragraph in paragraphs:
        assert paragraph in raw


def test_seed_text_day_precision(write):
    article = only(write("a.txt", "date 2022-01-12 Det siger Stoltenberg.\n\n/ritzau/AFP\n"))
    assert article.published == date(2022, 1, 12)
    assert article.precision == "day"
    assert article.sources == ("ritzau", "AFP")
    assert article.text == "Det siger Stoltenberg."


@pytest.mark.parametrize(
    ("byline", "sources"),
    [("/ritzau/", ("ritzau",)), ("/ritzau/dpa", ("ritzau", "dpa")),
     ("/ritzau/Reuters", ("ritzau", "Reuters"))],
)
def test_seed_text_bylines(write, byline, sources):
    article = only(write("a.txt", f"date 2022-01 Tekst her.\n\n{byline}"))
    assert (article.sources, article.byline, article.text) == (sources, byline, "Tekst her.")


def test_seed_text_byline_on_last_line_of_paragraph(write):
    article = only(write("a.txt", "date 2022-01 Første.\n\nSidste linje.\n/ritzau/\n"))
    assert article.text == "Første.\n\nSidste linje."
    assert article.sources == ("ritzau",)


def test_seed_text_a_stamp_after_the_byline_dates_another_story(write):
    # A page pasted as text: the story, its byline, then a related-story box with
    # another story's stamp. The stamp must not date this (undated) story.
    text = (
        "Ministeren fordømmer angrebet natten til torsdag.\n\n"
        "- Det er uacceptabelt, siger hun.\n\n/ritzau/\n\nLæs også\n\n25.03.23\n\n"
        "Partiet har fået et ungdomsparti\n\nPartiet vedtog i dag at stifte det.")
    article = only(write("a.txt", text))
    assert article.published is None and article.precision == "none"
    assert article.text.endswith("vedtog i dag at stifte det.")  # the text is kept whole


def test_seed_text_stamp_without_byline_before_it_dates_the_story(write):
    article = only(write("a.txt", "Ministeren fordømmer angrebet.\n\nOpdateret 25.03.23 kl. 10.12"))
    assert article.published == date(2023, 3, 25) and article.precision == "day"
    last = only(write(
        "b.txt", "Ministeren fordømmer angrebet.\n\nOpdateret 25.03.23 kl. 10.12\n\n/ritzau/"))
    assert last.published == date(2023, 3, 25) and last.sources == ("ritzau",)


def test_seed_text_without_byline_keeps_slash_sentences(write):
    text = "date 2022-01 Første.\n\n/ er et skråstreg, og det er en hel sætning med mange ord."
    article = only(write("a.txt", text))
    assert article.byline is None and article.sources == ()
    assert article.text.endswith("mange ord.")


def test_seed_text_normalises_crlf_trailing_spaces_and_blank_runs(write):
    crlf = only(write("crlf.txt",
                      " date 2022-01 Første.  \r\n\r\n\r\n\r\nAnden.\t\r\n\r\n/ritzau/\r\n"))
    lf = only(write("lf.txt", " date 2022-01 Første.\n\nAnden.\n\n/ritzau/\n"))
    assert crlf.text == lf.text == "Første.\n\nAnden."
    assert crlf.id == lf.id


def test_seed_text_utf8_bom_is_accepted(write):
    article = only(write("bom.txt", b"\xef\xbb\xbfdate 2022-01 Hej med \xc3\xa6\xc3\xb8\xc3\xa5."))
    assert article.text == "Hej med æøå."


def test_seed_text_text_starting_on_next_line(write):
    article = only(write("a.txt", "date 2022-01\nTeksten står på næste linje."))
    assert article.text == "Teksten står på næste linje."


def test_seed_text_drops_web_boilerplate_paragraphs(write):
    article = only(write("web.txt", (
        "date 2023-01-26 Ny svømmehal bliver dyrere\n\nSkrevet af Jonas Kjær\n\n"
        "Foto: Ida Holm/Fjordposten\n\nPrisen stiger.\n\n"
        "Læs også: Borgmester: - Vi bygger ikke flere haller\n\n"
        "Af samme grund er der møde i morgen.\n")))
    assert article.text == ("Ny svømmehal bliver dyrere\n\nPrisen stiger.\n\n"
                            "Af samme grund er der møde i morgen.")


@pytest.mark.parametrize(
    ("content", "line", "what"),
    [
        ("date 2022-13 Tekst.", 1, "month 13 does not exist"),
        ("date 2022-02-30 Tekst.", 1, "2022-02 has no day 30"),
        ("\n\n  date 12-01-2022 Tekst.", 3, "unrecognised date '12-01-2022'"),
        ("\n\ndate 2022-01\n\n", 3, "no article text after the date"),
        ("date 2022-01 \n\n/ritzau/\n", 1, "no article text after the date"),
    ],
)
def test_seed_text_bad_input_names_file_and_line(write, content, line, what):
    path = write("bad.txt", content)
    problem = only(path)
    assert isinstance(problem, IngestProblem)
    assert problem.path == str(path)
    assert problem.line == line
    assert what in problem.what
    assert problem.hint
    assert str(problem).startswith(f"{path}:{line}: ")


def test_seed_text_bad_date_hint_shows_the_format(write):
    problem = only(write("bad.txt", "date 2022-13 Nato vil overveje ..."))
    assert "2022-01-12" in problem.hint


def test_issue8_seed_text_without_date_line_is_an_undated_article(write):
    article = only(write("udateret.txt", "Borgmester satte gang i budgettet\n\n"
                                         "Det siger borgmesteren i dag.\n\n/ritzau/\n"))
    assert isinstance(article, Article)
    assert (article.published, article.precision, article.date_label) == (None, "none", None)
    assert article.text == "Borgmester satte gang i budgettet\n\nDet siger borgmesteren i dag."
    assert article.sources == ("ritzau",)
    assert len(article.id) == 16


def test_seed_text_headline_starting_with_date_word_is_text(write):
    article = only(write("a.txt", "Date night i Tivoli trak fulde huse\n\nTekst."))
    assert article.text.startswith("Date night") and article.published is None


@pytest.mark.parametrize(("content", "published", "precision"), [
    # no date line: a dateline in the text dates the article
    ("Titel\n\nPubliceret 12. marts 2021\n\nTekst om sagen.", date(2021, 3, 12), "day"),
    ("Titel\n\n1. september 2016 Politik Skrevet af: Ole Hansen\n\nTekst.",
     date(2016, 9, 1), "day"),
    # a month header is narrowed to the day of a dateline in that month ...
    ("date 2019-04 Jens Hansen Onsdag, 10. april 2019 - 17:22\n\nTekst.",
     date(2019, 4, 10), "day"),
    # ... but never moved to another month, and a day header always wins
    ("date 2019-05 Jens Hansen Onsdag, 10. april 2019 - 17:22\n\nTekst.",
     date(2019, 5, 1), "month"),
    ("date 2019-04-11 Publiceret 10. april 2019\n\nTekst.", date(2019, 4, 11), "day"),
    # an event date in the lede dates nothing
    ("Den 9. april 1940 besatte Tyskland Danmark.\n\nTekst.", None, "none"),
])
def test_seed_text_datelines(write, content, published, precision):
    article = only(write("a.txt", content))
    assert (article.published, article.precision) == (published, precision)


def test_seed_text_dateline_does_not_change_the_id(write):
    """The id hashes the date as the source gave it: stable whatever datelines say."""
    with_dateline = only(write("a.txt", "date 2019-04 Onsdag, 10. april 2019 - 17:22\n\nT."))
    from pressespejl.ingest import article_id

    assert with_dateline.published == date(2019, 4, 10)
    assert with_dateline.id == article_id(with_dateline.text, "2019-04")


def test_seed_text_place_dateline_adds_its_agency_not_a_date(write):
    article = only(write("a.txt", "KØBENHAVN (Ritzau): Regeringen fremlægger i dag planen."))
    assert article.published is None
    assert article.sources == ("Ritzau",)
    assert article.text.startswith("KØBENHAVN (Ritzau): ")
    again = only(write("b.txt", "date 2022-01 KØBENHAVN (Ritzau): Tekst.\n\n/ritzau/"))
    assert again.sources == ("ritzau",)  # the byline already names it
