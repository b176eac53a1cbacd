"""RSS and Atom feeds: one article per item."""

from __future__ import annotations

import urllib.error
from datetime import date
from pathlib import Path

from pressespejl.ingest import read_path
from pressespejl.ingest.feeds import read_url
from pressespejl.types import Article, IngestProblem

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def test_feed_rss_items_and_undated_item():
    path = FEEDS / "indland.rss"
    first, second, third = read_path(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Flere unge tager kørekort i weekenden"
    assert first.url == "https://nordlys.example/indland/koerekort"
    assert first.outlet == "Nordlys Nyt - Indland"
    assert first.published == date(2023, 3, 4)  # 00:30 +0100 is still the 4th in Denmark
    # content:encoded wins over description; caption, "Læs også" and byline are not text
    assert first.text == ("Køreskolerne i Region Midtjylland oplever rekordstor efterspørgsel "
                          "på weekendkurser.\n\n- Vi har ventelister helt ind i sommerferien, "
                          "siger kørelærer Bo Dahl.\nHan har ansat to nye lærere.")
    assert first.sources == ("ritzau",)
    assert second.text.startswith("Vejdirektoratet forlænger") and "<p>" not in second.text
    # An item without a date is an undated article, not a problem (issue 8).
    assert isinstance(third, Article)
    assert (third.title, third.published, third.precision) == ("Nyhed uden dato", None, "none")
    assert third.text == "Denne nyhed mangler en dato."


def test_feed_item_with_a_bad_date_is_a_problem(write):
    path = write("bad.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel>'
                            "<title>x</title>\n<item><title>T</title><pubDate>i går</pubDate>"
                            "<description>Tekst.</description></item></channel></rss>")
    [problem] = read_path(path)
    assert isinstance(problem, IngestProblem)
    assert problem.line == 3
    assert problem.what == "item 1 ('T'): unrecognised date 'i går'"


def test_feed_item_with_a_danish_date(write):
    path = write("dansk.rss", '<?xml version="1.0"?>\n<rss version="2.0"><channel>'
                              "<title>x</title><item><title>T</title>"
                              "<pubDate>d. 7. dec. 2026 kl. 10.15</pubDate>"
                              "<description>Tekst.</description></item></channel></rss>")
    [article] = read_path(path)
    assert (article.published, article.precision) == (date(2026, 12, 7), "day")


def test_feed_atom_entries():
    first, second = read_path(FEEDS / "udland.atom")
    assert first.outlet == "Fjordby Posten"
    assert first.url == "https://fjordby-posten.example/udland/finland-nato"
    assert first.published == date(2022, 5, 9)
    second_paragraph = first.text.split("\n\n")[1]
    assert second_paragraph == "Beslutningen ventes bekræftet i parlamentet inden for få dage."
    assert second.published == date(2022, 5, 10)  # from <updated> when <published> is missing
    assert second.text == "Også Sverige ventes at søge om optagelse i forsvarsalliancen."


def test_feed_sniffed_without_suffix(write):
    path = write("feed", (FEEDS / "udland.atom").read_bytes())
    assert [a.title for a in read_path(path)] == ["Finland vil søge om optagelse i Nato",
                                                 "Sverige følger efter"]


def test_feed_malformed_xml_names_file_and_line(write):
    path = write("broken.rss", '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n'
                               "<title>x</title>\n</chanel>\n")
    [problem] = read_path(path)
    assert isinstance(problem, IngestProblem)
    assert problem.path == str(path)
    assert "not a well-formed RSS or Atom feed" in problem.what
    assert "mismatched tag" in problem.what
    assert problem.line == 5


def test_feed_recovers_items_from_sloppy_xml(write):
    # feedparser's tolerant parser is the point of using it: news feeds are often broken.
    path = write("sloppy.rss", '<rss version="2.0"><channel><title>x</title><item>'
                               "<title>a</title><pubDate>Wed, 12 Jan 2022 10:00:00 +0100</pubDate>"
                               "<description>Tekst & mere tekst.</description></item></channel>")
    [article] = read_path(path)
    assert article.text == "Tekst & mere tekst."


def test_feed_xml_that_is_not_a_feed(write):
    [problem] = read_path(write("sitemap.xml", '<?xml version="1.0"?>\n<urlset><url>'
                                               "<loc>https://x.example/</loc></url></urlset>"))
    assert isinstance(problem, IngestProblem)
    assert problem.what in ("not an RSS or Atom feed", "feed has no items")


def test_feed_external_entities_are_not_resolved(write, tmp_path):
    secret = write("secret.txt", "HEMMELIGT INDHOLD")
    path = write("xxe.rss", f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>T</title>
<item><title>A</title><pubDate>Wed, 12 Jan 2022 10:00:00 +0100</pubDate>
<description>Tekst &xxe; slut.</description></item></channel></rss>""")
    for item in read_path(path):
        assert "HEMMELIGT" not in str(getattr(item, "text", item))


class _Response:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def __enter__(self) -> _Response:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def read(self) -> bytes:
        return self.data


def test_feed_url_timeout_is_a_problem():
    def opener(url: str, timeout: float) -> _Response:
        raise TimeoutError("timed out")

    [problem] = read_url("https://feeds.example/rss", timeout=2, opener=opener)
    assert problem.path == "https://feeds.example/rss"
    assert problem.what == "feed did not answer within 2 s"


def test_feed_url_network_error_is_a_problem():
    def opener(url: str, timeout: float) -> _Response:
        raise urllib.error.URLError("Name or service not known")

    [problem] = read_url("https://feeds.example/rss", opener=opener)
    assert problem.what == "cannot fetch feed: Name or service not known"


def test_feed_url_reads_the_answer():
    data = (FEEDS / "udland.atom").read_bytes()
    items = list(read_url("https://feeds.example/atom",
                          opener=lambda url, timeout: _Response(data)))
    assert [a.path for a in items] == ["https://feeds.example/atom"] * 2
