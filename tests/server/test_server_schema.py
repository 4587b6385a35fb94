"""The migrations build exactly the schema the models describe, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient

from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.cli import openapi_text
from caseworker_desktop.server.database import current_revision, head_revision
from caseworker_desktop.server.models import Base
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
