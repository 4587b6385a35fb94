"""Consent under shared professional secrecy: who may receive what, since when, until withdrawn.

The team always shares the dossier (the tenant is told so at intake). The landlord learns only what
concerns the housing problem, and only while a landlord consent is in force. Any other organisation
needs its own consent naming the purpose and the data categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory, SharingScope, check_scope


class ConsentRecipient(StrEnum):
    TEAM = "team"
    LANDLORD = "landlord"
    ORGANISATION = "organisation"


class InformedHow(StrEnum):
    ORALLY = "orally"
    IN_WRITING = "in_writing"
    BROCHURE = "brochure"
    OTHER = "other"


@dataclass(frozen=True)
class ConsentFacts:
    recipient: ConsentRecipient
    given_on: date
    withdrawn_on: date | None = None
    organisation_id: str | None = None
    categories: frozenset[DataCategory] = frozenset()

    def in_force(self, on: date) -> bool:
        return self.given_on <= on and (self.withdrawn_on is None or self.withdrawn_on > on)


def landlord_consent_in_force(consents: Iterable[ConsentFacts], on: date) -> bool:
    return any(c.recipient == ConsentRecipient.LANDLORD and c.in_force(on) for c in consents)


def check_landlord_share(category: DataCategory, consents: Iterable[ConsentFacts], on: date) -> None:
    """A record may become landlord-visible only if it is not special-category data and the tenant's
    landlord consent is in force today."""
    check_scope(category, SharingScope.LANDLORD)
    if not landlord_consent_in_force(consents, on):
        raise RuleViolation("landlord_consent_missing")


PURPOSE_MAX = 1000
ORGANISATION_NAME_MAX = 200


@dataclass
class ConsentInput:
    """A new consent as the form holds it. For an organisation: a partner from the directory
    (organisation_id) or a typed name."""

    recipient: ConsentRecipient | None = None
    given_on: date | None = None
    informed_how: InformedHow | None = InformedHow.ORALLY
    organisation_id: str | None = None
    organisation_name: str = ""
    purpose: str = ""
    categories: set[DataCategory] = field(default_factory=set)


@dataclass(frozen=True)
class NewConsent:
    recipient: ConsentRecipient
    given_on: date
    informed_how: InformedHow
    organisation_id: str | None
    organisation_name: str
    purpose: str
    categories: frozenset[DataCategory]


def validate_consent(data: ConsentInput, today: date) -> NewConsent:
    """Every problem at once, keyed by field: recipient, given_on, informed_how, organisation,
    purpose, categories."""
    issues: dict[str, Issue] = {}
    if data.recipient is None:
        issues["recipient"] = Issue("choose_one")
    if data.given_on is None:
        issues["given_on"] = Issue("required")
    elif data.given_on > today:
        issues["given_on"] = Issue("date_in_future")
    if data.informed_how is None:
        issues["informed_how"] = Issue("choose_one")

    organisation_id: str | None = None
    organisation_name = ""
    purpose = data.purpose.strip()
    categories = frozenset(data.categories)
    if len(purpose) > PURPOSE_MAX:
        issues["purpose"] = Issue("too_long", {"maximum": PURPOSE_MAX})

    if data.recipient == ConsentRecipient.ORGANISATION:
        if data.organisation_id:
            organisation_id = data.organisation_id
        else:
            name = fields.required_text(data.organisation_name, ORGANISATION_NAME_MAX)
            if isinstance(name, Issue):
                issues["organisation"] = (
                    Issue("consent_organisation_required") if name.code == "required" else name
                )
            else:
                organisation_name = name
        if not purpose and "purpose" not in issues:
            issues["purpose"] = Issue("consent_purpose_required")
        if not categories:
            issues["categories"] = Issue("consent_categories_required")
    elif data.recipient == ConsentRecipient.LANDLORD:
        special = sorted(c.value for c in categories & SPECIAL_CATEGORIES)
        if special:
            issues["categories"] = Issue("consent_landlord_special", {"categories": special})

    if issues:
        raise ValidationFailed(issues)
    assert data.recipient is not None and data.given_on is not None and data.informed_how is not None
    return NewConsent(
        recipient=data.recipient,
        given_on=data.given_on,
        informed_how=data.informed_how,
        organisation_id=organisation_id,
        organisation_name=organisation_name,
        purpose=purpose,
        categories=categories,
    )


def validate_withdrawal(
    recipient: ConsentRecipient,
    given_on: date,
    already_withdrawn_on: date | None,
    on: date | None,
    today: date,
) -> date:
    """The day a consent stops: not before it was given and not in the future. The team's sharing is
    part of the service the tenant is told about at intake, so it is not withdrawn case by case."""
    if recipient == ConsentRecipient.TEAM:
        raise RuleViolation("consent_team_not_withdrawable")
    if already_withdrawn_on is not None:
        raise RuleViolation("consent_already_withdrawn", withdrawn_on=already_withdrawn_on.isoformat())
    if on is None:
        raise ValidationFailed({"withdrawn_on": Issue("required")})
    if on > today:
        raise ValidationFailed({"withdrawn_on": Issue("date_in_future")})
    if on < given_on:
        raise ValidationFailed(
            {"withdrawn_on": Issue("consent_withdrawn_before_given", {"given_on": given_on.isoformat()})}
        )
    return on


def categories_text(categories: Iterable[DataCategory]) -> str:
    """How a set of categories is stored: comma-separated values in a fixed order."""
    return ",".join(sorted(c.value for c in categories))


def categories_from_text(text: str) -> frozenset[DataCategory]:
    return frozenset(
        DataCategory(part) for part in text.split(",") if part in DataCategory._value2member_map_
    )
