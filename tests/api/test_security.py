"""Auth, read-only mode, CSRF, body limits, JSON nesting and security headers."""

from __future__ import annotations

import pytest

from pressespejl.api import ServeOptions
from pressespejl.api.guard import json_depth_ok

SEED_ID = "68a4d7f295b6d847"
NOT_QUOTE = {"kind": "not_quote", "start": 0, "end": 5}


@pytest.fixture
def sqlite_archive(sqlite_url):
    from pressespejl.store import open_store
    from pressespejl.store.fixtures import demo_records

    with open_store(sqlite_url) as store:
        for record in demo_records():
            store.add(*record)
        yield store


def test_auth_needs_the_token_or_the_login_cookie(sqlite_archive, client_for):
    client = client_for(sqlite_archive, ServeOptions(auth="s3cret-token"))
    refused = client.get("/api/search", params={"q": "nato"})
    assert refused.status_code == 401 and refused.json()["status"] == 401
    assert refused.headers["www-authenticate"] == "Bearer"
    wrong = client.get("/api/search", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    ok = client.get("/api/search", headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200
    assert client.get("/openapi.json").status_code == 401


def test_read_only_refuses_every_change(sqlite_archive, client_for):
    client = client_for(sqlite_archive, ServeOptions(read_only=True))
    article_id = client.get("/api/search").json()["hits"][0]["article_id"]
    for method, path, kwargs in [
            ("post", f"/api/articles/{article_id}/corrections", {"json": NOT_QUOTE}),
            ("post", "/api/saved-searches", {"json": {"name": "x"}}),
            ("post", "/api/upload", {"files": [("files", ("a.txt", b"x", "text/plain"))]}),
            ("delete", "/api/corrections/1", {})]:
        response = getattr(client, method)(path, **kwargs)
        assert response.status_code == 403, path
        assert "read-only" in response.json()["error"]
    assert client.get("/api/search").status_code == 200
    assert sqlite_archive.corrections() == []


def test_cross_site_requests_are_refused(sqlite_archive, client_for):
    client = client_for(sqlite_archive)
    # A plain-text or form post (what another site's page can make a browser send)
    # without the CSRF token changes nothing.
    text = client.post("/api/saved-searches", content=b'{"name": "x"}',
                       headers={"Content-Type": "text/plain"})
    assert text.status_code == 403 and "Cross-site" in text.json()["error"]
    form = client.post("/api/saved-searches", data={"name": "x"})
    assert form.status_code in (403, 400)
    upload = client.post("/api/upload", files=[("files", ("a.txt", b"x", "text/plain"))])
    assert upload.status_code == 403 and "CSRF" in upload.json()["error"]
    assert sqlite_archive.saved_searches() == []
    # The header proof: the cookie's token in X-CSRF-Token.
    client.get("/api/search")
    token = client.cookies.get("pressespejl_csrf")
    assert token
    ok = client.delete("/api/saved-searches/999", headers={"X-CSRF-Token": token})
    assert ok.status_code == 404  # past the CSRF check; there is no such search
    bad = client.delete("/api/saved-searches/999", headers={"X-CSRF-Token": "forged"})
    assert bad.status_code == 403


def test_json_nesting_and_body_size_are_limited(sqlite_archive, client_for):
    client = client_for(sqlite_archive)
    deep = b'{"name": "x", "params": ' + b"[" * 50 + b"]" * 50 + b"}"
    response = client.post("/api/saved-searches", content=deep,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "nested deeper" in response.json()["error"]
    big = b'{"name": "' + b"x" * 100_000 + b'"}'
    response = client.post("/api/saved-searches", content=big,
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_json_depth_counts_brackets_outside_strings():
    assert json_depth_ok(b'{"a": "[[[[[[[[[[[[[[[[[[[[[[[["}', limit=2)
    assert json_depth_ok(b'{"a": [[1]]}', limit=3)
    assert not json_depth_ok(b'{"a": [[[1]]]}', limit=3)
    assert json_depth_ok(b'{"a": "\\"[[[["}', limit=1)


def test_every_response_has_the_security_headers(client):
    response = client.get("/api/search")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_openapi_and_offline_docs(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/quotes", "/api/entities",
            "/api/entities/{id_or_name}", "/api/trend", "/api/upload",
            "/api/articles/{article_id}/corrections", "/api/accuracy"} <= set(schema["paths"])
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "cdn" not in html.lower() and "https://" not in html.replace(
            "https://github", "")
        for asset in ("/api-assets/swagger-ui-bundle.js", "/api-assets/swagger-ui.css",
                      "/api-assets/redoc.standalone.js"):
            if asset in html:
                assert client.get(asset).status_code == 200
