"""Builders shared by the court and arrears tests."""

from __future__ import annotations

from datetime import date, timedelta

from caseworker_desktop.domain.court import CourtEventInput, CourtEventKind
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.services.workspace import Workspace


def register_case(
    workspace: Workspace,
    landlord_id: str,
    *,
    rent: str = "475,00",
    arrears: str = "1.425,00",
    months: str = "3",
) -> str:
    """A referred case for rent arrears (3 months of 475 euro unless told otherwise)."""
    return workspace.referrals.register(
        ReferralInput(
            first_name="Karim",
            last_name="Vermeulen",
            street="Brugsesteenweg",
            house_number="112",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            monthly_rent=rent,
            arrears_amount=arrears,
            arrears_months=months,
            referral_date=workspace.today(),
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS},
            eviction_procedure=True,
        )
    )


def event(kind: CourtEventKind, on: date, notes: str = "") -> CourtEventInput:
    return CourtEventInput(kind, on, notes)


def days(today: date, offset: int) -> date:
    return today + timedelta(days=offset)
