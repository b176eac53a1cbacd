"""Group wire copies: the same Ritzau text republished by many outlets.

Each text becomes a MinHash signature over 5-word shingles of its normalised words, and
a ``MinHashLSH`` index finds earlier texts whose estimated Jaccard similarity is at
least the threshold (0.8). A copy with another headline, another outlet or a few edited
words shares nearly all its shingles; a different article on the same topic shares few.

Notes:
    MinHash and LSH: Broder (1997), "On the resemblance and containment of documents";
    Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3. The values are
    datasketch's: ``signature`` computes those of its ``MinHash`` (scheme ``affine32``)
    and ``NearDuplicateIndex`` finds what its ``MinHashLSH`` finds (the same bands, the
    same Jaccard estimate; both tested equal), with numpy alone: importing datasketch
    (and the scipy it imports) cost every ingesting process about 0.5 s of CPU.

Signatures can be stored (``signature(text) -> bytes``) and the index rebuilt from them
(``NearDuplicateIndex.from_signatures``) without the texts. The byte format is::

    version (1 byte = 1) | scheme (1 byte) | num_perm (uint16 LE) | num_perm x uint64 LE

The index compares only the low ``COMPARED_BITS`` (16) of each value: b-bit minwise
hashing (Li & König, 2010, "b-Bit Minwise Hashing"). Two different minima then agree by
chance once in 65,536, which moves a Jaccard estimate of 128 values by far less than one
value in 128 (the estimate's own steps); in exchange a store may keep 2 bytes per value
instead of 8 (the SQLite archive does, ``store/_compact.py``), and a signature read back
from such a store compares exactly as the full one it came from. ``python -m
bench.minhash_bits ARCHIVE`` compares the groups at 64, 16 and 8 bits.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
from collections.abc import Iterable
from typing import Any

from pressespejl.errors import InputError
from pressespejl.ingest._text import fingerprint_text

NUM_PERM = 128
SHINGLE_SIZE = 5
THRESHOLD = 0.8
SEED = 1  # fixed, so signatures stay comparable across runs and machines

_FORMAT_VERSION = 1
_SCHEMES = {"affine32": 1}  # datasketch >= 2.0 hashing scheme, written into signatures
_SCHEME = "affine32"
_HEADER = struct.Struct("<BBH")
COMPARED_BITS = 16
"""Bits of each MinHash value the index compares (see the module docs)."""
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_SIZE) -> set[bytes]:
    """The set of ``size``-word shingles of the text (lower-cased, punctuation ignored).

    A text shorter than ``size`` words is one shingle, so short texts still compare.
    """
    words = _WORD.findall(fingerprint_text(text).casefold())
    if len(words) <= size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)
"""MurmurHash3's 32-bit finalizer, which datasketch's ``affine32`` scheme mixes each
shingle's hash with before its permutations."""


@functools.cache
def _permutations(num_perm: int) -> Any:
    """The ``(a, b)`` of the ``affine32`` permutations of ``SEED``, as datasketch's
    ``MinHash(seed=SEED, scheme="affine32")`` draws them (tested equal): drawn once, not
    for every signature."""
    import numpy as np

    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature(text: str, num_perm: int = NUM_PERM, shingle_size: int = SHINGLE_SIZE) -> bytes:
    """The MinHash signature of a text, as bytes a store can keep.

    The values are those of datasketch's ``MinHash(num_perm, seed=SEED,
    scheme="affine32").update_batch(shingles)`` (tested equal), computed here with numpy
    alone: the SHA-1 of each shingle in one pass, then every permutation at once, and
    without importing datasketch (and the scipy it imports) in a worker that only makes
    signatures.
    """
    import numpy as np

    a, b = _permutations(num_perm)
    found = shingles(text, shingle_size)
    if found:
        sha1 = hashlib.sha1
        hashes = np.frombuffer(b"".join(sha1(s).digest()[:4] for s in found),
                               dtype="<u4").astype(np.uint32)
        s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX32)
        hashes ^= hashes >> s1
        hashes *= m1
        hashes ^= hashes >> s2
        hashes *= m2
        hashes ^= hashes >> s3
        values = (hashes[:, None] * a + b).min(axis=0)  # uint32 arithmetic wraps: mod 2^32
    else:
        values = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    return _HEADER.pack(_FORMAT_VERSION, _SCHEMES[_SCHEME], num_perm) + values.astype(
        "<u8").tobytes()


_BANDS = {(0.8, 128): (9, 13)}
"""(bands, values per band) for (threshold, num_perm): what datasketch's ``MinHashLSH``
picks with its default weights (``lsh._optimal_param(threshold, num_perm, 0.5, 0.5)``,
tested equal); other settings ask datasketch."""


