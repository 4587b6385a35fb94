"""Migrations: a fresh file starts at head with no backup; an older file is backed up, then upgraded.

The older file is simulated by opening a profile made at today's head with a copy of the migration
scripts that has one more revision (test_next): exactly what a newer release of the app does to it.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from caseworker_desktop.store import migrate
from caseworker_desktop.store.engine import open_engine
from caseworker_desktop.store.models import Base, Partner
from caseworker_desktop.store.profile import OpenStore, Profile
from tests.store.store_support import ACTOR, PASSPHRASE

NEXT_REVISION = '''"""Test-only revision: one more table.

Revision ID: test_next
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "test_next"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_only_added", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_only_added")
'''


@pytest.fixture
def newer_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call to switch the app over to migration scripts with one test revision on top of today's."""
    scripts = tmp_path / "migrations-next"
    shutil.copytree(migrate.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (scripts / "versions" / "9999_test_only.py").write_text(
        NEXT_REVISION.replace("{head}", migrate.head_revision())
    )

    def switch() -> None:
        monkeypatch.setattr(migrate, "MIGRATIONS", scripts)

    return switch


def backups_of(profile_dir: Path) -> list[Path]:
    folder = profile_dir / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_a_fresh_profile_is_at_head_without_a_backup(store: OpenStore, profile_dir: Path) -> None:
    head = migrate.head_revision()
    assert migrate.current_revision(store.engine) == head
    assert head == sorted(p.name for p in (migrate.MIGRATIONS / "versions").glob("0*.py"))[-1][:4]
    assert backups_of(profile_dir) == []


def test_opening_again_at_head_makes_no_backup(
    make_profile: Callable[[], Profile], store: OpenStore, profile_dir: Path
) -> None:
    store.close()
    for _ in range(2):
        make_profile().unlock(PASSPHRASE).close()
    assert backups_of(profile_dir) == []


def test_upgrade_at_head_returns_none(store: OpenStore, profile_dir: Path) -> None:
    assert migrate.upgrade(store.engine, store.db_path, profile_dir / "backups") is None
    assert backups_of(profile_dir) == []


def test_schema_matches_the_models(store: OpenStore) -> None:
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_an_older_file_is_backed_up_then_upgraded(
    make_profile: Callable[[], Profile],
    store: OpenStore,
    profile_dir: Path,
    newer_release: Callable[[], None],
) -> None:
    with store.unit_of_work(ACTOR) as uow:
        uow.add(Partner(partner_kind="shm", name="Woonpunt Zennevallei"))
    key = store.key_copy()
    old_head = migrate.head_revision()
    store.close()

    newer_release()
    assert migrate.head_revision() == "test_next"
    upgraded = make_profile().unlock(PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == "test_next"
        with upgraded.engine.connect() as conn:
            assert "test_only_added" in inspect(conn).get_table_names()
        with upgraded.unit_of_work(ACTOR) as uow:
            assert list(uow.session.scalars(select(Partner.name))) == ["Woonpunt Zennevallei"]
    finally:
        upgraded.close()

    [backup] = backups_of(profile_dir)
    assert backup.name.startswith(f"caseworker-{old_head}-") and backup.suffix == ".db"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700

    # The backup is still encrypted, holds the data, and is at the old revision.
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    plain = sqlite3.connect(backup)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("select * from sqlite_master").fetchall()
    finally:
        plain.close()
    engine = open_engine(backup, key)
    try:
        assert migrate.current_revision(engine) == old_head
        with engine.connect() as conn:
            assert "test_only_added" not in inspect(conn).get_table_names()
            assert conn.execute(select(Partner.name)).scalars().all() == ["Woonpunt Zennevallei"]
    finally:
        engine.dispose()

    # Opening the upgraded file again makes no second backup.
    make_profile().unlock(PASSPHRASE).close()
    assert len(backups_of(profile_dir)) == 1
