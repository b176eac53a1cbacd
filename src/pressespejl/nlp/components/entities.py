"""Find people, organisations and places with rules and gazetteers, or keep a model's.

Rules (used when no trained NER ran before this component, and to fill its gaps):

- ORG/LOC: a gazetteer phrase match (``nlp/da/organisations.py``, ``nlp/da/places.py``
  and pycountry's Danish country names), genitives included: "Ruslands" is LOC with
  canonical name "Rusland".
- PER: a run of capitalised words that starts with a first name gender-guesser knows
  ("Jens Stoltenberg", "Sergej Rjabkov"), or a name written next to a role
  ("præsident Volodymyr Zelenskyj", "Natos generalsekretær, Jens Stoltenberg").
- PER by surname: once "Jens Stoltenberg" is named, a later "Stoltenberg" (or
  "Stoltenbergs") is the same person.
- PER by one name: a word the Danish spelling dictionary holds only as a proper noun
  (no place, no Danish word), before a finite verb or after a speech cue ("Medvedev
  afviser", "siger Hummelgaard"); it fills only words nothing else claimed.
- ORG from a photo credit ("Foto: Øxenholt Foto", "Foto: localeyes.dk"), in bylines too.
- LOC by form: a dateline's place ("Lejre - 4. maj 2018"), a river, coast or forest
  ("Gudenåen", "Sydvestpynten"), a road or an electoral district named after a place
  ("Helsingør-motorvejen", "Aalborg Øst-kredsen"); a trained NER's one-word
  "organisation" that reads as a Danish town, outside sport ("Strandby", "Elling").
- Names inside compounds, as UNER tags them: a listed organisation or place with a
  common noun ("EU-landene" -> EU, "Hus Forbi-sælger", "Kina-kampen" -> Kina).
- LOC by form: a street, square or shopping centre ("Tavsens Gade", "Kalvebodvej",
  "Rosengårdscentret"), also at a sentence start; a trained NER's one-word "person"
  that the spelling dictionary holds only as a place ("Vivild har fået ..."), unless a
  speech cue stands before it.
- ORG: a long word one or two letters off a listed one-word organisation
  ("Naalakkersuisutt" -> Naalakkersuisut).
- Ships: a name after a vessel noun ("trawleren Polar Nanoq") is MISC in all mentions.
- By context (issue 9, round 9): PER for two capitalised words in a speaker slot ("siger
  Ask Ravn"); one LOC for "Syd-, Vest- og Nordjylland" and for a saint's name
  ("Sankt Petri Kirke"; "St. Olavs Hospital" is ORG); ORG for the firm after a job
  ("direktør i Bøgetræ", "Director hos Valtech"), for the name in a title compound
  ("ATP-direktør") and for a firm's genitive before its staff ("Linaks personalechef").
- MISC: a country adjective ("russisk", "russiske") with the country as canonical name
  ("Rusland"). MISC, as in CoNLL and DaNE, so the adjective adds no place; the list is
  derived from pycountry's Danish names (``_lexicon.country_adjectives``) plus
  ``da/country_adjectives.py`` for the irregular ones.

A trained NER (``models/da_ner``) writes ``doc.ents`` first. Merging: our PER spans win
(a known first name or a role before the name marks a person's extent better than the
model, which reads "Sundhedsminister Magnus Heunicke" as one name); then the model's
entities outside noise paragraphs; then our gazetteer ORG/LOC/MISC where still free.
Each entity's canonical name is stored as ``Span.kb_id_``.

Noise paragraphs (bylines, captions) get only people: "Foto: Anne Berg" names a person
(never a speaker: the quote components skip those paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pressespejl.nlp.components._entity_forms import (
    THING,
    VESSEL,
    Found,
    clean,
    link,
    listed_clubs,
    names_body,
    person_slot,
    split,
)
from pressespejl.nlp.components._lexicon import (
    CAPITALISED_RUN,
    LO,
    NAME_TOKEN,
    PERSON_NAME,
    SP,
    UP,
    RoleSpan,
    country_adjectives,
    gazetteer,
    gazetteer_lookup,
    genitive_base,
    is_common_noun,
    is_danish_first_name,
    is_first_name,
    is_non_name,
    is_spelling_name,
    is_spelling_place,
    lemma_of,
    role_spans,
    starts_person_name,
    text_of,
    title_head,
    word_ending_in,
)
from pressespejl.nlp.components._org_extents import extend_listed, find_media_by_form
from pressespejl.nlp.da.car_brands import CAR_BRANDS
from pressespejl.nlp.da.organisation_markers import (
    BODY_ENDINGS,
    COURT_WORDS,
    DESCRIBING_NOUNS,
    DESCRIPTOR_ENDINGS,
    EMPLOYEE_NOUNS,
    FOR_HEADS,
    INSTITUTION_ENDINGS,
    NAME_ENDINGS,
    PREFIX_WORDS,
    SUFFIX_WORDS,
    WEB_DOMAINS,
)
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS
from pressespejl.nlp.da.party_letters import (
    FAROESE_MARKERS,
    FAROESE_PARTY_LETTERS,
    GREENLAND_MARKERS,
    GREENLAND_PARTY_LETTERS,
    PARTY_LETTERS,
)
from pressespejl.nlp.da.place_markers import (
    BUILDING_WORDS,
    COMPASS_PREFIXES,
    COMPOUND_PLACE_HEADS,
    NATURE_ENDINGS,
    PLACE_NOUNS,
    ROAD_NUMBER,
    SAINT_PREFIXES,
    STREET_WORD_ENDINGS,
    STREET_WORDS,
)
from pressespejl.nlp.da.site_chrome import EDGE_WORDS
from pressespejl.nlp.da.speech_verbs import SPEECH_VERBS
from pressespejl.nlp.da.storm_nouns import STORM_NOUNS
from pressespejl.nlp.da.vessel_nouns import VESSEL_ENDINGS
from pressespejl.nlp.da.work_nouns import WORK_NOUNS, WORK_NOUNS_INDEFINITE

_NAME_RUN = re.compile(rf"(?<![\w-]){PERSON_NAME}")
# a describing noun right before a name: "gruppen", "bandet", "selskabet"
_DESCRIBED_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(n for n in DESCRIBING_NOUNS if n.endswith(('et', 'en', 'e')))})"
    rf"{SP}\Z"
)
_NAME_AFTER_ROLE = re.compile(rf",?{SP}(?P<name>{PERSON_NAME})")
# the speaker slot: "siger Ask Ravn", "skriver Aqqaluaq B. Egede", "ifølge Tue Vangsted"
_SLOT_VERBS = ("siger", "sagde", "skriver", "skrev", "fortæller", "fortalte", "udtaler",
               "udtalte", "oplyser", "oplyste", "forklarer", "forklarede", "tilføjer",
               "tilføjede", "mener", "mente", "ifølge", "Ifølge")
_NAME_IN_SLOT = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_SLOT_VERBS)}){SP}(?P<name>{PERSON_NAME})(?![\w-])"
)
_NAME_GOES_ON = re.compile(rf"{SP}[A-ZÆØÅ]")

Candidate = tuple[int, int, str, str]  # start char, end char, label, canonical


def _trim_name(text: str, start: int) -> tuple[int, str] | None:
    """Drop leading sentence words from a capitalised run ("Ifølge Jens Stoltenberg"):
    the name starts where ``starts_person_name`` says one does."""
    words = text.split()
    offset = 0
    while words and not starts_person_name(words, 0):
        offset = text.index(words[1], offset + len(words[0])) if len(words) > 1 else len(text)
        words = words[1:]
    if len(words) < 2:
        return None
    return start + offset, text[offset:]


def _name_inside(name: str) -> int | None:
    """Where a person's name starts inside a run that a word no name starts with leads
    ("Ataqatigiit Múte B. Egede" -> 12), or None: only when two or more name words
    are left."""
    words = name.split()
    if len(words) < 3 or starts_person_name(words, 0):
        return None
    for k in range(1, len(words) - 1):
        if starts_person_name(words, k) and not _INITIAL_WORD.match(words[k]):
            offset = 0
            for w in words[:k]:
                offset = name.index(w, offset) + len(w)
            return name.index(words[k], offset)
    return None


_INITIAL_WORD = re.compile(rf"[{UP}][{LO}]?\.\Z")


def _region_word_cut(before: str, name: str) -> int | None:
    """Where a person's name starts when the word before it opens an organisation's
    name ("Region" in "pressechef i Region Syd Ole Berg"): the name's first word still
    belongs to the organisation when two or more name words follow it that start a
    person's name ("Syd" is a first name too, but "Region Syd" is the region)."""
    last = before.split()[-1] if before.split() else ""
    words = name.split()
    if last not in PREFIX_WORDS or len(words) < 3 or not starts_person_name(words, 1):
        return None
    return name.index(words[1], len(words[0]))


def _slot_person(name: str) -> bool:
    """Whether a run of two or three capitalised words in a speaker slot ("siger Ask
    Ravn") names a person: no listed or marked organisation or place in it, and a
    first word a list or the spelling dictionary holds as a name, or an initial after
    it ("Aqqaluaq B. Egede")."""
    words = name.split()
    if not 2 <= len(words) <= 4 or _is_org_word(name) or any(_is_org_word(w) for w in words):
        return False
    if _run_has_marker(name) or _ends_in_company_word(name) or is_non_name(words[0]):
        return False
    first = words[0]
    return (starts_person_name(words, 0) or (
        is_spelling_name(first) and not is_spelling_place(first) and title_head(first) is None))


def _is_org_word(word: str) -> bool:
    return gazetteer_lookup(word) is not None


def _ends_in_company_word(name: str) -> bool:
    """"Royal Greenland", "Kim Seafood": a name whose last word is a company word
    (``SUFFIX_WORDS``) and no first name is a firm's, though its first word is a first
    name gender-guesser knows ("Royal")."""
    last = name.split()[-1]
    return last in SUFFIX_WORDS and not is_first_name(last)


def find_people(
    text: str, regions: Iterable[tuple[int, int]], roles: list[RoleSpan] | None = None
) -> list[Candidate]:
    """PER candidates from first names and roles, then their later surname mentions."""
    found: dict[tuple[int, int], str] = {}
    regions = list(regions)
    roles = role_spans(text) if roles is None else roles
    for start, end in regions:
        for m in _NAME_RUN.finditer(text, start, end):
            trimmed = _trim_name(m.group(), m.start())
            if trimmed and trimmed[0] == m.start() and _DESCRIBED_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()):
                continue  # "den irske gruppe Run Rig": a band, though "Run" is a name
            if trimmed and trimmed[1].split()[0] in COMPASS_PREFIXES:
                continue  # "Vester Mark", "Sønder Omme": a village, no person
            if trimmed and trimmed[0] > m.start() and (cut := _region_word_cut(
                    text[m.start() : trimmed[0]], trimmed[1])) is not None:
                trimmed = (trimmed[0] + cut, trimmed[1][cut:])  # "Region Syd Ole Berg"
            if trimmed and not _is_org_word(trimmed[1]) and not any(
                _is_org_word(w) for w in trimmed[1].split()
            ) and not _ends_in_company_word(trimmed[1]):
                found[(trimmed[0], m.end())] = trimmed[1]
        for role in (r for r in roles if start <= r.start < end):
            m = _NAME_AFTER_ROLE.match(text, role.end, end)
            if not m:
                continue
            name = m["name"]
            first = name.split()[0]
            if _is_org_word(name) or _is_org_word(first) or (
                    is_non_name(first) and not starts_person_name(name.split(), 0)):
                continue
            if title_head(first):
                continue
            span = (m.start("name"), m.end("name"))
            if (cut := _region_word_cut(text[role.start : role.end], name)) is not None:
                span, name = (span[0] + cut, span[1]), name[cut:]  # "i Region Syd Ole Berg"
            elif (cut := _name_inside(name)) is not None:
                # "formand for Inuit Ataqatigiit Múte B. Egede": the organisation's last
                # word is no part of the name
                span, name = (span[0] + cut, span[1]), name[cut:]
            if not any(a <= span[0] < b for a, b in found):
                found[span] = name
        for m in _NAME_IN_SLOT.finditer(text, start, end):
            span = (m.start("name"), m.end("name"))
            if not any(a < span[1] and span[0] < b for a, b in found) and _slot_person(
                    m["name"]):
                found[span] = m["name"]  # "siger Ask Ravn": no list knows "Ask"
    full = {name for name in found.values() if " " in name}
    # "Jens Stoltenbergs" is the genitive of "Jens Stoltenberg" when both occur.
    canonical = {
        name: name[:-1] if name.endswith("s") and name[:-1] in full else name for name in full
    }
    people: list[Candidate] = [
        (a, b, "PER", canonical.get(name, name)) for (a, b), name in sorted(found.items())
    ]
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for a, _b, _label, name in people:
        if " " in name:
            by_surname.setdefault(name.split()[-1], []).append((a, name))
    if by_surname:
        taken = [(a, b) for a, b, _l, _n in people]
        for start, end in regions:
            for at, stop, found_name in surname_mentions(text, list(by_surname), start, end):
                if any(a <= at < b for a, b in taken):
                    continue
                earlier = [n for a, n in by_surname[found_name] if a < at]
                name = earlier[-1] if earlier else by_surname[found_name][0][1]
                people.append((at, stop, "PER", name))
    return people


