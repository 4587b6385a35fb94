"""Every server test runs twice: on a SQLite file and on a fresh PostgreSQL database.

The PostgreSQL database is made for the test run and dropped after it. Set CWD_TEST_POSTGRES to point
elsewhere; where CREATE DATABASE is not allowed a fresh schema is used instead. Without a reachable
server the PostgreSQL half is skipped, and fails instead when CWD_REQUIRE_POSTGRES is set.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy import URL, make_url

from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.database import Database, upgrade
from tests.server.server_support import Server

POSTGRES_URL = os.environ.get("CWD_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _postgres() -> Iterator[str]:
    base = make_url(POSTGRES_URL)
    try:
        admin = psycopg.connect(_libpq(base), autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        if os.environ.get("CWD_REQUIRE_POSTGRES"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {base.render_as_string()}: {error}")
    name = f"cwd_test_{secrets.token_hex(6)}"
    with admin:
        try:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except psycopg.errors.InsufficientPrivilege:
            admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(name)))
            try:
                yield base.update_query_dict({"options": f"-csearch_path={name}"}).render_as_string(
                    hide_password=False
                )
            finally:
                admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(name)))
            return
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("server") / "server.db"
        yield f"sqlite:///{path}"
    else:
        yield from _postgres()


@pytest.fixture(scope="session")
def server(database_url: str) -> Iterator[Server]:
    """One migrated database per backend; tests keep apart by making their own organisation and team."""
    database = Database(database_url)
    upgrade(database.engine)
    with TestClient(create_app(database_url)) as client:
        yield Server(client, database)
    database.dispose()
