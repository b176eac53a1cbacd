"""The web app in a real headless Chromium (Debian's, driven by Playwright).

The flow of issue 11: ingest the seed and some of tests/articles, search "soldat", open
the seed article, check that Jeppe Kofod's quote is highlighted and attributed to him,
open his page, correct a speaker, and check that the correction persists after a
re-ingest. Also: the missed-quote selection and a phone-sized screen. Each test runs on
an SQLite archive and on a PostgreSQL one (the throw-away server of tests/conftest.py).

On CI (CI=true) a missing browser or Playwright is a failure, never a skip.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ARTICLES = Path(__file__).resolve().parents[1] / "articles"
FILES = ["000_68a4d7f295b6d847.txt", "001_politik_forsvar.txt", "014_politik_regeringen.txt",
         "036_udland_reuters.txt"]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run on CI: {reason}")
    pytest.skip(reason)


def _chromium() -> str:
    for name in (os.environ.get("PRESSESPEJL_CHROMIUM"), "chromium", "chromium-browser"):
        found = name and shutil.which(name)
        if found:
            return found
    _unavailable("no chromium (Debian: apt-get install chromium)")
    raise AssertionError  # not reached


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("articles")
    for name in FILES:
        shutil.copy(ARTICLES / name, folder / name)
    return [folder / name for name in FILES]


@pytest.fixture(scope="module")
def archive_url(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty archive on each backend: a SQLite file, or a new schema on the test
    session's PostgreSQL server (tests/conftest.py ``pg_server``)."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("archive") / "archive.sqlite")
        return
    import uuid
    from urllib.parse import quote

    import psycopg

    server = request.getfixturevalue("pg_server")
    schema = f"browser_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    joiner = "&" if "?" in server else "?"
    yield f"{server}{joiner}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every browser test on both backends, as the API and page tests run."""
    if "served" in metafunc.fixturenames:
        metafunc.parametrize("archive_url", [
            "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
            indirect=True, scope="module")


@pytest.fixture(scope="module")
def served(archive_url: str, files: list[Path]) -> Iterator[Any]:
    """The archive (ingested with the real pipeline) and the server's base URL."""
    import uvicorn

    from pressespejl.api import create_app
    from pressespejl.jobs import ingest
    from pressespejl.nlp import load_pipeline
    from pressespejl.store import open_store

    nlp = load_pipeline()
    store = open_store(archive_url)
    report = ingest(files, store, nlp=nlp)
    assert report.stored == len(FILES), report.summary()
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store, nlp_loader=lambda: nlp, web=True),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield store, f"http://127.0.0.1:{port}", nlp
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install '.[dev]')")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh user-data-dir
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=executable, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 900}, locale="da-DK")
        context.set_default_timeout(20_000)
        try:
            yield context
        finally:
            context.close()


