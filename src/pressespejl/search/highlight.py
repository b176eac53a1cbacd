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

from dataclasses import dataclass

from pressespejl.search.danish import MIN_COMPOUND, Token, aa_variant, analyze, query_terms
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


def _render(text: str, tokens: list[Token], hits: set[int], markers: tuple[str, str],
            start: int, end: int) -> str:
    out: list[str] = []
    cursor = start
    for i, token in enumerate(tokens):
        if i not in hits or token.start < start or token.end > end:
            continue
        out.append(text[cursor:token.start])
        out.append(markers[0] + token.text + markers[1])
        cursor = token.end
    out.append(text[cursor:end])
    return " ".join("".join(out).split())


def highlight(text: str, matcher: Matcher, markers: tuple[str, str] = ("[", "]")) -> str:
    """The whole text with matched words marked (for short texts such as quotes)."""
    tokens = analyze(text, lexicon=None)
    hits = {i for i, t in enumerate(tokens) if matcher.matches(t)}
    return _render(text, tokens, hits, markers, 0, len(text))


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
    tokens = analyze(text, lexicon=None)
    if not tokens:
        return ""
    hits = [i for i, t in enumerate(tokens) if matcher and matcher.matches(t)]
    lead = width // 5  # show a little context before the first match
    best_start = 0
    if hits:
        best: tuple[int, int] = (-1, -1)
        for anchor in hits:
            window_start = max(0, tokens[anchor].start - lead)
            window_end = window_start + width
            inside = [i for i in hits if window_start <= tokens[i].start
                      and tokens[i].end <= window_end]
            score = (len({matcher.match(tokens[i]) for i in inside}), len(inside))
            if score > best:
                best, best_start = score, window_start
    # Cut at word boundaries.
    start = next((t.start for t in tokens if t.start >= best_start), 0)
    if best_start == 0:
        start = 0
    end_limit = start + width
    end = start
    for t in tokens:
        if t.start >= start and t.end <= end_limit:
            end = t.end
    if (end < len(text) and end == tokens[-1].end) or end >= tokens[-1].end:
        end = len(text.rstrip())
    elif end < len(text) and text[end: end + 1] in ".!?":
        end += 1
    body = _render(text, tokens, set(hits), markers, start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text.rstrip()) else ""
    return prefix + body + suffix