def _wordlike(char: str) -> bool:
    """``[\\w-]`` as ``re`` reads it in a ``str`` pattern (``\\w``: alphanumeric or
    ``_``)."""
    return char.isalnum() or char in "_-"


def surname_mentions(text: str, surnames: list[str], start: int,
                     end: int) -> list[tuple[int, int, str]]:
    """(start, end, surname) of each mention of one of ``surnames`` in ``text[start:end]``,
    alone or in the genitive ("Stoltenbergs", "Obama's"): the matches, in order, of
    ``(?<![\\w-])(?P<s>S1|S2|...)(?:s|'s)?(?![\\w-])`` with the surnames escaped in
    this order, found without that pattern.

    Notes:
        ``find_people`` compiled that pattern for every article with a full name, a
        fresh one each time (its surnames): 0.2-0.3 ms per article, more than the
        search. A plain ``str.find`` for each surname gives the places where one
        starts; at each, in text order and past the last mention, the surnames are
        tried in their order as the alternation tries them, with the genitive
        endings, the word boundaries before (which ``finditer`` reads before
        ``start`` too) and after (never past ``end``). The pattern compiled once per
        list of surnames (an ``lru_cache``) is simpler but not as fast: articles rarely
        share their list, and ``find_people`` took 0.64 against 0.36 ms per real-news
        article, 0.56-0.69 against 0.38-0.54 on generated ones (round 13).
    """
    starts: set[int] = set()
    for surname in surnames:
        at = text.find(surname, start, end)
        while at >= 0:
            starts.add(at)
            at = text.find(surname, at + 1, end)
    found: list[tuple[int, int, str]] = []
    after = start
    for at in sorted(starts):
        if at < after or (at > 0 and _wordlike(text[at - 1])):
            continue
        for surname in surnames:
            if not text.startswith(surname, at, end):
                continue
            stop = at + len(surname)
            ends = [stop + len(e) for e in ("s", "'s") if text.startswith(e, stop, end)]
            stop = next((e for e in (*ends, stop) if e >= end or not _wordlike(text[e])),
                        None)
            if stop is not None:
                found.append((at, stop, surname))
                after = stop
                break
    return found


_CAPITALISED = re.compile(rf"(?<![\w-]){CAPITALISED_RUN}")
_RUN_WORD = re.compile(r"\S+")
_COMPANY_FORM = re.compile(rf"{SP}(?:A/S|I/S|P/S)(?![\w/])")
_COURT_TOWN = re.compile(rf"{SP}i{SP}[{UP}][\w-]+")
# a marker word or its genitive ("Kommunes"), or a word with a marker ending: every
# organisation find_organisations reads has one in its capitalised run (or a company
# form such as "A/S" right after it)
_MARKERS = frozenset(w + s for w in SUFFIX_WORDS | PREFIX_WORDS | COURT_WORDS for s in ("", "s"))
_MARKER_ENDINGS = tuple(e + s for e in NAME_ENDINGS + DESCRIPTOR_ENDINGS + INSTITUTION_ENDINGS
                        + BODY_ENDINGS for s in ("", "s"))


@lru_cache(maxsize=1 << 16)
def _run_has_marker(run: str) -> bool:
    """Whether a capitalised run holds a marker word (cached: runs repeat)."""
    return any(w in _MARKERS or w.lower().endswith(_MARKER_ENDINGS) for w in run.split())


def _has_marker(text: str, run: re.Match[str]) -> bool:
    if _run_has_marker(run.group()):
        return True
    return "/" in text[run.end() : run.end() + 6] and bool(_COMPANY_FORM.match(text, run.end()))


STRONG_ORG = "ORG_RULE"
"""Candidate label of an organisation found by ``find_organisations``: like our people,
it wins over a trained NER's reading of the same words (stored as "ORG")."""
STRONG_LOC = "LOC_RULE"
"""The same for a place a gazetteer lists under a name of several words ("New York")."""
PRODUCT = "PRODUCT"
"""Candidate label of a product named as one ("en Volvo", "Audi 80"): it wins over a
trained NER's organisation there, and is written as MISC; the company's other mentions
keep their label ("Volvo har solgt ...")."""
_STRONG = {"ORG": STRONG_ORG, "LOC": STRONG_LOC}
_PLAIN = {STRONG_ORG: "ORG", STRONG_LOC: "LOC", PRODUCT: "MISC"}

_ALL_LETTERS = sorted(set(PARTY_LETTERS) | set(GREENLAND_PARTY_LETTERS)
                      | set(FAROESE_PARTY_LETTERS), key=len, reverse=True)
_PARTY_LETTER = re.compile(
    r"\([^\S\n]*(?P<letter>" + "|".join(_ALL_LETTERS) + r")[^\S\n]*\)"
)


def _marker_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(words))) + r")(?![\w-])")


_GREENLAND = _marker_pattern(GREENLAND_MARKERS)
_FAROES = _marker_pattern(FAROESE_MARKERS)


def party_letter_table(text: str) -> dict[str, str]:
    """The party letters an article's politicians are written with: Greenland's or the
    Faroe Islands' when the article's words place it there more than once and more
    often than in the other country, else Denmark's."""
    greenland = len(_GREENLAND.findall(text))
    faroes = len(_FAROES.findall(text))
    if greenland >= 2 and greenland > faroes:
        return GREENLAND_PARTY_LETTERS
    if faroes >= 2 and faroes > greenland:
        return FAROESE_PARTY_LETTERS
    return PARTY_LETTERS


def find_party_letters(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """The party a politician's bracketed letter stands for: "Mette Frederiksen (S)" ->
    "S" as the organisation "Socialdemokratiet" (``da/party_letters.py``); "Kim
    Kielsen (S)" in a story about Greenland -> "Siumut"."""
    table = party_letter_table(text)
    found = []
    for start, end in regions:
        for m in _PARTY_LETTER.finditer(text, start, end):
            if party := table.get(m["letter"]):
                found.append((m.start("letter"), m.end("letter"), STRONG_ORG, party))
    return found


# "presse-fotos.dk", "Sermitsiaq.AG", "Bornholm.nu": a web site named by its address
# is an organisation (the outlet or the company behind it); not an e-mail address
# ("red@bornholm.nu") or a link ("pic.twitter.com/...")
_WEB_NAME = re.compile(
    r"(?<![\w@/.:-])(?P<name>[\w][\w-]*(?:\.[\w-]+)*\.(?i:"
    + "|".join(sorted(WEB_DOMAINS, key=len, reverse=True)) + r"))(?![\w/@-]|\.\w)"
)
# "det sociale medie X", "på platformen X": the one-letter name of the former Twitter
_MEDIUM_X = re.compile(
    rf"(?:[Ss]ociale?{SP}medie[rt]?|[Pp]latformen|[Tt]jenesten){SP}(?P<name>X)(?![\w-])"
)
# "Center for Cybersikkerhed", "Styrelsen for Samfundssikkerhed", "Ministeriet for
# Klima, Energi og Forsyning": a comma inside the field only lists words up to an "og";
# after the last field word a comma ends the name ("Departementet for Fiskeri og Fangst,
# Jørgen Isak Olsen": a person follows in the list)
_FIELD_WORDS = rf"[{UP}][\w-]+(?:{SP}[{UP}][\w-]+)*"
_FOR_NAME = re.compile(
    r"(?<![\w-])(?P<head>" + "|".join(sorted(FOR_HEADS, key=len, reverse=True))
    + rf"){SP}for{SP}(?P<field>{_FIELD_WORDS}"
    rf"(?:(?:,{SP}{_FIELD_WORDS})*{SP}og{SP}{_FIELD_WORDS})?)"
)
# "University of Wisconsin", "London School of Economics": an English name with "of"
_OF_NAME = re.compile(
    rf"(?<![\w-])(?:[{UP}][\w-]+{SP}){{0,2}}(?:University|College|School|Institute|Academy"
    rf"|Bank|Museum|Court){SP}of{SP}(?:the{SP})?[{UP}][\w-]+(?:{SP}[{UP}][\w-]+){{0,2}}"
)
# "Tavsens Gade", "Kalvebodvej", "Rosengårdscentret": a street, a square or a centre by
# its last word, also where a sentence starts with it (no trained NER reads it then)
_STREET = re.compile(
    rf"(?<![\w-])(?:(?P<run>(?:[{UP}][\w'’-]*{SP}){{1,2}}(?:{'|'.join(sorted(STREET_WORDS))}))"
    rf"|(?P<word>[{UP}][{LO}]{{3,}}(?:{'|'.join(STREET_WORD_ENDINGS)})))(?![\w-])"
)
# a capitalised word of ten letters or more: perhaps a misspelt organisation
_LONG_WORD = re.compile(rf"(?<![\w-])[{UP}][{LO}]{{9,}}(?![\w-])")
# "Vester Mark", "Sønder Omme", "Nørre Nebels": a village named with a compass word
_COMPASS_PLACE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{'|'.join(sorted(COMPASS_PREFIXES))}){SP}[{UP}][{LO}]{{2,}})"
    rf"(?P<gen>s)?(?![\w-])(?!{SP}[{UP}])"
)
# "E45", "E45 Sønderjyske Motorvej", "Rute 9"
_ROAD = re.compile(
    rf"(?<![\w-]){ROAD_NUMBER}(?![\w-])(?:{SP}(?:[{UP}][\w-]+{SP})*Motorvej(?:en)?(?![\w-]))?"
)
# "Lotek A/S", "NIELSEN MARINE ApS": a name right before a Danish company form
_COMPANY_FORMS = ("A/S", "ApS", "I/S", "P/S", "K/S", "A.m.b.a.", "AMBA")
_COMPANY = re.compile(
    rf"(?<![^\W\d_])(?P<name>(?:[{UP}]|\d+[{UP}])[\w&'’.-]*(?:{SP}(?:[{UP}]|\d+[{UP}]|&)[\w&'’.-]*){{0,3}})"
    rf"{SP}(?P<form>{'|'.join(map(re.escape, _COMPANY_FORMS))})(?![\w/])"
)


def _lower_noun_ending_in(nouns: Iterable[str]) -> str:
    r"""A lower-case word that ends in one of ``nouns`` ("sikkerhedsfirmaet",
    "it-firmaet"). The same matches before a space as ``(?<![\w-])(?:[a-zæøå]
    [a-zæøå-]*?)?(?:nouns)``, whose lazy prefix tried every noun at every letter of
    every word: every noun is of the letters and hyphens the prefix takes and starts
    with a letter (``word_ending_in``)."""
    return rf"(?<![\w-])(?=[a-zæøå]){word_ending_in(nouns, 'a-zæøå-', ignore_case=False)}"

# "sikkerhedsfirmaet CSIS", "onlinemedie TechCrunch": an organisation noun, then a name
_DESCRIBED_BODY = re.compile(
    rf"(?:{_lower_noun_ending_in(DESCRIBING_NOUNS)}"
    # capitalised only where a sentence starts ("Bandet Moving Hearts spiller"): inside
    # a sentence "i Tænketanken Prospekt" is the whole name
    rf"|(?m:^|(?<=[.!?:] )|(?<=[-–»\"] ))(?:{'|'.join(n.capitalize() for n in DESCRIBING_NOUNS)}))"
    rf"{SP}(?P<name>{CAPITALISED_RUN})"
)
# "i delstaten Missouri", "kasinobyen Las Vegas": a place noun, then a name
_DESCRIBED_PLACE = re.compile(
    rf"{_lower_noun_ending_in(PLACE_NOUNS)}{SP}(?P<name>{CAPITALISED_RUN})"
)
# "trawleren Polar Nanoq", "Skibet Polar Princess": a vessel noun, then a ship's name
_VESSEL_NAME = re.compile(
    rf"(?<![\w-]){word_ending_in(VESSEL_ENDINGS)}{SP}[\"»“„']?(?P<name>{PERSON_NAME})"
)
# "sangen Qilak", "hans nye bog Stille Vand", "tv-serien »Borgen«": a work's noun, then
# its title (an indefinite noun only after a possessive or an article: "Han sang i Nuuk")
_OWNERS = ("hans", "hendes", "deres", "sin", "sit", "sine", "min", "mit", "din", "dit",
           "vores", "jeres", "en", "et", "ny", "nye", "første", "sidste", "seneste")
