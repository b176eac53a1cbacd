"""The ``Doc._`` extensions Pressespejl's components read and write.

Set before the pipeline runs (by ``analyze``): ``published``, ``precision``.
Written by components: plain ``pressespejl.types`` records, so ``to_types`` only has
to collect them. A spaCy ``Doc`` never leaves ``nlp/``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_EXTENSIONS: dict[str, object] = {
    "published": None,  # datetime.date: first day the article date can mean
    "precision": "day",  # "day" or "month"
    "people": None,  # list[Person], written by the roles/people component
    "quotes": None,  # list[Quote], written by the quotes component
    "time_expressions": None,  # list[TimeExpression]
    "definitions": None,  # list[Definition]
}


def register_extensions() -> None:
    """Register the extensions once; safe to call many times."""
    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
