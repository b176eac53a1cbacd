"""`pressespejl search --collapse`: wire copies republished by several outlets show once."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pressespejl.cli import main

SEED = Path(__file__).parents[1] / "articles" / "000_68a4d7f295b6d847.txt"


def test_search_collapse_groups_wire_copies(tmp_path: Path) -> None:
    from pressespejl.ingest import read_path

    (seed,) = list(read_path(SEED))
    copies = tmp_path / "copies.jsonl"
    lines = []
    for outlet, edit in (("dr.dk", ""), ("tv2.dk", " Artiklen er opdateret."),
                         ("jp.dk", " (Opdateret)")):
        lines.append(json.dumps({"text": seed.text + edit, "date": "2022-01-12",
                                 "outlet": outlet, "title": "Nato overvejer flere soldater"},
                                ensure_ascii=False))
    copies.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "a.sqlite")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "-q", "--db", db, str(copies)]).exit_code == 0

    plain = json.loads(runner.invoke(main, ["search", "--db", db, "soldat", "--format",
                                            "json"]).stdout)
    collapsed = json.loads(runner.invoke(main, ["search", "--db", db, "soldat", "--collapse",
                                                "--format", "json"]).stdout)
    assert len(plain["hits"]) == 3
    assert len(collapsed["hits"]) == 1
    assert collapsed["hits"][0]["copies"] == 3
