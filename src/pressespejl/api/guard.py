"""The server's guard: one ASGI middleware in front of every route.

In order, for each request:

1. **Limits**: a body over ``max_body`` bytes (an upload) or ``MAX_FORM_BYTES`` (anything
   else) is refused with 413 before it is read whole; a JSON body nested deeper than
   ``MAX_NESTING`` with 400.
2. **Auth** (``--auth``): without ``Authorization: Bearer <secret>`` or the login cookie,
   the API answers 401 and a page redirects to ``/login``. The secret is compared in
   constant time; the cookie holds an HMAC of it, never the secret.
3. **Read-only** (``--read-only``): every unsafe method is refused with 403.
4. **CSRF**: a browser sends cookies along with a request another site makes it send,
   but never a custom header and never a JSON body without asking the server first (CORS
   preflight, which this server does not grant). So an unsafe request is let through
   when it carries ``Authorization``, ``X-CSRF-Token`` equal to the CSRF cookie, or
   ``X-Requested-With``, or is JSON; a form post must carry the cookie's token in its
   ``csrf_token`` field, which the route checks (``security.require_csrf``).
5. **Headers**: every response gets a Content-Security-Policy that allows scripts and
   styles from this server only (the docs pages also their inline starter), no framing,
   no sniffing, no referrer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote

from pressespejl.api.errors import BodyTooLarge, error_body
from pressespejl.api.options import MAX_FORM_BYTES, MAX_NESTING, ServeOptions

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "pressespejl_csrf"
SESSION_COOKIE = "pressespejl_session"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
UPLOAD_PATHS = ("/api/upload", "/upload")
OPEN_PATHS = ("/login", "/static/")  # reachable without auth

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def session_value(secret: str) -> str:
    """The login cookie's value for a secret: an HMAC, so the cookie never holds it."""
    return hmac.new(secret.encode(), b"pressespejl-session-v1", hashlib.sha256).hexdigest()


def json_depth_ok(body: bytes, limit: int = MAX_NESTING) -> bool:
    """True if no array or object in a JSON text is nested deeper than ``limit``
    (counted without parsing, so a hostile body cannot exhaust the parser's stack)."""
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return False
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return True


def _cookies(headers: dict[str, str]) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed Cookie header is no cookie
        return {}
    return {k: m.value for k, m in jar.items()}


class Guard:
    """The middleware; see the module docstring."""

    def __init__(self, app: ASGIApp, options: ServeOptions) -> None:
        self.app = app
        self.options = options
        self.session = session_value(options.auth) if options.auth else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        cookies = _cookies(headers)
        path: str = scope.get("path", "")
        method: str = scope.get("method", "GET")
        is_api = path.startswith("/api/") or path == "/openapi.json"
        state = scope.setdefault("state", {})

        # 2. auth
        authorized = self._authorized(headers, cookies)
        state["authorized"] = authorized
        if not authorized and not path.startswith(OPEN_PATHS):
            if is_api or method != "GET":
                await self._error(send, 401, "This server needs the access token: send "
                                  "'Authorization: Bearer <token>' or log in at /login.",
                                  extra_headers=[(b"www-authenticate", b"Bearer")])
            else:
                target = "/login?next=" + quote(path + (
                    "?" + scope["query_string"].decode("latin-1")
                    if scope.get("query_string") else ""), safe="")
                await self._redirect(send, target)
            return

        # 3. read-only
        if method in UNSAFE and self.options.read_only and path != "/login":
            await self._error(send, 403, "This server is read-only (serve --read-only): "
                                         "nothing can be changed through it.")
            return

        # 4. CSRF: a token for the pages' forms, and header proof for scripts
        token = cookies.get(CSRF_COOKIE)
        new_token = None
        if not token or len(token) != 43:
            token = new_token = secrets.token_urlsafe(32)
        state["csrf_token"] = token
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        header_token = headers.get("x-csrf-token")
        state["csrf_ok"] = bool(
            "authorization" in headers or "x-requested-with" in headers
            or content_type == "application/json"
            or (header_token and new_token is None and hmac.compare_digest(header_token, token)))
        if method in UNSAFE and not state["csrf_ok"] and content_type not in (
                "application/x-www-form-urlencoded", "multipart/form-data"):
            await self._error(send, 403, "Cross-site request refused: send JSON, or the "
                                         "X-CSRF-Token header, or X-Requested-With.")
            return

        # 1. limits (the body is read here when it must be checked)
        limit = self.options.max_body if path in UPLOAD_PATHS else MAX_FORM_BYTES
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await self._error(send, 413, f"The request body is larger than the limit of "
                                         f"{limit:,} bytes.")
            return
        receive = await self._limited(receive, send, limit, content_type == "application/json")
        if receive is None:
            return

        csp = DOCS_CSP if path in ("/docs", "/redoc") else CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = list(message.get("headers", []))
                out += [(b"content-security-policy", csp.encode()),
                        (b"x-content-type-options", b"nosniff"),
                        (b"x-frame-options", b"DENY"),
                        (b"referrer-policy", b"no-referrer")]
                if new_token is not None:
                    out.append((b"set-cookie", f"{CSRF_COOKIE}={new_token}; Path=/; HttpOnly; "
                                               "SameSite=Strict".encode()))
                message["headers"] = out
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _authorized(self, headers: dict[str, str], cookies: dict[str, str]) -> bool:
        if self.options.auth is None:
            return True
        given = headers.get("authorization", "")
        if given.lower().startswith("bearer ") and hmac.compare_digest(
                given[7:].strip().encode(), self.options.auth.encode()):
            return True
        session = cookies.get(SESSION_COOKIE, "")
        return bool(self.session) and hmac.compare_digest(session, self.session or "")

    async def _limited(self, receive: Receive, send: Send, limit: int,
                       is_json: bool) -> Receive | None:
        """A receive that refuses a body over ``limit`` as it streams in; a JSON body is
        read whole (it is small) and its nesting checked first."""
        if not is_json:
            seen = 0

            async def counting() -> Message:
                nonlocal seen
                message = await receive()
                if message["type"] == "http.request":
                    seen += len(message.get("body", b""))
                    if seen > limit:
                        raise BodyTooLarge(limit)
                return message

            return counting
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > limit:
                await self._error(send, 413, f"The request body is larger than the limit of "
                                             f"{limit:,} bytes.")
                return None
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if not json_depth_ok(body):
            await self._error(send, 400, f"The JSON body is nested deeper than "
                                         f"{MAX_NESTING} levels.")
            return None
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay

    async def _error(self, send: Send, status: int, message: str,
                     extra_headers: list[tuple[bytes, bytes]] | None = None) -> None:
        body = json.dumps(error_body(status, message), ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": status, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
            *(extra_headers or [])]})
        await send({"type": "http.response.body", "body": body})

    async def _redirect(self, send: Send, location: str) -> None:
        await send({"type": "http.response.start", "status": 303, "headers": [
            (b"location", location.encode("latin-1")), (b"content-length", b"0")]})
        await send({"type": "http.response.body", "body": b""})
