"""A small real profile with agenda items of every kind, for the agenda service, export and view tests.

Cases are registered and moved through the real referral service; the trajectory rows (contacts,
evaluations, court events, aftercare, payment plans and payments) are written through the store's unit
of work in the shape their services write them, so these tests do not depend on how far the other
trajectory services have come.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from caseworker_desktop.domain.court import add_months
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import (
    CaseProfile,
    Contact,
    CourtEvent,
    Evaluation,
    Payment,
    PaymentPlan,
)


def register(
    workspace: Workspace, landlord_id: str, first: str, last: str, next_date: date | None = None
) -> str:
    today = workspace.today()
    return workspace.referrals.register(
        ReferralInput(
            first_name=first,
            last_name=last,
            street="Kerkstraat",
            house_number="12",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            referral_date=today - timedelta(days=60),
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS},
            monthly_rent="500,00",
            arrears_amount="1.500,00",
            next_date=next_date,
        )
    )


def move(workspace: Workspace, case_id: str, *steps: CaseStatus) -> None:
    for step in steps:
        reason = ClosingReason.GOALS_REACHED if step == CaseStatus.CLOSED else None
        workspace.referrals.change_status(case_id, step, reason=reason)


def add(workspace: Workspace, *records: object) -> None:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        for record in records:
            uow.add(record)


def tombstone(workspace: Workspace, model: type, record_id: str) -> None:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.tombstone(uow.session.get_one(model, record_id))


@dataclass(frozen=True)
class AgendaProfile:
    today: date
    active: str  # Jan Peeters: running, items of every running kind
    aftercare: str  # Els Janssens: in aftercare
    closed: str  # Noor Maes: closed, no aftercare yet
    ended: str  # Dirk Claes: ended, nothing of it may show
    deleted: str  # Bram Willems: tombstoned, nothing of it may show
    plan: str  # Jan's active payment plan


def day(today: date, offset: int) -> date:
    return today + timedelta(days=offset)


def build_profile(workspace: Workspace, landlord_id: str) -> AgendaProfile:
    """Today T. Expected agenda (default period: overdue + 30 days), by case:

    Jan Peeters (active): home visit T-3 (overdue), phone call T (today), evaluation T+10, hearing T+5,
      judgment T+12, eviction announced T+45 (outside 30 days), payment check a month after T-33
      (instalment 2 of 6, overdue: 1 is paid; the superseded earlier plan must not show), next date
      T+2. Not shown: a held contact, a held evaluation, a petition T-40 (court dates are history
      once past), a tombstoned planned visit.
    Els Janssens (aftercare): aftercare ends T+20, planned home visit T+7, next date T-1 (overdue);
      her planned evaluation T+3 does not show (the plan is closed).
    Noor Maes (closed): hearing T (today); her payment plan has every instalment paid or missed.
    Dirk Claes (ended) and Bram Willems (deleted): items that must never show.
    """
    today = workspace.today()
    active = register(workspace, landlord_id, "Jan", "Peeters", next_date=day(today, 2))
    move(workspace, active, CaseStatus.INTAKE, CaseStatus.ACTIVE)
    aftercare = register(workspace, landlord_id, "Els", "Janssens", next_date=day(today, -1))
    move(workspace, aftercare, CaseStatus.INTAKE, CaseStatus.CLOSED, CaseStatus.AFTERCARE)
    closed = register(workspace, landlord_id, "Noor", "Maes")
    move(workspace, closed, CaseStatus.CLOSED)
    ended = register(workspace, landlord_id, "Dirk", "Claes", next_date=day(today, 3))
    move(workspace, ended, CaseStatus.CLOSED, CaseStatus.ENDED)
    deleted = register(workspace, landlord_id, "Bram", "Willems", next_date=day(today, 4))

    old_plan = PaymentPlan(
        case_id=active,
        total_arrears_cents=90000,
        instalment_cents=10000,
        first_due_on=day(today, -120),
        instalments=9,
    )
    add(workspace, old_plan)  # created first: superseded by the plan below
    plan = PaymentPlan(
        case_id=active,
        total_arrears_cents=60000,
        instalment_cents=10000,
        first_due_on=today - timedelta(days=33),
        instalments=6,
    )
    add(workspace, plan)
    closed_plan = PaymentPlan(
        case_id=closed,
        total_arrears_cents=20000,
        instalment_cents=10000,
        first_due_on=day(today, -70),
        instalments=2,
    )
    add(workspace, closed_plan)
    stale_visit = Contact(case_id=active, on=day(today, 1), contact_kind="home_visit", planned=True)
    add(
        workspace,
        Contact(
            case_id=active,
            on=day(today, -3),
            contact_kind="home_visit",
            with_whom="Jan en zijn zus; bel eerst",
            planned=True,
        ),
        Contact(case_id=active, on=today, contact_kind="phone_call", with_whom="Jan", planned=True),
        Contact(
            case_id=active,
            on=day(today, -5),
            contact_kind="home_visit",
            with_whom="Jan",
            duration_min=45,
            summary="Budget overlopen",
            planned=False,
        ),
        stale_visit,
        Evaluation(case_id=active, planned_on=day(today, 10)),
        Evaluation(case_id=active, planned_on=day(today, -20), held_on=day(today, -20), decision="continue"),
        CourtEvent(case_id=active, event="petition", on=day(today, -40)),
        CourtEvent(case_id=active, event="hearing", on=day(today, 5), notes="Vredegerecht Gent, zaal 2"),
        CourtEvent(case_id=active, event="judgment", on=day(today, 12)),
        CourtEvent(case_id=active, event="eviction_announced", on=day(today, 45)),
        Payment(
            plan_id=plan.id,
            due_on=add_months(plan.first_due_on, 0),
            paid_on=add_months(plan.first_due_on, 0),
            amount_cents=10000,
        ),
        Payment(
            plan_id=old_plan.id,
            due_on=old_plan.first_due_on,
            paid_on=old_plan.first_due_on,
            amount_cents=10000,
        ),
        CaseProfile(case_id=aftercare, aftercare_until=day(today, 20)),
        Contact(
            case_id=aftercare, on=day(today, 7), contact_kind="home_visit", with_whom="Els", planned=True
        ),
        Evaluation(case_id=aftercare, planned_on=day(today, 3)),
        CourtEvent(case_id=closed, event="hearing", on=today),
        Payment(
            plan_id=closed_plan.id,
            due_on=closed_plan.first_due_on,
            paid_on=closed_plan.first_due_on,
            amount_cents=10000,
        ),
        Payment(
            plan_id=closed_plan.id,
            due_on=add_months(closed_plan.first_due_on, 1),
            amount_cents=0,
            missed=True,
        ),
        CaseProfile(case_id=ended, aftercare_until=day(today, 5)),
        Contact(case_id=ended, on=day(today, 1), contact_kind="home_visit", with_whom="Dirk", planned=True),
        CourtEvent(case_id=ended, event="hearing", on=day(today, 6)),
        Contact(case_id=deleted, on=day(today, 1), contact_kind="home_visit", with_whom="Bram", planned=True),
        Evaluation(case_id=deleted, planned_on=day(today, 2)),
    )
    tombstone(workspace, Contact, stale_visit.id)
    tombstone(workspace, Case, deleted)
    return AgendaProfile(today, active, aftercare, closed, ended, deleted, plan.id)
