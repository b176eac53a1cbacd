"""One person, two spellings: "Jørgen Blazejevicz" and "Jørgen Blazejewicz" in one article.

News text misspells long, rare names now and then; the speakers component should give
both spellings' quotes one speaker. Two names are spellings of one name when they have the
same number of words, all words but one are equal, and the one that differs is a long word
(at least ``MIN_WORD`` letters) one edit apart (a letter changed, added or dropped).

Never merged (different people, or a name with a regular variant):

- short words ("Hansen"/"Jensen" differ by two letters anyway; "Anne"/"Anna" are short);
- Scandinavian patronymics that end alike ("Pedersen"/"Petersen", "Jacobsen"/"Jakobsen",
  "Nilsson"/"Nillson"): each is a surname of its own;
- a difference in the last letter of a first name ("Helene"/"Helena", "Karina"/"Karine"):
  often two names, one of them a sister's.

The canonical spelling is the one whose words the article writes most often, word by
word; on a tie, the one written last (an arbitrary but stable choice: nothing in the text
tells a typo from the right spelling).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_WORD = 6
"""The shortest word whose one-letter variant is taken for a misspelling."""
_PATRONYMIC = ("sen", "son", "datter", "dóttir", "dottir")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _variant_word(a: str, b: str, first: bool) -> bool:
    """Whether two differing words of two names may be spellings of one word."""
    if min(len(a), len(b)) < MIN_WORD or not one_edit_apart(a, b):
        return False
    if a.lower().endswith(_PATRONYMIC) and b.lower().endswith(_PATRONYMIC):
        return False
    return not (first and a[:-1] == b[:-1])


def same_name(a: str, b: str) -> bool:
    """Whether two full names are one name spelt two ways ("Bjarte Myrhol" / "Bjarne
    Myrhol"); never for single words or names that differ in more than one word."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [k for k in range(len(wa)) if wa[k] != wb[k]]
    return len(differ) == 1 and _variant_word(wa[differ[0]], wb[differ[0]], differ[0] == 0)


def spelling_variants(names: Iterable[str], text: str) -> dict[str, str]:
    """{variant: canonical spelling} for names that are spellings of one another
    (``same_name``, chains included: "Bjarne Myrhol" ~ "Bjarte Myrhol" ~ "Bjarte
    Myrholt"). The canonical spelling is the one whose words the article writes most
    often, word by word ("Bjarte" twice, "Myrhol" twice: "Bjarte Myrhol"); on a tie the
    one written last."""
    names = list(dict.fromkeys(names))
    group_of = {name: k for k, name in enumerate(names)}
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if group_of[a] != group_of[b] and same_name(a, b):
                old, new = group_of[b], group_of[a]
                for name, g in group_of.items():
                    if g == old:
                        group_of[name] = new
    groups: dict[int, list[str]] = {}
    for name in names:
        groups.setdefault(group_of[name], []).append(name)

    def written(word: str) -> list[int]:
        return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]

    def weight(name: str) -> tuple[int, int]:
        return (sum(len(written(word)) for word in name.split()),
                max(written(name), default=-1))

    found: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        canonical = max(group, key=weight)
        found.update((name, canonical) for name in group if name != canonical)
    return found