_WORK_NAME = re.compile(
    rf"(?<![\w-])(?:{word_ending_in(WORK_NOUNS)}"
    rf"|(?i:(?:{'|'.join(_OWNERS)}){SP}(?:[{LO}]+e{SP})?(?:{'|'.join(WORK_NOUNS_INDEFINITE)})))"
    rf"{SP}(?P<quote>[\"»“„']?)(?P<name>{PERSON_NAME})"
)
# "Volvo V90", "Audi 80", "Citroën B 12", "Tesla Model 3": a car by its make and model;
# "en sort Volvo", "sin Tesla": a car by its make after an article or a possessive
_MAKES = "|".join(map(re.escape, sorted(CAR_BRANDS, key=len, reverse=True)))
_CAR_MODEL = re.compile(
    rf"(?<![\w-])(?P<name>{_MAKES}){SP}(?:Model{SP})?(?:[A-Z]{{1,3}}[^\S\n-]?)?\d{{1,3}}"
    rf"[A-Za-z]?(?![\w-])"
)
_CAR_AFTER_ARTICLE = re.compile(
    rf"(?<![\w-])(?:en|et|sin|sit|min|din|hans|hendes|deres|vores|jeres)"
    rf"(?:{SP}[{LO}][{LO}-]*){{0,3}}{SP}(?P<name>{_MAKES})(?![\w-])"
)
# "stormen Allan", "Orkanen Katrina", "stormfloden Xaver": a storm's one-word name
_STORM_NAME = re.compile(
    rf"(?<![\w-]){word_ending_in(STORM_NOUNS)}{SP}(?P<name>{NAME_TOKEN})(?![\w-])"
)
# "Helsingør-motorvejen", "Aalborg Øst-kredsen": a road or a district named after a place
_PLACE_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<name>[{UP}][\w]+(?:{SP}[{UP}][\w]+)?)-(?:{'|'.join(COMPOUND_PLACE_HEADS)})"
    rf"(?![\w-])"
)
# "Gudenåen", "Sydvestpynten": a river, a coast or a forest
_NATURE_NAME = re.compile(
    rf"(?<![\w-])[{UP}][{LO}]+(?:{'|'.join(NATURE_ENDINGS)})(?![\w-])"
)
# "NBC-journalisten", "Aller-koncernen", "G7-landene", "Hus Forbi-sælger": a name in a
# compound with a common noun (the word before it is tried too, for a listed name of two)
_NAME_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<before>[{UP}][{LO}]+{SP})?"
    rf"(?P<name>[{UP}][{UP}\d]{{1,5}}|[{UP}][{LO}]+)-(?P<head>[{LO}]{{3,}})(?![\w-])"
)
# acronyms that head compounds without naming an organisation: "TV-programmet",
# "PR-chefen", "EM-finalen", "CO-udledning"
_NOT_ORG_ACRONYMS = frozenset({
    "TV", "PC", "IT", "DNA", "CO", "EM", "VM", "OL", "PR", "HR", "ID", "GPS", "SMS",
    "USB", "PDF", "DJ", "AI", "EL", "MC", "SU", "UK", "ATP", "SOS", "VIP", "CPR", "PH",
})


# acronyms of three letters or more that name things, diseases, measures or documents,
# not organisations ("BNP", "ADHD", "PFAS")
_THING_ACRONYMS = frozenset({
    "BNP", "ADHD", "HIV", "AIDS", "PCR", "NGO", "CEO", "CFO", "CTO", "PFAS", "PFOS", "MRSA",
    "COVID", "SARS", "MERS", "EUR", "DKK", "USD", "NOK", "SEK", "GBP", "LED", "SUV", "GPS",
    "SMS", "MMS", "PDF", "USB", "DNA", "RNA", "CPR", "VIP", "UFO", "FAQ", "EKG", "KOL",
    "BMI", "MRI", "ATP", "WTA", "NFT", "API", "HTML", "URL", "CSV", "ISBN", "IQ",
    "OBS", "ADSL", "WIFI", "ABC", "DVD", "NOX",
    "MMR", "HPV", "ALS", "PTSD", "OCD", "CBD", "THC", "LSD", "ECTS",
    "STX", "HHX", "HTX", "HF", "EUX", "SOSU", "FGU", "VVS", "IKT", "BBQ", "DIY",
})
# an acronym standing alone: "FISA tvang ACO til ændringer" (an unlisted organisation)
_ACRONYM = re.compile(rf"(?<![\w&./-])(?P<name>[{UP}]{{3,6}})(?![\w&/-]|\.\w)")
_ROMAN = re.compile(r"[IVXLCDM]+\Z")
_CAPS_WORD = re.compile(rf"[{UP}]{{2,}}")


def _lone_acronym(text: str, m: re.Match[str]) -> bool:
    """Whether an all-capital word is an organisation's acronym: not a listed name, no
    acronym of a thing, no roman numeral, no Danish word in capitals ("KRITIK"), and not
    inside a heading written in capitals (its neighbour words are in capitals too)."""
    name = m["name"]
    if (name in _NOT_ORG_ACRONYMS or name in _THING_ACRONYMS or _ROMAN.match(name)
            or gazetteer_lookup(name) is not None or is_common_noun(name.lower())
            or lemma_of(name.lower()) is not None or is_non_name(name)):
        return False
    before = text[max(0, m.start() - 20) : m.start()].split()
    after = text[m.end() : m.end() + 20].split()
    return not ((before and _CAPS_WORD.match(before[-1])) or (after and _CAPS_WORD.match(
        after[0])))


