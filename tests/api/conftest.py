"""The API on each backend: an archive with the seed and the demo articles, served
through the framework's test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pressespejl.api import ServeOptions, create_app
from pressespejl.store import Store, open_store
from pressespejl.store.fixtures import demo_records, seed_record

SEED = Path(__file__).resolve().parents[1] / "articles" / "000_68a4d7f295b6d847.txt"
SEED_ID = "68a4d7f295b6d847"


@pytest.fixture(scope="session")
def nlp():
    from pressespejl.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture
def archive(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as store:
        store.add(*seed_record(SEED.read_text(encoding="utf-8")))
        for record in demo_records():
            store.add(*record)
        yield store


def make_client(store: Store, options: ServeOptions | None = None, nlp=None,
                web: bool = False) -> TestClient:
    app = create_app(store, options, nlp_loader=(lambda: nlp) if nlp is not None else None,
                     web=web)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(archive: Store) -> TestClient:
    return make_client(archive)


@pytest.fixture
def client_for():
    """``client_for(store, options=None, nlp=None, web=False)``: a client with options."""
    return make_client
