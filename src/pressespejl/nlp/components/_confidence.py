"""How likely a quote and its speaker are right, from the features of the rules that found
them (``Quote.confidence``).

The numbers are set by hand from what each feature says about the risk, never fitted to
an evaluation set: a speaker named in the attribution itself is rarely wrong; a pronoun,
a title or the previous paragraph can point at the wrong person; a quote with no
attribution at all is the most likely to be someone else's, or no quote.
"""

from __future__ import annotations

EVIDENCE_CONFIDENCE: dict[str | None, float] = {
    "name": 0.9,
    "organisation": 0.85,
    "surname": 0.85,
    "title": 0.8,
    "pronoun": 0.75,
    "office": 0.7,
    "previous": 0.7,
    "next": 0.7,
    "context": 0.6,
    "descriptor": 0.6,
    None: 0.3,
}
"""The base confidence per ``Quote.evidence``."""

PARTIAL_PENALTY = 0.1
"""A few quoted words inside a narrative sentence: the marks may be a title or a term."""
NO_SPEAKER = 0.3
"""No speaker resolved: the quote may still be right, but half of the claim is missing."""


def quote_confidence(kind: str, evidence: str | None, speaker: str | None) -> float:
    """The confidence (0-1) of one quote from its kind and how its speaker was found."""
    value = EVIDENCE_CONFIDENCE.get(evidence, 0.5)
    if speaker is None:
        value = min(value, NO_SPEAKER)
    if kind == "partial":
        value -= PARTIAL_PENALTY
    return round(max(0.0, min(1.0, value)), 2)
