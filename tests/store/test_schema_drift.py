"""The migrations build exactly the schema the models describe (columns, indexes, partial indexes)."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from caseworker_desktop.store import models_agreement, models_sync, models_trajectory  # noqa: F401  (registers tables)
from caseworker_desktop.store.models import Base
from caseworker_desktop.store.profile import OpenStore


def test_no_difference_between_migrations_and_models(store: OpenStore) -> None:
    with store.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []
