"""`pressespejl analyse`: the readable report and the public JSON contract (docs/json.md)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from pressespejl.cli import main

SEED = Path(__file__).parents[1] / "articles" / "000_68a4d7f295b6d847.txt"

# The fields docs/json.md promises; a field may be added, never removed or renamed.
ARTICLE_FIELDS = {"id", "article_id", "path", "date", "precision", "title", "url", "outlet",
                  "sources",
                  "pipeline", "sentences", "quotes", "people", "organisations", "places",
                  "entities", "time_expressions", "definitions", "offices"}
QUOTE_FIELDS = {"kind", "text", "speaker", "speaker_mention", "cue", "start", "end",
                "evidence", "confidence"}
TIME_FIELDS = {"text", "start", "end", "earliest", "latest", "granularity"}


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["analyse", *args])
    return result.exit_code, result.stdout, result.stderr


def test_analyse_json_contract_on_seed() -> None:
    code, out, _ = _run("--format", "json", str(SEED))
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) >= ARTICLE_FIELDS
    assert record["date"] == "2022-01"
    assert record["precision"] == "month"
    assert record["sources"] == ["ritzau", "Reuters"]
    assert record["path"] == str(SEED)
    for quote in record["quotes"]:
        assert set(quote) >= QUOTE_FIELDS
        assert 0.0 < quote["confidence"] <= 1.0
    for expr in record["time_expressions"]:
        assert set(expr) >= TIME_FIELDS
    assert {"name", "roles"} <= set(record["people"][0])
    assert {"term": "annektere"}.items() <= record["definitions"][0].items()
    assert {"office": "generalsekretær", "scope": "Nato", "holder": "Jens Stoltenberg",
            "first_seen": "2022-01-01", "last_seen": "2022-01-31"} in record["offices"]


def test_analyse_json_offsets_point_into_the_article_text() -> None:
    from pressespejl.ingest import read_path

    (article,) = list(read_path(SEED))
    record = json.loads(_run("--format", "json", str(SEED))[1])
    for span in record["quotes"] + record["entities"] + record["time_expressions"]:
        assert article.text[span["start"]:span["end"]] == span["text"]


def test_analyse_text_report_names_speakers_and_roles() -> None:
    code, out, _ = _run(str(SEED))
    assert code == 0
    assert "Jens Stoltenberg (Natos generalsekretær)" in out
    assert "Sergej Rjabkov (den russiske viceudenrigsminister)" in out
    assert "via title 'udenrigsministeren'" in out
    assert "annektere: at overtage og erobre et område" in out


def test_analyse_text_report_counts_a_repeated_time_expression_once() -> None:
    # The seed says "Onsdagens" and later "onsdagens": one line, counted twice, while
    # "onsdag" (another wording of the same day) keeps its own line.
    out = _run(str(SEED))[1]
    when = out.split("  When", 1)[1].split("  Definitions", 1)[0]
    assert "'Onsdagens' ×2" in when
    assert "'onsdagens'" not in when
    assert "'onsdag' " in when


def test_analyse_reports_bad_input_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("date 2022-13 Et umuligt datoformat.\n", encoding="utf-8")
    code, out, err = _run("--format", "json", str(bad), str(SEED))
    assert code == 1
    assert "bad.txt" in err
    assert len(out.strip().splitlines()) == 1  # the seed was still analysed
