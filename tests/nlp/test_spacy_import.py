"""spaCy is imported without its CLI (nlp/_spacy_import.py), and its CLI still works
when something asks for it. Each case runs in a fresh interpreter: the test process has
imported spaCy already."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_spacy_import_building_the_pipeline_skips_spacy_cli() -> None:
    out = run("""
        import sys
        from pressespejl.nlp import load_pipeline
        nlp = load_pipeline()
        heavy = {"spacy.cli", "typer", "weasel", "rich", "requests"} & set(sys.modules)
        print(sorted(heavy), "ner" in nlp.pipe_names)
    """)
    assert out == "[] True"


def test_spacy_import_the_cli_is_whole_when_asked_for() -> None:
    out = run("""
        import pressespejl.nlp.pipeline
        import spacy
        print(spacy.info()["spacy_version"] == spacy.__version__)
        print(callable(spacy.cli.download))  # the attribute, without importing spacy.cli
        import spacy.cli
        from spacy.cli.train import train
        print(callable(spacy.cli.setup_cli), callable(train), callable(spacy.cli.info))
    """)
    assert out.splitlines() == ["True", "True", "True True True"]


def test_spacy_import_a_cli_submodule_first() -> None:
    """``import spacy.cli.train`` right after our package: spaCy's __init__ runs inside it
    and the real ``spacy.cli`` is loaded after."""
    out = run("""
        import pressespejl.nlp
        import spacy.cli.train
        import spacy.cli
        print(callable(spacy.cli.train.train), callable(spacy.cli.setup_cli))
    """)
    assert out == "True True"
