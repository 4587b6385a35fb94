"""Tables of the encrypted store (SQLAlchemy 2 typed mapping).

Every record that can sync carries SyncFields: a client-made UUID, a version, when and by whom it was
last changed, its sharing scope and a tombstone flag. The unit of work keeps those fields and the outbox
right; services never set them by hand.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class SyncFields:
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    author: Mapped[str] = mapped_column(String(36), default="")
    scope: Mapped[str] = mapped_column(String(20), default="care_team")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    # Record kind in the outbox and audit trail; stable across renames of the class.
    kind: ClassVar[str] = ""


class ProfileInfo(Base):
    """The one row describing whose laptop this is. Not synced as such."""

    __tablename__ = "profile_info"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    display_name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    team: Mapped[str] = mapped_column(String(200))
    device_code: Mapped[str] = mapped_column(String(8))
    case_counter: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Partner(SyncFields, Base):
    __tablename__ = "partner"
    kind = "partner"
    partner_kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    municipality: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class ContactPerson(SyncFields, Base):
    __tablename__ = "contact_person"
    kind = "contact_person"
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    fixed_contact: Mapped[bool] = mapped_column(Boolean, default=False)


class Client(SyncFields, Base):
    __tablename__ = "client"
    kind = "client"
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    national_number: Mapped[str] = mapped_column(String(11), default="")
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(20), default="")
    box: Mapped[str] = mapped_column(String(20), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    municipality: Mapped[str] = mapped_column(String(100), default="")


class HouseholdMember(SyncFields, Base):
    __tablename__ = "household_member"
    kind = "household_member"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    relation: Mapped[str] = mapped_column(String(20))
    birth_year: Mapped[int | None] = mapped_column(Integer, default=None)


class Case(SyncFields, Base):
    __tablename__ = "case_file"
    kind = "case"
    number: Mapped[str] = mapped_column(String(30), unique=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    counsellor_id: Mapped[str] = mapped_column(String(36))
    counsellor_name: Mapped[str] = mapped_column(String(200))
    previous_case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"), default=None)
    referral_date: Mapped[date] = mapped_column(Date)
    next_date: Mapped[date | None] = mapped_column(Date, default=None)
    closing_reason: Mapped[str | None] = mapped_column(String(30), default=None)
    status_changed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class ReferralRecord(SyncFields, Base):
    __tablename__ = "referral"
    kind = "referral"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    source: Mapped[str] = mapped_column(String(30))
    referrer_name: Mapped[str] = mapped_column(String(200), default="")
    referrer_contact: Mapped[str] = mapped_column(String(200), default="")
    problems: Mapped[str] = mapped_column(String(100))  # comma-separated Problem values
    steps_taken: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    eviction_procedure: Mapped[bool] = mapped_column(Boolean, default=False)


class Tenancy(SyncFields, Base):
    __tablename__ = "tenancy"
    kind = "tenancy"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), unique=True)
    landlord_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    landlord_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact_person.id"), default=None)
    monthly_rent_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    arrears_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    arrears_months: Mapped[int | None] = mapped_column(Integer, default=None)


class StatusChange(SyncFields, Base):
    __tablename__ = "status_change"
    kind = "status_change"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20), default=None)
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(30), default=None)
    motivation: Mapped[str] = mapped_column(Text, default="")
    # The day it happened, which a counsellor entering it later can set; created_at is when typed.
    effective_on: Mapped[date | None] = mapped_column(Date, default=None)


class OutboxEntry(Base):
    """One local change waiting to be pushed; written in the same transaction as the change."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    record_kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int] = mapped_column(Integer)
    new_version: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(10))  # create | update | delete
    scope: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class AuditEntry(Base):
    """Append-only, hash-chained. Holds record ids and actions, never client content."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    record_kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Draft(Base):
    """A half-typed form saved when the lock came; inside the encrypted file like everything else."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    form: Mapped[str] = mapped_column(String(50))
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)


Index("ix_case_next_date", Case.next_date)
Index(
    "ix_outbox_unpushed",
    OutboxEntry.record_kind,
    OutboxEntry.record_id,
    sqlite_where=text("pushed_at IS NULL"),
)

SYNCED_MODELS: tuple[type[SyncFields], ...] = (
    Partner,
    ContactPerson,
    Client,
    HouseholdMember,
    Case,
    ReferralRecord,
    Tenancy,
    StatusChange,
)
