"""Export an archive to JSON Lines, import it again, and migrate between backends.

The export file (``.jsonl``, or ``.jsonl.gz`` compressed) has three kinds of line::

    {"format": "pressespejl-archive", "version": 1, ...}        header
    {"article": {...}, "analysis": {...}}                        one per article
    {"end": true, "articles": N, "quotes": M, "checksum": "..."} trailer

The checksum is ``records.archive_checksum`` (SHA-256 over the sorted SHA-256 of each
record's canonical JSON), so it does not depend on the order of lines or on the backend
that wrote them. ``import`` checks it before adding anything; a truncated file (no
trailer) is refused.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from pressespejl.errors import InputError, StoreError
from pressespejl.store.base import Store, open_store
from pressespejl.store.records import (
    RECORD_VERSION,
    archive_checksum,
    canonical_json,
    from_record,
    record_checksum,
    to_record,
)

FORMAT = "pressespejl-archive"


@dataclass(frozen=True)
class Summary:
    """What an export, import or migration did."""

    articles: int
    quotes: int
    checksum: str
    added: int = 0
    skipped: int = 0


@contextmanager
def _open(path: str | Path, mode: str) -> Iterator[IO[str]]:
    if str(path) == "-":
        stream = sys.stdout if "w" in mode else sys.stdin
        yield stream
        stream.flush()
        return
    try:
        if str(path).endswith(".gz"):
            with gzip.open(path, mode + "t", encoding="utf-8") as handle:
                yield handle
        else:
            with open(path, mode, encoding="utf-8") as handle:
                yield handle
    except FileNotFoundError as exc:
        raise InputError(f"No such file: {path}.") from exc


def export_archive(store: Store, path: str | Path) -> Summary:
    """Write every record of ``store`` to ``path`` (``-`` for standard output)."""
    sums: list[str] = []
    quotes = 0
    with _open(path, "w") as out:
        out.write(canonical_json({"format": FORMAT, "version": RECORD_VERSION,
                                  "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                                  "source": _safe_url(store.url)}) + "\n")
        for article, analysis in store.iter_records():
            out.write(canonical_json(to_record(article, analysis)) + "\n")
            sums.append(record_checksum(article, analysis))
            quotes += len(analysis.quotes)
        checksum = archive_checksum(sums)
        out.write(canonical_json({"end": True, "articles": len(sums), "quotes": quotes,
                                  "checksum": checksum}) + "\n")
    return Summary(len(sums), quotes, checksum)


def _safe_url(url: str) -> str:
    from pressespejl.store.postgres import redact

    return redact(url)


def _lines(handle: IO[str], path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not JSON ({exc.msg}).") from exc


def read_archive(path: str | Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, record) of an export file after checking header and trailer.

    Raises:
        InputError: not an export file, unknown version, truncated, or checksum mismatch.
    """
    if str(path) == "-":
        raise InputError("import reads a file, not standard input: it checks the file twice.")
    trailer: dict[str, Any] | None = None
    sums: list[str] = []
    quotes = 0
    with _open(path, "r") as handle:
        lines = _lines(handle, path)
        first = next(lines, None)
        if first is None or first[1].get("format") != FORMAT:
            raise InputError(f"{path} is not a Pressespejl export (no {FORMAT!r} header).")
        if first[1].get("version") != RECORD_VERSION:
            raise InputError(f"{path} has export version {first[1].get('version')}; this "
                             f"Pressespejl reads version {RECORD_VERSION}.")
        for number, record in lines:
            if record.get("end"):
                trailer = record
                continue
            if trailer is not None:
                raise InputError(f"{path}:{number}: a record after the end line.")
            article, analysis = from_record(record)
            sums.append(record_checksum(article, analysis))
            quotes += len(analysis.quotes)
    if trailer is None:
        raise InputError(f"{path} is truncated: the end line with the checksum is missing.")
    checksum = archive_checksum(sums)
    if (trailer.get("checksum"), trailer.get("articles"), trailer.get("quotes")) != (
            checksum, len(sums), quotes):
        raise InputError(
            f"{path} does not match its checksum ({len(sums)} articles read, "
            f"{trailer.get('articles')} expected): the file was changed or damaged."
        )
    with _open(path, "r") as handle:
        lines = _lines(handle, path)
        next(lines)
        for number, record in lines:
            if not record.get("end"):
                yield number, record


def import_archive(store: Store, path: str | Path) -> Summary:
    """Add every record of an export file; articles already stored are skipped."""
    added = skipped = quotes = 0
    sums: list[str] = []
    with store.writing():
        for _, record in read_archive(path):
            article, analysis = from_record(record)
            if store.add(article, analysis):
                added += 1
            else:
                skipped += 1
            sums.append(record_checksum(article, analysis))
            quotes += len(analysis.quotes)
    return Summary(len(sums), quotes, archive_checksum(sums), added=added, skipped=skipped)


def migrate(from_url: str | Path, to_url: str | Path) -> Summary:
    """Copy every article from one archive to another, then verify the copy.

    Articles the target already has are skipped. Afterwards every copied article is read
    back from the target and its record checksum compared with the source's.

    Raises:
        StoreError: the target does not hold the same records afterwards.
    """
    with open_store(from_url) as source, open_store(to_url) as target:
        expected: dict[str, str] = {}
        added = skipped = quotes = 0
        with target.writing():
            for article, analysis in source.iter_records():
                expected[article.id] = record_checksum(article, analysis)
                quotes += len(analysis.quotes)
                if target.add(article, analysis):
                    added += 1
                else:
                    skipped += 1
        found: dict[str, str] = {}
        found_quotes = 0
        for article, analysis in target.iter_records():
            if article.id in expected:
                found[article.id] = record_checksum(article, analysis)
                found_quotes += len(analysis.quotes)
        differ = sorted(i for i in expected if found.get(i) != expected[i])
        if differ or found_quotes != quotes:
            raise StoreError(
                f"Migration check failed: {len(differ)} of {len(expected)} articles differ "
                f"in {_safe_url(str(to_url))} (first: {differ[:3]}); quotes {found_quotes} "
                f"of {quotes}. Articles stored before the migration are left as they were."
            )
        return Summary(len(expected), quotes, archive_checksum(expected.values()),
                       added=added, skipped=skipped)
