"""training/eval_parser_ud.py turns NDT-style trees UD-way round before scoring on DDT."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import eval_parser_ud


def test_harmonise_moves_subject_from_auxiliary_to_main_verb() -> None:
    # "Hun har sagt at byen er stor ." in NDT: "har" heads "sagt" (INFV), "sagt" heads the
    # clause verb "er" (DOBJ), and "er" heads the predicate "stor" (SPRED).
    words = ["Hun", "har", "sagt", "at", "byen", "er", "stor", "."]
    lemmas = ["hun", "have", "sige", "at", "by", "være", "stor", "."]
    heads = [1, -1, 1, 5, 5, 2, 5, 1]
    deps = ["SUBJ", "ROOT", "INFV", "SBU", "SUBJ", "DOBJ", "SPRED", "IP"]
    assert len(words) == len(heads)
    # UD: "sagt" is the root with "Hun" nsubj and "har" aux; "stor" is its ccomp, and
    # "at", "byen", "er" hang off "stor".
    new_heads, new_deps = eval_parser_ud.harmonise(heads, deps, lemmas)
    assert new_heads == [2, 2, -1, 6, 6, 6, 2, 2]
    assert (new_deps[0], new_deps[6]) == ("SUBJ", "DOBJ")


def test_harmonise_turns_preposition_into_case_marker() -> None:
    heads = [1, -1, 1, 2]  # "Han bor i Oslo": "i" heads "Oslo" (PUTFYLL)
    deps = ["SUBJ", "ROOT", "ADV", "PUTFYLL"]
    new_heads, new_deps = eval_parser_ud.harmonise(heads, deps, ["han", "bo", "i", "Oslo"])
    assert (new_heads, new_deps[3]) == ([1, -1, 3, 1], "ADV")


def test_to_bokmaal_respells_danish_function_words_only() -> None:
    words = ["Hun", "sagde", "noget", "af", "Ud", "Kofod"]
    assert eval_parser_ud.to_bokmaal(words) == ["Hun", "sa", "noe", "av", "Ut", "Kofod"]