def _name_of_run(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in a capitalised run after a describing noun: from its first word that
    is no sentence word, up to a person's name ("firmaet CSIS Peter Kruse" -> "CSIS")."""
    words = list(_RUN_WORD.finditer(text, start, end))
    while words and is_non_name(words[0].group()):
        words.pop(0)
    if not words:
        return None
    stop = words[-1].end()
    for k in range(1, len(words) - 1):
        if starts_person_name([w.group() for w in words], k):
            stop = words[k - 1].end()
            break
    return words[0].start(), stop


LONE_PER = "PER_LONE"
"""Candidate label of a person named by one word only ("Medvedev afviser"): it fills
only words no trained NER and no other rule claimed, and is written out as PER."""
_PERSON_VERBS = frozenset(
    form for forms in SPEECH_VERBS.values() for form in forms if form.endswith(("r", "e"))
) | frozenset({"mener", "mente", "har", "havde", "vil", "ville", "skal", "skulle", "kan",
               "kunne", "er", "var", "afviser", "afviste", "kalder", "kaldte", "kritiserer",
               "kritiserede", "får", "fik", "går", "gik", "tror", "troede", "holdt",
               "sagde", "tog", "så", "kom"})
_LONE_NAME = re.compile(rf"(?<![\w.'’-])(?P<name>[{UP}][{LO}]{{2,}}){SP}(?P<verb>[{LO}]+)\b")
_NAME_AFTER_CUE = re.compile(
    rf"(?:\b(?:siger|sagde|mener|mente|ifølge|fortæller|fortalte|skriver|skrev)){SP}"
    rf"(?P<name>[{UP}][{LO}]{{2,}})(?![\w-])(?!{SP}[{UP}])"
)


# "- Det er dyrt, siger Kaalund.", "»Hvorfor?« spurgte Dalmark og gik": a quote, its
# speech verb, and one capitalised word that ends the attribution
_ATTRIBUTION_VERBS = sorted(
    {f for forms in SPEECH_VERBS.values() for f in forms if f.endswith(("r", "e"))}
    | {"mener", "mente", "grinede", "lo", "spurgte", "svarede", "fastslog", "råbte"},
    key=len, reverse=True,
)
_NAME_AFTER_QUOTE = re.compile(
    rf"(?:[,!?…][\"»”']?|[\"»”']){SP}(?:{'|'.join(_ATTRIBUTION_VERBS)}){SP}"
    rf"(?P<name>[{UP}][{LO}]{{2,}})(?=[^\S\n]*(?:[.,;:!?]|\Z)|{SP}(?:til|og|om|da|efter)\b)"
)


def _attributed_name(word: str) -> bool:
    """Whether the one capitalised word after a quote's speech verb is a person's
    name: no listed organisation or place, no sentence word, title or organisation
    noun, and no definite common noun ("siger Formanden", "siger Politiet"). Surnames
    that are also Danish words ("Svane", "Bolle", "Lange") count: in that position
    only a name is capitalised."""
    low = word.lower()
    return not (gazetteer_lookup(word) is not None or is_non_name(word)
                or title_head(word) is not None or low in ORGANISATION_NOUNS
                or (low.endswith(("en", "et", "ene", "erne")) and is_common_noun(low)))


_CAPITALISED_BEFORE = re.compile(rf"[{UP}][\w.'’-]*[^\S\n]\Z")


def _finite_verb(word: str) -> bool:
    """A verb in the present or past tense: "siger", "slår", "afviste", "har"."""
    if word in _PERSON_VERBS:
        return True
    lemma = lemma_of(word)
    if lemma is None or lemma == word:
        return False
    if word.endswith("r") and lemma in (word[:-1], word[:-2]):
        return True  # "slår" -> "slå", "afviser" -> "afvise"
    if word.endswith(("en", "et", "ene", "erne")):
        return False  # "skolen" -> "skole": a definite noun
    # "afviste" -> "afvise", "gik" -> "gå", "vandt" -> "vinde": a past tense
    return lemma.endswith(("e", "å")) and len(lemma) > len(word) - 2 and word[:1] == lemma[:1]


# "Syd-, Vest- og Nordjylland", "Nord- eller Sydsjællands": first parts with a hyphen,
# then the whole last word; not a name that goes on ("Syd- og Sønderjyllands Politi")
_COORDINATED_PLACES = re.compile(
    rf"(?<![\w-])(?P<parts>(?:[{UP}][{LO}]*-,?{SP})*[{UP}][{LO}]*-){SP}(?:og|eller){SP}"
    rf"(?P<last>[{UP}][{LO}]+)(?![\w-])(?!{SP}[{UP}])"
)
_PART = re.compile(rf"[{UP}][{LO}]*(?=-)")


def _shared_tail(parts: list[str], last: str) -> str | None:
    """The end of ``last`` that every first part takes to make a listed place ("jylland"
    for "Syd-, Vest- og Nordjylland"), or None."""
    for k in range(1, len(last) - 2):
        tail = last[k:]
        if all((gazetteer_lookup(p + tail) or ("",))[0] == "LOC" for p in parts):
            return tail
    return None


def find_coordinated_places(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """A coordination of truncated compounds that names places is one place, written as
    the article writes it: "Syd-, Vest- og Nordjylland", "Nord- og Sydsjællands" ->
    "Nord- og Sydsjælland" (one span, as UNER and the real-news gold annotate it), when
    the last word and every completed part are listed places (a trained NER reads the
    whole as one organisation)."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _COORDINATED_PLACES.finditer(text, start, end):
            last = m["last"]
            base = genitive_base(last)
            hit = (base and gazetteer_lookup(base)) or None
            if hit is not None:
                last = base  # "Sydsjællands kommuner": the place without its genitive
            else:
                hit = gazetteer_lookup(last)
            if hit is None or hit[0] != "LOC":
                continue
            parts = list(_PART.finditer(text, m.start("parts"), m.end("parts")))
            tail = _shared_tail([p.group() for p in parts], last)
            if tail is None:
                continue
            written = text[m.start() : m.start("last")] + last  # the genitive's "s" left out
            found.append((m.start(), m.start("last") + len(last), STRONG_LOC,
                          " ".join(written.split())))
    return found


# "Sankt Petersborg", "Skt. Jørgens Kirke", "Mount St. Helens University": a saint's
# title and the capitalised words after it
_SAINT_NAME = re.compile(
    rf"(?<![\w.-])(?:(?:Mount|Port|Fort|Lake|Cape){SP})?"
    rf"(?:{'|'.join(re.escape(p) for p in SAINT_PREFIXES)}){SP}"
    rf"(?P<run>[{UP}][\w'’-]*(?:{SP}[{UP}][\w'’-]*){{0,2}})(?![\w-])"
)


def find_saint_names(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """A name with a saint's title, title included: an organisation when an organisation
    word ends it ("St. Olavs Hospital", "Mount St. Helens University"), a place when it
    is one word ("Sankt Petersborg") or ends in a church, square or street word ("Sankt
    Petri Kirke"); no person, though "Petri" is a first name. A holiday ("Sankt Hans")
    is dropped later (``_entity_forms.clean``)."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _SAINT_NAME.finditer(text, start, end):
            words = m["run"].split()
            name = " ".join(m.group().split())
            if gazetteer_lookup(name) is not None:
                continue  # the phrase matcher has it
            if _run_has_marker(m["run"]):
                found.append((m.start(), m.end(), STRONG_ORG, name))
            elif len(words) == 1 or words[-1] in BUILDING_WORDS:
                found.append((m.start(), m.end(), STRONG_LOC, name))
    return found


# "direktør i Bøgetræ", "salgschef hos Frugtex A/S": a job, then its employer
_EMPLOYER = re.compile(
    rf"(?<![\w-]){word_ending_in(EMPLOYEE_NOUNS)}"
    rf"{SP}(?:i|hos){SP}(?P<name>[{UP}][\w&'’-]*(?:{SP}[{UP}][\w&'’-]*){{0,2}})(?![\w-])"
)


def _place_or_person(words: list[str]) -> bool:
    """Whether a name after "i"/"hos" is a place or a person's: a listed or spelling
    place or a country ("direktør i Vejle", "ansat i Norge"), or a first name
    ("ansat hos Mette Berg")."""
    name = " ".join(words)
    hit = gazetteer_lookup(name) or gazetteer_lookup(words[0])
    if hit is not None:
        return hit[0] != "ORG"
    return (is_spelling_place(words[0]) or starts_person_name(words, 0)
            or is_first_name(words[0]))


def _everyday_noun(word: str) -> bool:
    """A definite Danish noun, or a compound ending in one ("Hjemmeplejen",
    "Kommunen"): a unit, no firm's name; an indefinite one may be a firm's
    ("direktør i Nordlys")."""
    low = word.lower()
    return low.endswith(("en", "et", "ene", "erne")) and any(
        is_common_noun(low[k:]) for k in range(0, len(low) - 3))


def find_employers(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """The firm a job is held at, when no list knows it: "direktør i Bøgetræ", "ansat
    hos Vindmøllefabrikken Nordlys" (a trained NER reads a one-word firm after "i" as a
    place). The name stops where a person's name starts ("direktør i Bøgetræ Ole Berg")
    and before a sentence word."""
    found: list[Candidate] = []
    companies = {c[3].rsplit(" ", 1)[0]: c[3] for c in find_companies(text, regions)}
    for start, end in regions:
        for m in _EMPLOYER.finditer(text, start, end):
            words = m["name"].split()
            for k in range(1, len(words)):
                if starts_person_name(words, k) or is_non_name(words[k]):
                    words = words[:k]
                    break
            if _place_or_person(words) or is_non_name(words[0]) or title_head(words[0]):
                continue
            if len(words) == 1 and _everyday_noun(words[0]):
                continue  # "ansat i Hjemmeplejen": a common noun, no name
            name = " ".join(words)
            stop = m.start("name") + len(name)
            if text[m.start("name") : stop] == name:
                # the firm's full name when the article writes it with its company form
                # ("Fiskeeksport" after "Fiskeeksport A/S")
                full = companies.get(name, name)
                found.append((m.start("name"), stop, STRONG_ORG, full))
    return found


# "ATP-direktør", "Frugtex-direktøren": a name, a hyphen and a title
_TITLE_COMPOUND = re.compile(rf"(?<![\w-])(?P<name>[{UP}][\w&]+)-(?P<title>[{LO}]{{4,}})(?![\w-])")


def find_title_compounds(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """The organisation a title is compounded with ("ATP-direktør Palle Simonsen",
    "Frugtex-direktøren"), when the first part is no Danish word, place, first name
    or listed name (a listed one the phrase matcher reads: "SF-formand"). UNER tags
    the compound; its canonical name is the organisation's."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _TITLE_COMPOUND.finditer(text, start, end):
            name = m["name"]
            if title_head(m["title"]) is None or gazetteer_lookup(name) is not None:
                continue
            if (is_common_noun(name.lower()) or is_spelling_place(name) or is_first_name(name)
                    or is_non_name(name) or is_spelling_name(name) or len(name) < 2):
                continue
            found.append((m.start(), m.end(), "ORG", name))
    return found


# "Lejre - 4. maj 2018", "Nuuk – 12.03.2024": a dateline's place
_DATELINE = re.compile(
    rf"(?m)^[^\S\n]*(?P<name>[{UP}][{LO}-]+(?:{SP}[{UP}][{LO}-]+)?){SP}[-–]{SP}\d"
)


def find_datelines(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """The place a dateline starts with, when a gazetteer or the spelling dictionary
    knows it as a place ("Lejre - 4. maj 2018 kl. 14:31")."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _DATELINE.finditer(text, start, end):
            name = m["name"]
            hit = gazetteer_lookup(name)
            if (hit and hit[0] == "LOC") or (hit is None and is_spelling_place(name)):
                found.append((m.start("name"), m.end("name"), STRONG_LOC,
                              hit[1] if hit else name))
    return found


def _lone_name(word: str) -> bool:
    """A word the spelling dictionary holds as a proper noun and nothing else: no Danish
    word, sentence word, title, listed name or place ("Medvedev", "Hummelgaard")."""
    return (is_spelling_name(word) and not is_non_name(word) and title_head(word) is None
            and gazetteer_lookup(word) is None and not is_common_noun(word.lower())
            and not is_spelling_place(word))


# "Susannes tanker", "Kelds oplæg": a first name in the genitive before a lower-case word
_FIRST_NAME_GENITIVE = re.compile(
    rf"(?<![\w.'’-])(?P<name>[{UP}][{LO}]{{2,}})s{SP}(?=[{LO}])"
)


def _first_name_genitive(name: str) -> bool:
    """A first name Danes use and nothing else ("Susanne", "Keld"; not "Rose", a
    flower, "Kongen", or "Jen" in "Jens bil": "Jens" is a first name itself)."""
    return (is_danish_first_name(name) and not is_non_name(name) and not is_non_name(name + "s")
            and gazetteer_lookup(name) is None and not is_common_noun(name.lower())
            and not is_spelling_place(name) and title_head(name) is None
            and not is_common_noun(name.lower() + "s") and not is_first_name(name + "s"))


def find_lone_names(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """People named by one word, before a finite verb ("Medvedev afviser", "Hummelgaard
    har") or after a speech cue ("siger Medvedev"), when the spelling dictionary knows
    the word as a name and as nothing else."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _LONE_NAME.finditer(text, start, end):
            if _finite_verb(m["verb"]) and _lone_name(m["name"]) and not (
                    _CAPITALISED_BEFORE.search(text, max(start, m.start() - 40), m.start())):
                found.append((m.start("name"), m.end("name"), LONE_PER, m["name"]))
        for m in _NAME_AFTER_CUE.finditer(text, start, end):
            if _lone_name(m["name"]):
                found.append((m.start("name"), m.end("name"), LONE_PER, m["name"]))
        for m in _NAME_AFTER_QUOTE.finditer(text, start, end):
            if _attributed_name(m["name"]):
                found.append((m.start("name"), m.end("name"), LONE_PER, m["name"]))
        for m in _FIRST_NAME_GENITIVE.finditer(text, start, end):
            if _first_name_genitive(m["name"]):
                found.append((m.start(), m.end("name") + 1, LONE_PER, m["name"]))
    return found


# "Af Hanne Holm", "AF HANNE HOLM OG NIVI LYNGE", "Af Hanne Holm, Nuuk": a byline line
_BYLINE = re.compile(
    rf"(?m)^[^\S\n]*(?:Af|AF|Skrevet af|SKREVET AF|Af:|Tekst:|Tekst og foto:|Tekst og fotos:)"
    rf"{SP}(?P<names>[{UP}][^\n]*?)[^\S\n]*$"
)
_BYLINE_PART = re.compile(rf"[^,&/|\n]+?(?={SP}(?:og|OG){SP}|[,&/|]|[^\S\n]*$)")
_BYLINE_WORD = re.compile(rf"[{UP}](?:[{LO}]+|[{UP}]+)(?:-[{UP}](?:[{LO}]+|[{UP}]+))*"
                          rf"|[{UP}]\.")


def find_bylines(text: str) -> list[Candidate]:
    """The people a byline line names ("Af Hanne Holm", "AF HANNE HOLM OG NIVI LYNGE"):
    every part of two to four capitalised words, whatever first name it starts with,
    that is no listed organisation or place. A name in capitals is written in title
    case ("Hanne Holm")."""
    found: list[Candidate] = []
    for m in _BYLINE.finditer(text):
        for part in _BYLINE_PART.finditer(text, m.start("names"), m.end("names")):
            raw = part.group().strip()
            if raw.lower().startswith("og "):
                raw = raw[3:]
            words = raw.split()
            if not 2 <= len(words) <= 4 or not all(_BYLINE_WORD.fullmatch(w) for w in words):
                continue
            name = " ".join(w if not w.isupper() or len(w) < 2 else w.title() for w in words)
            if gazetteer_lookup(name) is not None or any(
                    (gazetteer_lookup(w) or ("",))[0] == "ORG" for w in name.split()) or (
                    _run_has_marker(name)) or any(w in EDGE_WORDS for w in name.split()):
                continue
            a = part.start() + part.group().index(raw)
            found.append((a, a + len(raw), "PER", name))
    return found


# "Foto: Øxenholt Foto", "Foto: Ritzau Scanpix", "Foto: localeyes.dk/Jens Berg": who
# took or sells a photo, named in its credit
_CREDIT = re.compile(
    rf"(?i:foto|fotos|billede|photo|grafik|video)(?:{SP}\w+)?:{SP}"
    rf"(?P<names>[^\n]+)"
)
_CREDIT_PART = re.compile(r"[^/,;|()\n]+")
_AGENCY_WORDS = frozenset({"Foto", "Fotos", "Photo", "Photos", "Photography", "Pix",
                           "Scanpix", "Images", "Billeder", "Presse", "Press"})


def find_credits(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Organisations a photo credit names (the gold lists include them): a firm whose
    name ends in a photo word ("Øxenholt Foto"), a web address ("localeyes.dk") or a
    listed agency ("Ritzau Scanpix"), in bylines and captions alike."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _CREDIT.finditer(text, start, end):
            for part in _CREDIT_PART.finditer(text, m.start("names"), m.end("names")):
                name = part.group().strip().rstrip(".")
                if not name or (not name[:1].isupper() and "." not in name):
                    continue
                a = part.start() + part.group().index(name)
                words = name.split()
                if (hit := gazetteer_lookup(name)) and hit[0] == "ORG":
                    found.append((a, a + len(name), STRONG_ORG, hit[1]))
                elif len(words) > 1 and words[-1] in _AGENCY_WORDS and len(words) <= 4:
                    found.append((a, a + len(name), STRONG_ORG, " ".join(words)))
                elif web := _WEB_NAME.fullmatch(name):
                    found.append((a, a + len(name), STRONG_ORG, web["name"]))
    return found


# a capitalised article inside a sentence, lower-case adjectives, then capitalised words:
# "hos Den Danske Forening", "på Den jyske Opera", "fra Det konservative Folkeparti"
_ARTICLE_NAME = re.compile(
    rf"(?<![\w-])(?P<art>De[nt]?)(?P<adj>(?:{SP}(?:[{LO}]{{2,}}e|kgl\.|blå|fri))*){SP}"
    rf"(?P<name>[{UP}][\w.'’]*(?:{SP}[{UP}][\w.'’]*)*)(?![\w-])"
)
_SENTENCE_BEFORE = re.compile(r"(?:[.!?:;»«\"“”'(„–—-]|\A|\n)[^\S\n]*\Z")


def find_article_names(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Organisations named with a capitalised article inside a sentence ("mod Det
    radikale Venstre", "hos Den Danske Forening", "Den jyske Opera"): only a name's
    words are capitalised there. The article must be followed by lower-case adjectives
    or by a capitalised adjective ("Danske", "Kgl."), so "Det Danmark, vi kender" is no
    name. Plain ORG: a trained NER's reading of the same words wins, and the article is
    then added to its span (``_entity_forms.clean``)."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _ARTICLE_NAME.finditer(text, start, end):
            if _SENTENCE_BEFORE.search(text, max(start, m.start() - 3), m.start()):
                continue  # "Det" opening a sentence or a quote
            first = m["name"].split()[0]
            if not m["adj"] and not (first.lower().endswith("e") or first == "Kgl."):
                continue
            if not m["adj"] and not names_body(m["name"].split()[-1]):
                continue  # "Den Kolde Krig", "De Olympiske Lege": an event, no body
            if gazetteer_lookup(first) is not None and not m["adj"]:
                continue  # "Det Venstre, jeg kender"
            stop = m.end()
            if text[stop - 1] == "." and len(text[m.start() : stop].split()[-1]) > 5:
                stop -= 1  # "for Den jyske Opera.": the sentence's full stop, no "Kgl."
            words = text[m.start() : stop].split()
            base = genitive_base(words[-1])  # "Den Danske Forenings"
            name = " ".join([*words[:-1], base] if base else words)
            found.append((m.start(), stop, "ORG", name))
    return found


def find_web_names(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Web sites named by their address ("presse-fotos.dk", "Sermitsiaq.AG"), the
    outlet or the company behind them; in a byline or a sign-up line too ("Tilmeld dig
    nyhedsbrevet fra lokalnyt.dk"), where the gold lists them as it lists photo credits."""
    found: list[Candidate] = []
    for start, end in regions:
        for m in _WEB_NAME.finditer(text, start, end):
            a = m.start("name")
            if glued := _GLUED_DATE.match(m["name"]):
                a += glued.end()  # "23.12.2025Maritimedanmark.dk": a link's date
            if any(c.isalpha() for c in text[a : m.end("name")].rsplit(".", 1)[0]):
                found.append((a, m.end("name"), STRONG_ORG, text[a : m.end("name")]))
    return found


# a date glued to the name after it where a page's markup was stripped
_GLUED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}(?=[^\W\d_])")


def find_companies(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Companies written with their company form ("Lotek A/S", "NIELSEN MARINE ApS"), in
    the story and in the lines around it (an advert, a list of partners), where the
    gold lists them as it lists photo credits."""
    found: list[Candidate] = []
    if not any(form in text for form in _COMPANY_FORMS):
        return found  # no company form: a quarter of a millisecond of scanning saved
    for start, end in regions:
        for m in _COMPANY.finditer(text, start, end):
            words = list(_RUN_WORD.finditer(text, m.start("name"), m.end("name")))
            while words and (is_non_name(words[0].group()) or (
                    len(words) > 1 and _definite_common_noun(words[0].group()))):
                words.pop(0)  # "Mejeriet Fiskernes A.m.b.a.": the noun describes it
            if not words:
                continue
            a = words[0].start()
            if glued := _GLUED_YEAR.match(text, a):
                a = glued.end()  # "2025NIELSEN MARINE ApS": a link's date before it
            found.append((a, m.end(), STRONG_ORG, " ".join(text[a : m.end()].split())))
    return found


_GLUED_YEAR = re.compile(r"\d{4}(?=[^\W\d_])")


def find_named_bodies(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Organisations and places whose form shows what they are: the medium X, "<body>
    for <field>" names and numbered roads ("E45")."""
    found: list[Candidate] = []
    # Each pattern scans every character of the article, about 0.1 ms each. Most need a
    # word that most articles lack ("Motorvej", a car make, a storm): a plain search for
    # those words (casefolded where the pattern ignores case, as (?i) compares) costs a
    # fraction of the scan and rules it out where none of them occurs (_PREFILTERS).
    folded = text.casefold()
    run = {pattern: any(word in (folded if fold else text) for word in words)
           for pattern, (fold, words) in _PREFILTERS.items()}
    may_name_vessel = run[_VESSEL_NAME]
    for start, end in regions:
        for m in _MEDIUM_X.finditer(text, start, end) if run[_MEDIUM_X] else ():
            found.append((m.start("name"), m.end("name"), STRONG_ORG, "X"))
        for m in _FOR_NAME.finditer(text, start, end) if run[_FOR_NAME] else ():
            name = " ".join(m.group().split())
            found.append((m.start(), m.end(), STRONG_ORG, name))
        for m in _OF_NAME.finditer(text, start, end) if run[_OF_NAME] else ():
            words = list(_RUN_WORD.finditer(text, m.start(), m.end()))
            while words and is_non_name(words[0].group()):
                words.pop(0)
            found.append((words[0].start(), m.end(), STRONG_ORG,
                          " ".join(text[words[0].start() : m.end()].split())))
        for m in _STREET.finditer(text, start, end):
            if m["word"] and (is_common_noun(m["word"].lower())
                              or gazetteer_lookup(m["word"]) is not None):
                continue  # "Hovedgaden", "Jobcentret": everyday words
            words = list(_RUN_WORD.finditer(text, m.start(), m.end()))
            while words and (is_non_name(words[0].group()) or title_head(words[0].group())):
                words.pop(0)
            if len(words) > 1 or m["word"]:
                found.append((words[0].start(), m.end(), "LOC",
                              " ".join(text[words[0].start() : m.end()].split())))
        for m in _ACRONYM.finditer(text, start, end):
            if _lone_acronym(text, m):
                found.append((m.start(), m.end(), "ORG", m["name"]))
        for m in _LONG_WORD.finditer(text, start, end):
            if near := near_listed_organisation(m.group()):
                found.append((m.start(), m.end(), "ORG", near))
        for m in _COMPASS_PLACE.finditer(text, start, end) if run[_COMPASS_PLACE] else ():
            hit = gazetteer_lookup(m.group()) or gazetteer_lookup(m["name"])
            if hit is None or hit[0] == "LOC":  # not a listed firm's name
                found.append((m.start(), m.end(), STRONG_LOC, hit[1] if hit else m["name"]))
        for m in _ROAD.finditer(text, start, end) if run[_ROAD] else ():
            found.append((m.start(), m.end(), STRONG_LOC, " ".join(m.group().split())))
        for m in _PLACE_COMPOUND.finditer(text, start, end) if run[_PLACE_COMPOUND] else ():
            if not is_non_name(m["name"].split()[0]):
                found.append((m.start(), m.end(), STRONG_LOC, " ".join(m.group().split())))
        for m in _NATURE_NAME.finditer(text, start, end) if run[_NATURE_NAME] else ():
            word = m.group()
            if not is_common_noun(word.lower()) and gazetteer_lookup(word) is None and (
                    len(word) > 6 and not is_first_name(word)):
                found.append((m.start(), m.end(), STRONG_LOC, word))
        for m in _VESSEL_NAME.finditer(text, start, end) if may_name_vessel else ():
            if gazetteer_lookup(m["name"]) is None:
                found.append((m.start("name"), m.end("name"), VESSEL,
                              " ".join(m["name"].split())))
        for m in _WORK_NAME.finditer(text, start, end) if run[_WORK_NAME] else ():
            words = m["name"].split()
            if is_non_name(words[0]) or (gazetteer_lookup(m["name"]) or ("",))[0] == "ORG":
                continue  # "en serie Politiken har lavet": the maker, no title
            if m["quote"] or not (len(words) > 1 and starts_person_name(words, 0)):
                # not "filmen Mads Mikkelsen spiller i": a person after the noun
                found.append((m.start("name"), m.end("name"), THING, " ".join(words)))
        for pattern in (_CAR_MODEL, _CAR_AFTER_ARTICLE) if run[_CAR_MODEL] else ():
            for m in pattern.finditer(text, start, end):
                found.append((m.start("name"), m.end("name"), PRODUCT, m["name"]))
        for m in _STORM_NAME.finditer(text, start, end) if run[_STORM_NAME] else ():
            if not is_non_name(m["name"]):
                found.append((m.start("name"), m.end("name"), THING, m["name"]))
        for pattern, label in ((_DESCRIBED_BODY, STRONG_ORG), (_DESCRIBED_PLACE, STRONG_LOC)):
            for m in pattern.finditer(text, start, end) if run[pattern] else ():
                if (span := _name_of_run(text, m.start("name"), m.end("name"))) and (
                        not title_head(text[span[0] : span[1]].split()[0])) and (
                        sum(c.isalpha() for c in text[span[0] : span[1]]) > 1):
                    # "gruppe B", "pulje C": a letter after the noun labels, it names nothing
                    name = " ".join(text[span[0] : span[1]].split())
                    listed = gazetteer_lookup(name)
                    found.append((*span, _STRONG[listed[0]] if listed else label,
                                  listed[1] if listed else name))
        for m in _NAME_COMPOUND.finditer(text, start, end):
            found.extend(_compound_name(m))
    return found


# pattern -> (compare casefolded?, words of which every match holds one): the literal
# parts of each pattern (case as the pattern compares it), so that an article without
# any of them cannot match it. _CAR_MODEL stands for _CAR_AFTER_ARTICLE too (both need
# a make).
_PREFILTERS: dict[re.Pattern[str], tuple[bool, tuple[str, ...]]] = {
    _MEDIUM_X: (False, ("X",)),
    _FOR_NAME: (False, tuple(FOR_HEADS)),
    _OF_NAME: (False, ("University", "College", "School", "Institute", "Academy", "Bank",
                       "Museum", "Court")),
    _COMPASS_PLACE: (False, tuple(COMPASS_PREFIXES)),
    _ROAD: (False, (*(f"E{digit}" for digit in range(10)), "Rute")),  # ROAD_NUMBER
    _PLACE_COMPOUND: (False, tuple(f"-{head}" for head in COMPOUND_PLACE_HEADS)),
    _NATURE_NAME: (False, tuple(NATURE_ENDINGS)),
    _VESSEL_NAME: (True, tuple(e.casefold() for e in VESSEL_ENDINGS)),
    _WORK_NAME: (True, tuple(w.casefold() for w in (*WORK_NOUNS, *WORK_NOUNS_INDEFINITE))),
    _CAR_MODEL: (False, tuple(CAR_BRANDS)),
    _STORM_NAME: (True, tuple(w.casefold() for w in STORM_NOUNS)),
    _DESCRIBED_BODY: (False, (*DESCRIBING_NOUNS, *(n.capitalize() for n in DESCRIBING_NOUNS))),
    _DESCRIBED_PLACE: (False, tuple(PLACE_NOUNS)),
}


def _definite_common_noun(word: str) -> bool:
    """"Mejeriet", "Firmaet": a common noun in the definite form, capitalised."""
    low = word.lower()
    return low.endswith(("en", "et")) and is_common_noun(low) and (
        lemma_of(low) not in (None, low))


def _compound_name(m: re.Match[str]) -> list[Candidate]:
    """The name in a compound with a common noun, as UNER tags it: the whole word, with
    the name's label, the name as canonical name. A listed organisation or place in any
    compound ("EU-landene" -> EU, "FN-styrken" -> FN, "Hus Forbi-sælger" -> Hus Forbi,
    "Kina-kampen" -> Kina); an unlisted acronym ("NBC-journalisten") or a name before an
    organisation noun ("Aller-koncernen") as an organisation. Not the acronyms of
    things ("TV-programmet", "EM-finalen")."""
    name, head = m["name"], m["head"]
    if head in _AREA_HEADS:
        return []  # "Hillerød-området": an area around the town, no name (_area_of_a_place)
    if m["before"] and (two := gazetteer_lookup(f"{m['before'].strip()} {name}")):
        return [(m.start(), m.end(), two[0], two[1])]
    start = m.start("name")
    if name in _NOT_ORG_ACRONYMS:
        return []
    if listed := gazetteer_lookup(name):
        if listed[0] not in ("ORG", "LOC") or listed[1][:1].islower():
            return []  # "Regeringen-" is no name
        return [(start, m.end(), listed[0], listed[1])]
    if (name.isupper() and not name[-1].isdigit()) or any(
            head.endswith(n) for n in DESCRIBING_NOUNS):
        return [(start, m.end(), "ORG", name)]
    return []


def _bare_noun(word: str) -> bool:
    """"Foreningen", "Politiet": a common noun for an organisation, not a name."""
    low = word.lower()
    return low in ORGANISATION_NOUNS or gazetteer_lookup(low) is not None


def _ending(word: str, endings: tuple[str, ...]) -> str | None:
    low = word.lower()
    for ending in endings:
        if low.endswith(ending) and len(low) >= len(ending) + 3 and not (
                low.endswith(_NOT_BODY_ENDINGS)):
            return ending
    return None


# "Kommunalbestyrelsen", "Skolebestyrelsen": a board ends in "-styrelsen" like an agency
# ("Miljøstyrelsen") but is a common noun, in every kommune and school; "Hillerød-området",
# "Københavnsområdet": an area ends in "-rådet" like a council ("Klimarådet")
_NOT_BODY_ENDINGS = ("bestyrelsen", "bestyrelse", "bestyrelsens", "området", "områdets")


def _name_end(words: list[re.Match[str]], k: int) -> int:
    """Index after the last word of a name that starts at ``words[k]``: it stops before
    a person's name ("Team Nordvind Mikkel Vestergaard") and after a genitive."""
    j = k + 1
    # "Fjord Line": a first name that ends the run is no person's ("Line")
    while j < len(words) and not (is_first_name(words[j].group()) and j + 1 < len(words)):
        if words[j - 1].group().endswith(("s", "'")) and j - 1 > k:
            break
        j += 1
    return j


def find_organisations(text: str, regions: Iterable[tuple[int, int]]) -> list[Candidate]:
    """ORG candidates marked by their own words (``da/organisation_markers.py``):

    - a name that ends in a company, public-body or club word: "Nordlys Foods",
      "Esbjerg Kommunes" (canonical "Esbjerg Kommune"), "Syd- og Sønderjyllands Politi";
    - a name after "Region", "FC", "Team": "Region Nordjylland";
    - "Retten i <by>": "Retten i Odense";
    - a capitalised compound that ends in a public body: "Miljøstyrelsen", "Klimarådets"
      (canonical "Klimarådet"), "Forbrugerrådet Tænk", "Børne- og Undervisningsministeriet";
    - the name after a describing compound: "Forbrugerorganisationen Passagerpulsen".
    """
    found: list[Candidate] = []
    for start, end in regions:
        for run in _CAPITALISED.finditer(text, start, end):
            if not _has_marker(text, run):  # most runs: "Rusland", "Det", "Jens Hansen"
                continue
            words = list(_RUN_WORD.finditer(text, run.start(), run.end()))
            first = 0
            while first < len(words) and is_non_name(words[first].group()):
                first += 1
            if first == len(words):
                continue
            if (org := _organisation_in(text, words, first, run.end())) and not (
                    _generic_at_sentence_start(text, org)):
                found.append(org)
        for m in _LOWER_MARKER.finditer(text, start, end):
            words = list(_RUN_WORD.finditer(text, m.start("name"), m.end("name")))
            while words and is_non_name(words[0].group()):
                words.pop(0)
            if not words or (m["marker"] == "politi" and not words[-1].group().endswith("s")):
                continue  # a police district is named in the genitive: "Fyns politi"
            name = text[words[0].start() : m.end("name")]
            found.append((words[0].start(), m.end(), STRONG_ORG,
                          " ".join([*name.split(), m["marker"].capitalize()])))
    return found


# "Idrætsforeningen i Vester Mark", "Menighedsrådet på Fanø": an everyday compound
# at a sentence start, then where the thing is
_WHERE_AFTER = re.compile(rf"{SP}(?:i|på|ved){SP}[{UP}]")


def _generic_at_sentence_start(text: str, org: Candidate) -> bool:
    """Whether an organisation of one word is an everyday compound capitalised only for
    its place at a sentence start, with where it is after it ("Idrætsforeningen i Vester
    Mark blev stiftet", "Privatskolen i Vester Mark"): its first part and its definite
    head are both Danish words, no list holds it, and the name is the place's. Not
    "Tornbjergskolen i Odense" (no word first) or "Retten i Odense" (a listed court)."""
    start, end, _label, name = org
    if " " in name or gazetteer_lookup(name) is not None or not _WHERE_AFTER.match(text, end):
        return False
    if not _SENTENCE_BEFORE.search(text, max(0, start - 3), start):
        return False
    low = name.lower()
    for k in range(3, len(low) - 4):
        first, head = low[:k], low[k:]
        if _definite_common_noun(head) and (is_common_noun(first) or (
                first[-1] in "se" and is_common_noun(first[:-1]))):
            return True
    return False


# "Syd- og Sønderjyllands politi", "Odense kommune": the marker word in lower case
_LOWER_MARKER = re.compile(
    rf"(?<![\w-])(?P<name>{CAPITALISED_RUN}){SP}(?P<marker>politi|kommune)(?P<gen>s)?(?![\w])"
)


def _span(text: str, a: int, b: int, genitive: bool = False) -> Candidate:
    canonical = text[a : b - 1] if genitive else text[a:b]
    return (a, b, STRONG_ORG, " ".join(canonical.split()))


def _organisation_in(
    text: str, words: list[re.Match[str]], k: int, run_end: int
) -> Candidate | None:
    """The organisation in one capitalised run whose name part starts at ``words[k]``."""
    if form := _COMPANY_FORM.match(text, run_end):  # "Nordlys A/S"
        return _span(text, words[k].start(), form.end())
    first = words[k].group()
    if first in COURT_WORDS and k == len(words) - 1:
        if town := _COURT_TOWN.match(text, run_end):
            return _span(text, words[k].start(), town.end())
        return None
    if first in PREFIX_WORDS and k + 1 < len(words):
        if first == "Danske" and ((k + 2 < len(words) and starts_person_name(
                [w.group() for w in words], k + 1)) or _ARTICLE_JUST_BEFORE.search(
                text, max(0, words[k].start() - 5), words[k].start())):
            # "Danske Viktor Axelsen vandt": a person after the word; "Det Danske Folk":
            # the adjective after an article (a body's name there is read by its noun)
            return None
        return _span(text, words[k].start(), words[_name_end(words, k + 1) - 1].end())
    for j in range(k, len(words)):
        word = words[j].group()
        base = word[:-1] if word.endswith("s") else word
        if j > k and (word in SUFFIX_WORDS or base in SUFFIX_WORDS) and not (
                is_first_name(word) and j + 1 < len(words)):  # "Festivalchef Line Fogh"
            stop = words[j].end()
            if form := _COMPANY_FORM.match(text, stop):
                stop = form.end()
            return _span(text, words[k].start(), stop, genitive=word not in SUFFIX_WORDS)
        if (_ending(word, DESCRIPTOR_ENDINGS) and j + 1 < len(words)
                and not is_first_name(words[j + 1].group())):
            last = words[_name_end(words, j + 1) - 1]
            return _span(text, words[j + 1].start(), last.end())
        if j > k and _ends_body(word, base) and not is_first_name(words[k].group()):
            # "Dansk Pilotforening", "Hærens Officersskoles": a body's name of 2+ words
            stop = j + 1 if j + 1 < len(words) and words[j + 1].group() in SUFFIX_WORDS else j
            return _span(text, words[k].start(), words[stop].end(),
                         genitive=stop == j and not _ends_body(word, word))
        if _bare_noun(word) or _bare_noun(base):
            continue
        if _ending(word, INSTITUTION_ENDINGS) and j + 1 < len(words) and _place_word(
                words[j + 1].group()):
            # "Regionshospitalet Randers": an institution and the town it serves
            return _span(text, words[j].start(), words[j + 1].end())
        if (_ending(word, INSTITUTION_ENDINGS) or _ending(base, INSTITUTION_ENDINGS)) and not (
                is_common_noun(base.lower()) or is_common_noun(word.lower())):
            # "Tornbjergskolen", "Nordbyhospitalets": one school or hospital
            genitive = word != base and _ending(word, INSTITUTION_ENDINGS) is None
            return _span(text, words[j].start(), words[j].end(), genitive=genitive)
        ending = _ending(word, NAME_ENDINGS) or _ending(base, NAME_ENDINGS)
        if ending is None:
            continue
        begin = j
        # "Børne- og Undervisningsministeriet": coordinated parts belong to the name
        while begin >= k + 2 and words[begin - 1].group() == "og" and words[
                begin - 2].group().endswith(("-", "-,")):
            begin -= 2
            while begin > k and words[begin - 1].group().endswith("-,"):
                begin -= 1  # "Miljø-, Teknik- og Planudvalget"
        if word != base and word.lower().endswith(ending + "s"):
            return _span(text, words[begin].start(), words[j].end(), genitive=True)
        return _span(text, words[begin].start(), words[_name_end(words, j) - 1].end())
    return None


_ARTICLE_JUST_BEFORE = re.compile(rf"(?<![\w-])(?i:den|det|de){SP}\Z")


def _ends_body(word: str, base: str) -> bool:
    """Whether a word (or its genitive ``base``) is or ends in a body's indefinite noun
    ("Forbund", "Pilotforening"): ``BODY_ENDINGS``."""
    return any(w.lower() in BODY_ENDINGS or _ending(w, BODY_ENDINGS) is not None
               for w in (word, base))


def _place_word(word: str) -> bool:
    """A listed place or one the spelling dictionary knows ("Randers", "Gødstrup")."""
    hit = gazetteer_lookup(word)
    return hit[0] == "LOC" if hit else is_spelling_place(word)


def canonical_of(text: str, label: str) -> str:
    """The canonical name of an ORG/LOC mention: gazetteer base, or genitive stripped;
    of a MISC country adjective, the country ("russiske" -> "Rusland")."""
    if label == "MISC" and (country := country_adjectives().get(text)):
        return country
    if hit := gazetteer_lookup(text):
        return hit[1]
    for suffix in ("'s", "’s", "s", "'"):
        if text.endswith(suffix) and (hit := gazetteer_lookup(text[: -len(suffix)])):
            return hit[1]
    return text


_FORM_AT_END = re.compile(rf"{SP}(?:A/S|ApS|I/S|P/S|K/S|A\.m\.b\.a\.|AMBA)\Z")


def find_company_repeats(text: str, regions: Iterable[tuple[int, int]],
                         candidates: list[Candidate]) -> list[Candidate]:
    """A company named once with its company form ("Fiskeeksport A/S") and later without
    it ("direktøren i Fiskeeksport", "Fiskeeksports salg"): the later mentions are the
    same organisation, with the full name as canonical name. Not when the bare name is a
    listed name of its own (a town a firm is named after)."""
    full: dict[str, str] = {}
    for _a, _b, label, name in candidates:
        if label == STRONG_ORG and (form := _FORM_AT_END.search(name)):
            bare = name[: form.start()]
            if len(bare) > 2 and bare[:1].isupper() and gazetteer_lookup(bare) is None:
                full.setdefault(bare, name)
    if not full:
        return []
    pattern = re.compile(r"(?<![\w&.-])(?P<name>" + "|".join(
        re.escape(b).replace(r"\ ", SP) for b in sorted(full, key=len, reverse=True))
        + r")(?:s|'s|’s)?(?![\w&/-])")
    found: list[Candidate] = []
    for start, end in regions:
        for m in pattern.finditer(text, start, end):
            if not _FORM_AFTER.match(text, m.end()):
                found.append((m.start(), m.end(), STRONG_ORG,
                              full[" ".join(m["name"].split())]))
    return found


_FORM_AFTER = re.compile(rf"{SP}(?:A/S|ApS|I/S|P/S|K/S|A\.m\.b\.a\.|AMBA)(?![\w/])")


def _without_named_things(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without those that overlap a ship's, a work's or a storm's name:
    "Trawleren Polar Seafood" is no company though "Seafood" ends company names, and
    "sangen Nuuk Blues" names no place."""
    things = [(a, b) for a, b, label, _name in candidates
              if label in (VESSEL, THING, PRODUCT)]
    if not things:
        return candidates
    return [c for c in candidates if c[2] in (VESSEL, THING, PRODUCT)
            or not any(c[0] < b and a < c[1] for a, b in things)]


class EntityRecognizer:
    """Rule and gazetteer NER for Danish news, merged with a trained NER's entities."""

    def __init__(self, nlp: Language, name: str = "pressespejl_entities") -> None:
        self.name = name
        if not Doc.has_extension("pp_role_spans"):
            Doc.set_extension("pp_role_spans", default=None)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        table = {**{form: ("MISC", country) for form, country in country_adjectives().items()},
                 **gazetteer()}
        # names of several words also match in capitals: "DAGBLADET Roskilde", "TV SYD"
        self.caps_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = sorted(table)
        _split_final_stops(nlp, forms)
        for form, pattern in zip(forms, nlp.tokenizer.pipe(forms), strict=True):
            label, canonical = table[form]
            key = f"{label}|{canonical}"
            match_id = nlp.vocab.strings.add(key)
            self.labels[match_id] = (label, canonical)
            self.matcher.add(key, [pattern])
            if form[-1:].isdigit() and len(pattern) > 1:
                # "Det skriver TV 2.": the tokenizer reads "2." at a sentence's end as an
                # ordinal, one token; the name still ends there
                dotted = nlp.tokenizer(form + ".")
                if len(dotted) == len(pattern) and dotted[-1].text == pattern[-1].text + ".":
                    self.matcher.add(key, [dotted])
            if label == "ORG" and form[:1].isupper() and (
                    len(pattern) > 1 or (len(form) > 2 and form[1:].isalpha()
                                         and form[1:].islower())):
                # one word too: "NETTO", "BIKUBEN" in an advert or a list in capitals
                self.caps_matcher.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))

    def find(self, doc: Doc) -> list[Candidate]:
        """Rule candidates in the non-noise paragraphs, as character spans."""
        paragraphs = doc._.pp_paragraphs or []
        text = text_of(doc)
        regions = [(p.start, p.end) for p in paragraphs if not p.noise] or [(0, len(text))]
        candidates: list[Candidate] = []
        matches = self.matcher(doc)
        in_capitals = [m for m in self.caps_matcher(doc)
                       if doc[m[1]].text[:1].isupper() and any(
                           t.is_upper and len(t) > 1 for t in doc[m[1] : m[2]])
                       and not (m[2] - m[1] == 1 and _caps_heading_word(doc, m[1]))]
        # a listed name in capitals ("NETTO") wins over a trained NER's reading of it,
        # which the everyday-word test would throw away
        strong = {(m[1], m[2]) for m in in_capitals if m[2] - m[1] == 1}
        matches.extend(in_capitals)
        if matches:
            rows = doc.to_array([IDX, LENGTH]).tolist()
            region_starts = [a for a, _b in regions]
            for match_id, start, end in matches:
                first, last = rows[start][0], rows[end - 1][0] + rows[end - 1][1]
                k = bisect_right(region_starts, first) - 1
                if k >= 0 and first < regions[k][1]:
                    label, canonical = self.labels[match_id]
                    if label == "MISC" and _NAME_GOES_ON.match(text, last):
                        continue  # "Dansk Arbejdsgiverforening": part of a name
                    if (end - start > 1 or (start, end) in strong) and label in _STRONG:
                        label = _STRONG[label]  # "Danmarks Meteorologiske Institut"
                    candidates.append((first, last, label, canonical))
        doc._.pp_role_spans = role_spans(text_of(doc))
        # a byline or a photo credit names a person too ("Foto: Anne Berg"), never a
        # place or an organisation worth listing from its chrome
        bylines = [(p.start, p.end) for p in paragraphs if p.noise]
        candidates.extend(find_people(text_of(doc), sorted(regions + bylines),
                                      doc._.pp_role_spans))
        candidates.extend(find_credits(text_of(doc), sorted(regions + bylines)))
        candidates.extend(find_bylines(text_of(doc)))
        candidates.extend(find_web_names(text_of(doc), sorted(regions + bylines)))
        candidates.extend(find_companies(text_of(doc), sorted(regions + bylines)))
        candidates.extend(find_lone_names(text_of(doc), regions))
        candidates.extend(find_datelines(text_of(doc), sorted(regions + bylines)))
        candidates.extend(find_coordinated_places(text_of(doc), regions))
        candidates.extend(find_saint_names(text_of(doc), regions))
        candidates.extend(find_employers(text_of(doc), regions))
        candidates.extend(find_title_compounds(text_of(doc), regions))
        candidates.extend(find_organisations(text_of(doc), regions))
        candidates.extend(find_party_letters(text_of(doc), regions))
        candidates.extend(find_named_bodies(text_of(doc), regions))
        candidates.extend(find_article_names(text_of(doc), regions))
        candidates.extend(find_company_repeats(text_of(doc), regions, candidates))
        text = text_of(doc)
        candidates.extend((a, b, STRONG_ORG, name)
                          for a, b, name in find_media_by_form(text, regions))
        listed = [(a, b) for a, b, label, _name in candidates
                  if label in ("ORG", STRONG_ORG) and (
                      gazetteer_lookup(text[a:b]) or text[a:b].isupper())]
        candidates.extend((a, b, STRONG_ORG, name)
                          for a, b, name in extend_listed(text, listed))
        return _without_named_things(candidates)

    def set_annotations(self, doc: Doc, candidates: list[Candidate]) -> Doc:
        """Merge a model's entities with ours (rules in the module doc)."""
        if not len(doc):
            return _write_ents(doc, [])
        ours: list[TokenSpan] = []
        if candidates:
            offsets = doc.to_array([IDX]).astype("int64")
            firsts = numpy.searchsorted(offsets, [c[0] for c in candidates], side="right") - 1
            lasts = numpy.searchsorted(offsets, [c[1] for c in candidates], side="left")
            for (_s, _e, label, canonical), first, last in zip(
                candidates, firsts.tolist(), lasts.tolist(), strict=True
            ):
                if last > first >= 0:
                    ours.append((first, last, label, canonical))
        model = doc.ents
        ours = [(a, b, "PER" if label == LONE_PER else label, name) if label == LONE_PER
                and not model else (a, b, label, name) for a, b, label, name in ours]
        if not model:
            return _write_ents(doc, _refine(doc, _filter_spans(ours), set()))
        # our people first: a first name or a role before the name is better evidence of
        # a person's extent than the model's ("Sundhedsminister Magnus Heunicke" is a
        # title and a name, "Skrevet af Jens Hansen" is a byline); so are organisations
        # marked by their own words ("Nordlys Foods", "Retten i Odense")
        people = _filter_spans([s for s in ours
                                if s[2] in ("PER", STRONG_ORG, STRONG_LOC, VESSEL, THING,
                                            PRODUCT)])
        taken = {i for s in people for i in range(s[0], s[1])}
        noise = [(p.start, p.end) for p in doc._.pp_paragraphs or [] if p.noise]
        names = {s[3] for s in people}
        starts = {a for a, _b in doc._.pp_sentences or ()}
        spans: list[TokenSpan] = list(people)
        from_model: set[tuple[int, int]] = set()
        text = text_of(doc)
        role_starts = {r.start for r in doc._.pp_role_spans or ()}
        vouched = {(a, b) for a, b, _label, _name in ours}
        # "Hus Forbi-sælger": a listed name of several words, of which a trained NER
        # read only the first word ("Hus" as a place)
        listed_long = [(a, b) for a, b, label, name in ours if label in ("ORG", "LOC")
                       and " " in name and gazetteer_lookup(name) is not None]
        for ent in model:  # from a trained NER
            if taken.intersection(range(ent.start, ent.end)):
                continue
            if any(a <= ent.start and ent.end <= b and b - a > len(ent)
                   for a, b in listed_long):
                continue
            if gazetteer_lookup(ent.text) is None and _HIRED_AS.search(
                    text, max(0, ent.start_char - 120), ent.start_char):
                continue  # "har ansat Kirsten Holm som Warehouse Team Lead": a job title
            if len(ent) == 1 and len(ent.text) <= 4 and not is_danish_first_name(ent.text) \
                    and gazetteer_lookup(ent.text) is None and (
                    text[ent.start_char - 1 : ent.start_char] in ("", "\n")
                    and text[ent.end_char : ent.end_char + 1] in ("", "\n")):
                continue  # "Ang", "Cop": a page's cut-off word on a line of its own
            if ent.label_ != "PER" and any(a <= ent.start_char < b for a, b in noise):
                continue  # chrome: only the people a byline or caption names count
            ent = _trim_model_span(ent, starts)
            if ent is None:
                continue
            if len(ent) == 1 and ent.text in _COMPASS_NAMES and (_UNIT_BEFORE.search(
                    text, max(0, ent.start_char - 40), ent.start_char)
                    or _TOWN_AFTER.match(text, ent.end_char)):
                # "områdestationerne Nordvest i Esbjerg, Nordøst i Haderslev": a unit's
                # name, no place; a compass word with its town after it is one
                continue
            label = ent.label_
            canonical = ent.kb_id_
            known = gazetteer_lookup(ent.text)
            if label == "ORG" and (club := _club_of(ent.text, known)) and is_about_sport(text):
                canonical = club  # "Brøndby" read as a team in a match report
            elif known:
                label = known[0]  # our list knows "Novo Nordisk" is no person
            elif label == "PER" and all(title_head(t.text) or is_non_name(t.text)
                                        for t in ent):
                continue  # "Generalsekretæren": a title, resolved by the roles component
            elif label == "ORG" and len(ent) == 1 and _town_like(ent.text) and (
                    not is_about_sport(text)):
                label = "LOC"  # "i Strandby", "Elling": a town, outside a match report
            elif len(ent) == 1 and (near := near_listed_organisation(ent.text)):
                label, canonical = "ORG", near  # "Naalakkersuisutt": a misspelt name
            elif label in ("LOC", "ORG") and len(ent) == 1 and _first_name_only(ent.text):
                label = "PER"  # "hej til Susan", "både Henrik og Tommie": a first name
            elif label == "PER" and len(ent) == 1 and _village_not_person(ent.text, names) and (
                    not _CUE_BEFORE.search(text, max(0, ent.start_char - 30), ent.start_char)):
                label = "LOC"  # "Vivild har fået en ny købmand": a village, no surname
            elif label == "PER" and len(ent) == 1 and ent.start > 0 and (
                    ent.doc[ent.start - 1].lower_ in _THING_DETERMINERS
                    or _lower_genitive(ent.doc[ent.start - 1].text)):
                continue  # "årets Bodil", "en Oscar": an award or a thing, no person
            elif label == "PER" and len(ent) == 1 and ent.text.endswith("s") and (
                    _STAFF_AFTER.match(text, ent.end_char)) and not (
                    is_first_name(ent.text[:-1]) or is_spelling_name(ent.text[:-1])
                    or ent.text[:-1] in _surnames(names)):
                # "Linaks personalechef Lars Berg": a firm has staff; a person's
                # genitive before a job is rare in news ("Mettes chef")
                label, canonical = "ORG", ent.text[:-1]
            elif label == "PER" and _company_like(ent.text) and not person_slot(
                    text, ent.start_char, ent.end_char):
                label = "ORG"  # "Solbær Kosmetik": no first name, a common noun last
            elif label != "PER" and " " in ent.text and ent.end_char + 2 in role_starts and (
                    text[ent.end_char : ent.end_char + 2] == ", "):
                label = "PER"  # "Gregers Pind Lohse, kommunikationsmedarbejder hos DSB"
            canonical = canonical or canonical_of(ent.text, label)
            spans.append(_link_model_person(ent.start, ent.end, label, canonical,
                                            ent.text, names))
            if not known and (ent.start, ent.end) not in vouched:
                from_model.add((ent.start, ent.end))  # no list or rule of ours agrees
            taken.update(range(ent.start, ent.end))
        rest = [(s[0], s[1], "PER" if s[2] == LONE_PER else s[2], s[3]) for s in ours
                if s[2] != "PER" and not taken.intersection(range(s[0], s[1]))]
        spans = sorted([*spans, *_filter_spans(rest)], key=lambda s: s[0])
        return _write_ents(doc, _refine(doc, spans, from_model))


TokenSpan = tuple[int, int, str, str]  # start token, end token, label, canonical


def _refine(doc: Doc, spans: list[TokenSpan], from_model: set[tuple[int, int]]
            ) -> list[TokenSpan]:
    """Clean each span and link the article's mentions (``_entity_forms``), back on
    token boundaries. ``from_model`` holds the spans only the trained NER vouches for."""
    if not spans:
        return spans
    text = text_of(doc)
    rows = doc.to_array([IDX, LENGTH])
    starts, ends = rows[:, 0], rows[:, 0] + rows[:, 1]
    sentence_starts = _sentence_starts(doc, text)
    found = []
    for first, last, label, canonical in spans:
        f = Found(int(starts[first]), int(ends[last - 1]), label, canonical,
                  model=(first, last) in from_model,
                  listed=label in _PLAIN or gazetteer_lookup(canonical) is not None)
        if label in ("MISC", THING, PRODUCT):
            found.append(f)
            continue
        for part in split(text, f):
            if (part := clean(text, part, sentence_starts)) is not None:
                found.append(part)
    found = link(text, found)
    out = []
    first_of = {int(a): i for i, a in enumerate(starts.tolist())}
    last_of = {int(b): i for i, b in enumerate(ends.tolist())}
    for f in found:
        if f.start in first_of and f.end in last_of:
            out.append((first_of[f.start], last_of[f.end] + 1, f.label, f.canonical))
    return out


_OPENERS = " \t-–—»«\"“”'(„"


def _sentence_starts(doc: Doc, text: str) -> set[int]:
    """Where the first word of each sentence and paragraph begins (after a dash or an
    opening quote mark)."""
    starts = {0}
    starts.update(a for a, _b in doc._.pp_sentences or ())
    starts.update(m.end() for m in re.finditer(r"\n", text))
    words = set()
    for a in starts:
        while a < len(text) and text[a] in _OPENERS:
            a += 1
        words.add(a)
    return words


_SPORT = re.compile(
    r"(?<![\w-])(?:[Kk]ampen|[Cc]heftræner(?:en)?|[Tt]ræner(?:en)?|[Ss]uperligaen|[Mm]ålet"
    r"|scorede|[Ss]ejren|[Nn]ederlaget|uafgjort|[Pp]okalfinalen|[Aa]ngriber(?:en)?"
    r"|[Mm]ålmand(?:en)?|[Ff]orsvarsspiller(?:en)?|[Kk]lubben|[Hh]oldet)(?![\w-])"
)


def _club_of(written: str, known: tuple[str, str] | None) -> str | None:
    """The listed club named after a town ("Brøndby", "Brøndbys" -> "Brøndby IF"), for
    a name our lists hold as no organisation."""
    if known and known[0] != "LOC":
        return None
    town = known[1] if known else written.removesuffix("s") if written not in listed_clubs(
        ) else written
    return listed_clubs().get(town)


def is_about_sport(text: str) -> bool:
    """Whether an article reports sport: at least three sport words ("kampen",
    "cheftræneren", "scorede"). There a town's name the NER reads as an organisation is
    the town's club ("Brøndby" -> "Brøndby IF"), elsewhere it is left as read."""
    return len(_SPORT.findall(text, 0, 20_000)) >= 3


_TOWN_ENDINGS = ("by", "rup", "strup", "trup", "lev", "løse", "sted", "inge", "købing",
                 "bjerg", "bølle", "torp", "skov", "havn", "borg", "sund")


def _town_like(word: str) -> bool:
    """Whether a one-word name reads as a Danish town: the spelling dictionary lists it
    as a place ("Elling"), or it ends like Danish town names ("Strandby", "Hjallerup",
    "Brønderslev"). Used on a trained NER's "organisation" only."""
    base = word[:-1] if word.endswith("s") and len(word) > 4 else word
    if gazetteer_lookup(word) is not None or not word[:1].isupper() or word.isupper():
        return False
    if is_spelling_place(word) or is_spelling_place(base):
        return True
    low = base.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in _TOWN_ENDINGS) and (
        not is_common_noun(low))


# "områdestationen Nordvest", "politikredsen Syd": a police station or district named
# by a compass point is a unit of an organisation, not the place it points at
_COMPASS_NAMES = frozenset({"Nord", "Syd", "Øst", "Vest", "Nordvest", "Nordøst", "Sydvest",
                            "Sydøst", "Midt", "Centrum"})
_UNIT_BEFORE = re.compile(
    rf"(?<![\w-])[{LO}]*(?:station|stationen|stationerne|afdeling|afdelingen|kreds|kredsen"
    rf"|politi|politiet|enhed|enheden|division|divisionen){SP}\Z"
)
_TOWN_AFTER = re.compile(rf"{SP}i{SP}[{UP}][{LO}]+")
# "personalechef", "direktør", "ansatte": the staff of a firm after its genitive
_STAFF_AFTER = re.compile(
    rf"{SP}[{LO}]*(?:{'|'.join(sorted(EMPLOYEE_NOUNS, key=len, reverse=True))})"
    rf"(?:en|e|ne)?(?![\w-])"
)


def _surnames(names: set[str]) -> set[str]:
    """The last words of the article's people's names (their surnames)."""
    return {n.split()[-1] for n in names if " " in n}


# "har pr. 1. februar ansat Claes Holm som ": a job title follows, no name
_HIRED_AS = re.compile(
    rf"(?<![\w-])(?:ansat|ansætter|ansatte|ansættes|udnævnt|udnævnte|udnævner|tiltræder"
    rf"|tiltrådt|stilling)(?![\w-])[^.\n]{{0,80}}(?<![\w-])som{SP}\Z"
)
# a speech cue right before a one-word name: "sagde Lundbæk" is a person whatever else
# the word names
_CUE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_PERSON_VERBS | {'ifølge', 'Ifølge'}))}){SP}\Z"
)


