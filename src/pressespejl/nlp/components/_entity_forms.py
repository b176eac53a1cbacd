"""Clean the entities of one article and give each thing one canonical name.

The entities component collects spans from a trained NER, gazetteers and name rules;
this module then works on them as plain character spans over the article text, in two
passes (both pure functions, so each rule is tested on a hand-made string):

``clean(text, found, sentence_starts)``, one span at a time:

- web-page chrome is cut off a name's ends ("Anders Holt Kontakt" -> "Anders Holt",
  "Politik Skrevet" -> nothing; ``da/site_chrome.py``), and so are trailing numbers
  ("FC Midtjyllands 2-");
- a cut-off compound part is no name ("Klima-", "PR-"); nor is an event ("Brexit",
  ``da/events.py``);
- a span of one letter ("K.") is no name, unless a rule or a list vouches for it (the
  medium "X", a party letter);
- one capitalised everyday word at the start of a sentence, or written in capitals, is
  no name ("Efterfulgt", "Afviste", "KRITIK"), unless a gazetteer lists it ("Vejen");
  neither is a form of address ("Majestæt");
- a name that ends in a street, square, station or venue word, or starts with a place
  prefix, is a place ("Tavsens Gade", "Graulundvej", "Mont Ventoux", "Center Sandholm",
  "Udrejsecenter Sjælsmark"; ``da/place_markers.py``);
- a "person" written with English function words is a group or an organisation
  ("Loyal To Familia");
- a person's name takes along a first name no list holds right before it ("Tinne" in
  "Tinne Hjersing Knudsen"), but not a genitive ("Brøndbys Sigurd Rosted");
- a two-word name in title case that a trained NER alone found, in a sentence with a
  definite vessel noun ("trawleren", "skibet"), is a ship ("Polar Nanoq").

``link(text, found)``, over the whole article:

- case variants are one name ("AALBORG" = "Aalborg", "DAGBLADET Roskilde");
- a genitive is the name without it ("Roglics" -> "Roglic", "B.T.s" -> "B.T.");
- people: a surname, a first name alone ("Holger"), a form without the middle name
  ("Holger Nielsen" for "Holger K. Nielsen") and a name cut off at the end of the text
  all take the fullest full name of the one person they fit;
- organisations: a short form that starts a longer name in the article ("Brøndby" for
  "Brøndby IF"), a definite noun that ends it ("Nationalbanken" for "Danmarks
  Nationalbank") and an acronym of it ("FCM" for "FC Midtjylland") take the longer name;
- a seat of power placed with a locative preposition ("i Kreml") is a place in all its
  mentions; named as an actor ("Kreml afviser") it stays an organisation;
- a name keeps one label in the article: the gazetteer's, else the one most of its
  mentions have (a single-word "person" that a gazetteer lists as a place, and that is
  nobody's surname here, is that place: "Husum", "Rønne").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from spacy.lang.da.stop_words import STOP_WORDS

from pressespejl.nlp.components._lexicon import (
    FIRST_NAME_WORDS,
    country_names,
    gazetteer,
    gazetteer_lookup,
    genitive_base,
    is_common_noun,
    is_danish_first_name,
    is_first_name,
    is_non_name,
    is_sentence_opener,
    is_spelling_name,
    is_spelling_place,
    lemma_of,
    title_head,
)
from pressespejl.nlp.da.car_brands import CAR_BRANDS
from pressespejl.nlp.da.events import EVENT_NAMES
from pressespejl.nlp.da.holidays import HOLIDAYS
from pressespejl.nlp.da.organisation_markers import (
    ARTICLE_NAME_HEADS,
    BODY_ENDINGS,
    INSTITUTION_ENDINGS,
    NAME_ENDINGS,
    SUFFIX_WORDS,
)
from pressespejl.nlp.da.party_letters import PARTY_LETTERS
from pressespejl.nlp.da.place_markers import (
    CENTRE_ENDINGS,
    COMPOUND_PLACE_HEADS,
    PLACE_PREFIXES,
    PLACE_WORDS,
    STREET_ENDINGS,
)
from pressespejl.nlp.da.site_chrome import EDGE_WORDS, HONORIFICS, SECTION_WORDS
from pressespejl.nlp.da.vessel_nouns import VESSEL_ENDINGS, VESSEL_PREFIXES


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
# the last word of a firm or a house named after its founder or a first name ("Arne
# Kjærs Tegnestue", "Betty Nansen Teatret", "Warner Brothers"): no surname ends so
_FIRM_ENDS = tuple(e + s for e in (
    "teatret", "teater", "bryggeri", "bryggeriet", "bryggerierne", "tegnestue", "smedie",
    "andelskasse", "sparekasse", "forening", "foreningen", "forbund", "forbundet",
    "selskab", "selskabet", "institut", "instituttet", "skole", "skolen", "centret",
    "center", "kompagni", "fabrik", "fabrikker", "forlag", "forlaget", "rejser",
    "brothers", "society", "committee", "international", "museum", "museet", "klinik",
    "klinikken", "biograf", "boghandel", "auktioner") for s in ("", "s"))
# the last word of a firm named after its town ("Sæby Fiskeindustri", "Skagen Værft"):
# a trained NER's "place" ending so is the firm
_BUSINESS_ENDS = tuple(e + s for e in (
    "industri", "industrier", "slagteri", "slagteriet", "mejeri", "mejeriet", "værft",
    "værftet", "rederi", "rederiet", "fabrik", "fabrikker", "bryggeri", "bryggeriet")
    for s in ("", "s"))
_ENGLISH_FUNCTION_WORDS = frozenset({"To", "Of", "The", "And", "For", "In", "On"})


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _is_everyday_word(word: str) -> bool:
    """A Danish word form spaCy's lemma table knows, and no first name or listed name."""
    return (is_common_noun(word.lower()) and gazetteer_lookup(word) is None
            and not is_danish_first_name(word))


_SLASH = re.compile(r"(?<=[\w.])/(?=[A-ZÆØÅ])")
_AND = re.compile(r"[^\S\n]+og[^\S\n]+")


