"""Give the people of an article their roles, from appositions around their names.

    "Natos generalsekretær, Jens Stoltenberg"      -> role "Natos generalsekretær"
    "Den danske udenrigsminister, Jeppe Kofod"     -> role "den danske udenrigsminister"
    "statsminister Mette Frederiksen"              -> role "statsminister"
    "Jens Stoltenberg, Natos generalsekretær, ..." -> role "Natos generalsekretær"
    "Lars Hansen, der er formand for Dansk Industri" -> role "formand for Dansk Industri"
    "Direktørens forsvarer – advokat Mads Kirk –"  -> roles "advokat", "direktørens forsvarer"
    "formand for fagforeningen Dansk Metal Lars Holt" -> "formand for fagforeningen Dansk Metal"

A role keeps its written form but a leading article or adjective loses the capital it
only has because it starts the sentence ("Den danske ..." -> "den danske ...").

Reads the PER entities (``Span.kb_id_`` = canonical name); writes ``doc._.people``
(``list[Person]``, in order of first mention) and ``doc._.pp_role_heads`` (canonical
name -> title nouns of its roles, such as {"udenrigsminister"}), which the speakers
component uses to resolve "fortsætter udenrigsministeren"; a coordinated title gives one
noun per part ("klima-, energi- og forsyningsminister" -> klimaminister, energiminister,
forsyningsminister), and "spilles af Anders Juul" gives Anders Juul the noun
"skuespiller" (in the heads only: his roles hold what the article wrote).
It also writes ``doc._.pp_title_mentions``: the roles that name a person, as
(start, end, canonical name), which become ``Entity`` records of form "title".
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._lexicon import (
    SP,
    UP,
    RoleSpan,
    first_name_gender,
    is_definite_title,
    is_first_name,
    is_role_adjective,
    role_spans,
    text_of,
    title_head,
)
from pressespejl.nlp.components.entities import entity_tuples
from pressespejl.nlp.da.titles import TITLE_GENDERS, TITLES
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Person

_GAP_BEFORE = re.compile(rf",?{SP}\Z")  # "Natos generalsekretær, " + name
_LINK_AFTER = re.compile(rf",{SP}(?:(?:der|som){SP}(?:er|var){SP})?")  # name + ", der er "
_END_AFTER = re.compile(rf"[,.;]|{SP}og\b")  # the role after a name ends the apposition
# "formand for fagforeningen Krifa": the name after a definite noun is the organisation's
_ORG_NAME_TAIL = re.compile(rf"{SP}[{UP}][\w&'’-]*(?:{SP}[{UP}][\w&'’-]*)*")


def normalise_role(role: str) -> str:
    """Lower-case a role's first word when it is an article, adjective, title or a
    title's genitive: its capital only marks a sentence start ("Den danske ...",
    "Direktørens forsvarer"); names stay ("Natos")."""
    role = " ".join(role.split())
    first = role.split()[0]
    genitive = first.endswith("s") and is_definite_title(first[:-1])  # "Direktørens"
    if first.lower() in ("den", "det") or title_head(first) or is_role_adjective(first) or (
        genitive
    ):
        return role[:1].lower() + role[1:]
    return role


def role_head(role: str) -> str | None:
    """The title noun of a role: "den danske udenrigsminister" -> "udenrigsminister"."""
    for word in reversed(re.split(r"\s+(?:i|for|hos|ved|på)\s+", role)[0].split()):
        if head := title_head(word):
            return head
    return None


def role_heads(role: str) -> set[str]:
    """Every title noun a role gives: one, or one per part of a coordinated title.

    "klima-, energi- og forsyningsminister" -> {"klimaminister", "energiminister",
    "forsyningsminister"}, so a later "Klimaministeren siger" finds the person.
    """
    head = role_head(role)
    if head is None:
        return set()
    heads = {head}
    tail = _shared_tail(head)
    if tail:
        for part in _COORDINATED_PART.findall(role.split(" og ")[0]):
            heads.add(part.lower() + tail)
    return heads


def _shared_tail(head: str) -> str | None:
    """The title a compound title ends in: "forsyningsminister" -> "minister"."""
    for title in _TITLES_LONGEST_FIRST:
        if head.endswith(title) and head != title:
            return title
    return None


_COORDINATED_PART = re.compile(r"([\wæøåÆØÅ]+)-(?=,?\s|$)")
_TITLES_LONGEST_FIRST = sorted((t.lstrip("-") for t in TITLES), key=len, reverse=True)
# "Hovedrollen spilles af Anders Juul": he is an actor, a later "skuespilleren" is him.
# Kept as a title noun for the speakers component only: the article never wrote it.
_PLAYED_BY = re.compile(rf"(?:spilles|spillet|spillede|spilles){SP}af{SP}\Z")
_IMPLIED_ROLE = "skuespiller"


def find_roles(
    text: str, mentions: list[tuple[int, int, str]], spans: list[RoleSpan] | None = None
) -> dict[str, list[str]]:
    """Roles written next to each mention: canonical name -> roles, in text order."""
    spans = role_spans(text) if spans is None else spans
    by_end = {r.end: r for r in spans}
    by_start = {r.start: r for r in spans}
    roles: dict[str, list[str]] = {}
    for start, end, name in mentions:
        found = roles.setdefault(name, [])
        candidates = []
        # the role right before the name: only a comma and spaces between
        gap = text.rfind(",", max(0, start - 3), start)
        for role_end in (start - 1, gap):
            role = by_end.get(role_end)
            if role and _GAP_BEFORE.search(text, role.end, start) and not names_organisation(
                text, role, start
            ):
                candidates.append(role)
                break
        else:
            if role := _role_with_organisation(text, spans, start):
                candidates.append(role)
        if link := _LINK_AFTER.match(text, end):
            role = by_start.get(link.end())
            if role and (_END_AFTER.match(text, role.end) or _org_name_then_end(text, role)):
                candidates.append(role)
        candidates.extend(_dash_roles(text, by_end, by_start, candidates, start, end))
        for role in candidates:
            written = normalise_role(text[role.start : role.end])
            if written not in found:
                found.append(written)
    return roles


def _dash_roles(text: str, by_end: dict[int, RoleSpan], by_start: dict[int, RoleSpan],
                found: list[RoleSpan], start: int, end: int) -> list[RoleSpan]:
    """Roles set off by dashes around a name: "Direktørens forsvarer – advokat Mads Kirk
    – protesterede" gives Mads Kirk "direktørens forsvarer" besides "advokat", and "Mads
    Kirk – direktørens forsvarer – protesterede" gives him the role between the dashes.
    The apposition must close (a second dash, a comma or the sentence end)."""
    roles = []
    inner = min((r.start for r in found if r.end < start), default=start)
    if (dash := _DASH_BEFORE.search(text, max(0, inner - 6), inner)) and (
        role := by_end.get(dash.start())
    ) and _DASH_CLOSE.match(text, end):
        roles.append(role)
    if (dash := _DASH_AFTER.match(text, end)) and (role := by_start.get(dash.end())) and (
        _DASH_CLOSE.match(text, role.end)
    ):
        roles.append(role)
    return roles


_DASH_BEFORE = re.compile(rf"{SP}[–—-]{SP}\Z")
_DASH_AFTER = re.compile(rf"{SP}[–—-]{SP}")
_DASH_CLOSE = re.compile(rf"{SP}[–—-]{SP}|[,.;]")


def _role_with_organisation(text: str, spans: list[RoleSpan], start: int) -> RoleSpan | None:
    """A role whose definite noun introduces an organisation's name written right before
    the person's name: "formand for fagforeningen Dansk Metal Lars Holt", "næstformand i
    partiet Venstre Ida Moe"; the role reaches over the organisation's name."""
    for role in spans:
        if not 0 < start - role.end < 60 or not _ends_in_definite_noun(text, role):
            continue
        tail = _ORG_NAME_BEFORE.fullmatch(text, role.end, start)
        if tail is not None and not is_first_name(tail["first"]):
            return RoleSpan(role.start, start - len(tail["gap"]), role.head)
    return None


