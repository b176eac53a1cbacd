"""Pressespejl: who said what, when, about whom and where, in Danish news.

The public API, as the ``pressespejl`` command uses it::

    import pressespejl

    for item in pressespejl.read_path("nyheder/"):          # Article | IngestProblem | ...
        if isinstance(item, pressespejl.Article):
            analysis = pressespejl.analyze(item)             # quotes, people, places, ...
            print([(q.speaker, q.text) for q in analysis.quotes])

    with pressespejl.open_store("archive.sqlite") as store:  # or a postgresql:// URL
        report = pressespejl.ingest(["nyheder/"], store)      # read, analyse, store
        hits = store.search(pressespejl.SearchQuery(text="soldat"))

``analyze``, ``ingest``, ``open_store`` and ``read_path`` are imported on first use, so
``import pressespejl`` stays light (no spaCy, no database driver). Errors are the
``PressespejlError`` tree of ``pressespejl.errors``.

``pressespejl.ingest`` is the function (``jobs.ingest``). The reading stage of the same
name is a subpackage: use it as ``from pressespejl.ingest import read_paths``.
"""

import importlib as _importlib
import sys as _sys
from types import ModuleType as _ModuleType
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from pressespejl.errors import (
    ArchiveNotFound,
    BackendUnavailable,
    InputError,
    ModelError,
    PressespejlError,
    QueryError,
    StoreError,
)
from pressespejl.types import (
    Analysis,
    Article,
    Definition,
    Entity,
    IngestProblem,
    OfficeHolding,
    Person,
    Quote,
    QuoteHit,
    SearchHit,
    SearchQuery,
    Sentence,
    SkippedFile,
    TimeExpression,
)

if _TYPE_CHECKING:
    from pressespejl.ingest import read_path
    from pressespejl.jobs import ingest
    from pressespejl.nlp import analyze
    from pressespejl.store import open_store

__version__ = "0.1.0"

_LAZY = {
    "analyze": "pressespejl.nlp",
    "ingest": "pressespejl.jobs",
    "open_store": "pressespejl.store",
    "read_path": "pressespejl.ingest",
}
"""Functions imported when first used: name -> module."""

__all__ = [
    "Analysis",
    "ArchiveNotFound",
    "Article",
    "BackendUnavailable",
    "Definition",
    "Entity",
    "IngestProblem",
    "InputError",
    "ModelError",
    "OfficeHolding",
    "Person",
    "PressespejlError",
    "QueryError",
    "Quote",
    "QuoteHit",
    "SearchHit",
    "SearchQuery",
    "Sentence",
    "SkippedFile",
    "StoreError",
    "TimeExpression",
    "__version__",
    "analyze",
    "ingest",
    "open_store",
    "read_path",
]


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'pressespejl' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


class _Package(_ModuleType):
    """This package's module: importing the subpackage ``pressespejl.ingest`` would bind
    the name ``ingest`` here to the subpackage; it stays the function."""

    def __setattr__(self, name: str, value: _Any) -> None:
        if name == "ingest" and isinstance(value, _ModuleType):
            return  # the subpackage stays in sys.modules["pressespejl.ingest"]
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package
