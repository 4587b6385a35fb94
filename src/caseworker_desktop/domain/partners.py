"""Partner organisations: landlords and the services around a case."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, ValidationFailed


class PartnerKind(StrEnum):
    SOCIAL_HOUSING_COMPANY = "shm"
    SOCIAL_RENTAL_AGENCY = "svk"
    PRIVATE_LANDLORD = "private_landlord"
    OCMW = "ocmw"
    OTHER_SERVICE = "other_service"


LANDLORD_KINDS = frozenset(
    {
        PartnerKind.SOCIAL_HOUSING_COMPANY,
        PartnerKind.SOCIAL_RENTAL_AGENCY,
        PartnerKind.PRIVATE_LANDLORD,
    }
)


@dataclass
class ContactInput:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    fixed_contact: bool = False
    id: str | None = None


@dataclass
class PartnerInput:
    kind: PartnerKind = PartnerKind.SOCIAL_HOUSING_COMPANY
    name: str = ""
    street: str = ""
    postcode: str = ""
    municipality: str = ""
    phone: str = ""
    email: str = ""
    contacts: list[ContactInput] = field(default_factory=list)


def validate_partner(data: PartnerInput) -> PartnerInput:
    """Return a cleaned copy, or raise ValidationFailed naming every bad field."""
    issues: dict[str, Issue] = {}

    def take(name: str, result: object) -> str:
        if isinstance(result, Issue):
            issues[name] = result
            return ""
        return str(result)

    cleaned = PartnerInput(
        kind=data.kind,
        name=take("name", fields.required_text(data.name)),
        street=take("street", fields.optional_text(data.street, 200)),
        postcode=take("postcode", fields.postcode(data.postcode)) if data.postcode.strip() else "",
        municipality=take("municipality", fields.optional_text(data.municipality, 100)),
        phone=take("phone", fields.phone(data.phone)),
        email=take("email", fields.email(data.email)),
    )
    for index, contact in enumerate(data.contacts):
        prefix = f"contacts.{index}."
        cleaned.contacts.append(
            ContactInput(
                name=take(prefix + "name", fields.required_text(contact.name)),
                role=take(prefix + "role", fields.optional_text(contact.role, 100)),
                phone=take(prefix + "phone", fields.phone(contact.phone)),
                email=take(prefix + "email", fields.email(contact.email)),
                fixed_contact=contact.fixed_contact,
                id=contact.id,
            )
        )
    if sum(1 for c in data.contacts if c.fixed_contact) > 1:
        issues["contacts"] = Issue("one_fixed_contact")
    if issues:
        raise ValidationFailed(issues)
    return cleaned
