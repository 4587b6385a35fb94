"""Device tokens and enrolment codes: random, shown once, stored only as SHA-256 hashes.

A plain hash (no salt, no slow KDF) is enough because both secrets are long random strings, not
passwords: 256 bits for a token, 80 bits for a one-time code that also expires.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import uuid
from datetime import UTC, datetime

CODE_GROUPS = 4
CODE_GROUP_LENGTH = 4
# Base32 has no 0, 1 or 8, so a reader's likely misreadings map back onto the letters meant.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).isoformat()


def new_id() -> str:
    return str(uuid.uuid4())


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_enrolment_code() -> str:
    """Like 'K7QD-M2XA-PV4N-T3JE': read over the phone or copied off paper."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode("ascii")
    size = CODE_GROUP_LENGTH
    return "-".join(raw[i : i + size] for i in range(0, CODE_GROUPS * size, size))


def normalise_code(code: str) -> str:
    """The code as hashed: case, spaces, dashes and look-alike digits do not matter."""
    kept = "".join(ch for ch in code.upper() if ch not in " -\t")
    return kept.translate(_LOOKALIKES)


def code_hash(code: str) -> str:
    return digest(normalise_code(code))


def decode_public_key(text: str) -> bytes | None:
    """The raw 32-byte X25519 key, or None when the text is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None
