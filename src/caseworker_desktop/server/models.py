"""The server's tables. Every row that belongs to a team carries team_id, so every query can filter by it.

Timestamps are naive UTC: SQLite keeps no zone, and one convention on both databases keeps them
comparable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ID = 36  # uuid4 as text
HASH = 64  # SHA-256 hex


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Team(Base):
    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # The next sequence number to hand out; kept on the team row so locking that row serialises pushes.
    next_seq: Mapped[int] = mapped_column(Integer, default=1)
    team_key_set: Mapped[bool] = mapped_column(Boolean, default=False)


class Worker(Base):
    __tablename__ = "worker"
    __table_args__ = (CheckConstraint("role IN ('counsellor', 'team_leader')", name="role"),)

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))


class EnrolmentCode(Base):
    __tablename__ = "enrolment_code"

    code_hash: Mapped[str] = mapped_column(String(HASH), primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)


class Device(Base):
    __tablename__ = "device"
    __table_args__ = (CheckConstraint("status IN ('pending', 'approved', 'revoked')", name="status"),)

    id: Mapped[str] = mapped_column(String(ID), primary_key=True)
    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    public_key: Mapped[str] = mapped_column(String(64))
    token_hash: Mapped[str] = mapped_column(String(HASH), unique=True)
    status: Mapped[str] = mapped_column(String(10))
    wrapped_key: Mapped[str | None] = mapped_column(String(512))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class Envelope(Base):
    __tablename__ = "envelope"
    # Unique, not just indexed: two envelopes of one team can never share a sequence number.
    __table_args__ = (Index("ix_envelope_team_seq", "team_id", "seq", unique=True),)

    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean)
    author: Mapped[str] = mapped_column(ForeignKey("worker.id"))
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class MutationLog(Base):
    """Accepted mutations by id, so a retried push gets the first answer back instead of a new version."""

    __tablename__ = "mutation"

    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(10))
    version: Mapped[int | None] = mapped_column(Integer)
    seq: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(Text)  # the MutationResult as sent, JSON