_ORG_NAME_BEFORE = re.compile(
    rf"{SP}(?P<first>[{UP}][\w&'’-]*)(?:{SP}[{UP}][\w&'’-]*)*(?P<gap>{SP})")


def _ends_in_definite_noun(text: str, role: RoleSpan) -> bool:
    """Whether a role ends in a lower-case definite noun ("formand for fagforeningen"),
    the word that introduces an organisation's name in close apposition."""
    last = text[role.start : role.end].split()[-1]
    return last.islower() and last.endswith(("en", "et")) and len(last) > 4 and (
        title_head(last) is None)


def names_organisation(text: str, role: RoleSpan, name_start: int) -> bool:
    """Whether the name right after a role is the organisation the role ends in, not the
    role's holder: "formand for fagforeningen Krifa" (a definite noun, then a name that
    starts with no first name); "formand for fagforeningen Hanne Lind" names her."""
    if not _ends_in_definite_noun(text, role):
        return False
    first = re.match(r"[\w'’-]+", text[name_start:])
    return first is not None and not is_first_name(first.group())


def _org_name_then_end(text: str, role: RoleSpan) -> bool:
    """"Lise Berg, formand for fagforeningen Krifa, ...": the apposition goes on with
    the organisation's name before it ends."""
    if not _ends_in_definite_noun(text, role):
        return False
    tail = _ORG_NAME_TAIL.match(text, role.end)
    return tail is not None and not is_first_name(tail.group().split()[0]) and (
        _END_AFTER.match(text, tail.end()) is not None)