def split(text: str, found: Found) -> list[Found]:
    """The names one span holds side by side, each as a span of its own:
    "Strandby/Elling", "Iran og Nordkorea" (both listed), "Rønne Ystad" (each word a
    listed place). A listed name ("Sø- og Handelsretten", "Land og Folk") and a company
    form ("Lotek A/S") stay whole."""
    written = text[found.start : found.end]
    if found.listed or gazetteer_lookup(written) is not None:
        return [found]
    if found.label in ("ORG", "LOC") and (person := _person_after_comma(text, found)):
        return [replace(found, end=person[0] - 2,
                        canonical=text[found.start : person[0] - 2]),
                replace(found, start=person[0], end=person[1], label="PER",
                        canonical=text[person[0] : person[1]])]
    parts = [(found.start, found.end)]
    for pattern in (_SLASH, _AND):
        cut = []
        for a, b in parts:
            pieces, pos = [], a
            for m in pattern.finditer(text, a, b):
                pieces.append((pos, m.start()))
                pos = m.end()
            pieces.append((pos, b))
            if len(pieces) > 1 and _separate(text, pieces, pattern is _SLASH, found.label):
                cut.extend(pieces)
            else:
                cut.append((a, b))
        parts = cut
    if len(parts) > 1 and found.label == "ORG" and found.model and _places_side_by_side(
            [text[a:b] for a, b in parts]):
        # "Ålbæk/Hulsig", "Strandby og Elling": towns side by side, no organisation
        found = replace(found, label="LOC")
    if len(parts) == 1:
        words = _words(text, found.start, found.end)
        if len(words) > 1 and all((gazetteer_lookup(w.group()) or ("",))[0] == "LOC"
                                  for w in words):
            return [Found(w.start(), w.end(), "LOC", gazetteer_lookup(w.group())[1],
                          model=found.model, listed=True) for w in words]
        return [found]
    return [replace(found, start=a, end=b, canonical=text[a:b]) for a, b in parts]


def _places_side_by_side(names: list[str]) -> bool:
    """Whether the names a trained NER's "organisation" holds side by side are places:
    one is a listed place or a place the spelling dictionary knows, and none is a listed
    organisation or a word with an organisation's marker ending."""
    hits = [gazetteer_lookup(n) for n in names]
    if any(h and h[0] != "LOC" for h in hits) or any(names_body(n) for n in names):
        return False
    return any((h and h[0] == "LOC") or is_spelling_place(n) for h, n in zip(
        hits, names, strict=True))


_COMMA_NAME = re.compile(r", (?=[A-ZÆØÅ])")


def _person_after_comma(text: str, found: Found) -> tuple[int, int] | None:
    """The person an organisation's or a place's span took along after a comma, as a
    list of bodies and people writes it ("Departementet for Fiskeri og Fangst, Jørgen
    Isak Olsen"): capitalised words from a known first name to the span's end. Names
    that go on after a comma ("Ministeriet for Klima, Energi og Forsyning") have no
    first name there."""
    comma = _COMMA_NAME.search(text, found.start, found.end)
    if comma is None or comma.start() == found.start:
        return None
    words = [w.group() for w in _words(text, comma.end(), found.end)]
    if len(words) < 2 or not is_first_name(words[0]) or is_common_noun(words[0].lower()):
        return None
    if not all(w[:1].isupper() or w in ("von", "van", "de", "af") for w in words):
        return None
    return comma.end(), found.end


def _separate(text: str, pieces: list[tuple[int, int]], slash: bool, label: str) -> bool:
    """Whether the pieces of a span cut at "/" or "og" are names of their own: after a
    "/" two capitalised names ("Strandby/Elling"; not "A/S"), at "og" two listed names,
    or two single capitalised words of one place span ("Strandby og Elling")."""
    texts = [text[a:b] for a, b in pieces]
    if any(not t[:1].isupper() or t.endswith("-") for t in texts):
        return False
    if slash:
        return all(len(t) > 2 for t in texts)
    if all(gazetteer_lookup(t) is not None for t in texts):
        return True
    return label == "LOC" and all(" " not in t for t in texts)


def _follows_a_word(text: str, start: int) -> bool:
    """Whether a word or a comma stands right before ``start`` ("politimester Dahlfelt",
    "grinede Bolle"): then a capital is a name's. After a full stop inside a quote
    (which is one sentence to the segmenter: "»Det gik stærkt. Cybertruslen er ...«") it
    may only open a sentence."""
    before = text[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",")


def _line_start(text: str, start: int) -> int:
    """Where the line of ``start`` begins: where to search back from for a pattern that
    ends at ``start`` and holds no newline (_CENTRE_BEFORE, _INITIALS_BEFORE). The same
    match as a search from 0, which read the whole article before every name."""
    return text.rfind("\n", 0, start) + 1


