"""Compiled patterns over the Danish word lists in ``nlp/da``, shared by the components.

The components work on ``doc.text`` with precompiled regular expressions (one pass per
paragraph or sentence, no per-token Python loops), and on the ``Doc`` only to store
spans. This module turns the word lists into those patterns once, at import time, so a
rule reads like the Danish it matches:

    ROLE_NP        "den russiske viceudenrigsminister", "Natos generalsekretær"
    PERSON_NAME    "Jens Stoltenberg", "Ursula von der Leyen"
    CUE            "siger", "sagde", "har sagt", "lød det fra", "slår fast"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.lang.da.stop_words import STOP_WORDS

from pressespejl.nlp.da.cue_phrases import CUE_PHRASES
from pressespejl.nlp.da.months import MONTHS
from pressespejl.nlp.da.non_names import NON_NAMES
from pressespejl.nlp.da.organisations import ORGANISATIONS
from pressespejl.nlp.da.places import PLACES
from pressespejl.nlp.da.role_adjectives import ROLE_ADJECTIVES
from pressespejl.nlp.da.speech_verbs import SPEECH_VERBS
from pressespejl.nlp.da.stance_verbs import STANCE_VERBS
from pressespejl.nlp.da.titles import TITLES
from pressespejl.nlp.da.weekdays import WEEKDAYS

UP = "A-ZÆØÅÉÄÖÜ"
LO = "a-zæøåéäöü"
SP = r"[^\S\n]+"  # spaces inside one line: no rule may reach into the next paragraph


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any inline space."""
    escaped = (re.escape(w).replace(r"\ ", SP) for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)


# --- cues ------------------------------------------------------------------------------

SPEECH_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in SPEECH_VERBS.items() for form in forms
}
STANCE_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in STANCE_VERBS.items() for form in forms
}
CUE_LEMMAS: dict[str, str] = {**SPEECH_FORMS, **STANCE_FORMS, **CUE_PHRASES}

# A speech verb, or a cue phrase whose speaker follows ("lød det fra").
SPEECH = rf"(?:{alternation([*SPEECH_FORMS, *CUE_PHRASES])})(?![{LO}])"
# Speech or stance verb ("håber"): allowed where a that-clause or "Det ..." follows.
SPEECH_OR_STANCE = rf"(?:{alternation([*SPEECH_FORMS, *STANCE_FORMS, *CUE_PHRASES])})(?![{LO}])"
AUX = r"(?:har|havde)"

# --- titles and roles ------------------------------------------------------------------

_WHOLE = [t for t in TITLES if not t.startswith("-")]
_HEADS = [t.lstrip("-") for t in TITLES if t.startswith("-")]
_TITLE_CORE = rf"(?i:[{LO}-]*(?:{alternation(_WHOLE)})|[{LO}]+-?(?:{alternation(_HEADS)}))"
TITLE = rf"(?:{_TITLE_CORE})(?![{LO}])"
TITLE_DEFINITE = rf"(?:{_TITLE_CORE})(?:en|n)(?![{LO}])"
_TITLE_RE = re.compile(TITLE)
_TITLE_DEFINITE_RE = re.compile(TITLE_DEFINITE)

_ADJ_SUFFIX = alternation(ROLE_ADJECTIVES["SUFFIX"])
_ADJ = rf"(?i:[{LO}]+(?:{_ADJ_SUFFIX})|{alternation(ROLE_ADJECTIVES['WORDS'])})"
GENITIVE = rf"[{UP}][\w'’-]*(?:s|'s|’s|')(?![\w])"
_ORG_NAME = rf"[{UP}][\w&'’-]*(?:{SP}(?:[{UP}][\w&'’-]*|\d+))*"
# "den russiske viceudenrigsminister", "Natos generalsekretær", "direktør i Novo Nordisk"
ROLE_NP = (
    rf"(?:(?:[Dd]en|[Dd]et){SP})?(?:(?:{GENITIVE}|{_ADJ}){SP}){{0,3}}"
    rf"(?:{TITLE}|{TITLE_DEFINITE})"
    rf"(?:{SP}(?:i|for|hos|ved|på){SP}(?:{_ORG_NAME}|[{LO}]+(?:en|et)(?![{LO}])))?"
)

