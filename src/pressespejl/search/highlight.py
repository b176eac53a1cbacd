"""Highlighted snippets that mark the words as written, not their stems.

Matching happens on analysed terms in the index; to show *where* an article matched, the
text is analysed again (``danish.analyze``) and every word whose terms meet the query's
positive terms is wrapped in markers. The offsets come from the original text, so
"soldaterne" is highlighted as "soldaterne" for the query ``soldat``.

Notes:
    Compound parts are found without the hunspell lexicon here (loading it costs about a
    second): a long word is highlighted when it contains a query stem of four or more
    letters ("forsvarsalliance" for ``alliance``). The index itself uses the lexicon, so
    this only decides which word is marked, never whether an article matches.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pressespejl.search.danish import (
    _WORD,
    MIN_COMPOUND,
    Token,
    _analyze_word,
    aa_variant,
    fold,
    query_terms,
)
from pressespejl.search.query import Node, Phrase, Prefix, Term, positive_leaves

SNIPPET_WIDTH = 220
"""About how many characters of text a snippet shows."""

_MIN_INNER = 4  # shortest query stem, and shortest other part, of a compound match
_MAX_ENDING = 4  # longest inflection after a compound's head ("-erne")


@dataclass(frozen=True)
class Matcher:
    """Decides whether a token is one of the words a query asked for."""

    stems: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stems or self.prefixes)

    def match(self, token: Token) -> str | None:
        """The query term ``token`` stands for, or None."""
        if token.stem in self.stems:
            return token.stem
        variant = aa_variant(token.norm)
        if variant in self.stems:
            return variant
        for prefix in self.prefixes:
            if token.norm.startswith(prefix):
                return prefix + "*"
        if len(token.norm) >= MIN_COMPOUND:
            for term in self.stems:
                if len(term) >= _MIN_INNER and _in_compound(term, token.norm):
                    return term
        return None

    def matches(self, token: Token) -> bool:
        return self.match(token) is not None


def _in_compound(term: str, word: str) -> bool:
    """``term`` looks like the head ("forsvars|allianc|en") or the modifier of ``word``."""
    at = word.rfind(term)
    if at >= _MIN_INNER and len(word) - at - len(term) <= _MAX_ENDING:
        return True
    return word.startswith(term) and len(word) - len(term) >= _MIN_INNER + 1


def matcher_for(node: Node | None, extra_words: tuple[str, ...] = ()) -> Matcher:
    """The matcher for the positive words of a query AST (and some extra words)."""
    stems: set[str] = set()
    prefixes: list[str] = []
    for leaf in positive_leaves(node):
        if isinstance(leaf, Term):
            stems.update(*query_terms(leaf.word))
        elif isinstance(leaf, Phrase):
            for alternatives in query_terms(leaf.text):
                stems.update(alternatives)
        elif isinstance(leaf, Prefix):
            prefixes.append(query_terms(leaf.word)[0][0])
    for word in extra_words:
        for alternatives in query_terms(word):
            stems.update(alternatives)
    return Matcher(frozenset(stems), tuple(prefixes))


class _Scan:
    """The matched words of one text: (start, end, query term), found with one regex pass.

    Each distinct word is analysed once per text (and ``_analyze_word`` caches across
    texts), so a 3,000-character article costs well under a millisecond.
    """

    def __init__(self, text: str, matcher: Matcher) -> None:
        self.hits: list[tuple[int, int, str]] = []
        if not matcher:
            return
        pattern = _candidates(matcher.stems, matcher.prefixes)
        folded = fold(text)
        if len(folded) != len(text):  # pragma: no cover - exotic case-folding
            words = [m for m in _WORD.finditer(text)]
        else:
            # Every match contains a query stem or prefix as a substring of the folded
            # word, so a C-speed regex finds the few words worth analysing.
            words, starts = [], set()
            for candidate in pattern.finditer(folded):
                begin = candidate.start()
                while begin > 0 and text[begin - 1].isalnum():
                    begin -= 1
                word = _WORD.match(text, begin)
                if word is not None and begin not in starts:
                    starts.add(begin)
                    words.append(word)
        for word in words:
            norm, word_stem, parts = _analyze_word(word.group(), None)
            term = matcher.match(Token(word.group(), 0, 0, norm, word_stem, parts))
            if term is not None:
                self.hits.append((word.start(), word.end(), term))


@functools.lru_cache(maxsize=256)
def _candidates(stems: frozenset[str], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    # "århus" (an aa-variant) is found in folded text as "aarhus" too.
    alternatives = {t.replace("å", "aa") for t in stems} | set(stems) | set(prefixes)
    ordered = sorted(alternatives, key=len, reverse=True)
    return re.compile("|".join(re.escape(a) for a in ordered if a))


def _render(text: str, hits: list[tuple[int, int, str]], markers: tuple[str, str],
            start: int, end: int) -> str:
    out: list[str] = []
    cursor = start
    for hit_start, hit_end, _ in hits:
        if hit_start < start or hit_end > end:
            continue
        out.append(text[cursor:hit_start])
        out.append(markers[0] + text[hit_start:hit_end] + markers[1])
        cursor = hit_end
    out.append(text[cursor:end])
    return " ".join("".join(out).split())


def highlight(text: str, matcher: Matcher, markers: tuple[str, str] = ("[", "]")) -> str:
    """The whole text with matched words marked (for short texts such as quotes)."""
    return _render(text, _Scan(text, matcher).hits, markers, 0, len(text))


def snippet(
    text: str,
    matcher: Matcher,
    markers: tuple[str, str] = ("[", "]"),
    width: int = SNIPPET_WIDTH,
) -> str:
    """The passage of ``text`` with the most different matched words, marked.

    Args:
        text: the article text.
        matcher: from ``matcher_for``.
        markers: put before and after each matched word, e.g. ``("«", "»")``.
        width: about how many characters to show.
    """
    text = text.rstrip()
    hits = _Scan(text, matcher).hits
    lead = width // 5  # show a little context before the first match
    best_start = 0
    best: tuple[int, int] = (-1, -1)
    for anchor_start, _, _ in hits[:200]:
        window_start = max(0, anchor_start - lead)
        window_end = window_start + width
        inside = [h for h in hits if window_start <= h[0] and h[1] <= window_end]
        score = (len({h[2] for h in inside}), len(inside))
        if score > best:
            best, best_start = score, window_start
    # Cut at word boundaries: start at a word, end after the last whole word.
    start = 0
    if best_start > 0:
        inside_word = text[best_start - 1].isalnum() and text[best_start].isalnum()
        first = _WORD.search(text, best_start)
        if first is not None and inside_word:
            first = _WORD.search(text, first.end())
        start = first.start() if first is not None else best_start
    if start + width >= len(text):
        end = len(text)
    else:
        end = start
        for match in _WORD.finditer(text, start, start + width):
            end = match.end()
        if text[end:end + 1] in (".", "!", "?"):
            end += 1
    body = _render(text, hits, markers, start, end)
    return ("… " if start > 0 else "") + body + (" …" if end < len(text) else "")
