"""The nlp stage: Article -> Analysis with spaCy's Danish language class and rules.

``analyze``, ``analyze_many``, ``load_pipeline`` and ``PIPELINE_VERSION`` are imported
from ``nlp/analyze.py`` on first use, so that importing a light module of this package
(``nlp.pieces``) or a command that may not need the model does not import spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from pressespejl.nlp._spacy_import import skip_spacy_cli

if TYPE_CHECKING:
    from pressespejl.nlp.analyze import PIPELINE_VERSION, analyze, analyze_many, load_pipeline

__all__ = ["PIPELINE_VERSION", "analyze", "analyze_many", "load_pipeline"]

skip_spacy_cli()  # spaCy's import without its CLI: a quarter second of every start


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'pressespejl.nlp' has no attribute {name!r}")
    module = importlib.import_module("pressespejl.nlp.analyze")
    # Importing the submodule set this package's attribute "analyze" to the module;
    # the function of that name is meant.
    globals().update({n: getattr(module, n) for n in __all__})
    return globals()[name]
