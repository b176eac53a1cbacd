"""Article ids are content hashes: the same article read twice has one id."""

from __future__ import annotations

from datetime import date

from pressespejl.ingest import article_id, read_path

TEXT = "Nato vil overveje at sende soldater.\n\nDet siger Stoltenberg."


def test_article_id_is_stable_16_hex():
    first = article_id(TEXT, date(2022, 1, 12))
    assert first == article_id(TEXT, date(2022, 1, 12))
    assert len(first) == 16 and int(first, 16) >= 0


def test_article_id_ignores_line_endings_and_whitespace_runs():
    crlf = TEXT.replace("\n", "\r\n") + "  \r\n"
    assert article_id(crlf, "2022-01-12") == article_id(TEXT, "2022-01-12")
    assert article_id("a  b\n c", "2022-01") == article_id("a b c", "2022-01")


def test_article_id_depends_on_date_and_text():
    assert article_id(TEXT, "2022-01-12") != article_id(TEXT, "2022-01-13")
    assert article_id(TEXT, "2022-01-12") != article_id(TEXT + "!", "2022-01-12")


def test_article_id_month_precision_matches_the_label():
    assert article_id(TEXT, date(2022, 1, 1), precision="month") == article_id(TEXT, "2022-01")
    assert article_id(TEXT, date(2022, 1, 1)) == article_id(TEXT, "2022-01-01")


def test_article_id_unicode_normalisation():
    composed, decomposed = "Kofod h\u00e5ber", "Kofod ha\u030aber"
    assert article_id(composed, "2022-01") == article_id(decomposed, "2022-01")


def test_article_id_given_id_wins():
    assert article_id(TEXT, "2022-01", id=" ritzau-123 ") == "ritzau-123"
    assert article_id(TEXT, "2022-01", id="  ") == article_id(TEXT, "2022-01")


def test_same_file_twice_and_crlf_copy_give_one_id(write):
    lf = write("lf.txt", " date 2022-01 " + TEXT + "\n\n/ritzau/Reuters\n")
    content = " date 2022-01 " + TEXT + "\n\n/ritzau/Reuters\n"
    crlf = write("crlf.txt", content.replace("\n", "\r\n"))
    ids = {a.id for a in [*read_path(lf), *read_path(lf), *read_path(crlf)]}
    assert len(ids) == 1