def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    known = _BANDS.get((threshold, num_perm))
    if known is None:
        from datasketch.lsh import _optimal_param

        known = _optimal_param(threshold, num_perm, 0.5, 0.5)
    if known[0] < 2:
        raise ValueError("The number of bands are too small (b < 2)")
    return known


def _values(data: bytes, num_perm: int, bits: int = COMPARED_BITS) -> Any:
    """A stored signature's values (their low ``bits``) as a numpy array."""
    import numpy as np

    if len(data) < _HEADER.size:
        raise InputError("near-duplicate signature is too short to be one")
    version, scheme, count = _HEADER.unpack_from(data)
    if version != _FORMAT_VERSION or scheme != _SCHEMES[_SCHEME]:
        raise InputError(f"near-duplicate signature has format {version}/{scheme}, expected "
                         f"{_FORMAT_VERSION}/{_SCHEMES[_SCHEME]}: recompute it from the text")
    if count != num_perm or len(data) != _HEADER.size + 8 * count:
        raise InputError(f"near-duplicate signature has {count} permutations, the index "
                         f"uses {num_perm}: recompute it from the text")
    return np.frombuffer(data, dtype="<u8", count=count, offset=_HEADER.size) & np.uint64(
        (1 << bits) - 1)


class NearDuplicateIndex:
    """Finds near-duplicates among texts added one by one.

    Groups are single-link: a text joins the group of the earliest-added text it is a
    near-duplicate of, and a group's id is the id of its first member.

    Example::

        index = NearDuplicateIndex()
        index.add("a1", wire_text)            # -> None (first of its kind)
        index.add("b7", same_text_edited)     # -> "a1"
    """

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        shingle_size: int = SHINGLE_SIZE,
        bits: int = COMPARED_BITS,
    ) -> None:
        self.bits = bits
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_size = shingle_size
        bands, rows = _bands(threshold, num_perm)
        self._bands = [(i * rows, (i + 1) * rows) for i in range(bands)]
        # per band: the bytes of its values -> the ids with those values there
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in self._bands]
        self._minhashes: dict[str, Any] = {}  # insertion order = first-seen order
        self._order: dict[str, int] = {}
        self._group: dict[str, str] = {}
        self._signatures: dict[str, bytes] = {}

    @classmethod
    def from_signatures(
        cls, items: Iterable[tuple[str, bytes]], **options: Any
    ) -> NearDuplicateIndex:
        """Rebuild an index from ``(article_id, signature)`` pairs in the order first seen.

        Raises:
            InputError: a signature of another format or size than the index uses.
        """
        index = cls(**options)
        for article_id, data in items:
            index.add_signature(article_id, data)
        return index

    def signature(self, text: str) -> bytes:
        """The signature of a text with this index's settings."""
        return signature(text, self.num_perm, self.shingle_size)

    def add(self, article_id: str, text: str) -> str | None:
        """Add a text; return the group id of a near-duplicate already seen, else ``None``."""
        return self.add_signature(article_id, self.signature(text))

    def add_signature(self, article_id: str, data: bytes) -> str | None:
        """``add`` for a stored signature. Adding an id again changes nothing."""
        if article_id in self._group:
            group = self._group[article_id]
            return None if group == article_id else group
        import numpy as np

        values = _values(data, self.num_perm, self.bits)
        keys = [values[a:b].tobytes() for a, b in self._bands]
        # LSH gives candidates (an id that shares all the values of a band); the Jaccard
        # estimate keeps only true near-duplicates.
        candidates = {other for key, bucket in zip(keys, self._buckets, strict=True)
                      for other in bucket.get(key, ())}
        matches = [other for other in candidates
                   if np.count_nonzero(values == self._minhashes[other]) / len(values)
                   >= self.threshold]
        first = min(matches, key=self._order.__getitem__) if matches else None
        group = self._group[first] if first is not None else article_id
        for key, bucket in zip(keys, self._buckets, strict=True):
            bucket.setdefault(key, []).append(article_id)
        self._minhashes[article_id] = values
        self._order[article_id] = len(self._order)
        self._group[article_id] = group
        self._signatures[article_id] = data
        return None if first is None else group

    def group_of(self, article_id: str) -> str | None:
        """The group id of an added article (its own id if it was first), else ``None``."""
        return self._group.get(article_id)

    def groups(self) -> dict[str, list[str]]:
        """Every group with more than one member: group id -> member ids in added order."""
        members: dict[str, list[str]] = {}
        for article_id, group in self._group.items():
            members.setdefault(group, []).append(article_id)
        return {group: ids for group, ids in members.items() if len(ids) > 1}

    def signatures(self) -> Iterable[tuple[str, bytes]]:
        """``(article_id, signature)`` pairs in added order, for ``from_signatures``."""
        return list(self._signatures.items())

    def __len__(self) -> int:
        return len(self._group)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._group
