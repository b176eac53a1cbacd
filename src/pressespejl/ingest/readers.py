"""The registry of readers: one line per input format.

To add a format, write ``read(path) -> Iterator[Article | IngestProblem]`` in
``ingest/<format>.py`` and add one ``Reader`` line to ``READERS`` below
(docs: STYLE.md §4). ``read_path`` picks a reader by suffix; a file whose suffix is
unknown is read only if a reader's ``sniff`` recognises its first bytes.

Inside a folder, files that are not articles (a ``README.md``, ``LICENSE``, a ``.csv``)
are skipped quietly (``SkippedFile``), not reported as problems: news folders hold
such files, and a run over them should not fail. A file named on its own is always
read, or reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pressespejl.errors import InputError
from pressespejl.ingest import feeds, html, jsonl, seed_text
from pressespejl.ingest._article import Dated
from pressespejl.ingest._dates import parse_given_date
from pressespejl.types import Article, IngestProblem, SkippedFile

ReadFunction = Callable[[str | Path], Iterator[Article | IngestProblem]]
Item = Article | IngestProblem | SkippedFile

# File names (without suffix, any case) that are never articles, even as .txt.
NOT_ARTICLES = frozenset({
    "readme", "license", "licence", "copying", "notice", "changelog", "changes",
    "authors", "contributing", "sitemap", "robots",
})


@dataclass(frozen=True)
class Reader:
    """An input format: its name, the suffixes it owns, how to read and recognise it."""

    name: str
    suffixes: tuple[str, ...]
    read: ReadFunction
    sniff: Callable[[bytes], bool] | None = None


READERS: dict[str, Reader] = {
    reader.name: reader
    for reader in (
        Reader("seed_text", seed_text.SUFFIXES, seed_text.read, seed_text.looks_like),
        Reader("jsonl", jsonl.SUFFIXES, jsonl.read),
        Reader("html", html.SUFFIXES, html.read, html.looks_like),
        Reader("feed", feeds.SUFFIXES, feeds.read, feeds.looks_like),
    )
}

_SNIFF_BYTES = 1024


def supported_suffixes() -> tuple[str, ...]:
    """Every suffix some reader owns, in registry order."""
    return tuple(s for reader in READERS.values() for s in reader.suffixes)


def reader_for(path: Path) -> Reader | None:
    """The reader for a file: by suffix (case-insensitive), else by its first bytes."""
    suffix = path.suffix.lower()
    for reader in READERS.values():
        if suffix in reader.suffixes:
            return reader
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return None
    for reader in READERS.values():
        if reader.sniff is not None and reader.sniff(head):
            return reader
    return None


def read_path(path: str | Path, *, date: str | None = None) -> Iterator[Item]:
    """Read a file, or every file under a directory.

    A directory is walked recursively in sorted order, skipping hidden files and
    directories (names starting with "."), so two runs yield the same sequence.

    Args:
        path: A file or a directory.
        date: The date of articles whose input gives none (``YYYY-MM-DD`` or
            ``YYYY-MM``). An input's own date, or a dateline in its text, always wins;
            the article's id stays that of the undated input.

    Yields:
        ``Article``s, an ``IngestProblem`` for each file, line or item that cannot be
        read, and a ``SkippedFile`` for each non-article file inside a directory. No
        exception escapes for bad input; the batch goes on.

    Raises:
        InputError: ``date`` is not a date (raised at once, before anything is read).
    """
    given = _given_date(date)
    return _dated(_read_any(path), given)


def read_paths(paths: Iterable[str | Path], *, date: str | None = None) -> Iterator[Item]:
    """``read_path`` for each path in turn."""
    given = _given_date(date)
    return _dated((item for path in paths for item in _read_any(path)), given)


def _given_date(value: str | None) -> Dated | None:
    if value is None:
        return None
    try:
        return parse_given_date(value)
    except ValueError as exc:
        raise InputError(f"--date: {exc}") from None


def _dated(items: Iterable[Item], given: Dated | None) -> Iterator[Item]:
    for item in items:
        if given is not None and isinstance(item, Article) and item.published is None:
            item = replace(item, published=given[0], precision=given[1])
        yield item


def _read_any(path: str | Path) -> Iterator[Item]:
    label = str(path)
    path = Path(path)
    if path.is_dir():
        yield from _read_directory(path)
    elif not path.exists():
        yield IngestProblem(label, "no such file or directory")
    else:
        yield from _read_file(path, label)


def _read_directory(directory: Path) -> Iterator[Item]:
    try:
        children = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield IngestProblem(str(directory), f"cannot list directory: {exc.strerror or exc}",
                            hint="check the directory's permissions")
        return
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _read_directory(child)
        elif child.stem.lower() in NOT_ARTICLES:
            yield SkippedFile(str(child), "not an article (a project or site file)")
        elif reader_for(child) is None:
            yield SkippedFile(str(child), f"not an article file ({_kind(child)})")
        else:
            yield from _read_file(child, str(child))


def _kind(path: Path) -> str:
    return f"{path.suffix} file" if path.suffix else "unrecognised content, no suffix"


def _read_file(path: Path, label: str) -> Iterator[Article | IngestProblem]:
    reader = reader_for(path)
    if reader is None:
        yield IngestProblem(label, f"unsupported file type {path.suffix or '(no suffix)'!r}",
                            hint=f"supported: {', '.join(supported_suffixes())}")
        return
    try:
        yield from reader.read(path)
    except Exception as exc:  # a reader bug must not end the batch; report it as input
        yield IngestProblem(label, f"{reader.name} reader failed: "
                                   f"{type(exc).__name__}: {exc}",
                            hint="please report this with the file attached")
