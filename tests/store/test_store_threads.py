"""The store from many threads at once, as the app uses it: the GUI thread, the caseload, agenda
and team readers, the sync worker, each holding a connection while the others come and go."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from caseworker_desktop.store.engine import set_wal_threshold
from caseworker_desktop.store.models import AuditEntry
from caseworker_desktop.store.profile import OpenStore

THREADS = 12  # more than any pool of one connection per thread keeps


def test_no_thread_loses_its_connection_while_others_connect(store: OpenStore) -> None:
    """Every thread opens a read, waits until all the others hold one too, and reads again on the
    same connection: a pool that closes another thread's connection to make room fails here."""
    everyone = threading.Barrier(THREADS)

    def read_twice(_n: int) -> int:
        with store.unit_of_work("reader") as uow:
            first = uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            everyone.wait(timeout=30)
            second = uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            return first + second

    with ThreadPoolExecutor(THREADS) as pool:
        counts = list(pool.map(read_twice, range(THREADS)))
    assert len(counts) == THREADS


def test_a_raised_wal_threshold_reaches_every_connection_and_goes_back(store: OpenStore) -> None:
    def threshold() -> int:
        with store.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar_one())

    assert threshold() == 1000
    set_wal_threshold(store.engine, 10_000)
    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(lambda _n: threshold(), range(8))) == {10_000}
    set_wal_threshold(store.engine, 1000)
    assert threshold() == 1000
