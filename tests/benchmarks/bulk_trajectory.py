"""Trajectory rows for the 50,000-case benchmark profile, and one case with five years of history.

`fill_trajectory` gives a realistic fraction of the cases filled by bulk.fill the rows the agenda reads
(planned and held contacts, evaluations, court events, aftercare, payment plans with payments), straight
through the engine like bulk.fill: going through the services would take many minutes and measure the
wrong thing. `add_history_case` writes one case's five years through a unit of work, so every row gets
the version, author, outbox and audit stamps the services' rows get. `open_case` is what opening a case
reads, through the case window's services.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from caseworker_desktop.domain.consent import ConsentRecipient, InformedHow
from caseworker_desktop.domain.court import CourtEventKind, FbuStatus, add_months
from caseworker_desktop.domain.engagement import Attitude, LifeDomain, OutreachChannel, OutreachResult
from caseworker_desktop.domain.followup import ContactKind
from caseworker_desktop.domain.plan import EvaluationDecision, GoalActor, GoalResult, PlanStatus
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.domain.scopes import DataCategory, SharingScope
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import (
    CaseProfile,
    Consent,
    Contact,
    CourtEvent,
    Evaluation,
    FbuApplication,
    Goal,
    GoalEvaluation,
    Intake,
    IntakeDomain,
    LacMeeting,
    OutreachAttempt,
    Payment,
    PaymentPlan,
    PlanCondition,
    PlanVersion,
    WorkingNote,
)
from caseworker_desktop.store.profile import OpenStore

TODAY = date(2026, 11, 24)  # the day bulk.fill writes its cases around
NOW = datetime(2026, 11, 24, 9, 0)
CONTACT_KINDS = [
    ContactKind.HOME_VISIT.value,
    ContactKind.HOME_VISIT.value,
    ContactKind.PHONE_CALL.value,
    ContactKind.OFFICE_MEETING.value,
    ContactKind.LANDLORD_CONSULTATION.value,
]
RUNNING = {"referred", "outreach", "intake", "active"}


def _common() -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
        "author": "bench",
        "scope": "care_team",
        "deleted": False,
    }


def _batches(rows: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def fill_trajectory(store: OpenStore, seed: int = 11) -> dict[str, int]:
    """Rows for a fraction of the cases, as a team's caseload has them; returns the count per table.

    Per case, independently: 35% have a contact log (4 to 12 held contacts over the last year), of
    which 60% also have a planned contact from 2 weeks ago to 2 months ahead; 25% have 1 to 3 held
    evaluations, and running ones one planned evaluation; 8% have a court procedure (a petition, a
    hearing from 2 months ago to 2 months ahead, sometimes a judgment and an announced eviction);
    12% a payment plan (6 to 24 instalments, the ones due so far mostly paid, some missed, one in ten
    renegotiated so an earlier plan is superseded); every case in aftercare its end date.
    """
    rng = random.Random(seed)
    with store.engine.begin() as conn:
        cases = conn.execute(select(Case.id, Case.status)).all()
        rows: dict[type, list[dict[str, Any]]] = {
            model: [] for model in (Contact, Evaluation, CourtEvent, CaseProfile, PaymentPlan, Payment)
        }

        def ahead(low: int, high: int) -> date:
            return TODAY + timedelta(days=rng.randint(low, high))

        for case_id, status in cases:
            if rng.random() < 0.35:
                for _ in range(rng.randint(4, 12)):
                    rows[Contact].append(
                        {
                            **_common(),
                            "case_id": case_id,
                            "on": ahead(-365, 0),
                            "duration_min": rng.choice([15, 30, 45, 60, 90]),
                            "contact_kind": rng.choice(CONTACT_KINDS),
                            "with_whom": "Huurder",
                            "summary": "Opvolging budget en huur",
                            "planned": False,
                        }
                    )
                if rng.random() < 0.6:
                    rows[Contact].append(
                        {
                            **_common(),
                            "case_id": case_id,
                            "on": ahead(-14, 60),
                            "duration_min": None,
                            "contact_kind": rng.choice(CONTACT_KINDS),
                            "with_whom": "Huurder en zus",
                            "summary": "",
                            "planned": True,
                        }
                    )
            if rng.random() < 0.25:
                for _ in range(rng.randint(1, 3)):
                    held = ahead(-365, -1)
                    rows[Evaluation].append(
                        {
                            **_common(),
                            "case_id": case_id,
                            "planned_on": held,
                            "held_on": held,
                            "landlord_summary": "Afspraken nagekomen",
                            "private_notes": "",
                            "decision": "continue",
                            "next_on": None,
                        }
                    )
                if status in RUNNING:
                    rows[Evaluation].append(
                        {
                            **_common(),
                            "case_id": case_id,
                            "planned_on": ahead(-20, 90),
                            "held_on": None,
                            "landlord_summary": "",
                            "private_notes": "",
                            "decision": None,
                            "next_on": None,
                        }
                    )
            if rng.random() < 0.08:
                court = [("petition", ahead(-200, -60)), ("hearing", ahead(-60, 60))]
                if rng.random() < 0.4:
                    court.append(("judgment", ahead(-30, 90)))
                if rng.random() < 0.15:
                    court.append(("eviction_announced", ahead(0, 120)))
                for event, on in court:
                    rows[CourtEvent].append(
                        {**_common(), "case_id": case_id, "event": event, "on": on, "notes": "Vredegerecht"}
                    )
            if status == "aftercare" or rng.random() < 0.2:
                rows[CaseProfile].append(
                    {
                        **_common(),
                        "case_id": case_id,
                        "attitude": "accepts_visits",
                        "landlord_mandate_on": ahead(-400, -100),
                        "tenant_agreement_on": ahead(-400, -100),
                        "not_started_motivation": "",
                        "aftercare_until": ahead(-20, 90) if status == "aftercare" else None,
                    }
                )
            if rng.random() < 0.12:
                plans = 2 if rng.random() < 0.1 else 1
                for n in range(plans):
                    count = rng.randint(6, 24)
                    first = ahead(-365, 30)
                    plan = {
                        **_common(),
                        "case_id": case_id,
                        "total_arrears_cents": count * 10000,
                        "instalment_cents": 10000,
                        "first_due_on": first,
                        "instalments": count,
                        "created_at": NOW + timedelta(seconds=n),  # the later one is the active plan
                    }
                    rows[PaymentPlan].append(plan)
                    for k in range(count):
                        due = add_months(first, k)
                        if due > TODAY or rng.random() < 0.15:
                            break  # not due yet, or the counsellor has not checked it yet
                        missed = rng.random() < 0.12
                        rows[Payment].append(
                            {
                                **_common(),
                                "plan_id": plan["id"],
                                "due_on": due,
                                "paid_on": None if missed else due + timedelta(days=rng.randint(0, 5)),
                                "amount_cents": 0 if missed else 10000,
                                "missed": missed,
                            }
                        )
        for model, batch_rows in rows.items():
            for batch in _batches(batch_rows):
                conn.execute(insert(model), batch)
    return {model.__tablename__: len(batch_rows) for model, batch_rows in rows.items()}


# --- one case with five years of history ---------------------------------------------------------------
def add_history_case(workspace: Workspace, landlord_id: str) -> str:
    """A tenant followed for five years: 200 contacts, 10 evaluations, 3 plan versions, and the rest
    of a long trajectory: outreach, consents, intake, court dates, two payment plans with their
    payments, an FBU application and a LAC meeting. The case is still active."""
    rng = random.Random(5)
    today = workspace.today()
    start = today - timedelta(days=5 * 365)
    case_id = workspace.referrals.register(
        ReferralInput(
            first_name="Mehmet",
            last_name="Yılmaz",
            street="Lindelaan",
            house_number="7",
            postcode="2800",
            municipality="Mechelen",
            landlord_id=landlord_id,
            monthly_rent="560,00",
            arrears_amount="2.240,00",
            referral_date=start,
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS, Problem.UPKEEP},
            steps_taken="Aanmaningen, gesprek met de huurdersbegeleider.",
            question="Kan woonbegeleiding de huur helpen stabiliseren?",
            eviction_procedure=True,
            next_date=today + timedelta(days=9),
        )
    )
    for step in (CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE):
        workspace.referrals.change_status(case_id, step)

    def on(days: int) -> date:
        return start + timedelta(days=days)

    records: list[Any] = []
    add = records.append
    for n in range(12):
        channel = OutreachChannel.HOME_VISIT if n == 11 else OutreachChannel.LETTER
        result = OutreachResult.REACHED if n == 11 else OutreachResult.NO_ANSWER
        add(OutreachAttempt(case_id=case_id, on=on(2 + n), channel=channel.value, result=result.value))
    add(
        CaseProfile(
            case_id=case_id,
            attitude=Attitude.ACCEPTS_VISITS.value,
            landlord_mandate_on=on(1),
            tenant_agreement_on=on(15),
        )
    )
    for recipient in ConsentRecipient:
        other = recipient == ConsentRecipient.ORGANISATION
        add(
            Consent(
                case_id=case_id,
                recipient=recipient.value,
                organisation_name="OCMW Mechelen" if other else "",
                purpose="Budgetbegeleiding" if other else "",
                categories=DataCategory.FINANCIAL.value if other else "",
                given_on=on(16),
                informed_how=InformedHow.ORALLY.value,
            )
        )
    add(
        Intake(
            case_id=case_id,
            held_on=on(20),
            own_question="Rust in het hoofd over de huur",
            housing_skills_rating=2,
            housing_skills_notes="Onderhoud lukt niet alleen",
            services_involved="OCMW, CGG",
            household_situation="Alleenstaand met twee kinderen",
        )
    )
    for domain in LifeDomain:
        category = DataCategory.HEALTH if domain == LifeDomain.MENTAL_WELLBEING else DataCategory.GENERAL
        add(
            IntakeDomain(
                case_id=case_id,
                domain=domain.value,
                rating=rng.randint(1, 5),
                notes="…",
                category=category.value,
            )
        )

    workspace_records(workspace, records)
    records.clear()

    goals_by_plan: list[list[Goal]] = []
    for number, agreed in ((1, on(40)), (2, on(600)), (3, on(1300))):
        plan = PlanVersion(
            case_id=case_id,
            number=number,
            status=(PlanStatus.AGREED if number == 3 else PlanStatus.SUPERSEDED).value,
            agreed_on=agreed,
        )
        workspace_records(workspace, [plan])
        goals = [
            Goal(
                plan_id=plan.id,
                position=k,
                description=f"Doel {k} van versie {number}: elke maand de huur op tijd betalen",
                measure="Huur op rekening voor de 5de",
                tenant_agrees=True,
                realism="Haalbaar met budgetbegeleiding",
                deadline=agreed + timedelta(days=180),
                domain=LifeDomain.ADMINISTRATION_FINANCES.value,
                actor=GoalActor.TENANT.value,
                steps="Domiciliëring aanvragen",
                landlord_shared=k < 3,
                scope=(SharingScope.LANDLORD if k < 3 else SharingScope.CARE_TEAM).value,
            )
            for k in range(6)
        ]
        conditions = [
            PlanCondition(plan_id=plan.id, position=k, text=f"Voorwaarde {k}: huur plus afbetaling")
            for k in range(3)
        ]
        workspace_records(workspace, [*goals, *conditions])
        goals_by_plan.append(goals)

    for n in range(200):
        contact = Contact(
            case_id=case_id,
            on=on(25 + n * 9),
            duration_min=rng.choice([30, 45, 60, 90]),
            contact_kind=rng.choice(CONTACT_KINDS),
            with_whom="Mehmet",
            summary=f"Huisbezoek {n}: post overlopen, afbetaling besproken, volgende stappen afgesproken.",
        )
        add(contact)
    workspace_records(workspace, records)
    notes = [
        WorkingNote(
            case_id=case_id, contact_id=c.id, text="Eigen werknota", scope=SharingScope.PERSONAL.value
        )
        for c in records[::10]
    ]
    records.clear()
    workspace_records(workspace, notes)

    for n in range(10):
        planned = on(150 + n * 170)
        evaluation = Evaluation(
            case_id=case_id,
            planned_on=planned,
            held_on=planned,
            landlord_summary="Afspraken grotendeels nagekomen",
            private_notes="Spanning thuis",
            decision=(EvaluationDecision.CONTINUE if n < 9 else EvaluationDecision.ADJUST_PLAN).value,
            next_on=planned + timedelta(days=170),
        )
        workspace_records(workspace, [evaluation])
        goals = goals_by_plan[0 if n < 3 else 1 if n < 7 else 2]
        workspace_records(
            workspace,
            [
                GoalEvaluation(evaluation_id=evaluation.id, goal_id=g.id, result=GoalResult.PARTLY.value)
                for g in goals
            ],
        )
    add(Evaluation(case_id=case_id, planned_on=today + timedelta(days=20)))

    for event, days in (
        (CourtEventKind.PETITION, 5),
        (CourtEventKind.HEARING, 60),
        (CourtEventKind.JUDGMENT, 90),
        (CourtEventKind.HEARING, 1500),
    ):
        add(CourtEvent(case_id=case_id, event=event.value, on=on(days), notes="Vredegerecht Mechelen"))
    for n, first in enumerate((on(100), on(900))):
        plan = PaymentPlan(
            case_id=case_id,
            total_arrears_cents=240000,
            instalment_cents=10000,
            first_due_on=first,
            instalments=24,
        )
        workspace_records(workspace, [plan])
        workspace_records(
            workspace,
            [
                Payment(
                    plan_id=plan.id,
                    due_on=add_months(first, k),
                    paid_on=add_months(first, k) + timedelta(days=2),
                    amount_cents=10000,
                )
                for k in range(24 if n == 0 else 20)
            ],
        )
    add(
        FbuApplication(
            case_id=case_id,
            applied_on=on(80),
            arrears_months=4,
            support_accepted=True,
            budget_counselling=True,
            positive_budget_plan=True,
            status=FbuStatus.GRANTED.value,
            decided_on=on(110),
        )
    )
    add(LacMeeting(case_id=case_id, on=on(70), decision="Afbetalingsplan van 100 euro per maand"))
    workspace_records(workspace, records)
    return case_id


def workspace_records(workspace: Workspace, records: list[Any]) -> None:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        for record in records:
            uow.add(record)


def open_case(workspace: Workspace, case_id: str) -> None:
    """What opening a case reads: the referral and every panel's read of the case's tables.

    Through the services of the case window's panels as they stand now; the lead switches this to the
    real case window load once it is wired.
    """
    workspace.referrals.load(case_id)
    workspace.overview.overview(case_id)
    workspace.engagement.state(case_id)
    workspace.engagement.outreach(case_id)
    workspace.engagement.consent_list(case_id)
    workspace.engagement.intake(case_id)
    workspace.plans.overview(case_id)
    workspace.contacts.contacts(case_id)
    workspace.contacts.case_notes(case_id)
    workspace.evaluations.evaluations(case_id)
    workspace.closure.closure_of(case_id)
    workspace.court.overview(case_id)
    workspace.arrears.overview(case_id)
