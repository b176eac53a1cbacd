"""``python -m bench``: analysis speed, ingest speed and search latency, in one command.

Every stage runs in its own child process (``python -m bench.run --stage ...``), pinned
to one CPU core, so its peak memory is its own: ``resource.getrusage(RUSAGE_SELF)
.ru_maxrss`` of that child at the end of the stage (peak resident set size; it includes
the interpreter, spaCy and the model). The parent only writes corpus files, collects the
children's JSON and prints the table. See bench/README.md for what each number means.

Example::

    python -m bench                              # the default run, about 10 minutes
    python -m bench --only search --search-articles 1000000 --json full.json
    python -m bench --only search --backend postgresql --db postgresql://localhost/bench
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.corpus import WORDS, word_range

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("analyse", "ingest", "search")
PROGRESS_EVERY = 1000
BULK_BATCH = 500  # articles per transaction when the search stage fills its archive


# --- helpers used in the child processes ------------------------------------------------


def _pin_one_core() -> int | None:
    """Run this process on one core (the last one) and keep BLAS single-threaded."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    try:
        cpu = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return cpu
    except (AttributeError, OSError):  # not Linux: measure on whatever we get
        return None


def _rss_mib() -> float:
    """The current resident set size of this process, from /proc (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _progress(stage: str, done: int, total: int, started: float) -> None:
    elapsed = time.perf_counter() - started
    rate = done / elapsed if elapsed else 0.0
    print(f"  {stage}: {done:,}/{total:,} ({rate:,.0f}/s)", file=sys.stderr, flush=True)


class _IngestProgress:
    """``jobs.ingest``'s progress callback for the bench: counts the items it hears of
    (``done``) and prints a line every ``PROGRESS_EVERY``."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.started = time.perf_counter()

    def __call__(self, _item: object) -> None:
        self.done += 1
        if self.done % PROGRESS_EVERY == 0:
            _progress("ingest", self.done, self.total, self.started)


def _percentiles(samples: list[float]) -> dict[str, float]:
    if len(samples) < 2:
        value = samples[0] if samples else float("nan")
        return {"p50": value, "p95": value, "p99": value, "mean": value, "max": value}
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98],
            "mean": statistics.fmean(samples), "max": max(samples)}


def _generator(params: dict[str, Any]):  # -> CorpusGenerator (imported lazily)
    from bench.corpus import CorpusGenerator

    return CorpusGenerator(params["seed"])


def _without(nlp: Any, params: dict[str, Any]) -> Any:
    """The pipeline with the ``--disable`` components switched off (e.g. the trained NER,
    to measure the rules alone)."""
    names = [n for n in params.get("disable", []) if n in nlp.pipe_names]
    if names:
        nlp.select_pipes(disable=names)
    return nlp


# --- stages (run in a child) -----------------------------------------------------------


def stage_analyse(params: dict[str, Any]) -> dict[str, Any]:
    """``analyze_many`` over ``articles`` generated articles, on one core."""
    cpu = _pin_one_core()
    started = time.perf_counter()
    generated = list(_generator(params).generate(params["articles"]))
    articles = [g.article() for g in generated]
    expected_quotes = sum(len(g.analysis().quotes) for g in generated)
    del generated
    generate_s = time.perf_counter() - started

    from pressespejl.nlp import analyze_many, load_pipeline

    started = time.perf_counter()
    nlp = _without(load_pipeline(), params)
    load_s = time.perf_counter() - started
    rss_before = _rss_mib()
    quotes = people = done = 0
    started = time.perf_counter()
    for _article, analysis in analyze_many(articles, nlp=nlp, batch_size=params["batch_size"]):
        done += 1
        quotes += len(analysis.quotes)
        people += len(analysis.people)
        if done % PROGRESS_EVERY == 0:
            _progress("analyse", done, len(articles), started)
    seconds = time.perf_counter() - started
    return {
        "articles": done, "seconds": seconds, "articles_per_s": done / seconds,
        "words_per_s": sum(a.text.count(" ") + 1 for a in articles) / seconds,
        "batch_size": params["batch_size"], "cpu": cpu, "pipes": list(nlp.pipe_names),
        "model_load_s": load_s, "corpus_generate_s": generate_s,
        "rss_before_mib": rss_before, "peak_rss_mib": _peak_rss_mib(),
        "quotes_found": quotes, "quotes_written": expected_quotes, "people_found": people,
    }


