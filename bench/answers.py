"""``python -m bench.answers ARCHIVE OUT.json``: everything a user can ask of an archive,
written down, so two layouts of the same archive can be compared (``--compare A B``).

For the bench's query set (``bench/queries.py``, the 360 queries of the search stage):
every search page (ids, scores rounded to 4 places, snippets, counts), the quotes pages
(texts, speakers, snippets), facets with their labels, trends; plus ``stats``, the
archive checksum, the entity pages of the 20 most quoted speakers and every 50th record
in full. Opening an archive of an older schema upgrades it (use a copy).

    python -m bench.answers /tmp/a/search-0-20000.sqlite /tmp/a.json
    python -m bench.answers --compare /tmp/a.json /tmp/b.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from bench.corpus import CorpusGenerator
from bench.queries import build


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    if value is None or isinstance(value, str | int | bool):
        return value
    return str(value)


def collect(path: Path, seed: int = 0) -> dict[str, Any]:
    from pressespejl.store import open_store

    out: dict[str, Any] = {}
    with open_store(path) as store:
        for i, q in enumerate(build(CorpusGenerator(seed), seed=seed)):
            key = f"{i:03d} {q.kind} {q.label}"
            if q.kind == "quotes":
                out[key] = _plain(store.quotes(q.query))
            elif q.kind == "facets":
                out[key] = _plain(store.facets(q.query))
            elif q.kind == "trend":
                out[key] = _plain(store.trend(q.query, by=q.by))  # type: ignore[arg-type]
            else:
                out[key] = _plain(store.search(q.query))
                out[key + " collapsed"] = _plain(store.search(q.query, collapse=True))
        out["stats"] = _plain(store.stats())
        out["checksum"] = store.checksum()
        speakers = store.facets(build(CorpusGenerator(seed), seed=seed)[0].query, limit=20)
        for name, _ in speakers.get("speaker", []):
            out[f"entity {name}"] = _plain(store.entity(name))
        for n, record in enumerate(store.iter_records()):
            if n % 50 == 0:
                out[f"record {record[0].id}"] = _plain(record)
    return out


def compare(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """Keys whose answers differ (or exist on one side only)."""
    return [k for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.answers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", type=Path, nargs=2)
    parser.add_argument("--compare", action="store_true",
                        help="compare two answer files instead of writing one")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.compare:
        a, b = (json.loads(p.read_text(encoding="utf-8")) for p in args.paths)
        differ = compare(a, b)
        print(f"{len(a):,} / {len(b):,} answers, {len(differ):,} differ")
        for key in differ[:20]:
            print("  " + key)
        return 1 if differ else 0
    found = collect(args.paths[0], args.seed)
    args.paths[1].write_text(json.dumps(found, ensure_ascii=False, sort_keys=True) + "\n",
                             encoding="utf-8")
    print(f"{len(found):,} answers -> {args.paths[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
