"""Build one mixed-language training DocBin: Danish weighted up, Norwegian and Swedish added.

The Danish UNER train split is small (80k tokens); NorNE (Norwegian Bokmål, ~4x as much)
and the Swedish web-news corpus are close enough in spelling and word order to teach the
NER what names and their contexts look like. Danish stays the target: its sentences are
repeated ``--uner-copies`` times, so they weigh more in every epoch (the training loop
shuffles the corpus each epoch). Every corpus is mapped to PER/ORG/LOC (corpora.py).

Usage:
    python training/mix.py OUTPUT.spacy --uner TRAIN.iob2 [--uner-copies 2]
        [--norne NDT_DIR] [--norne-gpe-org ORG|LOC] [--swedish TRAIN.txt]
        [--danplus DIR] [--fraction 1.0]

``--fraction`` keeps a seeded random share of the non-Danish sentences, for quick
experiments.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import spacy
from convert import Sentence, to_doc
from corpora import read_corpus
from spacy.tokens import DocBin


def count_entities(sentences: list[Sentence]) -> Counter[str]:
    """B- tags per label."""
    return Counter(t[2:] for s in sentences for t in s.tags if t.startswith("B-"))


def build(args: argparse.Namespace) -> dict[str, tuple[int, int, Counter[str]]]:
    """Write the mixed DocBin; return (sentences, tokens, entities) per source."""
    rng = random.Random(0)
    parts: dict[str, list[Sentence]] = {}
    parts["uner"] = list(read_corpus("uner", [args.uner])) * args.uner_copies
    if args.norne:
        parts["norne"] = list(read_corpus("norne", sorted(args.norne.glob("*.conll")),
                                          gpe_org=args.norne_gpe_org))
    if args.swedish:
        parts["swedish"] = list(read_corpus("swedish", [args.swedish]))
    if args.danplus:
        # raw text only: the *_goldNorm files are the same sentences normalised
        files = sorted(p for p in args.danplus.glob("*.tsv") if "Norm" not in p.name)
        parts["danplus"] = list(read_corpus("danplus", files))
    for name in ("norne", "swedish"):
        if name in parts and args.fraction < 1:
            parts[name] = [s for s in parts[name] if rng.random() < args.fraction]
    vocab = spacy.blank("da").vocab
    db = DocBin(store_user_data=True)
    stats = {}
    for name, sentences in parts.items():
        for sentence in sentences:
            db.add(to_doc(vocab, sentence))
        stats[name] = (len(sentences), sum(len(s.words) for s in sentences),
                       count_entities(sentences))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.output)
    return stats


def main(argv: list[str]) -> int:
    """Command-line entry point (module doc)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--uner", type=Path, required=True)
    parser.add_argument("--uner-copies", type=int, default=1)
    parser.add_argument("--norne", type=Path)
    parser.add_argument("--norne-gpe-org", choices=("ORG", "LOC"), default="ORG")
    parser.add_argument("--swedish", type=Path)
    parser.add_argument("--danplus", type=Path)
    parser.add_argument("--fraction", type=float, default=1.0)
    args = parser.parse_args(argv)
    for name, (n, tokens, ents) in build(args).items():
        print(f"{name}: {n} sentences, {tokens} tokens, "
              + ", ".join(f"{k} {v}" for k, v in sorted(ents.items())))
    print(f"-> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
