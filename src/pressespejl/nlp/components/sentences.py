"""Split Danish news into paragraphs and sentences, and mark web-page noise.

Rules, in order of strength:

1. Every line is a paragraph, and every paragraph starts a sentence. News text from
   our readers has one paragraph a line (blank lines between are fine).
2. Inside a paragraph a sentence ends after ``.``, ``!``, ``?`` or ``…`` (and any closing
   quote marks) when the next word starts with a capital, a digit, a dash or an
   opening quote mark. "- Hvad nu? spørger han." stays one sentence.
3. A period that is part of a token is no sentence end: spaCy's Danish tokenizer keeps
   abbreviations ("f.eks.", "kl.", "Hr.") and ordinals ("12.") whole.
4. No sentence ends inside „…”, »…« or "…": a quoted passage of two sentences stays
   in the sentence that quotes it.
5. Text glued by stripped HTML ("mod Danmark.Det vurderer", "siger han.Centeret")
   still ends a sentence: ``.``, ``!`` or ``?`` right after a lower-case word of two
   letters or more and right before a capitalised word (upper case, then lower case).
   The tokenizer keeps "A.P.", "lokalnyt.dk", "kl.10" and "bl.a." whole, and
   "Sermitsiaq.AG" has no lower case after the capital, so none of them splits.
6. A period of an amount's abbreviation that ends a sentence ("40 mio. kr. I stedet
   ...", ``SENTENCE_FINAL_ABBREVIATIONS``) ends it when a capital follows: a Danish
   noun after "kr." is written lower case, so a capital there starts a sentence.
7. A hard-wrapped paragraph (a page cut its lines at a fixed width) is one paragraph: a
   line that ends with no sentence end or colon goes on in the next line when that line
   starts with a lower-case letter ("”Jeg" + "håber, at vi ..."). Its line breaks are
   read as spaces (``unwrap``).

A paragraph is noise when it starts like a byline, caption or navigation line
(``NOISE_PREFIXES``: "Skrevet af", "Foto:", "Læs også", "Bemærk: Artiklen er mere end 30
dage gammel"), holds a byline or footer anywhere (``NOISE_INSIDE``: "... Skrevet af: ...",
PressReader's "All rights reserved"), or is a line without final punctuation that is
either short (a menu item, at most six words) or the first of several (a headline).
Noise keeps its characters but yields no quotes, speakers or people. A paragraph is a
caption when a photo credit ends it (``CAPTION_MARKERS``: "... Foto: Name"): it yields no
quote and no speaker, but its people stay people of the page.

Writes ``Token.is_sent_start``, ``doc._.pp_paragraphs`` (a list of ``Paragraph``: start,
end, noise) and ``doc._.pp_sentences`` (sentence (start, end) character offsets without
trailing spaces): later components read these instead of ``doc.sents``, which builds a
Python object per token on every access.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import text_of
from pressespejl.nlp.da.noise import (
    CAPTION_MARKERS,
    CAPTION_WORDS,
    NOISE_INSIDE,
    NOISE_PREFIXES,
)

QUOTED = re.compile(
    r"„(?P<a>[^„“”\"\n]+)[“”\"]"
    r"|»(?P<b>[^»«\n]+)«"
    r"|«(?P<c>[^«»\n]+)»"
    r"|“(?P<d>[^“”\n]+)”"
    r"|\"(?P<e>[^\"\n]+)\""
    r"|(?<![\w”])”(?=\S)(?P<f>[^”“\n]+)”(?![\w])"
    r"|(?<![\w'’‘])[‘'’](?=[^\W\d_])(?P<g>[^'’‘\n]*[^\s'’‘])['’](?![\w])"
)
"""A quoted passage in one line; the group that matched holds the words inside the marks.

