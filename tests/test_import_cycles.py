"""No module of the serving and command-line layers is part of an import cycle.

A cycle hidden behind an import inside a function (``api/errors`` imported
``api/guard``, which imported ``api/errors``) works only as long as nobody moves that
import to the top; it also means two modules that can only be understood together.
Imports inside functions count here, as ``test_layers`` counts them.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pressespejl"
CHECKED = ("pressespejl.api", "pressespejl.web", "pressespejl.cli", "pressespejl.settings")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports. ``from a import b`` is an import of
    ``a.b`` when that is a module; a module's own parent packages are left out (a
    package's ``__init__`` re-exporting its modules is no cycle of theirs)."""
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                subs = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                found.update(subs or {node.module})
        graph[name] = {m for m in found & files.keys()
                       if m != name and not name.startswith(m + ".")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_import_cycles_finder_sees_a_cycle_behind_a_function_import() -> None:
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert cycles(graph) == [["a", "b"]]


def test_import_cycles_none_in_api_web_cli() -> None:
    graph = import_graph()
    assert "pressespejl.api.errors" in graph["pressespejl.api.guard"]
    involved = [c for c in cycles(graph) if any(m.startswith(CHECKED) for m in c)]
    assert not involved, involved
