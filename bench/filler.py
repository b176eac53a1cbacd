"""Filler sentences for the benchmark corpus, sampled from a word-bigram model.

The model is trained on the word forms of the Danish Dependency Treebank as annotated
by Universal NER (``shared/data/UNER_Danish-DDT/*.iob2`` beside the repository,
CC BY-SA 4.0). It only
learns which word follows which; the sentences it samples are new, random Danish-looking
text, which is all a speed benchmark needs: realistic word forms, lengths, punctuation
and capitalisation for the tokenizer, tagger and search index to work on.

Names in the treebank are replaced by slots (``<PER>``, ``<ORG>``, ``<LOC>``) before
training, so the corpus generator fills them with names it knows about and can report
them as entities. Sentences with quotation marks or speech verbs are left out, so the
filler never looks like a quote the generator did not put there on purpose.

When the treebank is not there (a machine without ``shared/``), a small fallback text
written for this module is used instead; the corpus is then less varied but still valid.
"""

from __future__ import annotations

import itertools
import os
import random
from collections.abc import Iterable
from pathlib import Path

Slot = str  # "PER", "ORG" or "LOC"
# One filler sentence: text pieces and slots, in order ("Formanden for ", ("ORG",), ...).
Piece = str | tuple[Slot]
Sentence = tuple[Piece, ...]

SLOTS = {"PER", "ORG", "LOC"}
_SLOT_TOKENS = {f"<{s}>": s for s in SLOTS}
# Quotes, brackets and dashes make unbalanced spans in random text; speech verbs would
# make the quote rules find quotes nobody wrote. Both are kept out of the filler.
_BANNED_TOKENS = {'"', "'", "«", "»", "„", "“", "”", "(", ")", "[", "]", "-", "–", "—", ":", ";"}
_SPEECH_WORDS = {"siger", "sagde", "sagt", "fortæller", "fortalte", "udtaler", "udtalte",
                 "tilføjer", "tilføjede", "understreger", "forklarer", "oplyser", "skriver",
                 "lød", "mener", "siges", "citat", "ifølge"}
_NO_SPACE_BEFORE = {",", ".", "?", "!", "%"}

_FALLBACK = """\
Flertallet af borgerne i <LOC> har i mange år levet med de samme problemer .
Det er ikke første gang , at <ORG> har været i søgelyset .
Sagen har skabt debat i hele landet , og flere politikere har blandet sig .
De seneste tal viser , at udviklingen er gået den forkerte vej .
<PER> har tidligere været ansat i <ORG> i en længere periode .
Der er ifølge eksperterne ingen nemme løsninger på problemet .
Mange familier i <LOC> har mærket konsekvenserne i deres hverdag .
Forslaget skal behandles i Folketinget i løbet af efteråret .
Det har ikke været muligt at få en kommentar fra <ORG> .
I de kommende uger vil der blive holdt flere møder om sagen .
"""


def default_source() -> Path | None:
    """The UNER Danish DDT folder, or None when it is not on this machine.

    Looked up in ``$PRESSESPEJL_BENCH_DATA`` first, then in ``shared/data`` beside the
    repository (where CI and the developers' machines have it).
    """
    env = os.environ.get("PRESSESPEJL_BENCH_DATA")
    candidates = [Path(env)] if env else []
    repo = Path(__file__).resolve().parents[1]
    candidates.append(repo.parent / "shared" / "data" / "UNER_Danish-DDT")
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.iob2")):
            return folder
    return None


def read_iob2(paths: Iterable[Path]) -> list[list[str]]:
    """Sentences of tokens, with each name replaced by one ``<PER>``/``<ORG>``/``<LOC>``.

    Notes:
        Column 2 is the form, column 3 the UNER IOB2 tag (see shared/data/README.md).
    """
    sentences: list[list[str]] = []
    for path in sorted(paths):
        tokens: list[str] = []
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    if tokens:
                        sentences.append(tokens)
                    tokens = []
                    continue
                if line.startswith("#"):
                    continue
                columns = line.rstrip("\n").split("\t")
                form, tag = columns[1], columns[2]
                if tag.startswith("B-") and tag[2:] in SLOTS:
                    tokens.append(f"<{tag[2:]}>")
                elif tag.startswith("I-"):
                    continue  # the rest of a name already replaced by its slot
                else:
                    tokens.append(form)
        if tokens:
            sentences.append(tokens)
    return sentences


