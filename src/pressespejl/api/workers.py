"""Serving from several processes: ``pressespejl serve --workers N``.

One Python process answers one request at a time for everything that holds the GIL
(highlighting snippets, rendering a page), so on a machine with several cores a busy
server wants several processes. uvicorn's supervisor starts each worker as a fresh
interpreter that imports the application by name, so a worker cannot be handed the
open archive or a ``ServeOptions`` object: ``serve`` writes them into the environment
(``WORKER_ENV``, JSON) and every worker calls ``app_from_environment``, which opens its
own connection to the archive and builds the same application. A worker closes its
archive when it stops (the application's lifespan).

Several processes on one SQLite archive are fine: SQLite locks the file for each write
and the search indexes take their writer lock in turn (``store/tantivy_index.py``);
each process sees the others' changes at its next read.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator
from dataclasses import asdict
from typing import Any

from fastapi import FastAPI

from pressespejl.api.app import create_app
from pressespejl.api.options import ServeOptions

WORKER_ENV = "PRESSESPEJL_SERVE_WORKER"
"""The environment variable that carries the archive and options to the workers."""

FACTORY = f"{__name__}:app_from_environment"
"""What uvicorn imports in each worker (``uvicorn.Config(FACTORY, factory=True)``)."""


def worker_environment(db: str, read_db: str | None, options: ServeOptions) -> dict[str, str]:
    """The variables to add to the environment before the workers start."""
    return {WORKER_ENV: json.dumps({"db": db, "read_db": read_db,
                                    "options": asdict(options)})}


def app_from_environment() -> FastAPI:
    """The application of one worker: its own connection to the archive.

    Raises:
        RuntimeError: ``WORKER_ENV`` is not set (not started by ``serve --workers``).
    """
    from pressespejl.store import open_store

    given = os.environ.get(WORKER_ENV)
    if not given:
        raise RuntimeError(f"{WORKER_ENV} is not set: start workers with "
                           "`pressespejl serve --workers N`.")
    config: dict[str, Any] = json.loads(given)
    store = open_store(config["db"], create=False, read_url=config["read_db"])
    app = create_app(store, ServeOptions(**config["options"]), web=True)

    @contextlib.asynccontextmanager
    async def closing(_: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app.router.lifespan_context = closing
    return app