def _first_name_only(word: str) -> bool:
    """Whether a trained NER's one-word place or organisation is a first name Danes use
    and nothing else: no listed name, no place the spelling dictionary knows, no
    Danish word ("Susan", "Tommie"; not "Irma", a shop, or "Vejle")."""
    return (is_danish_first_name(word) and gazetteer_lookup(word) is None
            and not is_spelling_place(word) and not is_common_noun(word.lower())
            and not word.isupper())


def _village_not_person(word: str, people: set[str]) -> bool:
    """Whether a trained NER's one-word "person" is a Danish town or village: the
    spelling dictionary lists it as a place only ("Vivild", not "Holm", which is a
    surname too), it is no first name, and no person in the article has it as surname."""
    return (is_spelling_place(word) and not is_spelling_name(word) and not is_first_name(word)
            and gazetteer_lookup(word) is None
            and not any(name.split()[-1] == word for name in people))


@lru_cache(maxsize=1)
def _long_organisation_names() -> tuple[str, ...]:
    """Listed organisations of one long word ("Naalakkersuisut", "Folketinget")."""
    return tuple(sorted(name for name, (label, canonical) in gazetteer().items()
                        if label == "ORG" and name == canonical and " " not in name
                        and len(name) >= 10 and name.isalpha()))


@lru_cache(maxsize=1 << 12)
def near_listed_organisation(word: str) -> str | None:
    """The listed one-word organisation a long unknown word misspells: "Naalakersuisut",
    "Naalakkersuisutt" -> "Naalakkersuisut". Only for words of ten letters or more (a
    short word is one letter away from too many others), one or two edits apart."""
    import difflib

    base = word[:-1] if word.endswith("s") else word
    if len(base) < 10 or gazetteer_lookup(word) is not None or is_common_noun(word.lower()):
        return None
    close = difflib.get_close_matches(base, _long_organisation_names(), n=1, cutoff=0.9)
    return close[0] if close and close[0][:3] == base[:3] else None


