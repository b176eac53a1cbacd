"""The web app's pages. Each page calls the same data function as its JSON twin under
``/api`` (``search_data``, ``article_data``, ``quotes_data``, ``entity_data``, ...) and
renders it with a Jinja2 template; forms that change data post here, are checked for
CSRF, call the same library functions as the API, and redirect back.
"""

from __future__ import annotations

import hmac
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from pressespejl import corrections
from pressespejl.api.articles import article_data
from pressespejl.api.corrections import add_correction
from pressespejl.api.deps import get_options, get_store, writable
from pressespejl.api.entities import entity_data
from pressespejl.api.errors import ApiError
from pressespejl.api.guard import SESSION_COOKIE, session_value
from pressespejl.api.options import MAX_PAGE_SIZE
from pressespejl.api.params import SearchParams, check_query, search_params
from pressespejl.api.quotes import quotes_data
from pressespejl.api.search import folded_search_data, search_data, trend_data
from pressespejl.api.security import require_csrf
from pressespejl.api.upload import MAX_FILES, ingest_files, pipeline
from pressespejl.errors import InputError, QueryError
from pressespejl.store import Store
from pressespejl.web import labels
from pressespejl.web.chart import bar_chart
from pressespejl.web.render import (
    CLOSE,
    OPEN,
    article_html,
    entity_url,
    marked,
    speaker_colours,
)

AUTHOR_COOKIE = "pressespejl_author"
MARKERS = (OPEN, CLOSE)
router = APIRouter(include_in_schema=False)
_change = [Depends(writable), Depends(require_csrf)]


def _templates() -> Jinja2Templates:
    folder = resources.files("pressespejl.web") / "templates"
    templates = Jinja2Templates(directory=str(folder))
    env = templates.env
    env.autoescape = True  # every template, whatever its name
    env.globals.update(labels=labels, marked=marked, entity_url=entity_url,
                       urlencode=urlencode)
    return templates


TEMPLATES = _templates()


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a page with what every page needs (CSRF token, modes, author)."""
    state = request.scope.get("state", {})
    options = get_options(request)
    return TEMPLATES.TemplateResponse(request, template, {
        "csrf_token": state.get("csrf_token", ""), "read_only": options.read_only,
        "auth": options.auth is not None,
        "author": request.cookies.get(AUTHOR_COOKIE, ""), **context}, status_code=status)


def render_error(request: Request, body: dict[str, Any]) -> HTMLResponse:
    """The HTML twin of an API error (``errors.respond``)."""
    return page(request, "error.html", status=body["status"], error=body)


def _query_error(exc: QueryError) -> dict[str, Any]:
    return {"message": str(exc), "query": exc.query, "position": exc.position}


# --- search ------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, params: SearchParams = Depends(search_params),
                all_copies: bool = Query(False, alias="alle"),
                store: Store = Depends(get_store)) -> Response:
    error = None
    data: dict[str, Any] = {"hits": [], "total": 0, "facets": {}}
    trend: list[tuple[str, int]] = []
    try:
        if all_copies:
            data = search_data(store, params, facets=True, trend="month", markers=MARKERS)
        else:
            data = folded_search_data(store, params, markers=MARKERS, trend="month")
        trend = data["trend"]
    except QueryError as exc:
        error = _query_error(exc)
    covered = data.get("consumed", len(data["hits"]))
    pairs = params.url_params(alle="1" if all_copies else None)
    return page(request, "search.html", params=params, data=data, error=error,
                chart=bar_chart(trend), trend=trend, pairs=pairs,
                all_copies=all_copies, saved=store.saved_searches()[:20],
                prev_url=_page_url(params, pairs, max(params.offset - params.limit, 0))
                if params.offset > 0 else None,
                next_url=_page_url(params, pairs, params.offset + covered)
                if params.offset + covered < data["total"] else None)


def _page_url(params: SearchParams, pairs: list[tuple[str, str]], offset: int) -> str:
    kept = [(k, v) for k, v in pairs if k != "offset"]
    if offset > 0:
        kept.append(("offset", str(offset)))
    return "/?" + urlencode(kept)


@router.get("/trend.svg")
def trend_svg(params: SearchParams = Depends(search_params),
              store: Store = Depends(get_store)) -> Response:
    """The search page's chart as an SVG file."""
    check_query(params.q)
    svg = bar_chart(trend_data(store, params)["periods"])
    return Response(str(svg) or '<svg xmlns="http://www.w3.org/2000/svg"/>',
                    media_type="image/svg+xml")


