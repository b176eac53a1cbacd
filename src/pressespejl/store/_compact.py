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
  (``ingest/near_duplicates.py``, scheme affine32); stored as 32-bit, 516 instead of
  1,028 bytes, under format byte 2, and widened again when read.

PostgreSQL compresses large values itself (TOAST), so its store keeps plain columns.
"""

from __future__ import annotations

import json
import struct
import zlib
from typing import Any

LEVEL = 6  # zlib's default: level 9 gained under 1 % on Danish news text here

_SIG_HEADER = struct.Struct("<BBH")  # version, scheme, num_perm (near_duplicates.py)
_WIDE, _NARROW = 1, 2


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


def pack_signature(signature: bytes) -> bytes:
    """A ``near_duplicates.signature`` in half the bytes when its values fit 32 bits
    (always, for the affine32 scheme); else unchanged."""
    version, scheme, count = _SIG_HEADER.unpack_from(signature)
    if version != _WIDE or len(signature) != _SIG_HEADER.size + 8 * count:
        return signature
    values = struct.unpack_from(f"<{count}Q", signature, _SIG_HEADER.size)
    if max(values, default=0) >= 1 << 32:
        return signature
    return _SIG_HEADER.pack(_NARROW, scheme, count) + struct.pack(f"<{count}I", *values)


def unpack_signature(stored: bytes) -> bytes:
    """The signature as ``near_duplicates`` reads it (format 1)."""
    stored = bytes(stored)
    version, scheme, count = _SIG_HEADER.unpack_from(stored)
    if version != _NARROW:
        return stored
    values = struct.unpack_from(f"<{count}I", stored, _SIG_HEADER.size)
    return _SIG_HEADER.pack(_WIDE, scheme, count) + struct.pack(f"<{count}Q", *values)
