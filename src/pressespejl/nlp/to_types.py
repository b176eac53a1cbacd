"""Turn an analysed ``Doc`` into plain ``pressespejl.types`` records.

This is the one place a spaCy ``Doc`` becomes an ``Analysis``; nothing from spaCy
leaves ``nlp/``. Components already write plain records (``doc._.quotes``,
``doc._.people``, ``doc._.time_expressions``, ``doc._.definitions``); entities come
from ``doc.ents`` with their canonical name in ``Span.kb_id_`` (the form, "genitive",
"surname" or "adjective", is read off the two), and from the roles component's titles
that name a person (``doc._.pp_title_mentions``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, LEMMA
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import genitives, text_of
from pressespejl.nlp.components.entities import entity_tuples
from pressespejl.types import Analysis, Entity, Person, Sentence


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """Sentence offsets without the whitespace a sentence may end with."""
    if doc.has_extension("pp_sentences") and doc._.pp_sentences is not None:
        return tuple(Sentence(a, b) for a, b in doc._.pp_sentences)
    if not doc.has_annotation("SENT_START"):
        return ()
    text = text_of(doc)
    out = []
    for s in doc.sents:
        start, end = s.start_char, s.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return tuple(out)


def entities_of(doc: Doc) -> tuple[Entity, ...]:
    """``doc.ents`` with canonical names and forms, plus the titles that name a person
    (``doc._.pp_title_mentions``, form "title"), in text order."""
    text = text_of(doc)
    out = []
    for start, end, label, canonical in entity_tuples(doc):
        written = text[start:end]
        out.append(Entity(written, label, start, end, canonical,
                          form_of(written, label, canonical)))
    titles = doc._.pp_title_mentions if doc.has_extension("pp_title_mentions") else None
    if titles:
        out.extend(Entity(text[a:b], "PER", a, b, name, "title") for a, b, name in titles)
        out.sort(key=lambda e: (e.start, -e.end))
    return tuple(out)


def form_of(text: str, label: str, canonical: str) -> str | None:
    """How a mention names its canonical: "genitive", "surname", "adjective" or None."""
    if text == canonical:
        return None
    if label == "MISC":
        return "adjective"
    if text in genitives(canonical):
        return "genitive"
    if label == "PER" and " " in canonical:
        surname = canonical.split()[-1]
        if text == surname:
            return "surname"
        if text in genitives(surname):
            return "genitive"
    return None


def lemmas_of(doc: Doc) -> tuple[str, ...]:
    """Token lemmas (spaces left out), read as arrays: no Python object per token hash.

    The lemma hashes are 64-bit; turning each into a Python int (``tolist``) allocated
    a large int per token and cost more than the rest of this module. Only the distinct
    hashes become Python ints; tokens are mapped through small indices.
    """
    if not len(doc):
        return ()
    rows = doc.to_array([LEMMA, IS_SPACE])
    lemmas = rows[rows[:, 1] == 0, 0]
    distinct, index = numpy.unique(lemmas, return_inverse=True)
    strings = doc.vocab.strings
    known = _LEMMA_STRINGS
    words = []
    for lemma in distinct.tolist():
        word = known.get(lemma)
        if word is None:
            word = known[lemma] = strings[lemma]
        words.append(word)
    return tuple(map(words.__getitem__, index.tolist()))


# Lemma hash -> string; lemmas repeat across articles, and the StringStore lookup per
# token was the slowest step of turning a Doc into an Analysis.
_LEMMA_STRINGS: dict[int, str] = {}


def _unique(names: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def people_of(doc: Doc) -> tuple[Person, ...]:
    """Every person the article names, also by one name only ("Putin", "Hillary")."""
    return tuple(doc._.people or ())


def doc_to_analysis(doc: Doc, article_id: str, pipeline: str) -> Analysis:
    """Collect everything the components wrote into one ``Analysis``."""
    entities = entities_of(doc)
    return Analysis(
        article_id=article_id,
        pipeline=pipeline,
        sentences=sentences_of(doc),
        quotes=tuple(doc._.quotes or ()),
        people=people_of(doc),
        organisations=_unique([e.canonical or e.text for e in entities if e.label == "ORG"]),
        places=_unique([e.canonical or e.text for e in entities if e.label == "LOC"]),
        entities=entities,
        time_expressions=tuple(doc._.time_expressions or ()),
        definitions=tuple(doc._.definitions or ()),
        lemmas=lemmas_of(doc),
    )