# words before a one-word "person" that make it a thing: "en Oscar", "årets Bodil"
_THING_DETERMINERS = frozenset({"en", "et", "den", "det", "de", "sin", "sit", "sine",
                                "hver", "enhver", "ingen", "nogen", "flere", "to", "tre"})


def _lower_genitive(word: str) -> bool:
    """"årets", "festivalens": a common noun in the genitive."""
    return word[:1].islower() and len(word) > 3 and word.endswith(("ets", "ens", "ernes"))


def _company_like(name: str) -> bool:
    """Whether a model's "person" reads as a company: its first word is no first name
    we know and its last word is a Danish common noun ("Solbær Kosmetik", "Vestkyst
    Energi"). A person needs a known first name, or a role our rules read."""
    words = name.split()
    if len(words) < 2 or is_first_name(words[0]):
        return False
    return is_common_noun(words[-1].lower()) and not is_first_name(words[-1])
ENTITIES_KEY = "pressespejl_entities"


def _filter_spans(spans: list[TokenSpan]) -> list[TokenSpan]:
    """``spacy.util.filter_spans`` on plain tuples: the longest span wins an overlap (the
    first one on a tie); the result is in text order."""
    ordered = sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True)
    result = []
    seen: set[int] = set()
    for span in ordered:
        if span[0] not in seen and span[1] - 1 not in seen:
            result.append(span)
            seen.update(range(span[0], span[1]))
    return sorted(result, key=lambda s: s[0])


