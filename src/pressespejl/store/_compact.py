"""Compact, lossless encodings of the large article columns of the SQLite archive.

Where the bytes of an embedded archive went (100,000 generated articles, bench/README.md
"Storage per article"): the article text, its lemmas (one per token, as JSON: about as
long as the text itself), its sentence offsets and its 1 KB MinHash signature were more
than half of the article rows. None of them is searched in SQL (the tantivy indexes hold
the search terms), so they are stored compressed:

- ``text``, ``lemmas`` (JSON) and ``sentences`` (JSON): zlib, as a BLOB. A TEXT value is
  an uncompressed row written before schema 9 and is read as it is, so no migration has
  to rewrite an archive.
- ``signature``: its 128 MinHash values are 32-bit numbers stored in 64-bit slots
  (``ingest/near_duplicates.py``, scheme affine32), of which the near-duplicate index
  compares the low 16 bits (``near_duplicates.COMPARED_BITS``); stored as those 16 bits,
  260 instead of 1,028 bytes, under format byte 3, and widened again when read. Format 2
  (all 32 bits, 516 bytes; schema 10 and 11) is read as it is and rewritten by
  ``compact``. On the 20,000 bench articles the groups at 16 bits are those at 64
  (``python -m bench.minhash_bits``).
- ``sentences`` (schema 11): the gap before each sentence and its length, one flat list
  (``[gap, length, gap, length, ...]``) instead of ``[[start, end], ...]``: small numbers
  that compress to half. A list of pairs is a row from before and is read as it is.
- ``entities`` and ``time_expressions`` (schema 11): an article's entity mentions and
  time expressions, one compressed JSON list each in the article row instead of a table
  row per mention (28 and 7 per article on the bench corpus: 2.5 KB of rows, primary
  keys and copied text). A mention's text is a span of the article text, so it is left
  out when it is exactly that span and cut from the text when read (``entity_rows``).
  Nothing searches these in SQL: the tantivy indexes hold the search keys, and the
  article page reads them with the article.

PostgreSQL compresses large values itself (TOAST), so its store keeps plain columns.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterable
from datetime import date
from typing import Any

from pressespejl.types import Entity, TimeExpression

LEVEL = 6  # zlib's default: level 9 gained under 1 % on Danish news text here

_SIG_HEADER = struct.Struct("<BBH")  # version, scheme, num_perm (near_duplicates.py)
_WIDE, _NARROW, _COMPARED = 1, 2, 3
STORED_BITS = 16
"""Bits kept of each MinHash value: ``near_duplicates.COMPARED_BITS`` (not imported, so
opening an archive does not import the ingest package; a test checks they agree)."""
_MASK = (1 << STORED_BITS) - 1


def pack_text(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack_text(value: Any) -> str:
    """A stored text: compressed (BLOB) or, from an older row, plain."""
    if isinstance(value, bytes | memoryview):
        return zlib.decompress(value).decode("utf-8")
    return str(value)


def pack_json(value: Any) -> bytes:
    return pack_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def unpack_json(value: Any) -> Any:
    return json.loads(unpack_text(value))


def pack_sentences(spans: Iterable[tuple[int, int]]) -> bytes:
    """Sentence offsets as ``[gap, length, ...]``, compressed."""
    flat: list[int] = []
    previous = 0
    for start, end in spans:
        flat += [start - previous, end - start]
        previous = end
    return pack_json(flat)


def unpack_sentences(value: Any) -> list[tuple[int, int]]:
    """(start, end) of each sentence, from either stored form."""
    found = unpack_json(value)
    if not found or isinstance(found[0], list):  # [[start, end], ...]: a row from before
        return [(int(s), int(e)) for s, e in found]
    spans = []
    end = 0
    for gap, length in zip(found[::2], found[1::2], strict=True):
        start = end + gap
        end = start + length
        spans.append((start, end))
    return spans


_SAME = 0
"""In a stored entity, ``canonical`` 0: the same as the mention's text."""


