"""Clean the entities of one article and give each thing one canonical name.

The entities component collects spans from a trained NER, gazetteers and name rules;
this module then works on them as plain character spans over the article text, in two
passes (both pure functions, so each rule is tested on a hand-made string):

``clean(text, found, sentence_starts)``, one span at a time:

- web-page chrome is cut off a name's ends ("Anders Holt Kontakt" -> "Anders Holt",
  "Politik Skrevet" -> nothing; ``da/site_chrome.py``), and so are trailing numbers
  ("FC Midtjyllands 2-");
- a cut-off compound part is no name ("Klima-", "PR-");
- one capitalised everyday word at the start of a sentence, or written in capitals, is
  no name ("Efterfulgt", "Afviste", "KRITIK"), unless a gazetteer lists it ("Vejen");
  neither is a form of address ("Majestæt");
- a name that ends in a street, square, station or venue word, or starts with a place
  prefix, is a place ("Tavsens Gade", "Graulundvej", "Mont Ventoux", "Center Sandholm",
  "Udrejsecenter Sjælsmark"; ``da/place_markers.py``);
- a "person" written with English function words is a group or an organisation
  ("Loyal To Familia").

``link(text, found)``, over the whole article:

- case variants are one name ("AALBORG" = "Aalborg", "DAGBLADET Roskilde");
- a genitive is the name without it ("Roglics" -> "Roglic", "B.T.s" -> "B.T.");
- people: a surname, a first name alone ("Holger"), a form without the middle name
  ("Holger Nielsen" for "Holger K. Nielsen") and a name cut off at the end of the text
  all take the fullest full name of the one person they fit;
- organisations: a short form that starts a longer name in the article ("Brøndby" for
  "Brøndby IF"), a definite noun that ends it ("Nationalbanken" for "Danmarks
  Nationalbank") and an acronym of it ("FCM" for "FC Midtjylland") take the longer name;
- a name keeps one label in the article: the gazetteer's, else the one most of its
  mentions have (a single-word "person" that a gazetteer lists as a place, and that is
  nobody's surname here, is that place: "Husum", "Rønne").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from pressespejl.nlp.components._lexicon import (
    gazetteer_lookup,
    is_common_noun,
    is_danish_first_name,
    is_first_name,
)
from pressespejl.nlp.da.party_letters import PARTY_LETTERS
from pressespejl.nlp.da.place_markers import (
    CENTRE_ENDINGS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    STREET_ENDINGS,
)
from pressespejl.nlp.da.site_chrome import EDGE_WORDS, HONORIFICS, SECTION_WORDS


@dataclass(frozen=True)
class Found:
    """An entity as a character span of the article, with its canonical name.

    ``model`` marks a span only the trained NER vouches for; ``listed`` one a gazetteer
    or an organisation rule found (its label and name are not second-guessed).
    """

    start: int
    end: int
    label: str
    canonical: str
    model: bool = False
    listed: bool = False


_WORD = re.compile(r"\S+")
_COMPOUND_HEAD = re.compile(r"(?<=\w)-[a-zæøå]+\Z")
# "Taastrup Station", "Vinderød Skov": a place and the facility or area named after it
_PLACE_WORD_AFTER = re.compile(
    r"[^\S\n]+(?:" + "|".join(sorted(PLACE_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)
_CENTRE_BEFORE = re.compile(
    r"(?<![\w-])[A-ZÆØÅ][a-zæøå]+(?:" + "|".join(CENTRE_ENDINGS) + r")[^\S\n]+\Z"
)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-ZÆØÅ]\.[^\S\n]?)+\Z")
# the words a club's name adds to its town's: "FC Midtjylland", "Brøndby IF", "Esbjerg fB"
_CLUB_AFFIXES = frozenset({"FC", "AC", "IF", "fB", "FF", "BK", "FK", "IK", "SK", "Boldklub"})
# "FC Midtjyllands 2- 1- sejr": a score's parts, but not the number in "TV 2"
_TRAILING_JUNK = re.compile(r"[\d.,:;–-]*[.,:;–-]")
_ENGLISH_FUNCTION_WORDS = frozenset({"To", "Of", "The", "And", "For", "In", "On"})


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _genitive_base(word: str) -> str | None:
    """"Roglics" -> "Roglic", "B.T.s" -> "B.T.", "EU's" -> "EU", "Paris'" -> "Paris"."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    if word.endswith("s") and len(word) > 3 and not word.endswith("ss"):
        return word[:-1]
    return None


def _is_everyday_word(word: str) -> bool:
    """A Danish word form spaCy's lemma table knows, and no first name or listed name."""
    return (is_common_noun(word.lower()) and gazetteer_lookup(word) is None
            and not is_danish_first_name(word))


