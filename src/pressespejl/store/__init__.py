"""The archive: store analysed articles and search them (SQLite or PostgreSQL)."""

from pressespejl.store.base import DEFAULT_MARKERS, FACETS, SearchResults, Store, open_store

__all__ = ["DEFAULT_MARKERS", "FACETS", "SearchResults", "Store", "open_store"]
