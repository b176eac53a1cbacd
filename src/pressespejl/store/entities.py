"""Archive-wide entities: stable ids and which names of one article are one entity.

The nlp stage names things per article (``Person.name``, ``Entity.canonical``,
``Analysis.organisations``/``places``); the store links them across the archive
(``_entity_sql.EntityQueries``) with the rules here:

- A name is compared by its ``name_key`` (folded case, accents, aa = å), so "NATO" and
  "Nato", "Aarhus" and "Århus" are one entity of their kind.
- A person named by one word only ("Stoltenberg") is the person of that surname named
  in full in the same article, else the one person of that surname the archive knows;
  with none or several it stays an entity of its own.
- Inflected forms ("Ruslands") are the nlp stage's business: it gives ``canonical``.

Ids are ``<prefix>:<slug>`` with prefix ``per``, ``org`` or ``loc`` and a slug of the
name key in ASCII: æ -> ae, ø -> oe, å -> aa (so "Århus" and "Aarhus" give
``loc:aarhus``), other accents dropped, anything else between letters and digits
becomes one hyphen. An id never changes once given; if two different names give the
same slug the later one gets ``-2``, ``-3``, ...
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from pressespejl.search.danish import name_key
from pressespejl.types import Analysis

Kind = Literal["person", "org", "place"]
KINDS: tuple[Kind, ...] = ("person", "org", "place")
PREFIXES: dict[str, str] = {"person": "per", "org": "org", "place": "loc"}
LABELS: dict[str, Kind] = {"PER": "person", "ORG": "org", "LOC": "place"}

_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """The ASCII slug of a name: ``"Jens Stoltenberg"`` -> ``"jens-stoltenberg"``."""
    text = name_key(name).translate(_TRANSLITERATE)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_SLUG.sub("-", text).strip("-") or "x"


def entity_id(kind: str, name: str, attempt: int = 1) -> str:
    """The id for a new entity; ``attempt`` > 1 adds ``-2``, ``-3`` after a clash."""
    base = f"{PREFIXES[kind]}:{slug(name)}"
    return base if attempt == 1 else f"{base}-{attempt}"


def check_kind(kind: str | None) -> None:
    """Raise ``ValueError`` naming the valid kinds if ``kind`` is not one."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")


@dataclass
class Mention:
    """One entity as one article names it (before linking to the archive)."""

    kind: Kind
    name: str
    key: str
    mentions: int = 0
    roles: list[str] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)  # name keys that mean this mention

    @property
    def single_word(self) -> bool:
        return " " not in self.key

    @property
    def surname(self) -> str | None:
        """The folded last name of a person named by two or more words."""
        return self.key.rsplit(" ", 1)[-1] if self.kind == "person" and not self.single_word \
            else None


def article_mentions(analysis: Analysis) -> list[Mention]:
    """The entities one article names, one ``Mention`` per entity, sorted by (kind, key).

    Sources: ``people`` (with roles and mention counts), quote speakers, PER/ORG/LOC
    entities (by ``canonical``), ``organisations`` and ``places``. A one-word person name
    equal to the surname of exactly one person named in full here joins that person.
    The sort order matters: PostgreSQL writers lock entity rows in this order.
    """
    found: dict[tuple[str, str], Mention] = {}

    def put(kind: Kind, name: str | None, mentions: int = 0,
            roles: tuple[str, ...] = ()) -> None:
        if not name or not name.strip():
            return
        key = name_key(name)
        if not key:
            return
        mention = found.setdefault((kind, key), Mention(kind, name.strip(), key, aliases={key}))
        mention.mentions += mentions
        mention.roles.extend(r for r in roles if r not in mention.roles)

    for person in analysis.people:
        put("person", person.name, person.mentions, person.roles)
    entity_counts: dict[tuple[Kind, str], int] = {}
    for entity in analysis.entities:
        kind = LABELS.get(entity.label)
        if kind is None or (entity.form == "title" and not entity.canonical):
            continue  # "udenrigsministeren" naming nobody known is not a person
        name = entity.canonical or entity.text
        put(kind, name)
        entity_counts[(kind, name_key(name))] = entity_counts.get((kind, name_key(name)), 0) + 1
    for name in analysis.organisations:
        put("org", name)
    for name in analysis.places:
        put("place", name)
    for quote in analysis.quotes:
        # A speaker the article already names as an organisation or place ("Rusland",
        # "Nato") is that entity, not a person of the same name.
        key = name_key(quote.speaker) if quote.speaker else ""
        if key and not any(k == key for _, k in found):
            put("org" if quote.evidence == "organisation" else "person", quote.speaker)
    for (kind, key), count in entity_counts.items():
        mention = found.get((kind, key))
        # people carry their own count from the nlp stage; others count entity spans
        if mention is not None and (kind != "person" or mention.mentions == 0):
            mention.mentions = max(mention.mentions, count)

    # "Stoltenberg" next to "Jens Stoltenberg" in one article is him.
    full_by_surname: dict[str, list[Mention]] = {}
    for mention in found.values():
        if mention.surname:
            full_by_surname.setdefault(mention.surname, []).append(mention)
    for key in [k for k in found if k[0] == "person"]:
        mention = found[key]
        candidates = full_by_surname.get(mention.key, []) if mention.single_word else []
        if len(candidates) == 1:
            full = candidates[0]
            full.mentions += mention.mentions
            full.roles.extend(r for r in mention.roles if r not in full.roles)
            full.aliases.add(mention.key)
            del found[key]
    out = sorted(found.values(), key=lambda m: (m.kind, m.key))
    for mention in out:
        mention.mentions = max(mention.mentions, 1)
    return out
