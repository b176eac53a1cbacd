"""Checks a route runs itself: the CSRF token of a form post, and the login page's
secret. The middleware in ``guard.py`` does the rest."""

from __future__ import annotations

import hmac

from fastapi import Request

from pressespejl.api.errors import ApiError


async def require_csrf(request: Request) -> None:
    """A form post must carry the CSRF cookie's token in its ``csrf_token`` field,
    unless the guard already saw header proof (JSON, X-CSRF-Token, Authorization)."""
    state = request.scope.get("state", {})
    if state.get("csrf_ok"):
        return
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        given = form.get("csrf_token")
        expected = state.get("csrf_token") or ""
        if isinstance(given, str) and expected and request.cookies.get(
                "pressespejl_csrf") == expected and hmac.compare_digest(given, expected):
            return
    raise ApiError(403, "The form has expired or came from another site (CSRF check "
                        "failed): reload the page and try again.")
