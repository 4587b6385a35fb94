"""Builders shared by the follow-up tests (contact log, closure, aftercare)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from caseworker_desktop.domain.followup import ClosureInput, ContactInput, ContactKind, GoalsAchieved
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace

DAY = 86_400


def register_case(workspace: Workspace, landlord_id: str, last_name: str = "Vermeulen") -> str:
    return workspace.referrals.register(
        ReferralInput(
            first_name="Karim",
            last_name=last_name,
            street="Brugsesteenweg",
            house_number="112",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            referral_date=workspace.today(),
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS},
            arrears_amount="1.425,00",
        )
    )


def start_support(workspace: Workspace, case_id: str) -> None:
    workspace.referrals.change_status(case_id, CaseStatus.INTAKE)
    workspace.referrals.change_status(case_id, CaseStatus.ACTIVE)


def home_visit(on: date, **changes: object) -> ContactInput:
    data = ContactInput(
        on=on,
        kind=ContactKind.HOME_VISIT,
        duration="45",
        with_whom="Karim en zijn zus",
        summary="Budget overlopen; afbetalingsplan besproken.",
    )
    return replace(data, **changes)


def closure(on: date, **changes: object) -> ClosureInput:
    data = ClosureInput(
        closed_on=on,
        reason=ClosingReason.GOALS_REACHED,
        goals_achieved=GoalsAchieved.YES,
        eviction_avoided=True,
        housing_situation="Blijft in de woning; huur wordt elke maand betaald.",
        referred_to="",
    )
    return replace(data, **changes)
