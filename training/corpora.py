"""Readers for the NER corpora in the shared data folder, all mapped to UNER's PER/ORG/LOC.

Each reader yields ``Sentence`` records (convert.py) with IOB2 tags over PER, ORG and LOC
only, so every corpus trains the same three labels the Danish UNER data has:

    uner     UNER_Danish-DDT ``.iob2``: column 3 as it is (convert.read_iob2).
    norne    NorNE Bokmål ``.conll`` (NDT, 10 columns, ``name=<tag>`` in column 10):
             PER, ORG, LOC as they are, GPE_LOC -> LOC, GPE_ORG -> ORG or LOC (a country
             acting as a state: ``gpe_org``), PROD/EVT/DRV/MISC -> O. DRV ("Oslo-mannen")
             is DaN+'s ``-deriv``, which UNER maps to O.
    swedish  swedish-ner-corpus: ``token tag`` lines with IO tags (``0`` outside); a run of
             one tag is one entity, MISC -> O.
    danplus  DaN+ web (Arto forum, Twitter) ``.tsv``: the outer column, mapped as UNER did
             (PER/PERpart -> PER, ORG/ORGpart -> ORG, LOC/LOCpart -> LOC, ``-deriv`` and
             MISC -> O).

The non-UNER corpora carry no sentence text, so ``detokenize`` rebuilds one the way
Danish and Norwegian are written ("Oslo , 3. mai ." -> "Oslo, 3. mai."); spaCy's corpus
reader then re-tokenizes it with the Danish tokenizer and aligns the gold tokens, as it
does for UNER. Headline markers (NorNE's sentence-final ``|``) and soft hyphens (the
Swedish corpus writes U+00AD inside words) are dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from convert import Sentence, read_iob2, repair_iob2

LABELS = ("PER", "ORG", "LOC")

_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%»”'…")
_NO_SPACE_AFTER = frozenset("([{«“")
_SOFT_HYPHEN = "\u00ad"


def detokenize(words: list[str]) -> str:
    """Join tokens as running text: no space before closing punctuation or after opening
    brackets and quotes. Straight double quotes alternate between opening and closing."""
    out: list[str] = []
    quote_open = False
    glue_next = False
    for word in words:
        space = bool(out) and not glue_next and word[:1] not in _NO_SPACE_BEFORE
        if word == '"':
            space = bool(out) and not quote_open and not glue_next
            glue_next = not quote_open
            quote_open = not quote_open
        else:
            glue_next = word in _NO_SPACE_AFTER
        out.append((" " if space else "") + word)
    return "".join(out)


def _sentence(sent_id: str, words: list[str], tags: list[str]) -> Sentence:
    return Sentence(sent_id, detokenize(words), words, repair_iob2(tags))


def map_tag(tag: str, mapping: dict[str, str]) -> str:
    """Map an IOB2 tag's type through ``mapping``; types not in it become O."""
    if tag in ("O", "0", "_"):
        return "O"
    prefix, _, kind = tag.partition("-")
    if not kind:  # IO tags: "PER"
        return mapping.get(prefix, "O")
    mapped = mapping.get(kind)
    return f"{prefix}-{mapped}" if mapped else "O"


def norne_mapping(gpe_org: str = "ORG") -> dict[str, str]:
    """NorNE type -> UNER type (module doc); ``gpe_org`` says what a GPE_ORG becomes."""
    return {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE_LOC": "LOC", "GPE_ORG": gpe_org}


def read_norne(paths: Iterable[Path], gpe_org: str = "ORG") -> Iterator[Sentence]:
    """Yield the sentences of NorNE NDT ``.conll`` files with UNER tags."""
    mapping = norne_mapping(gpe_org)
    for path in sorted(paths):
        words: list[str] = []
        tags: list[str] = []
        n = 0
        for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                if words:
                    n += 1
                    yield _sentence(f"{path.stem}-{n}", words, tags)
                words, tags = [], []
                continue
            cols = raw.split("\t")
            if len(cols) != 10 or not cols[9].startswith("name="):
                raise ValueError(f"{path}:{line_no}: expected 10 columns ending in name=TAG")
            if cols[1] == "|" and "<overskrift>" in cols[5]:
                continue  # headline marker, not text
            words.append(cols[1])
            tags.append(map_tag(cols[9].removeprefix("name="), mapping))
        if words:
            yield _sentence(f"{path.stem}-{n + 1}", words, tags)


def io_to_iob2(tags: list[str]) -> list[str]:
    """IO tags ("PER PER O LOC") -> IOB2; a run of one type is one entity."""
    out = []
    previous = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            out.append(("I-" if previous == tag else "B-") + tag)
        previous = tag
    return out


def read_swedish(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a swedish-ner-corpus file with UNER tags (MISC -> O)."""
    mapping = {label: label for label in LABELS}
    words: list[str] = []
    tags: list[str] = []
    n = 0
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        cols = raw.split()
        if not cols:
            if words:
                n += 1
                yield _sentence(f"{path.stem}-{n}", words, io_to_iob2(tags))
            words, tags = [], []
            continue
        if len(cols) != 2:
            continue  # one broken line upstream ("bn" with no tag)
        word = cols[0].replace(_SOFT_HYPHEN, "")
        if word:
            words.append(word)
            tags.append(map_tag(cols[1], mapping))


DANPLUS_MAPPING = {
    "PER": "PER", "PERpart": "PER", "ORG": "ORG", "ORGpart": "ORG",
    "LOC": "LOC", "LOCpart": "LOC",
}


def read_danplus(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a DaN+ ``.tsv`` file (token, outer, inner) with UNER tags."""
    words: list[str] = []
    tags: list[str] = []
    n = 0
    for line_no, raw in enumerate([*path.read_text(encoding="utf-8").splitlines(), ""], 1):
        if not raw.strip():
            if words:
                n += 1
                yield _sentence(f"{path.stem}-{n}", words, tags)
            words, tags = [], []
            continue
        cols = raw.split("\t")
        if len(cols) < 2:
            raise ValueError(f"{path}:{line_no}: expected token and tag separated by a tab")
        words.append(cols[0])
        tags.append(map_tag(cols[1], DANPLUS_MAPPING))


def read_corpus(kind: str, paths: list[Path], **options: str) -> Iterator[Sentence]:
    """Sentences of one corpus kind (``uner``, ``norne``, ``swedish``, ``danplus``)."""
    if kind == "uner":
        for path in paths:
            yield from read_iob2(path)
    elif kind == "norne":
        yield from read_norne(paths, options.get("gpe_org", "ORG"))
    elif kind == "swedish":
        for path in paths:
            yield from read_swedish(path)
    elif kind == "danplus":
        for path in paths:
            yield from read_danplus(path)
    else:
        raise ValueError(f"unknown corpus kind {kind!r}: use uner, norne, swedish or danplus")