def _remove_archive(db: Path) -> None:
    """A SQLite archive of an earlier run: the file, -wal/-shm and the index folders."""
    for path in db.parent.glob(db.name + "*"):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def _worker_usage() -> tuple[float, float]:
    """(CPU seconds, peak RSS MiB) of this process (run on each Dask worker)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def stage_ingest(params: dict[str, Any]) -> dict[str, Any]:
    """Seed-text files on disk -> read -> analyse -> ``store.add`` into a fresh SQLite file.

    With ``--workers N`` (N > 1) the analysis runs on a Dask ``LocalCluster`` of N
    single-threaded processes started (and timed) before the loop, not pinned: the
    coordinator's and each worker's CPU seconds and peak memory are reported."""
    if params.get("workers", 1) > 1:
        return _stage_ingest_workers(params)
    cpu = _pin_one_core()
    from pressespejl.cli.ingest import frozen_after_first_batch
    from pressespejl.jobs import ingest
    from pressespejl.nlp import load_pipeline
    from pressespejl.store import open_store

    db = Path(params["db"])
    _remove_archive(db)
    started = time.perf_counter()
    nlp = _without(load_pipeline(), params)
    load_s = time.perf_counter() - started
    store = open_store(db)
    rss_before = _rss_mib()
    cpu0 = time.process_time()
    progress = _IngestProgress(params["articles"])
    started = progress.started

    try:
        with frozen_after_first_batch() as freeze:  # as the command line does
            report = ingest([params["corpus"]], store, nlp=nlp, progress=progress,
                            after_first_batch=freeze)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    done = progress.done
    cpu_s = time.process_time() - cpu0
    # CPU seconds beside wall time: on a shared machine the wall time includes waiting
    # for the core; articles per CPU second is what one free core would give.
    return {
        "articles": done, "stored": report.stored, "duplicates": report.duplicates,
        "rejected": report.rejected, "seconds": seconds, "articles_per_s": done / seconds,
        "cpu_s": cpu_s, "articles_per_cpu_s": done / max(cpu_s, 1e-9),
        "model_load_s": load_s, "cpu": cpu, "rss_before_mib": rss_before,
        "peak_rss_mib": _peak_rss_mib(), "db_mib": _size_mib(db),
    }


def _stage_ingest_workers(params: dict[str, Any]) -> dict[str, Any]:
    import logging
    import resource

    import dask
    from distributed import Client, LocalCluster

    from pressespejl.cli.ingest import frozen_after_first_batch
    from pressespejl.jobs import ingest
    from pressespejl.parallel import LOCAL_CLUSTER_CONFIG
    from pressespejl.store import open_store

    db = Path(params["db"])
    _remove_archive(db)
    started = time.perf_counter()
    with dask.config.set(LOCAL_CLUSTER_CONFIG), \
            LocalCluster(n_workers=params["workers"], threads_per_worker=1, processes=True,
                         dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        # Load the pipeline on every worker before the clock starts (as the one-process
        # stage loads it before its loop).
        client.run(lambda: __import__("pressespejl.nlp", fromlist=["load_pipeline"])
                   .load_pipeline() and None)
        cluster_s = time.perf_counter() - started
        before = client.run(_worker_usage)  # the pipeline load, left out of the run's CPU
        store = open_store(db)
        cpu0, main0 = time.process_time(), _main_thread_cpu()
        progress = _IngestProgress(params["articles"])
        started = progress.started

        try:
            with frozen_after_first_batch() as freeze:  # as the command line does
                report = ingest([params["corpus"]], store, progress=progress,
                                cluster=cluster.scheduler_address, after_first_batch=freeze)
        finally:
            store.close()
        seconds = time.perf_counter() - started
        done = progress.done
        coordinator_cpu = time.process_time() - cpu0
        main_cpu = _main_thread_cpu() - main0
        workers = client.run(_worker_usage)
    run_cpu = [workers[w][0] - before[w][0] for w in workers if w in before]
    return {
        "articles": done, "stored": report.stored, "duplicates": report.duplicates,
        "rejected": report.rejected, "seconds": seconds, "articles_per_s": done / seconds,
        "workers": params["workers"], "cluster_start_s": cluster_s,
        "coordinator_cpu_s": coordinator_cpu,
        "coordinator_cpu_ms_per_article": 1000 * coordinator_cpu / max(done, 1),
        # The main thread reads, resolves and writes; the others are Dask's event loops
        # (the client, and the scheduler of a local cluster, run in this process).
        "coordinator_main_thread_cpu_ms_per_article": 1000 * main_cpu / max(done, 1),
        "worker_cpu_s": [round(c, 1) for c, _ in workers.values()],
        "worker_run_cpu_s": [round(c, 1) for c in run_cpu],
        "worker_cpu_ms_per_article": 1000 * sum(run_cpu) / max(done, 1),
        "worker_peak_rss_mib": [round(m) for _, m in workers.values()],
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "db_mib": _size_mib(db),
    }


def _main_thread_cpu() -> float:
    """CPU seconds of this process's main thread (Linux: ``time.thread_time`` of it)."""
    return time.thread_time() if threading.current_thread() is threading.main_thread() \
        else 0.0


