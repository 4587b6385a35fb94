"""Tables for the tripartite agreement, its signatures, and the organisation's document seal.

An agreement version and its signatures carry the landlord scope: they are what the landlord signs and
receives. Their text is stored as signed, never recomposed, so a printed copy always shows exactly
what was signed. The seal key pair signs the PDFs; it never syncs and never leaves the encrypted file.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from caseworker_desktop.store.models import Base, SyncFields


class Agreement(SyncFields, Base):
    __tablename__ = "agreement"
    kind = "agreement"
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, then 2, 3 … for each addendum
    plan_id: Mapped[str] = mapped_column(ForeignKey("plan_version.id"))
    language: Mapped[str] = mapped_column(String(5))
    text: Mapped[str] = mapped_column(Text)  # the exact text shown and signed
    basis_hash: Mapped[str] = mapped_column(String(64))  # parties, shared goals, conditions
    signers: Mapped[str] = mapped_column(Text)  # JSON list of the signatures it needs
    content_hash: Mapped[str | None] = mapped_column(String(64), default=None)  # set at first signature
    frozen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    in_force_on: Mapped[date | None] = mapped_column(Date, default=None)
    superseded_on: Mapped[date | None] = mapped_column(Date, default=None)


class AgreementSignature(SyncFields, Base):
    __tablename__ = "agreement_signature"
    kind = "agreement_signature"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    slot: Mapped[str] = mapped_column(String(30))  # tenant | co_tenant:N | landlord | counsellor
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime] = mapped_column(DateTime)  # UTC
    method: Mapped[str] = mapped_column(String(10))  # drawn | paper
    image: Mapped[bytes] = mapped_column(LargeBinary)  # PNG of the ink, or the scan (PNG/JPEG)
    ink: Mapped[str] = mapped_column(Text, default="")  # strokes with pressure and timing, as evidence
    content_hash: Mapped[str] = mapped_column(String(64))  # of the text the signer was shown


class OrganisationSeal(Base):
    """The key pair that seals PDFs. One row; local to this profile, never in the outbox."""

    __tablename__ = "organisation_seal"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key_pem: Mapped[bytes] = mapped_column(LargeBinary)
    certificate_pem: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime)


AGREEMENT_MODELS: tuple[type[SyncFields], ...] = (Agreement, AgreementSignature)