@router.post("/saved", dependencies=_change)
def save_search(request: Request, name: str = Form(max_length=200),
                q: str = Form("", max_length=1000), params: str = Form("", max_length=4000),
                store: Store = Depends(get_store)) -> Response:
    check_query(q)
    store.save_search(name.strip() or q or "søgning", q, {"url": params},
                      request.cookies.get(AUTHOR_COOKIE) or get_options(request).author)
    return RedirectResponse("/?" + params if params else "/", status_code=303)


@router.post("/saved/{search_id}/delete", dependencies=_change)
def delete_saved(search_id: int, store: Store = Depends(get_store)) -> Response:
    store.delete_saved_search(search_id)
    return RedirectResponse("/", status_code=303)


# --- article -------------------------------------------------------------------------


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str,
                 store: Store = Depends(get_store)) -> Response:
    data = article_data(store, article_id)
    corrected = data["corrected"]
    by_target = {}
    for c in data["corrections"]:
        by_target.setdefault((c["target_start"], c["target_end"]), []).append(c)
    quotes = [{**q, "corrected": q.get("evidence") == corrections.EVIDENCE
               or bool(by_target.get((q["start"], q["end"])))} for q in corrected["quotes"]]
    entities = [{**e, "corrected": bool(by_target.get((e["start"], e["end"])))}
                for e in corrected["entities"]]
    colours = speaker_colours(quotes)
    body = article_html(data["text"], quotes, entities, corrected["time_expressions"],
                        colours)
    removed = [q for q in data["quotes"] if not any(
        (q["start"], q["end"]) == (k["start"], k["end"]) for k in corrected["quotes"])
        and any(c["kind"] == "not_quote" and not c["stale"]
                for c in by_target.get((q["start"], q["end"]), []))]
    distinct: dict[tuple[str, str], dict[str, Any]] = {}
    for e in entities:
        distinct.setdefault((e["label"], e.get("canonical") or e["text"]), e)
    people = sorted({p["name"] for p in corrected["people"]} |
                    {q["speaker"] for q in quotes if q.get("speaker")})
    return page(request, "article.html", a=data, body=body, quotes=quotes,
                removed=removed, colours=colours, entities=list(distinct.values()),
                times=corrected["time_expressions"], people=people, by_target=by_target,
                corrected=corrected)


@router.post("/article/{article_id}/correct", dependencies=_change)
async def correct(request: Request, article_id: str,
                  store: Store = Depends(get_store)) -> Response:
    form = await request.form()

    def field(name: str) -> str | None:
        value = form.get(name)
        return value.strip() if isinstance(value, str) and value.strip() else None

    kind = field("kind") or ""
    value: dict[str, Any] = {}
    for key in ("speaker", "label", "canonical", "earliest", "latest"):
        if field(key) is not None:
            value[key] = field(key)
    if kind == "boundaries":
        value.update(start=field("new_start"), end=field("new_end"))
    if kind == "missed_quote":
        value["kind"] = field("quote_kind") or "direct"
    author = field("author")
    try:
        saved = add_correction(store, article_id, kind, field("start"), field("end"), value,
                               author, field("note"), get_options(request).author)
    except InputError as exc:
        raise ApiError(400, f"Rettelsen blev ikke gemt: {exc}") from exc
    anchor = f"#q-{saved.target_start}" if kind in ("speaker", "boundaries", "missed_quote") \
        else ""
    response = RedirectResponse(f"/article/{article_id}{anchor}", status_code=303)
    if author:
        response.set_cookie(AUTHOR_COOKIE, author[:100], max_age=365 * 86400,
                            httponly=True, samesite="strict")
    return response


