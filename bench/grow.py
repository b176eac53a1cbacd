"""``python -m bench.grow``: grow a benchmark archive to N times its articles, in SQL.

Building a 1,000,000-article archive through ``Store.add`` takes hours; this replicates
an existing archive's rows instead. Copy ``k`` (1 .. copies-1) of every article gets

- ``num`` + k x (the largest original ``num``) and ``id`` + ``"~k"``; the same dates,
  title, text, outlet, analysis, signature and stored record checksum (it is per record);
- ``near_duplicate_group`` + ``"~k"`` (a group's key is the id of its first article, so
  each copy is a group family of its own, as in the original);
- copies of its rows in every table that references ``articles.num`` (found from the
  foreign keys: article_sources, article_people, quotes, entities, places, organisations,
  time_expressions, definitions, article_entities, ...); a child table's own integer key
  (``quotes.id``) is offset the same way. People and archive entities are shared: more
  articles about the same people. Their ``mentions``/``articles`` counters and the
  archive's office evidence are multiplied by the number of copies at the end.

Full text: PostgreSQL's ``tsv`` columns are copied with the rows (``tsv_danish`` is a
generated column and computed again). SQLite's FTS5 tables are contentless and cannot be
read back, so each original quote (and, if the archive still has ``articles_fts``, each
original title and text) is analysed once (``search.danish.analyze`` + ``term_fields``)
into a temporary table and inserted for every copy. A store with ``sync_index`` (the
tantivy index beside the SQLite file) is synced at the end and its time printed.

Speed: secondary (non-unique) indexes of the copied tables are dropped first and created
again at the end (one sort per index instead of millions of random inserts); the copies
are written copy by copy, ``--batch`` originals per transaction, so rows are appended in
key order. A crash leaves whole batches; run the same command again to go on (the plan,
including the dropped index definitions, is kept in the ``meta`` table under
``bench.grow``). On PostgreSQL the copies are written with triggers off (where the user
may: ``session_replication_role``), so the facet counts cache (schema 11) and the counts of
cached facet queries (schema 14) are counted again at the end (``facet_counts_rebuild()``,
``facet_query_counts_rebuild()``).

A SQLite source can also be copied into an empty PostgreSQL database first (``--to
postgresql://...``): the rows go over with COPY (the article and quote ``tsv`` are built
from the same Danish analysis as ``PostgresStore.add``), far faster than ``add_many``.

Examples::

    python -m bench.grow /tmp/b/search-0-100000.sqlite --copies 10 --workdir /tmp/b1m
    python -m bench.grow /tmp/b/search-0-100000.sqlite --copies 10 \\
        --to postgresql://user@host/bench_1m --json grow.json
    python -m bench.grow postgresql://user@host/bench_1m --copies 10   # in place

See bench/README.md ("A million articles by replication").
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

STATE_KEY = "bench.grow"
BATCH = 5_000  # original articles per transaction (each copy)
COPY_CHUNK = 20_000  # rows per COPY transaction (SQLite -> PostgreSQL)
ARTICLES = "articles"


def is_postgres(url: str | Path) -> bool:
    return str(url).startswith(("postgresql://", "postgres://"))


def _log(message: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# --- the two databases ----------------------------------------------------------------


class _Db:
    """The little a grow needs from a database: SQL with ``?``, transactions, the schema."""

    backend: str

    def q(self, sql: str, params: Any = ()) -> Any:
        raise NotImplementedError

    def one(self, sql: str, params: Any = ()) -> Any:
        row = self.q(sql, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def tables(self) -> list[str]:
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        """Columns one can insert into (no generated columns), in order."""
        raise NotImplementedError

    def integer_key(self, table: str) -> str | None:
        """The table's single-column integer primary key (a rowid or identity), if any."""
        raise NotImplementedError

    def foreign_keys(self) -> list[tuple[str, str, str, str]]:
        """(table, column, referenced table, referenced column) of single-column keys."""
        raise NotImplementedError

    def secondary_indexes(self, tables: list[str]) -> list[tuple[str, str]]:
        """(name, CREATE statement) of the non-unique, droppable indexes of ``tables``."""
        raise NotImplementedError

    def insert_prefix(self, table: str, columns: list[str]) -> str:
        return f"INSERT INTO {table} ({', '.join(columns)}) "

    def get_state(self) -> dict[str, Any] | None:
        value = self.one("SELECT value FROM meta WHERE key = ?", [STATE_KEY])
        return json.loads(value) if value else None

    def put_state(self, state: dict[str, Any]) -> None:
        self.q("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
               "SET value = excluded.value", [STATE_KEY, json.dumps(state)])

    def close(self) -> None:
        raise NotImplementedError


