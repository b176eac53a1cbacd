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

- A **preset dictionary** per archive and column (schema 13): zlib can start a stream
  from a dictionary of text it has "seen already", so a short text (an article of 230
  words) finds its common words and phrases there instead of spelling them out once each.
  ``SQLiteStore.compact`` makes one per compressed column from a spread sample of the
  archive's own rows and rewrites every row with it; new rows are written with it. The
  zlib header of a stream made with a dictionary says so (its FDICT flag) and names the
  dictionary by its Adler-32 checksum, so every BLOB says which dictionary it needs, and
  rows written before (or by a Dask worker that had none) stay readable as they are.
  Measured on the 20,000 bench articles: text 1,570 -> 1,070 B, entities 277 -> 216,
  time expressions 126 -> 89 (bench/README.md, "Storage per article").

PostgreSQL compresses large values itself (TOAST), so its store keeps plain columns.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterable
from datetime import date
from typing import Any

from pressespejl.errors import StoreError
from pressespejl.types import Entity, TimeExpression

LEVEL = 6  # zlib's default: level 9 gained under 1 % on Danish news text here

_SIG_HEADER = struct.Struct("<BBH")  # version, scheme, num_perm (near_duplicates.py)
_WIDE, _NARROW, _COMPARED = 1, 2, 3
STORED_BITS = 16
"""Bits kept of each MinHash value: ``near_duplicates.COMPARED_BITS`` (not imported, so
opening an archive does not import the ingest package; a test checks they agree)."""
_MASK = (1 << STORED_BITS) - 1


DICTIONARY_COLUMNS = {"text": 32_768, "entities": 8_192, "time_expressions": 8_192,
                      "sentences": 4_096}
"""The article columns compressed with a preset dictionary, and its size (zlib looks back
32 KB at most). Measured on the bench archive: text -32 %, entities -22 %, time
expressions -29 %, sentences -13 %; lemmas got longer, so they have none."""

_FDICT = 0x20  # in a zlib stream's second header byte: a preset dictionary follows

_dictionaries: dict[int, bytes] = {}
"""Every dictionary an open archive holds, by Adler-32 (the id a stream's header
names). Per process, as ``unpack_text`` is: reading a BLOB needs no store."""


def dictionary_id(dictionary: bytes) -> int:
    """The id a zlib stream made with ``dictionary`` names it by (its Adler-32)."""
    return zlib.adler32(dictionary)


def register_dictionary(dictionary: bytes) -> int:
    """Make BLOBs compressed with ``dictionary`` readable in this process; its id.

    Raises:
        StoreError: another dictionary with the same Adler-32 is registered (two
            archives opened in one process whose dictionaries collide: about one chance
            in four billion).
    """
    key = dictionary_id(dictionary)
    if _dictionaries.setdefault(key, dictionary) != dictionary:
        raise StoreError(f"Two compression dictionaries share the id {key:08x}; open "
                         "these archives in separate processes.")
    return key


def train_dictionary(samples: Iterable[bytes], size: int) -> bytes:
    """A preset dictionary of at most ``size`` bytes from sample values of a column.

    zlib finds a match in the dictionary as it finds one earlier in the stream, and the
    nearer the end, the cheaper: the samples (a spread of the archive's rows) are joined
    and the last ``size`` bytes kept."""
    joined = b"".join(samples)
    return joined[-size:]


class Packer:
    """Compresses with one preset dictionary (or none). zlib reads a dictionary into
    its hash tables at each use (0.8 ms for 32 KB); a compressor primed with it once is
    copied for each value instead."""

    def __init__(self, dictionary: bytes | None = None) -> None:
        self.id = None if dictionary is None else register_dictionary(dictionary)
        self._primed = None if dictionary is None else zlib.compressobj(LEVEL, zdict=dictionary)

    def pack(self, data: bytes) -> bytes:
        if self._primed is None:
            return zlib.compress(data, LEVEL)
        stream = self._primed.copy()
        return stream.compress(data) + stream.flush()

    def packed_with(self, value: Any) -> bool:
        """Whether a stored value is compressed with this packer's dictionary (a plain
        or empty value needs no rewrite when there is none)."""
        if not isinstance(value, bytes | memoryview) or not len(value):
            return not isinstance(value, str)
        return stream_dictionary(bytes(value)) == self.id


