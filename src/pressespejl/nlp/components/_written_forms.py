"""A speaker's name in the form the article writes it.

The canonical name of a gazetteer entry may be spelt otherwise than the article spells
it ("TV2 Nord" for "TV 2 Nord", "Århus Universitet" and "Aarhus Universitet" in one
article). The speaker is the name as the article gives it (``docs/gold-format.md``):
the written spelling the article uses most often, on a tie the first. Spellings are one
another's when they differ only in spaces or hyphens between a letter and a digit or
between words, and in "Aa"/"Å".

(A descriptor glued before a name, "Mixeddoublen Joachim Fischer", is cut off where the
entities read the name: ``_entity_forms._describes_name``.)
"""

from __future__ import annotations

import re
from collections import Counter


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
