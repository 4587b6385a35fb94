"""The sync protocol: every message shape the laptop and the central server exchange, in one place.

Both sides import this module, so a field cannot be renamed on one side only. The server sees only
what is here: routing metadata (team, record id, kind, case id, version, sequence, tombstone, author,
device) and ciphertext. Client data travels inside `ciphertext`, sealed on the laptop with the team key.

Versioning: PROTOCOL_VERSION goes in every request's header `X-Caseworker-Protocol`; a server refuses
a version it does not speak with 426 and the code `protocol_version`.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, fields
from enum import StrEnum

import orjson
from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Caseworker-Protocol"

# Limits the server enforces (and the client respects when batching).
MAX_PUSH_BATCH = 2000
MAX_PULL_PAGE = 2000
MAX_CIPHERTEXT_BYTES = 4 * 1024 * 1024  # a scanned signature page fits; a film does not
MAX_REQUEST_BYTES = 64 * 1024 * 1024


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    TEAM_LEADER = "team_leader"


class DeviceStatus(StrEnum):
    PENDING = "pending"  # enrolled, waiting for the team leader's approval
    APPROVED = "approved"
    REVOKED = "revoked"


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- errors --------------------------------------------------------------------------------------------
class ErrorCode(StrEnum):
    """Stable codes the app turns into sentences in the user's language."""

    UNAUTHENTICATED = "unauthenticated"  # no or unknown device token
    DEVICE_REVOKED = "device_revoked"
    DEVICE_PENDING = "device_pending"  # not approved yet: nothing to read or write
    FORBIDDEN = "forbidden"  # the role does not allow this
    ENROLMENT_CODE_INVALID = "enrolment_code_invalid"  # unknown, used or expired
    MALFORMED = "malformed"
    TOO_LARGE = "too_large"
    PROTOCOL_VERSION = "protocol_version"
    NOT_FOUND = "not_found"
    TEAM_KEY_EXISTS = "team_key_exists"


class ErrorBody(_Message):
    code: ErrorCode
    detail: str = ""  # for logs and developers; never shown as is and never holds client data


# --- joining a team ------------------------------------------------------------------------------------
class EnrolRequest(_Message):
    code: str = Field(min_length=8, max_length=64)
    device_name: str = Field(min_length=1, max_length=100)
    # Raw 32-byte X25519 public key, base64: the team key is wrapped for it.
    public_key: str = Field(min_length=40, max_length=64)


class EnrolResponse(_Message):
    device_id: str
    token: str  # shown once; the server keeps only its hash
    team_id: str
    team_name: str
    organisation: str
    worker_id: str
    worker_name: str
    role: Role
    status: DeviceStatus
    fingerprint: str  # of the public key, for comparing on two screens


class TeamKeyUpload(_Message):
    """The team leader's first device creates the team key and wraps it for itself."""

    wrapped_key: str = Field(max_length=512)


class DeviceInfo(_Message):
    device_id: str
    device_name: str
    worker_id: str
    worker_name: str
    role: Role
    status: DeviceStatus
    fingerprint: str
    public_key: str
    enrolled_at: str  # ISO 8601, UTC


class DeviceList(_Message):
    devices: list[DeviceInfo]


class Approval(_Message):
    """A team leader approves a device: the team key wrapped for that device's public key."""

    wrapped_key: str = Field(max_length=512)


class Me(_Message):
    device_id: str
    team_id: str
    team_name: str
    organisation: str
    worker_id: str
    worker_name: str
    role: Role
    status: DeviceStatus
    fingerprint: str
    team_key_ready: bool  # the team key exists on the server (wrapped) at all
    wrapped_key: str | None  # the team key wrapped for this device, once approved


# --- records -------------------------------------------------------------------------------------------
class Envelope(_Message):
    """One record as the server stores it: routing metadata and the sealed payload."""

    record_id: str = Field(min_length=1, max_length=64)
    kind: str = Field(min_length=1, max_length=40)
    case_id: str | None = Field(default=None, max_length=64)
    version: int = Field(ge=1)
    seq: int = Field(ge=1)
    deleted: bool
    author: str = Field(max_length=64)  # the worker id on the server
    device_id: str = Field(max_length=64)
    ciphertext: str  # base64 of nonce + AES-GCM output
    updated_at: str  # ISO 8601, UTC, the server's clock


class Mutation(_Message):
    mutation_id: str = Field(min_length=1, max_length=64)  # the same id on a retry: replays change nothing
    record_id: str = Field(min_length=1, max_length=64)
    kind: str = Field(min_length=1, max_length=40)
    case_id: str | None = Field(default=None, max_length=64)
    base_version: int = Field(ge=0)  # the server version this edit started from; 0 = new record
    deleted: bool = False
    ciphertext: str


class MutationStatus(StrEnum):
    ACCEPTED = "accepted"
    CONFLICT = "conflict"  # base_version is no longer current: `current` holds what the server has


class MutationResult(_Message):
    mutation_id: str
    status: MutationStatus
    version: int | None = None  # the record's version after acceptance
    seq: int | None = None
    current: Envelope | None = None


class PushRequest(_Message):
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)


@dataclass(frozen=True, slots=True)
class OutgoingMutation:
    """A Mutation as the laptop makes it by the hundred thousand in a first push: the same fields,
    without the model's cost per instance. `push_body` writes a batch of them as the JSON of a
    PushRequest; the server validates it like any other."""

    mutation_id: str
    record_id: str
    kind: str
    case_id: str | None
    base_version: int
    deleted: bool
    ciphertext: str

    def message(self) -> Mutation:
        return Mutation(**{name: getattr(self, name) for name in Mutation.model_fields})


if tuple(field.name for field in fields(OutgoingMutation)) != tuple(Mutation.model_fields):
    raise RuntimeError("OutgoingMutation no longer has the fields of Mutation")


def push_body(mutations: Sequence[OutgoingMutation]) -> bytes:
    """The PushRequest JSON of these mutations (orjson writes dataclasses field by field, in C)."""
    return orjson.dumps({"mutations": mutations})


class PushResponse(_Message):
    results: list[MutationResult]


class PullPage(_Message):
    envelopes: list[Envelope]
    cursor: int  # the highest sequence number in this page (or the one asked after, when empty)
    more: bool  # another page follows right away


def aad(team_id: str, record_id: str, kind: str, version: int) -> bytes:
    """The associated data sealed with every payload: a ciphertext moved to another record, kind,
    version or team no longer opens."""
    return f"cwd/1|{team_id}|{record_id}|{kind}|{version}".encode()


def fingerprint(public_key: bytes) -> str:
    """Sixteen characters two people read aloud to each other before a device gets the team key."""
    digest = hashlib.sha256(b"cwd-device-key|" + public_key).digest()
    code = base64.b32encode(digest).decode("ascii")[:16]
    return "-".join(code[i : i + 4] for i in range(0, 16, 4))
