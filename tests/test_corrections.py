"""corrections.py: making, applying and exporting people's corrections."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressespejl import corrections
from pressespejl.errors import InputError
from pressespejl.evaluate import evaluate, gold_from_record
from pressespejl.store.fixtures import seed_record

SEED = Path(__file__).parent / "articles" / "000_68a4d7f295b6d847.txt"


@pytest.fixture(scope="module")
def seed():
    return seed_record(SEED.read_text(encoding="utf-8"))


def _quote(analysis, start_words):
    return next(q for q in analysis.quotes if q.text.startswith(start_words))


def _make(seed, kind, target, value=None, **kw):
    article, analysis = seed
    return corrections.make(article, analysis, kind, target.start, target.end, value, **kw)


def test_make_refuses_unknown_kinds_bad_offsets_and_missing_targets(seed):
    article, analysis = seed
    quote = _quote(analysis, "Jeg håber")
    with pytest.raises(InputError, match="Unknown correction kind"):
        corrections.make(article, analysis, "delete_everything", 0, 5)
    with pytest.raises(InputError, match="0 <= start < end"):
        corrections.make(article, analysis, "speaker", 10, 5, {"speaker": "X"})
    with pytest.raises(InputError, match="No quote"):
        corrections.make(article, analysis, "speaker", 0, 3, {"speaker": "X"})
    with pytest.raises(InputError, match="speaker is required"):
        _make(seed, "speaker", quote, {"speaker": "  "})
    with pytest.raises(InputError, match="label must be one of"):
        _make(seed, "entity_label", analysis.entities[0], {"label": "<script>"})
    with pytest.raises(InputError, match="latest must not be before"):
        _make(seed, "date", analysis.time_expressions[0],
              {"earliest": "2022-01-12", "latest": "2022-01-05"})


def test_apply_lays_corrections_over_the_machine_output(seed):
    article, analysis = seed
    kofod = _quote(analysis, "Jeg håber")
    stoltenberg = _quote(analysis, "reel risiko")
    missed = article.text.index("Nato snart skal")
    made = [
        _make(seed, "speaker", kofod, {"speaker": "Mette Frederiksen"}, author="ane"),
        _make(seed, "not_quote", stoltenberg),
        corrections.make(article, analysis, "missed_quote", missed, missed + 30,
                         {"speaker": "Rusland", "kind": "indirect"}),
        _make(seed, "entity_label", analysis.entities[4], {"label": "ORG"}),  # Genève
        _make(seed, "date", analysis.time_expressions[0], {"earliest": "2022-01-12"}),
    ]
    applied = corrections.apply(article, analysis, made)
    new = applied.analysis
    assert not applied.stale
    assert _quote(new, "Jeg håber").speaker == "Mette Frederiksen"
    assert _quote(new, "Jeg håber").evidence == "correction"
    assert not any(q.text.startswith("reel risiko") for q in new.quotes)
    added = _quote(new, "Nato snart skal")
    assert (added.speaker, added.kind, added.start) == ("Rusland", "indirect", missed)
    assert [q.start for q in new.quotes] == sorted(q.start for q in new.quotes)
    assert "Genève" in new.organisations and "Genève" not in new.places
    assert new.time_expressions[0].earliest == new.time_expressions[0].latest == date(2022, 1,
                                                                                       12)
    assert applied.corrected[("quote", kofod.start, kofod.end)].author == "ane"
    assert analysis == seed[1]  # the machine output itself is unchanged


def test_apply_finds_a_moved_target_by_overlap_and_reports_a_vanished_one_as_stale(seed):
    article, analysis = seed
    kofod = _quote(analysis, "Jeg håber")
    correction = _make(seed, "speaker", kofod, {"speaker": "X"})
    moved = type(kofod)(**{**kofod.__dict__, "start": kofod.start + 4})
    reanalysed = type(analysis)(**{**analysis.__dict__, "quotes": (moved,)})
    assert corrections.apply(article, reanalysed, [correction]).analysis.quotes[0].speaker == "X"
    empty = type(analysis)(**{**analysis.__dict__, "quotes": ()})
    assert corrections.apply(article, empty, [correction]).stale == (correction,)


def test_gold_record_is_in_the_eval_format_and_scores_the_machine(seed):
    article, analysis = seed
    kofod = _quote(analysis, "Jeg håber")
    applied = corrections.apply(article, analysis, [
        _make(seed, "speaker", kofod, {"speaker": "Mette Frederiksen"})])
    record = corrections.gold_record(article, applied.analysis)
    assert record["id"] == "000_68a4d7f295b6d847"
    line = next(q for q in record["quotes"] if q["start"].startswith("Jeg håber"))
    assert line == {"kind": "direct", "speaker": "Mette Frederiksen",
                    "start": "Jeg håber, at Rusland nu", "end": "det diplomatiske spor"}
    assert {"text": "onsdag", "value": "2022-01-05..2022-01-26"} in record["time_expressions"]
    report = evaluate([gold_from_record(record)], [seed])
    assert report.quotes["all"].f1 == 1.0
    assert report.attribution["all"].correct == len(analysis.quotes) - 1
