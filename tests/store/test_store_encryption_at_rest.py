"""What an attacker with the laptop's disk sees: an unreadable file, owner-only rights, real Argon2id."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from caseworker_desktop.store.engine import WrongKey, open_engine
from caseworker_desktop.store.keys import KdfParams
from caseworker_desktop.store.models import Client
from caseworker_desktop.store.profile import OpenStore, Profile, WrongPassphrase
from tests.store.store_support import ACTOR, PASSPHRASE, PROFILE_ID

SQLITE_HEADER = b"SQLite format 3\x00"
CLIENT_NAME = "Zeldzaamheidsnaam"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def add_client(store: OpenStore) -> None:
    with store.unit_of_work(ACTOR) as uow:
        uow.add(Client(first_name="Hélène", last_name=CLIENT_NAME, national_number="85072312351"))


def test_plain_sqlite_cannot_read_the_file(store: OpenStore, profile_dir: Path) -> None:
    add_client(store)
    store.close()
    db = profile_dir / "caseworker.db"
    connection = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            connection.execute("select * from sqlite_master").fetchall()
    finally:
        connection.close()


def test_the_file_has_no_sqlite_header(store: OpenStore, profile_dir: Path) -> None:
    add_client(store)
    store.close()
    with (profile_dir / "caseworker.db").open("rb") as handle:
        first = handle.read(16)
    assert len(first) == 16
    assert first != SQLITE_HEADER


def test_client_data_is_nowhere_in_plain_text(store: OpenStore, profile_dir: Path) -> None:
    add_client(store)
    files = sorted(profile_dir.rglob("*"))
    assert any(f.name.endswith("-wal") for f in files)  # checked while the WAL still holds the data
    for path in [f for f in files if f.is_file()]:
        raw = path.read_bytes()
        assert CLIENT_NAME.encode() not in raw, path.name
        assert b"85072312351" not in raw, path.name
    store.close()
    raw = (profile_dir / "caseworker.db").read_bytes()
    assert CLIENT_NAME.encode() not in raw


def test_another_key_does_not_open_the_file(store: OpenStore, profile_dir: Path) -> None:
    store.close()
    with pytest.raises(WrongKey):
        open_engine(profile_dir / "caseworker.db", os.urandom(32))


def test_files_are_owner_only(
    make_profile: Callable[[], Profile], store: OpenStore, profile_dir: Path
) -> None:
    add_client(store)
    assert mode(profile_dir) == 0o700
    open_files = [p for p in profile_dir.iterdir() if p.is_file()]
    assert {p.name for p in open_files} >= {"caseworker.db", "caseworker.db-wal", "keys.json"}
    for path in open_files:
        assert mode(path) == 0o600, path.name
    store.close()

    with pytest.raises(WrongPassphrase):
        make_profile().unlock("dit is niet de juiste zin")
    assert mode(profile_dir / "throttle.json") == 0o600
    make_profile().change_passphrase(PASSPHRASE, "rivier lantaarn kompas tulp")
    for path in profile_dir.iterdir():
        assert mode(path) == 0o600, path.name
    assert not [p for p in profile_dir.iterdir() if p.name.startswith(".tmp-")]


def test_an_existing_loose_directory_is_tightened(tmp_path: Path) -> None:
    root = tmp_path / "loose"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    store, _ = Profile(root, kdf=KdfParams(8192, 1, 1)).create(PROFILE_ID, PASSPHRASE)
    store.close()
    assert mode(root) == 0o700


def test_default_key_derivation_is_argon2id_64mib_3_passes_4_lanes(tmp_path: Path) -> None:
    root = tmp_path / "default"
    store, _ = Profile(root).create(PROFILE_ID, PASSPHRASE)  # no kdf=: the real, slow parameters
    store.close()
    kdf = json.loads((root / "keys.json").read_bytes())["kdf"]
    assert kdf["name"] == "argon2id"
    assert (kdf["memory_kib"], kdf["iterations"], kdf["lanes"]) == (64 * 1024, 3, 4)
    assert len(kdf["salt"]) == 24  # 16 random bytes in base64
    Profile(root).unlock(PASSPHRASE).close()
