"""Keys and sealing for sync, with `cryptography` only.

A device has an X25519 key pair; the team key (AES-256) reaches it wrapped for its public key (an
ephemeral X25519 exchange, HKDF-SHA256, AES-GCM). Every record payload is sealed with the team key under
AES-GCM, with the record's team, id, kind and version bound in as associated data.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE = 12
KEY = 32
_WRAP_INFO = b"cwd team key wrap v1"


class SealBroken(ValueError):
    """A payload or wrapped key that does not open: wrong key, tampered, or moved to another record."""


def new_team_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def new_device_key() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw_private, raw_public


def _b64decode(text: str) -> bytes:
    # Strict mode refuses what validate=True refuses, in C: b64decode(validate=True) first runs a
    # regular expression over the text, which a first pull pays for every record.
    try:
        return binascii.a2b_base64(text, strict_mode=True)
    except (binascii.Error, ValueError):
        raise SealBroken("not base64") from None


def _wrapping_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY, salt=ephemeral_public + recipient_public, info=_WRAP_INFO
    ).derive(shared)


def wrap_team_key(team_key: bytes, recipient_public: bytes) -> str:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce = os.urandom(NONCE)
    sealed = AESGCM(_wrapping_key(shared, ephemeral_public, recipient_public)).encrypt(
        nonce, team_key, recipient_public
    )
    return base64.b64encode(ephemeral_public + nonce + sealed).decode("ascii")


def unwrap_team_key(wrapped: str, device_private: bytes) -> bytes:
    raw = _b64decode(wrapped)
    if len(raw) < 32 + NONCE + 16:
        raise SealBroken("wrapped key too short")
    ephemeral_public, nonce, sealed = raw[:32], raw[32 : 32 + NONCE], raw[32 + NONCE :]
    private = X25519PrivateKey.from_private_bytes(device_private)
    own_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    try:
        key = AESGCM(_wrapping_key(shared, ephemeral_public, own_public)).decrypt(nonce, sealed, own_public)
    except InvalidTag:
        raise SealBroken("wrapped key does not open") from None
    if len(key) != KEY:
        raise SealBroken("wrapped key has the wrong length")
    return key


class TeamCipher:
    """AES-GCM under one team key, set up once for a sync's hundreds of thousands of records instead
    of once per record. It lives as long as the sync that made it: no cache keeps the key after."""

    def __init__(self, team_key: bytes) -> None:
        self._aead = AESGCM(team_key)

    def seal(self, plaintext: bytes, associated: bytes) -> str:
        nonce = os.urandom(NONCE)
        return base64.b64encode(nonce + self._aead.encrypt(nonce, plaintext, associated)).decode("ascii")

    def open(self, ciphertext: str, associated: bytes) -> bytes:
        raw = _b64decode(ciphertext)
        if len(raw) < NONCE + 16:
            raise SealBroken("ciphertext too short")
        try:
            return self._aead.decrypt(raw[:NONCE], raw[NONCE:], associated)
        except InvalidTag:
            raise SealBroken("payload does not open") from None


def seal(team_key: bytes, plaintext: bytes, associated: bytes) -> str:
    return TeamCipher(team_key).seal(plaintext, associated)


def open_sealed(team_key: bytes, ciphertext: str, associated: bytes) -> bytes:
    return TeamCipher(team_key).open(ciphertext, associated)
