"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import contextlib
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.cli import openapi_text
from caseworker_desktop.server.database import MIGRATIONS, Database, current_revision, head_revision, upgrade
from caseworker_desktop.server.models import Base
from tests.server.conftest import _postgres
from tests.server.server_support import Server

OPENAPI = Path(__file__).resolve().parents[2] / "src" / "caseworker_desktop" / "server" / "openapi.json"


def test_no_difference_between_migrations_and_models(server: Server) -> None:
    assert current_revision(server.database.engine) == head_revision()
    with server.database.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_the_committed_openapi_schema_matches_the_code() -> None:
    with TestClient(create_app("sqlite://")) as client:
        served = client.get("/openapi.json").json()
    committed = json.loads(OPENAPI.read_text(encoding="utf-8"))
    assert served == committed, (
        "src/caseworker_desktop/server/openapi.json is out of date; regenerate it with\n"
        "    python -m caseworker_desktop.server.cli openapi --out src/caseworker_desktop/server/openapi.json"
    )
    assert OPENAPI.read_text(encoding="utf-8") == openapi_text()


@contextlib.contextmanager
def _fresh_database(database_url: str) -> Iterator[Database]:
    """An empty database of the same kind as `database_url`, gone afterwards."""
    with contextlib.ExitStack() as stack:
        if database_url.startswith("postgresql"):
            url = stack.enter_context(contextlib.contextmanager(_postgres)())
        else:
            url = f"sqlite:///{stack.enter_context(tempfile.TemporaryDirectory())}/server.db"
        database = Database(url)
        try:
            yield database
        finally:
            database.dispose()


def test_the_push_function_comes_and_goes_with_its_migration(database_url: str) -> None:
    """0002 adds cw_push on PostgreSQL and takes it away again; on SQLite it changes nothing."""
    with _fresh_database(database_url) as database:
        engine = database.engine
        on_postgresql = engine.dialect.name == "postgresql"
        upgrade(engine)
        assert _has_push_function(engine) == on_postgresql
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        assert current_revision(engine) == "0001" and not _has_push_function(engine)
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert _has_push_function(engine) == on_postgresql


def _has_push_function(engine: Engine) -> bool:
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT count(*) FROM pg_proc WHERE proname = 'cw_push'").scalar_one()
    return bool(found)
