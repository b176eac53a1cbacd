"""Read news articles from files: seed text, JSON Lines, HTML pages, RSS/Atom feeds.

Every reader yields ``Article`` or ``IngestProblem`` (never raises for bad input), so
one broken file does not stop a batch; walking a folder also yields a ``SkippedFile``
for each file that is not an article. ``READERS`` in ``readers.py`` lists the formats.
An article whose input gives no date is read all the same (``published`` None), or
dated by ``read_path(..., date="2021-03")``.

    >>> from pressespejl.ingest import read_path
    >>> for item in read_path("articles/"):   # doctest: +SKIP
    ...     print(item)
"""

from pressespejl.ingest.ids import article_id
from pressespejl.ingest.near_duplicates import NearDuplicateIndex, signature
from pressespejl.ingest.readers import READERS, Reader, read_path, read_paths, supported_suffixes

__all__ = [
    "READERS",
    "NearDuplicateIndex",
    "Reader",
    "article_id",
    "read_path",
    "read_paths",
    "signature",
    "supported_suffixes",
]
