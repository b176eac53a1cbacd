"""Score an NDT-trained parser (``training/ndt.py``, ``parser_ndt.cfg``) on Danish UD (DDT).

NDT and UD disagree on which word heads a phrase: NDT hangs an auxiliary's main verb off
the auxiliary (INFV), the predicate off the copula (SPRED) and the noun off the preposition
(PUTFYLL); UD does the opposite (aux, cop, case). So besides the raw unlabelled attachment
score we report a *harmonised* one: the predicted tree is turned UD-way round first (the
content word takes the function word's head and its other dependents). The measures:

- UAS raw / harmonised, punctuation (UD ``punct``) excluded;
- UD ``nsubj`` of a VERB: harmonised head right, and head right with label NDT ``SUBJ``
  (also for the subset whose verb is a speech verb, and apart for relative "som"/"der",
  which NDT calls a subjunction);
- UD ``ccomp``: harmonised head right, and with NDT label ``DOBJ`` (NDT's finite
  complement clause: "sa at ... er" has "er" DOBJ of "sa"), or the cue after a quote
  the NDT way round ("..., sa han": "sa" is PAR of the quote's verb);
- words/s of the parser alone on DDT dev (gold tokens), one thread.

With ``--bokmaal`` the Danish words of ``DA_TO_NB`` are respelt the Bokmål way before parsing
(an experiment: how much of the loss is vocabulary).

Usage:
    python training/eval_parser_ud.py [--bokmaal] MODEL_DIR DDT.conllu
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc

# UD lemmas of Danish speech verbs (what our quote rules care about).
SPEECH_VERBS = frozenset(
    [
        "sige",
        "fortælle",
        "mene",
        "udtale",
        "forklare",
        "skrive",
        "understrege",
        "tilføje",
        "påpege",
        "svare",
        "spørge",
        "oplyse",
        "erkende",
        "vurdere",
        "fastslå",
        "konstatere",
        "advare",
        "kalde",
    ]
)
# Danish function words and common verbs whose Bokmål spelling differs (``--bokmaal``):
# the parser's hash embeddings only know the Norwegian forms. Content words are left alone.
DA_TO_NB = {
    "af": "av", "hvad": "hva", "mig": "meg", "dig": "deg", "sig": "seg", "nogen": "noen",
    "nogle": "noen", "noget": "noe", "efter": "etter", "mod": "mot", "meget": "mye",
    "kun": "bare", "blev": "ble", "bliver": "blir", "sagde": "sa", "siger": "sier",
    "fortæller": "forteller", "havde": "hadde", "nu": "nå", "op": "opp", "ud": "ut",
    "bag": "bak", "mellem": "mellom", "uden": "uten", "gennem": "gjennom", "os": "oss",
    "jer": "dere", "hendes": "hennes", "været": "vært",
}  # fmt: skip
# The NDT labels whose head the content word takes over, UD-style.
_FUNCTION_ARCS = frozenset({"INFV", "PUTFYLL"})


@dataclass
class UDSentence:
    words: list[str]
    lemmas: list[str]
    upos: list[str]
    heads: list[int]  # 0-based, -1 = root
    deps: list[str]


def read_conllu(path: Path) -> list[UDSentence]:
    """Read a UD file, skipping multiword-token and empty-node lines."""
    out: list[UDSentence] = []
    rows: list[list[str]] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if raw.startswith("#"):
            continue
        if not raw.strip():
            if rows:
                out.append(
                    UDSentence(
                        [r[1] for r in rows],
                        [r[2] for r in rows],
                        [r[3] for r in rows],
                        [int(r[6]) - 1 for r in rows],
                        [r[7] for r in rows],
                    )
                )
            rows = []
            continue
        cols = raw.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        rows.append(cols)
    return out


def harmonise(heads: list[int], deps: list[str], lemmas: list[str]) -> tuple[list[int], list[str]]:
    """Return predicted NDT heads turned UD-way round (aux, copula, preposition).

    A token with an INFV or PUTFYLL child, or a form of "være" with a SPRED child, hands its
    head to that child and becomes its dependent; its other dependents move along with it.
    The content word also takes the function word's label (a complement clause "at byen er
    stor" is DOBJ on "stor", UD's ccomp, once "er" is a copula); a subject keeps ``SUBJ``.
    """
    heads, deps = list(heads), list(deps)
    while True:
        swap = None
        for child, head in enumerate(heads):
            dep = deps[child]
            if head >= 0 and (dep in _FUNCTION_ARCS or (dep == "SPRED" and lemmas[head] == "være")):
                swap = (head, child)
                break
        if swap is None:
            return heads, deps
        fn, content = swap
        # The content word takes the function word's place (head and label); each swap
        # removes one function arc, so the loop ends.
        heads[content], deps[content] = heads[fn], deps[fn]
        for i, h in enumerate(heads):
            if h == fn and i != content:
                heads[i] = content
        heads[fn], deps[fn] = content, "FUNCTION"


def to_bokmaal(words: list[str]) -> list[str]:
    """Respell the Danish words of ``DA_TO_NB`` the Bokmål way, keeping a capital."""
    out = []
    for word in words:
        nb = DA_TO_NB.get(word.lower())
        out.append(word if nb is None else nb.capitalize() if word[:1].isupper() else nb)
    return out


def score(model: Path, conllu: Path, bokmaal: bool = False) -> dict[str, float | str]:
    nlp = spacy.load(model)
    parser = nlp.get_pipe("parser")
    sents = read_conllu(conllu)
    docs = [Doc(nlp.vocab, words=to_bokmaal(s.words) if bokmaal else s.words) for s in sents]
    start = time.process_time()
    docs = list(parser.pipe(docs, batch_size=256))
    cpu = time.process_time() - start
    n_words = sum(len(d) for d in docs)
    c: Counter[str] = Counter()
    subj_labels: Counter[str] = Counter()
    ccomp_labels: Counter[str] = Counter()
    for sent, doc in zip(sents, docs, strict=True):
        raw = [t.head.i if t.head.i != t.i else -1 for t in doc]
        deps = [t.dep_ for t in doc]
        harm, hdeps = harmonise(raw, deps, sent.lemmas)
        for i, gold in enumerate(sent.heads):
            ud = sent.deps[i]
            if ud == "punct":
                continue
            c["uas_n"] += 1
            c["uas_raw"] += raw[i] == gold
            c["uas_harm"] += harm[i] == gold
            if ud == "nsubj" and gold >= 0 and sent.upos[gold] == "VERB":
                keys = ["subj"] + (["speech"] if sent.lemmas[gold] in SPEECH_VERBS else [])
                # Relative "som"/"der" is UD's nsubj but NDT's subjunction (SBU), and
                # Norwegian has no relative "der": count them apart.
                keys.append("subj_rel" if sent.words[i].lower() in ("som", "der") else "subj_other")
                for k in keys:
                    c[f"{k}_n"] += 1
                    c[f"{k}_head"] += harm[i] == gold
                    c[f"{k}_both"] += harm[i] == gold and hdeps[i] == "SUBJ"
                subj_labels[hdeps[i]] += 1
            if ud == "ccomp":
                # NDT hangs a cue after the quote ("..., sa han") off the quote's verb as
                # PAR, the other way round from UD's ccomp; that is right too.
                forward = harm[i] == gold
                backward = gold >= 0 and harm[gold] == i and hdeps[gold] == "PAR"
                c["ccomp_n"] += 1
                c["ccomp_head"] += forward or backward
                c["ccomp_both"] += (forward and hdeps[i] == "DOBJ") or backward
                ccomp_labels["PAR(reversed)" if backward else hdeps[i]] += 1
    result: dict[str, float | str] = {
        "words": n_words,
        "words_per_s": n_words / cpu,
        "uas_raw": c["uas_raw"] / c["uas_n"],
        "uas_harmonised": c["uas_harm"] / c["uas_n"],
    }
    for k in ("subj", "subj_other", "subj_rel", "speech", "ccomp"):
        result[f"{k}_n"] = c[f"{k}_n"]
        result[f"{k}_head"] = c[f"{k}_head"] / max(c[f"{k}_n"], 1)
        result[f"{k}_head_label"] = c[f"{k}_both"] / max(c[f"{k}_n"], 1)
    # Which NDT labels the parser gave UD's subjects and complement clauses.
    result["subj_labels"] = " ".join(f"{k}={v}" for k, v in subj_labels.most_common(6))
    result["ccomp_labels"] = " ".join(f"{k}={v}" for k, v in ccomp_labels.most_common(6))
    return result


def main(argv: list[str]) -> int:
    bokmaal = "--bokmaal" in argv
    argv = [a for a in argv if a != "--bokmaal"]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for key, value in score(Path(argv[0]), Path(argv[1]), bokmaal).items():
        print(f"{key:>20}: {value:.3f}" if isinstance(value, float) else f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
