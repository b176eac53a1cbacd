"""How a server is set up (``pressespejl serve`` options) and the limits it enforces.

The limits protect a shared server from one request that costs too much: a huge body, a
page of thousands of hits, a query of megabytes or of thousands of nested parentheses
(the parser is recursive), a JSON body nested deeper than any real one.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PAGE_SIZE = 100
"""Hits, quotes or entities per page (``limit``) at most."""

MAX_QUERY_LENGTH = 1000
"""Characters in a query (``q``) at most."""

MAX_NESTING = 16
"""Parentheses in a query, and arrays/objects in a JSON body, nested at most this deep."""

MAX_BODY_BYTES = 20 * 1024 * 1024
"""Request body (an upload) at most, by default; ``serve --max-upload-mb``."""

MAX_FORM_BYTES = 64 * 1024
"""A body that is not an upload (a correction, a form) at most."""


@dataclass(frozen=True)
class ServeOptions:
    """What ``create_app`` is told by ``pressespejl serve``.

    Attributes:
        read_only: refuse every request that would change the archive (403).
        auth: a shared secret; when set, every request needs it, as
            ``Authorization: Bearer <secret>`` or through the login page's cookie.
        max_body: the largest request body in bytes (uploads).
        author: who corrections are by when the form leaves the name empty.
    """

    read_only: bool = False
    auth: str | None = None
    max_body: int = MAX_BODY_BYTES
    author: str = "anonym"
