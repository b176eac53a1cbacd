"""Import spaCy without its command-line interface, which Pressespejl never uses.

``spacy/__init__.py`` runs ``from .cli.info import info`` to offer ``spacy.info()``,
and importing ``spacy.cli`` imports every spaCy command with what they need (typer,
weasel, rich, requests, httpx, the project and download machinery): a quarter of a
second of CPU, a third of spaCy's import, at every start of ``pressespejl analyse``.

``skip_spacy_cli()`` puts a finder first on ``sys.meta_path`` that answers for
``spacy.cli`` and ``spacy.cli.info`` only while spaCy's own ``__init__`` runs, with
small stand-ins: ``info`` is a function that imports the real one when called. As soon
as spaCy's ``__init__`` has taken ``info``, the stand-ins leave ``sys.modules``, so any
later ``import spacy.cli`` (the training scripts, ``python -m spacy``) gets the real
package; ``spacy.cli.X`` on the stand-in imports it too. Nothing else in spaCy imports
``spacy.cli``.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

_NAMES = ("spacy.cli", "spacy.cli.info")


def info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on first call."""
    from spacy.cli.info import info as real_info

    return real_info(*args, **kwargs)


class _StandIn(types.ModuleType):
    """``spacy.cli`` or ``spacy.cli.info`` while spaCy's ``__init__`` runs."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        _forget()
        if name == "info" and self.__name__ == "spacy.cli.info":
            return info
        return getattr(importlib.import_module(self.__name__), name)


def _forget() -> None:
    for name in _NAMES:
        if isinstance(sys.modules.get(name), _StandIn):
            del sys.modules[name]


class _SkipCli(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds the stand-ins, and only while the ``spacy`` package is initialising."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _NAMES:
            return None
        spacy = sys.modules.get("spacy")
        if spacy is None or not getattr(getattr(spacy, "__spec__", None), "_initializing",
                                        False):
            return None
        return importlib.machinery.ModuleSpec(fullname, self,
                                              is_package=fullname == "spacy.cli")

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _StandIn(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        pass


def skip_spacy_cli() -> None:
    """Before spaCy's first import, make it skip importing ``spacy.cli`` (module doc).

    Does nothing when spaCy is imported already or the finder is in place.
    """
    if "spacy" in sys.modules or any(isinstance(f, _SkipCli) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _SkipCli())
