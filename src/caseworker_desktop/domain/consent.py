"""Consent under shared professional secrecy: who may receive what, since when, until withdrawn.

The team always shares the dossier (the tenant is told so at intake). The landlord learns only what
concerns the housing problem, and only while a landlord consent is in force. Any other organisation
needs its own consent naming the purpose and the data categories.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.scopes import DataCategory, SharingScope, check_scope


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
