"""Who a case's documents name: the tenant's postal address and the landlord with its contact person."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker_desktop.store.models import Client, ContactPerson, Partner, Tenancy


def postal_address(client: Client, box_word: str = "bus") -> str:
    """Belgian order: street and number (box), then postcode and town."""
    street = " ".join(p for p in (client.street, client.house_number) if p)
    if client.box:
        street = f"{street} {box_word} {client.box}"
    town = " ".join(p for p in (client.postcode, client.municipality) if p)
    return ", ".join(p for p in (street, town) if p)


def landlord_and_contact(
    session: Session, tenancy: Tenancy | None
) -> tuple[Partner | None, ContactPerson | None]:
    """The landlord, and the contact person the referral names or else the landlord's fixed contact."""
    if tenancy is None:
        return None, None
    landlord = session.get(Partner, tenancy.landlord_id)
    contact = session.get(ContactPerson, tenancy.landlord_contact_id) if tenancy.landlord_contact_id else None
    if contact is None and landlord is not None:
        contact = session.scalars(
            select(ContactPerson).where(
                ContactPerson.partner_id == landlord.id,
                ContactPerson.fixed_contact.is_(True),
                ContactPerson.deleted.is_(False),
            )
        ).first()
    return landlord, contact
