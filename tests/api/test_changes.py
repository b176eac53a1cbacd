"""Uploads, corrections and saved searches through the API, on both backends."""

from __future__ import annotations

import json

SEED_ID = "68a4d7f295b6d847"
GOOD = ("date 2023-05-04 Byrådet i Vejle har vedtaget en ny plan for havnen.\n\n"
        "- Havnen skal være for alle, siger borgmester Lise Krogh.\n")
JSONL = (json.dumps({"date": "2023-05-05", "text": "Vejret bliver varmt i weekenden. "
                     "Det oplyser DMI.", "outlet": "dr"}) + "\n"
         + "{not json\n"
         + json.dumps({"text": "Forkert dato her.", "date": 20230505}) + "\n")


def test_upload_stores_each_article_or_rejects_it_with_its_reason(archive, nlp, client_for):
    client = client_for(archive, nlp=nlp)
    files = [("files", ("vejle.txt", GOOD.encode(), "text/plain")),
             ("files", ("feed.jsonl", JSONL.encode(), "application/x-ndjson"))]
    before = archive.stats()["articles"]
    response = client.post("/api/upload", files=files, headers={"X-Requested-With": "test"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["stored"], body["duplicates"], body["rejected"]) == (2, 0, 2)
    rejected = [i for i in body["items"] if i["status"] == "rejected"]
    assert {i["line"] for i in rejected} == {2, 3}
    assert all(i["file"] == "feed.jsonl" and i["reason"] for i in rejected)
    assert archive.stats()["articles"] == before + 2  # nothing of a rejected item
    stored = [i["article_id"] for i in body["items"] if i["status"] == "stored"]
    article = client.get(f"/api/articles/{stored[0]}").json()
    assert article["path"] == "upload:vejle.txt"
    assert any(q["speaker"] == "Lise Krogh" for q in article["quotes"])
    again = client.post("/api/upload", files=files, headers={"X-Requested-With": "test"})
    assert (again.json()["stored"], again.json()["duplicates"]) == (0, 2)  # idempotent
    assert archive.stats()["articles"] == before + 2


def test_an_oversized_upload_is_refused_with_413(archive, client_for):
    from pressespejl.api import ServeOptions

    client = client_for(archive, ServeOptions(max_body=1000))
    response = client.post("/api/upload", headers={"X-Requested-With": "test"},
                           files=[("files", ("big.txt", b"x" * 5000, "text/plain"))])
    assert response.status_code == 413
    assert response.json()["error"].startswith("The request body is larger than the limit")


def _kofod(client):
    article = client.get(f"/api/articles/{SEED_ID}").json()
    return next(q for q in article["quotes"] if q["text"].startswith("Jeg håber"))


def test_a_correction_is_stored_apart_and_shown_with_who_and_when(client):
    quote = _kofod(client)
    response = client.post(f"/api/articles/{SEED_ID}/corrections", json={
        "kind": "speaker", "start": quote["start"], "end": quote["end"],
        "value": {"speaker": "Mette Frederiksen"}, "author": "ane"})
    assert response.status_code == 201, response.text
    saved = response.json()
    assert saved["author"] == "ane" and saved["created_at"] and saved["id"]
    article = client.get(f"/api/articles/{SEED_ID}").json()
    assert _kofod(client)["speaker"] == "Jeppe Kofod"  # the machine's output is kept
    corrected = next(q for q in article["corrected"]["quotes"]
                     if q["text"].startswith("Jeg håber"))
    assert corrected["speaker"] == "Mette Frederiksen" and corrected["evidence"] == "correction"
    assert [c["id"] for c in article["corrections"]] == [saved["id"]]
    assert [c["id"] for c in client.get("/api/corrections").json()] == [saved["id"]]

    gold = [json.loads(line) for line in client.get("/api/corrections/gold.jsonl").text
            .splitlines()]
    assert [g["id"] for g in gold] == ["000_68a4d7f295b6d847"]
    assert {"kind": "direct", "speaker": "Mette Frederiksen", "start":
            "Jeg håber, at Rusland nu", "end": "det diplomatiske spor"} in gold[0]["quotes"]
    accuracy = client.get("/api/accuracy").json()
    assert accuracy["articles"] == 1
    assert accuracy["all"]["attribution"]["direct"]["accuracy"] < 1.0
    assert accuracy["all"]["quotes"]["all"]["f1"] == 1.0
    assert list(accuracy["outlets"]) == ["(ukendt)"]

    assert client.delete(f"/api/corrections/{saved['id']}",
                         headers={"X-Requested-With": "t"}).status_code == 200
    assert client.get("/api/corrections").json() == []
    assert client.delete(f"/api/corrections/{saved['id']}",
                         headers={"X-Requested-With": "t"}).status_code == 404


def test_bad_corrections_are_400_and_unknown_articles_404(client):
    quote = _kofod(client)
    url = f"/api/articles/{SEED_ID}/corrections"
    bad = [{"kind": "rename", "start": 0, "end": 5},
           {"kind": "speaker", "start": quote["start"], "end": quote["end"], "value": {}},
           {"kind": "speaker", "start": 0, "end": 99999, "value": {"speaker": "X"}},
           {"kind": "entity_label", "start": 0, "end": 3, "value": {"label": "PER"}}]
    for body in bad:
        response = client.post(url, json=body)
        assert response.status_code == 400, body
        assert response.json()["ok"] is False
    assert client.post(url, json={"kind": "speaker"}).status_code == 400  # missing fields
    assert client.post("/api/articles/nope/corrections", json={
        "kind": "not_quote", "start": 0, "end": 4}).status_code == 404


def test_script_in_a_correction_is_kept_as_text(client):
    quote = _kofod(client)
    evil = "<script>alert(1)</script>"
    saved = client.post(f"/api/articles/{SEED_ID}/corrections", json={
        "kind": "speaker", "start": quote["start"], "end": quote["end"],
        "value": {"speaker": evil}, "author": evil}).json()
    assert saved["value"]["speaker"] == evil and saved["author"] == evil
    response = client.get(f"/api/articles/{SEED_ID}")
    assert response.headers["content-type"].startswith("application/json")


def test_saved_searches(client):
    created = client.post("/api/saved-searches", json={
        "name": "Nato", "query": "nato -kina", "params": {"sort": "newest"}})
    assert created.status_code == 201
    listed = client.get("/api/saved-searches").json()["saved_searches"]
    assert [(s["name"], s["query"]) for s in listed] == [("Nato", "nato -kina")]
    assert client.post("/api/saved-searches", json={"name": "x", "query": "(" * 30}
                       ).status_code == 400
    assert client.delete(f"/api/saved-searches/{listed[0]['id']}",
                         headers={"X-Requested-With": "t"}).status_code == 200
