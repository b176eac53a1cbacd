"""Build Pressespejl's spaCy pipeline from ``pipeline.cfg``, with a trained NER if shipped.

``build_pipeline`` is the one place the pipeline is assembled: ``spacy.blank("da")``'s
language class configured by ``pipeline.cfg``, our rule components, a lookup
lemmatizer (the table of ``spacy-lookups-data``), and, when a trained pipeline exists
at ``models/da_ner`` (or the path given), its statistical components sourced in with
``nlp.add_pipe(name, source=trained)``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import spacy
import srsly
from spacy.language import Language

from pressespejl.errors import ModelError
from pressespejl.nlp.components._lexicon import lemma_table

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
# What we take from a trained pipeline. Not "parser"/"senter" (our sentence rules know
# Danish news paragraphs and quotes) and not its "lemmatizer" (we use the lookup tables).
SOURCED_COMPONENTS = ("tok2vec", "transformer", "tagger", "morphologizer", "attribute_ruler", "ner")


def _import_components(names: list[str]) -> None:
    """Import the modules that register our factories (spaCy finds them by name)."""
    for factory in names:
        module = COMPONENT_MODULES.get(factory)  # None: one of spaCy's own
        if module is None:
            continue
        try:
            importlib.import_module(module)
        except ImportError as error:
            raise ModelError(f"Cannot import the {factory!r} component: {error}") from error


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
    _import_components([config["components"][n].get("factory", n)
                        for n in config["nlp"]["pipeline"]])
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    table = lemma_table()
    if not table:
        raise ModelError(
            "Cannot load the Danish lemma table of spacy-lookups-data. Install it with: "
            "pip install 'spacy-lookups-data>=1.0.5,<1.1'")
    nlp.get_pipe("lemmatizer").use_table(table)
    path = Path(model) if model is not None else DEFAULT_MODEL_PATH
    if path.exists():
        _source_trained(nlp, path)
    elif model is not None:
        raise ModelError(f"No trained pipeline at {path}; give a spaCy pipeline directory.")
    return nlp


def _source_trained(nlp: Language, path: Path) -> None:
    try:
        meta = srsly.read_json(path / "meta.json")
        names = [n for n in meta.get("pipeline", ()) if n in SOURCED_COMPONENTS]
        if "tok2vec" in names or "transformer" in names:
            _source_with_listeners(nlp, path, meta)
        else:
            _read_components(nlp, path, names)
    except ModelError:
        raise
    except Exception as error:  # spaCy raises many kinds for a broken directory
        raise ModelError(f"Cannot load the trained pipeline at {path}: {error}") from error
    nlp.meta["pressespejl_model"] = f"{meta.get('name', 'da_ner')}-{meta.get('version', '0')}"


def _read_components(nlp: Language, path: Path, names: list[str]) -> None:
    """Add the trained components to ``nlp`` from their config blocks and read their
    weights from disk, into our vocabulary.

    Notes:
        ``spacy.load`` would first build a second ``Language`` (a tokenizer with its
        2,400 Danish special cases, the pipeline's config validated) only for us to take
        its components: 0.1-0.15 s CPU of every start. Components that listen to a
        shared ``tok2vec`` need that linking, so they take ``_source_with_listeners``.
    """
    config = spacy.util.load_config(path / "config.cfg", interpolate=True)
    after = "pressespejl_sentences"
    for name in names:
        block = dict(config["components"][name])
        factory = block.pop("factory")
        pipe = nlp.add_pipe(factory, name=name, config=block, after=after)
        pipe.from_disk(path / name, exclude=["vocab"])
        after = name


def _source_with_listeners(nlp: Language, path: Path, meta: dict) -> None:
    """Source the components of a trained pipeline with a shared ``tok2vec`` or
    ``transformer``, through ``spacy.load`` (which links the listeners)."""
    # Only the components we take are read: the others (a lemmatizer with its own
    # tables, an entity ruler) cost seconds at every start and are thrown away. The
    # trained pipeline shares our vocabulary and does not read its own tokenizer or
    # vocabulary: its components see the tokens ours makes.
    unused = [n for n in meta.get("pipeline", ()) if n not in SOURCED_COMPONENTS]
    trained = spacy.load(path, vocab=nlp.vocab, exclude=[*unused, "tokenizer", "vocab"])
    after = "pressespejl_sentences"
    for name in SOURCED_COMPONENTS:
        if name in trained.pipe_names:
            nlp.add_pipe(name, source=trained, after=after)
            after = name
