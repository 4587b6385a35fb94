"""Opening the SQLCipher file through SQLAlchemy with a raw 256-bit key."""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from caseworker_desktop.store.files import create_private_file

# Enough page cache that the caseload of a large profile is read (and decrypted) once.
_CACHE_KIB = 65536
# Connections kept open: the GUI thread, the caseload, agenda and team readers, the sync worker.
# More may open for a moment; they are closed when given back.
_POOL_SIZE = 6
_POOL_OVERFLOW = 10
WAL_CHECKPOINT_PAGES = 1000  # SQLite's own threshold for folding the log into the file


class WrongKey(Exception):
    """The file does not open with this key (or is not a database)."""


class StoreClosed(Exception):
    """The key buffer was wiped (the profile was locked): no new connection may open."""


def _pragmas(conn: Any, key: bytes) -> None:
    cursor = conn.cursor()
    # A hex blob literal makes SQLCipher use the key as is, skipping its own PBKDF2.
    cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        cursor.execute("SELECT count(*) FROM sqlite_master")
    except sqlcipher3.dbapi2.DatabaseError as exc:
        raise WrongKey from exc
    cursor.execute("PRAGMA temp_store = MEMORY")  # sort spills and temp tables never touch disk
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # The caseload loads on a worker thread; a writer on the GUI thread waits instead of failing.
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    cursor.close()


def open_engine(path: Path, key: bytes | bytearray) -> Engine:
    """Open the file with `key`. A bytearray is held by reference: wiping it to zeros (as
    OpenStore.close() does) makes every later connection attempt raise StoreClosed."""
    if not path.exists():
        create_private_file(path)
    secret = key if isinstance(key, bytearray) else bytearray(key)

    def connect() -> Any:
        if not any(secret):
            raise StoreClosed
        conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False)
        try:
            _pragmas(conn, bytes(secret))
        except Exception:
            conn.close()
            raise
        return conn

    # The pool is chosen here, not left to the URL: for "sqlite://" SQLAlchemy takes a pool of one
    # connection per thread that keeps at most five and, when a sixth thread connects, closes
    # another thread's connection, even mid-query ("Cannot operate on a closed database"). The app's
    # reader and sync threads come and go, so that happened. Connections are handed out most recently
    # returned first, so the one with the warm page cache is used again.
    engine = create_engine(
        "sqlite://",
        creator=connect,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=_POOL_SIZE,
        max_overflow=_POOL_OVERFLOW,
        pool_use_lifo=True,
    )
    threshold = _WalThreshold()
    _THRESHOLDS[engine] = threshold

    @event.listens_for(engine, "checkout")
    def _wal_threshold(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        # The threshold is per connection; each takes the engine's current one as it is handed out.
        pages = threshold.pages
        if record.info.get("wal_checkpoint_pages") != pages:
            cursor = dbapi_conn.cursor()
            cursor.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
            cursor.close()
            record.info["wal_checkpoint_pages"] = pages

    # pysqlite's own transaction handling defers BEGIN; SQLAlchemy's recipe takes it over so a unit
    # of work is one real transaction.
    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    # Probe once so a wrong key fails here, not on first use.
    with engine.connect():
        pass
    return engine


class _WalThreshold:
    def __init__(self) -> None:
        self.pages = WAL_CHECKPOINT_PAGES


_THRESHOLDS: weakref.WeakKeyDictionary[Engine, _WalThreshold] = weakref.WeakKeyDictionary()


def set_wal_threshold(engine: Engine, pages: int) -> None:
    """Let the write-ahead log grow to `pages` before a commit folds it into the file, on every
    connection from the next time it is handed out (a long sync raises it, then puts it back)."""
    _THRESHOLDS[engine].pages = pages


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before a backup or a lock)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