def _usable(tokens: list[str]) -> bool:
    return (len(tokens) >= 5 and tokens[-1] == "." and tokens[0] not in _NO_SPACE_BEFORE
            and not any(t in _BANNED_TOKENS for t in tokens))


class BigramModel:
    """Which word follows which, counted over a list of token sentences."""

    def __init__(self, sentences: Iterable[list[str]]) -> None:
        successors: dict[str, list[str]] = {}
        starts: list[str] = []
        for tokens in sentences:
            if not _usable(tokens):
                continue
            starts.append(tokens[0])
            for left, right in itertools.pairwise(tokens):
                successors.setdefault(left, []).append(right)
        if not starts:
            raise ValueError("no usable sentences to train the filler model on")
        self.starts = starts
        # Lists with repeats: random.choice then samples by bigram frequency.
        self.successors = successors

    def sample(self, rng: random.Random, min_tokens: int = 6,
               max_tokens: int = 28) -> list[str] | None:
        """One random sentence ending in ".", or None when it came out too short/long."""
        tokens = [rng.choice(self.starts)]
        successors = self.successors
        while tokens[-1] != "." and len(tokens) <= max_tokens:
            following = successors.get(tokens[-1])
            if not following:
                return None
            tokens.append(rng.choice(following))
        if tokens[-1] != "." or len(tokens) < min_tokens:
            return None
        return tokens


def _acceptable(tokens: list[str]) -> bool:
    if tokens[-2].endswith("."):
        return False  # "85 km/t." + "." would end the sentence with ".."
    previous_slot = False
    for token in tokens:
        is_slot = token in _SLOT_TOKENS
        if is_slot and previous_slot:
            return False  # "<PER> <ORG>" reads as one garbled name
        previous_slot = is_slot
        if token.lower() in _SPEECH_WORDS:
            return False
    return True


def detokenize(tokens: list[str]) -> Sentence:
    """Join tokens into text pieces and slots, capitalising the first word."""
    pieces: list[Piece] = []
    text = ""
    for i, token in enumerate(tokens):
        space = "" if i == 0 or token in _NO_SPACE_BEFORE else " "
        if token in _SLOT_TOKENS:
            pieces.append(text + space)
            pieces.append((_SLOT_TOKENS[token],))
            text = ""
            continue
        if i == 0:
            token = token[:1].upper() + token[1:]
        text += space + token
    pieces.append(text)
    return tuple(p for p in pieces if p != "")


def build_pool(size: int, seed: int, source: Path | None = None) -> list[Sentence]:
    """``size`` filler sentences, the same for the same seed and source.

    Args:
        size: how many sentences to sample.
        seed: seeds the sampler.
        source: a folder of ``.iob2`` files; ``default_source()`` when None, and the
            built-in fallback text when that finds nothing.
    """
    folder = source if source is not None else default_source()
    if folder is not None:
        sentences = read_iob2(folder.glob("*.iob2"))
    else:
        sentences = [line.split() for line in _FALLBACK.splitlines() if line.strip()]
    model = BigramModel(sentences)
    rng = random.Random(f"filler:{seed}")
    pool: list[Sentence] = []
    seen: set[Sentence] = set()
    attempts = 0
    while len(pool) < size:
        attempts += 1
        tokens = model.sample(rng)
        if tokens is None or not _acceptable(tokens):
            if folder is None and attempts > size * 50:
                break  # the tiny fallback cannot give more distinct sentences
            continue
        sentence = detokenize(tokens)
        if sentence in seen and attempts < size * 50:
            continue
        seen.add(sentence)
        pool.append(sentence)
    return pool