def clean(text: str, found: Found, sentence_starts: set[int]) -> Found | None:
    """One span without chrome and junk, with a place's label; None if no name is left
    (rules in the module doc)."""
    words = _words(text, found.start, found.end)
    while words and (words[-1].group() in EDGE_WORDS
                     or _TRAILING_JUNK.fullmatch(words[-1].group())):
        words.pop()
    while words and (words[0].group() in EDGE_WORDS or words[0].group() in SECTION_WORDS):
        words.pop(0)
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    if (start, end) != (found.start, found.end):
        written = text[start:end]
        hit = gazetteer_lookup(written)
        found = replace(found, start=start, end=end,
                        canonical=hit[1] if hit else written)
    names = [w.group() for w in words]
    if names[-1].endswith("-"):
        return None  # "Klima-", "PR-": the first part of a compound, cut off
    if found.label == "ORG" and (party := PARTY_LETTERS.get(text[start:end])):
        return replace(found, canonical=party)  # "S støtter ikke": the party, not "S"
    if found.label in ("ORG", "LOC") and (head := _COMPOUND_HEAD.search(found.canonical)):
        # "FC Midtjylland-træneren": the club is named, in a compound with a common noun
        found = replace(found, canonical=found.canonical[: head.start()])
    if (more := _PLACE_WORD_AFTER.match(text, end)) and not (
            found.label == "PER" and is_first_name(names[0])):
        # "Taastrup Station", "Blågårds Plads", "Brøndby Stadion": the place named after it
        return replace(found, end=more.end(), canonical=text[start : more.end()], label="LOC")
    if found.label == "LOC" and (before := _CENTRE_BEFORE.search(text, 0, start)):
        # "Flyvestation Skrydstrup", "Udrejsecenter Sjælsmark"
        return replace(found, start=before.start(), canonical=text[before.start() : end])
    if found.label == "PER" and (initials := _INITIALS_BEFORE.search(text, 0, start)):
        # "H. C. Andersen": initials before the name belong to it
        found = replace(found, start=initials.start(),
                        canonical=" ".join(text[initials.start() : end].split()))
    if found.listed:
        return found
    if len(names) == 1 and _is_junk_word(names[0], start in sentence_starts):
        return None
    if (found.label == "ORG" or (found.label == "PER" and not is_first_name(names[0]))) and (
            _is_place_name(names)):
        return replace(found, label="LOC")  # not "Jørgen Skov": a person's surname
    if found.label == "PER" and any(w in _ENGLISH_FUNCTION_WORDS for w in names):
        return replace(found, label="ORG")
    return found


def _is_junk_word(word: str, sentence_start: bool) -> bool:
    """A form of address ("Majestæt"), or an everyday word that is capitalised only
    because it starts a sentence or a heading in capitals ("Afviste", "KRITIK")."""
    if word in HONORIFICS:
        return True
    capitals = word.isupper() and len(word) > 3
    return (capitals or sentence_start) and _is_everyday_word(word)


def _is_place_name(words: list[str]) -> bool:
    """"Tavsens Gade", "Graulundvej", "Mont Ventoux", "Udrejsecenter Sjælsmark"."""
    last = words[-1]
    if len(words) > 1 and (last in PLACE_WORDS or words[0] in PLACE_PREFIXES):
        return True
    if len(words) > 1 and words[0].lower().endswith(CENTRE_ENDINGS):
        return True
    low = last.lower()
    return any(low.endswith(e) and len(low) > len(e) + 2 for e in STREET_ENDINGS)


# --- one name per thing --------------------------------------------------------------


def _case_key(name: str) -> str:
    return name.casefold()


def _initials(name: str) -> str:
    """The capitals of a name: "FC Midtjylland" -> "FCM", "Danmarks Radio" -> "DR"."""
    return "".join(c for c in name if c.isupper())


def link(text: str, found: list[Found]) -> list[Found]:
    """Give the mentions of one thing one canonical name and one label (module doc)."""
    found = _link_case_and_genitive(found)
    found = _link_people(text, found)
    found = _link_organisations(found)
    return _one_label(found)


def _link_case_and_genitive(found: list[Found]) -> list[Found]:
    names = {f.canonical for f in found}
    by_case: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (n.isupper(), n)):  # "Aalborg" before "AALBORG"
        by_case.setdefault(_case_key(name), name)
    out = []
    for f in found:
        name = f.canonical
        if name.isupper() or any(w.isupper() and len(w) > 3 for w in name.split()):
            name = by_case.get(_case_key(name), name)
            if name == f.canonical and (hit := gazetteer_lookup(name.title())):
                name = hit[1]
        words = name.split()
        base = _genitive_base(words[-1]) if words else None
        if base and name not in names - {f.canonical} | _listed(name):
            based = " ".join([*words[:-1], base])
            if based in names or gazetteer_lookup(based) or (
                    f.label == "PER" and any(n.split()[-1] == based for n in names
                                             if " " in n)):
                name = based
        out.append(replace(f, canonical=name) if name != f.canonical else f)
    return out


