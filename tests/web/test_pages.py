"""The pages: what they show, that everything is escaped, and that forms need CSRF."""

from __future__ import annotations

import re

SEED_ID = "68a4d7f295b6d847"
EVIL_ID = "evil0000000000000"


def _token(client) -> str:
    client.get("/")
    return client.cookies.get("pressespejl_csrf")


def test_search_page_shows_hits_facets_chart_and_collapses_copies(site):
    html = site.get("/", params={"q": "soldat"}).text
    assert "4 artikler" in html and "<mark>" in html
    assert 'class="chart"' in html and "<title>2022-01: 3 artikler</title>" in html
    assert ">Medie<" in html and "/?q=soldat&amp;outlet=dr" in html
    assert '<html lang="da">' in html


class _Counting:
    """The archive, counting how often each search method is asked."""

    def __init__(self, store) -> None:
        self._store = store
        self.calls: dict[str, int] = {}

    def __getattr__(self, name: str):
        found = getattr(self._store, name)
        if name in ("search", "facets", "trend", "facets_and_trend"):
            def counted(*args, **kwargs):
                self.calls[name] = self.calls.get(name, 0) + 1
                return found(*args, **kwargs)
            return counted
        return found


def test_search_page_asks_for_the_matches_twice_not_three_times(site_store, site_for):
    """Hits, then facets and the chart from one pass (it was hits, facets, trend)."""
    for extra in ({}, {"alle": "1"}):
        counting = _Counting(site_store)
        html = site_for(counting).get("/", params={"q": "soldat", **extra}).text
        assert "<title>2022-01: 3 artikler</title>" in html and ">Medie<" in html
        assert counting.calls == {"search": 1, "facets_and_trend": 1}, extra


def test_a_malformed_query_shows_the_caret(site):
    html = site.get("/", params={"q": "Rusland AND (soldater"}).text
    assert "Søgningen kan ikke læses" in html
    assert re.search(r'<pre class="caret">Rusland AND \(soldater\n {12}\^</pre>', html)


def test_article_page_marks_quotes_entities_and_times(site):
    html = site.get(f"/article/{SEED_ID}").text
    kofod = re.findall(r'<mark class="q spk-(\d)"[^>]*title="Jeppe Kofod[^"]*"', html)
    assert kofod and len(set(kofod)) == 1
    assert 'href="/entity/Jeppe%20Kofod" data-name="Jeppe Kofod"' in html
    assert re.search(r'<time class="tx" datetime="2022-01-05" title="2022-01-05 – '
                     r'2022-01-26 \(dag\)">onsdag</time>', html)
    assert 'class="ent ent-LOC"' in html and "annektere" in html
    assert "Taleren fundet via" in html and "titel" in html


def test_paragraph_text_is_exactly_the_article_text(site, site_store):
    """The missed-quote selection relies on it: data-start + text offset = offset."""
    article, _ = site_store.record(SEED_ID)
    html = site.get(f"/article/{SEED_ID}").text
    body = html[html.index('id="article-text"'):html.index('<aside class="analysis">')]
    for start, inner in re.findall(r'<p data-start="(\d+)">(.*?)</p>', body, re.S):
        plain = re.sub(r"<[^>]+>", "", inner)
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", '"') \
            .replace("&#39;", "'").replace("&amp;", "&")
        assert article.text[int(start):int(start) + len(plain)] == plain


def test_entity_page_has_roles_quotes_company_and_attention(site):
    html = site.get("/entity/Jeppe Kofod").text
    assert "<h1>Jeppe Kofod</h1>" in html and "udenrigsminister" in html
    assert "Citater af Jeppe Kofod" in html and "Andre om Jeppe Kofod" in html
    assert "Nævnt sammen med" in html and 'class="chart"' in html
    assert site.get("/entity/nobody-at-all").status_code == 404


def test_quotes_and_entities_pages(site):
    html = site.get("/quotes", params={"speaker": "Stoltenberg", "q": "Rusland"}).text
    assert "Jens Stoltenberg" in html and "<mark>Rusland</mark>" in html
    assert f'href="/article/{SEED_ID}#q-' in html
    assert "Jens Stoltenberg" in site.get("/entities", params={"kind": "person"}).text


def test_script_in_article_text_title_and_quote_is_escaped(site):
    for path in (f"/article/{EVIL_ID}", "/?q=farligt", "/quotes?speaker=Hansen",
                 "/entity/Ib Hansen"):
        html = site.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;" in html, path
    assert 'script-src \'self\'' in site.get(f"/article/{EVIL_ID}").headers[
        "content-security-policy"]


def test_script_in_a_query_is_escaped(site):
    for q in ('<script>alert("q")</script>', '"><script>alert(1)</script>', "(<script>"):
        html = site.get("/", params={"q": q}).text
        assert "<script>alert" not in html and "<script>" not in html.replace(
            '<script src="/static/app.js" defer></script>', "")


