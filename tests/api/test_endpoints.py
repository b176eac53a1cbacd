"""Every endpoint of the API, with good and bad input, on SQLite and PostgreSQL."""

from __future__ import annotations

SEED_ID = "68a4d7f295b6d847"


def test_search_returns_ranked_hits_with_snippets_facets_and_the_next_page(client):
    response = client.get("/api/search", params={"q": "soldat", "facets": 1, "limit": 2})
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True and body["total"] == 4 and len(body["hits"]) == 2
    assert any("[soldater" in hit["snippet"] or "[Soldaterne]" in hit["snippet"]
               for hit in body["hits"])
    assert dict(body["facets"]["outlet"])["dr"] >= 2
    assert body["next"].startswith("/api/search?") and "offset=2" in body["next"]
    rest = client.get(body["next"]).json()
    assert len(rest["hits"]) == 2 and rest["next"] is None
    ids = {h["article_id"] for h in body["hits"]} | {h["article_id"] for h in rest["hits"]}
    assert len(ids) == 4


def test_search_filters_and_sort_take_the_cli_options(client):
    body = client.get("/api/search", params={"speaker": "Kofod", "sort": "oldest"}).json()
    assert [h["date"] for h in body["hits"]] == ["2022-01", "2022-01-20"]
    body = client.get("/api/search", params={"q": "soldat", "from": "2022-02",
                                             "outlet": "tv2"}).json()
    assert body["total"] == 1 and body["hits"][0]["outlet"] == "tv2"


def test_search_collapse_counts_copies(client):
    body = client.get("/api/search", params={"q": "rusland", "collapse": 1}).json()
    assert all(hit["copies"] >= 1 for hit in body["hits"])


def test_a_malformed_query_is_a_400_that_points_at_the_problem(client):
    response = client.get("/api/search", params={"q": "Rusland AND (soldater"})
    assert response.status_code == 400
    body = response.json()
    assert body["ok"] is False and body["status"] == 400
    assert "Missing ')'" in body["error"] and body["position"] == 12
    assert body["query"] == "Rusland AND (soldater"


def test_a_bad_date_filter_is_a_400(client):
    response = client.get("/api/search", params={"from": "2022-13"})
    assert response.status_code == 400 and "2022-13" in response.json()["error"]


def test_page_size_over_the_limit_is_refused(client):
    for path in ("/api/search", "/api/quotes", "/api/entities"):
        response = client.get(path, params={"limit": 101})
        assert response.status_code == 400, path
        assert "less than or equal to 100" in response.json()["error"]


def test_query_length_and_nesting_are_limited(client):
    long = client.get("/api/search", params={"q": "nato " * 300})
    assert long.status_code == 400 and "limit is 1,000" in long.json()["error"]
    deep = client.get("/api/search", params={"q": "(" * 40 + "nato" + ")" * 40})
    assert deep.status_code == 400 and "nests parentheses 40 deep" in deep.json()["error"]
    ok = client.get("/api/search", params={"q": "((nato))"})
    assert ok.status_code == 200


def test_article_has_its_text_full_analysis_and_copies(client):
    body = client.get(f"/api/articles/{SEED_ID}").json()
    assert body["id"] == SEED_ID and body["date"] == "2022-01"
    assert body["sources"] == ["ritzau", "Reuters"]
    kofod = [q for q in body["quotes"] if q["speaker"] == "Jeppe Kofod"]
    assert {q["evidence"] for q in kofod} == {"surname", "title"}
    assert all(body["text"][q["start"]:q["end"]] == q["text"] for q in body["quotes"])
    assert body["time_expressions"][0]["earliest"] == "2022-01-05"
    assert body["definitions"][0]["term"] == "annektere"
    assert body["corrected"]["quotes"] == body["quotes"] and body["corrections"] == []
    assert body["copies"] == []


def test_unknown_ids_are_404(client):
    for path in ("/api/articles/nope", "/api/entities/per:nobody", "/api/nothing-here"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["ok"] is False and response.json()["status"] == 404


def test_quotes_by_speaker_person_words_dates_and_outlet(client):
    def texts(**params):
        return [q["quote"]["text"] for q in client.get("/api/quotes", params=params)
                .json()["quotes"]]

    assert len(texts(speaker="Stoltenberg")) == 5
    assert texts(person="Jeppe Kofod") == ["Jeg er enig med Kofod i, at vi skal gå forrest"]
    assert texts(q="Tyskland") == ["Samarbejdet med Tyskland er tættere end nogensinde"]
    january = texts(speaker="Stoltenberg", **{"from": "2022-01-10", "to": "2022-01-31"})
    assert len(january) == 4  # the seed (dated 2022-01) overlaps, the February one does not
    assert "En invasion vil få alvorlige konsekvenser" not in january
    assert texts(outlet="jp", sort="oldest") == ["Passagererne har været tålmodige",
                                                  "Vi mangler boliger til unge"]


def test_entities_list_and_one_person_with_roles_quotes_and_attention(client):
    people = client.get("/api/entities", params={"kind": "person", "q": "stolten"}).json()
    assert [e["id"] for e in people["entities"]] == ["per:jens-stoltenberg"]
    kofod = client.get("/api/entities/Kofod").json()
    assert kofod["id"] == "per:jeppe-kofod" and kofod["kind"] == "person"
    assert kofod["roles"][0]["role"] == "udenrigsminister"
    assert len(kofod["quotes_said"]) == 3
    assert [q["quote"]["speaker"] for q in kofod["quotes_mentioning"]] == ["Mette Frederiksen"]
    assert {c["name"] for c in kofod["co_mentioned"]} >= {"Jens Stoltenberg"}
    assert dict(kofod["attention"]["periods"]) == {"2022-01": 2, "2022-02": 1}
    place = client.get("/api/entities/Ukraine").json()
    assert place["kind"] == "place" and sum(n for _, n in place["attention"]["periods"]) == 2


def test_trend_counts_per_period(client):
    body = client.get("/api/trend", params={"q": "soldat", "by": "month"}).json()
    assert body["periods"] == [["2022-01", 3], ["2022-02", 1]]
    assert client.get("/api/trend", params={"by": "year"}).status_code == 400


def test_an_undated_article_is_served_with_a_null_date(archive, client_for):
    from pressespejl.types import Analysis, Article

    archive.add(Article(id="undated-1", text="Borgmesteren siger, at byen vokser.",
                        published=None), Analysis(article_id="undated-1", pipeline="x"))
    client = client_for(archive, web=True)
    assert client.get("/api/articles/undated-1").json()["date"] is None
    hits = client.get("/api/search", params={"q": "byen vokser"}).json()["hits"]
    assert [h["date"] for h in hits] == [None]
    assert client.get("/article/undated-1").status_code == 200
    assert client.get("/?q=byen").status_code == 200
