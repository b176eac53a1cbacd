"""Package the best trained NER, score it on dev and write its model card.

The shipped pipeline is the tokenizer and the ``ner`` only: Pressespejl sources nothing
else from it (``nlp/pipeline.py`` takes the ``ner``; lemmas come from spaCy's lookup
tables in ``spacy-lookups-data`` and gazetteers from ``nlp/da``), so a lemma table or an
``entity_ruler`` stored here would only cost disk and loading time.

Scores, all on the UNER dev split only:

* the model alone (spaCy's scorer, dev text re-tokenized and aligned, as in training);
* Pressespejl's whole entity step with this model sourced in (``pressespejl eval
  --conll``): the model plus the gazetteers and name rules, what users get;
* words/s of the model, and how long ``spacy.load`` takes.

Usage:
    python training/package.py MODEL_BEST DEV.spacy DEV.iob2 OUT_DIR
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import spacy
from evaluate import evaluate

TEMPLATE = Path(__file__).with_name("MODEL_CARD.template.md")

META = {
    "lang": "da",
    "name": "pressespejl_ner",
    "version": "0.2.0",
    "description": (
        "Danish news NER (PER, ORG, LOC) for Pressespejl, trained on Danish (UNER DDT, "
        "DaN+ web), Norwegian (NorNE) and Swedish (swedish-ner-corpus) named entities, "
        "then fine-tuned on the Danish."
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
            "name": "DaN+ web domains (Arto, Twitter)",
            "url": "https://github.com/bplank/DaNplus",
            "license": "MIT",
            "author": "Plank, Jensen & van der Goot 2020",
        },
        {
            "name": "NorNE Bokmål (NDT)",
            "url": "https://github.com/ltgoslo/norne",
            "license": "CC0 1.0 (annotations)",
            "author": "Jørgensen et al. 2020; National Library of Norway",
        },
        {
            "name": "swedish-ner-corpus (Webbnyheter 2012)",
            "url": "https://github.com/klintan/swedish-ner-corpus",
            "license": "CC BY 4.0",
            "author": "Andreas Klintberg; Språkbanken",
        },
    ],
}


def dir_size_mb(path: Path) -> float:
    """Return the size of all files under path in MB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def load_seconds(path: Path, runs: int = 3) -> float:
    """CPU seconds of the fastest of a few ``spacy.load`` calls of the pipeline at path,
    after one warm-up load (imports and spaCy's registry are paid once per process)."""
    spacy.load(path)
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        spacy.load(path)
        best = min(best, time.process_time() - start)
    return round(best, 2)


def pipeline_scores(model: Path, dev_iob2: Path) -> dict:
    """Pressespejl's entity step with this model on dev (``pressespejl eval --conll``)."""
    from pressespejl.evaluate import evaluate_conll
    from pressespejl.nlp.pipeline import build_pipeline

    report = evaluate_conll(dev_iob2, build_pipeline(model))
    return {"overall": report.overall, "per_label": report.per_label}


def package(model_best: Path, dev: Path, dev_iob2: Path, out_dir: Path) -> dict:
    """Score model_best, write it (tokenizer + ner) to out_dir with meta and card."""
    nlp = spacy.load(model_best)
    extra = [name for name in nlp.pipe_names if name != "ner"]
    for name in extra:
        nlp.remove_pipe(name)
    with tempfile.TemporaryDirectory() as tmp:
        nlp.to_disk(tmp)
        scores = evaluate(Path(tmp), dev)
        scores["pressespejl"] = pipeline_scores(Path(tmp), dev_iob2)
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
        "pressespejl_entities": scores["pressespejl"],
        "evaluated_on": "UNER_Danish-DDT dev",
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
    scores["load_seconds"] = load_seconds(out_dir)
    (out_dir / "MODEL_CARD.md").write_text(render_card(scores), encoding="utf-8")
    return scores


def _rows(overall: dict, per_label: dict, scale: float) -> str:
    rows = [f"| all | {overall['p'] * scale:.1f} | {overall['r'] * scale:.1f} "
            f"| {overall['f'] * scale:.1f} |"]
    for label, s in per_label.items():
        rows.append(f"| {label} | {s['p'] * scale:.1f} | {s['r'] * scale:.1f} "
                    f"| {s['f'] * scale:.1f} |")
    return "\n".join(rows)


def render_card(scores: dict) -> str:
    """Fill the model card template with the measured numbers."""
    ner = scores["ner"]
    model_overall = {"p": ner["ents_p"], "r": ner["ents_r"], "f": ner["ents_f"]}
    pp = scores["pressespejl"]
    return TEMPLATE.read_text(encoding="utf-8").format(
        ner_table=_rows(model_overall, ner["ents_per_type"], 1),
        pipeline_table=_rows(pp["overall"], pp["per_label"], 100),
        wps=scores["speed"]["words_per_second"],
        wps_wall=scores["speed"]["words_per_second_wall"],
        size_mb=scores["size_mb"],
        load_seconds=scores["load_seconds"],
        spacy_version=spacy.__version__,
        today=date.today().isoformat(),
    )


def main(argv: list[str]) -> int:
    """Command-line entry point; prints the scores as JSON."""
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    scores = package(Path(argv[0]), Path(argv[1]), Path(argv[2]), Path(argv[3]))
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
