"""The public API is what ``pressespejl.__all__`` lists, each with a docstring (as httpx's
tests/test_exported_members.py checks its own)."""

from __future__ import annotations

import inspect

import pressespejl
from pressespejl.errors import PressespejlError

PROMISED = {"analyze", "open_store", "read_path", "ingest", "PressespejlError",
            "InputError", "ModelError", "StoreError", "ArchiveNotFound",
            "BackendUnavailable", "QueryError", "Article", "Analysis", "SearchQuery"}


def test_all_exports():
    exported = set(pressespejl.__all__)
    assert exported >= PROMISED
    # every public name of the package (submodules aside: they are imported, not
    # exported) is listed, and nothing else is
    public = {name for name in vars(pressespejl) if not name.startswith("_")
              and not inspect.ismodule(vars(pressespejl)[name])} | set(pressespejl._LAZY)
    assert public == exported - {"__version__"}
    assert sorted(dir(pressespejl)) == sorted(exported)


def test_exports_are_documented_and_of_the_right_kind():
    for name in pressespejl.__all__:
        if name == "__version__":
            continue
        member = getattr(pressespejl, name)
        assert inspect.getdoc(member), f"pressespejl.{name} has no docstring"
    for name in ("analyze", "open_store", "read_path", "ingest"):
        assert inspect.isfunction(getattr(pressespejl, name)), name
    assert pressespejl.ingest.__module__ == "pressespejl.jobs"
    assert all(issubclass(getattr(pressespejl, n), PressespejlError)
               for n in ("InputError", "ModelError", "StoreError", "ArchiveNotFound",
                         "BackendUnavailable", "QueryError"))


def test_the_ingest_subpackage_does_not_hide_the_ingest_function():
    import pressespejl.ingest.readers
    from pressespejl.ingest import read_paths

    assert callable(read_paths)
    assert pressespejl.ingest.__module__ == "pressespejl.jobs"


def test_use_it_from_python(tmp_path):
    """The README's "Use it from Python" example, on one small article."""
    (tmp_path / "nyhed.txt").write_text(
        "date 2022-01-12 Udenrigsminister Jeppe Kofod besøgte Berlin.\n\n"
        "- Samarbejdet er tæt, siger Jeppe Kofod.\n", encoding="utf-8")
    articles = [a for a in pressespejl.read_path(tmp_path) if isinstance(a, pressespejl.Article)]
    analysis = pressespejl.analyze(articles[0])
    assert [(q.speaker, q.text) for q in analysis.quotes] == [
        ("Jeppe Kofod", "Samarbejdet er tæt")]
    with pressespejl.open_store(tmp_path / "archive.sqlite") as store:
        report = pressespejl.ingest([tmp_path], store)
        assert report.stored == 1
        hits = store.search(pressespejl.SearchQuery(text="samarbejde"))
        assert hits.total == 1
