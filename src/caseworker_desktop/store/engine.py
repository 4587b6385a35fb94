"""Opening the SQLCipher file through SQLAlchemy with a raw 256-bit key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from caseworker_desktop.store.files import create_private_file

# Enough page cache that the caseload of a large profile is read (and decrypted) once.
_CACHE_KIB = 65536


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

    engine = create_engine("sqlite://", creator=connect, module=sqlcipher3.dbapi2)

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


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before a backup or a lock)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