def clean(text: str, found: Found, sentence_starts: set[int]) -> Found | None:
    """One span without chrome and junk, with a place's label; None if no name is left
    (rules in the module doc)."""
    words = _words(text, found.start, found.end)
    # a rule's "Øxenholt Foto" (a photo firm in a credit) keeps its last word
    keep_last = found.listed and found.canonical.endswith(
        words[-1].group().removesuffix(".")) if words else False  # "TV 2." ends a sentence
    while words and not (keep_last and len(words) > 1 and words[-1].end() == found.end) and (
            words[-1].group() in EDGE_WORDS
                     or _TRAILING_JUNK.fullmatch(words[-1].group())
                     or (len(words) > 1 and found.label == "PER"
                         and _trailing_non_name(words[-1].group()))
                     or (len(words) > 1 and is_sentence_opener(words[-1].group()))):
        # "Anders Holt Kontakt", "Nukappiaaluk Hansen Onsdag" (a dateline), "Berlingske
        # Ifølge" (a page that lost the period after a name)
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
    if names[-1].endswith("-") and not (found.listed and not found.canonical.endswith("-")):
        # "Klima-", "PR-": the first part of a compound, cut off; but "Syd-" in "Syd-,
        # Vest- og Nordjylland" is a rule's place with its whole name (Sydjylland)
        return None
    if found.label in _ARTICLE_LABELS and (article := _article_before(
            text, start, end, sentence_starts)) is not None:
        # "Det Kgl. Teater", "Den jyske Opera": the capitalised article starts the name
        written = " ".join(text[article:end].split())
        hit = gazetteer_lookup(written)
        found = replace(found, start=article, canonical=hit[1] if hit else " ".join(
            [*text[article:start].split(), *found.canonical.split()]))
        start = article
        words = _words(text, start, end)
        names = [w.group() for w in words]
    if not found.listed and (_is_vessel(text, start) or (
            found.model and found.label in ("ORG", "LOC", "PER") and _ship_like(names)
            and _vessel_noun_near(text, start, end))):
        # "fragtskibet Defender", "færgen "Povl Anker"", "Polar Nanoq ... trawleren"
        return replace(found, label=VESSEL)
    if found.canonical.lower() in HOLIDAYS:
        return None  # "Sankt Hans": a day, no name of a thing
    if not found.listed and found.canonical.lower() in EVENT_NAMES:
        return None  # "Brexit har kostet dyrt": an event, in no entity list
    if not found.listed and len(names) > 1 and (rest := _listed_after_common_word(text, words)):
        return rest  # "Samarbejdspartnerne Socialdemokratiet"
    if len(names) > 1 and start in sentence_starts and _describes_name(found.label, names):
        # "Mixeddoublen Joachim Fischer", "Fiskekonserves-fabrikken Larsen Seafood": the
        # noun that opens the sentence says what the name is
        written = " ".join(text[words[1].start() : end].split())
        hit = gazetteer_lookup(written)
        found = replace(found, start=words[1].start(), canonical=hit[1] if hit else written)
        start, words, names = words[1].start(), words[1:], names[1:]
    if found.model and found.label == "LOC" and len(names) > 2 and names[1] in _WHERE_WORDS \
            and start in sentence_starts and names[2][:1].isupper() and (
            _common_compound(names[0]) or is_common_noun(names[0].lower())):
        # "Privatskolen i Vester Mark blev ...": a common noun opening the sentence, and
        # the place it is in
        return replace(found, start=words[2].start(), canonical=" ".join(names[2:]))
    if found.label == "ORG" and (party := PARTY_LETTERS.get(text[start:end])):
        return replace(found, canonical=party)  # "S støtter ikke": the party, not "S"
    if len(names) > 1 and names[-1].isdigit() and gazetteer_lookup(found.canonical) is None \
            and _COUNTED_NOUN.match(text, end) and (
            (hit := gazetteer_lookup(" ".join(names[:-1]))) is not None
            or found.label == "ORG_RULE"):
        # "rykkede Naturstyrelsen 95 gange ud": a count after an organisation's name
        # ("TV 2" is listed with its number)
        end = words[-2].end()
        words, names = words[:-1], names[:-1]
        found = replace(found, end=end, canonical=hit[1] if hit else " ".join(names))
    if found.label == "PER" and len(names) > 1 and (
            head := _COMPOUND_HEAD.search(found.canonical)):
        # "Tobias Rahim-koncerten": the person named in a compound with a common noun
        found = replace(found, canonical=found.canonical[: head.start()])
    if found.label in ("ORG", "LOC", "ORG_RULE") and (
            head := _COMPOUND_HEAD.search(found.canonical)) and not (
            found.canonical.endswith(COMPOUND_PLACE_HEADS)
            or gazetteer_lookup(found.canonical) is not None):
        # "FC Midtjylland-træneren": the club is named, in a compound with a common noun
        found = replace(found, canonical=found.canonical[: head.start()])
    if (more := _PLACE_WORD_AFTER.match(text, end)) and not (
            found.label == "PER" and is_first_name(names[0])):
        # "Taastrup Station", "Blågårds Plads", "Brøndby Stadion": the place named after it
        return replace(found, end=more.end(), canonical=text[start : more.end()], label="LOC")
    if found.label == "LOC" and (before := _CENTRE_BEFORE.search(text, _line_start(text, start),
                                                                   start)):
        # "Flyvestation Skrydstrup", "Udrejsecenter Sjælsmark"
        return replace(found, start=before.start(), canonical=text[before.start() : end])
    if found.label == "PER" and (first := _unknown_first_name_before(text, start)):
        # "Tinne Hjersing Knudsen": a first name no list holds, before the name
        start = first
        found = replace(found, start=start, canonical=" ".join(text[start:end].split()))
    if found.label == "PER" and (initials := _INITIALS_BEFORE.search(
            text, _line_start(text, start), start)):
        # "H. C. Andersen": initials before the name belong to it
        found = replace(found, start=initials.start(),
                        canonical=" ".join(text[initials.start() : end].split()))
    if found.listed:
        return found
    if sum(c.isalpha() for c in text[start:end]) < 2:
        return None  # "K.", "C": one letter names nothing on its own
    if len(names) == 1 and _is_junk_word(names[0], start in sentence_starts):
        return None
    if len(names) == 1 and found.model and start in sentence_starts and (
            _everyday_compound(names[0])):
        return None  # "Cybertrussel er ...", "Gadekøkken lukker": a compound noun
    if found.label == "PER" and any(w in HONORIFICS for w in names):
        return None  # "Hans Majestæt Kongen", "Hans Kongelige Højhed": a form of address
    if len(names) == 1 and found.label != "PER" and (
            (title_head(names[0]) and not _name_before_title(names[0]))
            or (start in sentence_starts and _common_compound(names[0]))):
        return None  # "Formand" (a title); "Cybertruslen" (a common noun) starting a sentence
    if len(names) == 2 and names[1].isdigit() and is_common_noun(names[0].lower()):
        return None  # "Område 1": a numbered thing, no name
    if found.label != "LOC" and not _is_place_name(names) and not (
            names[0] in _ARTICLES and names_body(names[-1])) and not (
            found.label == "PER" and len(names) == 1 and start not in sentence_starts
            and _follows_a_word(text, start) and (not found.model or ("-" not in names[0]
                                     and not is_common_noun(names[0].lower())))) and all(
            _everyday(w) for w in names if w not in _ARTICLES) and not (
            found.label == "PER" and len(names) > 1 and person_slot(text, start, end)):
        return None  # "Lastbiluheld Spærrer Motorvej": a headline in title case
    base = genitive_base(names[-1])
    if base and len(names) == 1 and is_first_name(names[0]):
        base = None  # "Jens bil": "Jens" is a first name itself, no genitive of "Jen"
    if base and _possessed_noun_after(text, end) and (
            found.label == "PER" or (len(names) == 1 and is_first_name(base))):
        # "Barack Obamas fødested", "Hillarys kampagne": the name without the genitive
        return replace(found, label="PER",
                           canonical=" ".join([*found.canonical.split()[:-1], base]))
    if (found.label == "ORG" or (found.label == "PER" and not is_first_name(names[0]))) and (
            _is_place_name(names)):
        return replace(found, label="LOC")  # not "Jørgen Skov": a person's surname
    if found.label == "PER" and any(w in _ENGLISH_FUNCTION_WORDS for w in names):
        return replace(found, label="ORG")
    if len(names) > 1 and ((found.label == "PER" and names[-1].lower().endswith(_FIRM_ENDS))
                           or (found.label == "LOC"
                               and names[-1].lower().endswith(_BUSINESS_ENDS))):
        # "Georg Jensen Sølvsmedie", "Thor Bryggerierne", "Sæby Fiskeindustri"
        return replace(found, label="ORG")
    return found


# the words around a speaker: "siger Ask Ravn", "kirkeminister Ask Ravn", "Ask Ravn siger"
_SLOT_WORDS = ("siger", "sagde", "skriver", "skrev", "fortæller", "fortalte", "udtaler",
               "udtalte", "oplyser", "oplyste", "forklarer", "forklarede", "tilføjer",
               "tilføjede", "mener", "mente", "ifølge")