def test_a_correction_form_stores_it_and_script_in_it_is_escaped(site, site_store):
    _, analysis = site_store.record(SEED_ID)
    quote = next(q for q in analysis.quotes if q.text.startswith("Jeg håber"))
    token = _token(site)
    response = site.post(f"/article/{SEED_ID}/correct", data={
        "csrf_token": token, "kind": "speaker", "start": quote.start, "end": quote.end,
        "speaker": "<script>alert(2)</script>", "author": "<b>ond</b>"},
        follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/article/{SEED_ID}#q-{quote.start}"
    [saved] = site_store.corrections(SEED_ID)
    assert saved.value == {"speaker": "<script>alert(2)</script>"}
    html = site.get(f"/article/{SEED_ID}").text
    assert "<script>alert(2)" not in html and "&lt;script&gt;alert(2)" in html
    assert "<b>ond</b>" not in html and "rettet" in html
    assert "<script>alert(2)" not in site.get("/corrections").text


def test_forms_without_the_csrf_token_change_nothing(site, site_store):
    _, analysis = site_store.record(SEED_ID)
    quote = analysis.quotes[0]
    _token(site)
    for token in (None, "forged-token-of-the-right-length-00000000000"):
        data = {"kind": "not_quote", "start": quote.start, "end": quote.end}
        if token:
            data["csrf_token"] = token
        response = site.post(f"/article/{SEED_ID}/correct", data=data)
        assert response.status_code == 403
        assert "CSRF" in response.text
    assert site_store.corrections() == []


def test_read_only_hides_the_forms_and_refuses_posts(site_store, site_for):
    from pressespejl.api import ServeOptions

    client = site_for(site_store, ServeOptions(read_only=True))
    html = client.get(f"/article/{SEED_ID}").text
    assert "Skrivebeskyttet" in html and "/correct\"" not in html
    token = _token(client)
    response = client.post(f"/article/{SEED_ID}/correct", data={
        "csrf_token": token, "kind": "not_quote", "start": 0, "end": 4})
    assert response.status_code == 403


def test_login_with_the_secret_opens_the_pages(site_store, site_for):
    from pressespejl.api import ServeOptions

    client = site_for(site_store, ServeOptions(auth="hemmelig-kode"))
    first = client.get("/?q=nato", follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/login?next=%2F%3Fq%3Dnato"
    login = client.get("/login")
    assert login.status_code == 200
    token = client.cookies.get("pressespejl_csrf")
    wrong = client.post("/login", data={"csrf_token": token, "password": "forkert",
                                        "next": "/"})
    assert wrong.status_code == 401 and "Forkert adgangskode" in wrong.text
    right = client.post("/login", data={"csrf_token": token, "password": "hemmelig-kode",
                                        "next": "/?q=nato"}, follow_redirects=False)
    assert right.status_code == 303 and right.headers["location"] == "/?q=nato"
    assert client.get("/?q=nato").status_code == 200
    evil = client.post("/login", data={"csrf_token": token, "password": "hemmelig-kode",
                                       "next": "//evil.example/"}, follow_redirects=False)
    assert evil.headers["location"] == "/"


def test_the_pages_work_offline(site):
    html = site.get("/").text
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in html
    for asset in re.findall(r'(?:href|src)="(/static/[^"]+)"', html):
        assert site.get(asset).status_code == 200


def test_corrections_and_accuracy_pages_after_a_correction(site, site_store):
    _, analysis = site_store.record(SEED_ID)
    quote = next(q for q in analysis.quotes if q.text.startswith("reel risiko"))
    token = _token(site)
    site.post(f"/article/{SEED_ID}/correct", data={
        "csrf_token": token, "kind": "not_quote", "start": quote.start, "end": quote.end,
        "author": "ane"})
    listing = site.get("/corrections").text
    assert "ikke et citat" in listing and "ane" in listing and "gold.jsonl" in listing
    accuracy = site.get("/accuracy").text
    assert "Pr. medie" in accuracy and "Pr. citatform" in accuracy and "(ukendt)" in accuracy
    assert "tankestreg" in accuracy
    [saved] = site_store.corrections()
    response = site.post(f"/corrections/{saved.id}/delete", data={"csrf_token": token},
                         follow_redirects=False)
    assert response.status_code == 303 and site_store.corrections() == []


def test_saving_a_search(site, site_store):
    token = _token(site)
    response = site.post("/saved", data={"csrf_token": token, "name": "Soldater",
                                         "q": "soldat", "params": "q=soldat&sort=newest"},
                         follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == (
        "/?q=soldat&sort=newest")
    assert [s["name"] for s in site_store.saved_searches()] == ["Soldater"]
    assert 'href="/?q=soldat&amp;sort=newest">Soldater</a>' in site.get("/").text


def test_wire_copies_are_folded_into_one_hit_and_can_be_expanded(site, site_store):
    from dataclasses import replace

    from pressespejl.store.fixtures import demo_records

    article, analysis = demo_records()[0]  # "Nato sender flere soldater til Baltikum"
    copy = replace(article, id="copy-of-baltikum", outlet="tv2", title="Soldater til Baltikum")
    site_store.add(copy, replace(analysis, article_id=copy.id))
    folded = site.get("/", params={"q": "Baltikum"}).text
    assert folded.count('<li class="hit">') == 1
    assert "+ 1 kopi af samme telegram" in folded
    assert '<a href="/article/copy-of-baltikum">Soldater til Baltikum</a>' in folded
    apart = site.get("/", params={"q": "Baltikum", "alle": "1"}).text
    assert apart.count('<li class="hit">') == 2 and "kopi af samme telegram" not in apart


def test_upload_page_stores_a_file_and_lists_each_item(site, site_store):
    """The bundled pipeline analyses the upload (loaded once per process)."""
    from pressespejl.types import SearchQuery

    client = site
    token = _token(client)
    text = ("date 2023-05-04 Byrådet i Vejle har vedtaget en ny plan for havnen.\n\n"
            "- Havnen skal være for alle, siger borgmester Lise Krogh.\n")
    html = client.post("/upload", data={"csrf_token": token},
                       files=[("files", ("vejle.txt", text.encode(), "text/plain")),
                              ("files", ("tom.jsonl", b"{}\n", "application/x-ndjson"))]).text
    assert "1 gemt" in html and "1 afvist" in html and "se artiklen" in html
    assert site_store.quotes(SearchQuery(speakers=("Lise Krogh",)))


def test_trend_svg(site):
    response = site.get("/trend.svg", params={"q": "soldat"})
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.text.startswith("<svg") and "<title>2022-01: 3 artikler</title>" in \
        response.text
