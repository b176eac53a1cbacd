"""Turn an analysed ``Doc`` into plain ``pressespejl.types`` records.

This is the one place a spaCy ``Doc`` becomes an ``Analysis``; nothing from spaCy
leaves ``nlp/``. Components already write plain records (``doc._.quotes``,
``doc._.people``, ``doc._.time_expressions``, ``doc._.definitions``); entities come
from ``doc.ents`` with their canonical name in ``Span.kb_id_``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pressespejl.types import Analysis, Entity, Person, Sentence


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence offsets without the whitespace a sentence may end with."""
    text = doc.text
    out = []
    for s in doc.sents:
        start, end = s.start_char, s.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return tuple(out)


def entities_of(doc: Doc) -> tuple[Entity, ...]:
    return tuple(
        Entity(e.text, e.label_, e.start_char, e.end_char, e.kb_id_ or e.text) for e in doc.ents
    )


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def people_of(doc: Doc) -> tuple[Person, ...]:
    """People with a full name; a lone surname nobody introduced is not listed."""
    return tuple(p for p in doc._.people or () if " " in p.name)


def doc_to_analysis(doc: Doc, article_id: str, pipeline: str) -> Analysis:
    """Collect everything the components wrote into one ``Analysis``."""
    entities = entities_of(doc)
    return Analysis(
        article_id=article_id,
        pipeline=pipeline,
        sentences=sentences_of(doc) if doc.has_annotation("SENT_START") else (),
        quotes=tuple(doc._.quotes or ()),
        people=people_of(doc),
        organisations=_unique([e.canonical or e.text for e in entities if e.label == "ORG"]),
        places=_unique([e.canonical or e.text for e in entities if e.label == "LOC"]),
        entities=entities,
        time_expressions=tuple(doc._.time_expressions or ()),
        definitions=tuple(doc._.definitions or ()),
        lemmas=tuple(t.lemma_ for t in doc if not t.is_space),
    )