def _listed(name: str) -> set[str]:
    hit = gazetteer_lookup(name)
    return {name} if hit and hit[1] == name else set()


def _link_people(text: str, found: list[Found]) -> list[Found]:
    full = [f.canonical for f in found if f.label == "PER" and " " in f.canonical]
    # the fullest form of each person: "Holger K. Nielsen" over "Holger Nielsen"
    fullest: dict[str, str] = {}
    for name in sorted(set(full), key=lambda n: -len(n.split())):
        words = name.split()
        for other in fullest.values():
            o = other.split()
            if o[0] == words[0] and o[-1] == words[-1] and _in_order(words, o):
                fullest[name] = other
                break
        else:
            fullest[name] = name
    people = set(fullest.values())
    text_end = len(text.rstrip())
    for f in found:  # "Klaus La" where the excerpt stops: the one person it starts
        if f.label == "PER" and f.end >= text_end:
            cut = [p for p in people if p.startswith(f.canonical) and p != f.canonical]
            if len(cut) == 1:
                fullest[f.canonical] = cut[0]
                people.discard(f.canonical)
    by_last: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for name in people:
        by_last.setdefault(name.split()[-1], set()).add(name)
        by_first.setdefault(name.split()[0], set()).add(name)
    out = []
    for f in found:
        name = f.canonical
        if f.label == "PER" or (f.model and " " not in name):
            if name in fullest:
                name = fullest[name]
            elif " " not in name:
                base = _genitive_base(name)
                for word in (name, base):
                    if word and len(by_last.get(word, ())) == 1:
                        name = next(iter(by_last[word]))
                        break
                    if word and f.label == "PER" and len(by_first.get(word, ())) == 1:
                        name = next(iter(by_first[word]))
                        break
        if name != f.canonical:
            f = replace(f, canonical=name, label="PER" if name in people else f.label)
        out.append(f)
    return out


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` occur in ``long`` in the same order."""
    it = iter(long)
    return all(w in it for w in short)


def _link_organisations(found: list[Found]) -> list[Found]:
    orgs = {f.canonical for f in found if f.label == "ORG"}
    longer = sorted(orgs, key=lambda n: -len(n.split()))
    clubs: dict[str, str] = {}
    for name in orgs:
        words = name.split()
        town = [w for w in words if w not in _CLUB_AFFIXES]
        if len(town) == 1 and len(words) > 1:
            clubs.setdefault(town[0], name)
    out = []
    for f in found:
        name = f.canonical
        if f.label == "ORG" and not f.listed:
            words = name.split()
            for other in longer:
                o = other.split()
                if len(o) <= len(words):
                    break  # longest first: no longer name is left
                if o[: len(words)] == words:
                    name = other  # "Brøndby" -> "Brøndby IF"
                    break
                if (len(words) == 1 and name[:1].isupper()
                        and name.lower() in (o[-1].lower() + "en", o[-1].lower() + "et")):
                    name = other  # "Nationalbanken" -> "Danmarks Nationalbank"
                    break
                if name.isupper() and 2 <= len(name) <= 5 and _initials(other) == name:
                    name = other  # "FCM" -> "FC Midtjylland"
                    break
            if name == f.canonical and len(words) == 1 and name[:1].isupper():
                # "Kommissionen" -> "Europa-Kommissionen", "EU-Kommissionen"
                hyphened = [o for o in orgs if o.endswith("-" + name)]
                if len(hyphened) == 1:
                    name = hyphened[0]
        if f.label in ("ORG", "LOC") and " " not in name and name in clubs:
            name = clubs[name]  # "bedre end Midtjylland" with "FC Midtjylland" named
            f = replace(f, label="ORG")
        out.append(replace(f, canonical=name) if name != f.canonical else f)
    return out


def _one_label(found: list[Found]) -> list[Found]:
    votes: dict[str, Counter[str]] = {}
    for f in found:
        if f.label in ("PER", "ORG", "LOC"):
            votes.setdefault(f.canonical, Counter())[f.label] += 1
    surnames = {f.canonical.split()[-1] for f in found if f.label == "PER"
                and " " in f.canonical}
    label_of: dict[str, str] = {}
    for name, counts in votes.items():
        hit = gazetteer_lookup(name)
        if hit and hit[1] == name and not (hit[0] == "LOC" and name in surnames):
            label_of[name] = hit[0]
        elif len(counts) > 1:
            label_of[name] = counts.most_common(1)[0][0]
    return [replace(f, label=label_of[f.canonical])
            if f.label in ("PER", "ORG", "LOC") and label_of.get(f.canonical, f.label) != f.label
            else f for f in found]
