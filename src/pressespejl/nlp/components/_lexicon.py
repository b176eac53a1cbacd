"""Compiled patterns over the Danish word lists in ``nlp/da``, shared by the components.

The components work on ``doc.text`` with precompiled regular expressions (one pass per
paragraph or sentence, no per-token Python loops), and on the ``Doc`` only to store
spans. This module turns the word lists into those patterns once, at import time, so a
rule reads like the Danish it matches:

    ROLE_NP        "den russiske viceudenrigsminister", "Natos generalsekretær"
    PERSON_NAME    "Jens Stoltenberg", "Ursula von der Leyen"

The quote cues ("siger", "lød det fra", "slår fast") are compiled in ``_cues.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pressespejl.nlp.components._word_cache import cached_table
from pressespejl.nlp.da.country_adjectives import COUNTRY_ADJECTIVES
from pressespejl.nlp.da.first_names import FIRST_NAME_GENDERS
from pressespejl.nlp.da.months import MONTHS
from pressespejl.nlp.da.non_names import NON_NAMES
from pressespejl.nlp.da.organisations import ORGANISATION_ALIASES, ORGANISATIONS
from pressespejl.nlp.da.places import PLACE_ALIASES, PLACES
from pressespejl.nlp.da.role_adjectives import ROLE_ADJECTIVES
from pressespejl.nlp.da.titles import TITLES
from pressespejl.nlp.da.weekdays import WEEKDAYS

# Danish letters, and the accented ones of names in Danish news ("Múte B. Egede",
# "Ségolène", Icelandic "Guðni", "Þórdís"; "Łukasz" is left out: only Latin-1 and the
# Nordic letters)
UP = "A-ZÆØÅÉÄÖÜÁÍÓÚÝÈÊËÏÎÔÛÇÑÐÞÌÒÙ"
LO = "a-zæøåéäöüáíóúýèêëïîôûçñðþìòù"
SP = r"[^\S\n]+"  # spaces inside one line: no rule may reach into the next paragraph


def lower_in_place(text: str) -> str:
    """``text`` in lower case with every character in place (offsets must not move).

    A few characters grow when lower-cased ("İ" -> "i̇"); those are kept as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per ``Doc``: spaCy joins every token on each access,
    which cost more than all of our rules together."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


