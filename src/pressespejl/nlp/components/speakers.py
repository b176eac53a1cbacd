"""Resolve each quote's speaker mention to a canonical speaker within the article.

    name          "Jens Stoltenberg" -> itself; "Natos generalsekretær, Jens Stoltenberg" too
    surname       "Stoltenberg" -> "Jens Stoltenberg" (the latest person with that surname)
    title         "udenrigsministeren" -> the person whose role has that title noun
                  ("den danske udenrigsminister"); exact noun first, then a compound
                  ("ministeren" -> "udenrigsminister"); the latest such person wins
    pronoun       "han"/"hun" -> the latest speaker or sentence subject of that gender
                  (gender from the first name, gender-guesser); earlier mentions only
                  if no speaker or subject fits. "hun" never goes to a man: with no
                  woman in sight the speaker stays unknown (None). A subject is a name
                  that starts its sentence, also after a role ("Anklager Sidsel Frost").
                  A later salient person whose first name gender-guesser does not know
                  ("Aqqaluk Petersen") wins over an earlier one of the right gender.
    organisation  "Rusland", "Natos" -> the gazetteer's base name; a definite
                  organisation noun ("politiet", "Foreningen", "Kommissionen") -> the
                  latest name before it ending in that noun ("Fyns Politi", "Dansk
                  Arbejdsgiverforening", "EU-Kommissionen"), else the noun ("politiet")
    previous      a quote-only paragraph ("- Vi er klar.") -> the previous quote's
                  speaker; with no quote before it, the next one's (evidence "next")

Reads ``doc._.pp_quote_candidates``, ``doc._.people``, ``doc._.pp_role_heads`` and the
PER entities; writes ``doc._.quotes`` (``list[Quote]``, in text order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from pressespejl.nlp.components._confidence import quote_confidence
from pressespejl.nlp.components._lexicon import (
    CAPITALISED_RUN,
    SP,
    gazetteer_lookup,
    is_non_name,
    text_of,
)
from pressespejl.nlp.components._mentions import Mention, organisation_noun
from pressespejl.nlp.components.entities import canonical_of, entity_tuples
from pressespejl.nlp.components.quotes import QuoteCandidate
from pressespejl.nlp.components.roles import role_head
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS
from pressespejl.nlp.da.pronouns import PRONOUNS
from pressespejl.nlp.extensions import register_extensions
from pressespejl.types import Person, Quote

_NAME_RUN = re.compile(rf"(?<![\w-]){CAPITALISED_RUN}")
_ROLE_GAP = re.compile(rf",?{SP}")


def organisation_noun_end(name: str) -> bool:
    """Whether a name ends in an organisation noun ("Esbjerg Kommune", "Fyns Politi")."""
    low = name.lower()
    return low.endswith(tuple(ORGANISATION_NOUNS.values()))


@dataclass
class _Seen:
    """A person seen at ``pos``: a speaker or a sentence subject is ``salient``."""

    pos: int
    name: str
    gender: str | None
    salient: bool


class _Resolver:
    def __init__(self, people: list[Person], heads: dict[str, set[str]], seen: list[_Seen],
                 text: str = ""):
        self.people = {p.name: p for p in people}
        self.heads = heads
        self.seen = seen
        self.text = text
        self._names: list[tuple[int, str]] | None = None
        self.first_seen = {}
        for s in seen:
            self.first_seen.setdefault(s.name, s.pos)

    def resolve(self, mention: Mention) -> tuple[str | None, str]:
        """(canonical speaker or None, evidence) for one mention."""
        if mention.kind == "pronoun":
            return self.pronoun(mention), "pronoun"
        if mention.kind == "title":
            return self.title(mention), "title"
        if mention.kind == "organisation":
            if noun := organisation_noun(mention.text):
                return self.organisation(noun, mention), "organisation"
            return canonical_of(mention.text, "ORG"), "organisation"
        return self.name(mention)

    def organisation(self, noun: str, mention: Mention) -> str:
        """A definite organisation noun -> the latest name before it that ends in the noun
        ("politiet" -> "Fyns Politi", "Foreningen" -> "Dansk Arbejdsgiverforening");
        with none, the noun as a common noun ("politiet")."""
        definite = mention.text.lower()
        for _pos, name in reversed([n for n in self.names() if n[0] < mention.start]):
            words = name.split()
            for word in {words[0], words[-1]}:
                low = word.lower()
                if low in (noun, definite) and len(words) == 1:
                    continue  # the bare noun itself, capitalised at a sentence start
                if low.endswith((noun, definite)):
                    return name
        return definite

    def names(self) -> list[tuple[int, str]]:
        """Capitalised runs of the text (genitive dropped), read once when first needed."""
        if self._names is None:
            self._names = []
            for m in _NAME_RUN.finditer(self.text):
                name = m.group()
                if is_non_name(name.split()[0]):
                    name = name.partition(" ")[2]
                    if not name:
                        continue
                if name.endswith("s") and not name.endswith(("ss", "'s")):
                    base = name[:-1]
                    if organisation_noun_end(base):
                        name = base
                self._names.append((m.start(), name))
        return self._names

    def name(self, mention: Mention) -> tuple[str, str]:
        text = mention.text
        for form in (text, text.removesuffix("s")):
            if form in self.people:
                return form, "name"
        if " " not in text:
            for form in (text, text.removesuffix("s")):
                matches = [n for n in self.people if " " in n and n.split()[-1] == form]
                if matches:
                    return self.latest(matches, mention.start), "surname"
        if gazetteer_lookup(text):
            return canonical_of(text, "ORG"), "organisation"
        return text, "name"

    def latest(self, names: list[str], pos: int) -> str:
        """The name among ``names`` seen last before ``pos`` (else the first seen)."""
        before = [s for s in self.seen if s.name in names and s.pos < pos]
        if before:
            return before[-1].name
        return min(names, key=lambda n: self.first_seen.get(n, 1 << 30))

    def title(self, mention: Mention) -> str | None:
        head = role_head(mention.text)
        if not head:
            return None
        exact = [n for n, heads in self.heads.items() if head in heads]
        if not exact:
            exact = [n for n, heads in self.heads.items() if any(h.endswith(head) for h in heads)]
        known = [n for n in exact if self.first_seen.get(n, 1 << 30) < mention.start]
        return self.latest(known, mention.start) if known else None

    def pronoun(self, mention: Mention) -> str | None:
        gender = PRONOUNS.get(mention.text.lower())
        if gender not in ("male", "female"):
            return None
        fits = [s for s in self.seen if s.pos < mention.start and s.gender == gender]
        salient = [s for s in fits if s.salient]
        pick = (salient or fits)[-1:] if fits else []
        # a name gender-guesser does not know ("Aqqaluk") may be the one meant, when that
        # person is the latest salient one: a later speaker of unknown gender wins
        unknown = [s for s in self.seen if s.pos < mention.start and s.gender is None
                   and s.salient and " " in s.name]
        if unknown and (not pick or unknown[-1].pos > pick[0].pos):
            return unknown[-1].name
        return pick[0].name if pick else None

    def note_speaker(self, name: str, pos: int) -> None:
        """A resolved speaker becomes the most salient person at its quote."""
        person = self.people.get(name)
        if person:
            self.seen.append(_Seen(pos, name, person.gender, True))
            self.seen.sort(key=lambda s: s.pos)


def _seen_people(doc: Doc, people: list[Person]) -> list[_Seen]:
    """PER mentions in text order; one that starts a sentence, or follows a role that
    does ("Anklager Sidsel Frost havde krævet ..."), is a subject (salient)."""
    genders = {p.name: p.gender for p in people}
    starts = {a for a, _b in doc._.pp_sentences or ()}
    roles = doc._.pp_role_spans if Doc.has_extension("pp_role_spans") else None
    text = text_of(doc)
    subject_starts = set(starts)
    for role in roles or ():
        if role.start in starts:
            gap = _ROLE_GAP.match(text, role.end)
            subject_starts.add(gap.end() if gap else role.end)
    seen = []
    for start, _end, label, name in entity_tuples(doc):
        if label == "PER":
            seen.append(_Seen(start, name, genders.get(name), start in subject_starts))
    return seen


def resolve_speakers(
    candidates: list[QuoteCandidate],
    people: list[Person],
    heads: dict[str, set[str]],
    seen: list[_Seen],
    text: str,
) -> list[Quote]:
    """Turn candidates into ``Quote`` records with resolved speakers (rules in module doc)."""
    resolver = _Resolver(people, heads, seen, text)
    resolved: list[tuple[str | None, str | None, str | None, str | None]] = []
    for c in candidates:
        if c.mention is None:
            if resolved and c.follows == "previous":  # "next" is filled in below
                speaker, mention, cue, _ = resolved[-1]
                resolved.append((speaker, mention, cue if c.cue is None else c.cue, "previous"))
            else:
                resolved.append((None, None, c.cue, None))
            continue
        speaker, evidence = resolver.resolve(c.mention)
        if speaker:
            resolver.note_speaker(speaker, c.mention.start)
        resolved.append((speaker, c.mention.text, c.cue, evidence))
    # a quote-only paragraph before any attributed quote, or one that goes on in the next
    # paragraph (follows "next"), takes the next speaker
    for i in range(len(resolved) - 1, -1, -1):
        waiting = resolved[i][3] is None or candidates[i].follows == "next"
        if candidates[i].mention is None and waiting and i + 1 < len(resolved):
            speaker, mention, cue, _ = resolved[i + 1]
            resolved[i] = (speaker, mention, cue, "next")
    return [
        Quote(
            kind=c.kind,  # type: ignore[arg-type]
            text=text[c.start : c.end],
            speaker=speaker,
            speaker_mention=mention,
            cue=cue,
            start=c.start,
            end=c.end,
            evidence=evidence,
            confidence=quote_confidence(c.kind, evidence, speaker),
        )
        for c, (speaker, mention, cue, evidence) in zip(candidates, resolved, strict=True)
    ]


class SpeakerResolver:
    """Resolve quote candidates to ``Quote`` records; writes ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "pressespejl_speakers") -> None:
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[Quote]:
        people = doc._.people or []
        heads = doc._.pp_role_heads or {}
        candidates = doc._.pp_quote_candidates or []
        return resolve_speakers(candidates, people, heads, _seen_people(doc, people), text_of(doc))

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> Doc:
        doc._.quotes = quotes
        return doc


@Language.factory("pressespejl_speakers")
def make_speaker_resolver(nlp: Language, name: str) -> SpeakerResolver:
    """Canonical speakers for quotes: names, surnames, titles, pronouns, organisations."""
    return SpeakerResolver(nlp, name)