def _write_ents(doc: Doc, spans: list[TokenSpan]) -> Doc:
    """Set ``doc.ents`` from non-overlapping token spans with one array write, and keep
    them as plain (start_char, end_char, label, canonical) tuples: ``Span`` objects
    cost two token look-ups each, and ``doc.ents`` rebuilds its spans from every token
    on each access while the roles, speakers and to_types steps all read them."""
    remembered = []
    if len(doc):
        rows = doc.to_array([IDX, LENGTH]).tolist()
        text = text_of(doc)
        strings = doc.vocab.strings
        # plain lists, filled span by span, become one array: a numpy slice assignment
        # per span cost more than the whole write
        iob = [_OUTSIDE] * len(doc)
        types = [0] * len(doc)
        kb_ids = [0] * len(doc)
        # "politiet", "regeringen": listed for the speakers, but common nouns, no names
        # (a web address such as "presse-fotos.dk" is a name in lower case)
        spans = [s for s in spans if not (s[2] in ("ORG", STRONG_ORG) and s[3][:1].islower()
                                          and "." not in s[3])]
        for first, last, label, canonical in spans:
            label = _PLAIN.get(label, label)
            width = last - first
            iob[first:last] = [_BEGIN] + [_INSIDE] * (width - 1)
            types[first:last] = [strings.add(label)] * width
            kb_ids[first:last] = [strings.add(canonical) if canonical else 0] * width
            start_char = rows[first][0]
            end_char = rows[last - 1][0] + rows[last - 1][1]
            remembered.append((start_char, end_char, label,
                               canonical or text[start_char:end_char]))
        doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID],
                       numpy.array([iob, types, kb_ids], dtype="uint64").T)
    doc.user_data[ENTITIES_KEY] = remembered
    return doc


