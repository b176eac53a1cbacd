"""The exception tree. Library code raises these; only the CLI and the API turn them
into user-facing messages.

    PressespejlError
    ├── InputError            bad input that cannot be read (file, encoding, date)
    ├── ModelError            the Danish pipeline cannot be loaded
    ├── StoreError            the database cannot be opened, migrated or written
    │   ├── ArchiveNotFound      no archive where a reading command looked
    │   └── BackendUnavailable   e.g. psycopg missing or server unreachable
    └── QueryError            a search query that does not parse; carries the position
"""

from __future__ import annotations


class PressespejlError(Exception):
    """Base class for every error Pressespejl raises on purpose."""


class InputError(PressespejlError):
    """Input that cannot be read: a missing file, a bad encoding, date or row."""


class ModelError(PressespejlError):
    """The Danish pipeline (or a ``--model`` given) cannot be loaded."""


class StoreError(PressespejlError):
    """The archive cannot be opened, migrated, read or written."""


class ArchiveNotFound(StoreError):
    """There is no archive at the path given; only writing commands create one."""


class BackendUnavailable(StoreError):
    """The PostgreSQL driver is missing or the server cannot be reached."""


class QueryError(PressespejlError):
    """A malformed query. ``position`` is the 0-based character offset of the problem."""

    def __init__(self, message: str, query: str = "", position: int | None = None) -> None:
        super().__init__(message)
        self.query = query
        self.position = position

    def pointer(self) -> str:
        """The query with a caret under the problem, for terminals."""
        if self.position is None or not self.query:
            return ""
        return f"  {self.query}\n  {' ' * self.position}^"