def _size_mib(db: Path) -> float:
    """A SQLite archive's size on disk: the file, its -wal/-shm companions and its
    tantivy indexes (``archive.sqlite.tantivy/``, ``archive.sqlite.quotes.tantivy/``)."""
    files = [p for p in db.parent.glob(db.name + "*") if p.is_file()]
    files += [p for p in db.parent.glob(db.name + "*.tantivy/*") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 2**20


def _postgres_size_mib(url: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return row[0] / 2**20 if row else float("nan")


def stage_search_build(params: dict[str, Any]) -> dict[str, Any]:
    """Fill a store with ``search_articles`` articles through the fast path.

    The fast path skips the nlp pipeline: ``GeneratedArticle.analysis()`` is the
    speakers, quotes, names and time expressions the generator wrote, so a million
    articles take minutes, not the hours that analysing them would.
    """
    cpu = _pin_one_core()
    from pressespejl.store import open_store

    url = params["db"]
    sqlite = not url.startswith(("postgresql://", "postgres://"))
    if sqlite:
        db = Path(url)
        for path in db.parent.glob(db.name + "*"):
            path.unlink()
    gen = _generator(params)
    store = open_store(url)
    if not sqlite and store.stats().get("articles", 0):
        store.close()
        raise SystemExit(f"{url} already holds articles; give an empty database to --db")
    total = params["search_articles"]
    add_s = 0.0
    stored = 0
    started = time.perf_counter()
    optimize_s = 0.0
    batch: list[Any] = []

    def flush() -> int:
        nonlocal add_s
        t = time.perf_counter()
        count = store.add_many(batch, batch_size=BULK_BATCH)
        add_s += time.perf_counter() - t
        batch.clear()
        return count

    try:
        # The bulk path (Store.add_many): one transaction per BULK_BATCH articles.
        for generated in gen.generate(total):
            batch.append((generated.article(), generated.analysis()))
            if len(batch) >= BULK_BATCH:
                stored += flush()
            if (generated.index + 1) % (PROGRESS_EVERY * 10) == 0:
                _progress("search build", generated.index + 1, total, started)
        stored += flush()
        t = time.perf_counter()
        store.optimize()  # merge the full-text segments once, after the load
        optimize_s = time.perf_counter() - t
    finally:
        store.close()
    seconds = time.perf_counter() - started
    size = _size_mib(Path(url)) if sqlite else _postgres_size_mib(url)
    return {
        "articles": total, "stored": stored, "build_s": seconds, "store_add_s": add_s,
        "optimize_s": optimize_s, "articles_per_s": total / seconds, "index_mib": size, "cpu": cpu,
        "peak_rss_mib": _peak_rss_mib(),
    }


def stage_search_query(params: dict[str, Any]) -> dict[str, Any]:
    """Latency of the fixed query sets against the store built by ``stage_search_build``."""
    cpu = _pin_one_core()
    from bench.queries import KINDS, build
    from pressespejl.store import open_store

    queries = build(_generator(params), per_kind=params["per_kind"], seed=params["seed"])
    started = time.perf_counter()
    store = open_store(params["db"])
    open_s = time.perf_counter() - started

    def runner(q) -> Callable[[], int]:
        kind = q.kind
        if kind in ("word", "phrase", "boolean"):
            return lambda: store.search(q.query).total
        if kind == "facets":
            return lambda: sum(len(v) for v in store.facets(q.query).values())
        if kind == "trend":
            return lambda: len(store.trend(q.query, by=q.by))
        return lambda: len(store.quotes(q.query))

    calls = [(q, runner(q)) for q in queries]
    errors: dict[str, str] = {}
    results: dict[str, int] = {}
    first_ms = None
    try:
        for q, call in calls:  # warm-up pass: also counts hits and finds errors
            t = time.perf_counter()
            try:
                results[q.label + q.kind] = call()
            except Exception as exc:  # a broken query is reported, the rest go on
                errors[f"{q.kind}: {q.label}"] = f"{type(exc).__name__}: {exc}"
            if first_ms is None:
                first_ms = (time.perf_counter() - t) * 1000
        samples: dict[str, list[float]] = {kind: [] for kind in KINDS}
        for _ in range(params["repeats"]):
            for q, call in calls:
                if f"{q.kind}: {q.label}" in errors:
                    continue
                t = time.perf_counter()
                call()
                samples[q.kind].append((time.perf_counter() - t) * 1000)
    finally:
        store.close()
    kinds = {}
    for kind in KINDS:
        counts = [results[q.label + q.kind] for q in queries
                  if q.kind == kind and q.label + q.kind in results]
        kinds[kind] = {"queries": sum(q.kind == kind for q in queries),
                       "samples": len(samples[kind]), **_percentiles(samples[kind]),
                       "mean_results": statistics.fmean(counts) if counts else 0,
                       "zero_results": sum(c == 0 for c in counts)}
    return {"open_s": open_s, "first_query_ms": first_ms, "kinds": kinds,
            "errors": errors, "cpu": cpu, "peak_rss_mib": _peak_rss_mib()}


CHILD_STAGES = {"analyse": stage_analyse, "ingest": stage_ingest,
                "search-build": stage_search_build, "search-query": stage_search_query}


# --- the parent ------------------------------------------------------------------------


def _run_child(stage: str, params: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """Run one stage in a fresh interpreter and return its JSON result."""
    result = workdir / f"{stage}.result.json"
    result.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.run", "--stage", stage,
               "--params", json.dumps(params), "--result", str(result)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    started = time.perf_counter()
    completed = subprocess.run(command, cwd=ROOT, env=env, check=False)
    wall = time.perf_counter() - started
    if completed.returncode != 0 or not result.exists():
        return {"error": f"stage {stage} failed with exit status {completed.returncode} "
                         "(its error is printed above)", "wall_s": wall}
    data = json.loads(result.read_text())
    data["wall_s"] = wall
    return data


def _machine() -> dict[str, Any]:
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        commit = ""
    return {"cpus": os.cpu_count(), "cpu_model": model, "python": platform.python_version(),
            "platform": platform.platform(), "commit": commit}


def _fmt(value: Any, digits: int = 1) -> str:
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render(results: dict[str, Any]) -> str:
    """The readable table printed at the end of a run."""
    lines = [f"Pressespejl benchmark  {results['date']}  "
             f"({results['machine']['cpus']} cpus, {results['machine']['cpu_model']})", ""]
    stages = results["stages"]
    rows: list[tuple[str, str, str]] = []
    a = stages.get("analyse")
    if a:
        if "error" in a:
            rows.append(("analyse", "error", a["error"]))
        else:
            rows += [
                ("analyse", "articles analysed (1 core)", _fmt(a["articles"])),
                ("", "articles/s", _fmt(a["articles_per_s"])),
                ("", "words/s", _fmt(a["words_per_s"], 0)),
                ("", "model load (s)", _fmt(a["model_load_s"])),
                ("", "RSS before analysis / peak (MiB)",
                 f"{_fmt(a['rss_before_mib'], 0)} / {_fmt(a['peak_rss_mib'], 0)}"),
                ("", "quotes found / written", f"{a['quotes_found']:,} / "
                                               f"{a['quotes_written']:,}"),
            ]
    i = stages.get("ingest")
    if i:
        if "error" in i:
            rows.append(("ingest", "error", i["error"]))
        else:
            rows += [
                ("ingest", "articles (files -> analyse -> SQLite)", _fmt(i["articles"])),
                ("", "stored / duplicates / rejected",
                 f"{i['stored']:,} / {i['duplicates']:,} / {i['rejected']:,}"),
                ("", "articles/s end to end", _fmt(i["articles_per_s"])),
            ]
            if "workers" in i:
                rows += [
                    ("", "Dask workers / cluster start (s)",
                     f"{i['workers']} / {_fmt(i['cluster_start_s'])}"),
                    ("", "coordinator CPU per article (ms) / of it main thread",
                     f"{_fmt(i['coordinator_cpu_ms_per_article'])} / "
                     f"{_fmt(i.get('coordinator_main_thread_cpu_ms_per_article', 0))}"),
                    ("", "worker CPU (s) / peak RSS (MiB)",
                     f"{i['worker_cpu_s']} / {i['worker_peak_rss_mib']}"),
                    ("", "worker CPU per article, this run (ms)",
                     _fmt(i.get("worker_cpu_ms_per_article", 0))),
                    ("", "coordinator peak RSS (MiB)", _fmt(i["peak_rss_mib"], 0)),
                ]
            else:
                if "cpu_s" in i:
                    rows.append(("", "CPU per article (ms)",
                                 _fmt(1000 * i["cpu_s"] / max(i["articles"], 1))))
                rows.append(("", "RSS before / peak (MiB)",
                             f"{_fmt(i['rss_before_mib'], 0)} / {_fmt(i['peak_rss_mib'], 0)}"))
            rows.append(("", "archive size (MiB)", _fmt(i["db_mib"])))
    b = stages.get("search-build")
    if b:
        if "error" in b:
            rows.append(("search", "build error", b["error"]))
        else:
            rows += [
                ("search", "articles indexed (fast path)", _fmt(b["articles"])),
                ("", "build time (s) / of it add_many (s) / optimize (s)",
                 f"{_fmt(b['build_s'])} / {_fmt(b['store_add_s'])} / "
                 f"{_fmt(b.get('optimize_s', 0.0))}"),
                ("", "build articles/s", _fmt(b["articles_per_s"])),
                ("", "index size on disk (MiB)", _fmt(b["index_mib"])),
                ("", "build peak RSS (MiB)", _fmt(b["peak_rss_mib"], 0)),
            ]
    width = max((len(r[1]) for r in rows), default=10)
    for stage, metric, value in rows:
        lines.append(f"{stage:<8} {metric:<{width}}  {value}")
    q = stages.get("search-query")
    if q:
        lines.append("")
        if "error" in q:
            lines.append(f"search queries: {q['error']}")
        else:
            lines.append(f"search latency (ms; {results['params']['repeats']} timed passes "
                         f"after a warm-up; first query {_fmt(q['first_query_ms'])} ms)")
            lines.append(f"{'kind':<9}{'queries':>8}{'p50':>9}{'p95':>9}{'p99':>9}"
                         f"{'max':>9}{'mean hits':>11}{'no hits':>9}")
            for kind, k in q["kinds"].items():
                lines.append(f"{kind:<9}{k['queries']:>8}{k['p50']:>9.1f}{k['p95']:>9.1f}"
                             f"{k['p99']:>9.1f}{k['max']:>9.1f}{k['mean_results']:>11.1f}"
                             f"{k['zero_results']:>9}")
            for label, error in q["errors"].items():
                lines.append(f"  error in {label}: {error}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Measure Pressespejl: analysis and ingest speed, search latency.",
        epilog="Example: python -m bench --only search --search-articles 1000000")
    parser.add_argument("--articles", type=int, default=10_000,
                        help="articles for the analyse and ingest stages (default 10,000)")
    parser.add_argument("--search-articles", type=int, default=100_000,
                        help="articles in the search index (default 100,000; "
                             "1,000,000 for the full run)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="store for the search stage (ingest always uses SQLite)")
    parser.add_argument("--db", default=None, metavar="URL",
                        help="postgresql:// URL of an empty database for --backend postgresql")
    parser.add_argument("--only", default=",".join(STAGES),
                        help="comma-separated stages to run: analyse,ingest,search")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--batch-size", type=int, default=64, help="analyze_many batch size")
    parser.add_argument("--workers", type=int, default=1,
                        help="ingest: analyse on N Dask worker processes (not pinned)")
    parser.add_argument("--words", type=word_range, default=WORDS, metavar="LO-HI",
                        help="ingest: words per generated article (default 300-600; "
                             "180-260 is the length of real news excerpts)")
    parser.add_argument("--disable", default="",
                        help="comma-separated pipeline components to switch off for analyse "
                             "and ingest, e.g. ner (to time the rules alone)")
    parser.add_argument("--queries", type=int, default=60, help="queries per kind (>= 50)")
    parser.add_argument("--repeats", type=int, default=2,
                        help="timed passes over the queries after the warm-up pass")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where corpus files and archives go (default: a temp dir, "
                             "removed afterwards)")
    parser.add_argument("--reuse-index", action="store_true",
                        help="query an existing search archive in --workdir instead of "
                             "building it again")
    parser.add_argument("--json", type=Path, default=None, help="also write results here")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--params", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.stage:  # a child process
        data = CHILD_STAGES[args.stage](json.loads(args.params))
        Path(args.result).write_text(json.dumps(data, indent=2, default=str))
        return 0
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in STAGES]
    if unknown:
        print(f"unknown stage(s) {unknown}; choose from {', '.join(STAGES)}", file=sys.stderr)
        return 2
    if args.backend == "postgresql" and not (args.db or "").startswith("postgres"):
        print("--backend postgresql needs --db postgresql://user@host/empty_database",
              file=sys.stderr)
        return 2
    keep = args.workdir is not None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="pressespejl-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    params = {"seed": args.seed, "articles": args.articles,
              "search_articles": args.search_articles, "batch_size": args.batch_size,
              "per_kind": max(args.queries, 1), "repeats": args.repeats,
              "backend": args.backend,
              "disable": [n.strip() for n in args.disable.split(",") if n.strip()],
              "workers": args.workers, "words": list(args.words)}
    results: dict[str, Any] = {"date": datetime.now().isoformat(timespec="seconds"),
                               "machine": _machine(), "params": params, "stages": {}}
    try:
        if "analyse" in only:
            print(f"analyse: {args.articles:,} articles", file=sys.stderr)
            results["stages"]["analyse"] = _run_child("analyse", params, workdir)
        if "ingest" in only:
            lo, hi = args.words
            corpus = workdir / f"corpus-{args.seed}-{args.articles}" if args.words == WORDS \
                else workdir / f"corpus-{args.seed}-{args.articles}-w{lo}-{hi}"
            if not corpus.exists():
                from bench.corpus import CorpusGenerator, write_corpus

                print(f"ingest: writing {args.articles:,} files to {corpus}", file=sys.stderr)
                write_corpus(corpus.with_suffix(".tmp"), args.articles, args.seed,
                             CorpusGenerator(args.seed, words=args.words))
                corpus.with_suffix(".tmp").rename(corpus)
            results["stages"]["ingest"] = _run_child(
                "ingest", {**params, "corpus": str(corpus),
                           "db": str(workdir / "ingest.sqlite")}, workdir)
        if "search" in only:
            db = args.db if args.backend == "postgresql" else str(
                workdir / f"search-{args.seed}-{args.search_articles}.sqlite")
            search_params = {**params, "db": db}
            if not (args.reuse_index and (args.backend == "postgresql" or Path(db).exists())):
                print(f"search: building an index of {args.search_articles:,} articles",
                      file=sys.stderr)
                results["stages"]["search-build"] = _run_child("search-build", search_params,
                                                               workdir)
            if "error" not in results["stages"].get("search-build", {}):
                results["stages"]["search-query"] = _run_child("search-query", search_params,
                                                               workdir)
    finally:
        if not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
