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
        ("Nato vil overveje ...\n\nmere tekst", 1, "missing date line"),
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


def test_seed_text_missing_date_hint_shows_the_format(write):
    problem = only(write("bad.txt", "Nato vil overveje ..."))
    assert "date 2022-01-12" in problem.hint
