"""The encrypted store against plain SQLite on the same insert/query mix, side by side in one run."""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from caseworker_desktop.services.caseload import CaseloadService
from caseworker_desktop.store.engine import open_engine
from caseworker_desktop.store.migrate import upgrade
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import make_factory
from tests.benchmarks.bulk import fill

ROUNDS = 5
CASES = 20_000


def _plain_engine(path: Path) -> Engine:
    # The same pragmas as the encrypted engine, minus the key.
    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        for pragma in (
            "temp_store = MEMORY",
            "journal_mode = WAL",
            "synchronous = NORMAL",
            "foreign_keys = ON",
            "cache_size = -65536",
        ):
            conn.execute(f"PRAGMA {pragma}")
        return conn

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _no_autobegin(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def _workload(engine: Engine, path: Path) -> float:
    """Migrate, bulk insert, then read the caseload and look cases up: seconds for the whole mix."""
    start = time.perf_counter()
    upgrade(engine, path, path.parent / "backups")
    store = OpenStore(engine, make_factory(engine), path, bytearray(32))
    fill(store, CASES)
    caseload = CaseloadService(store, "bench", lambda: datetime(2026, 11, 24))
    for _ in range(3):
        rows = caseload.rows()
    with engine.connect() as conn:
        for row in rows[:2000]:
            conn.exec_driver_sql("SELECT * FROM case_file WHERE id = ?", (row.id,)).fetchall()
    elapsed = time.perf_counter() - start
    engine.dispose()
    return elapsed


def test_encrypted_store_against_plain_sqlite(tmp_path: Path) -> None:
    key = os.urandom(32)
    plain, encrypted = [], []
    # Interleave so both see the same machine load.
    for n in range(ROUNDS):
        plain_path, encrypted_path = tmp_path / f"plain-{n}.db", tmp_path / f"encrypted-{n}.db"
        plain.append(_workload(_plain_engine(plain_path), plain_path))
        encrypted.append(_workload(open_engine(encrypted_path, key), encrypted_path))
    plain_s, enc_s = statistics.median(plain), statistics.median(encrypted)
    ratio = plain_s / enc_s
    print(
        f"BENCH store mix ({CASES} cases insert + 3 caseload reads + 2000 lookups): plain {plain_s * 1000:.0f} ms, "
        f"SQLCipher {enc_s * 1000:.0f} ms, throughput ratio encrypted/plain {ratio:.2f} (target >= 0.8)"
    )
    assert ratio >= 0.8
