"""``pressespejl serve``: the HTTP API and the web app over an archive.

Builds the application (``api.create_app``) and runs it with uvicorn, or with ``--get``
answers one request in-process without a server (as ``datasette serve --get``).
"""

from __future__ import annotations

import ipaddress
import os
import signal
import sys
from typing import Any

import click

from pressespejl.cli._options import db_option, open_archive
from pressespejl.settings import setting

LOCAL_HOSTS = ("localhost",)


def is_local(host: str) -> bool:
    """True for a loopback address (127.0.0.0/8, ::1) or ``localhost``."""
    if host in LOCAL_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but localhost needs --auth or --public.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--read-only", is_flag=True, help="Refuse every change (uploads, corrections).")
@click.option("--auth", default=lambda: setting("auth"), metavar="SECRET",
              help="A shared token/password every request needs (Authorization: Bearer "
                   "SECRET, or the login page). Also read from PRESSESPEJL_AUTH, which "
                   "keeps it out of the process list.")
@click.option("--public", is_flag=True,
              help="Allow listening beyond localhost without --auth (anyone who reaches "
                   "the port can read and change the archive).")
@click.option("--max-upload-mb", type=click.IntRange(1, 1024), default=20, show_default=True,
              help="The largest upload accepted.")
@click.option("--author", default="anonym", show_default=True,
              help="Who corrections are by when the form leaves the name empty.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Answer requests in this many processes, each with its own connection "
                   "to the archive; the machine's cores is a good number for a busy "
                   "server.")
@click.option("--get", "get_path", metavar="PATH", default=None,
              help="Answer one GET request for PATH (e.g. '/api/search?q=soldat') on "
                   "stdout and exit: 0 for a success, 1 for an error status.")
def serve(db: str | None, host: str, port: int, read_only: bool, auth: str | None,
          public: bool, max_upload_mb: int, author: str, workers: int,
          get_path: str | None) -> None:
    """Serve the archive: the web app at /, the JSON API under /api, its docs at /docs.

    It listens on 127.0.0.1 only unless told otherwise; Ctrl-C stops it cleanly.
    --workers N answers from N processes (uvicorn workers) on the same archive.

    Example:

        pressespejl serve

        pressespejl serve --db postgresql://localhost/pressespejl --read-only

        PRESSESPEJL_AUTH=hemmelig pressespejl serve --host 0.0.0.0 --port 8080

        pressespejl serve --workers 2

        pressespejl serve --get '/api/search?q=soldat&limit=3'
    """
    from pressespejl.api import ServeOptions, create_app

    if not is_local(host) and not auth and not public and get_path is None:
        raise click.UsageError(
            f"Refusing to listen on {host} without --auth: anyone who can reach it could "
            "read and change the archive. Add --auth SECRET (or PRESSESPEJL_AUTH), or "
            "--public if that is what you want.")
    if auth is not None and len(auth) < 8:
        raise click.BadParameter("use at least 8 characters", param_hint="--auth")
    options = ServeOptions(read_only=read_only, auth=auth, max_body=max_upload_mb << 20,
                           author=author)
    import uvicorn

    settings: dict[str, Any] = {"host": host, "port": port, "log_level": "warning",
                                "access_log": False, "server_header": False}
    # The archive is opened here once (created or migrated) in any case; the workers
    # then open it as it is.
    with open_archive(db, create=True) as store:
        if get_path is not None:
            raise SystemExit(_get(create_app(store, options, web=True), get_path, auth))
        where = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
        click.echo(f"Pressespejl serving {_shown(store.url)} at {where} (API docs at {where}docs"
                   f"{', read-only' if read_only else ''}{', with auth' if auth else ''}"
                   f"{f', {workers} workers' if workers > 1 else ''}). Ctrl-C stops.",
                   err=True)
        if workers == 1:
            _run(uvicorn.Config(create_app(store, options, web=True), **settings))
        url = store.url
        if workers > 1 and url == ":memory:":
            raise click.UsageError("--workers needs an archive every worker can open, "
                                   "not :memory:.")
    if workers > 1:
        from uvicorn.supervisors import Multiprocess

        from pressespejl.api.workers import FACTORY, worker_environment

        read_db = click.get_current_context().meta.get("pressespejl.read_db") or setting(
            "read_db")
        os.environ.update(worker_environment(url, read_db, options))
        config = uvicorn.Config(FACTORY, factory=True, workers=workers, **settings)
        # The supervisor ends its workers on Ctrl-C or SIGTERM: each finishes the
        # requests in flight and closes its archive (api/workers.py).
        Multiprocess(config, sockets=[config.bind_socket()]).run()
    click.echo("Stopped.", err=True)


def _shown(url: str) -> str:
    """The archive's URL for the banner, without a PostgreSQL password."""
    if url.startswith(("postgresql://", "postgres://")):
        from pressespejl.store.postgres import redact

        return redact(url)
    return url


def _run(config: Any) -> None:
    """Run one uvicorn server in this process until Ctrl-C or SIGTERM.

    uvicorn finishes the requests in flight on Ctrl-C or SIGTERM and then raises the
    signal again; as KeyboardInterrupt it ends here, and the archive is closed (its
    index writes flushed) on the way out instead of the process dying.
    """
    import uvicorn

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        uvicorn.Server(config).run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _get(app: object, path: str, auth: str | None) -> int:
    """One request through the application in this process; the body on stdout."""
    from starlette.testclient import TestClient

    if not path.startswith("/"):
        raise click.BadParameter("give a path starting with /", param_hint="--get")
    headers = {"Authorization": f"Bearer {auth}"} if auth else {}
    with TestClient(app, base_url="http://localhost") as client:  # type: ignore[arg-type]
        response = client.get(path, headers=headers, follow_redirects=False)
    sys.stdout.write(response.text)
    if response.text and not response.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0 if response.status_code < 400 else 1