_SLOT_BEFORE = re.compile(r"(?<![\w-])(?i:" + "|".join(_SLOT_WORDS) + r")[^\S\n]+\Z")
_SLOT_AFTER = re.compile(r",?[^\S\n]+(?:" + "|".join(_SLOT_WORDS) + r")(?![\w-])")
_ROLE_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+),?[^\S\n]+\Z")


def person_slot(text: str, start: int, end: int) -> bool:
    """Whether a span stands where only a person's name does: after a speech verb or a
    title ("siger Ask Ravn", "kirkeminister Ask Ravn"), or before a speech verb ("Ask
    Ravn siger"), when its first word is a first name or a name the spelling dictionary
    holds. There two everyday words ("ask", "ravn") are a first name and a
    surname, not a headline in title case."""
    first = text[start:end].split()[0]
    if not (is_first_name(first) or (is_spelling_name(first) and not is_spelling_place(first))):
        return False  # "Solbær Kosmetik, skriver ...": no name starts a firm's name
    if _SLOT_BEFORE.search(text, max(0, start - 20), start) or _SLOT_AFTER.match(text, end):
        return True
    before = _ROLE_WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and title_head(before["word"]) is not None


# a plural noun after a number: "95 gange", "20 ansatte", "3 millioner"
_COUNTED_NOUN = re.compile(r"[^\S\n]+[a-zæøå]+(?:er|e|r)(?![\w-])")
_ARTICLES = frozenset({"Den", "Det", "De"})
_WHERE_WORDS = frozenset({"i", "på", "ved"})
_BODY_ENDS = tuple(e + s for e in (*ARTICLE_NAME_HEADS, *BODY_ENDINGS, *NAME_ENDINGS,
                                   *INSTITUTION_ENDINGS) for s in ("", "s"))
_BODY_WORDS = frozenset(w + s for w in SUFFIX_WORDS for s in ("", "s"))


def names_body(word: str) -> bool:
    """Whether a name's last word names a body: "Filminstitut", "Alliance", "Forening",
    "Teatret", "Universitet" (``da/organisation_markers.py``)."""
    return word in _BODY_WORDS or word.lower().endswith(_BODY_ENDS)

_ARTICLE_LABELS = frozenset({"ORG", "LOC", "ORG_RULE", "LOC_RULE"})
# a capitalised article and any lower-case adjectives before a name: "Det Kgl. Teater",
# "Den Danske Forening", "Det radikale Venstre", "Den jyske Opera"
_ARTICLE = re.compile(
    r"(?<![\w-])De[nt]?(?:[^\S\n]+(?:[a-zæøå]{2,}e|kgl\.|blå|fri|ny))*[^\S\n]+\Z"
)
# what may stand before a sentence word that is capitalised for its place, not as a name
_NOT_NAME_OPENERS = ":;»«\"“”'(„-–—\n"


def _article_before(text: str, start: int, end: int, sentence_starts: set[int]) -> int | None:
    """Where a name really starts when a capitalised "Den", "Det" or "De" stands before
    it inside a sentence; only the name's own words are capitalised there ("til Det
    Kgl. Teater"), while a sentence's first word is capitalised for its place ("Det
    Venstre vil ..."). None when the article opens a sentence, a quote or a line, or
    when the span ends inside a compound ("De nye EU-regler")."""
    m = _ARTICLE.search(text, max(0, start - 60), start)
    if m is None or text[end : end + 1] == "-":
        return None
    if _adjective_body_name(text[start:end]):
        return m.start()  # "Det Danske Filminstitut fyldte 20 år": a sentence start too
    if m.start() in sentence_starts:
        return None
    before = text[: m.start()].rstrip(" \t")
    if not before or before[-1] in _NOT_NAME_OPENERS or before[-1] in ".!?":
        return None
    return m.start()


def _adjective_body_name(name: str) -> bool:
    """A body's name of a capitalised adjective and a body's noun, which takes its article
    wherever it stands ("Danske Filminstitut", "Kongelige Bibliotek"): the adjective's
    weak "-e" needs the article before it."""
    words = name.split()
    return (len(words) == 2 and words[0][:1].isupper() and words[0].endswith("e")
            and words[0][1:].islower() and names_body(words[1]))


VESSEL = "VESSEL"
"""The label of a ship's name while the mentions are linked; written out as MISC."""
THING = "THING"
"""The label of a creative work's title or a storm's name ("sangen Qilak", "stormen
Allan") while the mentions are linked; written out as MISC, like a ship."""
_VESSEL_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:" + "|".join(sorted(map(re.escape, VESSEL_PREFIXES), key=len, reverse=True))
    + r")|(?:" + "|".join(VESSEL_ENDINGS) + r"))[^\S\n]+[\"»“„']?\Z",
    re.IGNORECASE,
)


def _is_vessel(text: str, start: int) -> bool:
    """Whether a vessel noun or prefix stands right before the name ("fragtskibet
    Defender", "skib "Povl Anker"", "M/F Povl Anker"; ``da/vessel_nouns.py``)."""
    return bool(_VESSEL_BEFORE.search(text, max(0, start - 30), start))


# a ship named in the same sentence: "Polar Nanoq lagde til, og trawleren ..."
_VESSEL_NOUN = re.compile(
    r"(?<![\w-])(?i:[a-zæøå]*(?:" + "|".join(e for e in VESSEL_ENDINGS if e.endswith(("et", "en")))
    + r"))(?![\w-])"
)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _ship_like(names: list[str]) -> bool:
    """A name of two or more words in title case, none a first name ("Polar Nanoq",
    "Ocean Star"): how ships are named; a person's or a firm's acronym is not."""
    return len(names) > 1 and not _is_place_name(names) and all(
        w[:1].isupper() and not w.isupper() and not is_first_name(w)
        and gazetteer_lookup(w) is None for w in names)


def _vessel_noun_near(text: str, start: int, end: int) -> bool:
    """Whether a definite vessel noun ("trawleren", "skibet") stands in the sentence of
    the span ``start``-``end``, the sentence says what the name is ("Brim Explorer er et
    nyt skib"), or the next sentence starts with one ("Polar Nord lagde til i går.
    Trawleren havde ...")."""
    before = text.rfind("\n", 0, start) + 1
    for m in _SENTENCE_END.finditer(text, max(before, start - 200), start):
        before = m.end()
    after = _SENTENCE_END.search(text, end, end + 200)
    stop = after.start() if after else min(len(text), end + 200)
    if _VESSEL_NOUN.search(text, before, start) or _VESSEL_NOUN.search(text, end, stop):
        return True
    if _VESSEL_PREDICATE.match(text, end) or _VESSEL_PREDICATE.search(text, end, stop):
        return True
    return bool(after and _NEXT_VESSEL_SENTENCE.match(text, after.end()))


