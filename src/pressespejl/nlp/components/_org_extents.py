"""Organisation names by their form: a medium by its last word, a listed name gone on.

- A medium whose name ends in a medium's word ("Energiwatch", "Uniavisen", "Økonomisk
  Ugebrev", "Sjællandske Nyheder"): an organisation, also where a trained NER reads the
  name as a place. One word must be no word of the language ("Netavisen" is one); a
  bare "Nyheder" names nothing.
- A listed organisation, or an acronym, with more capitalised words right after it,
  inside the sentence: a unit or a branch of it, and the name the gold lists ("Nordea
  Kredit", "Energinet Systemansvar", "DR P4 København", "Dansk Sygeplejeråd
  Hovedstaden"). Not a first name ("Venstre Lars Hansen" in a list), nor a second listed
  name, nor a weekday or a month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pressespejl.nlp.components._lexicon import (
    LO,
    SP,
    UP,
    gazetteer_lookup,
    genitive_base,
    is_common_noun,
    is_first_name,
    is_non_name,
)
from pressespejl.nlp.da.media_nouns import MEDIA_FORM_ENDINGS
from pressespejl.nlp.da.months import MONTHS
from pressespejl.nlp.da.place_markers import STREET_WORDS
from pressespejl.nlp.da.weekdays import WEEKDAYS

Span = tuple[int, int, str]  # start char, end char, canonical name

_SENTENCE_BEFORE = re.compile(r"(?:[.!?:;»«\"“”'(„–—-]|\A|\n)[^\S\n]*\Z")

_WORD = rf"[{UP}][\w'’.&-]*"
_RUN = re.compile(rf"(?<![\w'’.&-]){_WORD}(?:{SP}{_WORD}){{0,4}}")
# what may go on a listed name: capitalised words ("Kredit", "P4", "Pro Cycling")
_GOES_ON = re.compile(rf"{SP}(?P<more>(?:[{UP}][{LO}][\w'’-]*|P\d{{1,2}})"
                      rf"(?:{SP}(?:[{UP}][{LO}][\w'’-]*|P\d{{1,2}}))*)")


def _media_ending(word: str) -> str | None:
    low = word.lower()
    return next((e for e in MEDIA_FORM_ENDINGS if low.endswith(e)), None)


def find_media_by_form(text: str, regions: Iterable[tuple[int, int]]) -> list[Span]:
    """Media named by their last word (see the module doc)."""
    found: list[Span] = []
    for start, end in regions:
        for m in _RUN.finditer(text, start, end):
            words = list(re.finditer(r"\S+", m.group()))
            last = words[-1].group().rstrip(".,")
            base = genitive_base(last) or last
            ending = _media_ending(base)
            if ending is None:
                continue
            # the run's words up to the medium's word, without the sentence's own words
            while words and words[0] is not words[-1] and (
                    is_non_name(words[0].group()) or gazetteer_lookup(words[0].group())):
                words.pop(0)
            if len(words) == 1:
                if len(base) < len(ending) + 3 or is_common_noun(base.lower()) or (
                        _SENTENCE_BEFORE.search(text, max(start, m.start() - 3),
                                                m.start() + words[0].start())):
                    # "Nyheder", "Netavisen lukker": a word, or one a sentence capitalises
                    continue
            elif is_first_name(words[0].group()):
                continue
            name = " ".join([*(w.group() for w in words[:-1]), base])
            if gazetteer_lookup(name) is not None or gazetteer_lookup(base) is not None:
                continue  # listed: the gazetteer names it
            a = m.start() + words[0].start()
            b = m.start() + words[-1].start() + len(last)
            found.append((a, b, name))
    return found


def _stops_name(word: str) -> bool:
    if not word:
        return False
    low = word.lower()
    return (is_non_name(word) or is_first_name(word) or low in WEEKDAYS or low in MONTHS
            or word in STREET_WORDS or low in _ROAD_WORDS
            or (gazetteer_lookup(word) or ("",))[0] == "ORG")


# a road or a venue named after a paper or a sponsor ("Nordjyske Motorvej", "MCH
# Arena"): a place
_ROAD_WORDS = frozenset({"motorvej", "motorvejen", "motortrafikvej", "landevej", "bro",
                         "broen", "tunnel", "tunnelen", "havn", "havnen", "station",
                         "arena", "stadion", "stadium", "park", "parken", "center",
                         "centret", "centeret", "hal", "hallen", "lufthavn", "lufthavnen"})
# "har Folketinget Lyngby-Taarbæk": a definite common noun as a name ("Folketinget",
# "Regeringen") is the subject before an object, never a unit's first part
_LOWER_START = re.compile(rf"{SP}[{LO}]")
_INITIAL_AFTER = re.compile(rf"{SP}[{UP}]\.")
# a capitalised word right before, inside a sentence
_CAPITAL_BEFORE = re.compile(rf"(?<![\w'’.-])[{UP}][\w'’.-]*{SP}\Z")


def _inside_a_name(text: str, a: int) -> bool:
    """Whether a capitalised word stands right before ``a`` inside a sentence."""
    m = _CAPITAL_BEFORE.search(text, max(0, a - 40), a)
    return m is not None and _SENTENCE_BEFORE.search(text, max(0, m.start() - 3),
                                                     m.start()) is None


def extend_listed(text: str, spans: Iterable[tuple[int, int]]) -> list[Span]:
    """Listed organisations (given as char spans) with the capitalised words that go on
    their name (see the module doc)."""
    found: list[Span] = []
    for a, b in spans:
        m = _GOES_ON.match(text, b)
        if m is None or (text[b - 1 : b] in ("s", "'", "’") and not text[a:b].isupper()):
            continue  # "Nordeas Kredit": a genitive ends the name
        if is_common_noun(text[a:b].lower()) or _inside_a_name(text, a):
            continue  # "Robert Mærsk Uggla": a listed word inside a longer name
        words = list(re.finditer(r"\S+", m["more"]))
        kept = 0
        for w in words:
            if _stops_name(w.group()) or _stops_name(genitive_base(w.group()) or ""):
                break
            kept += 1
        if not kept:
            continue
        stop = m.start("more") + words[kept - 1].end()
        if _INITIAL_AFTER.match(text, stop):
            continue  # "Inuit Ataqatigiit Múte B. Egede": a person's names and initial
        tail = text[m.start("more") : stop].split()
        if gazetteer_lookup(" ".join([*text[a:b].split(), *tail])) is not None:
            continue  # "TV 2 News": a listed name of its own, matched as it is
        # a genitive only before a noun: "Nordea Kredits chefanalytiker", not "TV3 Sports"
        base = (genitive_base(tail[-1]) if len(tail[-1]) > 3
                and _LOWER_START.match(text, stop) else None)
        name = " ".join([*text[a:b].split(), *tail[:-1], base or tail[-1]])
        found.append((a, stop, name))
    return found