def title_mentions(
    text: str,
    mentions: list[tuple[int, int, str]],
    heads: dict[str, set[str]],
    spans: list[RoleSpan] | None = None,
) -> list[tuple[int, int, str]]:
    """Roles that name a person: (start, end, canonical name).

    A role next to a name ("Natos generalsekretær, Jens Stoltenberg") names that person;
    a definite title elsewhere ("udenrigsministeren", "den danske udenrigsminister")
    names the latest person before it whose roles have that title noun (exact first,
    then a compound: "ministeren" -> "udenrigsminister").
    """
    spans = role_spans(text) if spans is None else spans
    by_start = {start: name for start, _end, name in mentions}
    by_end = {end: name for _start, end, name in mentions}
    found = []
    for role in spans:
        name = None
        if (gap := _GAP_AFTER.match(text, role.end)) and not names_organisation(
                text, role, gap.end()):
            name = by_start.get(gap.end())
        if name is None and (before := _LINK_BEFORE.search(text, max(0, role.start - 12),
                                                           role.start)):
            name = by_end.get(before.start())
        if name is None and _is_definite(text[role.start : role.end]):
            name = _latest_with_head(role.head, role.start, mentions, heads)
        if name:
            found.append((role.start, role.end, name))
    return found


def _is_definite(role: str) -> bool:
    """"den danske udenrigsminister" and "udenrigsministeren" point at someone; a bare
    "minister" or "Natos generalsekretær" alone does not."""
    words = role.split()
    if words[0].lower() in ("den", "det"):
        return True
    return len(words) == 1 and is_definite_title(words[0])


def _latest_with_head(
    head: str, pos: int, mentions: list[tuple[int, int, str]], heads: dict[str, set[str]]
) -> str | None:
    for fits in (lambda h: h == head, lambda h: h.endswith(head)):
        names = {n for n, hs in heads.items() if any(fits(h) for h in hs)}
        before = [name for start, _end, name in mentions if start < pos and name in names]
        if before:
            return before[-1]
    return None


def _gender(name: str, roles: list[str]) -> str | None:
    """The gender of a person's first name; for a royal, of the title the name or a role
    gives ("Kong Frederik", "Margrethe" with the role "dronning"): their first name
    stands alone, and a one-word name is no first name to go by."""
    first = name.split()[0]
    if by_title := TITLE_GENDERS.get(first.lower()):
        return by_title
    if " " in name:
        return first_name_gender(first)
    titles = {TITLE_GENDERS.get(role.split()[-1].lower()) for role in roles} - {None}
    return titles.pop() if len(titles) == 1 else None


_GAP_AFTER = re.compile(rf",?{SP}")
_LINK_BEFORE = re.compile(rf",{SP}(?:(?:der|som){SP}(?:er|var){SP})?\Z")


class RoleFinder:
    """Collect the people of a document with their roles and genders."""

    def __init__(self, nlp: Language, name: str = "pressespejl_roles") -> None:
        self.name = name
        register_extensions()
        for ext in ("pp_role_heads", "pp_title_mentions"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, *self.find(doc))

    def find(self, doc: Doc) -> tuple[list[Person], dict[str, set[str]]]:
        mentions = [(a, b, name) for a, b, label, name in entity_tuples(doc) if label == "PER"]
        spans = doc._.pp_role_spans if Doc.has_extension("pp_role_spans") else None
        roles = find_roles(text_of(doc), mentions, spans)
        counts: dict[str, int] = {}
        for _s, _e, name in mentions:
            counts[name] = counts.get(name, 0) + 1
        people = [
            Person(
                name=name,
                roles=tuple(roles.get(name, ())),
                mentions=count,
                gender=_gender(name, roles.get(name, ())),
            )
            for name, count in counts.items()
        ]
        heads = {p.name: {h for r in p.roles for h in role_heads(r)} for p in people}
        text = text_of(doc)
        for start, _e, name in mentions:
            if _PLAYED_BY.search(text, max(0, start - 20), start):
                heads[name].add(_IMPLIED_ROLE)
        doc._.pp_title_mentions = title_mentions(text, mentions, heads, spans)
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