# --- quotes and entities -------------------------------------------------------------


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, params: SearchParams = Depends(search_params),
                store: Store = Depends(get_store)) -> Response:
    error = None
    hits: list[dict[str, Any]] = []
    if params.sort == "relevance" and not params.q:
        params.sort = "newest"
    try:
        hits = quotes_data(store, params, markers=MARKERS)["quotes"]
    except QueryError as exc:
        error = _query_error(exc)
    pairs = params.url_params()
    kept = [(k, v) for k, v in pairs if k != "offset"]
    return page(request, "quotes.html", params=params, hits=hits, error=error,
                next_url="/quotes?" + urlencode([*kept, ("offset", params.offset
                                                           + params.limit)])
                if len(hits) >= params.limit else None)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, kind: str | None = Query(None, max_length=10),
                  q: str | None = Query(None, max_length=200),
                  store: Store = Depends(get_store)) -> Response:
    if kind not in (None, "", "person", "org", "place"):
        raise ApiError(400, "kind must be person, org or place.")
    found = store.entities(kind=kind or None, query=q, limit=MAX_PAGE_SIZE)
    return page(request, "entities.html", kind=kind or "", q=q or "", entities=found)


@router.get("/entity/{id_or_name}", response_class=HTMLResponse)
def entity_page(request: Request, id_or_name: str,
                store: Store = Depends(get_store)) -> Response:
    data = entity_data(store, id_or_name, quotes=30, markers=MARKERS)
    return page(request, "entity.html", e=data, chart=bar_chart(data["attention"]["periods"]))


# --- corrections, accuracy, upload -----------------------------------------------------


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request, store: Store = Depends(get_store)) -> Response:
    found = list(reversed(store.corrections()))
    return page(request, "corrections.html", corrections=found)


@router.post("/corrections/{correction_id}/delete", dependencies=_change)
async def withdraw(request: Request, correction_id: int,
                   store: Store = Depends(get_store)) -> Response:
    store.delete_correction(correction_id)
    back = (await request.form()).get("back")
    target = back if isinstance(back, str) and back.startswith("/") and not back.startswith(
        "//") else "/corrections"
    return RedirectResponse(target, status_code=303)


@router.get("/accuracy", response_class=HTMLResponse)
def accuracy_page(request: Request, store: Store = Depends(get_store)) -> Response:
    return page(request, "accuracy.html", acc=corrections.accuracy(store))


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    return page(request, "upload.html", result=None, max_files=MAX_FILES)


@router.post("/upload", response_class=HTMLResponse, dependencies=_change)
async def upload_form(request: Request, files: list[UploadFile],
                      store: Store = Depends(get_store)) -> Response:
    from starlette.concurrency import run_in_threadpool

    if len(files) > MAX_FILES:
        raise ApiError(400, f"Højst {MAX_FILES} filer ad gangen.")
    contents = [(f.filename or "upload.txt", await f.read()) for f in files
                if f.filename or f.size]
    nlp = await run_in_threadpool(pipeline, request)
    result = await run_in_threadpool(ingest_files, store, contents, nlp)
    return page(request, "upload.html", result=result, max_files=MAX_FILES)


# --- login ---------------------------------------------------------------------------


def _next(target: str | None) -> str:
    return target if target and target.startswith("/") and not target.startswith("//") \
        else "/"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> Response:
    return page(request, "login.html", next=_next(next), failed=False)


@router.post("/login", dependencies=[Depends(require_csrf)])
def login(request: Request, password: str = Form(max_length=1000),
          next: str = Form("/", max_length=2000)) -> Response:
    secret = get_options(request).auth
    if secret is None:
        return RedirectResponse(_next(next), status_code=303)
    if not hmac.compare_digest(password.encode(), secret.encode()):
        return page(request, "login.html", status=401, next=_next(next), failed=True)
    response = RedirectResponse(_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, session_value(secret), httponly=True,
                        samesite="strict", max_age=30 * 86400)
    return response


def install(app: FastAPI) -> None:
    """Add the pages, their static assets and the HTML error page to ``app``."""
    app.state.render_error = render_error
    static = resources.files("pressespejl.web") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(router)
