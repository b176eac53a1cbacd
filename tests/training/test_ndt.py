"""training/ndt.py turns NDT .conll trees into spaCy Docs with heads, deprels and NDT tags."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import ndt

# Three invented sentences in NDT's column layout (index, form, lemma, POS, POS, features,
# head, deprel, _, NorNE name tag): a speech verb with an "at" clause, an inverted cue
# after a quote, and a coordination.
SNIPPET = """\
1\tHun\thun\tpron\tpron\tnom\t2\tSUBJ\t_\tname=O
2\tsa\tsi\tverb\tverb\tpret\t0\tFINV\t_\tname=O
3\tat\tat\tsbu\tsbu\t_\t5\tSBU\t_\tname=O
4\tbyen\tby\tsubst\tsubst\tbe\t5\tSUBJ\t_\tname=O
5\tvokser\tvokse\tverb\tverb\tpres\t2\tDOBJ\t_\tname=O
6\t.\t$.\tclb\tclb\t<punkt>\t2\tIP\t_\tname=O

1\tDet\tden\tpron\tpron\tnøyt\t2\tSUBJ\t_\tname=O
2\tregner\tregne\tverb\tverb\tpres\t5\tDOBJ\t_\tname=O
3\t,\t$,\t<komma>\t<komma>\t_\t5\tIK\t_\tname=O
4\tsier\tsi\tverb\tverb\tpres\t0\tFINV\t_\tname=O
5\tOla\tOla\tsubst\tsubst\tprop\t4\tSUBJ\t_\tname=B-PER
6\t.\t$.\tclb\tclb\t<punkt>\t4\tIP\t_\tname=O

1\tKari\tKari\tsubst\tsubst\tprop\t4\tSUBJ\t_\tname=B-PER
2\tog\tog\tkonj\tkonj\t_\t3\tKONJ\t_\tname=O
3\tPer\tPer\tsubst\tsubst\tprop\t1\tKOORD\t_\tname=B-PER
4\tsmilte\tsmile\tverb\tverb\tpret\t0\tFINV\t_\tname=O
5\t.\t$.\tclb\tclb\t<punkt>\t4\tIP\t_\tname=O
"""


@pytest.fixture()
def conll(tmp_path: Path) -> Path:
    path = tmp_path / "snippet.conll"
    path.write_text(SNIPPET, encoding="utf-8")
    return path


def test_reads_three_trees(conll: Path) -> None:
    sentences = list(ndt.read_ndt(conll))
    assert [len(s.words) for s in sentences] == [6, 6, 5]
    assert sentences[0].deps[4] == "DOBJ"
    assert sentences[1].heads[4] == 4


def test_doc_keeps_heads_deps_tags_and_prose_spacing(conll: Path) -> None:
    vocab = spacy.blank("da").vocab
    first, second, third = (ndt.to_doc(vocab, s) for s in ndt.read_ndt(conll))
    assert first.text == "Hun sa at byen vokser."
    # The complement clause's verb hangs off the speech verb, its subject off itself.
    assert (first[4].head.text, first[4].dep_) == ("sa", "DOBJ")
    assert (first[3].head.text, first[3].dep_) == ("vokser", "SUBJ")
    assert (first[1].head.i, first[1].dep_) == (1, "ROOT")
    assert [t.tag_ for t in first] == ["pron", "verb", "sbu", "subst", "verb", "clb"]
    # Inverted cue: the speaker after "sier" is its subject.
    assert (second[4].head.text, second[4].dep_) == ("sier", "SUBJ")
    assert (second[1].head.text, second[1].dep_) == ("Ola", "DOBJ")
    assert (third[2].head.text, third[2].dep_) == ("Kari", "KOORD")


def test_convert_round_trips_through_docbin(conll: Path, tmp_path: Path) -> None:
    dest = tmp_path / "out.spacy"
    assert ndt.convert([conll], dest) == (3, 0)
    docs = list(DocBin().from_disk(dest).get_docs(spacy.blank("da").vocab))
    assert [t.dep_ for t in docs[2]] == ["SUBJ", "KONJ", "KOORD", "ROOT", "IP"]
    assert [t.head.i for t in docs[2]] == [3, 2, 0, 3, 3]


def test_split_is_by_file() -> None:
    paths = [Path(f"f{i}.conll") for i in range(10)]
    train, dev = ndt.split_files(paths, dev_every=5)
    assert dev == [Path("f4.conll"), Path("f9.conll")]
    assert len(train) == 8
