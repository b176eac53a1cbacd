"""Start-up benchmark: how long the commands a user types first take, as whole processes.

    .venv/bin/python -m bench.startup              # 5 runs of each command, medians
    .venv/bin/python -m bench.startup --runs 9 --json startup.json

Each command runs as a fresh ``pressespejl`` process, as a user starts it, so the time
includes Python, the imports and (for ``analyse``) loading the language model. Before
the timed runs one warm-up run of each fills the operating system's file cache. The
archive is the bundled sample corpus, ingested once into a temporary directory (not
timed). Printed per command: median and maximum wall time, the median CPU time (user +
system, ``os.wait4``'s ``ru_utime + ru_stime``: on a shared machine wall time includes
waiting for a core, CPU time does not) and the median peak resident memory
(``ru_maxrss``), against the targets of issue 10:
``analyse`` of one seed-sized article under 2.5 s, ``search``/``quotes``/``entity``
under 0.5 s. The two "no model" rows check that nothing loads the model before it is
needed: a missing file, and an ingest where every article is already stored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "articles" / "000_68a4d7f295b6d847.txt"


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    target_s: float | None


@dataclass(frozen=True)
class Result:
    name: str
    command: str
    median_s: float
    max_s: float
    cpu_s: float
    peak_mib: float
    target_s: float | None
    status: int


def cases(corpus: Path) -> list[Case]:
    """The commands timed, with their targets (seconds, wall)."""
    return [
        Case("analyse one article", ("analyse", str(SEED)), 2.5),
        Case("search", ("search", "soldat"), 0.5),
        Case("quotes", ("quotes", "--speaker", "Stoltenberg"), 0.5),
        Case("entity", ("entity", "Stoltenberg"), 0.5),
        Case("analyse a missing file (no model)", ("analyse", "no-such-file.txt"), 0.5),
        Case("ingest duplicates only (no model)", ("ingest", "-q", str(corpus)), 1.0),
        Case("--help", ("--help",), 0.5),
    ]


def executable() -> str:
    """The ``pressespejl`` script beside this Python (the venv's)."""
    found = Path(sys.executable).with_name("pressespejl")
    if not found.exists():
        raise SystemExit(f"bench.startup: no pressespejl beside {sys.executable}; "
                         "run it with the virtual environment's python.")
    return str(found)


def run_once(command: list[str], env: dict[str, str]) -> tuple[float, float, int, float]:
    """(wall seconds, peak resident MiB, exit status, CPU seconds) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode, usage.ru_utime + usage.ru_stime


def measure(case: Case, env: dict[str, str], runs: int) -> Result:
    command = [executable(), *case.args]
    run_once(command, env)  # warm-up: file cache, .pyc files
    samples = [run_once(command, env) for _ in range(runs)]
    return Result(case.name, "pressespejl " + " ".join(case.args),
                  statistics.median(s[0] for s in samples), max(s[0] for s in samples),
                  statistics.median(s[3] for s in samples),
                  statistics.median(s[1] for s in samples), case.target_s, samples[-1][2])


def prepare(workdir: Path, env: dict[str, str]) -> Path:
    """Ingest the bundled sample corpus into the archive of ``env`` (not timed)."""
    from pressespejl.cli.ingest import sample_corpus

    corpus = workdir / "corpus"
    shutil.copytree(sample_corpus(), corpus)
    subprocess.run([executable(), "ingest", "-q", str(corpus)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return corpus


def render(results: list[Result]) -> str:
    lines = [f"{'command':<36} {'median s':>9} {'max s':>7} {'CPU s':>6} {'peak MiB':>9} "
             f"{'target':>8}"]
    for r in results:
        target = f"< {r.target_s:g} s" if r.target_s else ""
        verdict = "" if r.target_s is None else ("  ok" if r.median_s < r.target_s
                                                  else "  SLOW")
        lines.append(f"{r.name:<36} {r.median_s:>9.2f} {r.max_s:>7.2f} {r.cpu_s:>6.2f} "
                     f"{r.peak_mib:>9.0f} {target:>8}{verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per command")
    parser.add_argument("--json", type=Path, default=None, help="also write JSON here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pressespejl-startup-") as tmp:
        workdir = Path(tmp)
        env = {**os.environ, "PRESSESPEJL_DB": str(workdir / "archive.sqlite")}
        corpus = prepare(workdir, env)
        results = [measure(case, env, args.runs) for case in cases(corpus)]
    print(render(results))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
