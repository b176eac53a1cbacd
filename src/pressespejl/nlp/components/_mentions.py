"""Read the speaker mention at a position: "Stoltenberg", "han", "udenrigsministeren" ...

The quotes component finds where a speaker phrase starts (after "siger", before
"håber, at"); ``mention_at`` reads how far the mention goes and what kind it is. The
speakers component then resolves it to a canonical name.

Kinds (they become ``Quote.evidence`` once resolved):

    pronoun        "han", "hun", "de"
    name           "Jens Stoltenberg", "Stoltenberg", "Natos generalsekretær, Jens Stoltenberg"
    title          "udenrigsministeren", "den russiske viceudenrigsminister"
    organisation   "Rusland", "Nato", "politiet"
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressespejl.nlp.components._lexicon import (
    CAPITALISED_RUN,
    PERSON_NAME,
    ROLE_NP,
    SP,
    gazetteer_lookup,
    is_definite_title,
    is_non_name,
    title_head,
)
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
_ROLE_COMMA_NAME = re.compile(rf"(?P<role>{ROLE_NP}),{SP}(?P<name>{PERSON_NAME})")
_ROLE_NAME = re.compile(rf"(?P<role>{ROLE_NP}){SP}(?P<name>{PERSON_NAME})")
_ROLE = re.compile(rf"(?P<role>{ROLE_NP})")
_RUN = re.compile(CAPITALISED_RUN)
_WORD = re.compile(r"[\wæøåÆØÅ-]+")


def _name_kind(text: str) -> str | None:
    """Whether a capitalised run is an organisation/place, a name, or not a speaker."""
    if gazetteer_lookup(text):
        return "organisation"
    first = text.split()[0]
    if is_non_name(first) or title_head(first):
        return None
    return "name"


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
        matches against the roles of people named earlier.
    """
    end = len(text) if end is None else end
    if m := _PRONOUN.match(text, pos, end):
        return Mention(m.group(), m.start(), m.end(), "pronoun")
    for pattern in (_ROLE_COMMA_NAME, _ROLE_NAME):
        m = pattern.match(text, pos, end)
        if m and _name_kind(m["name"]) == "name":
            role = m["role"]
            return Mention(m["name"], m.start("name"), m.end("name"), "name", role)
    # "udenrigsministeren", "den russiske viceudenrigsminister", "Natos generalsekretær";
    # a bare indefinite "minister" is no mention.
    if (m := _ROLE.match(text, pos, end)) and (
        " " in m.group() or is_definite_title(m.group())
    ):
        return Mention(m.group(), m.start(), m.end(), "title", m.group())
    if m := _RUN.match(text, pos, end):
        kind = _name_kind(m.group())
        if kind:
            return Mention(m.group(), m.start(), m.end(), kind)
    word = _WORD.match(text, pos, end)
    if word and gazetteer_lookup(word.group()):
        return Mention(word.group(), word.start(), word.end(), "organisation")
    return None
