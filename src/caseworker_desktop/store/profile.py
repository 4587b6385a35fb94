"""A profile on disk: the sealed key, the throttle state and the encrypted database.

Layout of a profile directory (owner-only):
    keys.json         sealed copies of the database key (no client data)
    throttle.json     failed-attempt count and the time the next attempt is allowed
    caseworker.db     the SQLCipher database (+ -wal and -shm while open, encrypted likewise)
    backups/          encrypted copies taken before each migration
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from caseworker_desktop.store.engine import open_engine
from caseworker_desktop.store.files import ensure_private_dir
from caseworker_desktop.store.keys import KdfParams, KeyFile, WrongSecret
from caseworker_desktop.store.migrate import upgrade
from caseworker_desktop.store.throttle import Throttle
from caseworker_desktop.store.uow import Clock, UnitOfWork, make_factory, utc_now


class MustWait(Exception):
    """Too many wrong attempts: the next one is allowed after `seconds`."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class WrongPassphrase(Exception):
    def __init__(self, wait: float, failures: int) -> None:
        super().__init__(wait, failures)
        self.wait = wait
        self.failures = failures


@dataclass
class OpenStore:
    """The database while unlocked. close() disposes every connection and drops the key."""

    engine: Engine
    factory: sessionmaker[Session]
    db_path: Path
    _key: bytearray = field(repr=False)

    def unit_of_work(self, actor: str, clock: Clock = utc_now) -> UnitOfWork:
        return UnitOfWork(self.factory, actor, clock)

    def key_copy(self) -> bytes:
        return bytes(self._key)

    def close(self) -> None:
        self.engine.dispose()
        # Best effort: Python may hold other copies, but this one is gone.
        for i in range(len(self._key)):
            self._key[i] = 0


class Profile:
    def __init__(
        self,
        root: Path,
        wall_clock: Callable[[], float] = time.time,
        kdf: KdfParams | None = None,
    ) -> None:
        self.root = root
        self.keys_path = root / "keys.json"
        self.db_path = root / "caseworker.db"
        # Public half of the organisation's document seal, readable without the passphrase so that
        # `caseworker-desktop verify` can check a PDF on any machine holding this profile.
        self.seal_certificate_path = root / "organisation-seal.pem"
        self.wording_path = root / "document-texts"
        self.backups = root / "backups"
        self.throttle = Throttle(root / "throttle.json", wall_clock)
        self._kdf = kdf

    def exists(self) -> bool:
        return self.keys_path.exists()

    def create(self, profile_id: str, passphrase: str) -> tuple[OpenStore, str]:
        """New key, new empty database at the current schema. Returns the recovery key text."""
        if self.exists():
            raise FileExistsError(self.keys_path)
        ensure_private_dir(self.root)
        keyfile, db_key, recovery = KeyFile.create(profile_id, passphrase, self._kdf)
        store = self._open(db_key)
        keyfile.save(self.keys_path)  # written last: a crash before it leaves no half profile
        return store, recovery

    def _keyfile(self) -> KeyFile:
        return KeyFile.load(self.keys_path)

    def profile_id(self) -> str:
        return self._keyfile().profile_id

    def _throttled(self, attempt: Callable[[KeyFile], bytes]) -> bytes:
        wait = self.throttle.seconds_to_wait()
        if wait > 0:
            raise MustWait(wait)
        keyfile = self._keyfile()
        try:
            key = attempt(keyfile)
        except WrongSecret:
            wait = self.throttle.record_failure()
            raise WrongPassphrase(wait, self.throttle.failures) from None
        self.throttle.reset()
        return key

    def unlock(self, passphrase: str) -> OpenStore:
        key = self._throttled(lambda kf: kf.unseal_with_passphrase(passphrase))
        return self._open(key)

    def confirm_passphrase(self, passphrase: str) -> None:
        """Ask again before a sensitive act (signing): same throttle as unlocking, key wiped at once."""
        key = bytearray(self._throttled(lambda kf: kf.unseal_with_passphrase(passphrase)))
        key[:] = bytes(len(key))

    def change_passphrase(self, current: str, new: str) -> None:
        key = self._throttled(lambda kf: kf.unseal_with_passphrase(current))
        keyfile = self._keyfile()
        keyfile.reseal_passphrase(key, new)
        keyfile.save(self.keys_path)

    def reset_with_recovery_key(self, recovery: str, new: str) -> OpenStore:
        key = self._throttled(lambda kf: kf.unseal_with_recovery_key(recovery))
        keyfile = self._keyfile()
        keyfile.reseal_passphrase(key, new)
        keyfile.save(self.keys_path)
        return self._open(key)

    def _open(self, key: bytes) -> OpenStore:
        # One buffer shared with the engine's connection factory, so close() really locks.
        secret = bytearray(key)
        engine = open_engine(self.db_path, secret)
        try:
            upgrade(engine, self.db_path, self.backups)
        except Exception:
            engine.dispose()
            raise
        return OpenStore(engine, make_factory(engine), self.db_path, secret)
