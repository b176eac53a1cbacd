"""Find terms that an article explains for its readers.

``find_definitions`` does the work on plain text; the spaCy component
``pressespejl_definitions`` calls it on ``doc.text`` and writes ``doc._.definitions``.

Forms read (``term`` / ``definition`` as found):

    At annektere vil sige at overtage ...        annektere / at overtage ...
    Inflation betyder, at priserne stiger ...    Inflation / at priserne stiger ...
    Krim er betegnelsen for halvøen ...          Krim / halvøen ...
    Ved en sanktion forstås en straf ...         en sanktion / en straf ...
    ... deeskalere – det vil sige trække ... –   deeskalere / trække ...
    en såkaldt buffer, som er et område ...      buffer / et område ...
    WHO (forkortelse for World Health ...)       WHO / World Health ...
    WHO står for World Health Organization       WHO / World Health Organization

Rules (precision first; a missed definition costs less than a wrong one):

- A term before "vil sige"/"betyder"/"defineres som" must look like a term: "At" and an
  infinitive, a quoted word, "Ordet/Begrebet ..." and a word, an acronym, or a single
  indefinite abstract noun ("Inflation", not "Inflationen", "Aftalen" or "Det").
- "Betyder meget", "betyder ikke, at" and the like are about weight, not meaning.
- Before "– det vil sige" / ", dvs." the term is a quoted word, a "såkaldt" word, an
  acronym, or one long (7+ letters) indefinite word that is no weekday or month.
- ``start``/``end`` cover the statement from the term to the end of the definition,
  without the closing full stop, so a reader can be shown the explanation.

Notes:
    The component reads ``doc.text`` with its own light sentence splitter rather than
    ``doc.sents``, so the function and the component give the same answers, with or
    without a sentencizer in the pipeline.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import lower_in_place as _lower
from pressespejl.nlp.components._lexicon import text_of
from pressespejl.nlp.da.definition_cues import (
    ABSTRACT_SUFFIXES,
    LABEL_ADJECTIVES,
    LABEL_NOUNS,
    NOT_DEFINITION_STARTS,
    NOT_TERMS,
    TERM_NOUNS,
)
from pressespejl.nlp.da.months import MONTHS
from pressespejl.nlp.da.weekdays import WEEKDAYS
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Definition

register_extensions()

__all__ = ["DefinitionFinder", "find_definitions"]


def _words(words: object) -> str:
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "(?:" + "|".join(re.escape(w) for w in ordered) + ")"


_SP = r"[^\S\n]+"
_WORD = r"[^\W\d_][\w-]*"
_OPEN = "[\"“„»'‘]"
_CLOSE = "[\"”«'’]"
_QUOTED = rf"{_OPEN}(?P<quoted>[^\"“”„»«'‘’\n]{{1,60}}?){_CLOSE}"
_ACRONYM = r"[A-ZÆØÅ]{2,6}"

# Any cue at all, searched in the lower-cased text: only the sentences around a hit are
# read. Plain literals only, so sre can skip ahead by first letter (a case-insensitive
# or grouped pattern made this search ~10x slower: 750 µs on the seed article).
_CUES = (
    "vil sige", "betyder", "defineres", "betegnelse", "forkortelse", "forstås", "menes",
    "dvs.", "såkaldt", "står for", "kort for", "ord for", "ordet for", "udtryk for",
    "udtrykket for", "navn for", "navnet for", "begreb for", "begrebet for", "dækker over",
)
_ANY_CUE = re.compile("|".join(re.escape(cue) for cue in _CUES))
# A sentence ends at . ! ? before a blank and a capital, dash or quote, or at a line
# break; "dvs. en bolig" and "ca. 30" (small letter or digit next) do not end one.
_SENTENCE_END = re.compile(r"[.!?][\"”»]?[^\S\n]+(?=[A-ZÆØÅ\"„»“–-])")

# "TERM vil sige / betyder / defineres som DEFINITION" at the start of a sentence.
_TERM_HEAD = (
    rf"(?:(?i:at){_SP}(?P<inf>[a-zæøå]+(?:{_SP}[a-zæøå]+){{0,2}})"
    rf"|(?i:{_words(TERM_NOUNS)}){_SP}(?:{_QUOTED}|(?P<named>{_WORD}(?:{_SP}{_WORD})?))"
    rf"|{_QUOTED.replace('quoted', 'q2')}"
    rf"|(?P<acronym>{_ACRONYM})"
    rf"|(?P<single>{_WORD}))"
)
_MEANS = re.compile(
    rf"(?P<term>{_TERM_HEAD}){_SP}(?P<cue>vil{_SP}sige|betyder|(?:kan{_SP})?defineres{_SP}som"
    rf"|dækker{_SP}over),?{_SP}(?P<definition>.+)",
    re.DOTALL,
)
# "TERM er en/et/den/det [adjective] betegnelse/forkortelse/... for DEFINITION".
_LABEL = re.compile(
    rf"(?P<term>{_TERM_HEAD}(?:{_SP}{_WORD}){{0,3}}){_SP}er{_SP}(?:(?:en|et|den|det){_SP})?"
    rf"(?:(?P<adjective>{_words(LABEL_ADJECTIVES)}){_SP})?(?P<label>{_words(LABEL_NOUNS)})"
    rf"{_SP}for{_SP}(?P<definition>.+)",
    re.DOTALL,
)
# "Ved TERM forstås / menes DEFINITION".
_BY = re.compile(
    rf"(?i:ved){_SP}(?P<term>[^,\n]{{1,60}}?){_SP}(?:forstås|menes){_SP}(?P<definition>.+)",
    re.DOTALL,
)
# Inline: "TERM – det vil sige DEFINITION –", "TERM, dvs. DEFINITION", "TERM (dvs. ...)".
_THAT_IS = re.compile(
    rf"(?<!\w)(?:{_QUOTED}|(?i:såkaldte?){_SP}(?P<so_called>{_WORD}(?:{_SP}{_WORD}){{0,2}})"
    rf"|(?P<acronym>{_ACRONYM})|(?P<single>{_WORD}))"
    rf"(?P<open>{_SP}[–-]{_SP}|,{_SP}|{_SP}\()(?:det{_SP}vil{_SP}sige|dvs\.){_SP}"
    rf"(?P<definition>[^–()\n]+)"
)
# "en såkaldt TERM, som/der er en/et DEFINITION" (also "som betyder", "som vil sige").
_SO_CALLED = re.compile(
    rf"(?i:såkaldte?){_SP}(?:{_QUOTED}|(?P<so_called>{_WORD}(?:{_SP}{_WORD}){{0,2}})),"
    rf"{_SP}(?:som|der){_SP}(?:er{_SP}(?=(?:en|et){_SP})|betyder,?{_SP}|vil{_SP}sige,?{_SP})"
    rf"(?P<definition>[^–()\n]+)"
)
# "TERM (forkortelse for / kort for DEFINITION)" and "ACRONYM står for Expansion".
_ABBREVIATION = re.compile(
    rf"(?<!\w)(?P<term>{_WORD})(?:{_SP}\((?:en{_SP})?(?:forkortelse|kort){_SP}for{_SP}"
    rf"(?P<definition>[^()\n]+)\))"
)
_STANDS_FOR = re.compile(
    rf"(?<!\w)(?P<term>{_ACRONYM}){_SP}står{_SP}for{_SP}(?P<definition>[A-ZÆØÅ][^.,;()\n]*)"
)
_BY_TERM = re.compile(
    rf"(?:(?:en|et|(?i:{_words(TERM_NOUNS)})){_SP})?[\"“„»'‘]?(?P<bare>.+?)[\"”«'’]?$", re.DOTALL
)
_NOT_DEFINITION_START = re.compile(
    rf",?{_SP}?(?:{_words(NOT_DEFINITION_STARTS)})\b", re.IGNORECASE
)
_DEFINITE_END = ("en", "et", "ne")
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence of ``text`` that holds ``pos``; never past a line break."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.end() <= pos:
            start = m.end()
        else:
            return start, m.start() + 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` narrowed past blanks, commas and the closing punctuation."""
    while start < end and text[start] in " \t,:":
        start += 1
    while end > start and text[end - 1] in " \t\n.!?,;:–-\"”»":
        end -= 1
    return start, end


