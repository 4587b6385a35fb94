"""Engines, transactions and migrations, for SQLite (the default, one file) and PostgreSQL (production)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DATABASE_URL = "sqlite:///./caseworker-server.db"
MIGRATIONS = Path(__file__).parent / "migrations"
_READ_ONLY = "cwd_read_only"
# Any fixed number: two servers starting at once against one PostgreSQL must not both migrate.
_MIGRATION_LOCK = 0x43574453
_POOL_SIZE = 50


class UnsupportedDatabase(ValueError):
    pass


def normalise_url(url: str) -> URL:
    parsed = make_url(url)
    # Plain postgresql:// would pick psycopg2, which is not a dependency; psycopg 3 is.
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise UnsupportedDatabase(f"unsupported database {parsed.get_backend_name()!r}")
    return parsed


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite would open its transactions lazily and DEFERRED; the begin hook below decides instead.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers do not wait for the one writer
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # IMMEDIATE takes the write lock up front, so a read-then-write transaction (compare-and-swap,
    # seq allocation) cannot interleave with another writer: SQLite's answer to SELECT ... FOR UPDATE.
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(_READ_ONLY) else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # A connection for every request that may be under way at once (a team syncing together): a
    # smaller pool closes the extras after each request and opens new ones for the next, and a new
    # connection costs a server process on PostgreSQL and loses its prepared statements. No ping
    # before each use: it is a round trip on every request, and without it a database restart fails
    # only the requests then under way, since the first disconnect seen renews the whole pool
    # (tests/server/test_server_database_restart.py). A laptop whose sync failed tries again later.
    return create_engine(parsed, pool_size=_POOL_SIZE, max_overflow=10)


class Database:
    """One engine and the two kinds of transaction the routes need."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self.engine.execution_options(**{_READ_ONLY: True}))

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def session(self, *, write: bool) -> Session:
        return self._writer() if write else self._reader()

    def dispose(self) -> None:
        self.engine.dispose()


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration; a no-op when it is there already."""
    config = _config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
