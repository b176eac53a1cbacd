"""Score a pipeline on the dev split: NER per label, lookup lemmas, and speed.

* NER: the UNER dev DocBin. Each sentence is re-tokenized from its raw text with the
  pipeline's own tokenizer and aligned to the gold tokens, as ``spacy train`` does, so the
  score includes tokenizer mismatches.
* Lemmas: the UD dev treebank (gold lemmas). Only read here, never trained on.
* Speed: ``nlp.pipe`` over the dev sentences in one process, best of a few passes after a
  warm-up, counted in spaCy tokens per second of CPU time (and of wall-clock time). Pin
  threads (OMP_NUM_THREADS=1) for a one-core figure.

Usage:
    python training/evaluate.py PIPELINE_DIR DEV.spacy [UD_DEV.conllu] > scores.json
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example


def ner_scores(nlp: Language, dev_path: Path) -> dict:
    """Return overall and per-label precision, recall and F1 (in %) for NER on dev."""
    gold = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in gold]
    scores = nlp.evaluate(examples)

    def pct(value: float | None) -> float:
        return round(100 * (value or 0.0), 2)

    per_type = {
        label: {k: pct(v) for k, v in s.items()}
        for label, s in sorted((scores.get("ents_per_type") or {}).items())
    }
    return {
        "ents_p": pct(scores["ents_p"]),
        "ents_r": pct(scores["ents_r"]),
        "ents_f": pct(scores["ents_f"]),
        "ents_per_type": per_type,
        "n_docs": len(gold),
        "n_entities": sum(len(d.ents) for d in gold),
    }


def read_conllu(path: Path) -> list[tuple[list[str], list[str]]]:
    """Read (forms, lemmas) per sentence from a CoNLL-U file, skipping multiword lines."""
    sentences, forms, lemmas = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if forms:
                sentences.append((forms, lemmas))
            forms, lemmas = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                forms.append(cols[1])
                lemmas.append(cols[2])
    if forms:
        sentences.append((forms, lemmas))
    return sentences


def lemma_accuracy(nlp: Language, conllu: Path) -> dict:
    """Return lemma accuracy (in %) of the pipeline's lemmatizer on gold UD tokens."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lemmatizer = nlp.get_pipe("lemmatizer")
    right = right_ci = total = 0
    for forms, lemmas in read_conllu(conllu):
        doc = lemmatizer(Doc(nlp.vocab, words=forms))
        for token, lemma in zip(doc, lemmas, strict=True):
            total += 1
            right += token.lemma_ == lemma
            right_ci += token.lemma_.lower() == lemma.lower()
    return {
        "lemma_acc": round(100 * right / total, 2),
        "lemma_acc_ignore_case": round(100 * right_ci / total, 2),
        "n_tokens": total,
    }


def words_per_second(nlp: Language, texts: list[str], passes: int = 3) -> dict:
    """Measure ``nlp.pipe`` throughput on texts (one process, best of several passes).

    Returns words per second of the process's own CPU time (``time.process_time``) and of
    wall-clock time. On a shared machine the CPU-time figure is the honest one-core number:
    wall-clock time also counts the time other jobs held the core.
    """
    n_words = sum(len(doc) for doc in nlp.pipe(texts))  # warm-up, also counts tokens
    best_cpu = best_wall = float("inf")
    for _ in range(passes):
        cpu, wall = time.process_time(), time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return {
        "words_per_second": round(n_words / best_cpu),
        "words_per_second_wall": round(n_words / best_wall),
        "n_words": n_words,
    }


def evaluate(pipeline: Path, dev: Path, conllu: Path | None = None) -> dict:
    """Run every measurement on one pipeline directory and return them as a dict."""
    nlp = spacy.load(pipeline)
    texts = [d.text for d in DocBin().from_disk(dev).get_docs(nlp.vocab)]
    result = {"pipeline": nlp.pipe_names, "ner": ner_scores(nlp, dev)}
    if conllu is not None:
        result["lemmatizer"] = lemma_accuracy(nlp, conllu)
    result["speed"] = words_per_second(nlp, texts)
    return result


def main(argv: list[str]) -> int:
    """Command-line entry point; prints the scores as JSON."""
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    conllu = Path(argv[2]) if len(argv) == 3 else None
    print(json.dumps(evaluate(Path(argv[0]), Path(argv[1]), conllu), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