def _trimmed(row: list[Any], keep: int) -> list[Any]:
    """``row`` without the trailing Nones after its first ``keep`` items."""
    while len(row) > keep and row[-1] is None:
        row.pop()
    return row


def pack_entities(entities: Iterable[Entity], text: str) -> bytes:
    """``[start, end, label, text, canonical, form]`` per mention: ``text`` None when it
    is ``text[start:end]``, ``canonical`` 0 when it is the mention's text; trailing
    Nones left out. An article without any: the empty BLOB."""
    rows = [_trimmed([e.start, e.end, e.label,
                      None if text[e.start:e.end] == e.text else e.text,
                      _SAME if e.canonical == e.text else e.canonical, e.form], 3)
            for e in entities]
    return pack_json(rows) if rows else b""


def unpack_entities(value: Any, text: str) -> tuple[Entity, ...]:
    """The stored mentions (compact or the plain JSON of the schema 11 migration, whose
    rows spell out the text and canonical name)."""
    out = []
    for row in _rows(value):
        start, end, label, mention, canonical, form = row + [None] * (6 - len(row))
        mention = text[start:end] if mention is None else mention
        if type(canonical) is int and canonical == _SAME:
            canonical = mention
        out.append(Entity(text=mention, label=label, start=start, end=end,
                          canonical=canonical, form=form))
    return tuple(out)


def pack_times(times: Iterable[TimeExpression], text: str) -> bytes:
    """``[start, end, granularity, earliest, latest, text]`` per expression (days as ISO
    text, None when open), ``text`` left out when it is ``text[start:end]``."""
    rows = [_trimmed([t.start, t.end, t.granularity,
                      t.earliest.isoformat() if t.earliest else None,
                      t.latest.isoformat() if t.latest else None,
                      None if text[t.start:t.end] == t.text else t.text], 5)
            for t in times]
    return pack_json(rows) if rows else b""


def unpack_times(value: Any, text: str) -> tuple[TimeExpression, ...]:
    out = []
    for row in _rows(value):
        start, end, granularity, earliest, latest, said = row + [None] * (6 - len(row))
        out.append(TimeExpression(
            text=text[start:end] if said is None else said, start=start, end=end,
            earliest=date.fromisoformat(earliest) if earliest else None,
            latest=date.fromisoformat(latest) if latest else None, granularity=granularity))
    return tuple(out)


def _rows(value: Any) -> list[list[Any]]:
    if value is None or (isinstance(value, bytes | memoryview) and not len(value)):
        return []
    return [list(row) for row in unpack_json(value)]


def pack_signature(signature: bytes) -> bytes:
    """A ``near_duplicates.signature`` (format 1) or a stored 32-bit one (format 2) as
    the 16 bits of each value that near-duplicate detection compares (format 3); a
    signature of another shape is kept unchanged."""
    version, scheme, count = _SIG_HEADER.unpack_from(signature)
    width = {_WIDE: ("Q", 8), _NARROW: ("I", 4)}.get(version)
    if width is None or len(signature) != _SIG_HEADER.size + width[1] * count:
        return bytes(signature)
    values = struct.unpack_from(f"<{count}{width[0]}", signature, _SIG_HEADER.size)
    return _SIG_HEADER.pack(_COMPARED, scheme, count) + struct.pack(
        f"<{count}H", *(v & _MASK for v in values))


def unpack_signature(stored: bytes) -> bytes:
    """The signature as ``near_duplicates`` reads it (format 1)."""
    stored = bytes(stored)
    version, scheme, count = _SIG_HEADER.unpack_from(stored)
    code = {_NARROW: "I", _COMPARED: "H"}.get(version)
    if code is None:
        return stored
    values = struct.unpack_from(f"<{count}{code}", stored, _SIG_HEADER.size)
    return _SIG_HEADER.pack(_WIDE, scheme, count) + struct.pack(f"<{count}Q", *values)
