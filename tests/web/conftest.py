"""The web app's pages on each backend (framework test client; the browser tests in
test_browser.py drive a real headless Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pressespejl.api import ServeOptions, create_app
from pressespejl.store import Store, open_store
from pressespejl.store.fixtures import demo_records, seed_record
from pressespejl.types import Analysis, Article, Entity, Person, Quote

SEED = Path(__file__).resolve().parents[1] / "articles" / "000_68a4d7f295b6d847.txt"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def evil_record() -> tuple[Article, Analysis]:
    """An article whose text, title, outlet and quote carry markup (it must be shown as
    text, never run)."""
    text = (f"Borgmester Ib Hansen siger, at {EVIL} er farligt.\n\n"
            f"- Vi vil ikke have {EVIL} i byen, siger Ib Hansen.")
    article = Article(id="evil0000000000000", text=text, published=date(2023, 3, 1),
                      title=f"Titel {EVIL}", outlet=f"<b>{EVIL}</b>")
    said = f"Vi vil ikke have {EVIL} i byen"
    start = text.index(said)
    quote = Quote("direct", said, "Ib Hansen", "Ib Hansen", "siger", start,
                  start + len(said), "name")
    name = text.index("Ib Hansen")
    return article, Analysis(article.id, "hand-built", quotes=(quote,),
                             people=(Person("Ib Hansen", ("borgmester",)),),
                             entities=(Entity("Ib Hansen", "PER", name, name + 9,
                                              "Ib Hansen"),))


@pytest.fixture
def site_store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as store:
        store.add(*seed_record(SEED.read_text(encoding="utf-8")))
        for record in [*demo_records(), evil_record()]:
            store.add(*record)
        yield store


def _client(store: Store, options: ServeOptions | None = None) -> TestClient:
    client = TestClient(create_app(store, options, web=True), raise_server_exceptions=False)
    client.headers["Accept"] = "text/html"
    return client


@pytest.fixture
def site(site_store: Store) -> TestClient:
    return _client(site_store)


@pytest.fixture
def site_for():
    return _client