class _SQLite(_Db):
    backend = "sqlite"

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        from pressespejl.store.sqlite import read_dictionaries

        self.path = Path(path)
        if readonly:
            self.conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                        isolation_level=None)
            read_dictionaries(self.conn)  # compressed columns name them (schema 13)
            return
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        read_dictionaries(self.conn)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA cache_size = -524288")  # 512 MiB

    def q(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def _virtual(self) -> set[str]:
        return {r[0] for r in self.q("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND sql LIKE 'CREATE VIRTUAL TABLE%'")}

    def tables(self) -> list[str]:
        """Ordinary tables (no FTS5 tables and their shadow tables)."""
        virtual = self._virtual()
        names = [r[0] for r in self.q("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return [n for n in names
                if n not in virtual and not any(n.startswith(v + "_") for v in virtual)]

    def fts_tables(self) -> set[str]:
        return self._virtual()

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.q(f"PRAGMA table_info({table})")]

    def integer_key(self, table: str) -> str | None:
        keys = [r for r in self.q(f"PRAGMA table_info({table})") if r[5]]
        if len(keys) == 1 and keys[0][2].upper() == "INTEGER":
            return keys[0][1]
        return None

    def foreign_keys(self) -> list[tuple[str, str, str, str]]:
        out = []
        for table in self.tables():
            for row in self.q(f"PRAGMA foreign_key_list({table})"):
                ref_column = row[4] or self.integer_key(row[2]) or "rowid"
                out.append((table, row[3], row[2], ref_column))
        return out

    def secondary_indexes(self, tables: list[str]) -> list[tuple[str, str]]:
        marks = ", ".join("?" for _ in tables)
        rows = self.q(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                      f"NOT NULL AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
        return [(n, s) for n, s in rows if not re.match(r"\s*CREATE\s+UNIQUE", s, re.I)]

    def close(self) -> None:
        self.conn.close()


def _sqlite_size_mib(path: Path) -> float:
    """A SQLite archive's size on disk: the file plus its -wal/-shm companions."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")
               if p.is_file()) / 2**20


class _Postgres(_Db):
    backend = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)
        self.conn.execute("SET maintenance_work_mem = '1GB'")
        with suppress(psycopg.Error):
            # No foreign-key triggers per copied row (the copies reference rows of their
            # own batch by construction); needs a superuser, else the checks just run.
            self.conn.execute("SET session_replication_role = replica")

    def q(self, sql: str, params: Any = ()) -> Any:
        if not params:
            return self.conn.execute(sql)
        return self.conn.execute(sql.replace("?", "%s"), params)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def tables(self) -> list[str]:
        return [r[0] for r in self.q("SELECT tablename FROM pg_tables "
                                     "WHERE schemaname = current_schema() ORDER BY 1")]

    def columns(self, table: str) -> list[str]:
        return [r[0] for r in self.q(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = ? AND is_generated = 'NEVER' "
            "ORDER BY ordinal_position", [table])]

    def identity_columns(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.q(
            "SELECT table_name, column_name FROM information_schema.columns WHERE "
            "table_schema = current_schema() AND is_identity = 'YES'")]

    def integer_key(self, table: str) -> str | None:
        rows = self.q(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_index x "
            "JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey) "
            "WHERE x.indrelid = ?::regclass AND x.indisprimary", [table]).fetchall()
        if len(rows) == 1 and rows[0][1] in ("bigint", "integer"):
            return rows[0][0]
        return None

    def foreign_keys(self) -> list[tuple[str, str, str, str]]:
        return [tuple(r) for r in self.q(
            "SELECT cl.relname, a.attname, rcl.relname, ra.attname FROM pg_constraint c "
            "JOIN pg_class cl ON cl.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = cl.relnamespace "
            "JOIN pg_class rcl ON rcl.oid = c.confrelid "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND n.nspname = current_schema() "
            # a partition's constraints are its parent's: the parent is copied
            "AND array_length(c.conkey, 1) = 1 AND NOT cl.relispartition")]

    def secondary_indexes(self, tables: list[str]) -> list[tuple[str, str]]:
        # A partitioned table's index reads "ON ONLY parent"; created again without ONLY
        # it covers every partition again.
        return [(r[0], r[1].replace(" ON ONLY ", " ON ")) for r in self.q(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
            "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE n.nspname = current_schema() AND t.relname = ANY (?) "
            "AND NOT x.indisunique AND NOT x.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) "
            "ORDER BY 1", [tables])]

    def insert_prefix(self, table: str, columns: list[str]) -> str:
        # articles.num and quotes.id are GENERATED ALWAYS AS IDENTITY.
        overriding = any(t == table for t, _ in self.identity_columns())
        return (f"INSERT INTO {table} ({', '.join(columns)}) "
                + ("OVERRIDING SYSTEM VALUE " if overriding else ""))

    def reset_sequences(self) -> None:
        """Identity sequences continue after the largest key (rows came with their keys)."""
        for table, column in self.identity_columns():
            self.q(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                   f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)")

    def size_mib(self) -> float:
        return self.one("SELECT pg_database_size(current_database())") / 2**20

    def close(self) -> None:
        self.conn.close()


def _connect(url: str | Path) -> _Db:
    return _Postgres(str(url)) if is_postgres(url) else _SQLite(_sqlite_path(url))


def _sqlite_path(url: str | Path) -> Path:
    return Path(str(url).removeprefix("sqlite://")).expanduser()


def _open_store(url: str | Path) -> Any:
    from pressespejl.store import open_store

    return open_store(str(url))


# --- the plan -------------------------------------------------------------------------


class _Table:
    """How one table's rows are copied: which column selects the originals, which
    columns are offset, which get the copy suffix."""

    def __init__(self, name: str, columns: list[str], key: str) -> None:
        self.name = name
        self.columns = columns
        self.key = key  # articles.num, or the child's column referencing it
        self.offsets: dict[str, str] = {}  # column -> table whose key offset it takes
        self.suffixed: list[str] = []

    def insert_sql(self, db: _Db, k: int, offsets: dict[str, int]) -> tuple[str, list[Any]]:
        exprs: list[str] = []
        params: list[Any] = []
        for column in self.columns:
            if column in self.offsets:
                exprs.append(f"{column} + ?")
                params.append(k * offsets[self.offsets[column]])
            elif column in self.suffixed:
                exprs.append(f"{column} || ?")
                params.append(f"~{k}")
            else:
                exprs.append(column)
        sql = (db.insert_prefix(self.name, self.columns) + f"SELECT {', '.join(exprs)} "
               f"FROM {self.name} WHERE {self.key} BETWEEN ? AND ?")
        return sql, params


def plan(db: _Db) -> list[_Table]:
    """``articles`` and every table that references it, with the columns to change."""
    fks = db.foreign_keys()
    article = _Table(ARTICLES, db.columns(ARTICLES), "num")
    article.offsets["num"] = ARTICLES
    article.suffixed = [c for c in ("id", "near_duplicate_group") if c in article.columns]
    tables = [article]
    for table, column, ref, _ref_column in sorted(fks):
        if ref == ARTICLES and table != ARTICLES:
            child = _Table(table, db.columns(table), column)
            child.offsets[column] = ARTICLES
            own = db.integer_key(table)
            if own:
                child.offsets[own] = table  # quotes.id
            tables.append(child)
    copied = {t.name for t in tables}
    keyed = {t.name for t in tables if t.name in t.offsets.values() and t.name != ARTICLES}
    for table, column, ref, _ in fks:
        if ref in keyed:
            if table not in copied:
                raise SystemExit(f"bench.grow: {table}.{column} references {ref}, a table "
                                 "of per-article rows; rows two levels down are not copied")
            next(t for t in tables if t.name == table).offsets[column] = ref
    return tables


# --- SQLite full text -----------------------------------------------------------------


def _fill_terms(db: _SQLite, tables: list[_Table], first: int, last: int) -> dict[str, float]:
    """Analyse the original quotes (and articles, if ``articles_fts`` exists) once into
    temporary tables of FTS5 column text, for the copies' full-text rows."""
    from pressespejl.search.danish import analyze
    from pressespejl.store._index_feed import term_fields

    fts = db.fts_tables()
    seconds: dict[str, float] = {}
    if "quotes_fts" in fts:
        started = time.perf_counter()
        db.q("CREATE TEMP TABLE IF NOT EXISTS grow_quote_terms (article INTEGER, id INTEGER, "
             "body TEXT, parts TEXT, raw TEXT, PRIMARY KEY (article, id)) WITHOUT ROWID")
        db.q("DELETE FROM grow_quote_terms")
        rows = db.conn.execute("SELECT article, id, text FROM quotes WHERE article BETWEEN ? "
                               "AND ? ORDER BY article, id", [first, last])
        while chunk := rows.fetchmany(COPY_CHUNK):
            db.conn.executemany("INSERT INTO grow_quote_terms VALUES (?, ?, ?, ?, ?)",
                                [(a, i, *term_fields(analyze(t))) for a, i, t in chunk])
        seconds["quotes_analyse_s"] = time.perf_counter() - started
        _log(f"analysed the original quotes for quotes_fts in {seconds['quotes_analyse_s']:.0f} s")
    if "articles_fts" in fts:
        started = time.perf_counter()
        db.q("CREATE TEMP TABLE IF NOT EXISTS grow_article_terms (num INTEGER PRIMARY KEY, "
             "title TEXT, body TEXT, parts TEXT, raw TEXT)")
        db.q("DELETE FROM grow_article_terms")
        rows = db.conn.execute("SELECT num, title, text FROM articles WHERE num BETWEEN ? "
                               "AND ? ORDER BY num", [first, last])
        done = 0
        while chunk := rows.fetchmany(2_000):
            out = []
            for num, title, text in chunk:
                # The columns of SQLiteStore._after_article.
                t_terms, t_parts, t_raw = term_fields(analyze(title or ""))
                b_terms, b_parts, b_raw = term_fields(analyze(text))
                out.append((num, t_terms, b_terms, f"{t_parts} {b_parts}".strip(),
                            f"{t_raw} {b_raw}".strip()))
            db.conn.executemany("INSERT INTO grow_article_terms VALUES (?, ?, ?, ?, ?)", out)
            done += len(chunk)
            if done % 20_000 < len(chunk):
                _log(f"  analysed {done:,} articles for articles_fts")
        seconds["articles_analyse_s"] = time.perf_counter() - started
        _log(f"analysed the original articles for articles_fts in "
             f"{seconds['articles_analyse_s']:.0f} s")
    other = fts - {"quotes_fts", "articles_fts"}
    if other:
        _log(f"warning: full-text tables {sorted(other)} are not filled for the copies")
    return seconds


def _fts_inserts(db: _SQLite, k: int, offsets: dict[str, int]) -> list[tuple[str, list[Any]]]:
    fts = db.fts_tables()
    out = []
    if "quotes_fts" in fts:
        out.append(("INSERT INTO quotes_fts (rowid, body, parts, raw) SELECT id + ?, body, "
                    "parts, raw FROM grow_quote_terms WHERE article BETWEEN ? AND ?",
                    [k * offsets["quotes"]]))
    if "articles_fts" in fts:
        out.append(("INSERT INTO articles_fts (rowid, title, body, parts, raw) SELECT num + ?, "
                    "title, body, parts, raw FROM grow_article_terms WHERE num BETWEEN ? AND ?",
                    [k * offsets[ARTICLES]]))
    return out


# --- SQLite -> PostgreSQL -------------------------------------------------------------


SQLITE_DERIVED = ("facet_labels", "compression_dictionaries")
"""SQLite tables that triggers fill from the other rows (schema 12; PostgreSQL has
indexes instead) or that only SQLite's compressed columns need (schema 13): not copied."""


def copy_sqlite_to_postgres(source: Path, url: str) -> dict[str, Any]:
    """Copy every row of a SQLite archive into an empty PostgreSQL archive with COPY.

    The schema is created by ``open_store`` (drop secondary indexes first, for speed).
    Article and quote ``tsv`` come from the same analysis ``PostgresStore`` writes at
    ``add``. Afterwards the counts, the stored archive checksum and the record checksums
    of a sample read back through both stores are compared.
    """
    from pressespejl.search.danish import analyze
    from pressespejl.store.postgres import tsvector_literal

    src = _SQLite(source, readonly=True)
    pg = _Postgres(url)
    counts: dict[str, int] = {}
    started = time.perf_counter()
    try:
        if pg.one("SELECT count(*) FROM articles"):
            raise SystemExit(f"bench.grow: {url} already holds articles")
        pg_tables = set(pg.tables())
        # Parents before children: tables in the order of their foreign keys.
        fks = src.foreign_keys()
        order: list[str] = []
        pending = [t for t in src.tables() if t not in ("schema_version", *SQLITE_DERIVED)]
        while pending:
            ready = [t for t in pending
                     if all(ref in order or ref == t for tt, _, ref, _ in fks if tt == t)]
            if not ready:
                raise SystemExit(f"bench.grow: cyclic foreign keys among {pending}")
            order += ready
            pending = [t for t in pending if t not in ready]
        for table in order:
            if table not in pg_tables:
                raise SystemExit(f"bench.grow: the PostgreSQL schema has no table {table}")
            pg_columns = pg.columns(table)
            columns = [c for c in src.columns(table) if c in pg_columns]
            extra = [c for c in pg_columns if c not in columns]
            computed = {"quotes": ["tsv"]}.get(table, [])
            if table == "meta":
                src_rows = src.q("SELECT count(*) FROM meta WHERE key <> ?", [STATE_KEY])
                if not src_rows.fetchone()[0]:
                    continue
            t0 = time.perf_counter()
            select = f"SELECT {', '.join(columns)} FROM {table}"
            if table == "meta":
                select += f" WHERE key <> '{STATE_KEY}'"
            rows = src.conn.execute(select)
            target_columns = columns + [c for c in computed if c in extra]
            copy_sql = f"COPY {table} ({', '.join(target_columns)}) FROM STDIN"
            n = 0
            while chunk := rows.fetchmany(COPY_CHUNK if not computed else 2_000):
                if table == "quotes":
                    chunk = _quote_texts(src, columns, chunk)
                with pg.transaction(), pg.conn.cursor() as cur, cur.copy(copy_sql) as copy:
                    for row in chunk:
                        if table == "articles":
                            copy.write_row(_plain_article(columns, row))
                        elif table == "quotes" and computed:
                            text = row[columns.index("text")]
                            copy.write_row((*row, tsvector_literal([(analyze(text), "B")])))
                        else:
                            copy.write_row(row)
                n += len(chunk)
                if n % 100_000 < len(chunk) and n >= 100_000:
                    _log(f"  {table}: {n:,} rows ({n / (time.perf_counter() - t0):,.0f}/s)")
            counts[table] = n
            _log(f"copied {table}: {n:,} rows in {time.perf_counter() - t0:.0f} s")
        if "entities" not in src.tables():  # schema 11: in the article rows
            counts.update(_copy_mentions(src, pg))
        counts["article_search"] = _copy_search_table(src, pg)
        pg.reset_sequences()
        for table, n in counts.items():
            found = pg.one(f"SELECT count(*) FROM {table}")
            if table != "meta" and found != n:
                raise SystemExit(f"bench.grow: {table} has {found} rows in PostgreSQL, "
                                 f"{n} in the source")
    finally:
        src.close()
        pg.close()
    seconds = time.perf_counter() - started
    # The source is not opened with the store (that would migrate it): the checksum of
    # its articles table is the same SQL the store runs; the copy's records are read back
    # through the store and checked against the checksums stored with them.
    from pressespejl.store.records import archive_checksum

    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as conn:
        expected = archive_checksum(r[0] for r in conn.execute("SELECT checksum FROM articles"))
    with _open_store(url) as store:
        same = archive_checksum(store.row_checksums("articles")) == expected
        sample = _sample_records(store, 300)
    if not same or not sample:
        raise SystemExit("bench.grow: the PostgreSQL copy differs from its source "
                         f"(archive checksum equal: {same}, sample records equal: {sample})")
    _log(f"copied {source} into PostgreSQL in {seconds:.0f} s; the archive checksum and "
         "300 records read back match")
    return {"seconds": seconds, "rows": counts}


def _plain_article(columns: list[str], row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A SQLite article row as PostgreSQL stores it: text, lemmas, sentences and the
    signature decompressed (store/_compact.py; older plain rows pass unchanged)."""
    from pressespejl.store import _compact

    decode = {"text": _compact.unpack_text, "lemmas": _compact.unpack_text,
              "sentences": lambda v: json.dumps([list(p) for p in _compact.unpack_sentences(v)]),
              "signature": _compact.unpack_signature}
    return tuple(decode[c](v) if c in decode and v is not None else v
                 for c, v in zip(columns, row, strict=True))


def _quote_texts(src: _SQLite, columns: list[str], rows: list[Any]) -> list[Any]:
    """Quote rows with their text: SQLite keeps '' for a quote that is exactly its span
    of the article text (schema 11); PostgreSQL keeps every text."""
    from pressespejl.store._compact import unpack_text

    t, a, s, e = (columns.index(c) for c in ("text", "article", "start_char", "end_char"))
    nums = sorted({row[a] for row in rows if row[t] == ""})
    texts = {}
    for i in range(0, len(nums), 500):
        part = nums[i:i + 500]
        texts.update((num, unpack_text(text)) for num, text in src.q(
            f"SELECT num, text FROM articles WHERE num IN ({', '.join('?' for _ in part)})",
            part))
    return [row if row[t] != "" else
            (*row[:t], texts[row[a]][row[s]:row[e]], *row[t + 1:]) for row in rows]


def _copy_mentions(src: _SQLite, pg: _Postgres) -> dict[str, int]:
    """PostgreSQL's entities and time_expressions rows from the compact columns of a
    SQLite article row (schema 11, store/_compact.py)."""
    from pressespejl.search.danish import name_key
    from pressespejl.store._compact import unpack_entities, unpack_text, unpack_times

    t0 = time.perf_counter()
    counts = {"entities": 0, "time_expressions": 0}
    rows = src.conn.execute("SELECT num, text, entities, time_expressions FROM articles")
    while chunk := rows.fetchmany(2_000):
        texts = {num: unpack_text(stored) for num, stored, _, _ in chunk}  # once per article
        with pg.transaction(), pg.conn.cursor() as cur:
            with cur.copy("COPY entities (article, position, text, label, start_char, "
                          "end_char, canonical, canonical_key, form) FROM STDIN") as copy:
                for num, _, entities, _ in chunk:
                    for i, e in enumerate(unpack_entities(entities, texts[num])):
                        copy.write_row((num, i, e.text, e.label, e.start, e.end, e.canonical,
                                        name_key(e.canonical or e.text), e.form))
                        counts["entities"] += 1
            with cur.copy("COPY time_expressions (article, position, text, start_char, "
                          "end_char, earliest, latest, granularity) FROM STDIN") as copy:
                for num, _, _, times in chunk:
                    for i, t in enumerate(unpack_times(times, texts[num])):
                        copy.write_row((num, i, t.text, t.start, t.end, t.earliest, t.latest,
                                        t.granularity))
                        counts["time_expressions"] += 1
    _log(f"copied entities and time expressions: {counts} in "
         f"{time.perf_counter() - t0:.0f} s")
    return counts


def _copy_search_table(src: _SQLite, pg: _Postgres) -> int:
    """PostgreSQL's narrow search table (schema 8): its month partitions, then every
    article's terms, built as ``PostgresStore.add`` builds them."""
    from pressespejl.search.danish import analyze
    from pressespejl.store._compact import unpack_text
    from pressespejl.store.postgres import next_month, partition_name, tsvector_literal

    t0 = time.perf_counter()
    months = sorted({datetime.fromisoformat(r[0]).date().replace(day=1) for r in src.q(
        "SELECT DISTINCT substr(date_first, 1, 7) || '-01' FROM articles "
        "WHERE date_first IS NOT NULL")})
    for month in months:
        pg.q(f"CREATE TABLE IF NOT EXISTS {partition_name(month)} PARTITION OF article_search "
             f"FOR VALUES FROM ('{month}') TO ('{next_month(month)}')")
    rows = src.conn.execute("SELECT num, date_first, title, text FROM articles ORDER BY num")
    # Schema 10: each row's facet values, read from the rows copied before it.
    facets = "facets" in pg.columns("article_search")
    filter_terms = pg.q("SELECT to_regprocedure('article_filter_terms(bigint)') IS NOT NULL"
                        ).fetchone()[0]
    n = 0
    while chunk := rows.fetchmany(2_000):
        values: dict[int, list[str]] = {}
        if facets:
            values = dict(pg.q("SELECT n, article_facet_keys(n) FROM unnest(?::bigint[]) n",
                               [[r[0] for r in chunk]]))
        # Schema 12: the filter lexemes (no positions) after the terms.
        filters = dict(pg.q("SELECT n, article_filter_terms(n)::text FROM unnest(?::bigint[]) n",
                            [[r[0] for r in chunk]])) if filter_terms else {}
        columns = "num, published, tsv, facets" if facets else "num, published, tsv"
        with pg.transaction(), pg.conn.cursor() as cur, cur.copy(
                f"COPY article_search ({columns}) FROM STDIN") as copy:
            for num, first, title, stored in chunk:
                text = unpack_text(stored)
                tsv = tsvector_literal([(analyze(title or ""), "A"), (analyze(text), "B")],
                                       word_pairs=True)  # schema 12
                tsv = f"{tsv} {filters[num]}" if filters.get(num) else tsv
                row = (num, first or "-infinity", tsv)
                copy.write_row((*row, values[num]) if facets else row)
        n += len(chunk)
    _log(f"copied article_search: {n:,} rows in {time.perf_counter() - t0:.0f} s")
    return n


def _sample_records(store: Any, n: int) -> bool:
    """The first ``n`` records stored, read back, have the checksums stored with them."""
    from itertools import islice

    from pressespejl.store.records import record_checksum

    records = list(islice(store.iter_records(), n))
    ids = [a.id for a, _ in records]
    with store._read() as cur:
        marks = ", ".join("?" for _ in ids)
        cur.execute(store._sql(f"SELECT id, checksum FROM articles WHERE id IN ({marks})"), ids)
        stored = dict(cur.fetchall())
    return bool(records) and all(record_checksum(a, x) == stored[a.id] for a, x in records)


# --- growing --------------------------------------------------------------------------


def _drop_indexes(db: _Db, tables: list[_Table], state: dict[str, Any]) -> None:
    if state.get("dropped_indexes"):
        return
    indexes = db.secondary_indexes([t.name for t in tables])
    state["dropped_indexes"] = indexes
    with db.transaction():
        db.put_state(state)  # first, so a crash after the drops still knows them
        for name, _ in indexes:
            db.q(f"DROP INDEX {name}")
    _log(f"dropped {len(indexes)} secondary indexes until the end: "
         f"{', '.join(n for n, _ in indexes)}")


def _restore_indexes(db: _Db, state: dict[str, Any]) -> float:
    started = time.perf_counter()
    for name, sql in state.get("dropped_indexes", []):
        t = time.perf_counter()
        db.q(re.sub(r"^\s*CREATE\s+INDEX\s+", "CREATE INDEX IF NOT EXISTS ", sql, flags=re.I))
        _log(f"  index {name}: {time.perf_counter() - t:.0f} s")
    state["dropped_indexes"] = []
    db.put_state(state)
    return time.perf_counter() - started


def _start(db: _Db, tables: list[_Table], copies: int) -> dict[str, Any]:
    """The plan kept in ``meta``: the originals' key range and the key offsets."""
    first = db.one("SELECT min(num) FROM articles")
    last = db.one("SELECT max(num) FROM articles")
    if first is None:
        raise SystemExit("bench.grow: the archive holds no articles")
    offsets = {ARTICLES: int(last)}
    for t in tables:
        for ref in t.offsets.values():
            if ref not in offsets:
                offsets[ref] = int(db.one(f"SELECT coalesce(max({db.integer_key(ref)}), 0) "
                                          f"FROM {ref}"))
    return {"copies": copies, "first": int(first), "last": int(last),
            "articles": int(db.one("SELECT count(*) FROM articles")), "offsets": offsets,
            "counters_scaled": False, "done": False}


def grow(url: str | Path, copies: int, batch: int = BATCH) -> dict[str, Any]:
    """Grow the archive at ``url`` in place to ``copies`` times its articles."""
    if copies < 1:
        raise SystemExit("bench.grow: --copies must be at least 1")
    db = _connect(url)
    result: dict[str, Any] = {}
    try:
        tables = plan(db)
        state = db.get_state() or {}
        if state.get("copying"):
            raise SystemExit(f"bench.grow: the copy into {url} did not finish; drop the "
                             "database and start again")
        if "first" not in state:
            state.update(_start(db, tables, copies))
            with db.transaction():
                db.put_state(state)
        elif state["copies"] != copies:
            raise SystemExit(f"bench.grow: {url} was grown (or is being grown) with --copies "
                             f"{state['copies']}; give the same number to go on")
        if state["done"]:
            _log(f"{url} is already grown x{copies}")
            return {"already_done": True}
        first, last, offsets = state["first"], state["last"], state["offsets"]
        result["articles_before"] = state["articles"]
        result["tables"] = [t.name for t in tables]
        _drop_indexes(db, tables, state)
        ranges = [(lo, min(lo + batch - 1, last)) for lo in range(first, last + 1, batch)]
        todo = [(k, lo, hi) for k in range(1, copies) for lo, hi in ranges
                if db.one("SELECT 1 FROM articles WHERE num BETWEEN ? AND ? LIMIT 1",
                          [lo + k * offsets[ARTICLES], hi + k * offsets[ARTICLES]]) is None]
        if todo and isinstance(db, _SQLite):
            result.update(_fill_terms(db, tables, first, last))
        started = time.perf_counter()
        done_rows = 0
        for i, (k, lo, hi) in enumerate(todo, start=1):
            with db.transaction():
                for table in tables:
                    sql, params = table.insert_sql(db, k, offsets)
                    db.q(sql, [*params, lo, hi])
                if isinstance(db, _SQLite):
                    for sql, params in _fts_inserts(db, k, offsets):
                        db.q(sql, [*params, lo, hi])
            done_rows += hi - lo + 1
            elapsed = time.perf_counter() - started
            if i % max(1, len(ranges) // 4) == 0 or i == len(todo):
                _log(f"copy {k}/{copies - 1}, originals {lo:,}-{hi:,}: {i}/{len(todo)} batches, "
                     f"{done_rows / elapsed:,.0f} article copies/s, {elapsed:.0f} s")
        result["grow_s"] = time.perf_counter() - started
        _log(f"wrote {len(todo)} batches in {result['grow_s']:.0f} s; creating indexes")
        result["reindex_s"] = _restore_indexes(db, state)
        with db.transaction():
            if not state["counters_scaled"]:
                # Each copy names the same entities and holds the same office evidence.
                db.q("UPDATE archive_entities SET mentions = mentions * ?, "
                     "articles = articles * ?", [copies, copies])
                db.q("UPDATE office_holdings SET evidence = evidence * ? "
                     "WHERE source = 'archive'", [copies])
                state["counters_scaled"] = True
            state["done"] = True
            db.put_state(state)
        if isinstance(db, _Postgres) and db.one("SELECT to_regproc('facet_counts_rebuild')"):
            # The facet counts cache (schema 11) is kept by a trigger, which the copy
            # and the grow ran without (session_replication_role = replica).
            t = time.perf_counter()
            entries = db.one("SELECT facet_counts_rebuild()")
            result["facet_counts_s"] = time.perf_counter() - t
            _log(f"facet counts: {entries:,} values counted in {result['facet_counts_s']:.0f} s")
        if isinstance(db, _Postgres) and db.one("SELECT to_regproc('facet_query_counts_rebuild')"):
            # Likewise the counts of the cached facet queries (schema 14), if any.
            t = time.perf_counter()
            rows = db.one("SELECT facet_query_counts_rebuild()")
            result["facet_query_counts_s"] = time.perf_counter() - t
            _log(f"facet query counts: {rows:,} rows in {result['facet_query_counts_s']:.0f} s")
        started = time.perf_counter()
        if isinstance(db, _Postgres):
            db.reset_sequences()
            db.q("VACUUM (ANALYZE)")
            result["vacuum_analyze_s"] = time.perf_counter() - started
        else:
            if db.one("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"):
                db.q("ANALYZE")
            db.q("PRAGMA wal_checkpoint(TRUNCATE)")
            result["checkpoint_s"] = time.perf_counter() - started
        result["articles_after"] = int(db.one("SELECT count(*) FROM articles"))
    finally:
        db.close()
    return result


def _size_beside(path: Path) -> float:
    """MiB of everything beside a SQLite file whose name starts with its stem (the file,
    -wal/-shm, an index directory next to it)."""
    total = 0
    for p in path.parent.iterdir():
        if p.name.startswith(path.stem):
            total += (sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
                      if p.is_dir() else p.stat().st_size)
    return total / 2**20


def _finish(url: str | Path) -> dict[str, Any]:
    """Open the grown archive with the store: optimize, sync the index, stats, checksum."""
    out: dict[str, Any] = {}
    started = time.perf_counter()
    store = _open_store(url)
    out["open_s"] = time.perf_counter() - started
    try:
        if hasattr(store, "sync_index"):
            # The SQLite store's tantivy article index, built (or caught up) from the rows.
            _log("store.sync_index ...")
            t = time.perf_counter()
            out["sync_index_articles"] = store.sync_index()
            out["sync_index_s"] = time.perf_counter() - t
            _log(f"store.sync_index: {out['sync_index_articles']:,} articles indexed in "
                 f"{out['sync_index_s']:.1f} s")
        if not is_postgres(url):
            t = time.perf_counter()
            store.optimize()  # merges the full-text segments, as the bench build does
            out["optimize_s"] = time.perf_counter() - t
            _log(f"store.optimize: {out['optimize_s']:.1f} s")
        t = time.perf_counter()
        out["stats"] = store.stats()
        out["checksum"] = store.checksum()
        out["stats_checksum_s"] = time.perf_counter() - t
    finally:
        store.close()
    return out


def _target_name(source: str, copies: int, articles: int, workdir: Path,
                 nominal: int | None) -> Path:
    """``search-{seed}-{N}.sqlite`` in ``workdir``: the file ``python -m bench --only search
    --search-articles N --workdir DIR --reuse-index`` queries."""
    match = re.search(r"search-(\d+)-(\d+)\.sqlite$", source)
    seed = int(match.group(1)) if match else 0
    if nominal is None:
        nominal = int(match.group(2)) * copies if match else articles * copies
    return workdir / f"search-{seed}-{nominal}.sqlite"


def _copy_sqlite(source: Path, target: Path) -> float:
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst, pages=16_384)
    finally:
        dst.close()
        src.close()
    return time.perf_counter() - started


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.grow",
        description="Grow a benchmark archive to N times its articles by replicating rows "
                    "in SQL (see bench/README.md).")
    parser.add_argument("source", help="SQLite archive path or postgresql:// URL")
    parser.add_argument("--copies", type=int, required=True,
                        help="articles after = copies x articles before (10: 100k -> 1M)")
    parser.add_argument("--to", default=None,
                        help="grow a copy here instead of SOURCE in place: a SQLite path (the "
                             "file is copied first) or, for a SQLite SOURCE, an empty "
                             "postgresql:// database (rows copied over with COPY)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="SQLite: write the copy as DIR/search-SEED-N.sqlite, the file "
                             "`python -m bench --only search --search-articles N --workdir "
                             "DIR --reuse-index` queries (SEED and N from SOURCE's name, or "
                             "--search-articles)")
    parser.add_argument("--search-articles", type=int, default=None,
                        help="the N in the --workdir file name (default: copies x the N in "
                             "SOURCE's name)")
    parser.add_argument("--batch", type=int, default=BATCH,
                        help=f"original articles per transaction (default {BATCH:,})")
    parser.add_argument("--json", type=Path, default=None, help="also write the summary here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    source = args.source
    summary: dict[str, Any] = {"date": datetime.now().isoformat(timespec="seconds"),
                               "source": source, "copies": args.copies}
    target: str | Path = source
    if args.workdir is not None:
        if is_postgres(source) or args.to:
            print("--workdir is for a SQLite source without --to", file=sys.stderr)
            return 2
        with sqlite3.connect(f"file:{_sqlite_path(source)}?mode=ro", uri=True) as c:
            n = c.execute("SELECT count(*) FROM articles").fetchone()[0]
        target = _target_name(str(source), args.copies, n, args.workdir, args.search_articles)
    elif args.to:
        target = args.to
    summary["target"] = str(target)
    summary["backend"] = "postgresql" if is_postgres(target) else "sqlite"
    if str(target) != str(source):
        if is_postgres(source):
            print("a PostgreSQL source is grown in place (copy the database first with "
                  "createdb -T SOURCE_DB NEW_DB)", file=sys.stderr)
            return 2
        src_path = _sqlite_path(source)
        if is_postgres(target):
            _open_store(target).close()  # creates or migrates the schema
            db = _connect(target)
            try:
                state = db.get_state()
                if state is None:
                    if db.one("SELECT count(*) FROM articles"):
                        print(f"{target} already holds articles; --to needs an empty "
                              "database (or give it as SOURCE to grow it in place)",
                              file=sys.stderr)
                        return 2
                    state = {"copying": True}
                    _drop_indexes(db, plan(db), state)
            finally:
                db.close()
            if state.get("copying"):
                _log(f"copying {src_path} into {target}")
                summary["copy_in"] = copy_sqlite_to_postgres(src_path, str(target))
                db = _connect(target)
                try:
                    state["copying"] = False
                    with db.transaction():
                        db.put_state(state)
                finally:
                    db.close()
        else:
            target = _sqlite_path(target)
            if target.exists():
                with sqlite3.connect(target) as c:
                    has_state = c.execute("SELECT 1 FROM meta WHERE key = ?",
                                          [STATE_KEY]).fetchone()
                if not has_state:
                    print(f"{target} exists; remove it, or grow it in place by giving it "
                          "as SOURCE", file=sys.stderr)
                    return 2
            else:
                _log(f"copying {src_path} to {target}")
                summary["copy_s"] = _copy_sqlite(src_path, target)
                _log(f"copied in {summary['copy_s']:.0f} s")
    t = time.perf_counter()
    # The store migrates the archive (and may build its index) before the rows are copied.
    _open_store(target).close()
    summary["first_open_s"] = time.perf_counter() - t
    _log(f"opened {target} with the store in {summary['first_open_s']:.1f} s; growing "
         f"x{args.copies}")
    summary["grow"] = grow(target, args.copies, args.batch)
    summary["finish"] = _finish(target)
    summary["articles_before"] = summary["grow"].get("articles_before")
    summary["articles_after"] = summary["finish"]["stats"]["articles"]
    if is_postgres(target):
        pg = _Postgres(str(target))
        try:
            summary["size_mib"] = pg.size_mib()
        finally:
            pg.close()
    else:
        path = Path(target)
        summary["size_mib"] = _sqlite_size_mib(path)
        summary["size_beside_mib"] = _size_beside(path)
    summary["seconds"] = time.perf_counter() - started
    text = json.dumps(summary, indent=2, default=str)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
