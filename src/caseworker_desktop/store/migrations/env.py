"""Alembic environment: always run on a connection handed over by store.migrate."""

from alembic import context

from caseworker_desktop.store import models_agreement, models_sync, models_trajectory  # noqa: F401  (registers tables)
from caseworker_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
