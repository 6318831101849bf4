"""Bulk writers for the generator: psycopg COPY on PostgreSQL, executemany batches on SQLite.

Rows are tuples of plain values every backend reads the same way: str, int (booleans as 1/0), None,
dates as 'YYYY-MM-DD', UTC timestamps as 'YYYY-MM-DD HH:MM:SS.ffffff' (the PostgreSQL session runs in
UTC; on SQLite that is exactly the text SQLAlchemy stores), JSON as text.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Table

from app.db import Database
from app.models.base import Base

Row = tuple[Any, ...]


class Columns:
    """The columns one insert writes, completed with the model's scalar defaults for any it leaves out.

    The generator names the columns it fills; a NOT NULL column added to a model later with a scalar
    default (a flag, a counter) is filled with that default, so the generator does not rot silently.
    """

    def __init__(self, table: str, names: Sequence[str]) -> None:
        self.table: Table = Base.metadata.tables[table]
        self.names = list(names)
        missing = [c.name for c in self.table.columns if c.name not in self.names]
        extras: list[Any] = []
        for name in missing:
            col = self.table.columns[name]
            if col.nullable or (col.primary_key and col.autoincrement in (True, "auto")):
                continue
            default = col.default
            if default is not None and default.is_scalar:
                value = default.arg
                extras.append(int(value) if isinstance(value, bool) else value)
            elif default is not None and default.is_callable:
                extras.append(_now_text())
            else:
                raise RuntimeError(f"bench generator: {table}.{name} is NOT NULL without a default; fill it")
            self.names.append(name)
        self.extras: Row = tuple(extras)

    def complete(self, rows: Iterable[Row]) -> Iterable[Row]:
        if not self.extras:
            return rows
        extras = self.extras
        return (r + extras for r in rows)


def _now_text() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class Sink:
    """Writes batches of rows into tables inside one long transaction per phase."""

    dialect = ""

    def write(self, cols: Columns, rows: Sequence[Row]) -> None:
        raise NotImplementedError

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        raise NotImplementedError

    def update_column(self, table: str, column: str, pairs: Sequence[tuple[int, Any]]) -> None:
        """Set ``column`` of the rows with the given ids: pairs of (id, value)."""
        raise NotImplementedError

    def commit(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class PostgresSink(Sink):
    """COPY … FROM STDIN through psycopg 3, foreign-key triggers off for the load (superuser only).

    The COPYs run in a writer thread: ``write`` hands the batch over and returns, so the generator makes
    the next batch while the server (another process, on the other core) parses and stores this one —
    the thread waits on the socket with the GIL released. At most ``QUEUED`` batches wait (memory stays
    flat); every other call (``execute``, ``commit`` …) first waits until the written batches are in.
    """

    QUEUED = 2

    dialect = "postgresql"

    def __init__(self, db: Database, *, skip_fk_checks: bool = True) -> None:
        self._raw = db.engine.raw_connection()
        self.conn: Any = self._raw.driver_connection
        self.conn.autocommit = False
        with self.conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
            cur.execute("SET synchronous_commit = off")
            cur.execute("SET maintenance_work_mem = '1GB'")  # the index rebuilds sort in memory
            # the desk's PgTimeouts guard clerks' calls; a load's batches may take longer than 15 s apart
            # on a busy machine (5,000,000 physicians at load 11 did), and an index build longer than 60 s
            cur.execute("SET idle_in_transaction_session_timeout = 0")
            cur.execute("SET statement_timeout = 0")
            cur.execute("SET lock_timeout = 0")
            if skip_fk_checks:
                cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                row = cur.fetchone()
                if row and row[0]:
                    # the generator writes consistent keys; checking a million references one by one
                    # would triple the load time
                    cur.execute("SET session_replication_role = replica")
        self.conn.commit()
        self._queue: queue.Queue[tuple[Columns, Sequence[Row]] | None] = queue.Queue(self.QUEUED)
        self._error: BaseException | None = None
        self._writer = threading.Thread(target=self._write_loop, name="bench-copy", daemon=True)
        self._writer.start()

    def _write_loop(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                if self._error is None:
                    self._copy(*item)
            except BaseException as exc:  # handed to the generator's thread at its next call
                self._error = exc
            finally:
                self._queue.task_done()

    def _flush(self) -> None:
        self._queue.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise RuntimeError("bench generator: a COPY failed") from error

    def write(self, cols: Columns, rows: Sequence[Row]) -> None:
        if self._error is not None:
            self._flush()
        if rows:
            self._queue.put((cols, rows))

    def _copy(self, cols: Columns, rows: Sequence[Row]) -> None:
        names = ", ".join(cols.names)
        with self.conn.cursor() as cur:
            with cur.copy(f"COPY {cols.table.name} ({names}) FROM STDIN") as copy:
                write_row: Callable[[Row], None] = copy.write_row
                for row in cols.complete(rows):
                    write_row(row)

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        self._flush()
        with self.conn.cursor() as cur:
            cur.execute(sql.replace("?", "%s"), params)
            return list(cur.fetchall()) if cur.description else []

    def update_column(self, table: str, column: str, pairs: Sequence[tuple[int, Any]]) -> None:
        if not pairs:
            return
        self._flush()
        with self.conn.cursor() as cur:
            cur.execute("CREATE TEMP TABLE IF NOT EXISTS bench_pairs (id bigint PRIMARY KEY, v bigint)")
            cur.execute("TRUNCATE bench_pairs")
            with cur.copy("COPY bench_pairs (id, v) FROM STDIN") as copy:
                for pair in pairs:
                    copy.write_row(pair)
            cur.execute(f"UPDATE {table} t SET {column} = p.v FROM bench_pairs p WHERE t.id = p.id")
            cur.execute("DROP TABLE bench_pairs")

    def commit(self) -> None:
        self._flush()
        self.conn.commit()

    def close(self) -> None:
        try:
            self._queue.put(None)
            self._writer.join()
            self.conn.rollback()
            with self.conn.cursor() as cur:
                cur.execute("RESET ALL")
            self.conn.commit()
        finally:
            self._raw.close()


class SqliteSink(Sink):
    """executemany batches in one transaction, foreign keys and fsync off for the load."""

    dialect = "sqlite"

    def __init__(self, db: Database) -> None:
        self._raw = db.engine.raw_connection()
        self.conn: Any = self._raw.driver_connection
        self.conn.execute("PRAGMA foreign_keys=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute("PRAGMA cache_size=-512000")
        self.conn.execute("BEGIN")

    def write(self, cols: Columns, rows: Sequence[Row]) -> None:
        if not rows:
            return
        sql = (
            f"INSERT INTO {cols.table.name} ({', '.join(cols.names)}) "
            f"VALUES ({', '.join('?' * len(cols.names))})"
        )
        self.conn.executemany(sql, cols.complete(rows))

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> list[Row]:
        cur = self.conn.execute(sql, params or ())
        return list(cur.fetchall()) if cur.description else []

    def update_column(self, table: str, column: str, pairs: Sequence[tuple[int, Any]]) -> None:
        self.conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", [(v, i) for i, v in pairs])

    def commit(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")

    def close(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
        finally:
            self._raw.close()


def open_sink(db: Database) -> Sink:
    return PostgresSink(db) if db.is_postgres else SqliteSink(db)
