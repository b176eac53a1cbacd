"""Convert UNER (IOB2) files into spaCy DocBin corpora for `spacy train`.

The UNER_Danish-DDT files hold one token a line (index, form, UNER tag, DaN+ tag, constant)
and a ``# text`` comment per sentence. We rebuild each sentence as a ``Doc`` whose
whitespace comes from that ``# text`` line, so ``doc.text`` equals the original sentence.
That matters: spaCy's corpus reader then re-tokenizes the raw text with the standard Danish
tokenizer and aligns it to the gold tokens, which is how the model will see news text later.

By default only the UNER column (3: PER/ORG/LOC) becomes ``doc.ents``. With ``--misc``
the outer MISC spans of the DaN+ column (4) are added where UNER has O, so an experiment can
teach the NER what a non-PER/ORG/LOC name looks like ("Gammel Dansk", "Anden Verdenskrig").
``-part``/``-deriv`` subtypes are left out: UNER treats "danske" as O.

Usage:
    python training/convert.py [--misc] INPUT.iob2 OUTPUT.spacy
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab


@dataclass(frozen=True)
class Sentence:
    """One sentence of an IOB2 file: its id, raw text, token forms and UNER tags."""

    sent_id: str
    text: str
    words: list[str]
    tags: list[str]


def merge_misc(uner: str, danplus: str) -> str:
    """Return the UNER tag, or the DaN+ outer MISC tag where UNER says O."""
    outer = danplus.split("#", 1)[0]
    if uner == "O" and outer in ("B-MISC", "I-MISC"):
        return outer
    return uner


def repair_iob2(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue a span of its type into B-."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def read_iob2(path: Path, misc: bool = False) -> Iterator[Sentence]:
    """Yield the sentences of a UNER IOB2 file.

    Args:
        path: a UNER ``.iob2`` file (tab-separated, blank line between sentences).
        misc: also take MISC spans from the DaN+ column (see ``merge_misc``).

    Yields:
        One ``Sentence`` per block; blocks without tokens are skipped.
    """
    sent_id, text, words, tags = "", "", [], []
    with path.open(encoding="utf-8") as lines:
        for line_no, raw in enumerate(lines, start=1):
            line = raw.rstrip("\n")
            if line.startswith("# sent_id = "):
                sent_id = line.removeprefix("# sent_id = ")
            elif line.startswith("# text = "):
                text = line.removeprefix("# text = ")
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if words:
                    yield Sentence(sent_id, text, words, repair_iob2(tags))
                sent_id, text, words, tags = "", "", [], []
            else:
                cols = line.split("\t")
                if len(cols) < 4:
                    raise ValueError(f"{path}:{line_no}: expected >= 4 tab-separated columns")
                words.append(cols[1])
                tags.append(merge_misc(cols[2], cols[3]) if misc else cols[2])
    if words:
        yield Sentence(sent_id, text, words, repair_iob2(tags))


def spaces_from_text(words: list[str], text: str) -> list[bool]:
    """Find which tokens are followed by a space by walking the sentence text.

    Args:
        words: the token forms in order.
        text: the sentence as written (the ``# text`` line); may be empty.

    Returns:
        One flag per token. Without a usable text every token but the last gets a space,
        the CoNLL convention.
    """
    spaces = [True] * len(words)
    if words:
        spaces[-1] = False
    pos = 0
    for i, word in enumerate(words):
        found = text.find(word, pos)
        # A form missing from the text (or out of order) means we cannot trust it.
        if found < 0 or text[pos:found].strip():
            return [True] * (len(words) - 1) + [False]
        pos = found + len(word)
        spaces[i] = pos < len(text) and text[pos] == " "
    return spaces


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """Build a ``Doc`` with gold entities from one sentence."""
    spaces = spaces_from_text(sentence.words, sentence.text)
    # Doc(ents=...) takes IOB2 tags as they are; it raises on a stray I- after O.
    doc = Doc(vocab, words=sentence.words, spaces=spaces, ents=sentence.tags)
    doc.user_data["sent_id"] = sentence.sent_id
    return doc


def convert(src: Path, dest: Path, misc: bool = False) -> int:
    """Convert one IOB2 file into a DocBin on disk and return the number of docs."""
    vocab = spacy.blank("da").vocab
    db = DocBin(store_user_data=True)
    n = 0
    for sentence in read_iob2(src, misc=misc):
        db.add(to_doc(vocab, sentence))
        n += 1
    dest.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(dest)
    return n


def main(argv: list[str]) -> int:
    """Command-line entry point: ``convert.py [--misc] INPUT OUTPUT``."""
    misc = "--misc" in argv
    argv = [a for a in argv if a != "--misc"]
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    n = convert(Path(argv[0]), Path(argv[1]), misc=misc)
    print(f"{argv[0]} -> {argv[1]}: {n} docs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
