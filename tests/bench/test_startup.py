"""The start-up benchmark's table: targets, verdicts and the commands it times."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.startup import Result, cases, render  # noqa: E402


def test_startup_cases_have_the_issue_targets(tmp_path):
    targets = {c.args[0]: c.target_s for c in cases(tmp_path) if c.args[0] != "analyse"}
    assert targets["search"] == targets["quotes"] == targets["entity"] == 0.5
    analyse = [c for c in cases(tmp_path) if c.args[0] == "analyse"]
    assert analyse[0].target_s == 2.5 and analyse[0].args[1].endswith(".txt")


def test_startup_render_marks_slow_commands():
    table = render([Result("search", "pressespejl search soldat", 0.31, 0.4, 0.25, 34.0, 0.5,
                           0),
                    Result("analyse one article", "pressespejl analyse x", 3.1, 3.3, 2.2,
                           250.0, 2.5, 0)])
    lines = table.splitlines()
    assert lines[0].split()[:6] == ["command", "median", "s", "max", "s", "CPU"]
    assert lines[1].split()[:4] == ["search", "0.31", "0.40", "0.25"] and lines[1].endswith("ok")
    assert lines[2].endswith("SLOW")
