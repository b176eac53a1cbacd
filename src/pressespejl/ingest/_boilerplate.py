"""Danish boilerplate lines that extractors leave in article bodies.

Each pattern matches a whole paragraph. Left in the text, these lines do harm
downstream: "Foto: Ida Holm/Nordlys Nyt" reads as a speaker, "Læs også: Jordemødre:
Vi løber ..." as a quote, "Skrevet af Mette Lund" as a person in the story.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÆØÅ][\w.'\-]+"

BOILERPLATE = (
    # Links to other articles, inline or as a box heading.
    re.compile(r"(?i)(læs|se|hør) (også|mere|hele (artiklen|historien))\b.*"),
    # Photo and graphics credits and captions.
    re.compile(r"(?i)(arkiv)?(foto|billede|grafik|illustration|video|kilde)\s*:.*"),
    # Author lines: "Skrevet af …", "Af Jonas Kjær, 16. februar". A name must follow,
    # so a sentence like "Af samme grund blev ..." stays text.
    re.compile(rf"(?i:skrevet af|af)\s+{_NAME}(\s+({_NAME}|og|&))*\s*(,.*)?"),
    # Sharing, subscription and advertising furniture.
    re.compile(r"(?i)(del (artiklen|på)|tilmeld dig|abonn[ée]r|annonce|annoncørbetalt)\b.*"),
)

_MAX_LENGTH = 160  # real paragraphs that merely start like boilerplate are longer


def is_boilerplate(paragraph: str) -> bool:
    """Whether a whole paragraph is boilerplate (a short line matching one pattern)."""
    paragraph = paragraph.strip()
    return len(paragraph) <= _MAX_LENGTH and any(
        p.fullmatch(paragraph) for p in BOILERPLATE
    )
