"""The Danish analyzer: one function turns text into the terms the search index holds.

The same analysis runs when an article is stored and when a query is parsed, on both
backends (SQLite FTS5 and PostgreSQL), so a word the user types meets the word in the
article in the same form. For each word of the text:

1. **Tokenize**: a word is a run of letters and digits (Python ``[^\\W_]+``). Hyphens,
   apostrophes and dots split words, so "Nato-Rusland-rådet" is the three words "Nato",
   "Rusland", "rådet" at consecutive positions, and the query ``rådet`` finds it.
2. **Fold** (``fold``): lower case; German/Swedish "ä"/"ö" become "æ"/"ø"; every other
   accent is removed ("Genève" = "Geneve"). "æ", "ø" and "å" are letters of their own and
   are never folded to "ae"/"o"/"a". A word with "aa" is also indexed with "aa" read as
   "å" (``aa_variant``; the spelling before 1948, kept in names), so "Aarhus" = "Århus",
   while "klimaaftale" still splits as "klima" + "aftale".
3. **Stem** (``stem``): the Snowball Danish stemmer from PyStemmer, so "soldater" and
   "soldaterne" are indexed as "soldat", "Ruslands" as "rusland". Where stemming the stem
   gives something shorter ("konsekvenser" -> "konsekvens" -> "konsekv"), that is indexed
   and queried too, so singular and plural meet.
4. **Split compounds** (``Lexicon.split``): a closed compound is split into a known
   modifier and a known head, allowing the linking letters -s- and -e-
   ("forsvarsalliance" = "forsvar" + s + "alliance"). The parts' stems are indexed as
   extra terms of the same word, so ``alliance`` finds "forsvarsalliance". The lexicon
   is the word list of Stavekontrolden's Danish hunspell dictionary, shipped with
   Pressespejl (``data/hunspell/``, MPL 1.1; ``$PRESSESPEJL_DA_DICTIONARY`` names
   another). ``lexicon_id`` names the list in use; search indexes record it and are
   rebuilt when it changes. Without any list, splitting is off (one warning).

Notes:
    Splitting prefers the longest known head (Danish compounds are right-headed), and
    then splits the head and the modifier again. Words that look like names (capitalised
    in the middle of a sentence, or listed only as proper nouns in the dictionary, such
    as "Rusland") are not split, so "Rusland" does not also mean "land". A modifier must
    be a word of its own, so "tilstedeværelse" is not read as "tilstede" + "værelse".
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import Stemmer

log = logging.getLogger(__name__)

ANALYZER_VERSION = "da-1"
"""Bump when the analysis changes; archives store it so a mismatch can be reported."""

BUNDLED_DICTIONARY = Path(__file__).resolve().parent.parent / "data" / "hunspell" / "da_DK.dic.gz"
"""Stavekontrolden's Danish word list as shipped with Pressespejl (its README has the
licence)."""

DICTIONARY_PATHS = (
    str(BUNDLED_DICTIONARY),
    "/usr/share/hunspell/da_DK.dic",
    "/usr/share/myspell/dicts/da_DK.dic",
    "/usr/share/myspell/da_DK.dic",
)
"""Where the Danish hunspell word list is looked for, in order (the bundled one first;
the system's in case a packager removed it); $PRESSESPEJL_DA_DICTIONARY wins."""

MIN_PART = 3
"""Shortest head a compound is split into ("råd" in "forsvarsråd"), as a stem."""

MIN_MODIFIER = 4
"""Shortest modifier: shorter ones ("sol", "ind", "for") make mostly accidental splits."""

MIN_KNOWN_PART = 4
"""Shortest head stem when the whole word is itself in the dictionary ("soldat" is not
"sol" + "dat", "yderligere" is not "yder" + "ligere"), so that only clear compounds of
listed words are split ("generalsekretær")."""

MIN_COMPOUND = 6
"""Shorter words are never split: too many false splits, too little to gain."""

_WORD = re.compile(r"[^\W_]+")
_FOLD_KEEP = {"æ": "æ", "ø": "ø", "å": "å", "ä": "æ", "ö": "ø"}
_stemmer = Stemmer.Stemmer("danish")


class Token(NamedTuple):
    """One word of a text and the terms it is indexed under.

    ``start``/``end`` are character offsets into the analysed text, so highlights mark
    the words as written. ``norm`` is the folded surface form (used for prefix queries),
    ``stem`` the main term, ``parts`` the stems of the compound parts (maybe empty).
    A named tuple, not a dataclass: an article makes hundreds, and building a frozen
    dataclass costs several times more.
    """

    text: str
    start: int
    end: int
    norm: str
    stem: str
    parts: tuple[str, ...] = ()


def fold(text: str, aa: bool = False) -> str:
    """Lower-case and fold accents the way the index does (see module docs).

    With ``aa=True`` "aa" also becomes "å" (used for names and for the extra ``aa`` term
    of a word, see ``aa_variant``).
    """
    lowered = text.lower()
    if aa and "aa" in lowered:
        lowered = lowered.replace("aa", "å")
    if lowered.isascii():
        return lowered
    return lowered.translate(_FOLD_TABLE)


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds each character once, on first sight."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


def _fold_char(char: str) -> str:
    if char in _FOLD_KEEP:
        return _FOLD_KEEP[char]
    if char.isascii():
        return char
    # Decompose and drop the combining marks: é -> e, ü -> u.
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_FOLD_TABLE = _FoldTable()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball Danish stem of an already folded word."""
    return _stemmer.stemWord(word)


def words(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (word, start, end) for each run of letters and digits in ``text``."""
    for match in _WORD.finditer(text):
        yield match.group(), match.start(), match.end()


def aa_variant(norm: str) -> str | None:
    """The stem of a folded word with "aa" read as "å", or None if it has no "aa".

    "aa" is only read as "å" as an *extra* term: "klimaaftale" is "klima" + "aftale",
    not "klimåftale", but "Aarhus" must also find "Århus".
    """
    return stem(norm.replace("aa", "å")) if "aa" in norm else None


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The key names are compared by: folded words ("aa" = "å") joined by single spaces."""
    return " ".join(fold(w, aa=True) for w in _WORD.findall(name))


def surname_key(name: str) -> str:
    """The folded last word of a name ("Jens Stoltenberg" -> "stoltenberg")."""
    key = name_key(name)
    return key.rsplit(" ", 1)[-1] if key else ""


# Hunspell flags of da_DK.aff (Stavekontrolden) that say how a word joins a compound.
# Each maps a dictionary word to the forms it takes as a compound's modifier.
_LINK_FORMS = {
    29: lambda w: [w + "s"],  # fugeelement -s-: forsvar -> forsvars
    30: lambda w: [w + "e"],  # fugeelement -e-
    31: lambda w: [w],  # no linking letter: risiko-reduktion
    55: lambda w: [w[:-1]] if w.endswith("e") else [],  # drop e
    56: lambda w: [w[:-1] + "s"] if w.endswith("e") else [],  # drop e, add s
    60: lambda w: [w + "er"],
    61: lambda w: [w + w[-1] + "e"],  # double the consonant, add e
    62: lambda w: [w, w + "s"],
    63: lambda w: [w, w + "e"],
    67: lambda w: [w, w + w[-1] + "e"],
    68: lambda w: [w + w[-1] + "er"],
    69: lambda w: [w[:-2] + "e"] if w.endswith("um") else [],
}
_COMPOUND_BEGIN = 32  # an entry that is itself a compound beginning ("forsvars-")
_COMPOUND_END = 39  # "ord sidst i sammensætning": the word can be a compound's head
_FLAGS = re.compile(r"/([0-9,]+)")


class Lexicon:
    """Danish words known to the compound splitter, read from a hunspell ``.dic`` file.

    Args:
        heads: words that can end a compound (folded); their stems are kept.
        modifiers: mapping of a compound-beginning form (with its linking letters, e.g.
            "forsvars") to the word it comes from ("forsvar"), folded.
        proper: proper nouns (capitalised entries), folded; never split.
        known: every other listed word, folded (a known word is split more strictly).
    """

    def __init__(
        self,
        heads: Iterable[str],
        modifiers: dict[str, str],
        proper: Iterable[str] = (),
        known: Iterable[str] = (),
    ) -> None:
        self.head_stems = frozenset(stem(w) for w in heads)
        self.modifiers = dict(modifiers)
        self.known_stems = self.head_stems | {stem(m) for m in self.modifiers.values()}
        if known:
            self.known_stems |= {stem(w) for w in known}
        proper_stems = {stem(p) for p in proper}
        self.proper_stems = frozenset(proper_stems - self.known_stems)
        self._split = functools.lru_cache(maxsize=200_000)(self._split_uncached)

    def fields(self) -> tuple[frozenset[str], dict[str, str], frozenset[str], frozenset[str]]:
        """(head stems, modifiers, known stems, proper stems): all a lexicon holds."""
        return (frozenset(self.head_stems), dict(self.modifiers),
                frozenset(self.known_stems), frozenset(self.proper_stems))

    @classmethod
    def from_fields(cls, fields: tuple[frozenset[str], dict[str, str], frozenset[str],
                                       frozenset[str]]) -> Lexicon:
        """The lexicon whose ``fields()`` these are (read back from the cache folder,
        ``search/_lexicon_cache.py``), without stemming its words again."""
        lexicon = cls.__new__(cls)
        (lexicon.head_stems, lexicon.modifiers, lexicon.known_stems,
         lexicon.proper_stems) = fields
        lexicon._split = functools.lru_cache(maxsize=200_000)(lexicon._split_uncached)
        return lexicon

    @classmethod
    def from_hunspell(cls, path: str | Path) -> Lexicon:
        """Read a hunspell dictionary: each line is ``word/flag,flag,...``.

        Only the flags that concern compounds are read (see ``_LINK_FORMS``); the affix
        rules are not expanded, because the stemmer already handles inflection.
        """
        heads: set[str] = set()
        modifiers: dict[str, str] = {}
        proper: set[str] = set()
        known: set[str] = set()
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as dic:
            next(dic, None)  # the first line is the entry count (or a comment)
            for line in dic:
                entry, _, rest = line.partition("/")
                entry = entry.strip()
                flags_match = _FLAGS.match("/" + rest) if rest else None
                flags = {int(f) for f in flags_match.group(1).split(",") if f} if (
                    flags_match) else set()
                if entry.endswith("-") and _COMPOUND_BEGIN in flags:
                    base = fold(entry[:-1])
                    if base.isalpha():
                        modifiers.setdefault(base, base)
                    continue
                if not entry.isalpha():
                    continue
                word = fold(entry)
                if entry[0].isupper():
                    proper.add(word)
                    continue
                known.add(word)
                if _COMPOUND_END in flags:
                    heads.add(word)
                for flag in flags & _LINK_FORMS.keys():
                    for form in _LINK_FORMS[flag](word):
                        if len(form) >= MIN_PART:
                            modifiers.setdefault(form, word)
        return cls(heads, modifiers, proper, known)

    def split(self, word: str) -> tuple[str, ...]:
        """Split a folded word into the stems of its compound parts; () if it is not one.

        "forsvarsalliancen" -> ("allianc", "forsvar"); the whole word's stem is not
        included. Intermediate compounds are included ("forsvarsministerråd" also
        gives "forsvarsminist").
        """
        if len(word) < MIN_COMPOUND or stem(word) in self.proper_stems:
            return ()
        return self._split(word)

    def _split_uncached(self, word: str) -> tuple[str, ...]:
        # The longest head first: a Danish compound's meaning is in its head.
        word_stem = stem(word)
        min_head = MIN_KNOWN_PART if word_stem in self.known_stems else MIN_PART
        for cut in range(MIN_MODIFIER, len(word) - MIN_PART + 1):
            modifier = self.modifiers.get(word[:cut])
            if modifier is None or len(modifier) < MIN_MODIFIER:
                continue
            head = word[cut:]
            head_stem = stem(head)
            if len(head_stem) < min_head or head_stem not in self.head_stems:
                continue
            parts = [head_stem, stem(modifier)]
            for piece in (head, modifier):
                if len(piece) >= MIN_COMPOUND:
                    parts.extend(self._split(piece))
            return tuple(dict.fromkeys(p for p in parts if p != word_stem))
        return ()


def dictionary_path() -> Path | None:
    """The Danish word list in use: ``$PRESSESPEJL_DA_DICTIONARY``, else the first of
    ``DICTIONARY_PATHS`` that exists; None if there is none."""
    from pressespejl.settings import setting

    for candidate in (setting("da_dictionary"), *DICTIONARY_PATHS):
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


@functools.lru_cache(maxsize=4)
def _file_id(path: Path, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return f"{path.name.removesuffix('.gz')}:{digest}"


def lexicon_id() -> str:
    """Which word list compounds are split with: ``da_DK.dic:<hash of the file>``, or
    ``none``. A search index records it; another list means other index terms, so an
    index built with another one is rebuilt."""
    path = dictionary_path()
    if path is None:
        return "none"
    stat = path.stat()
    return _file_id(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon | None:
    """The hunspell lexicon, loaded once (its stems from the cache folder after the
    first time, ``search/_lexicon_cache.py``); None (with one warning) if it is missing."""
    from pressespejl.search._lexicon_cache import cached_fields

    path = dictionary_path()
    if path is not None:
        return Lexicon.from_fields(cached_fields(
            lexicon_id(), lambda: Lexicon.from_hunspell(path).fields()))
    log.warning(
        "Danish compound splitting is off: no Danish word list found (looked in %s). "
        "Reinstall Pressespejl or set PRESSESPEJL_DA_DICTIONARY to a hunspell .dic file; "
        "search works, but 'alliance' will not find 'forsvarsalliance'.",
        ", ".join(DICTIONARY_PATHS))
    return None


def _looks_like_name(text: str, start: int, word: str) -> bool:
    """A capitalised word in the middle of a sentence: Danish only capitalises names."""
    if not word[:1].isupper():
        return False
    # Look back over spaces and tabs only (slicing the text before every capitalised
    # word made analysing a long article quadratic).
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] in ",;")


def analyze(text: str, lexicon: Lexicon | bool | None = True) -> list[Token]:
    """Split ``text`` into ``Token``s with their index terms.

    Args:
        text: any text (article body, title, quote).
        lexicon: the compound lexicon; ``True`` means ``default_lexicon()``, ``None`` or
            ``False`` switches compound splitting off.
    """
    lex = default_lexicon() if lexicon is True else (lexicon or None)
    tokens = []
    append = tokens.append
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        split = lex is not None and not (
            word[0].isupper() and _looks_like_name(text, start, word))
        norm, word_stem, parts = _analyze_word(word, lex if split else None)
        append(Token(word, start, match.end(), norm, word_stem, parts))
    return tokens


@functools.lru_cache(maxsize=300_000)
def _analyze_word(word: str, lexicon: Lexicon | None) -> tuple[str, str, tuple[str, ...]]:
    """(folded form, stem, extra terms) of one word; cached, news repeats its words."""
    norm = fold(word)
    parts = lexicon.split(norm) if lexicon is not None else ()
    variant = aa_variant(norm)
    if variant is not None:
        parts = (variant, *parts)
    restem = _restem(norm)
    if restem is not None:
        parts = (restem, *parts)
    return norm, stem(norm), parts


def _restem(norm: str) -> str | None:
    """The stem of the stem, when it differs ("konsekvenser" -> "konsekvens" -> "konsekv").

    Snowball strips one ending per pass, so a plural can keep a letter its singular loses;
    indexing (and querying) the second stem too makes "konsekvens" find "konsekvenser".
    """
    first = stem(norm)
    second = stem(first)
    return second if second != first else None


def query_terms(word: str) -> list[tuple[str, ...]]:
    """The terms a query word stands for: one tuple of alternatives per word in it.

    "Nato-Rusland" -> [("nato",), ("rusland",)]; "Aarhus" -> [("aarhus", "århus")].
    """
    out = []
    for w, _, _ in words(word):
        norm = fold(w)
        alternatives = [stem(norm)]
        for extra in (aa_variant(norm), _restem(norm)):
            if extra is not None and extra not in alternatives:
                alternatives.append(extra)
        out.append(tuple(alternatives))
    return out


def phrase_variants(text: str) -> list[list[str]]:
    """The stem sequences a phrase matches: as written, and with "aa" read as "å".

    Phrases match the main stems position by position, so the extra terms of single
    words (compound parts, second stems) do not apply inside phrases.
    """
    norms = [fold(w) for w, _, _ in words(text)]
    variants = [[stem(n) for n in norms]]
    folded = [stem(n.replace("aa", "å")) for n in norms]
    if folded != variants[0]:
        variants.append(folded)
    return variants
