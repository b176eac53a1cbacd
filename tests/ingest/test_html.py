"""HTML pages: body without boilerplate, metadata from explicit markup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressespejl.ingest import read_path
from pressespejl.types import Article, IngestProblem

HTML = Path(__file__).parent / "fixtures" / "html"

BOILERPLATE = ("Læs også", "Skrevet af", "Foto:", "Forside", "Cookie", "cookies", "Del artiklen",
               "nyhedsbrev", "dataLayer", "display: flex", "Nordlys Nyt 2023", "/ritzau/")


def only(path: Path) -> Article | IngestProblem:
    [item] = list(read_path(path))
    return item


def test_html_og_meta_page():
    article = only(HTML / "nyhed_og_meta.html")
    assert isinstance(article, Article)
    assert article.title == "Regeringen vil give flere penge til jordemødre"
    assert article.published == date(2023, 3, 14)
    assert article.precision == "day"
    assert article.outlet == "Nordlys Nyt"
    assert article.url == "https://nordlys.example/indland/jordemoedre"  # canonical, not og:url
    assert article.sources == ("ritzau",)
    assert article.text.startswith("Regeringen vil bruge 150 millioner kroner")
    assert article.text.endswith("Pengene skal findes i forbindelse med finansloven for 2024.")
    assert len(article.text.split("\n\n")) == 6


def test_html_json_ld_page_prefers_date_published_over_time_tag():
    article = only(HTML / "nyhed_json_ld.html")
    assert article.published == date(2022, 2, 17)  # JSON-LD, not the <time> of 16 February
    assert article.outlet == "Vestkysten Avis"
    assert article.url == "https://vestkysten-avis.example/nyheder/storm-storebaelt"
    assert article.title == "Storm lukker Storebæltsbroen for lastbiler"
    assert "Sund & Bælt" in article.text  # entities decoded
    assert "Af Jonas Kjær" not in article.text
    assert "Arkivfoto" not in article.text


def test_html_time_tag_page():
    article = only(HTML / "nyhed_time_tag.html")
    assert article.published == date(2021, 11, 3)
    assert article.title == "Kommune lukker to skoler"
    assert article.outlet is None
    assert article.text.split("\n\n")[0].startswith("Byrådet i Fjordby Kommune")


@pytest.mark.parametrize("name", ["nyhed_og_meta", "nyhed_json_ld", "nyhed_time_tag"])
def test_html_boilerplate_is_not_text(name):
    article = only(HTML / f"{name}.html")
    for phrase in BOILERPLATE:
        assert phrase not in article.text, phrase
    assert not article.text.startswith(article.title)  # the <h1> is the title, not text


def test_html_without_date_is_an_undated_article(write):
    path = write("udateret.html", "<html><head><title>T</title></head><body><article>"
                 + "<p>En lang nok sætning om ingenting, der gentages.</p>" * 5
                 + "</article></body></html>")
    article = only(path)
    assert isinstance(article, Article)
    assert (article.published, article.precision, article.date_label) == (None, "none", None)


def test_html_without_date_markup_is_dated_by_its_dateline(write):
    path = write("dateline.html", "<html><head><title>T</title></head><body><article>"
                 "<p>Publiceret 12. marts 2021 kl. 10:15</p>"
                 + "<p>En lang nok sætning om ingenting, der gentages.</p>" * 5
                 + "</article></body></html>")
    article = only(path)
    assert (article.published, article.precision) == (date(2021, 3, 12), "day")


def test_html_without_text_is_a_problem(write):
    path = write("tom.htm", '<html><head><meta property="article:published_time" '
                            'content="2022-01-12"></head><body><nav>Forside</nav></body></html>')
    problem = only(path)
    assert isinstance(problem, IngestProblem)
    assert problem.what == "no article text found in the page"


def test_html_declared_latin1_charset_is_decoded(write):
    page = ('<html><head><meta charset="iso-8859-1"><meta property="article:published_time" '
            'content="2022-01-12"></head><body><article>'
            + "<p>Søren og Åse går en tur i skoven ved Ærøskøbing i det gode vejr.</p>" * 4
            + "</article></body></html>")
    article = only(write("latin1.html", page.encode("latin-1")))
    assert isinstance(article, Article)
    assert "Søren og Åse" in article.text


@pytest.mark.parametrize(("markup", "published"), [
    ('<meta property="article:published_time" content="7. december 2026">', date(2026, 12, 7)),
    ('<meta property="article:published_time" content="07.12.2026 10:15">', date(2026, 12, 7)),
    ("<time>d. 7. dec. 2026 kl. 10.15</time>", date(2026, 12, 7)),  # no datetime: its text
    ("<time>for 3 timer siden</time><time>7/12-2026</time>", date(2026, 12, 7)),
    ("<time>for 3 timer siden</time>", None),  # no date: an undated page, no problem
])
def test_html_danish_dates_in_markup(write, markup, published):
    path = write("dansk.html", f"<html><head><title>T</title>{markup if '<meta' in markup else ''}"
                 f"</head><body>{'' if '<meta' in markup else markup}<article>"
                 + "<p>En lang nok sætning om ingenting, der gentages.</p>" * 5
                 + "</article></body></html>")
    article = only(path)
    assert isinstance(article, Article)
    assert article.published == published
