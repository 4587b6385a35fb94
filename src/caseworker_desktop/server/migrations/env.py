"""Alembic environment: always runs on a connection handed over by server.database.upgrade."""

from alembic import context

from caseworker_desktop.server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `caseworker-server migrate --database URL`")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
