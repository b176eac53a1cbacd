"""Small FastAPI dependencies the routers share."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request

from pressespejl.api.errors import ApiError
from pressespejl.api.options import ServeOptions
from pressespejl.store import Store


def get_store(request: Request) -> Store:
    """The archive the server was started on."""
    return request.app.state.store  # type: ignore[no-any-return]


def get_options(request: Request) -> ServeOptions:
    return request.app.state.options  # type: ignore[no-any-return]


def next_url(request: Request, pairs: list[tuple[str, str]], offset: int, limit: int,
             total: int | None, got: int) -> str | None:
    """The URL of the next page, or None on the last one."""
    more = offset + got < total if total is not None else got >= limit
    if not more:
        return None
    kept = [(k, v) for k, v in pairs if k != "offset"]
    return f"{request.url.path}?{urlencode([*kept, ('offset', str(offset + limit))])}"


def writable(request: Request) -> None:
    """Refuse a change on a read-only server (the guard does too; this is for forms)."""
    if get_options(request).read_only:
        raise ApiError(403, "This server is read-only (serve --read-only).")
