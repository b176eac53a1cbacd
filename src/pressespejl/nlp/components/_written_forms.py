"""A speaker's name in the form the article writes it.

Two repairs the speakers component makes to a resolved name before it is output:

- ``without_descriptor``: a common noun that starts a sentence is capitalised, and the
  entities may read it as the first word of the name after it ("Mixeddoublen Joachim
  Fischer", "Fiskekonserves-fabrikken Larsen Danish Seafood", "Cykelrytteren Bo Lund").
  A first word that is a definite common noun (the article writes it in lower case
  elsewhere, or its last part is a definite noun of spaCy's lemma table) and no first
  name is dropped when two capitalised words remain. A bare organisation noun stays
  ("Foreningen Norden", "Fonden for Entreprenørskab": the noun is part of such names).
- ``as_written``: the canonical name of a gazetteer entry may be spelt otherwise than the
  article spells it ("TV2 Nord" for "TV 2 Nord", "Århus Universitet" and "Aarhus
  Universitet" in one article). The speaker is the name as the article gives it
  (``docs/gold-format.md``): the written spelling the article uses most often, on a tie
  the first. Spellings are one another's when they differ only in spaces or hyphens
  between a letter and a digit or between words, and in "Aa"/"Å".
"""

from __future__ import annotations

import re
from collections import Counter

from pressespejl.nlp.components._lexicon import is_common_noun, is_first_name
from pressespejl.nlp.da.organisation_nouns import ORGANISATION_NOUNS

_DEFINITE_ENDS = ("en", "et", "ne")


def _definite_common(word: str, text: str) -> bool:
    """Whether a capitalised word is a definite common noun: written in lower case
    elsewhere in the article, or ending (after its last hyphen) in a definite form of a
    word spaCy's lemma table knows ("Fiskekonserves-fabrikken", "Mixeddoublen")."""
    low = word.lower()
    if not word[:1].isupper() or not low.endswith(_DEFINITE_ENDS) or is_first_name(word):
        return False
    if low in ORGANISATION_NOUNS or low.rstrip("-") != low:
        return False
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
        return True
    last = low.rsplit("-", 1)[-1]
    if "-" in low and len(last) > 4:
        return is_common_noun(last) and last not in ORGANISATION_NOUNS
    return False


def without_descriptor(name: str | None, text: str) -> str | None:
    """``name`` without a definite common noun glued before it by the entities
    ("Mixeddoublen Joachim Fischer" -> "Joachim Fischer"); unchanged otherwise."""
    if not name or " " not in name:
        return name
    first, rest = name.split(" ", 1)
    words = rest.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return name
    return rest if _definite_common(first, text) else name


def _spelling_pattern(name: str) -> re.Pattern[str]:
    """A pattern for ``name`` and its spellings with or without a space between a letter
    and a digit ("TV2"/"TV 2"), a space or hyphen between words, "Aa" or "Å"."""
    parts: list[str] = []
    k = 0
    while k < len(name):
        c = name[k]
        if name.startswith("Aa", k) or c == "Å":
            parts.append("(?:Aa|Å)")
            k += 2 if c == "A" else 1
            continue
        if c in " -":
            around = name[k - 1 : k] + name[k + 1 : k + 2]
            digit_edge = len(around) == 2 and around[0].isdigit() != around[1].isdigit()
            parts.append("[ -]?" if digit_edge else "[ -]")
        else:
            parts.append(re.escape(c))
            nxt = name[k + 1 : k + 2]
            if nxt and nxt not in " -" and c.isdigit() != nxt.isdigit() and (
                    c.isalnum() and nxt.isalnum()):
                parts.append(" ?")
        k += 1
    return re.compile(rf"(?<![\w-]){''.join(parts)}(?![\w-])")


def as_written(name: str | None, text: str) -> str | None:
    """The article's own spelling of ``name`` (most often written, on a tie the first);
    ``name`` itself when the article writes no other spelling of it."""
    if not name or ";" in name or name.startswith("["):
        return name
    found = [m.group() for m in _spelling_pattern(name).finditer(text)]
    if not found or set(found) == {name}:
        return name
    counts = Counter(found)
    best = max(counts.values())
    return next(f for f in found if counts[f] == best)
