"""How likely a quote and its speaker are right, from the features of the rules that found
them (``Quote.confidence``).

The numbers are set by hand from what each feature says about the risk, never fitted to
an evaluation set:

- how the speaker was found: a name in the attribution itself is rarely wrong; a
  surname, a first name written alone (more often shared than a surname), an
  organisation, a title or a pronoun can point at the wrong referent; the
  previous paragraph or the introducing context is a guess about who goes on speaking;
  a descriptor ("borgmesteren") is right about the kind of speaker but names nobody;
- how far away: each paragraph between a quote and the place its speaker was found
  (previous quote, introducing paragraph) makes the guess weaker; a described speaker
  ("en talsmand") resolved to the holder a later paragraph names is a lead, weaker than
  a title that points back, and a group ("forældrene") taken for the organisation whose
  name starts with it ("Forældregruppen for ...") weaker than that name;
- the cue: no cue at all (a quote known only by its marks, or "..., lyder det."), a
  view rather than words ("mener" in a speech frame), a few quoted words inside a
  narrative sentence (a partial quote may be a term or a title), an interview question
  whose asker the article does not name.
"""

from __future__ import annotations

from collections.abc import Collection

EVIDENCE_CONFIDENCE: dict[str | None, float] = {
    "name": 0.92,
    "organisation": 0.88,
    "surname": 0.88,
    "first-name": 0.86,
    "title": 0.82,
    "pronoun": 0.8,
    "office": 0.72,
    "previous": 0.75,
    "next": 0.68,
    "context": 0.68,
    "descriptor": 0.62,
    None: 0.2,
}
"""The base confidence per ``Quote.evidence``."""

NO_SPEAKER = 0.3
"""No speaker resolved: the quote may still be right, but half of the claim is missing."""
DISTANCE_STEP = 0.04
"""Less per paragraph between a quote and where its speaker was found, after the first."""
DISTANCE_MAX = 0.2
PENALTIES: dict[str, float] = {
    "no-cue": 0.06,  # no cue: known only by its marks or its place
    "cognitive": 0.1,  # "mener, at" in a speech frame
    "context-source": 0.06,  # "..., lyder det." with the speaker from the context
    "group": 0.02,  # several paragraphs grouped: a boundary may be off
    "partial": 0.1,  # quoted words inside a narrative sentence
    "lead": 0.12,  # "en talsmand" resolved to the one holder a later paragraph names
    "group-body": 0.1,  # "forældrene" taken for "Forældregruppen ..." named before
}
INTERVIEWER = 0.55
"""The questions of an interview, given to an unnamed interviewer."""


def quote_confidence(kind: str, evidence: str | None, speaker: str | None,
                     cue: str | None = None, tags: Collection[str] = (),
                     distance: int = 0) -> float:
    """The confidence (0-1) of one quote from its rule features (module doc)."""
    if "interviewer" in tags:
        return INTERVIEWER
    value = EVIDENCE_CONFIDENCE.get(evidence, 0.5)
    if evidence in ("previous", "next", "context") and distance > 1:
        value -= min(DISTANCE_MAX, DISTANCE_STEP * (distance - 1))
    if cue is None:
        value -= PENALTIES["no-cue"]
    for tag in ("cognitive", "context-source", "group", "lead", "group-body"):
        if tag in tags:
            value -= PENALTIES[tag]
    if kind == "partial":
        value -= PENALTIES["partial"]
    if speaker is None:
        value = min(value, NO_SPEAKER)
    return round(max(0.0, min(1.0, value)), 2)
