"""Wire copies republished by several outlets fall into one group."""

from __future__ import annotations

import hashlib

import pytest

from pressespejl.errors import InputError
from pressespejl.ingest import NearDuplicateIndex, signature
from pressespejl.ingest.near_duplicates import shingles

WIRE = (
    "Regeringen vil bruge 150 millioner kroner ekstra om året på at ansætte flere jordemødre "
    "på landets fødegange. Det oplyser sundhedsminister Karen Vestergaard tirsdag morgen.\n\n"
    "- Vi kan ikke være bekendt, at fødende kvinder oplever at blive sendt hjem, fordi der "
    "ikke er hænder nok, siger Karen Vestergaard.\n\n"
    "Jordemoderforeningen kalder udspillet et skridt i den rigtige retning, men mener ikke, "
    "at pengene rækker. Der mangler stadig omkring 300 jordemødre, vurderer foreningen.\n\n"
    "Pengene skal findes i forbindelse med finansloven for 2024, som regeringen præsenterer "
    "i august. Forhandlingerne med Danske Regioner begynder allerede i næste måned, og "
    "ministeren venter en aftale inden sommerferien."
)
# The same wire text as another outlet runs it: CRLF, one word changed, a paragraph
# re-wrapped, a trailing sentence cut.
REPRINT = (WIRE.replace("\n", "\r\n").replace("tirsdag morgen", "tirsdag")
           .replace(", og ministeren venter en aftale inden sommerferien.", "."))
SAME_TOPIC = (
    "Jordemødre på Hvidovre Hospital har i flere måneder advaret om travlhed på fødegangen. "
    "Nu vil regeringen bruge flere penge på området, men foreningen for jordemødre mener "
    "ikke, at det er nok. Fødende kvinder bliver sendt hjem for tidligt, siger en jordemoder "
    "til avisen. Sundhedsminister Karen Vestergaard vil ikke kommentere sagen yderligere, "
    "før finansloven for 2024 er forhandlet på plads med partierne i august."
)


def test_near_duplicates_reprint_is_grouped_with_the_first():
    index = NearDuplicateIndex()
    assert index.add("ritzau-1", WIRE) is None
    assert index.add("avis-7", REPRINT) == "ritzau-1"
    assert index.group_of("avis-7") == "ritzau-1"
    assert index.groups() == {"ritzau-1": ["ritzau-1", "avis-7"]}


def test_near_duplicates_same_topic_is_not_grouped():
    index = NearDuplicateIndex()
    index.add("ritzau-1", WIRE)
    assert index.add("reportage-2", SAME_TOPIC) is None
    assert index.group_of("reportage-2") == "reportage-2"
    assert index.groups() == {}


def test_near_duplicates_group_id_is_the_first_member():
    index = NearDuplicateIndex()
    index.add("a", WIRE)
    index.add("b", REPRINT)
    assert index.add("c", REPRINT + "\n\nTilføjet af redaktionen.") == "a"
    assert index.add("a", WIRE) is None  # adding again changes nothing
    assert len(index) == 3 and "b" in index


def test_near_duplicates_signatures_round_trip():
    index = NearDuplicateIndex()
    index.add("a", WIRE)
    index.add("x", SAME_TOPIC)
    index.add("b", REPRINT)
    restored = NearDuplicateIndex.from_signatures(index.signatures())
    assert restored.groups() == index.groups() == {"a": ["a", "b"]}
    assert restored.add("c", REPRINT) == "a"


def test_near_duplicates_signature_is_stable_bytes():
    first = signature(WIRE)
    assert first == signature(WIRE) == signature(WIRE.replace("\n", "\r\n"))
    assert len(first) == 4 + 128 * 8
    assert first != signature(SAME_TOPIC)
    # Stored signatures are compared with new ones for ever: the bytes may not drift
    # (a change of hashing, seed or permutations would split every wire group in two).
    assert hashlib.sha256(first).hexdigest() == (
        "722e60d5f84eea146ea60e1e132d0b531f9f0fba334ef5531aca4e787f1e525b")


