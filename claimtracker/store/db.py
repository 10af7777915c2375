"""The one place that runs SQL.

It binds parameters, turns DuckDB errors into the project's own errors, logs the failing SQL,
and holds a connection only for one unit of work. DuckDB lets one process open a file
read-write and then no other process may open it at all, so every unit of work opens the file,
does its work and closes it, and waits and retries while another process holds the lock.
"""

from __future__ import annotations

import logging
import os
import random
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from claimtracker.config import QUERIES_DIR
from claimtracker.errors import DatabaseBusy, StoreError

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z0-9_]+$")
_LOCK_WORDS = ("lock", "conflicting", "being used by another process", "resource temporarily unavailable")
# Migrations run once per database file per process; the lock keeps two Streamlit threads from
# migrating the same file at once.
_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def _is_lock_error(exc: BaseException) -> bool:
    msg = str(exc).lower()
    return isinstance(exc, duckdb.IOException) and any(w in msg for w in _LOCK_WORDS)


def _short(sql: str) -> str:
    return " ".join(sql.split())[:500]


class Tx:
    """A connection inside one transaction. Only `Database.write()` makes these."""

    def __init__(self, db: Database, con: duckdb.DuckDBPyConnection):
        self._db = db
        self._con = con

    def execute(self, sql: str, params: Sequence | dict | None = None) -> list[tuple]:
        return self._db._run(self._con, sql, params, fetch=True)

    def executemany(self, sql: str, rows: Sequence[Sequence | dict]) -> None:
        if not rows:
            return
        try:
            self._con.executemany(sql, rows)
        except duckdb.Error as exc:
            log.error("SQL failed: %s (%d rows): %s", _short(sql), len(rows), exc)
            raise StoreError(f"the database refused a write: {exc}") from exc

    def insert_df(self, table: str, df: pd.DataFrame, *, on_conflict_do_nothing: bool = False) -> int:
        """Bulk insert a DataFrame whose columns are named after the table's columns; with
        `on_conflict_do_nothing`, rows whose key the table holds already are skipped."""
        if df.empty:
            return 0
        if not _NAME.match(table):
            raise StoreError(f"not a table name: {table!r}")
        cols = ", ".join(df.columns)
        conflict = " on conflict do nothing" if on_conflict_do_nothing else ""
        self.execute_df(f"insert into {table} ({cols}) select {cols} from _df{conflict}", df)
        return len(df)

    def execute_df(self, sql: str, df: pd.DataFrame, params: Sequence | dict | None = None) -> list[tuple]:
        """Run one set-based statement that reads the DataFrame as the table `_df` (an
        `update ... from _df`, an `insert ... select ... from _df on conflict do nothing`)."""
        self._con.register("_df", df)
        try:
            return self._db._run(self._con, sql, params, fetch=True)
        finally:
            try:
                self._con.unregister("_df")
            except duckdb.Error:
                pass  # an aborted transaction refuses even this; the connection closes anyway

    def query(self, name: str, params: dict | None = None) -> pd.DataFrame:
        return self._db._run_df(self._con, self._db.sql(name), params, name)

    def next_ids(self, sequence: str, n: int) -> list[int]:
        """Reserve n ids from a sequence, for bulk inserts that need keys up front."""
        if n <= 0:
            return []
        if not _NAME.match(sequence):
            raise StoreError(f"not a sequence name: {sequence!r}")
        rows = self.execute(f"select nextval('{sequence}') from range(?)", [n])
        return [r[0] for r in rows]


class Database:
    """A DuckDB file with the project's schema, opened briefly for each unit of work."""

    def __init__(self, path: str | os.PathLike, *, busy_timeout: float = 30.0,
                 queries_dir: Path = QUERIES_DIR, migrate: bool = True):
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        self.queries_dir = queries_dir
        self._sql_cache: dict[str, str] = {}
        self._auto_migrate = migrate

    # -- connections -------------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.01
        while True:
            try:
                con = duckdb.connect(str(self.path))
                break
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    log.error("could not open %s: %s", self.path, exc)
                    raise StoreError(f"could not open the database {self.path}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise DatabaseBusy(
                        f"the database {self.path} is busy: another process has held it for "
                        f"{self.busy_timeout:.0f} s; try again when it has finished"
                    ) from exc
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.5)
        try:
            yield con
        finally:
            con.close()

    def _ensure_migrated(self) -> None:
        if not self._auto_migrate:
            return
        key = str(self.path.resolve())
        if key in _migrated:
            return
        with _migrate_lock:
            if key in _migrated:
                return
            from claimtracker.store.migrate import apply_migrations

            with self._connection() as con:
                apply_migrations(self, con)
            _migrated.add(key)

    @contextmanager
    def read(self) -> Iterator[Tx]:
        """A short unit of reading work."""
        self._ensure_migrated()
        with self._connection() as con:
            yield Tx(self, con)

    @contextmanager
    def write(self) -> Iterator[Tx]:
        """A short unit of writing work in one transaction: all of it lands, or none of it."""
        self._ensure_migrated()
        with self._connection() as con:
            self._run(con, "begin transaction", None)
            try:
                yield Tx(self, con)
            except BaseException:
                con.execute("rollback")
                raise
            self._run(con, "commit", None)

    # -- running SQL -------------------------------------------------------------------------

    def sql(self, name: str) -> str:
        """The text of a named query: queries/<name>.sql."""
        if name not in self._sql_cache:
            if not _NAME.match(name):
                raise StoreError(f"not a query name: {name!r}")
            path = self.queries_dir / f"{name}.sql"
            if not path.is_file():
                raise StoreError(f"no such query: {name} (looked for {path})")
            self._sql_cache[name] = path.read_text(encoding="utf-8")
        return self._sql_cache[name]

    def _run(self, con, sql: str, params, *, fetch: bool = False, name: str | None = None):
        try:
            cur = con.execute(sql, params) if params is not None else con.execute(sql)
            return cur.fetchall() if fetch else None
        except duckdb.Error as exc:
            log.error("SQL failed%s: %s params=%r: %s", f" ({name})" if name else "", _short(sql), params, exc)
            raise StoreError(f"the database refused {'query ' + name if name else 'a statement'}: {exc}") from exc

    def _run_df(self, con, sql: str, params, name: str | None = None) -> pd.DataFrame:
        try:
            cur = con.execute(sql, params) if params is not None else con.execute(sql)
            return cur.df()
        except duckdb.Error as exc:
            log.error("SQL failed%s: %s params=%r: %s", f" ({name})" if name else "", _short(sql), params, exc)
            raise StoreError(f"the database refused {'query ' + name if name else 'a query'}: {exc}") from exc

    def query(self, name: str, params: dict | None = None) -> pd.DataFrame:
        """Run the named read query queries/<name>.sql with bound parameters; a DataFrame back."""
        sql = self.sql(name)
        with self.read() as tx:
            return self._run_df(tx._con, sql, params, name)

    def query_records(self, name: str, params: dict | None = None) -> list[dict[str, Any]]:
        df = self.query(name, params)
        return df.astype(object).where(df.notna(), None).to_dict("records")

    def scalar(self, sql: str, params: Sequence | dict | None = None) -> Any:
        with self.read() as tx:
            rows = tx.execute(sql, params)
        return rows[0][0] if rows else None


def utcnow() -> datetime:
    """Naive UTC, the form every `<event>_at` column holds."""
    return datetime.now(UTC).replace(tzinfo=None)
