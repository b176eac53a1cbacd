"""The nlp stage's public API: load_pipeline, analyze, analyze_many, PIPELINE_VERSION."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from pressespejl.errors import ModelError
from pressespejl.nlp import PIPELINE_VERSION, analyze, analyze_many, load_pipeline
from pressespejl.nlp.analyze import pipeline_version
from pressespejl.nlp.components.sentences import find_paragraphs
from pressespejl.nlp.pipeline import build_pipeline
from pressespejl.types import Article


def article(text: str, id: str = "t") -> Article:
    return Article(id=id, text=text, published=date(2022, 1, 12))


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyze(article(text)).sentences]


def test_analyze_load_pipeline_is_cached_and_ordered() -> None:
    nlp = load_pipeline()
    assert load_pipeline() is nlp
    names = nlp.pipe_names
    assert names[0] == "pressespejl_sentences"
    # a shipped trained NER (models/da_ner) is sourced in right after the sentences
    assert [n for n in names if n != "ner"][:2] == ["pressespejl_sentences", "lemmatizer"]
    assert names.index("pressespejl_entities") < names.index("pressespejl_roles")
    assert names.index("pressespejl_quotes") < names.index("pressespejl_speakers")


def test_analyze_result_carries_id_and_version(seed_article: Article) -> None:
    analysis = analyze(seed_article)
    assert analysis.article_id == seed_article.id
    assert analysis.pipeline.startswith(PIPELINE_VERSION)


def test_analyze_many_matches_analyze_in_order(seed_article: Article) -> None:
    others = [
        article("- Vi er klar, siger Jens Stoltenberg.", id="a"),
        article("Ingen citater her.", id="b"),
        replace(seed_article, id="c"),
    ]
    pairs = list(analyze_many(others, batch_size=2))
    assert [a.id for a, _ in pairs] == ["a", "b", "c"]
    for a, analysis in pairs:
        assert analysis == analyze(a)


def test_analyze_lemmas_from_lookup_tables() -> None:
    lemmas = analyze(article("Han sagde, at russerne har krævet det.")).lemmas
    assert "sige" in lemmas and "have" in lemmas and "kræve" in lemmas


def test_analyze_entity_offsets_point_at_the_text(seed_article: Article) -> None:
    for entity in analyze(seed_article).entities:
        assert seed_article.text[entity.start : entity.end] == entity.text
        assert entity.label in {"PER", "ORG", "LOC", "MISC"}
        assert entity.label != "MISC" or entity.form == "adjective"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations and ordinals do not end sentences
        ("Mødet starter kl. 12 i dag. Det varer f.eks. to timer.",
         ["Mødet starter kl. 12 i dag.", "Det varer f.eks. to timer."]),
        ("Det skete den 12. januar. Hr. Hansen var der.",
         ["Det skete den 12. januar.", "Hr. Hansen var der."]),
        # a paragraph always starts a sentence, even without a final period
        ("Første afsnit uden punktum\n\nAndet afsnit.", ["Første afsnit uden punktum",
                                                         "Andet afsnit."]),
        # no sentence ends inside quote marks; a lower-case word after "?" goes on
        ('Han sagde: "Vi er klar. Det er godt." Så gik han.',
         ['Han sagde: "Vi er klar. Det er godt."', "Så gik han."]),
        ("- Hvad nu? spørger han. - Ingen ved det.",
         ["- Hvad nu? spørger han.", "- Ingen ved det."]),
    ],
)
def test_analyze_sentences(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


def test_analyze_paragraph_noise() -> None:
    text = "Nato klar til flere soldater\n\nSkrevet af Jens Hansen\n\nDet siger han.\n\nDel"
    noise = [p.noise for p in find_paragraphs(text)]
    assert noise == [True, True, False, True]


def test_analyze_model_entities_win_over_the_gazetteer() -> None:
    nlp = load_pipeline()
    text = "Nato og Rusland mødtes. Jens Stoltenberg talte. Stoltenberg smilede."
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("pressespejl_sentences")(doc)
    # a trained NER that read "Nato og Rusland" as one ORG and "Stoltenberg" as PER:
    # the two listed names it joined with "og" are two names, each with its own label
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 9, 10, label="PER")]
    doc = nlp.get_pipe("pressespejl_entities")(doc)
    got = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert got == [
        ("Nato", "ORG", "Nato"),
        ("Rusland", "LOC", "Rusland"),
        ("Jens Stoltenberg", "PER", "Jens Stoltenberg"),
        ("Stoltenberg", "PER", "Jens Stoltenberg"),
    ]


def test_analyze_sources_a_trained_ner(tmp_path: Path) -> None:
    trained = spacy.blank("da")
    ner = trained.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    trained.initialize()
    trained.meta["name"] = "da_ner_test"
    trained.to_disk(tmp_path / "da_ner")
    nlp = build_pipeline(tmp_path / "da_ner")
    assert nlp.pipe_names[:2] == ["pressespejl_sentences", "ner"]
    assert "lemmatizer" in nlp.pipe_names
    assert pipeline_version(nlp).startswith(PIPELINE_VERSION + "+da_ner_test")
    analysis = analyze(article("- Vi er klar, siger Jens Stoltenberg."), nlp)
    assert [q.text for q in analysis.quotes] == ["Vi er klar"]


def test_analyze_trained_ner_reads_the_same_weights_as_spacy_load(tmp_path: Path) -> None:
    """The NER is built from its config block and read from disk, not through a second
    ``spacy.load`` (a second tokenizer at every start): its predictions must be the same."""
    trained = spacy.blank("da")
    ner = trained.add_pipe("ner")
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    trained.initialize()
    trained.to_disk(tmp_path / "da_ner")
    nlp = build_pipeline(tmp_path / "da_ner")
    ours, theirs = nlp.get_pipe("ner"), spacy.load(tmp_path / "da_ner").get_pipe("ner")
    assert ours.model.to_bytes() == theirs.model.to_bytes()
    assert ours.labels == theirs.labels == ("LOC", "ORG", "PER")
    assert ours.cfg == theirs.cfg


def test_analyze_sources_a_trained_pipeline_with_a_shared_tok2vec(tmp_path: Path) -> None:
    trained = spacy.blank("da")
    trained.add_pipe("tok2vec")
    ner = trained.add_pipe("ner", config={"model": {"tok2vec": {
        "@architectures": "spacy.Tok2VecListener.v1", "width": 96}}})
    for label in ("PER", "ORG", "LOC"):
        ner.add_label(label)
    trained.initialize()
    trained.to_disk(tmp_path / "shared")
    nlp = build_pipeline(tmp_path / "shared")
    assert nlp.pipe_names[:3] == ["pressespejl_sentences", "tok2vec", "ner"]
    analysis = analyze(article("- Vi er klar, siger Jens Stoltenberg."), nlp)
    assert [q.text for q in analysis.quotes] == ["Vi er klar"]


def test_analyze_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="No trained pipeline"):
        load_pipeline(tmp_path / "nowhere")
