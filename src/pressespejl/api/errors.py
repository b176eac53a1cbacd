"""One error shape for every endpoint, as JSON and as an HTML page.

Every error response is ``{"ok": false, "error": message, "errors": [details],
"status": code}`` (Datasette's shape, STYLE.md §10); a query error adds ``query`` and
``position`` (the 0-based character the parser stopped at). Web pages render the same
data with a caret under the query. Library errors are turned into responses here and
nowhere else.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from pressespejl.errors import (
    BackendUnavailable,
    InputError,
    PressespejlError,
    QueryError,
    StoreError,
)

log = logging.getLogger("pressespejl.api")


class ApiError(Exception):
    """An error with an HTTP status, raised by the API and web layers."""

    def __init__(self, status: int, message: str, errors: list[Any] | None = None,
                 **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []
        self.extra = extra


class BodyTooLarge(Exception):
    """A streamed body went over the limit: raised by the guard (``guard.Guard``) while
    the body streams in, turned into 413 here."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"The request body is larger than the limit of {limit:,} bytes.")
        self.limit = limit


def error_body(status: int, message: str, errors: list[Any] | None = None,
               **extra: Any) -> dict[str, Any]:
    return {"ok": False, "error": message, "errors": errors or [], "status": status, **extra}


def from_library(exc: PressespejlError) -> ApiError:
    """The HTTP error for a library error."""
    if isinstance(exc, QueryError):
        return ApiError(400, str(exc), query=exc.query, position=exc.position)
    if isinstance(exc, InputError):
        return ApiError(400, str(exc))
    if isinstance(exc, BackendUnavailable):
        return ApiError(503, str(exc))
    if isinstance(exc, StoreError):
        return ApiError(500, str(exc))
    return ApiError(500, str(exc))


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "") or request.method == "POST"


def respond(request: Request, error: ApiError) -> Response:
    """The error as JSON for the API, as a page for a browser on a web page."""
    body = error_body(error.status, error.message, error.errors, **error.extra)
    if _wants_html(request):
        render = getattr(request.app.state, "render_error", None)
        if render is not None:
            return render(request, body)
    return JSONResponse(body, status_code=error.status)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return respond(request, exc)

    @app.exception_handler(PressespejlError)
    async def _library(request: Request, exc: PressespejlError) -> Response:
        return respond(request, from_library(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e["msg"]}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "", "message": "invalid request"}
        return respond(request, ApiError(
            400, f"Invalid {first['where'] or 'request'}: {first['message']}", details))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if isinstance(exc.__cause__, BodyTooLarge):  # FastAPI wraps body errors in a 400
            return respond(request, ApiError(413, str(exc.__cause__)))
        messages = {404: "Not found.", 405: "Method not allowed."}
        message = exc.detail if isinstance(exc.detail, str) and exc.detail not in (
            "Not Found", "Method Not Allowed") else messages.get(exc.status_code, "Error.")
        return respond(request, ApiError(exc.status_code, message))

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: Exception) -> Response:
        return respond(request, ApiError(413, str(exc)))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(request, ApiError(500, f"Internal error: {type(exc).__name__}. "
                                              "The server log has the details."))
