"""Give the people of an article their roles, from appositions around their names.

    "Natos generalsekretær, Jens Stoltenberg"      -> role "Natos generalsekretær"
    "Den danske udenrigsminister, Jeppe Kofod"     -> role "den danske udenrigsminister"
    "statsminister Mette Frederiksen"              -> role "statsminister"
    "Jens Stoltenberg, Natos generalsekretær, ..." -> role "Natos generalsekretær"
    "Lars Hansen, der er formand for Dansk Industri" -> role "formand for Dansk Industri"

A role keeps its written form but a leading article or adjective loses the capital it
only has because it starts the sentence ("Den danske ..." -> "den danske ...").

Reads the PER entities (``Span.kb_id_`` = canonical name); writes ``doc._.people``
(``list[Person]``, in order of first mention) and ``doc._.pp_role_heads`` (canonical
name -> title nouns of its roles, such as {"udenrigsminister"}), which the speakers
component uses to resolve "fortsætter udenrigsministeren".
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import (
    ROLE_NP,
    SP,
    first_name_gender,
    gazetteer_lookup,
    title_head,
)
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Person

_BEFORE = re.compile(rf"(?<![\w-])(?P<role>{ROLE_NP}),?{SP}\Z")
_AFTER = re.compile(
    rf",{SP}(?:(?:der|som){SP}(?:er|var){SP})?(?P<role>{ROLE_NP})(?=[,.;]|{SP}og\b)"
)
_WINDOW = 120  # characters before a name to look for its role; a role is a few words


def normalise_role(role: str) -> str:
    """Lower-case a role's first word unless it is a name ("Natos", "Danmarks")."""
    role = " ".join(role.split())
    first = role.split()[0]
    if gazetteer_lookup(first) or (first[:1].isupper() and first.endswith(("s", "'s"))
                                    and not title_head(first)):
        return role
    return role[:1].lower() + role[1:]


def role_head(role: str) -> str | None:
    """The title noun of a role: "den danske udenrigsminister" -> "udenrigsminister"."""
    for word in reversed(re.split(r"\s+(?:i|for|hos|ved|på)\s+", role)[0].split()):
        if head := title_head(word):
            return head
    return None


def find_roles(text: str, mentions: list[tuple[int, int, str]]) -> dict[str, list[str]]:
    """Roles written next to each mention: canonical name -> roles, in text order."""
    roles: dict[str, list[str]] = {}
    for start, end, name in mentions:
        found = roles.setdefault(name, [])
        window_start = max(0, start - _WINDOW, text.rfind("\n", 0, start) + 1)
        for m in (_BEFORE.search(text, window_start, start), _AFTER.match(text, end)):
            if m:
                role = normalise_role(m["role"])
                if role not in found:
                    found.append(role)
    return roles


class RoleFinder:
    """Collect the people of a document with their roles and genders."""

    def __init__(self, nlp: Language, name: str = "pressespejl_roles") -> None:
        self.name = name
        register_extensions()
        if not Doc.has_extension("pp_role_heads"):
            Doc.set_extension("pp_role_heads", default=None)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, *self.find(doc))

    def find(self, doc: Doc) -> tuple[list[Person], dict[str, set[str]]]:
        mentions = [(e.start_char, e.end_char, e.kb_id_ or e.text) for e in doc.ents
                    if e.label_ == "PER"]
        roles = find_roles(doc.text, mentions)
        counts: dict[str, int] = {}
        for _s, _e, name in mentions:
            counts[name] = counts.get(name, 0) + 1
        people = [
            Person(
                name=name,
                roles=tuple(roles.get(name, ())),
                mentions=count,
                gender=first_name_gender(name.split()[0]) if " " in name else None,
            )
            for name, count in counts.items()
        ]
        heads = {p.name: {h for r in p.roles if (h := role_head(r))} for p in people}
        return people, heads

    def set_annotations(
        self, doc: Doc, people: list[Person], heads: dict[str, set[str]]
    ) -> Doc:
        doc._.people = people
        doc._.pp_role_heads = heads
        return doc


@Language.factory("pressespejl_roles")
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    """People with roles from appositions ("Natos generalsekretær, Jens Stoltenberg")."""
    return RoleFinder(nlp, name)
