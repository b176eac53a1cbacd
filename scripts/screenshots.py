"""Screenshots of the web app for the README: search, article and person pages, on a
laptop-sized and a phone-sized screen, in Debian's headless Chromium.

    .venv/bin/pressespejl ingest tests/articles src/pressespejl/data/sample --db /tmp/a.sqlite
    .venv/bin/python scripts/screenshots.py --db /tmp/a.sqlite --out docs/screenshots

The server runs in this process (uvicorn in a thread) on a free loopback port.
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
PAGES = {
    "search": "/?q=soldat",
    "article": "/article/{seed}",
    "person": "/entity/per:jeppe-kofod",
}


def seed_article(store):  # type: ignore[no-untyped-def]
    """The seed article (its id is a content hash) and the start of Kofod's last quote."""
    from pressespejl.types import SearchQuery

    for hit in store.search(SearchQuery(speakers=("Jeppe Kofod",), limit=50)).hits:
        if (hit.path or "").endswith("000_68a4d7f295b6d847.txt"):
            _, analysis = store.record(hit.article_id)
            quotes = [q.start for q in analysis.quotes if q.speaker == "Jeppe Kofod"]
            return hit.article_id, quotes[-1] if quotes else 0
    raise SystemExit("the seed article is not in this archive: ingest tests/articles first")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--chromium", default=CHROMIUM)
    options = parser.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from pressespejl.api import ServeOptions, create_app
    from pressespejl.store import open_store

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    with open_store(options.db) as store:
        seed, kofod = seed_article(store)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store, ServeOptions(), web=True),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
                browser = p.chromium.launch_persistent_context(
                    profile, executable_path=options.chromium, args=ARGS, headless=True,
                    viewport={"width": 1280, "height": 1000}, locale="da-DK")
                page = browser.new_page()
                base = f"http://127.0.0.1:{port}"
                for name, path in PAGES.items():
                    page.goto(base + path.format(seed=seed, kofod=kofod))
                    page.screenshot(path=str(out / f"{name}.png"), full_page=False)
                page.set_viewport_size({"width": 390, "height": 844})
                for name in ("search", "article"):
                    page.goto(base + PAGES[name].format(seed=seed, kofod=kofod))
                    page.screenshot(path=str(out / f"{name}-phone.png"))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(f"screenshots in {out}/")


if __name__ == "__main__":
    main()
