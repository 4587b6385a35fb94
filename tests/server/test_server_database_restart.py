"""The server's pool after PostgreSQL drops its connections (a restart, a failover): the first
request to meet a dropped connection fails, and the whole pool is renewed for the ones after it.
The pool does not ping before each use (a round trip per request), so this is what is relied on."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import make_url, text

from caseworker_desktop.server.database import make_engine

POOLED = 5


def test_dropped_connections_fail_one_request_then_the_pool_is_renewed(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("a SQLite file has no server to restart")
    engine = make_engine(database_url)
    try:
        held = [engine.connect() for _ in range(POOLED)]
        pids = [conn.execute(text("SELECT pg_backend_pid()")).scalar_one() for conn in held]
        for conn in held:
            conn.close()  # back into the pool, open
        libpq = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(libpq, autocommit=True) as admin:
            for pid in pids:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

        failures = 0
        for _ in range(POOLED):
            try:
                with engine.connect() as conn:
                    assert conn.execute(text("SELECT 1")).scalar_one() == 1
            except Exception:
                failures += 1
        assert failures <= 1
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() not in pids
    finally:
        engine.dispose()
