"""The hash-chained, append-only audit trail.

Each row's hash covers its own fields and the previous row's hash, so removing, reordering or editing
a row breaks the chain from there on. Triggers refuse UPDATE and DELETE on the table; someone who drops
them still cannot rewrite history without the verify step noticing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker_desktop.store.models import AuditEntry

GENESIS = "0" * 64


class AuditAction(StrEnum):
    READ = "read"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"


def entry_hash(
    prev_hash: str, seq: int, at: datetime, actor: str, action: str, kind: str, record_id: str
) -> str:
    material = "\x1f".join([prev_hash, str(seq), at.isoformat(), actor, action, kind, record_id])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(
    session: Session, *, at: datetime, actor: str, action: AuditAction, kind: str, record_id: str
) -> AuditEntry:
    """Add one entry to the session; callable from inside a flush (it never flushes itself)."""
    head: tuple[int, str] | None = session.info.get("audit_head")
    if head is None:
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        head = (last.seq, last.hash) if last else (0, GENESIS)
    seq, prev = head[0] + 1, head[1]
    entry = AuditEntry(
        seq=seq,
        at=at,
        actor=actor,
        action=action.value,
        record_kind=kind,
        record_id=record_id,
        prev_hash=prev,
        hash=entry_hash(prev, seq, at, actor, action.value, kind, record_id),
    )
    session.add(entry)
    session.info["audit_head"] = (seq, entry.hash)
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_seq: int | None

    @property
    def intact(self) -> bool:
        return self.first_bad_seq is None


def verify(session: Session) -> ChainReport:
    prev = GENESIS
    expected_seq = 1
    count = 0
    for row in session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars():
        count += 1
        recomputed = entry_hash(prev, row.seq, row.at, row.actor, row.action, row.record_kind, row.record_id)
        if row.seq != expected_seq or row.prev_hash != prev or row.hash != recomputed:
            return ChainReport(count, row.seq)
        prev = row.hash
        expected_seq += 1
    return ChainReport(count, None)