# "Brim Explorer er et nyt skib", "... var en trawler fra Nuuk"
_VESSEL_PREDICATE = re.compile(
    r"[^\S\n]+(?:er|var|blev)[^\S\n]+(?:en|et)[^\S\n]+(?:[a-zæøå-]+e[^\S\n]+)?[a-zæøå]*(?:"
    + "|".join(e for e in VESSEL_ENDINGS if not e.endswith(("et", "en"))) + r")(?![\w-])"
)
# a sentence that starts with a definite vessel noun, after a blank line too
_NEXT_VESSEL_SENTENCE = re.compile(
    r"\s*(?:[A-ZÆØÅ][a-zæøå]*)?(?i:" + "|".join(
        e for e in VESSEL_ENDINGS if e.endswith(("et", "en"))) + r")(?![\w-])"
)


_NAME_PART = "[A-ZÆØÅ][a-zæøåéáíóúäöü]+"
_WORD_BEFORE = re.compile(rf"(?<![\w.'’-]){_NAME_PART}(?:-{_NAME_PART})?[^\S\n]\Z")


def _unknown_first_name_before(text: str, start: int) -> int | None:
    """Where a person's name really starts when the word right before the span is a
    capitalised word that is nothing else: no sentence word, title, listed name, chrome
    or Danish word ("Tinne" in "Tinne Hjersing Knudsen", "Olafur" before "Steinar
    Gestsson"); None otherwise."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return None
    word = m.group().rstrip()
    if (is_non_name(word) or title_head(word) or gazetteer_lookup(word) is not None
            or word in EDGE_WORDS or word in SECTION_WORDS or word in HONORIFICS
            or is_common_noun(word.lower()) or lemma_of(word.lower()) is not None):
        return None
    if word.endswith("s") and not is_first_name(word):
        return None  # "Brøndbys Sigurd Rosted": a club's or a town's genitive
    if not is_first_name(word) and _common_compound(word):
        return None  # "Mixeddoublen Joachim Fischer": a compound noun, definite
    if (before := _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())) and (
            gazetteer_lookup(f"{before.group().rstrip()} {word}") is not None):
        return None  # "formand for Inuit Ataqatigiit Múte B. Egede": a party's last word
    return m.start()


def _trailing_non_name(word: str) -> bool:
    """A capitalised word that cannot end a person's name: a weekday, a month, a
    pronoun ("Hans" is a first name, never a last word dropped)."""
    return (word[:1].isupper() and is_non_name(word) and gazetteer_lookup(word) is None
            and word not in FIRST_NAME_WORDS)


_NOT_POSSESSED = frozenset(STOP_WORDS) - {"egen", "eget", "egne"}


def _possessed_noun_after(text: str, end: int) -> bool:
    """Whether the word after a name ending in "s" is what it owns ("Obamas fødested",
    "Clintons egen kampagne"), not a verb or a function word ("Jonas siger", "Niels
    og"), so the "s" is a genitive."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m["word"]
    if word in _NOT_POSSESSED:
        return False
    lemma = lemma_of(word)
    if lemma is None or lemma == word:
        return lemma is not None
    # "siger" -> "sige", "mente" -> "mene", "fortalte" -> "fortælle": a verb
    return not (word.endswith("r") and lemma == word[:-1]) and not (
        word.endswith(("de", "te")) and lemma.endswith("e"))


_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[a-zæøå][a-zæøå-]*)(?![\w-])")


def _name_before_title(word: str) -> bool:
    """"ATP-direktør", "Teknova-direktør": a title compounded with a name no Danish
    word spells (an acronym, a firm); the span names the organisation before the
    hyphen ("Formand" and "Vice-formand" name none)."""
    first = word.split("-")[0] if "-" in word else ""
    return len(first) > 1 and first[:1].isupper() and not is_common_noun(first.lower())


def _common_compound(word: str) -> bool:
    """A compound ending in a definite common noun ("Cybertruslen" = "cyber" +
    "truslen") or an adverb in "-mæssigt" ("Fodboldmæssigt"): capitalised at a sentence
    start, no name."""
    low = word.lower()
    if is_first_name(word) or gazetteer_lookup(word) is not None:
        return False
    if "-" in word and not is_common_noun(word.split("-")[0].lower()):
        # "Frugtex-koncernen", "Crisplant-ledelsen": a name and its noun (Danish writes
        # a compound of two common nouns as one word)
        return False
    if low.endswith(("mæssigt", "mæssig", "vis")) and len(low) > 8:
        return True
    if not low.endswith(("en", "et", "ene", "erne")):
        return False
    return any(_definite_form(low[k:]) for k in range(3, len(low) - 3))


def _definite_form(low: str) -> bool:
    lemma = lemma_of(low)
    return lemma is not None and lemma != low and len(low) > 4


def _everyday(word: str) -> bool:
    """A capitalised word that is an everyday Danish word, or a compound ending in one
    ("Lastbiluheld"), and no first name or listed name."""
    low = word.lower()
    if (is_first_name(word) or word in FIRST_NAME_WORDS or gazetteer_lookup(word) is not None
            or not word[:1].isupper() or word in CAR_BRANDS):
        return False  # "Ford" is a make, though "ford" is a Danish word
    if "-" in word:  # "Nato-møde" names Nato; "Lastbil-uheld" is two everyday words
        # a part before the hyphen is a whole word ("Crisplant-ledelsen" names a firm,
        # though "plant" ends it)
        parts = [part for part in word.split("-") if part]
        return all(is_common_noun(part.lower()) and _everyday(part.capitalize())
                   for part in parts[:-1]) and (
            _everyday(parts[-1].capitalize()) if parts else False)
    return is_common_noun(low) or any(
        is_common_noun(low[k:]) and len(low) - k >= 4 for k in range(3, len(low) - 3))


def _describes_name(label: str, names: list[str]) -> bool:
    """Whether a span's first word is a definite common noun describing the name after
    it: before a person's first name ("Mixeddoublen Joachim Fischer", "Landstræneren
    Ole Berg"), or a compound with a lower-case noun after a hyphen before an
    organisation or a place ("Fiskekonserves-fabrikken Larsen Seafood"). A one-word
    compound before a firm's name may be the name ("Teatret Vestvolden"), so no."""
    first = names[0]
    low = first.lower()
    if is_first_name(first) or gazetteer_lookup(first) is not None or not names[1][:1].isupper():
        return False
    if not low.endswith(("en", "et", "ene", "erne")):
        return False
    if label == "PER":
        return is_first_name(names[1]) and (_common_compound(first) or _definite_form(low))
    tail = low.rsplit("-", 1)[-1]
    return label in _ARTICLE_LABELS and "-" in low and _definite_form(tail)


