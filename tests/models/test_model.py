"""The shipped Danish pipeline (src/pressespejl/models/da_ner) loads offline and works.

These tests load the real trained model on purpose: they guard the artefact itself
(labels, meta scores, that sourcing the ner alone works), not a rule.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
import spacy

import pressespejl

MODEL_DIR = Path(pressespejl.__file__).parent / "models" / "da_ner"

# Dev scores the shipped model reached (training/README.md has the experiments); a
# retrained model must not fall below them. "pressespejl_entities" is the model inside
# Pressespejl's entity step (gazetteers and rules after it).
MIN_DEV_ENTS_F = 0.74
MIN_DEV_F_PER_LABEL = {"PER": 0.83, "LOC": 0.75, "ORG": 0.59}
MIN_DEV_PIPELINE_F = 0.78
MIN_WORDS_PER_SECOND = 10_000
MAX_SIZE_MB = 40

SENTENCE = (
    "Statsminister Poul Nyrup Rasmussen mødte tirsdag Anders Fogh Rasmussen i Folketinget, "
    "før han fløj til Bruxelles og videre til Tyskland."
)


@pytest.fixture(scope="module")
def nlp():
    """Load the pipeline once with sockets disabled, so any fetch would fail."""
    real_socket = socket.socket

    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to open a network connection")

    socket.socket = no_network
    try:
        yield spacy.load(MODEL_DIR)
    finally:
        socket.socket = real_socket


def test_model_is_danish_with_only_the_ner(nlp):
    """Pressespejl sources only the ner: a stored lemma table or ruler would only cost
    disk and loading time (the lemma table alone was 11 MB)."""
    assert nlp.lang == "da"
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SENTENCE,
            {
                ("Poul Nyrup Rasmussen", "PER"),
                ("Anders Fogh Rasmussen", "PER"),
                ("Folketinget", "ORG"),
                ("Tyskland", "LOC"),
            },
        ),
        (
            "Mette Frederiksen siger til Politiken, at Danske Bank skal betale.",
            {("Mette Frederiksen", "PER"), ("Politiken", "ORG"), ("Danske Bank", "ORG")},
        ),
        (
            "Lars Løkke Rasmussen besøgte Aarhus og Odense i weekenden.",
            {("Lars Løkke Rasmussen", "PER"), ("Aarhus", "LOC"), ("Odense", "LOC")},
        ),
    ],
)
def test_model_tags_obvious_entities(nlp, text, expected):
    ents = {(ent.text, ent.label_) for ent in nlp(text).ents}
    assert expected <= ents


def test_model_finds_nothing_in_a_sentence_without_names(nlp):
    assert nlp("Han købte tre kilo kartofler i går og gik hjem.").ents == ()


def test_model_ner_can_be_sourced_alone(nlp):
    target = spacy.blank("da")
    target.add_pipe("ner", source=nlp)
    with nlp.select_pipes(enable=["ner"]):
        expected = [(e.text, e.label_) for e in nlp(SENTENCE).ents]
    assert [(e.text, e.label_) for e in target(SENTENCE).ents] == expected
    assert expected


def test_model_meta_records_dev_scores_and_speed():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    perf = meta["performance"]
    assert perf["ents_f"] >= MIN_DEV_ENTS_F
    assert set(perf["ents_per_type"]) == {"PER", "ORG", "LOC"}
    for label, minimum in MIN_DEV_F_PER_LABEL.items():
        assert perf["ents_per_type"][label]["f"] >= minimum, label
    assert perf["pressespejl_entities"]["overall"]["f"] >= MIN_DEV_PIPELINE_F
    assert meta["speed"]["cpu"] >= MIN_WORDS_PER_SECOND
    assert meta["license"] == "CC BY-SA 4.0"


def test_model_is_small_and_has_a_card():
    files = [f for f in MODEL_DIR.rglob("*") if f.is_file()]
    assert sum(f.stat().st_size for f in files) / 1e6 <= MAX_SIZE_MB
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in card
    assert "words/s" in card
