"""``python -m bench.web``: latency of the web app's pages over HTTP, and a load test.

Starts ``pressespejl serve --read-only`` on a free loopback port in a child process (the
server as people run it: uvicorn, one process), then

1. **latency**: one client, one request at a time: the search page (``/?q=…``: hits,
   facets, the attention chart and wire copies, as a person sees it) for the benchmark's
   word, phrase and boolean queries (``bench/queries.py``), and the article page
   (``/article/{id}``) for random stored articles; a warm-up pass, then timed passes;
   p50/p95/p99 in ms. Targets (issue 11, 100,000 articles): search page p95 < 150 ms,
   article page p95 < 100 ms.
   The server's CPU time per request over that phase is printed too: on a shared
   machine wall-clock latency also counts waiting for a core.
2. **load**: ``--clients`` threads (50), each with its own connection, request a random
   search or article page as fast as answers come, for ``--duration`` seconds (60);
   every answer other than 200 (or an exception) is an error; p50/p95 of all requests and
   requests per second.

Only loopback traffic; every loop is bounded in time. Build a 100,000-article archive
first (bench/README.md, "The web app"):

    python -m bench --only search --search-articles 10000 --workdir /tmp/wb
    python -m bench.grow /tmp/wb/search-0-10000.sqlite --copies 10 --workdir /tmp/wb/g
    python -m bench.web --db /tmp/wb/g/search-0-100000.sqlite --json bench/results/web-100k.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bench.run import _machine, _percentiles

PAGE_KINDS = ("word", "phrase", "boolean")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def search_urls(per_kind: int, seed: int) -> list[tuple[str, str]]:
    """(kind, URL) of the search page for the benchmark's queries."""
    from bench.corpus import CorpusGenerator
    from bench.queries import build

    urls = []
    for query in build(CorpusGenerator(seed=seed), per_kind=per_kind, seed=seed):
        if query.kind in PAGE_KINDS:
            urls.append((query.kind, "/?" + urlencode({"q": query.query.text})))
    return urls


def article_urls(db: str, count: int, seed: int) -> list[str]:
    """The article page of ``count`` random stored articles (read straight from the file:
    this is the benchmark's set-up, not a page)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        top = conn.execute("SELECT max(num) FROM articles").fetchone()[0] or 0
        rng = random.Random(f"web:{seed}")
        ids: list[str] = []
        while len(ids) < count and top:
            row = conn.execute("SELECT id FROM articles WHERE num >= ? ORDER BY num LIMIT 1",
                               [rng.randint(1, top)]).fetchone()
            if row:
                ids.append(row[0])
    finally:
        conn.close()
    return [f"/article/{i}" for i in ids]


class Server:
    """``pressespejl serve`` in a child process, stopped (SIGTERM, then kill) on exit."""

    def __init__(self, db: str) -> None:
        self.port = _free_port()
        exe = Path(sys.executable).with_name("pressespejl")
        self.process = subprocess.Popen(
            [str(exe), "serve", "--db", db, "--port", str(self.port), "--read-only"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.base = f"http://127.0.0.1:{self.port}"

    def wait(self, client: Any, timeout: float = 300) -> float:
        """Wait until it answers (the first request also catches the indexes up)."""
        started = time.perf_counter()
        while time.perf_counter() - started < timeout:
            if self.process.poll() is not None:
                raise SystemExit(f"the server stopped: {self.process.stderr.read()[-2000:]}")
            try:
                if client.get(self.base + "/?q=nato").status_code == 200:
                    return time.perf_counter() - started
            except Exception:
                time.sleep(0.2)
        raise SystemExit("the server did not answer in time")

    def cpu_seconds(self) -> float:
        """The server process's CPU time so far (user + system, from /proc)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


