"""Data flows one way, ingest -> nlp -> store/search -> cli: no stage imports a later one,
and the store does not import the nlp stage (office evidence is ``Analysis.offices``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pressespejl"

FORBIDDEN = {
    "ingest": ("pressespejl.nlp", "pressespejl.store", "pressespejl.cli", "pressespejl.jobs"),
    "nlp": ("pressespejl.store", "pressespejl.cli", "pressespejl.jobs"),
    "store": ("pressespejl.nlp", "pressespejl.cli", "pressespejl.jobs"),
    "search": ("pressespejl.nlp", "pressespejl.store", "pressespejl.cli", "pressespejl.jobs"),
}


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
    return found


@pytest.mark.parametrize("stage", sorted(FORBIDDEN))
def test_layers_stage_does_not_import_later_stages(stage: str) -> None:
    files = sorted((PACKAGE / stage).rglob("*.py"))
    assert files
    wrong = {f"{path.relative_to(PACKAGE)} imports {module}"
             for path in files for module in imported_modules(path)
             if module.startswith(FORBIDDEN[stage])}
    assert not wrong, sorted(wrong)
