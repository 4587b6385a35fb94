"""The database key and its two wrappings.

A random 256-bit key encrypts the database (SQLCipher raw key). It is never stored as such: one copy is
sealed with AES-256-GCM under a key derived from the passphrase with Argon2id (RFC 9106's second
recommended setting: 64 MiB, 3 passes, 4 lanes), another under the recovery key the user prints once.
Changing the passphrase reseals the database key; the database itself is not touched.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from caseworker_desktop.domain.passphrase import normalise
from caseworker_desktop.store.files import write_atomic

KEY_BYTES = 32
FORMAT = 1
_RECOVERY_GROUP = 4


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4


class WrongSecret(Exception):
    """The passphrase or recovery key does not open this profile."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise(passphrase).encode("utf-8"))


def _recovery_kek(recovery_key: bytes, profile_id: str) -> bytes:
    # The recovery key already has full entropy, so a fast KDF only separates its use.
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"cw-recovery:" + profile_id.encode(),
    )
    return hkdf.derive(recovery_key)


def _seal(kek: bytes, plaintext: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "ciphertext": _b64(AESGCM(kek).encrypt(nonce, plaintext, aad))}


def _open(kek: bytes, sealed: dict[str, str], aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]), aad)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise WrongSecret from exc


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP))


def parse_recovery_key(text: str) -> bytes:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    # Users misread these when copying from paper; base32 has no 0, 1 or 8.
    compact = compact.replace("0", "O").replace("1", "I").replace("8", "B")
    padding = "=" * (-len(compact) % 8)
    try:
        raw = base64.b32decode(compact + padding)
    except ValueError as exc:
        raise WrongSecret from exc
    if len(raw) != KEY_BYTES:
        raise WrongSecret
    return raw


@dataclass
class KeyFile:
    """What keys.json holds: no client data, only sealed copies of the database key."""

    profile_id: str
    salt: bytes
    params: KdfParams
    passphrase_seal: dict[str, str]
    recovery_seal: dict[str, str]

    @property
    def _aad(self) -> bytes:
        return f"cw-db-key:{self.profile_id}".encode()

    @classmethod
    def create(
        cls, profile_id: str, passphrase: str, params: KdfParams | None = None
    ) -> tuple[KeyFile, bytes, str]:
        """Make a new database key; return the key file, the key and the printable recovery key."""
        params = params or KdfParams()
        db_key = secrets.token_bytes(KEY_BYTES)
        recovery = secrets.token_bytes(KEY_BYTES)
        salt = secrets.token_bytes(16)
        aad = f"cw-db-key:{profile_id}".encode()
        keyfile = cls(
            profile_id=profile_id,
            salt=salt,
            params=params,
            passphrase_seal=_seal(_passphrase_kek(passphrase, salt, params), db_key, aad),
            recovery_seal=_seal(_recovery_kek(recovery, profile_id), db_key, aad),
        )
        return keyfile, db_key, format_recovery_key(recovery)

    def unseal_with_passphrase(self, passphrase: str) -> bytes:
        return _open(_passphrase_kek(passphrase, self.salt, self.params), self.passphrase_seal, self._aad)

    def unseal_with_recovery_key(self, recovery_text: str) -> bytes:
        raw = parse_recovery_key(recovery_text)
        return _open(_recovery_kek(raw, self.profile_id), self.recovery_seal, self._aad)

    def reseal_passphrase(self, db_key: bytes, new_passphrase: str) -> None:
        self.salt = secrets.token_bytes(16)
        kek = _passphrase_kek(new_passphrase, self.salt, self.params)
        self.passphrase_seal = _seal(kek, db_key, self._aad)

    def to_json(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "profile_id": self.profile_id,
            "kdf": {
                "name": "argon2id",
                "salt": _b64(self.salt),
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
            },
            "passphrase_seal": self.passphrase_seal,
            "recovery_seal": self.recovery_seal,
        }
        return json.dumps(data, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> KeyFile:
        data = json.loads(raw)
        if data.get("format") != FORMAT or data["kdf"]["name"] != "argon2id":
            raise ValueError("unsupported key file")
        kdf = data["kdf"]
        return cls(
            profile_id=str(data["profile_id"]),
            salt=_unb64(kdf["salt"]),
            params=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])),
            passphrase_seal=dict(data["passphrase_seal"]),
            recovery_seal=dict(data["recovery_seal"]),
        )

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        return cls.from_json(path.read_bytes())