@pytest.mark.parametrize("num_perm,size", [(128, 5), (64, 5), (128, 3), (16, 1)])
def test_signature_values_are_datasketch_minhash_values(num_perm, size):
    """``signature`` computes datasketch's affine32 MinHash itself (no datasketch import
    in a worker): the values must be the library's, for every kind of text."""
    import struct

    from datasketch import MinHash

    for text in (WIRE, REPRINT, SAME_TOPIC, "", "to ord", "Ærø og Åbenrå, Genève", "x " * 999):
        expected = MinHash(num_perm=num_perm, seed=1, scheme="affine32")
        expected.update_batch(shingles(text, size))
        got = signature(text, num_perm, size)
        assert struct.unpack_from(f"<{num_perm}Q", got, 4) == tuple(
            int(v) for v in expected.hashvalues), text[:20]


def test_near_duplicates_foreign_signature_is_rejected():
    with pytest.raises(InputError, match="permutations"):
        NearDuplicateIndex().add_signature("a", signature(WIRE, num_perm=64))
    with pytest.raises(InputError, match="format"):
        NearDuplicateIndex().add_signature("a", b"\x09" + signature(WIRE)[1:])


def test_shingles_of_short_text_is_one_shingle():
    assert shingles("Kort tekst.") == {b"kort tekst"}
    assert len(shingles("en to tre fire fem seks")) == 2


def _datasketch_groups(signatures: list[tuple[str, bytes]], bits: int) -> list[str | None]:
    """What ``add_signature`` returned for each when the index was datasketch's
    ``MinHashLSH`` of ``LeanMinHash``es (the reference the own index must equal)."""
    import struct

    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    kept: dict[str, LeanMinHash] = {}
    group: dict[str, str] = {}
    out: list[str | None] = []
    for key, data in signatures:
        values = [v & ((1 << bits) - 1) for v in struct.unpack_from("<128Q", data, 4)]
        minhash = LeanMinHash(seed=1, hashvalues=values, scheme="affine32")
        matches = [k for k in lsh.query(minhash) if minhash.jaccard(kept[k]) >= 0.8]
        first = min(matches, key=list(kept).index) if matches else None
        group[key] = group[first] if first is not None else key
        lsh.insert(key, minhash)
        kept[key] = minhash
        out.append(None if first is None else group[key])
    return out


@pytest.mark.parametrize("bits", [16, 64])
def test_the_index_finds_what_datasketch_lsh_finds(bits):
    """Signatures a few values apart (near the 0.8 threshold, some sharing a band and
    not enough values, some enough values and no band) are grouped as datasketch's
    ``MinHashLSH`` groups them."""
    import random
    import struct

    rng = random.Random(7)
    bases = [[rng.getrandbits(32) for _ in range(128)] for _ in range(6)]  # affine32
    signatures = []
    for n in range(300):
        values = list(rng.choice(bases))
        for at in rng.sample(range(128), rng.choice([0, 5, 20, 25, 26, 30, 60, 120])):
            values[at] = rng.getrandbits(32) if rng.random() < 0.5 else values[at] ^ 1 << 20
        signatures.append((f"a{n}", struct.pack("<BBH", 1, 1, 128)
                           + struct.pack("<128Q", *values)))
    index = NearDuplicateIndex(bits=bits)
    assert [index.add_signature(key, data) for key, data in signatures] == \
        _datasketch_groups(signatures, bits)


def test_the_index_does_not_import_datasketch():
    """datasketch imports scipy: about 0.5 s of CPU in every ingesting process, for what
    a few lines of numpy do."""
    import subprocess
    import sys

    code = ("import sys; from pressespejl.ingest.near_duplicates import "
            "NearDuplicateIndex, signature; i = NearDuplicateIndex(); "
            "i.add('a', 'Et kort stykke tekst om ingenting.'); "
            "print('datasketch' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_bands_are_datasketch_lsh_bands():
    from datasketch import MinHashLSH

    from pressespejl.ingest.near_duplicates import _BANDS

    for (threshold, num_perm), bands in _BANDS.items():
        lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        assert (lsh.b, lsh.r) == bands
