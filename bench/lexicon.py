"""The word lists of the benchmark corpus (``bench/vocab/``), loaded into one object.

The lists are ours: Danish first names and surnames, organisations, places, outlets,
roles and per-topic sentence templates, written for this benchmark. Only the filler
sentences come from elsewhere (``filler.py``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

VOCAB = Path(__file__).with_name("vocab")

# A template is text pieces and slot names: "{ORG} vil ..." -> (Slot("ORG"), " vil ...").
_SLOT = re.compile(r"\{([A-Z0-9]+)\}")


@dataclass(frozen=True)
class Slot:
    name: str


Template = tuple[str | Slot, ...]


def parse_template(text: str) -> Template:
    """Split "{ORG} vil ..." into text pieces and ``Slot``s, once, at load time."""
    pieces: list[str | Slot] = []
    for i, part in enumerate(_SLOT.split(text)):
        if i % 2:
            pieces.append(Slot(part))
        elif part:
            pieces.append(part)
    return tuple(pieces)


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    party_letter: str | None = None


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # city, region, country, foreign_city
    adjective: str | None = None  # "danske" for Danmark


@dataclass(frozen=True)
class Role:
    key: str
    title: str
    definite: str
    attach: str  # "country", "party", "city" or "org"
    org_kinds: tuple[str, ...] = ()
    prep: str = "i"


@dataclass(frozen=True)
class Topic:
    name: str
    org_kinds: tuple[str, ...]
    roles: tuple[str, ...]
    keywords: tuple[str, ...]
    leads: tuple[Template, ...]
    quotes: tuple[Template, ...]
    indirect: tuple[Template, ...]
    partial: tuple[str, ...]
    background: tuple[Template, ...]


@dataclass(frozen=True)
class Lexicon:
    first_names: tuple[tuple[str, str], ...]  # (name, "m"/"f")
    surnames: tuple[str, ...]
    organisations: tuple[Organisation, ...]
    places: tuple[Place, ...]
    outlets: tuple[str, ...]
    roles: dict[str, Role]
    topics: tuple[Topic, ...]
    cues: tuple[str, ...]
    continuation_cues: tuple[str, ...]
    indirect_cues: tuple[str, ...]
    partial_frames: tuple[Template, ...]
    tails: tuple[str, ...]
    time_sentences: tuple[Template, ...]
    definitions: tuple[tuple[str, str], ...]
    bylines: tuple[str, ...]
    byline_weights: tuple[int, ...]
    updates: tuple[str, ...]
    orgs_by_kind: dict[str, tuple[Organisation, ...]] = field(default_factory=dict)
    places_by_kind: dict[str, tuple[Place, ...]] = field(default_factory=dict)

    def orgs_of(self, kinds: tuple[str, ...]) -> tuple[Organisation, ...]:
        return tuple(o for kind in kinds for o in self.orgs_by_kind.get(kind, ()))


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _templates(items: list[str]) -> tuple[Template, ...]:
    return tuple(parse_template(t) for t in items)


@functools.cache
def load(folder: Path = VOCAB) -> Lexicon:
    """Read every list in ``folder`` (cached: the corpus asks for it once per process)."""
    first_names = tuple((r[0], r[1]) for r in _rows(folder / "first_names.tsv"))
    surnames = tuple(r[0] for r in _rows(folder / "surnames.txt"))
    organisations = tuple(Organisation(r[0], r[1], r[2] if len(r) > 2 else None)
                          for r in _rows(folder / "organisations.tsv"))
    places = tuple(Place(r[0], r[1], r[2] if len(r) > 2 else None)
                   for r in _rows(folder / "places.tsv"))
    outlets = tuple(r[0] for r in _rows(folder / "outlets.txt"))
    with (folder / "roles.toml").open("rb") as f:
        raw_roles = tomllib.load(f)
    roles = {}
    for key, r in raw_roles.items():
        attach, _, kinds = r["attach"].partition(":")
        roles[key] = Role(key, r["title"], r["definite"], attach,
                          tuple(k for k in kinds.split(",") if k), r.get("prep", "i"))
    with (folder / "topics.toml").open("rb") as f:
        raw_topics = tomllib.load(f)
    topics = tuple(
        Topic(name, tuple(t["orgs"]), tuple(t["roles"]), tuple(t["keywords"]),
              _templates(t["leads"]), _templates(t["quotes"]), _templates(t["indirect"]),
              tuple(t["partial"]), _templates(t["background"]))
        for name, t in raw_topics.items())
    with (folder / "common.toml").open("rb") as f:
        common = tomllib.load(f)
    by_kind: dict[str, list[Organisation]] = {}
    for org in organisations:
        by_kind.setdefault(org.kind, []).append(org)
    places_by_kind: dict[str, list[Place]] = {}
    for place in places:
        places_by_kind.setdefault(place.kind, []).append(place)
    for topic in topics:
        unknown = [r for r in topic.roles if r not in roles]
        if unknown:
            raise ValueError(f"topic {topic.name!r} names unknown roles {unknown}; "
                             f"known: {sorted(roles)}")
    return Lexicon(
        first_names=first_names, surnames=surnames, organisations=organisations,
        places=places, outlets=outlets, roles=roles, topics=topics,
        cues=tuple(common["cues"]), continuation_cues=tuple(common["continuation_cues"]),
        indirect_cues=tuple(common["indirect_cues"]),
        partial_frames=_templates(common["partial_frames"]), tails=tuple(common["tails"]),
        time_sentences=_templates(common["time_sentences"]),
        definitions=tuple((d[0], d[1]) for d in common["definitions"]),
        bylines=tuple(b[0] for b in common["bylines"]),
        byline_weights=tuple(int(b[1]) for b in common["bylines"]),
        updates=tuple(common["updates"]),
        orgs_by_kind={k: tuple(v) for k, v in by_kind.items()},
        places_by_kind={k: tuple(v) for k, v in places_by_kind.items()},
    )


def genitive(name: str) -> str:
    """Danish genitive: "Natos", "Aarhus'", "EU's", "3F's"."""
    if name[-1] in "sxzSXZ":
        return name + "'"
    if name.isupper() or name[-1].isdigit():
        return name + "'s"
    return name + "s"