# --- names -----------------------------------------------------------------------------

NAME_TOKEN = rf"[{UP}][{LO}][\w'’]*(?:-[{UP}]?[{LO}]+)?"
PERSON_NAME = rf"{NAME_TOKEN}(?:{SP}(?:(?:von|van|der|de|la|bin|al){SP})*{NAME_TOKEN})*"
CAPITALISED_RUN = rf"[{UP}][\w&'’-]*(?:{SP}(?:[{UP}][\w&'’-]*|\d+(?![\w.])))*"


def title_head(word: str) -> str | None:
    """The indefinite title a word names: "udenrigsministeren" -> "udenrigsminister"."""
    low = word.lower()
    if _TITLE_RE.fullmatch(low):
        return low
    if _TITLE_DEFINITE_RE.fullmatch(low):
        base = low[:-2] if low.endswith("en") and _TITLE_RE.fullmatch(low[:-2]) else low[:-1]
        return base if _TITLE_RE.fullmatch(base) else None
    return None


def is_definite_title(word: str) -> bool:
    """Whether ``word`` is the definite form of a title ("formanden", "ministeren")."""
    return bool(_TITLE_DEFINITE_RE.fullmatch(word.lower())) and title_head(word) is not None


_NON_NAMES = (
    frozenset(STOP_WORDS)
    | NON_NAMES
    | frozenset(WEEKDAYS)
    | frozenset(f"{d}ens" for d in WEEKDAYS)
    | frozenset(MONTHS)
)


def is_non_name(word: str) -> bool:
    """Whether a capitalised word is only capitalised because it starts a sentence."""
    return word.lower() in _NON_NAMES


# --- gender of first names -------------------------------------------------------------


@cache
def _detector():  # gender_guesser has no type hints
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


_GENDERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}


@cache
def first_name_gender(first: str) -> str | None:
    """``male``/``female`` for a first name, Danish usage first (gender-guesser), else None.

    "andy" (used for both) and names unknown in Denmark fall back to the name's use
    across countries, so "Sergej" is male while "Kim" stays male as Danes use it.
    """
    detector = _detector()
    found = detector.get_gender(first, "denmark")
    if found not in _GENDERS:
        found = detector.get_gender(first)
    return _GENDERS.get(found)


@cache
def is_first_name(word: str) -> bool:
    """Whether gender-guesser knows ``word`` as a first name in any country."""
    if is_non_name(word):
        return False
    return _detector().get_gender(word) != "unknown"


# --- gazetteer -------------------------------------------------------------------------


def genitives(name: str) -> tuple[str, ...]:
    """Danish genitives of a name: "Natos", "EU's", "USA's", "Paris'"."""
    if name[-1] in "sxzSXZ":
        return (name + "'", name + "’")
    if name.isupper() or name[-1].isdigit():
        return (name + "'s", name + "’s")
    return (name + "s",)


def _country_names() -> set[str]:
    """Danish country names from pycountry's iso-codes translation (skip formal "X, Y")."""
    import gettext

    import pycountry

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    except OSError:  # a pycountry build without locales: the hand list still works
        return set()
    names = set()
    for country in pycountry.countries:
        name = translation.gettext(country.name)
        if "," not in name and "(" not in name and name[:1].isupper():
            names.add(name)
    return names


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Every surface form we match, mapped to (label, canonical name).

    Genitives map to their base ("Ruslands" -> "Rusland"); lower-case organisations
    ("politiet") are matched capitalised at a sentence start too.
    """
    table: dict[str, tuple[str, str]] = {}

    def add(name: str, label: str) -> None:
        canonical = "Nato" if name == "NATO" else name
        for form in (name, *genitives(name)):
            table.setdefault(form, (label, canonical))
            if form[:1].islower():
                table.setdefault(form[:1].upper() + form[1:], (label, canonical))

    for name in sorted(ORGANISATIONS):
        add(name, "ORG")
    for name in sorted(PLACES | _country_names()):
        add(name, "LOC")
    return table


def gazetteer_lookup(text: str) -> tuple[str, str] | None:
    """(label, canonical) for a surface form, or None."""
    return gazetteer().get(text)