TEXT_KEY = "pressespejl_text"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie ("s(?:iger|agde|agt)"), so the
    engine tries each word start once per letter instead of once per word. Spaces in a
    word match any inline space."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [
            (SP if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


def _ends_with(suffixes: Iterable[str], compound_only: bool = False) -> str:
    """Fixed-width look-behinds, one per suffix length, that a word read once is checked
    against, instead of being backtracked through a long alternation (that made a title
    search over a whole article cost milliseconds; one look-behind per length instead of
    per suffix is a further tenth faster). ``compound_only`` needs four letters before:
    "partileder" is a title, the verbs "indleder" and "afleder" are not."""
    before = rf"[{LO}-]{{4}}" if compound_only else ""
    by_length: dict[int, list[str]] = {}
    for suffix in sorted(set(suffixes)):
        by_length.setdefault(len(suffix), []).append(re.escape(suffix))
    return "|".join(f"(?<={before}(?:{'|'.join(group)}))"
                    for _, group in sorted(by_length.items(), reverse=True))


def word_ending_in(words: Iterable[str], letters: str = LO, ignore_case: bool = True) -> str:
    """A regex for a word of letters (any case) that ends with one of ``words``
    ("færgen", "redningsfærgen"): the same matches as ``(?i:[LO]*(?:w1|w2|…))`` wherever
    the word is followed by something other than a letter of ``LO`` (a space, in every
    pattern that uses it), at a fraction of the cost. ``letters`` and ``ignore_case``
    stand for ``LO`` and ``(?i)``: ``word_ending_in(nouns, "a-zæøå-", False)`` is
    ``[a-zæøå-]*(?:nouns)``.

    Notes:
        ``[LO]*(?:w1|w2|…)`` takes the whole word, then gives back a letter at a time
        and tries every one of ``words`` at each: word length times list length steps,
        at every word start of an article (about a millisecond per pattern per
        article). Here the word is taken once and for all (``*+``: a letter is never
        given back) and its end is compared with each of ``words`` by look-behinds.
        Where the word is followed by a non-letter both find the same end, so the same
        matches. A word with other characters ("tv-serien") keeps the old form.
    """
    word_of_letters = re.compile(f"[{letters}]+")
    plain = []
    others = []
    for word in dict.fromkeys(words):
        if word_of_letters.fullmatch(word):
            plain.append(word)
        elif re.search(r"\s", word):
            raise ValueError(f"word_ending_in: {word!r} has a space")
        else:
            others.append(re.escape(word))
    behind = _ends_with(plain)
    branches = [f"[{letters}]*+(?:{behind})"] if behind else []
    if others:
        branches.append(f"[{letters}]*(?:{'|'.join(others)})")
    return f"(?i:{'|'.join(branches)})" if ignore_case else f"(?:{'|'.join(branches)})"

AUX = r"(?:har|havde)"

# --- titles and roles ------------------------------------------------------------------

_WHOLE = [t for t in TITLES if not t.startswith("-")]
_HEADS = [t.lstrip("-") for t in TITLES if t.startswith("-")]


def _definite(title: str) -> str:
    return title + "n" if title.endswith("e") else title + "en"


_WORD_END = rf"[{LO}-]*[{LO}](?![{LO}-])"
# "viceudenrigsminister" ends in "minister"; "partileder" in a compound-only head.
TITLE = (
    rf"(?i:{_WORD_END}(?:{_ends_with(_WHOLE)}|{_ends_with(_HEADS, compound_only=True)}))"
)
TITLE_DEFINITE = (
    rf"(?i:{_WORD_END}(?:{_ends_with(map(_definite, _WHOLE))}"
    rf"|{_ends_with(map(_definite, _HEADS), compound_only=True)}))"
)
_TITLE_RE = re.compile(TITLE)
_TITLE_DEFINITE_RE = re.compile(TITLE_DEFINITE)

_ADJ_SUFFIX = alternation(ROLE_ADJECTIVES["SUFFIX"])
# "danske", "administrerende", and an age: "den 21-årige angriber"
_ADJ = rf"(?i:[{LO}]+(?:{_ADJ_SUFFIX})|{alternation(ROLE_ADJECTIVES['WORDS'])}|\d+-årige)"
GENITIVE_WORD = rf"[{UP}][\w'’-]*(?:s|'s|’s|'|’)(?![\w])"
# "foreningens direktør", "bandets forsanger", "sygeplejerskernes formand": a definite
# noun in the genitive, singular or plural
LOWER_GENITIVE_WORD = rf"[{LO}]{{2,}}(?:ens|ets|ernes|enes)(?![\w])"
# "Natos", "EU's", "Dansk Industris": a name of up to three words in the genitive
GENITIVE = rf"(?:(?:[{UP}][\w'’-]*{SP}){{0,2}}{GENITIVE_WORD}|{LOWER_GENITIVE_WORD})"
# one word of a name: "Fyns", "3F", "&" ("Landbrug & Fødevarer"); "Syd- og Sønderjyllands"
# is one name, so "og" joins a word that ends in a hyphen to the next capitalised word
_NAME_WORD = rf"(?:[{UP}]|\d+[{UP}])[\w&'’-]*"
# "og" inside a name: after a hyphen ("Syd- og Sønderjyllands", "Kultur-, Fritids-, og
# Medborgerskabsudvalget"), or between two genitives before the name's noun
# ("Sydsjællands og Lolland-Falsters Politi")
_NAME_GO_ON = (
    rf"(?:(?<=-),?{SP}og(?={SP}[{UP}])|(?<=[{LO}]s){SP}og(?={SP}[{UP}][\w-]*s{SP}[{UP}])"
    # "Miljø-, Teknik- og Planudvalget": a list of first parts, each with its hyphen
    rf"|(?<=-),(?={SP}[{UP}][\w]*-[,\s])"
    rf"|{SP}(?:{_NAME_WORD}|&(?={SP}[{UP}])|\d+(?![\w.])))"
)
_ORG_NAME = rf"{_NAME_WORD}{_NAME_GO_ON}*"
# "klima-, energi- og forsyningsminister", "Børne- og undervisningsminister"
# "PR- og kommunikationschef": an acronym may be the first part
_COORDINATED = rf"(?:[{UP}{LO}][{UP}{LO}]*-,?{SP})*[{UP}{LO}][{UP}{LO}]*-{SP}og{SP}"
# "den russiske viceudenrigsminister", "Natos generalsekretær", "direktør i Novo Nordisk",
# "hans forsvarer", "stifter og administrerende direktør"
# a minister's portfolio of several areas: "for Børn, Unge og Familier", "for Fiskeri,
# Fangst og Landbrug" (one word each, so a name after it is never taken in)
_PORTFOLIO = rf"{_NAME_WORD}(?:,{SP}{_NAME_WORD})*{SP}og{SP}{_NAME_WORD}"
# "Danmarks største fagforbund", "landets næststørste bank": an owner's genitive, at most
# two adjectives, and the noun it owns (a role's complement that names no name)
_SUPERLATIVE = rf"[{LO}]+ste|førende"
_OWNED_NOUN = (rf"(?:{GENITIVE_WORD}|{LOWER_GENITIVE_WORD})(?:{SP}(?:{_SUPERLATIVE})){{1,2}}"
               rf"{SP}[{LO}][\w-]+(?![\w-])")
ROLE_NP = (
    rf"(?:(?:[Dd]en|[Dd]et|[Hh]ans|[Hh]endes|[Dd]eres|[Ss]in|[Ss]it){SP})?"
    rf"(?:(?:{GENITIVE}|{_ADJ}|{TITLE}{SP}og){SP}){{0,3}}(?:{_COORDINATED})?"
    rf"(?:{TITLE}|{TITLE_DEFINITE})"
    rf"(?:{SP}for{SP}{_PORTFOLIO}"
    rf"|{SP}(?:i|for|hos|ved|på){SP}(?:{_OWNED_NOUN}|{_ORG_NAME}|[{LO}]+(?:en|et)(?![{LO}])))?"
)

_WORD_RE = re.compile(r"[\w'’-]+")
_GENITIVE_RE = re.compile(rf"{GENITIVE_WORD}|{LOWER_GENITIVE_WORD}")
_ADJ_RE = re.compile(_ADJ)
ADJECTIVE = _ADJ
# the organisation after a role's preposition: "ved Fyns Politi" in "vagtchef ved ..."
POSTMOD_ORG = re.compile(
    rf"{SP}(?:for{SP}(?P<areas>{_PORTFOLIO})|(?:i|for|hos|ved|på){SP}(?P<org>{_ORG_NAME}))"
    rf"(?![\w&'’-])(?!{SP}(?:{_SUPERLATIVE}){SP})")  # not "for Danmarks største fagforbund"
_POSTMOD_RE = re.compile(
    rf"{SP}(?:for{SP}(?P<areas>{_PORTFOLIO})"
    rf"|(?:i|for|hos|ved|på){SP}(?:(?P<org>{_ORG_NAME})|[{LO}]+(?:en|et)(?![{LO}])))"
)
_ARTICLES = frozenset({"den", "det", "Den", "Det", "hans", "Hans", "hendes", "Hendes",
                       "deres", "Deres", "sin", "Sin", "sit", "Sit"})
_MAX_PREMODIFIERS = 3


def is_role_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective a role may start with ("danske", "tidligere")."""
    return bool(_ADJ_RE.fullmatch(word))


@dataclass(frozen=True)
class RoleSpan:
    """A role noun phrase at ``start``/``end``; ``head`` is its indefinite title noun."""

    start: int
    end: int
    head: str


def role_spans(text: str, start: int = 0, end: int | None = None) -> list[RoleSpan]:
    """Every role noun phrase in ``text[start:end]``, found from its title word outwards.

    The same phrases as ``ROLE_NP``, but found in one pass over the words with a cached
    title check, instead of trying the long pattern at every position of the text. A
    role never reaches over a line break, so word positions are built only for the
    lines that hold a title.
    """
    end = len(text) if end is None else end
    # most words are no title: check the distinct bare strings (findall and set are
    # cheap) and build word positions only for the lines where a title turns up
    titles = set(filter(cached_title_head, set(_WORD_RE.findall(text, start, end))))
    if not titles:
        return []
    spans = []
    line_end = -1
    words: list[tuple[int, int, str]] = []
    index: dict[int, int] = {}
    for pos in _occurrences(text, titles, start, end):
        if pos >= line_end:
            line_start = max(start, text.rfind("\n", start, pos) + 1)
            line_end = text.find("\n", pos, end)
            line_end = end if line_end < 0 else line_end
            words = [(m.start(), m.end(), m.group())
                     for m in _WORD_RE.finditer(text, line_start, line_end)]
            index = {w[0]: k for k, w in enumerate(words)}
        i = index[pos]
        _start, w_end, word = words[i]
        head = cached_title_head(word)
        first = _walk_back(text, words, i)
        if first > 0 and words[first - 1][2] in _ARTICLES:
            gap = text[words[first - 1][1] : words[first][0]]
            if not gap.strip() and "\n" not in gap:
                first -= 1
        stop = w_end
        if post := _POSTMOD_RE.match(text, w_end, end):
            stop = post.end()
            if post["org"]:
                stop = split_name_off(text, post.start("org"), post.end("org"))
        spans.append(RoleSpan(words[first][0], stop, head))
    return spans


_WORD_CHAR = re.compile(r"[\w'’-]")


def _occurrences(text: str, words: set[str], start: int, end: int) -> list[int]:
    """Start offsets of the whole-word occurrences (as ``_WORD_RE`` reads words) of
    ``words`` in ``text[start:end]``, in text order."""
    found = []
    for word in words:
        pos = text.find(word, start, end)
        while pos >= 0:
            after = pos + len(word)
            if (pos == start or not _WORD_CHAR.match(text, pos - 1)) and (
                after == end or not _WORD_CHAR.match(text, after)
            ):
                found.append(pos)
            pos = text.find(word, after, end)
    return sorted(found)


def _walk_back(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """The first word of the role whose title is ``words[i]``: back over adjectives,
    genitives, coordinated compound parts ("klima-, energi- og") and "stifter og"."""
    first = i
    steps = 0
    while first > 0 and steps < _MAX_PREMODIFIERS + 2:
        _p_start, p_end, previous = words[first - 1]
        gap = text[p_end : words[first][0]]
        if "\n" in gap or gap.strip() not in ("", ","):
            break
        current = words[first][2]
        if gap.strip() == "," and not (previous.endswith("-") and current.endswith("-")):
            break
        if previous.endswith("-") and len(previous) > 2:
            first -= 1  # "energi-" in "klima-, energi- og forsyningsminister"
            continue
        if previous == "og" and first > 1:
            before = words[first - 2][2]
            if before.endswith("-") or cached_title_head(before):
                first -= 2  # "Børne- og", "stifter og"
                steps += 1
                continue
            break
        name_part = previous[:1].isupper() and bool(_GENITIVE_RE.fullmatch(current))
        if not (name_part or _GENITIVE_RE.fullmatch(previous) or _ADJ_RE.fullmatch(previous)):
            break
        first -= 1
        steps += 1
    return first


def split_name_off(text: str, start: int, end: int) -> int:
    """The end of an organisation name written right before a person's name.

    "vagtchef ved Fyns Politi Lars Brink": the capitalised run after "ved" is
    "Fyns Politi Lars Brink"; the name starts at the first word gender-guesser knows as a
    first name with at least one more word after it, so the organisation is "Fyns Politi".
    """
    words = list(_WORD_RE.finditer(text, start, end))
    for k in range(1, len(words) - 1):
        if is_first_name(words[k].group()):
            return words[k - 1].end()
    return end


# --- names -----------------------------------------------------------------------------

NAME_TOKEN = rf"[{UP}][{LO}][\w'’]*(?:-[{UP}]?[{LO}]+)?"
# "Jens Stoltenberg", "Ursula von der Leyen", "Holger K. Nielsen", "Guðni Th. Jóhannesson"
# (initials inside only)
PERSON_NAME = (
    rf"{NAME_TOKEN}(?:{SP}(?:(?:von|van|der|de|la|bin|al){SP})*(?:[{UP}][{LO}]?\.{SP})*"
    rf"{NAME_TOKEN})*"
)
CAPITALISED_RUN = _ORG_NAME


def title_head(word: str) -> str | None:
    """The indefinite title a word names: "udenrigsministeren" -> "udenrigsminister"."""
    low = word.lower()
    if _TITLE_RE.fullmatch(low):
        return low
    if _TITLE_DEFINITE_RE.fullmatch(low):
        base = low[:-2] if low.endswith("en") and _TITLE_RE.fullmatch(low[:-2]) else low[:-1]
        return base if _TITLE_RE.fullmatch(base) else None
    return None


@lru_cache(maxsize=1 << 16)
def cached_title_head(word: str) -> str | None:
    """``title_head`` for words met in running text (cached: most words repeat)."""
    return title_head(word) if len(word) > 3 else None


def is_definite_title(word: str) -> bool:
    """Whether ``word`` is the definite form of a title ("formanden", "ministeren")."""
    return bool(_TITLE_DEFINITE_RE.fullmatch(word.lower())) and title_head(word) is not None


_NON_NAMES = (
    frozenset(STOP_WORDS)
    | NON_NAMES
    | frozenset(WEEKDAYS)
    | frozenset(f"{d}ens" for d in WEEKDAYS)
    | frozenset(MONTHS)
)


def is_non_name(word: str) -> bool:
    """Whether a capitalised word is only capitalised because it starts a sentence."""
    return word.lower() in _NON_NAMES


def is_sentence_opener(word: str) -> bool:
    """Whether a capitalised word only starts sentences ("Ifølge", "Desuden": our own
    ``NON_NAMES``, not spaCy's stop words): no name of any kind ends with it, so after a
    name it is the next sentence's first word on a page that lost the period
    ("Berlingske Ifølge ...")."""
    return word[:1].isupper() and word.lower() in NON_NAMES and gazetteer_lookup(word) is None


FIRST_NAME_WORDS = frozenset({"Hans", "Per", "Bo"})
"""First names that are also Danish function words ("hans" = his, "per", "bo" = live):
a first name when another capitalised name follows ("Hans Enoksen", "Per Holm")."""

_INITIAL = re.compile(rf"[{UP}][{LO}]?\.\Z")
# a Nordic patronymic surname: "Kristiansen", "Jóhannesson", "Jakobsdóttir"
_PATRONYMIC = re.compile(r"(?:sen|son|dóttir|dottir|dòttir|datter)\Z")


def starts_person_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` starts a person's name.

    A first name gender-guesser knows does; so does "Hans", "Per" or "Bo" before another
    name, and a first name no list holds (Greenlandic, Icelandic, Faroese: "Aqqaluaq",
    "Kassaaluk", "Guðni") when an initial ("Aqqaluaq B. Egede", "Guðni Th. Jóhannesson")
    or a patronymic surname ("Kassaaluk Kristiansen") follows it. An everyday word or a
    listed name never starts one ("Formand Kristiansen" is a title and a surname).
    """
    word = words[i]
    if is_first_name(word):
        return True
    if i + 1 >= len(words) or not words[i + 1][:1].isupper():
        return False
    if word in FIRST_NAME_WORDS:
        return True
    if (is_non_name(word) or gazetteer_lookup(word) is not None
            or is_common_noun(word.lower()) or not word[:1].isupper() or word.isupper()):
        return False
    following = words[i + 1]
    if _INITIAL.match(following):
        return i + 2 < len(words)
    return (bool(_PATRONYMIC.search(following)) and not is_common_noun(following.lower())
            and gazetteer_lookup(following) is None)


# --- gender of first names -------------------------------------------------------------


@cache
def _detector():  # gender_guesser has no type hints
    """gender-guesser's detector over its name table, kept in the word cache
    (``_word_cache.py``): the table is parsed once, not at every start."""
    import gender_guesser.detector as gender_detector

    class Detector(gender_detector.Detector):  # type: ignore[misc]
        """gender-guesser's detector, its ``names`` read from the word cache; the
        lookups (``get_gender``) are its own."""

        def _parse(self, filename: str) -> None:
            self.names = _FirstNames(cached_table("first-names", [Path(filename)],
                                                  lambda: _first_name_rows(filename)))

    return Detector(case_sensitive=False)


def _first_name_rows(filename: str) -> dict[str, str]:
    """gender-guesser's name table as text rows: name -> "gender\tcountries" lines in
    the order the file gives them (a tie goes to the first gender listed)."""
    import gender_guesser.detector as gender_detector

    class Reader(gender_detector.Detector):  # type: ignore[misc]
        """Its own parser, reading with ``open``: ``codecs.open`` is three times slower."""

        def _parse(self, filename: str) -> None:
            self.names = {}
            with open(filename, encoding="utf-8") as lines:
                for line in lines:
                    self._eat_name_line(line.strip())

    reader = Reader.__new__(Reader)
    reader.case_sensitive = False
    reader._parse(filename)
    return {name: "\n".join(f"{gender}\t{values}" for gender, values in genders.items())
            for name, genders in reader.names.items()}


class _FirstNames(Mapping[str, dict[str, str]]):
    """The detector's ``names`` (name -> {gender: country values}) over the text rows."""

    def __init__(self, rows: Mapping[str, str]) -> None:
        self._rows = rows

    def __getitem__(self, name: str) -> dict[str, str]:
        row = self._rows[name]
        return dict(line.split("\t", 1) for line in row.split("\n"))  # type: ignore[misc]

    def __contains__(self, name: object) -> bool:
        return name in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


_GENDERS = {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}


@cache
def first_name_gender(first: str) -> str | None:
    """``male``/``female`` for a first name, Danish usage first (gender-guesser), else None.

    "andy" (used for both) and names unknown in Denmark fall back to the name's use
    across countries, so "Sergej" is male while "Kim" stays male as Danes use it.
    ``da/first_names.py`` corrects the few names gender-guesser gets wrong ("Sidsel").
    A hyphenated name gender-guesser does not know ("Maj-Britt", "Hans-Henrik") has the
    gender its parts agree on; parts that disagree or are unknown leave it unknown.
    """
    if known := FIRST_NAME_GENDERS.get(first.lower()):
        return known
    detector = _detector()
    found = detector.get_gender(first, "denmark")
    if found not in _GENDERS:
        found = detector.get_gender(first)
    gender = _GENDERS.get(found)
    if gender is None and "-" in first.strip("-"):
        parts = {first_name_gender(part) for part in first.split("-") if part}
        if len(parts) == 1:
            return parts.pop()
    return gender


@cache
def is_first_name(word: str) -> bool:
    """Whether gender-guesser (or our own table) knows ``word`` as a first name."""
    if is_non_name(word):
        return False
    if word.lower() in FIRST_NAME_GENDERS:
        return True
    if "-" in word.strip("-"):  # "Nina-Vivi", "Hans-Christian": two first names
        parts = word.split("-")
        return all(p[:1].isupper() and is_first_name(p) for p in parts)
    return _detector().get_gender(word) != "unknown"


@cache
def is_danish_first_name(word: str) -> bool:
    """Whether ``word`` is a first name Danes use (gender-guesser's Danish column, or our
    own table): "Holger" is, "Branden" is not (an English name, and "the fire")."""
    if is_non_name(word):
        return False
    if word.lower() in FIRST_NAME_GENDERS:
        return True
    return _detector().get_gender(word, "denmark") in _GENDERS


# --- gazetteer -------------------------------------------------------------------------


def genitives(name: str) -> tuple[str, ...]:
    """Danish genitives of a name: "Natos", "EU's", "USA's", "Paris'"; an acronym of
    two letters or more also without the apostrophe, as news often writes it ("OBs",
    "AGFs", "DSBs")."""
    if name[-1] in "sxzSXZ":
        return (name + "'", name + "’")
    if name.isupper() and len(name) > 1 and name.isalpha():
        return (name + "'s", name + "’s", name + "s")
    if name.isupper() or name[-1].isdigit():
        return (name + "'s", name + "’s")
    return (name + "s",)


def genitive_base(word: str) -> str | None:
    """A name without its genitive ending, or None if it has none: "Roglics" ->
    "Roglic", "B.T.s" -> "B.T.", "EU's" -> "EU", "Paris'" -> "Paris", "DRs" -> "DR".
    A word of three letters or less ending in "s" ("Jes", "Bus") and one ending in "ss"
    ("Hess") is no genitive, unless an acronym in capitals stands before the "s". The
    one genitive rule of the entities and the offices (``genitives`` goes the other
    way)."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    if word.endswith("s") and not word.endswith("ss") and (
            len(word) > 3 or (len(word) > 2 and word[:-1].isupper())):
        return word[:-1]
    return None


@cache
def _country_names() -> frozenset[str]:
    """Danish country names from pycountry's iso-codes translation (skip formal "X, Y")."""
    import gettext

    import pycountry

    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    except OSError:  # a pycountry build without locales: the hand list still works
        return frozenset()
    names = set()
    for country in pycountry.countries:
        name = translation.gettext(country.name)
        if "," not in name and "(" not in name and name[:1].isupper():
            names.add(name)
    return frozenset(names)


def country_names() -> frozenset[str]:
    """Danish names of the world's countries ("Sverige", "Frankrig")."""
    return _country_names()


def _adjective_candidates(name: str) -> list[str]:
    """Regular Danish adjectives a country name may have, most likely first: "Polen" ->
    "polsk", "Italien" -> "italiensk", "Spanien" -> "spansk", "Indien" -> "indisk"."""
    low = name.lower()
    stems = [low]
    for ending in ("ien", "en", "land", "ia", "a", "e"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stems.append(low[: -len(ending)])
    out = []
    for stem in stems:
        if stem.endswith("sk"):
            out.append(stem)  # "Tyskland" -> "tysk"
        out.extend(stem + suffix for suffix in ("sk", "isk", "ansk"))
    return out


@cache
def lemma_table() -> Mapping[str, object]:
    """spaCy's Danish lemma lookup table (word form -> lemma), empty without
    spacy-lookups-data. Read once, for the lemmatizer and the rules alike, from the word
    cache (``_word_cache.py``): reading its 553,000 words from the package's JSON took a
    third of a second at every start (and spaCy's own ``Lookups`` table, which hashes
    each word on loading, four times as long)."""
    try:
        import spacy_lookups_data
        from spacy.util import load_language_data

        source = Path(spacy_lookups_data.da["lemma_lookup"])
        # the package names the .json its file is a .json.gz of (load_language_data
        # tries both)
        stored = source if source.exists() else source.with_name(source.name + ".gz")
        return cached_table("lemmas", [stored],
                            lambda: _lemma_rows(dict(load_language_data(source))))
    except (ImportError, AttributeError, KeyError, ValueError, OSError):
        return {}  # no spacy-lookups-data: the hand lists still work


def _lemma_rows(table: dict[str, object]) -> dict[str, str]:
    """The lemma table as text: a word with several lemmas keeps the first, which is
    what every reader of the table takes (the Danish table has none today)."""
    return {word: lemma if isinstance(lemma, str) else str(lemma[0])  # type: ignore[index]
            for word, lemma in table.items()}


def lemma_of(word: str) -> str | None:
    """spaCy's Danish lookup lemma of a word form, or None when the table lacks it."""
    found = lemma_table().get(word)
    return found if isinstance(found, str) else None


def is_common_noun(word: str) -> bool:
    """Whether a lower-case word is a Danish word form spaCy's lemma table knows
    ("kosmetik", "energi"). Many surnames are too ("skov", "holm"): callers ask only
    about names whose first word is no first name."""
    return word in lemma_table()


@cache
def country_adjectives() -> dict[str, str]:
    """Every form of a country adjective we match -> the country's name:
    "russisk"/"russiske"/"Russiske" -> "Rusland".

    The irregular ones come from ``da/country_adjectives.py``; the rest are derived from
    pycountry's Danish country names: the first regular candidate spaCy's Danish lemma
    table knows, kept only when no other country derives it too.
    """
    known = lemma_table()
    derived: dict[str, set[str]] = {}
    for name in _country_names():
        if " " in name or "-" in name:
            continue
        found = next((c for c in _adjective_candidates(name) if c in known), None)
        if found:
            derived.setdefault(found, set()).add(name)
    base = {adj: next(iter(names)) for adj, names in derived.items() if len(names) == 1}
    base.update(COUNTRY_ADJECTIVES)
    forms: dict[str, str] = {}
    for adjective, country in base.items():
        for form in (adjective, adjective + "e"):
            forms[form] = country
            forms[form.capitalize()] = country
    return forms


@cache
def gazetteer() -> dict[str, tuple[str, str]]:
    """Every surface form we match, mapped to (label, canonical name).

    Genitives map to their base ("Ruslands" -> "Rusland"); lower-case organisations
    ("politiet") are matched capitalised at a sentence start too.
    """
    table: dict[str, tuple[str, str]] = {}

    def add(name: str, label: str, canonical: str | None = None) -> None:
        canonical = canonical or name
        for form in (name, *genitives(name)):
            table.setdefault(form, (label, canonical))
            if form[:1].islower():
                table.setdefault(form[:1].upper() + form[1:], (label, canonical))

    for name in sorted(ORGANISATIONS):
        add(name, "ORG")
    for alias, name in sorted(ORGANISATION_ALIASES.items()):
        add(alias, "ORG", name)
    for name in sorted(PLACES | _country_names()):
        add(name, "LOC")
    for alias, name in sorted(PLACE_ALIASES.items()):
        add(alias, "LOC", name)
    return table


def gazetteer_lookup(text: str) -> tuple[str, str] | None:
    """(label, canonical) for a surface form, or None."""
    return gazetteer().get(text)


# --- places the Danish spelling dictionary knows ----------------------------------------

_PLACE_FLAG = "54"
"""The flag Stavekontrolden's ``da_DK.aff`` gives a place name: it takes the compass
prefixes ("Nordjylland", "Sydfyn", "Vestamager"). About 10,000 entries carry it: Danish
towns and villages, landscapes, rivers, and countries and cities abroad."""


def _spelling_table(table: str, label: str,
                    keep: Callable[[str, list[str]], bool]) -> Mapping[str, str]:
    """The Danish spelling dictionary's entries that ``keep(entry, flags)`` accepts, each
    mapped to ``label``, from the word cache (``table`` names its file there)."""
    from pressespejl.search.danish import dictionary_path

    path = dictionary_path()
    if path is None:
        return {}
    return cached_table(table, [path], lambda: _read_entries(path, label, keep))


def _read_entries(path: Path, label: str,
                  keep: Callable[[str, list[str]], bool]) -> dict[str, str]:
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    kept = {}
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            entry, _, flags = line.strip().partition("/")
            if keep(entry, flags.split(",")):
                kept[entry] = label
    return kept


@cache
def _spelling_places() -> Mapping[str, str]:
    """The dictionary's place names (word -> "LOC")."""
    return _spelling_table("spelling-places", "LOC", lambda entry, flags:
                           entry[:1].isupper() and _PLACE_FLAG in flags)


def is_spelling_place(word: str) -> bool:
    """Whether the Danish spelling dictionary lists ``word`` as a place ("Strandby",
    "Elling", "Gudenå"). Many Danish surnames are places too ("Abildskov"): callers use
    this only where a name already reads as no person."""
    return word in _spelling_places()


@cache
def _spelling_names() -> Mapping[str, str]:
    """The dictionary's capitalised words that are no places (word -> "NAME"): mostly
    first names and surnames ("Medvedev", "Hummelgaard"), some works and brands."""
    return _spelling_table("spelling-names", "NAME", lambda entry, flags: (
        entry[:1].isupper() and entry[1:].islower() and entry.isalpha()
        and _PLACE_FLAG not in flags))


def is_spelling_name(word: str) -> bool:
    """Whether the Danish spelling dictionary lists ``word`` as a proper noun that is no
    place: a person's name most of the time ("Medvedev", "Hummelgaard")."""
    return word in _spelling_names()
