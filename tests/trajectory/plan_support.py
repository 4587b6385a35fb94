"""Builders shared by the plan and evaluation tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.plan import ConditionInput, GoalActor, GoalInput, PlanInput
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models_trajectory import Consent


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


def case_in_intake(workspace: Workspace, landlord_id: str, last_name: str = "Vermeulen") -> str:
    case_id = register_case(workspace, landlord_id, last_name)
    workspace.referrals.change_status(case_id, CaseStatus.INTAKE)
    return case_id


def add_landlord_consent(
    workspace: Workspace, case_id: str, given_on: date | None = None, withdrawn_on: date | None = None
) -> str:
    """A landlord consent row written straight into the store (independent of the consent screen)."""
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        consent = Consent(
            case_id=case_id,
            recipient=ConsentRecipient.LANDLORD.value,
            given_on=given_on or workspace.today(),
            informed_how="orally",
            withdrawn_on=withdrawn_on,
        )
        uow.add(consent)
        uow.session.flush()
        return consent.id


def withdraw_consent(workspace: Workspace, consent_id: str, on: date) -> None:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.session.get_one(Consent, consent_id).withdrawn_on = on


def smart_goal(today: date, **changes: object) -> GoalInput:
    """A private goal that passes every SMART check."""
    goal = GoalInput(
        description="Gaat elke week twee keer naar de sportclub in de buurt",
        measure="Aanwezigheidslijst van de club",
        tenant_agrees=True,
        realism="Karim sportte vroeger al en de club ligt om de hoek.",
        deadline=today + timedelta(days=90),
        domain=LifeDomain.DAYTIME_LEISURE,
        actor=GoalActor.TENANT,
        steps="Inschrijven; eerste training samen met de begeleider.",
        category=DataCategory.GENERAL,
    )
    return replace(goal, **changes)


def landlord_goal(today: date, **changes: object) -> GoalInput:
    goal = GoalInput(
        description="Betaalt elke maand de huur van 475 euro vóór de 5de",
        measure="Rekeninguittreksels en bevestiging van de verhuurder",
        tenant_agrees=True,
        realism="Het leefloon komt op de 1ste binnen; een doorlopende opdracht is haalbaar.",
        deadline=today + timedelta(days=180),
        domain=LifeDomain.ADMINISTRATION_FINANCES,
        actor=GoalActor.TENANT,
        steps="Doorlopende opdracht instellen bij de bank.",
        category=DataCategory.FINANCIAL,
        landlord_shared=True,
    )
    return replace(goal, **changes)


def plan_input(today: date, *goals: GoalInput, conditions: tuple[str, ...] = ()) -> PlanInput:
    return PlanInput(
        goals=list(goals) or [smart_goal(today)],
        conditions=[ConditionInput(text) for text in conditions],
    )