def latency(client: Any, base: str, urls: list[tuple[str, str]], repeats: int
            ) -> dict[str, Any]:
    """One request at a time: a warm-up pass, then ``repeats`` timed passes."""
    samples: dict[str, list[float]] = {}
    errors: dict[str, int] = {}
    for timed in [False] + [True] * repeats:
        for kind, url in urls:
            started = time.perf_counter()
            status = client.get(base + url).status_code
            ms = (time.perf_counter() - started) * 1000
            if status != 200:
                errors[kind] = errors.get(kind, 0) + 1
            if timed:
                samples.setdefault(kind, []).append(ms)
    out = {kind: {**_percentiles(s), "samples": len(s), "errors": errors.get(kind, 0)}
           for kind, s in samples.items()}
    pages = {"search page": [m for k, s in samples.items() if k != "article" for m in s],
             "article page": samples.get("article", [])}
    for name, s in pages.items():
        out[name] = {**_percentiles(s), "samples": len(s)}
    return out


def load(base: str, urls: list[str], clients: int, duration: float) -> dict[str, Any]:
    """``clients`` threads requesting random pages for ``duration`` seconds."""
    import httpx2 as httpx

    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + duration

    def run(n: int) -> None:
        rng = random.Random(n)
        mine: list[float] = []
        wrong: list[str] = []
        with httpx.Client(timeout=60) as client:
            while time.perf_counter() < deadline:
                url = rng.choice(urls)
                started = time.perf_counter()
                try:
                    status = client.get(base + url).status_code
                    if status != 200:
                        wrong.append(f"{status} {url}")
                except Exception as exc:  # counted, not raised: the load test goes on
                    wrong.append(f"{type(exc).__name__} {url}")
                mine.append((time.perf_counter() - started) * 1000)
        with lock:
            times.extend(mine)
            errors.extend(wrong)

    started = time.perf_counter()
    threads = [threading.Thread(target=run, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return {"clients": clients, "duration_s": round(seconds, 1), "requests": len(times),
            "errors": len(errors), "error_examples": errors[:5],
            "requests_per_s": round(len(times) / seconds, 1), **_percentiles(times)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.web", description=__doc__
                                     .splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite archive (bench build)")
    parser.add_argument("--queries", type=int, default=30, help="search queries per kind")
    parser.add_argument("--articles", type=int, default=90, help="article pages")
    parser.add_argument("--repeats", type=int, default=2, help="timed passes")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    import httpx2 as httpx

    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    search = search_urls(args.queries, args.seed)
    pages = article_urls(args.db, args.articles, args.seed)
    server = Server(args.db)
    results: dict[str, Any] = {"date": datetime.now().isoformat(timespec="seconds"),
                               "machine": _machine(), "archive_articles": articles,
                               "load_average": os.getloadavg(), "params": vars(args) | {
                                   "db": str(args.db), "json": str(args.json)}}
    try:
        with httpx.Client(timeout=120) as client:
            results["start_s"] = round(server.wait(client), 1)
            print(f"server up in {results['start_s']} s; {articles:,} articles", flush=True)
            cpu = server.cpu_seconds()
            results["latency"] = latency(client, server.base,
                                         search + [("article", u) for u in pages],
                                         args.repeats)
            requests = (len(search) + len(pages)) * (args.repeats + 1)
            results["server_cpu_ms_per_request"] = round(
                (server.cpu_seconds() - cpu) * 1000 / requests, 1)
        print(f"server CPU time: {results['server_cpu_ms_per_request']} ms per request "
              "(latency phase, all pages)", flush=True)
        for name in ("search page", "article page"):
            r = results["latency"][name]
            print(f"{name:>13}: p50 {r['p50']:.1f} ms  p95 {r['p95']:.1f} ms  "
                  f"p99 {r['p99']:.1f} ms  ({r['samples']} requests)", flush=True)
        results["load"] = load(server.base, [u for _, u in search] + pages, args.clients,
                               args.duration)
        r = results["load"]
        print(f"{r['clients']} clients for {r['duration_s']} s: {r['requests']} requests "
              f"({r['requests_per_s']}/s), {r['errors']} errors, p50 {r['p50']:.0f} ms, "
              f"p95 {r['p95']:.0f} ms", flush=True)
    finally:
        server.stop()
    results["load_average_after"] = os.getloadavg()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
