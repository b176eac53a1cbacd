"""``pressespejl export``, ``import`` and ``migrate``: move an archive as a whole;
``reindex`` and ``compact``: look after a SQLite archive in place.

Thin wrappers over ``pressespejl.store.export``; the file format and its checksum are
described there.
"""

from __future__ import annotations

from pathlib import Path

import click

from pressespejl.cli._options import db_option, open_archive
from pressespejl.errors import PressespejlError


def _fail(exc: PressespejlError) -> click.ClickException:
    return click.ClickException(str(exc))


_NOUNS = {
    "articles": ("article", "articles"),
    "office_holdings": ("office holding loaded by users", "office holdings loaded by users"),
    "corrections": ("correction", "corrections"),
    "saved_searches": ("saved search", "saved searches"),
    "clusters": ("near-duplicate copy", "near-duplicate copies"),
}


def counted(counts: dict[str, int]) -> str:
    """ "9 articles, 2 office holdings loaded by users, 1 correction": articles always,
    other tables when they have rows."""
    parts = []
    for table, n in counts.items():
        if n or table == "articles":
            one, many = _NOUNS.get(table, (f"row of {table}", f"rows of {table}"))
            parts.append(f"{n:,} {one if n == 1 else many}")
    return ", ".join(parts)


@click.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def export_command(file: Path, db: str | None) -> None:
    """Write everything the archive holds to FILE as JSON Lines with a checksum.

    Articles with their analyses, office tables loaded with `offices load`,
    corrections, saved searches and near-duplicate groups. FILE ending in .gz is
    compressed; - writes to standard output.

    Example:

        pressespejl export archive.jsonl.gz

        pressespejl export - --db postgresql://localhost/pressespejl | head -2
    """
    from pressespejl.store.export import export_archive

    with open_archive(db) as store:
        summary = export_archive(store, file)
    click.echo(f"exported {counted(summary.rows)} ({summary.quotes:,} quotes); "
               f"checksum {summary.checksum}", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@db_option
def import_command(file: Path, db: str | None) -> None:
    """Add everything in an export FILE to the archive (what it holds is skipped).

    The file's checksum is checked before anything is added. Articles already stored
    (same id) and rows equal to one the archive has are skipped.

    Example:

        pressespejl import archive.jsonl.gz --db team.sqlite
    """
    from pressespejl.store.export import import_archive

    with open_archive(db, create=True) as store:
        summary = import_archive(store, file)
    click.echo(f"imported {counted(summary.added)}; skipped {counted(summary.skipped)} "
               f"already there; file checksum {summary.checksum}", err=True)


@click.command("migrate")
@click.option("--from", "from_url", required=True, metavar="URL",
              help="The archive to copy from (a SQLite path or postgresql:// URL).")
@click.option("--to", "to_url", required=True, metavar="URL",
              help="The archive to copy to; created and migrated if new.")
def migrate(from_url: str, to_url: str) -> None:
    """Copy an archive to another backend and verify that everything arrived intact.

    Articles with their analyses, office tables loaded with `offices load`,
    corrections, saved searches and near-duplicate groups are copied; what the target
    already has is skipped. Afterwards every row of the source is looked up, by its
    checksum, in the target.

    Example:

        pressespejl migrate --from ~/.local/share/pressespejl/archive.sqlite \\
            --to postgresql://pressespejl@db.example/pressespejl
    """
    from pressespejl.store.export import migrate as migrate_archive

    try:
        summary = migrate_archive(from_url, to_url)
    except PressespejlError as exc:
        raise _fail(exc) from exc
    click.echo(f"migrated {counted(summary.rows)} ({summary.quotes:,} quotes; added "
               f"{counted(summary.added)}); verified, checksum {summary.checksum}", err=True)


@click.command("reindex")
@db_option
@click.option("--full", is_flag=True,
              help="Index every article and quote again, not only what is missing.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def reindex(db: str | None, full: bool, quiet: bool) -> None:
    """Catch up (or with --full rebuild) the search indexes of a SQLite archive.

    The SQLite archive keeps tantivy indexes of its articles and quotes beside the file
    (archive.sqlite.tantivy/, archive.sqlite.quotes.tantivy/). Pressespejl catches them
    up by itself when they fall behind (after a crash or an upgrade); this does it now,
    with a progress bar. Deleting the index directories and running this is always
    safe. A PostgreSQL archive keeps its index in the database: nothing to do.

    Example:

        pressespejl reindex

        pressespejl reindex --full --db archive.sqlite
    """
    from tqdm import tqdm

    with open_archive(db) as store:
        sync = getattr(store, "sync_index", None)
        if sync is None:
            click.echo("PostgreSQL keeps its search index in the database; nothing to do.",
                       err=True)
            return
        bar: tqdm | None = None  # one bar per index (articles, then quotes)

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if bar is None or bar.total != total or done < bar.n:
                if bar is not None:
                    bar.close()
                bar = tqdm(total=total, unit=" entries", disable=quiet, desc="reindex",
                           leave=False)
            bar.update(done - bar.n)

        done = sync(progress=progress, rebuild=full)
        if bar is not None:
            bar.close()
    click.echo(f"indexed {done:,} articles and quotes" if done
               else "the search indexes were up to date", err=True)


# The names the command table may use (cli/__init__.py).
export = export_command
import_ = import_command


@click.command("compact")
@db_option
@click.option("--no-vacuum", is_flag=True,
              help="Rewrite the rows but do not VACUUM (the file keeps its size until the "
                   "free pages are reused; no second copy of the file is needed).")
def compact(db: str | None, no_vacuum: bool) -> None:
    """Shrink a SQLite archive written by an older Pressespejl, or a new one once it
    holds 1,000 articles.

    An archive from before (schema 10 or older) is upgraded when it is opened, but its
    entity mentions and time expressions stay plain JSON until this rewrites them
    compressed, drops quote texts that are exactly their span of the article, and
    VACUUMs the file. The first run on an archive of 1,000 articles or more also makes
    its compression dictionaries from its own articles (about a third off the stored
    text) and rewrites the rows with them; articles stored afterwards use them too.
    Nothing a search, quote or entity page shows changes. The VACUUM needs the archive
    to itself (stop `serve` first) and free disk for a second copy of the file. A
    PostgreSQL archive has nothing to compact.

    Example:

        pressespejl compact

        pressespejl compact --db archive.sqlite --no-vacuum
    """
    with open_archive(db) as store:
        rewrite = getattr(store, "compact", None)
        if rewrite is None:
            click.echo("PostgreSQL stores its rows compactly (TOAST); nothing to do.", err=True)
            return
        try:
            done = rewrite(vacuum=not no_vacuum)
        except PressespejlError as exc:
            raise _fail(exc) from exc
    noun = "article" if done == 1 else "articles"
    click.echo(f"compacted {done:,} {noun}" if done else "the archive was compact already",
               err=True)
