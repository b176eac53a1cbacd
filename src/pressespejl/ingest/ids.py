"""Stable article ids: a content hash, so reading the same article twice gives one id."""

from __future__ import annotations

import hashlib
from datetime import date

from pressespejl.ingest._text import fingerprint_text
from pressespejl.types import Precision, date_label

ID_LENGTH = 16


def article_id(
    text: str,
    published: date | str | None,
    *,
    precision: Precision = "day",
    id: str | None = None,  # the field's name in every input format
) -> str:
    """The id of an article: ``id`` if the source gave one, else a content hash.

    Args:
        text: The article text; line endings and runs of whitespace do not matter.
        published: The date, as a ``date`` or as the source wrote it ("2022-01"); None
            for an article whose source gives no date.
        precision: For a ``date``, whether only its month is meant; "month" hashes
            "2022-01", exactly as the string "2022-01" does.
        id: An id given by the source (JSON Lines ``id``); used as is when not blank.

    Returns:
        ``id`` stripped, or the first 16 hex digits of
        sha256("<date label>\\n<text with whitespace collapsed, NFC>"); the label of
        an undated article is empty.

    Notes:
        The date is part of the hash because wire agencies reuse short texts
        ("Vejret i morgen ...") on different days.
    """
    if id is not None and str(id).strip():
        return str(id).strip()
    if isinstance(published, date):
        label = date_label(published, precision) or ""
    else:
        label = (published or "").strip()
    payload = f"{label}\n{fingerprint_text(text)}".encode()
    return hashlib.sha256(payload).hexdigest()[:ID_LENGTH]
