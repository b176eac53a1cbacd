"""The archive: store analysed articles and search them (SQLite or PostgreSQL)."""

from pressespejl.store.base import DEFAULT_MARKERS, FACETS, SearchResults, Store
from pressespejl.store.opener import default_path, open_store

__all__ = ["DEFAULT_MARKERS", "FACETS", "SearchResults", "Store", "default_path", "open_store"]
