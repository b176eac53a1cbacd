"""``create_app``: the ASGI application of ``pressespejl serve`` — the JSON API under
``/api``, its OpenAPI schema at ``/openapi.json`` with interactive docs at ``/docs`` and
``/redoc`` (assets served from the installed ``fastapi_offline`` package: they work
without the internet), and the web app's pages (``pressespejl.web``).

The API and the pages are thin: each route parses its parameters, calls the library
(``Store`` methods, ``corrections``, ``jobs``) and shapes the result. Every page has a JSON
twin under ``/api`` with the same parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

from pressespejl import __version__
from pressespejl.api import articles, corrections, entities, errors, quotes, search, upload
from pressespejl.api.guard import Guard
from pressespejl.api.options import ServeOptions
from pressespejl.store import Store

DESCRIPTION = """Who said what, when, about whom and where, in a Pressespejl archive of
Danish news. Every error has one shape: `{"ok": false, "error", "errors", "status"}`.
Pages: `limit` (at most 100) and `offset`; `next` is the URL of the next page."""


def _default_nlp() -> Any:
    from pressespejl.nlp import load_pipeline

    return load_pipeline()


def create_app(store: Store, options: ServeOptions | None = None,
               nlp_loader: Callable[[], Any] | None = None, web: bool = False) -> FastAPI:
    """The server's application over an open archive.

    Args:
        store: the archive (either backend); the caller closes it.
        options: read-only mode, auth secret, body limit (``ServeOptions``).
        nlp_loader: returns the pipeline uploads are analysed with (loaded at the first
            upload; the bundled Danish pipeline by default).
        web: also serve the web app's pages (the API alone when False).
    """
    options = options or ServeOptions()
    app = FastAPI(title="Pressespejl", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None)
    app.state.store = store
    app.state.options = options
    app.state.nlp_loader = nlp_loader or _default_nlp
    app.state.nlp = None
    errors.install(app)
    for module in (search, articles, quotes, entities, upload, corrections):
        app.include_router(module.router)
    _docs(app)
    if web:
        from pressespejl.web.views import install as install_web

        install_web(app)
    app.add_middleware(Guard, options=options)
    return app


def _docs(app: FastAPI) -> None:
    static = resources.files("fastapi_offline") / "static"
    app.mount("/api-assets", StaticFiles(directory=str(static)), name="api-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="Pressespejl API",
            swagger_js_url="/api-assets/swagger-ui-bundle.js",
            swagger_css_url="/api-assets/swagger-ui.css",
            swagger_favicon_url="/api-assets/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/openapi.json", title="Pressespejl API",
                              redoc_js_url="/api-assets/redoc.standalone.js",
                              redoc_favicon_url="/api-assets/favicon.png",
                              with_google_fonts=False)