def _colour(page: Any, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


def test_search_article_person_correction_and_reingest(served, browser, files):
    store, base, nlp = served
    page = browser.new_page()
    page.goto(base + "/")
    page.fill("#q", "soldat")
    page.press("#q", "Enter")
    page.wait_for_selector("ol.hits li.hit")
    assert "q=soldat" in page.url
    assert page.locator("ol.hits mark").first.inner_text().lower().startswith("soldat")

    # The seed article: the hit whose snippet starts "Nato vil overveje".
    page.locator("li.hit", has_text="Nato vil overveje").locator("h2 a").click()
    page.wait_for_selector("#article-text")
    assert "/article/" in page.url
    article_url = page.url

    kofod = page.locator('#article-text mark.q[title^="Jeppe Kofod"]')
    assert kofod.count() >= 2
    assert kofod.first.is_visible()
    said = page.eval_on_selector_all('#article-text mark.q[title^="Jeppe Kofod"]',
                                     "els => els.map(e => e.textContent).join('')")
    assert "Jeg håber, at Rusland nu griber muligheden" in said
    # Coloured per speaker: his quotes share a colour that Stoltenberg's do not have.
    kofod_colour = _colour(page, '#article-text mark.q[title^="Jeppe Kofod"]')
    assert kofod_colour == page.eval_on_selector_all(
        '#article-text mark.q[title^="Jeppe Kofod"]',
        "els => els.map(e => getComputedStyle(e).backgroundColor)")[-1]
    assert kofod_colour != _colour(page, '#article-text mark.q[title^="Jens Stoltenberg"]')
    # Attributed to him, with a link to his page.
    who = page.locator('#article-text a.who[data-name="Jeppe Kofod"]')
    assert who.count() == kofod.count() or who.count() >= 2
    who.first.click()
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() == "Jeppe Kofod"
    assert page.locator("text=Citater af Jeppe Kofod").is_visible()
    assert page.locator(".said .quote-hit").count() >= 2

    # Correct a speaker in two clicks and a name.
    page.goto(article_url)
    item = page.locator("ol.quotes li.quote", has_text="reel risiko for en ny væbnet konflikt")
    item.locator("details.fixes summary").click()
    form = item.locator("form.fix", has=page.locator('input[name="speaker"]'))
    form.locator('input[name="speaker"]').fill("Sergej Rjabkov")
    form.locator('input[name="author"]').fill("browsertest")
    form.locator("button").click()
    page.wait_for_load_state()
    fixed = page.locator("ol.quotes li.quote", has_text="reel risiko for en ny væbnet konflikt")
    assert fixed.locator(".who a").inner_text() == "Sergej Rjabkov"
    assert fixed.locator(".fixed-tag").is_visible()
    [correction] = store.corrections()
    assert (correction.kind, correction.value, correction.author) == (
        "speaker", {"speaker": "Sergej Rjabkov"}, "browsertest")

    # A re-ingest of the same files stores nothing and keeps the correction.
    from pressespejl.jobs import ingest

    again = ingest(files, store, nlp=nlp)
    assert again.stored == 0 and again.duplicates == len(FILES)
    page.reload()
    fixed = page.locator("ol.quotes li.quote", has_text="reel risiko for en ny væbnet konflikt")
    assert fixed.locator(".who a").inner_text() == "Sergej Rjabkov"
    assert page.locator('#article-text mark.q[title^="Sergej Rjabkov"]',
                        has_text="reel risiko").count() == 1


def test_selecting_words_adds_a_missed_quote(served, browser):
    store, base, _ = served
    from pressespejl.types import SearchQuery

    [seed] = [h.article_id for h in store.search(SearchQuery(speakers=("Jeppe Kofod",))).hits
              if (h.path or "").endswith(FILES[0])]
    page = browser.new_page()
    page.goto(f"{base}/article/{seed}")
    page.wait_for_selector("#article-text")
    words = "Siden da har USA og flere vestlige lande støttet Ukraine"
    # Select the words as a reader would (a DOM range over the paragraph's text).
    page.evaluate("""words => {
        const p = [...document.querySelectorAll('#article-text p')]
            .find(p => p.textContent.includes(words));
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let node, seen = 0, start = p.textContent.indexOf(words), end = start + words.length;
        const range = document.createRange();
        while ((node = walker.nextNode())) {
            const next = seen + node.data.length;
            if (seen <= start && start < next) range.setStart(node, start - seen);
            if (seen < end && end <= next) range.setEnd(node, end - seen);
            seen = next;
        }
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
    }""", words)
    page.wait_for_function("document.getElementById('missed-start').value !== ''")
    assert page.locator("#missed-text").inner_text() == words
    article_id = page.locator("#article-text").get_attribute("data-article")
    article, _ = store.record(article_id)
    start = int(page.input_value("#missed-start"))
    end = int(page.input_value("#missed-end"))
    assert article.text[start:end] == words
    page.fill('#missed-form input[name="speaker"]', "USA")
    page.select_option('#missed-form select[name="quote_kind"]', "indirect")
    page.click("#missed-form button")
    page.wait_for_load_state()
    assert page.locator("ol.quotes li.quote", has_text=words).count() == 1
    assert any(c.kind == "missed_quote" and c.target_start == start
               for c in store.corrections(article_id))


def test_pages_fit_a_phone_screen(served, browser):
    _, base, _ = served
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/?q=soldat", "/quotes?speaker=Kofod", "/entity/Jeppe%20Kofod",
                 "/accuracy", "/corrections"):
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 391, (path, width)
    page.goto(base + "/?q=soldat")
    page.locator("li.hit h2 a").first.click()
    page.wait_for_selector("#article-text")
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