def _listed_after_common_word(text: str, words: list[re.Match[str]]) -> Found | None:
    """A listed name after a capitalised everyday word the span took along
    ("Samarbejdspartnerne Socialdemokratiet"), as that name alone."""
    first = words[0].group()
    if not is_common_noun(first.lower()) or is_first_name(first) or first in PLACE_PREFIXES:
        return None  # not "Center Sandholm": a place named with a prefix
    rest = text[words[1].start() : words[-1].end()]
    hit = gazetteer_lookup(rest)
    if hit is None:
        return None
    return Found(words[1].start(), words[-1].end(), hit[0], hit[1], listed=True)


def _is_junk_word(word: str, sentence_start: bool) -> bool:
    """A form of address ("Majestæt"), or an everyday word that is capitalised only
    because it starts a sentence or a heading in capitals ("Afviste", "KRITIK")."""
    if word in HONORIFICS:
        return True
    capitals = word.isupper() and len(word) > 3
    return (capitals or sentence_start) and _is_everyday_word(word)


def _everyday_compound(word: str) -> bool:
    """A compound of everyday words that no lexicon holds whole ("Gadekøkken" = "gade" +
    "køkken", "Cybertrussel" = "cyber" + "trussel"): its head is a common noun of six
    letters or more, or of four or more after a first part that is a word too. Not a
    name the spelling dictionary lists ("Engholm", "Lindholm"), no first name and no
    listed name; "Dahlfelt" stays ("dahl" is no word, "felt" is short)."""
    low = word.lower()
    if (not word[:1].isupper() or word.isupper() or "-" in word or is_first_name(word)
            or gazetteer_lookup(word) is not None or is_spelling_name(word)
            or is_spelling_place(word)):
        return False
    for k in range(3, len(low) - 3):
        head, first = low[k:], low[:k]
        if not is_common_noun(head):
            continue
        if len(head) >= 6 or is_common_noun(first) or (
                first[-1] in "se" and is_common_noun(first[:-1])):
            return True
    return False


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
    """Case and accents folded: "AALBORG" = "Aalborg", "Grindavík" = "Grindavik"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _initials(name: str) -> str:
    """The capitals of a name: "FC Midtjylland" -> "FCM", "Danmarks Radio" -> "DR"."""
    return "".join(c for c in name if c.isupper())


def link(text: str, found: list[Found]) -> list[Found]:
    """Give the mentions of one thing one canonical name and one label (module doc)."""
    found = _link_case_and_genitive(found)
    found = _link_cut_off(text, found)
    found = _link_people(text, found)
    found = _link_organisations(found)
    found = _as_written(text, found)
    return _seats_as_places(text, _teams(text, _vessels(_one_label(found))))


def _spelling(name: str) -> str:
    """A name's letters without spaces and hyphens, "aa" read as "å" and "Europa-" as
    "EU-": "TV2" and "TV 2", "Aarhus" and "Århus", "EU-Parlamentet" and
    "Europa-Parlamentet" are one name spelt two ways. Dots count: "BT" is the paper
    "B.T." written short, which the gold lists by its own name."""
    low = re.sub(r"^europa(?=-)", "eu", name.lower())
    return re.sub(r"[\s\-]", "", low).replace("aa", "å")


_BROKEN_HYPHEN = re.compile(r"\w- ")


def _is_listed_name(name: str) -> bool:
    return (gazetteer_lookup(name) or ("", ""))[1] == name


def _as_written(text: str, found: list[Found]) -> list[Found]:
    """An organisation or a place spelt another way than its listed name is named as the
    article first writes it ("TV 2 Nord", not the listed "TV2 Nord"), as the gold lists
    it, unless the article writes the listed name too ("Aarhus Universitet" for a later
    "Århus Universitet"). Case alone changes nothing ("NATO" stays "Nato")."""
    forms: dict[str, list[str]] = {}
    for f in sorted(found, key=lambda f: f.start):
        if f.label not in _ARTICLE_LABELS:
            continue
        key = _spelling(f.canonical)
        written = " ".join(text[f.start : f.end].split())
        for form in (written, genitive_base(written)):
            if form and _spelling(form) == key:
                forms.setdefault(key, []).append(form)
                break
        else:
            forms.setdefault(key, []).append(f.canonical)
    # the listed name where the article writes it too ("A.P. Møller-Mærsk" beside "A.P.
    # Møller - Mærsk"); else the first spelling, but not a line broken in a word
    # ("Lyngby- Taarbæk")
    first = {key: next((w for w in written if _is_listed_name(w)),
                       next((w for w in written if not _BROKEN_HYPHEN.search(w)), written[0]))
             for key, written in forms.items()}
    out = []
    for f in found:
        name = (first.get(_spelling(f.canonical), f.canonical)
                if f.label in _ARTICLE_LABELS else f.canonical)
        if name.lower() == f.canonical.lower():
            name = f.canonical
        out.append(replace(f, canonical=name) if name != f.canonical else f)
    return out


# a sentence that reports a match: a sport word or a result ("2-1", not "20-30")
_SPORT_WORD = re.compile(
    r"(?<![\w-])(?:[\w-]*(?:[Ff]inalen?|[Ll]andskampen|[Rr]eturkampen|[Pp]okalkampen|-kampe?n?)"
    r"|halvleg|pausen|scorede|udlignede|uafgjort|[Ss]uperliga(?:en)?|[Pp]okal\w*|føringen"
    r"|hjemmebane(?:n)?|udebane(?:n)?|[Aa]ngriber(?:en)?|[Mm]ålmand(?:en)?|[Cc]heftræner(?:en)?"
    r"|[Mm]ålscorer(?:en)?|[Dd]ivision(?:en)?|[Ll]igaen|[Tt]abellen|[Nn]edrykning\w*"
    r"|[Oo]prykning\w*|[Kk]ampen|[Hh]oldet|[Ss]ejren|[Nn]ederlaget|mål|målet|point"
    r"|[Mm]idtbanen?)(?![\w-])"
)
_RESULT = re.compile(r"(?<![\d.,:/-])\d{1,2}-\d{1,2}(?![\d.,:/-]|[^\W\d_])")
# a team acts or is met: "Viborg slog Ikast", "mod Holbæk", "tabte til Skive"
_TEAM_BEFORE = re.compile(
    r"(?<![\w-])(?:mod|slog|tabte til|førte|vandt|tabte|scorede|udlignede|reducerede)"
    r"[^\S\n]+\Z"
)
# the same, plain enough to need no other sign of sport in the sentence
_TEAM_SURELY_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:vandt|sejr(?:en)?|sejrede) over|besejrede|\d{1,2}-\d{1,2} (?:til|over|mod)"
    r"|(?:scorede|debuterede|kampe|kampen|kamp|mål|sæsoner) for"
    # a league table: "to point efter Esbjerg", "tre point foran Viborg"
    r"|point (?:efter|foran|op til|ned til|mere end|mindre end))[^\S\n]+\Z"
)
_TEAM_AFTER = re.compile(
    r"[^\S\n]+(?:slog|besejrede|vandt|tabte|førte|fører|udlignede|reducerede|scorede"
    r"|spillede|spiller|mødte|møder|kom foran|rykkede|rykker|sikrede"
    # "Horsens foran eget publikum", "Skive på hjemmebane", "Esbjerg på tredjepladsen"
    r"|foran eget publikum|på (?:hjemme|ude)banen?|på [a-zæøå]*pladsen)(?![\w-])"
)
# a result line: "Nakskov - Holbæk 2-0", "Skive-Viborg 1-1"
_RESULT_LINE_AFTER = re.compile(r"[^\S\n]*[-–][^\S\n]*[A-ZÆØÅ][\w.]*(?:[^\S\n]+[A-ZÆØÅ][\w.]*)*"
                                r"[^\S\n]+\d{1,2}-\d{1,2}(?!\d)")
_RESULT_LINE_BEFORE = re.compile(r"[A-ZÆØÅ][\w.]*[^\S\n]*[-–][^\S\n]*\Z")


def _teams(text: str, found: list[Found]) -> list[Found]:
    """A town named as a team in a match report is an organisation, as UNER tags it
    ("Viborg førte 12-9", "sejren mod Holbæk", "Nakskov - Holbæk 2-0", "Brøndbys
    angriber"): the one-word place acts or is met in a sentence about a match. The
    canonical name is the town's listed club when there is one ("Brøndby IF").
    Countries stay places, as the gold format says (a country acting is still a
    place; UNER itself tags national teams either way)."""
    out = []
    people_end = {f.end for f in found if f.label == "PER"}
    surnames = {w for f in found if f.label == "PER" for w in f.canonical.split()[1:]}
    for f in found:
        if f.label == "PER" and f.model and _players_club(text, f, people_end) and not (
                is_first_name(f.canonical) or f.canonical in surnames):
            # "Lars Berg, Luton, og Ole Dam, Kaiserslautern,": a foreign town a trained
            # NER reads as a person is the player's club too
            f = replace(f, label="ORG")
        elif f.label == "LOC" and (_is_team(text, f) or _players_club(text, f, people_end)):
            town = _town_of(text[f.start : f.end], f.canonical)
            f = replace(f, label="ORG", canonical=listed_clubs().get(town, town))
        out.append(f)
    return out


_AFTER_CLUB = re.compile(r"(?:,|[^\S\n]+og[^\S\n])")


def _players_club(text: str, f: Found, people_end: set[int]) -> bool:
    """"Lars Berg, Kolding, og Ole Dam, Vejle, startede kampen": a one-word place set
    off by commas right after a person's name, in a sentence about a match, is the
    player's club."""
    if text[f.start - 2 : f.start] != ", " or f.start - 2 not in people_end:
        return False
    if not _AFTER_CLUB.match(text, f.end) or " " in text[f.start : f.end]:
        return False
    if f.canonical in country_names():
        return False  # "Ole Dam, Danmark,": a national team is still a country
    begin, stop = _sentence_of(text, f.start, f.end)
    return bool(_RESULT.search(text, begin, stop)) or len(
        _SPORT_WORD.findall(text, begin, stop)) >= 2 or len(_SPORT_WORD.findall(text)) >= 4


def _town_of(written: str, canonical: str) -> str:
    """The town a one-word place names, without a genitive the canonical name kept
    ("Brøndbys" -> "Brøndby" when the gazetteer lists "Brøndby")."""
    if canonical == written and (base := genitive_base(written)) and (
            (gazetteer_lookup(base) or ("",))[0] == "LOC" or base in listed_clubs()
            or is_spelling_place(base)):
        return base
    return canonical


def _is_team(text: str, f: Found) -> bool:
    written = text[f.start : f.end]
    if " " in written or "-" in written or not written[:1].isupper() or written.isupper():
        return False
    if f.canonical in country_names() or f.canonical in _NOT_TOWNS:
        return False
    begin, stop = _sentence_of(text, f.start, f.end)
    if _PLACE_BEFORE.search(text, max(begin, f.start - 8), f.start):
        return False  # "holdet fra Skive", "spillede i Viborg": where, not who
    if written != _town_of(written, f.canonical) and _SPORT_NOUN_AFTER.match(text, f.end):
        return True  # "Brøndbys angriber": only a team has one
    if _TEAM_SURELY_BEFORE.search(text, max(begin, f.start - 24), f.start):
        return True
    result = _RESULT.search(text, begin, stop)
    if _RESULT_LINE_AFTER.match(text, f.end) or (
            result and _RESULT_LINE_BEFORE.search(text, max(begin, f.start - 40), f.start)):
        return True
    if not (result or _SPORT_WORD.search(text, begin, stop)):
        return False
    return bool(_TEAM_AFTER.match(text, f.end) or _TEAM_BEFORE.search(
        text, max(begin, f.start - 24), f.start))


_SPORT_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:(?:nærmest[^\S\n]+)?[a-zæøå-]*(?:angriber|målmand|træner|anfører|førstehold"
    r"|fans|tilskuer|sejr|nederlag|midtbane|forsvarsspiller|startopstilling)[a-zæøå-]*)"
    r"(?![\w-])"
)
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]|[Ff]ra|[Pp]å|[Vv]ed|[Nn]ær)[^\S\n]+\Z")
# places whose name is no town a team could be named after
_NOT_TOWNS = frozenset({"Europa", "Afrika", "Asien", "Amerika", "Norden", "Vesten",
                        "Jylland", "Sjælland", "Fyn", "Skandinavien", "Mellemøsten", "England",
                        "Skotland", "Wales", "Nordirland"})


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start``-``end`` (at most 200 characters
    each way, never past a line break)."""
    before = text.rfind("\n", 0, start) + 1
    for m in _SENTENCE_END.finditer(text, max(before, start - 200), start):
        before = m.end()
    after = _SENTENCE_END.search(text, end, end + 200)
    return before, after.start() if after else min(len(text), end + 200)


# the seats of power news names for the power they hold ("Kreml afviser") or for the
# building ("i Kreml", "foran Det Hvide Hus")
SEATS_OF_POWER = frozenset({"Kreml", "Det Hvide Hus", "Pentagon", "Downing Street",
                            "Élysée-palæet", "Elysée-palæet", "Marienborg"})
_LOCATIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Ii]|[Pp]å|[Ff]ra|[Tt]il|[Vv]ed|[Ff]oran|[Uu]den for|[Ii]nde i|[Hh]en til)"
    r"[^\S\n]+\Z"
)


def _seats_as_places(text: str, found: list[Found]) -> list[Found]:
    """A seat of power the article places something in ("i Kreml", "til Det Hvide
    Hus") is a place in all its mentions; named as the actor it stays an organisation."""
    seats = {f.canonical for f in found if f.canonical in SEATS_OF_POWER
             and _LOCATIVE_BEFORE.search(text, max(0, f.start - 12), f.start)}
    if not seats:
        return found
    return [replace(f, label="LOC") if f.canonical in seats else f for f in found]


def _vessels(found: list[Found]) -> list[Found]:
    """A ship, a work or a storm named once after its noun ("trawleren Polar Nord",
    "sangen Qilak", "stormen Allan") is that thing in every mention (MISC): no person,
    organisation or place."""
    ships = {f.canonical for f in found if f.label in (VESSEL, THING)}
    if not ships:
        return found
    return [replace(f, label="MISC") if f.canonical in ships and f.label != "MISC" else f
            for f in found]


def _link_cut_off(text: str, found: list[Found]) -> list[Found]:
    """A name the excerpt cuts off at its very end ("... i Inatsi", "Socialdem") is the
    one longer name it starts, in the article or in the gazetteer."""
    text_end = len(text.rstrip())
    out = []
    for f in found:
        if f.end >= text_end and not f.listed and f.label in ("ORG", "LOC") and (
                len(f.canonical) >= 4 and text[f.end - 1 : f.end] not in ".!?"):
            here = {g.canonical for g in found if g is not f and g.canonical != f.canonical
                    and g.canonical.startswith(f.canonical)}
            listed = {v[1] for k, v in gazetteer().items() if k.startswith(f.canonical)
                      and k != f.canonical}
            longer = here or listed
            if len(longer) == 1:
                name = next(iter(longer))
                hit = gazetteer_lookup(name)
                f = replace(f, canonical=name, label=hit[0] if hit else f.label)
        out.append(f)
    return out


def _link_case_and_genitive(found: list[Found]) -> list[Found]:
    names = {f.canonical for f in found}
    by_case: dict[str, str] = {}
    for name in sorted(names, key=lambda n: (n.isupper(), n)):  # "Aalborg" before "AALBORG"
        by_case.setdefault(_case_key(name), name)
    out = []
    for f in found:
        name = f.canonical
        if name.isupper() or any(w.isupper() and len(w) > 3 for w in name.split()) or (
                not name.isascii() and not _listed(name)):
            name = by_case.get(_case_key(name), name)
            if name == f.canonical and (hit := gazetteer_lookup(name.title())):
                name = hit[1]
        words = name.split()
        base = genitive_base(words[-1]) if words else None
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
            # "Henrik Sahl" or "Sahl Nielsen" for "Henrik Sahl Nielsen": the start or the
            # end of one longer name
            longer = {other for other in fullest.values()
                      if len(other.split()) > len(words) and words in (
                          other.split()[: len(words)], other.split()[-len(words):])}
            fullest[name] = next(iter(longer)) if len(longer) == 1 else name
    people = set(fullest.values())
    text_end = len(text.rstrip())
    for f in found:  # "Klaus La" where the excerpt stops: the one person it starts
        if f.label == "PER" and f.end >= text_end:
            cut = [p for p in people if p.startswith(f.canonical) and p != f.canonical]
            if len(cut) == 1:
                fullest[f.canonical] = cut[0]
                people.discard(f.canonical)
    variants = _spelling_variants(people, Counter(
        " ".join(text[f.start : f.end].split()) for f in found if f.label == "PER"))
    if variants:
        fullest = {k: variants.get(v, v) for k, v in fullest.items()}
        fullest.update({v: variants[v] for v in variants})
        people = {variants.get(p, p) for p in people}
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
                base = genitive_base(name)
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


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed ("Frants" and
    "Frans", "Mette" and "Mete"; not "Jens" and "Jan", two letters apart)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _spelling_variants(people: set[str], mentions: Counter[str]) -> dict[str, str]:
    """One person's name spelled two ways in one article ("Frants Heilmann", later
    "Frans Heilmann"): the same other words and first names one letter apart, both of
    four letters or more. Maps the rarer form to the one with more mentions (on a tie,
    the one a first-name list knows, else the first in alphabetical order)."""
    by_rest: dict[tuple[str, ...], list[str]] = {}
    for name in people:
        words = name.split()
        by_rest.setdefault(tuple(words[1:]), []).append(name)
    variants: dict[str, str] = {}
    for names in by_rest.values():
        if len(names) < 2:
            continue
        ranked = sorted(names, key=lambda n: (-mentions[n], not is_first_name(n.split()[0]),
                                              n))
        for rare in ranked[1:]:
            first = rare.split()[0]
            if len(first) < 4:
                continue
            for common in ranked:
                if common != rare and common not in variants and len(common.split()[0]) >= 4 \
                        and _one_letter_apart(first, common.split()[0]):
                    variants[rare] = common
                    break
    return variants


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
            if name == f.canonical and len(words) > 1 and (
                    definite := _indefinite_in(words, orgs)):
                name = definite  # "Roskilde Festivalen" -> "Roskilde Festival"
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


def _indefinite_in(words: list[str], names: set[str]) -> str | None:
    """The same name with its last word indefinite, when the article has it."""
    last = words[-1]
    for suffix in ("en", "et", "n"):
        base = " ".join([*words[:-1], last[: -len(suffix)]])
        if last.endswith(suffix) and base in names:
            return base
    return None


def listed_clubs() -> dict[str, str]:
    """Town -> the one listed club named after it ("Brøndby" -> "Brøndby IF")."""
    global _CLUBS
    if _CLUBS is None:
        towns: dict[str, set[str]] = {}
        for label, name in set(gazetteer().values()):
            words = name.split()
            town = [w for w in words if w not in _CLUB_AFFIXES]
            if label == "ORG" and len(town) == 1 and len(words) > 1:
                towns.setdefault(town[0], set()).add(name)
        _CLUBS = {t: next(iter(n)) for t, n in towns.items() if len(n) == 1}
    return _CLUBS


_CLUBS: dict[str, str] | None = None


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