# spaCy's ENT_IOB codes
_INSIDE, _OUTSIDE, _BEGIN = 1, 2, 3


def entity_tuples(doc: Doc) -> list[tuple[int, int, str, str]]:
    """The document's entities as (start_char, end_char, label, canonical), in order."""
    found = doc.user_data.get(ENTITIES_KEY)
    if found is None:
        found = [(e.start_char, e.end_char, e.label_, e.kb_id_ or e.text) for e in doc.ents]
    return found


def _trim_model_span(ent: Span, sentence_starts: set[int]) -> Span | None:
    """A model's span without the sentence words it took along, or None if no name is
    left: "Det siger Natos" -> None (our gazetteer finds "Natos"), "Den danske" -> None,
    "Zagreb-området" (a place in a compound with a common noun head) -> None, but
    "Nato-møde" stays: UNER tags an organisation inside a compound ("FN-styrken") as ORG,
    and its canonical name is the organisation's (``_entity_forms``); "Udmeldingen" (a
    common noun capitalised at a sentence start) -> None."""
    if gazetteer_lookup(ent.text):
        return ent
    end = ent.end
    while end > ent.start and all(not c.isalnum() for c in ent.doc[end - 1].text):
        end -= 1  # "Berlingske." with the sentence's full stop: the stop is no part
    if end < ent.end:
        if end == ent.start:
            return None
        ent = Span(ent.doc, ent.start, end, label=ent.label_, kb_id=ent.kb_id_)
        if gazetteer_lookup(ent.text):
            return ent
    start = ent.start
    while start < ent.end and is_non_name(ent.doc[start].text):
        start += 1
    if start == ent.end or not ent.doc[start].text[:1].isupper():
        return None
    if any(t.text[:1].islower() and t.text not in _NAME_PARTICLES
           for t in ent.doc[start : ent.end]):
        return None
    last = ent.doc[ent.end - 1].text
    if "-" in last and last.rsplit("-", 1)[1][:1].islower() and ent.label_ != "ORG":
        return None
    if " " not in ent.text and _area_of_a_place(ent.text):
        return None  # "Københavnsområdet": an area around a town
    if (ent.end - start == 1 and ent.doc[start].idx in sentence_starts
            and last.lower().endswith(("en", "et", "ene", "erne"))
            and not is_first_name(last) and not (
                "-" in last and not is_common_noun(last.split("-")[0].lower()))):
        return None  # but "Crisplant-ledelsen": a firm's name and its noun
    if start == ent.start:
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_, kb_id=ent.kb_id_)


_AREA_HEADS = ("området", "område", "områdets", "egnen", "egnens")
_AREA = re.compile(rf"(?P<place>[^\W\d_]\w+?)-?(?:{'|'.join(_AREA_HEADS)})")


def _area_of_a_place(word: str) -> bool:
    """A town's or a region's name compounded with "området" or "egnen": the gold lists
    neither the area nor the town for it (real-dev10). With a hyphen any name; written
    as one word, only a place the lists or the spelling dictionary know
    ("Københavnsområdet"), so not "Trekantområdet"."""
    m = _AREA.fullmatch(word)
    if m is None:
        return False
    if f"{m['place']}-" in word:
        return True
    place = m["place"]
    return any((gazetteer_lookup(p) or ("",))[0] == "LOC" or is_spelling_place(p)
               for p in (place, genitive_base(place) or place))


# lower-case words that may stand inside a name ("Ursula von der Leyen", "Retten i Aarhus")
_NAME_PARTICLES = frozenset({"von", "van", "der", "de", "la", "i", "og", "for", "&", "af"})


def _link_model_person(start: int, end: int, label: str, canonical: str, text: str,
                       people: set[str]) -> TokenSpan:
    """Give a model's "Stoltenberg" the canonical name of the full name we found."""
    if label != "PER" or canonical != text or " " in text:
        return (start, end, label, canonical)
    for name in people:
        if name.split()[-1] in (text, text.removesuffix("s")):
            return (start, end, "PER", name)
    return (start, end, label, canonical)


def _caps_heading_word(doc: Doc, i: int) -> bool:
    """Whether a listed one-word name in capitals may be an everyday word of a heading
    in capitals: it is a Danish word ("NETTO", "INFORMATION") and a word next to it is
    in capitals too ("PRISER NETTO"). Alone in capitals it names the organisation."""
    if not is_common_noun(doc[i].lower_):
        return False
    near = [doc[j] for j in (i - 1, i + 1) if 0 <= j < len(doc)]
    return any(t.is_upper and t.is_alpha and len(t) > 1 for t in near)


def _split_final_stops(nlp: Language, forms: list[str]) -> None:
    """Teach the tokenizer that a listed name ending in a full stop keeps it where a
    sentence ends right after it: "til B.T.." is "B.T." and ".", where spaCy's Danish
    tokenizer reads "B.T" and "..", and no name matches."""
    for form in forms:
        if form.endswith(".") and " " not in form and form[:1].isupper():
            doubled = form + "."
            if [t.text for t in nlp.tokenizer(doubled)] != [form, "."]:
                nlp.tokenizer.add_special_case(doubled, [{ORTH: form}, {ORTH: "."}])


@Language.factory("pressespejl_entities")
def make_entity_recognizer(nlp: Language, name: str) -> EntityRecognizer:
    """Rule and gazetteer PER/ORG/LOC, merged with a trained NER's entities."""
    return EntityRecognizer(nlp, name)
