"""Convert Norwegian Dependency Treebank (NDT) ``.conll`` files into spaCy DocBins for a parser.

NDT (Bokmål, CC0 annotations) is the only dependency treebank we may train on: the Danish
UD data here is dev-only, kept for scoring. Bokmål and Danish are close in writing, so a
parser trained on NDT is an experiment in reading Danish clause structure (subject of a
speech verb, its ``at``-clause) — see "Parser from Norwegian NDT" in ``training/README.md``.

The files (as shipped in NorNE) hold one token a line, CoNLL-X style, tab-separated:
index, form, lemma, POS, POS, features, head, deprel, ``_``, ``name=...`` (NorNE's NER), and
a blank line between sentences; there is no ``# text`` line. We keep NDT's own POS as
``tag_`` and NDT's deprels (SUBJ, DOBJ, KONJ, ...) as ``dep_``; a head of 0 is the root.
The whitespace is rebuilt with ``corpora.detokenize`` so ``doc.text`` reads like prose.

Sentences with more than one root (some headline fragments) are skipped: spaCy reads every
root as a sentence start, which would cut those sentences in odd places.

Files are split into train/dev by file, not by sentence, so a held-out file's article does
not leak into training: every ``--dev-every``-th file (sorted by name) goes to dev.

Usage:
    python training/ndt.py NDT_DIR OUTPUT_DIR [--dev-every N]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

sys.path.insert(0, str(Path(__file__).parent))
from corpora import detokenize


@dataclass(frozen=True)
class TreeSentence:
    """One NDT sentence: token forms, NDT POS tags, 1-based heads (0 = root), deprels."""

    words: list[str]
    tags: list[str]
    heads: list[int]
    deps: list[str]

    @property
    def roots(self) -> int:
        return sum(1 for head in self.heads if head == 0)


def read_ndt(path: Path) -> Iterator[TreeSentence]:
    """Yield the sentences of one NDT ``.conll`` file.

    Raises:
        ValueError: on a token line with fewer than 8 columns or a head outside the sentence.
    """
    rows: list[list[str]] = []

    def finish() -> TreeSentence:
        sentence = TreeSentence(
            words=[r[1] for r in rows],
            tags=[r[3] for r in rows],
            heads=[int(r[6]) for r in rows],
            deps=[r[7] for r in rows],
        )
        if any(not 0 <= h <= len(rows) for h in sentence.heads):
            raise ValueError(f"{path}: head outside the sentence in {sentence.words}")
        return sentence

    with path.open(encoding="utf-8") as lines:
        for line_no, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if rows:
                    yield finish()
                rows = []
                continue
            cols = line.split("\t")
            if len(cols) < 8:
                raise ValueError(f"{path}:{line_no}: expected >= 8 tab-separated columns")
            if "-" in cols[0] or "." in cols[0]:
                continue  # multiword/empty-node lines (none in NDT, but cheap to allow)
            rows.append(cols)
    if rows:
        yield finish()


def spaces_for(words: list[str]) -> list[bool]:
    """Which tokens are followed by a space, taken from ``detokenize``'s prose layout."""
    text = detokenize(words)
    spaces: list[bool] = []
    pos = 0
    for word in words:
        pos = text.index(word, pos) + len(word)
        spaces.append(pos < len(text) and text[pos] == " ")
    return spaces


def to_doc(vocab: Vocab, sentence: TreeSentence) -> Doc:
    """Build a ``Doc`` with gold heads, deprels and tags. Roots get the label ``ROOT``
    whatever NDT calls them (FINV, FRAG, ...), spaCy's convention for a root."""
    heads = [h - 1 if h else i for i, h in enumerate(sentence.heads)]
    deps = ["ROOT" if h == 0 else d for h, d in zip(sentence.heads, sentence.deps, strict=True)]
    return Doc(
        vocab,
        words=sentence.words,
        spaces=spaces_for(sentence.words),
        tags=sentence.tags,
        heads=heads,
        deps=deps,
    )


def split_files(paths: Iterable[Path], dev_every: int) -> tuple[list[Path], list[Path]]:
    """Split files by name order: every ``dev_every``-th into dev, the rest into train."""
    train: list[Path] = []
    dev: list[Path] = []
    for i, path in enumerate(sorted(paths)):
        (dev if dev_every and i % dev_every == dev_every - 1 else train).append(path)
    return train, dev


def convert(paths: Iterable[Path], dest: Path) -> tuple[int, int]:
    """Write the single-rooted sentences of ``paths`` to a DocBin; return (kept, skipped)."""
    vocab = spacy.blank("da").vocab
    db = DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "SENT_START"])
    kept = skipped = 0
    for path in paths:
        for sentence in read_ndt(path):
            if sentence.roots != 1:
                skipped += 1
                continue
            db.add(to_doc(vocab, sentence))
            kept += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return kept, skipped


def main(argv: list[str]) -> int:
    """Command-line entry point: ``ndt.py NDT_DIR OUTPUT_DIR [--dev-every N]``."""
    dev_every = 10
    if "--dev-every" in argv:
        i = argv.index("--dev-every")
        dev_every = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2 :]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    src, out = Path(argv[0]), Path(argv[1])
    train, dev = split_files(src.glob("*.conll"), dev_every)
    for name, paths in (("train", train), ("dev", dev)):
        kept, skipped = convert(paths, out / f"ndt_{name}.spacy")
        print(f"{name}: {len(paths)} files, {kept} sentences ({skipped} multi-root skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
