"""Bring the schema to the current Alembic head, with a backup before touching existing data."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from caseworker_desktop.store.engine import checkpoint
from caseworker_desktop.store.files import FILE_MODE, ensure_private_dir

MIGRATIONS = Path(__file__).parent / "migrations"


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


def backup(engine: Engine, db_path: Path, backups: Path, label: str) -> Path:
    """Copy the (still encrypted) file after folding the WAL into it."""
    checkpoint(engine)
    ensure_private_dir(backups)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{db_path.stem}-{label}-{stamp}.db"
    shutil.copyfile(db_path, target)
    target.chmod(FILE_MODE)
    return target


def upgrade(engine: Engine, db_path: Path, backups: Path) -> Path | None:
    """Migrate to head. Returns the backup made, if the file already held a schema."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    made = backup(engine, db_path, backups, current) if current is not None else None
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return made
