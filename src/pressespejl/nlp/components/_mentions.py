"""Read the speaker mention at a position: "Stoltenberg", "han", "udenrigsministeren" ...

The quotes component finds where a speaker phrase starts (after "siger", before
"håber, at"); ``mention_at`` reads how far the mention goes and what kind it is. The
speakers component then resolves it to a canonical name.

Kinds (they become ``Quote.evidence`` once resolved):

    pronoun        "han", "hun", "de"
    name           "Jens Stoltenberg", "Stoltenberg", "Natos generalsekretær, Jens Stoltenberg"
    title          "udenrigsministeren", "den russiske viceudenrigsminister"
    organisation   "Rusland", "Nato", "politiet", "Foreningen", "DigitalEurope" (in
                   "Brancheorganisationen DigitalEurope"), "OCHA" (in "FN's kontor
                   for ..., OCHA")
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressespejl.nlp.components._lexicon import (
    ADJECTIVE,
    CAPITALISED_RUN,
    GENITIVE_WORD,
    LO,
    PERSON_NAME,
    POSTMOD_ORG,
    ROLE_NP,
    SP,
    UP,
    gazetteer_lookup,
    is_definite_title,
    is_non_name,
    split_name_off,
    title_head,
)
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS
from pressespejl.nlp.da.pronouns import PRONOUNS


@dataclass(frozen=True)
class Mention:
    """A speaker phrase as written: ``text`` at ``start``/``end`` in ``doc.text``."""

    text: str
    start: int
    end: int
    kind: str  # pronoun | name | title | organisation
    role: str | None = None  # "Natos generalsekretær" when written next to the name


_PRONOUN = re.compile(rf"(?:{'|'.join(PRONOUNS)})(?![\w])", re.IGNORECASE)
# after a role: ", Jens Stoltenberg", " Lars Brink", ", advokat Kristian Dahl",
# ", 36-årige Camilla Storm", ", amerikanske Jessica Hale"
_NAME_AFTER_ROLE = re.compile(
    rf"(?P<comma>,?){SP}(?:(?:{ROLE_NP}|{ADJECTIVE}){SP})?(?P<name>{PERSON_NAME})"
)
_ROLE = re.compile(rf"(?P<role>{ROLE_NP})")
_RUN = re.compile(CAPITALISED_RUN)
_WORD = re.compile(r"[\wæøåÆØÅ-]+")
_ORG_NOUN_WORD = re.compile(r"[\w-]+")
# "Brancheorganisationen DigitalEurope", "Den tyske industriforening BDI"
_ORG_NOUN_NAME = re.compile(
    rf"(?:(?:[Dd]en|[Dd]et|[Ee]n|[Ee]t){SP})?(?:{ADJECTIVE}{SP}){{0,2}}"
    rf"(?P<noun>[\w-]+){SP}(?P<name>{CAPITALISED_RUN})"
)
# "FN's kontor for koordinering af humanitær bistand, OCHA": the acronym is the name
_ACRONYM_APPOSITION = re.compile(
    rf"{GENITIVE_WORD}(?:{SP}[{LO}][\w-]*){{1,8}},{SP}(?P<acronym>[{UP}]{{2,8}})(?![\w])"
)


def _name_kind(text: str) -> str | None:
    """Whether a capitalised run is an organisation/place, a name, or not a speaker."""
    if gazetteer_lookup(text) or organisation_noun(text):
        return "organisation"
    first = text.split()[0]
    if is_non_name(first) or title_head(first):
        return None
    return "name"


def organisation_noun(word: str) -> str | None:
    """The indefinite noun of a definite organisation noun: "Foreningen" -> "forening"."""
    return ORGANISATION_NOUNS.get(word.lower())


def _is_organisation_noun_word(word: str) -> bool:
    """Whether ``word`` is an organisation noun, or a compound ending in one, written
    indefinite or definite: "industriforening", "Brancheorganisationen", "softwarefirma"."""
    low = word.lower()
    return any(low.endswith((definite, indefinite))
               for definite, indefinite in ORGANISATION_NOUNS.items())


def _role_then_name(text: str, pos: int, end: int) -> Mention | None:
    """A role and the name it introduces: "Natos generalsekretær, Jens Stoltenberg",
    "vagtchef ved Fyns Politi Lars Brink" (the name is cut off the organisation)."""
    m = _ROLE.match(text, pos, end)
    if not m:
        return None
    role_end = m.end()
    post = POSTMOD_ORG.search(text, m.start(), role_end)
    if post:
        role_end = split_name_off(text, post.start("org"), post.end("org"))
    after = _NAME_AFTER_ROLE.match(text, role_end, end)
    if after and _name_kind(after["name"]) == "name":
        role = text[m.start() : role_end]
        return Mention(after["name"], after.start("name"), after.end("name"), "name", role)
    # "udenrigsministeren", "den russiske viceudenrigsminister", "Natos generalsekretær";
    # a bare indefinite "minister" is no mention.
    role = text[m.start() : role_end]
    if " " in role or is_definite_title(role):
        return Mention(role, m.start(), role_end, "title", role)
    return None


def mention_at(text: str, pos: int, end: int | None = None) -> Mention | None:
    """The speaker mention that starts at ``text[pos]``, or None.

    Args:
        text: the whole ``doc.text``.
        pos: where the speaker phrase starts (first non-space character).
        end: where the phrase must stop at the latest (sentence end).

    Notes:
        A role written next to a name ("den russiske viceudenrigsminister, Sergej
        Rjabkov") makes the name the mention and keeps the role; a title alone
        ("udenrigsministeren") is a ``title`` mention that the speakers component
        matches against the roles of people named earlier. A noun that names a kind of
        organisation gives way to the name it introduces ("Brancheorganisationen
        DigitalEurope" -> "DigitalEurope"); alone ("Foreningen", "politiet") it is an
        ``organisation`` mention the speakers component links to a name.
    """
    end = len(text) if end is None else end
    if m := _PRONOUN.match(text, pos, end):
        return Mention(m.group(), m.start(), m.end(), "pronoun")
    if mention := _role_then_name(text, pos, end):
        return mention
    if (m := _ORG_NOUN_NAME.match(text, pos, end)) and _is_organisation_noun_word(m["noun"]):
        name = m["name"]
        if _name_kind(name) and not organisation_noun(name.split()[0]):
            return Mention(name, m.start("name"), m.end("name"), "organisation")
    if m := _ACRONYM_APPOSITION.match(text, pos, end):
        return Mention(m["acronym"], m.start("acronym"), m.end("acronym"), "organisation")
    if m := _RUN.match(text, pos, end):
        kind = _name_kind(m.group())
        if kind:
            return Mention(m.group(), m.start(), m.end(), kind)
    word = _WORD.match(text, pos, end)
    if word and (gazetteer_lookup(word.group()) or organisation_noun(word.group())):
        return Mention(word.group(), word.start(), word.end(), "organisation")
    return None
