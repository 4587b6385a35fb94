"""What the laptop keeps about sync, inside the encrypted file like everything else.

SyncRecord is the last state the server confirmed for a record (its version and the payload), the
base of a three-way merge when a pulled change meets local edits. SyncConflict keeps both values of a
field changed on both sides until the user chooses. SyncMeta holds the device's keys and token, the
team key, the pull cursor and the last outcome — sealed by the store's encryption, never in a plain file.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker_desktop.store.models import Base


class SyncRecord(Base):
    __tablename__ = "sync_record"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)  # JSON as the server last confirmed it


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(64), default=None)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[str] = mapped_column(Text)  # JSON
    remote_value: Mapped[str] = mapped_column(Text)  # JSON
    local_author: Mapped[str] = mapped_column(String(64), default="")
    local_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    remote_author: Mapped[str] = mapped_column(String(200), default="")
    remote_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str] = mapped_column(String(10), default="")  # local | remote


class SyncParked(Base):
    """A pulled record whose parent (its case, plan, partner …) has not arrived yet: kept sealed as
    the server sent it and applied as soon as the parent is here."""

    __tablename__ = "sync_parked"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    envelope: Mapped[str] = mapped_column(Text)  # the protocol Envelope as JSON (ciphertext inside)
    parents: Mapped[str] = mapped_column(Text)  # JSON: the parent ids it waits for, by column


class SyncInflight(Base):
    """A mutation sent whose answer has not arrived. It is sent again before anything newer of the
    record: the server either replays its stored answer (the edit had landed) or says conflict (it had
    not), and only then does the record's next state go out.

    What is kept is what the mutation carried, not its ciphertext: sealed again with the same id, base
    version and plaintext it means the same to the server, which recognises a replay by the mutation's
    id. A first push writes one of these for every record it sends and removes it once answered, so the
    row is kept small and keyed by the order it was sent in: rows are appended, and an answered stretch
    of them leaves together."""

    __tablename__ = "sync_inflight"
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # the sending order
    kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    mutation_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[str | None] = mapped_column(String(64), default=None)
    base_version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[str] = mapped_column(
        Text
    )  # what it carried, JSON: sealed again to resend, kept once accepted
    last_seq: Mapped[int] = mapped_column(Integer)  # the newest outbox entry it covers


class SyncMeta(Base):
    __tablename__ = "sync_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


Index("ix_sync_conflict_open", SyncConflict.record_id, SyncConflict.resolved_at)