PLAIN = Packer()
"""No dictionary: what a Dask worker and an archive without dictionaries write."""


def stream_dictionary(data: bytes) -> int | None:
    """The id of the dictionary a zlib stream was made with, or None."""
    if len(data) >= 6 and data[1] & _FDICT:
        return int.from_bytes(data[2:6], "big")
    return None


def _inflate(data: bytes) -> bytes:
    key = stream_dictionary(data)
    if key is None:
        return zlib.decompress(data)
    dictionary = _dictionaries.get(key)
    if dictionary is None:
        raise StoreError(f"A stored value needs the compression dictionary {key:08x}, "
                         "which no open archive holds (open the archive with the store, "
                         "or register its dictionaries: store.sqlite.read_dictionaries).")
    stream = zlib.decompressobj(zdict=dictionary)
    return stream.decompress(data) + stream.flush()


def repack(value: Any, packer: Packer) -> Any:
    """A stored value compressed again with ``packer``'s dictionary (as it is if it
    has it already, or is empty: an article without entities)."""
    if not isinstance(value, bytes | memoryview) or not len(value) or packer.packed_with(value):
        return value
    return packer.pack(_inflate(bytes(value)))


def pack_text(text: str, packer: Packer = PLAIN) -> bytes:
    return packer.pack(text.encode("utf-8"))


def unpack_text(value: Any) -> str:
    """A stored text: compressed (BLOB, with or without a dictionary) or, from an older
    row, plain."""
    if isinstance(value, bytes | memoryview):
        return _inflate(bytes(value)).decode("utf-8")
    return str(value)


def pack_json(value: Any, packer: Packer = PLAIN) -> bytes:
    return pack_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), packer)


def unpack_json(value: Any) -> Any:
    return json.loads(unpack_text(value))


def sentence_gaps(spans: Iterable[tuple[int, int]]) -> list[int]:
    """Sentence offsets as ``[gap, length, ...]`` (the stored list, before compression)."""
    flat: list[int] = []
    previous = 0
    for start, end in spans:
        flat += [start - previous, end - start]
        previous = end
    return flat


def pack_sentences(spans: Iterable[tuple[int, int]], packer: Packer = PLAIN) -> bytes:
    """Sentence offsets as ``[gap, length, ...]``, compressed."""
    return pack_json(sentence_gaps(spans), packer)


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


def entity_rows(entities: Iterable[Entity], text: str) -> list[list[Any]]:
    """The stored list of ``pack_entities``, before compression."""
    return [_trimmed([e.start, e.end, e.label,
                      None if text[e.start:e.end] == e.text else e.text,
                      _SAME if e.canonical == e.text else e.canonical, e.form], 3)
            for e in entities]


def pack_entities(entities: Iterable[Entity], text: str, packer: Packer = PLAIN) -> bytes:
    """``[start, end, label, text, canonical, form]`` per mention: ``text`` None when it
    is ``text[start:end]``, ``canonical`` 0 when it is the mention's text; trailing
    Nones left out. An article without any: the empty BLOB."""
    rows = entity_rows(entities, text)
    return pack_json(rows, packer) if rows else b""


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


def time_rows(times: Iterable[TimeExpression], text: str) -> list[list[Any]]:
    """The stored list of ``pack_times``, before compression."""
    return [_trimmed([t.start, t.end, t.granularity,
                      t.earliest.isoformat() if t.earliest else None,
                      t.latest.isoformat() if t.latest else None,
                      None if text[t.start:t.end] == t.text else t.text], 5)
            for t in times]


def pack_times(times: Iterable[TimeExpression], text: str, packer: Packer = PLAIN) -> bytes:
    """``[start, end, granularity, earliest, latest, text]`` per expression (days as ISO
    text, None when open), ``text`` left out when it is ``text[start:end]``."""
    rows = time_rows(times, text)
    return pack_json(rows, packer) if rows else b""


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