def _is_term_word(word: str) -> bool:
    """A single bare word that can be a term before "betyder"/"vil sige"."""
    lowered = word.lower()
    return lowered not in NOT_TERMS and lowered.endswith(ABSTRACT_SUFFIXES)


def _is_long_term_word(word: str) -> bool:
    """A single bare word that can be a term before "– det vil sige"."""
    lowered = word.lower()
    return (
        len(lowered) >= 7
        and word.islower()
        and lowered not in NOT_TERMS
        and lowered not in _TIME_WORDS
        and not lowered.endswith(_DEFINITE_END)
    )


def _head_term(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The term of a ``_TERM_HEAD`` match, without "At", quotes or "Ordet"; None if no term."""
    for group in ("inf", "quoted", "q2", "named", "acronym"):
        if m.group(group):
            if group == "inf" and m.group(group).split()[0] in NOT_TERMS:
                return None
            return m.group(group), m.start(group), m.end(group)
    single = m.group("single")
    if single and _is_term_word(single):
        return single, m.start("single"), m.end("single")
    return None


def _definition(
    text: str, term: tuple[str, int, int], start: int, def_start: int, def_end: int
) -> Definition | None:
    def_start, def_end = _trim(text, def_start, def_end)
    if def_end - def_start < 3:
        return None
    return Definition(term=term[0], definition=text[def_start:def_end], start=start, end=def_end)


def _in_sentence(text: str, start: int, end: int) -> Definition | None:
    """The first definition in the sentence ``text[start:end]``, if any."""
    m = _MEANS.match(text, start, end)
    if m and not _NOT_DEFINITION_START.match(text, m.end("cue"), end):
        term = _head_term(m)
        # "ESG betyder Environmental, ..." explains an acronym; "EU betyder, at ..." is news.
        if m.group("acronym") and not m.group("definition")[:1].isupper():
            term = None
        if term:
            return _definition(text, term, start, m.start("definition"), m.end("definition"))
    m = _LABEL.match(text, start, end)
    if m:
        needs_adjective = LABEL_NOUNS[m.group("label").lower()]
        words = m.group("term").split()
        if words[0].lower() not in NOT_TERMS and (m.group("adjective") or not needs_adjective):
            term = _head_term(m) if len(words) == 1 or m.group("quoted") else None
            term = term or (m.group("term"), m.start("term"), m.end("term"))
            return _definition(text, term, start, m.start("definition"), m.end("definition"))
    m = _BY.match(text, start, end)
    if m and m.group("definition").split(maxsplit=1)[0].strip(",").lower() != "det":
        # ("Ved mødet forstås det, at ..." is "it is understood that", not a definition.)
        # "Ved en sanktion", "Ved begrebet 'sanktion'": the term is the noun itself.
        term_match = _BY_TERM.match(m.group("term"))
        assert term_match is not None  # the pattern accepts any non-empty term
        offset = m.start("term") + term_match.start("bare")
        term = (term_match.group("bare"), offset, offset + len(term_match.group("bare")))
        return _definition(text, term, start, m.start("definition"), m.end("definition"))
    for pattern in (_THAT_IS, _SO_CALLED, _ABBREVIATION, _STANDS_FOR):
        for m in pattern.finditer(text, start, end):
            found = _inline(text, m)
            if found:
                return found
    return None


def _inline(text: str, m: re.Match[str]) -> Definition | None:
    """A definition from an inline match (dash, "såkaldt", parentheses, "står for")."""
    groups = m.groupdict()
    if groups.get("quoted"):
        name = "quoted"
    elif groups.get("so_called"):
        name = "so_called"
    elif groups.get("acronym"):
        name = "acronym"
    elif groups.get("term"):
        name = "term"
    elif groups.get("single") and _is_long_term_word(groups["single"]):
        name = "single"
    else:
        return None
    term = (m.group(name), m.start(name), m.end(name))
    return _definition(text, term, m.start(), m.start("definition"), m.end("definition"))


def find_definitions(text: str) -> list[Definition]:
    """Find the terms ``text`` explains for its readers.

    Args:
        text: The article text.

    Returns:
        At most one ``Definition`` a sentence, in text order. ``term`` and ``definition``
        are substrings of ``text``; ``start``/``end`` span term to definition.

    Notes:
        The forms and the precision rules are in the module docstring; the words in
        ``nlp/da/definition_cues.py``.
    """
    found = []
    read_until = 0
    for cue in _ANY_CUE.finditer(_lower(text)):
        if cue.start() < read_until:
            continue  # another cue of a sentence already read
        start, end = _sentence_around(text, cue.start())
        read_until = end
        start, end = _trim(text, start, end)
        definition = _in_sentence(text, start, end)
        if definition:
            found.append(definition)
    return found



class DefinitionFinder:
    """spaCy component: ``doc._.definitions`` from the text of the ``Doc``."""

    def __init__(self, name: str = "pressespejl_definitions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.find(doc))
        return doc

    def find(self, doc: Doc) -> list[Definition]:
        """The definitions in ``doc``."""
        return find_definitions(text_of(doc))

    def set_annotations(self, doc: Doc, found: list[Definition]) -> None:
        doc._.definitions = found


@Language.factory("pressespejl_definitions")
def make_definitions(nlp: Language, name: str) -> DefinitionFinder:
    """Build the definitions component (no settings yet)."""
    return DefinitionFinder(name)
