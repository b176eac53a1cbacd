"""bench/storage.py: bytes per article of an embedded archive, by table and index."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.storage import main, measure  # noqa: E402

from pressespejl.store import open_store  # noqa: E402
from pressespejl.store.fixtures import demo_records  # noqa: E402


def test_storage_adds_up_the_file_and_its_indexes(tmp_path, capsys):
    path = tmp_path / "a.sqlite"
    with open_store(path) as store:
        store.add_many(demo_records())
        store.compact()
    found = measure(path)
    assert found["articles"] == len(demo_records())
    assert found["schema"] >= 11
    assert "articles" in found["btrees"] and "entities" not in found["btrees"]
    assert sum(found["btrees"].values()) == found["file_bytes"] - found["free_bytes"]
    assert set(found["indexes"]) == {"a.sqlite.tantivy", "a.sqlite.quotes.tantivy"}
    per = found["kb_per_article"]
    assert per["total"] == per["sqlite"] + per["tantivy"] > 0
    assert main([str(path), "--json", str(tmp_path / "s.json")]) == 0
    assert "KB per article" in capsys.readouterr().out
    assert json.loads((tmp_path / "s.json").read_text())["articles"] == found["articles"]
