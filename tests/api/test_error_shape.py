"""One JSON error shape for every endpoint (as Datasette's test_error_shape.py)."""

from __future__ import annotations

import pytest

SEED_ID = "68a4d7f295b6d847"

BAD_REQUESTS = [
    ("get", "/api/search", {"params": {"q": '"open phrase'}}, 400),
    ("get", "/api/search", {"params": {"limit": 0}}, 400),
    ("get", "/api/trend", {"params": {"q": "speaker:"}}, 400),
    ("get", "/api/quotes", {"params": {"q": "(a"}}, 400),
    ("get", "/api/quotes", {"params": {"offset": -1}}, 400),
    ("get", "/api/articles/unknown", {}, 404),
    ("get", "/api/entities", {"params": {"kind": "planet"}}, 400),
    ("get", "/api/entities/unknown-person", {}, 404),
    ("post", f"/api/articles/{SEED_ID}/corrections", {"json": {"kind": "x"}}, 400),
    ("post", "/api/articles/unknown/corrections",
     {"json": {"kind": "not_quote", "start": 0, "end": 1}}, 404),
    ("delete", "/api/corrections/12345", {"headers": {"X-Requested-With": "t"}}, 404),
    ("post", "/api/saved-searches", {"json": {"name": ""}}, 400),
    ("post", "/api/upload", {"headers": {"X-Requested-With": "t"}}, 400),
    ("put", "/api/search", {"headers": {"X-Requested-With": "t"}}, 405),
    ("get", "/api/no-such-endpoint", {}, 404),
]


@pytest.mark.parametrize(("method", "path", "kwargs", "status"), BAD_REQUESTS,
                         ids=[f"{m} {p} {s}" for m, p, _, s in BAD_REQUESTS])
def test_error_shape(client, method, path, kwargs, status):
    response = getattr(client, method)(path, **kwargs)
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)
