"""The partner directory: landlords and services, with their contact persons."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseworker_desktop.domain.partners import (
    LANDLORD_KINDS,
    ContactInput,
    PartnerInput,
    PartnerKind,
    validate_partner,
)
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.models import ContactPerson, Partner


@dataclass(frozen=True)
class PartnerSummary:
    id: str
    name: str
    kind: PartnerKind
    municipality: str
    contacts: int


@dataclass(frozen=True)
class ContactSummary:
    id: str
    name: str
    role: str
    fixed_contact: bool


class PartnerService(StoreService):
    def summaries(self, *, landlords_only: bool = False) -> list[PartnerSummary]:
        with self._uow() as uow:
            query = select(Partner).where(Partner.deleted.is_(False)).order_by(Partner.name)
            if landlords_only:
                query = query.where(Partner.partner_kind.in_([k.value for k in LANDLORD_KINDS]))
            partners = uow.session.scalars(query).all()
            counts: dict[str, int] = {}
            for pid in uow.session.scalars(
                select(ContactPerson.partner_id).where(ContactPerson.deleted.is_(False))
            ):
                counts[pid] = counts.get(pid, 0) + 1
            return [
                PartnerSummary(p.id, p.name, PartnerKind(p.partner_kind), p.municipality, counts.get(p.id, 0))
                for p in partners
            ]

    def contacts(self, partner_id: str) -> list[ContactSummary]:
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(ContactPerson)
                .where(ContactPerson.partner_id == partner_id, ContactPerson.deleted.is_(False))
                .order_by(ContactPerson.fixed_contact.desc(), ContactPerson.name)
            ).all()
            return [ContactSummary(c.id, c.name, c.role, c.fixed_contact) for c in rows]

    def get(self, partner_id: str) -> PartnerInput:
        with self._uow() as uow:
            p = uow.session.get_one(Partner, partner_id)
            contacts = uow.session.scalars(
                select(ContactPerson).where(
                    ContactPerson.partner_id == partner_id, ContactPerson.deleted.is_(False)
                )
            ).all()
            return PartnerInput(
                kind=PartnerKind(p.partner_kind),
                name=p.name,
                street=p.street,
                postcode=p.postcode,
                municipality=p.municipality,
                phone=p.phone,
                email=p.email,
                contacts=[
                    ContactInput(c.name, c.role, c.phone, c.email, c.fixed_contact, c.id) for c in contacts
                ],
            )

    def save(self, data: PartnerInput, partner_id: str | None = None) -> str:
        """Create or update a partner and its contacts; contacts left out are tombstoned."""
        clean = validate_partner(data)
        with self._uow() as uow:
            partner = uow.session.get(Partner, partner_id) if partner_id else None
            if partner is None:
                partner = Partner(partner_kind=clean.kind.value, name=clean.name)
                uow.add(partner)
            partner.partner_kind = clean.kind.value
            partner.name = clean.name
            partner.street = clean.street
            partner.postcode = clean.postcode
            partner.municipality = clean.municipality
            partner.phone = clean.phone
            partner.email = clean.email
            uow.session.flush()
            existing = {
                c.id: c
                for c in uow.session.scalars(
                    select(ContactPerson).where(ContactPerson.partner_id == partner.id)
                )
            }
            kept: set[str] = set()
            for contact in clean.contacts:
                record = existing.get(contact.id or "")
                if record is None:
                    record = ContactPerson(partner_id=partner.id, name=contact.name)
                    uow.add(record)
                else:
                    kept.add(record.id)
                record.name = contact.name
                record.role = contact.role
                record.phone = contact.phone
                record.email = contact.email
                record.fixed_contact = contact.fixed_contact
            for cid, record in existing.items():
                if cid not in kept and not record.deleted:
                    uow.tombstone(record)
            return partner.id

    def remove(self, partner_id: str) -> None:
        with self._uow() as uow:
            uow.tombstone(uow.session.get_one(Partner, partner_id))