Danish pages also write ”…” (the same mark on both sides) and single marks '…'/‘…’, or
’…’ (the right single mark on both sides, as many Danish pages and PressReader write it);
a single mark opens only before a letter, not after a letter, and closes only after a
non-space, so the apostrophe of "Paris' borgmester", "Paris’ borgmester" or "sgu'" is
not read as a quote."""
QUOTE_GROUPS = "abcdefg"


def inner_group(quoted: re.Match[str]) -> str:
    """The group of a ``QUOTED`` match that holds the words inside the marks."""
    return next(n for n in QUOTE_GROUPS if quoted[n] is not None)

_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(
    r"[.!?…]+[”“\"«»)’]*(?=[^\S\n]+[-–—„»\"“(]?[^\S\n]?[A-ZÆØÅÉÄÖÜ0-9])"
    # rule 5: "Danmark.Det", "han.Centeret" (HTML stripped of its paragraph tags)
    r"|(?<=[a-zæøåéäöü]{2})[.!?](?=[A-ZÆØÅÉ][a-zæøåéäöü])"
)
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"kr.", "mio.", "mia.", "mill.", "osv.", "mv.",
                                          "m.m.", "etc.", "pct.", "dkr."})
"""Abbreviations that often end a sentence (rule 6): amounts and lists. Not "f.eks.",
"bl.a.", "ca." or "kl.", which a name or a number may follow inside a sentence."""
# a prefix that ends in a letter must end a word: "Kontakt" is chrome, "Kontakten" is not
_NOISE = re.compile(
    "|".join(re.escape(p) + (r"(?![^\W\d_])" if p[-1].isalpha() else "") for p in NOISE_PREFIXES),
    re.IGNORECASE,
)
_NOISE_INSIDE = re.compile("|".join(re.escape(p) for p in NOISE_INSIDE), re.IGNORECASE)
_CAPTION = re.compile(
    r"(?:^|[.!?)]\s|\s)(?:" + "|".join(re.escape(m) for m in CAPTION_MARKERS) + ")",
    re.IGNORECASE,
)
# a photo word alone after the caption's last sentence: "..., siger hun. Arkivfoto"
_CAPTION_WORD_END = re.compile(
    r"[.!?«»”\"]\s+(?:" + "|".join(CAPTION_WORDS) + r")\.?\s*$", re.IGNORECASE)
# a single closing mark counts after the sentence's own punctuation ("'Vi er klar.'"), not
# alone: "Paris'" may end a menu line
_FINAL_PUNCT = re.compile(r"(?:[.!?:…”“\"«»)]|[.!?,…]['’])\s*$")
DASH_OPENING = re.compile(r"[-–—](?:[^\S\n]+|(?=[A-ZÆØÅÉÄÖÜ](?:[a-zæøåéäöü]|[^\S\n]|[A-ZÆØÅ]+\b)))")
"""The dash that opens a quote paragraph: "- Vi er klar", "– Vi er klar", and with the
space lost ("-Vi mangler folk", "–Vi", "-EU skal", "-I må vente"): a capital letter right
after it. Not "-5 grader i nat" (a minus) or "-forbundet" (a word wrapped at its
hyphen)."""
_DASH = DASH_OPENING
_WRAP_CONTINUES = re.compile(r"[a-zæøåéäöü]")
_ENDS = frozenset({".", "!", "?", "…"})
_HEADLINE_MAX_WORDS = 15
_MENU_MAX_WORDS = 6


@dataclass(frozen=True)
class Paragraph:
    """One line of article text; ``noise`` when it is a byline or menu item, ``caption``
    when a photo credit ends it (no quotes, no speakers; its people still count)."""

    start: int
    end: int
    noise: bool
    caption: bool = False
    headline: bool = False
    """The story's headline (its first line, unpunctuated, at most 15 words): noise,
    but a reported clause with its cue there is still reported speech."""


def _is_noise(line: str, first_of_several: bool) -> bool:
    if _NOISE.match(line) or _NOISE_INSIDE.search(line):
        return True
    if _is_quoted_heading(line):
        return True
    if _DASH.match(line) or _FINAL_PUNCT.search(line):
        return False
    words = len(line.split())
    return words <= _MENU_MAX_WORDS or (first_of_several and words <= _HEADLINE_MAX_WORDS)


def _is_quoted_heading(line: str) -> bool:
    """A headline or crosshead that is a quotation: the whole line in quote marks, with
    no sentence-final punctuation inside or after them (`“Vi gik efter sejren”`, `»Det
    var en fejl«`). A quote paragraph ends its sentence (`»Nej.«`, `"…," siger hun.`), so
    an unpunctuated line of quoted words is a title over the story, not a quote in it."""
    m = QUOTED.fullmatch(line)
    if m is None:
        return False
    inner = m.group(m.lastgroup or "").rstrip()
    return (bool(inner) and inner[-1] not in ".!?…,:;"
            and len(inner.split()) <= _HEADLINE_MAX_WORDS)


def find_paragraphs(text: str) -> list[Paragraph]:
    """The non-empty lines of ``text``, stripped, each marked noise or not; a line
    hard-wrapped in mid-sentence is one paragraph with the line after it (rule 7)."""
    lines: list[tuple[int, str]] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if stripped:
            start = m.start() + (len(line) - len(line.lstrip()))
            if lines and _wrapped(text, *lines[-1], start, stripped):
                first = lines[-1][0]
                lines[-1] = (first, text[first : start + len(stripped)])
                continue
            lines.append((start, stripped))
    several = len(lines) > 1
    return [
        Paragraph(start, start + len(line), _is_noise(unwrapped, several and i == 0),
                  is_caption(unwrapped), several and i == 0 and _is_headline(unwrapped))
        for i, (start, line) in enumerate(lines)
        for unwrapped in (line.replace("\n", " "),)
    ]


def _is_headline(line: str) -> bool:
    """Whether the first of several lines is noise only as a headline: no byline, menu
    label or quoted title, no final punctuation, at most ``_HEADLINE_MAX_WORDS``."""
    return not (_NOISE.match(line) or _NOISE_INSIDE.search(line) or _is_quoted_heading(line)
                or _DASH.match(line) or _FINAL_PUNCT.search(line)) and (
        len(line.split()) <= _HEADLINE_MAX_WORDS)


def _wrapped(text: str, start: int, line: str, next_start: int, next_line: str) -> bool:
    """Whether ``next_line`` goes on with the sentence ``line`` breaks off (a page or a
    PDF wrapped its paragraphs at a fixed width: '”Jeg' + 'håber, at ...'): one line
    break between them, no sentence end or colon at the end of ``line``, and ``next_line``
    starts with a lower-case letter, as no paragraph of a story does."""
    if not _WRAP_CONTINUES.match(next_line) or text.count("\n", start + len(line), next_start) != 1:
        return False
    return _FINAL_PUNCT.search(line) is None and not _NOISE.match(line)


def unwrap(text: str, paragraphs: list[Paragraph]) -> str:
    """``text`` with the line breaks inside its paragraphs (a hard-wrapped paragraph,
    rule 7) as spaces: the same offsets, so the rules read one paragraph a line."""
    if not any("\n" in text[p.start : p.end] for p in paragraphs):
        return text
    chars = list(text)
    for p in paragraphs:
        for k in range(p.start, p.end):
            if chars[k] == "\n":
                chars[k] = " "
    return "".join(chars)


def is_caption(line: str) -> bool:
    """Whether a photo credit ("Foto: ...", "(Foto: ...)", or a bare "Arkivfoto" after the
    last sentence) follows the line's text: a caption, not a quote or a paragraph of the
    story."""
    m = _CAPTION.search(line)
    return (bool(m) and m.start() > 0) or bool(_CAPTION_WORD_END.search(line))


def sentence_starts(text: str, paragraphs: list[Paragraph]) -> list[int]:
    """Character offsets where sentences start (rules 1, 2 and 4 of the module doc)."""
    starts = []
    for p in paragraphs:
        starts.append(p.start)
        line = text[p.start : p.end].replace("\n", " ")
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(line)]
        for m in _SENTENCE_END.finditer(line):
            if any(a < m.end() < b for a, b in quoted):
                continue
            nxt = m.end() + (len(line[m.end() :]) - len(line[m.end() :].lstrip()))
            starts.append(p.start + nxt)
    return starts


class SentenceSplitter:
    """Set ``Token.is_sent_start`` from paragraph and punctuation rules (module doc)."""

    def __init__(self, nlp: Language, name: str = "pressespejl_sentences") -> None:
        self.name = name
        for ext in ("pp_paragraphs", "pp_sentences"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, *self.find(doc))

    def find(self, doc: Doc) -> tuple[list[Paragraph], list[int], list[tuple[int, int]]]:
        """Paragraphs, sentence-start token indices and sentence character spans."""
        text = text_of(doc)
        paragraphs = find_paragraphs(text)
        chars = sentence_starts(text, paragraphs)
        if not len(doc) or not chars:
            return paragraphs, [], []
        offsets = doc.to_array([IDX]).astype("int64")
        found = numpy.searchsorted(offsets, numpy.asarray(chars, dtype="int64"))
        token_starts, char_starts = [], []
        for char, i in zip(chars, found.tolist(), strict=True):
            if i >= len(doc) or int(offsets[i]) != char:
                continue  # inside a token: an abbreviation or ordinal (rule 3)
            j = char - 1
            while j > 0 and text[j].isspace():
                j -= 1
            if i and text[j] == "." and doc[i - 1].text not in _ENDS:
                previous = doc[i - 1]
                if not previous.is_space and not previous.is_quote and previous.text != ")" and (
                    previous.text.lower() not in SENTENCE_FINAL_ABBREVIATIONS
                    or not text[char].isupper()
                ):
                    continue  # the period belongs to the previous token, e.g. "kl." (rule 3)
            token_starts.append(i)
            char_starts.append(char)
        paragraph_starts = [p.start for p in paragraphs]
        spans = []
        for k, start in enumerate(char_starts):
            end = char_starts[k + 1] if k + 1 < len(char_starts) else len(text)
            p = bisect_right(paragraph_starts, start) - 1
            if p >= 0:
                end = min(end, paragraphs[p].end)
            while end > start and text[end - 1].isspace():
                end -= 1
            spans.append((start, end))
        return paragraphs, token_starts, spans

    def set_annotations(
        self,
        doc: Doc,
        paragraphs: list[Paragraph],
        starts: list[int],
        spans: list[tuple[int, int]],
    ) -> Doc:
        doc._.pp_paragraphs = paragraphs
        doc._.pp_sentences = spans
        if len(doc):
            # one array write: setting ``Token.is_sent_start`` checks the whole document
            # for a parse (a Python loop over every token) on each assignment
            column = doc.to_array([SENT_START]).astype("uint64")
            column[[0, *starts]] = 1
            doc.from_array([SENT_START], column.reshape(-1, 1))
        return doc


@Language.factory("pressespejl_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Paragraph- and quote-aware Danish sentence splitting."""
    return SentenceSplitter(nlp, name)
