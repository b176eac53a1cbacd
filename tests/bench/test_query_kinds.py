"""bench.query_kinds: the speaker queries and the comparison of two runs' results."""

from __future__ import annotations

import sys
from pathlib import Path

# ``bench`` lives at the repository root, outside the installed package.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import CorpusGenerator  # noqa: E402
from bench.query_kinds import compare, speaker_queries  # noqa: E402


def test_speaker_queries_mix_frequent_and_rare_speakers():
    gen = CorpusGenerator(0)
    queries = speaker_queries(gen, count=30)
    assert len(queries) == 30 and all(' AND speaker:"' in q.query.text for q in queries)
    assert queries == speaker_queries(gen, count=30)  # deterministic
    frequent = {s.name for members, _ in gen._cast_by_topic.values() for s in members[:8]}
    named = [q.query.text.split('speaker:"')[1].rstrip('"') for q in queries]
    assert sum(name not in frequent for name in named) >= 5


def test_compare_names_the_queries_whose_results_changed():
    before = {"kinds": {"word": {"per_query": [
        {"label": "a", "result": [2, ["x", "y"]]}, {"label": "b", "result": [1, ["z"]]}]}}}
    now = {"kinds": {"word": {"per_query": [
        {"label": "a", "result": [2, ["x", "y"]]}, {"label": "b", "result": [1, ["w"]]}]},
        "trend": {"per_query": []}}}
    assert compare(now, before) == {"word": ["b"]}
