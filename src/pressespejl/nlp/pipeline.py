"""Build Pressespejl's spaCy pipeline from ``pipeline.cfg``, with a trained NER if shipped.

``build_pipeline`` is the one place the pipeline is assembled: ``spacy.blank("da")``'s
language class configured by ``pipeline.cfg``, our rule components, spaCy's lookup
lemmatizer (tables from ``spacy-lookups-data``), and, when a trained pipeline exists
at ``models/da_ner`` (or the path given), its statistical components sourced in with
``nlp.add_pipe(name, source=trained)``.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

import spacy
from spacy.language import Language

from pressespejl.errors import ModelError

log = logging.getLogger(__name__)

CONFIG_PATH = Path(__file__).with_name("pipeline.cfg")
DEFAULT_MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "da_ner"

# Our components, by factory name -> module that registers it.
COMPONENT_MODULES: dict[str, str] = {
    "pressespejl_sentences": "pressespejl.nlp.components.sentences",
    "pressespejl_lemmatizer": "pressespejl.nlp.components.lemmas",
    "pressespejl_entities": "pressespejl.nlp.components.entities",
    "pressespejl_roles": "pressespejl.nlp.components.roles",
    "pressespejl_quotes": "pressespejl.nlp.components.quotes",
    "pressespejl_speakers": "pressespejl.nlp.components.speakers",
    "pressespejl_time_expressions": "pressespejl.nlp.components.time_expressions",
    "pressespejl_definitions": "pressespejl.nlp.components.definitions",
}
# Written by other work in progress: the pipeline runs without them until they exist.
OPTIONAL_COMPONENTS = frozenset({"pressespejl_time_expressions", "pressespejl_definitions"})
# What we take from a trained pipeline. Not "parser"/"senter" (our sentence rules know
# Danish news paragraphs and quotes) and not its "lemmatizer" (we use the lookup tables).
SOURCED_COMPONENTS = ("tok2vec", "transformer", "tagger", "morphologizer", "attribute_ruler", "ner")


def _importable(factory: str) -> bool:
    if factory not in COMPONENT_MODULES:  # one of spaCy's own, e.g. "lemmatizer"
        return True
    try:
        importlib.import_module(COMPONENT_MODULES[factory])
    except ImportError as error:
        if factory not in OPTIONAL_COMPONENTS:
            raise ModelError(f"Cannot import the {factory!r} component: {error}") from error
        log.warning("pipeline: %s left out (%s)", factory, error)
        return False
    return True


def build_pipeline(model: str | Path | None = None) -> Language:
    """A ready Danish pipeline: rule components, lookup lemmas and a trained NER if any.

    Args:
        model: a trained spaCy pipeline directory. None uses ``models/da_ner`` when it
            exists, and rules + gazetteers alone otherwise.

    Raises:
        ModelError: ``model`` was given but cannot be loaded, or the lemma tables of
            ``spacy-lookups-data`` are missing.
    """
    config = spacy.util.load_config(CONFIG_PATH)
    factories = {n: config["components"][n].get("factory", n) for n in config["nlp"]["pipeline"]}
    names = [n for n in config["nlp"]["pipeline"] if _importable(factories[n])]
    for name in set(config["nlp"]["pipeline"]) - set(names):
        del config["components"][name]
    config["nlp"]["pipeline"] = names
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    try:
        nlp.get_pipe("lemmatizer").initialize(nlp=nlp)
    except Exception as error:  # spaCy raises ValueError/OSError for missing tables
        raise ModelError(
            f"Cannot load the Danish lemma tables: {error}. "
            "Install them with: pip install 'spacy-lookups-data>=1.0.5,<1.1'"
        ) from error
    path = Path(model) if model is not None else DEFAULT_MODEL_PATH
    if path.exists():
        _source_trained(nlp, path)
    elif model is not None:
        raise ModelError(f"No trained pipeline at {path}; give a spaCy pipeline directory.")
    return nlp


def _source_trained(nlp: Language, path: Path) -> None:
    try:
        trained = spacy.load(path)
    except Exception as error:  # spaCy raises many kinds for a broken directory
        raise ModelError(f"Cannot load the trained pipeline at {path}: {error}") from error
    after = "pressespejl_sentences"
    for name in SOURCED_COMPONENTS:
        if name in trained.pipe_names:
            nlp.add_pipe(name, source=trained, after=after)
            after = name
    meta = trained.meta
    nlp.meta["pressespejl_model"] = f"{meta.get('name', 'da_ner')}-{meta.get('version', '0')}"
