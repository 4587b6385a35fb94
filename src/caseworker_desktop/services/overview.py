"""The case at a glance: the trajectory as a timeline, the current step and the next action.

Meant for a colleague who takes a case over: one read of every part of the trajectory, condensed into
dated entries and one sentence of what to do next. It reads the tables directly rather than through the
other services, so opening a case costs one unit of work.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case, Client, ReferralRecord, StatusChange
from caseworker_desktop.store.models_agreement import Agreement, AgreementSignature
from caseworker_desktop.store.models_trajectory import (
    CaseProfile,
    Closure,
    Consent,
    Contact,
    CourtEvent,
    Evaluation,
    Intake,
    OutreachAttempt,
    PlanVersion,
)


class EntryKind(StrEnum):
    REFERRAL = "referral"
    STATUS = "status"
    OUTREACH = "outreach"
    CONSENT_GIVEN = "consent_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    INTAKE = "intake"
    PLAN_AGREED = "plan_agreed"
    EVALUATION = "evaluation"
    CONTACT = "contact"
    COURT = "court"
    CLOSURE = "closure"
    AGREEMENT_IN_FORCE = "agreement_in_force"


class NextAction(StrEnum):
    START_OUTREACH = "start_outreach"
    DECIDE_START = "decide_start"
    HOLD_INTAKE = "hold_intake"
    DRAFT_PLAN = "draft_plan"
    AGREE_PLAN = "agree_plan"
    PLAN_EVALUATION = "plan_evaluation"
    EVALUATE = "evaluate"
    EVALUATION_OVERDUE = "evaluation_overdue"
    AFTERCARE_OR_END = "aftercare_or_end"
    AFTERCARE_RUNS = "aftercare_runs"
    NONE = "none"


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: EntryKind
    detail: str  # a code or short value the interface turns into words (status, court event, recipient)
    count: int = 1


@dataclass(frozen=True)
class AgreementSummary:
    """The latest agreement version: how far signing got, and who is still missing (signer kinds)."""

    number: int
    in_force_number: int | None
    in_force_on: date | None
    missing: tuple[str, ...]  # Signer values of the latest version still to sign; empty once in force
    needs_signing: bool  # the latest version is not in force (draft or being signed)


@dataclass(frozen=True)
class CaseOverview:
    case_id: str
    number: str
    client_name: str
    status: CaseStatus
    counsellor: str
    previous_case_id: str | None
    entries: tuple[TimelineEntry, ...]
    next_action: NextAction
    next_action_on: date | None
    next_hearing: date | None
    outreach_attempts: int
    outreach_days: int
    landlord_consent: bool
    plan_number: int | None
    plan_status: str | None
    contacts: int
    last_contact: date | None
    eviction_procedure: bool
    closing_reason: ClosingReason | None
    aftercare_until: date | None
    agreement: AgreementSummary | None = None

    @property
    def current_step(self) -> CaseStatus:
        return self.status


T = TypeVar("T")


def _of_case(session: Session, model: type[T], case_id: str, order: Any) -> Sequence[T]:
    """Live (not tombstoned) rows of one case, in the given order."""
    query = select(model).where(
        getattr(model, "case_id") == case_id,  # noqa: B009 — the models share no base with these columns
        getattr(model, "deleted").is_(False),  # noqa: B009
    )
    return session.scalars(query.order_by(order)).all()


class OverviewService(StoreService):
    def overview(self, case_id: str) -> CaseOverview:
        today = self._today()
        with self._uow() as uow:
            s = uow.session
            case = s.get_one(Case, case_id)
            client = s.get_one(Client, case.client_id)
            referral = s.scalars(select(ReferralRecord).where(ReferralRecord.case_id == case_id)).first()

            changes = _of_case(s, StatusChange, case_id, StatusChange.created_at)
            attempts = _of_case(s, OutreachAttempt, case_id, OutreachAttempt.on)
            consents = _of_case(s, Consent, case_id, Consent.given_on)
            intake = s.scalars(
                select(Intake).where(Intake.case_id == case_id, Intake.deleted.is_(False))
            ).first()
            plans = _of_case(s, PlanVersion, case_id, PlanVersion.number)
            evaluations = _of_case(s, Evaluation, case_id, Evaluation.planned_on)
            contacts = _of_case(s, Contact, case_id, Contact.on)
            court = _of_case(s, CourtEvent, case_id, CourtEvent.on)
            closure = s.scalars(
                select(Closure).where(Closure.case_id == case_id, Closure.deleted.is_(False))
            ).first()
            profile = s.scalars(
                select(CaseProfile).where(CaseProfile.case_id == case_id, CaseProfile.deleted.is_(False))
            ).first()
            agreement = _agreement_summary(s, case_id)
            uow.audit(AuditAction.READ, "case", case_id)

        entries: list[TimelineEntry] = [TimelineEntry(case.referral_date, EntryKind.REFERRAL, "")]
        for change in changes:
            if change.from_status is None:
                continue
            on = change.effective_on or (change.created_at or self._clock()).date()
            entries.append(TimelineEntry(on, EntryKind.STATUS, change.to_status))
        if attempts:
            entries.append(
                TimelineEntry(attempts[-1].on, EntryKind.OUTREACH, attempts[-1].result, len(attempts))
            )
        for consent in consents:
            entries.append(TimelineEntry(consent.given_on, EntryKind.CONSENT_GIVEN, consent.recipient))
            if consent.withdrawn_on:
                entries.append(
                    TimelineEntry(consent.withdrawn_on, EntryKind.CONSENT_WITHDRAWN, consent.recipient)
                )
        if intake is not None and intake.held_on:
            entries.append(TimelineEntry(intake.held_on, EntryKind.INTAKE, ""))
        for plan in plans:
            if plan.agreed_on:
                entries.append(TimelineEntry(plan.agreed_on, EntryKind.PLAN_AGREED, str(plan.number)))
        for evaluation in evaluations:
            if evaluation.held_on:
                entries.append(
                    TimelineEntry(evaluation.held_on, EntryKind.EVALUATION, evaluation.decision or "")
                )
        past_contacts = [c for c in contacts if not c.planned]
        if past_contacts:
            entries.append(
                TimelineEntry(
                    past_contacts[-1].on,
                    EntryKind.CONTACT,
                    past_contacts[-1].contact_kind,
                    len(past_contacts),
                )
            )
        for event in court:
            entries.append(TimelineEntry(event.on, EntryKind.COURT, event.event))
        if closure is not None:
            entries.append(TimelineEntry(closure.closed_on, EntryKind.CLOSURE, closure.reason))
        for number, on in agreement[1]:
            entries.append(TimelineEntry(on, EntryKind.AGREEMENT_IN_FORCE, str(number)))
        entries.sort(key=lambda e: e.on)

        hearings = [e.on for e in court if e.event == "hearing" and e.on >= today]
        open_evaluations = [e.planned_on for e in evaluations if e.held_on is None]
        current_plan = plans[-1] if plans else None
        status = CaseStatus(case.status)
        action, action_on = _next_action(
            status,
            intake is not None,
            current_plan.status if current_plan else None,
            min(open_evaluations) if open_evaluations else None,
            today,
            profile.aftercare_until if profile else None,
        )
        return CaseOverview(
            case_id=case.id,
            number=case.number,
            client_name=f"{client.first_name} {client.last_name}",
            status=status,
            counsellor=case.counsellor_name,
            previous_case_id=case.previous_case_id,
            entries=tuple(entries),
            next_action=action,
            next_action_on=action_on,
            next_hearing=min(hearings) if hearings else None,
            outreach_attempts=len(attempts),
            outreach_days=(attempts[-1].on - attempts[0].on).days + 1 if attempts else 0,
            landlord_consent=any(
                c.recipient == "landlord"
                and c.given_on <= today
                and (c.withdrawn_on is None or c.withdrawn_on > today)
                for c in consents
            ),
            plan_number=current_plan.number if current_plan else None,
            plan_status=current_plan.status if current_plan else None,
            contacts=len(past_contacts),
            last_contact=past_contacts[-1].on if past_contacts else None,
            eviction_procedure=bool(referral and referral.eviction_procedure),
            closing_reason=ClosingReason(case.closing_reason) if case.closing_reason else None,
            aftercare_until=profile.aftercare_until if profile else None,
            agreement=agreement[0],
        )


def _agreement_summary(
    session: Session, case_id: str
) -> tuple[AgreementSummary | None, list[tuple[int, date]]]:
    """The latest version's signing state, and the days each version came into force."""
    versions = _of_case(session, Agreement, case_id, Agreement.number)
    if not versions:
        return None, []
    latest = versions[-1]
    signed = set(
        session.scalars(
            select(AgreementSignature.slot).where(
                AgreementSignature.agreement_id == latest.id, AgreementSignature.deleted.is_(False)
            )
        )
    )
    missing = tuple(signer for key, signer, _ in json.loads(latest.signers) if key not in signed)
    in_force = [v for v in versions if v.in_force_on is not None and v.superseded_on is None]
    started = [(v.number, v.in_force_on) for v in versions if v.in_force_on is not None]
    summary = AgreementSummary(
        number=latest.number,
        in_force_number=in_force[-1].number if in_force else None,
        in_force_on=in_force[-1].in_force_on if in_force else None,
        missing=missing,
        needs_signing=latest.in_force_on is None and latest.superseded_on is None,
    )
    return summary, [(n, on) for n, on in started if on is not None]


def _next_action(
    status: CaseStatus,
    has_intake: bool,
    plan_status: str | None,
    next_evaluation: date | None,
    today: date,
    aftercare_until: date | None,
) -> tuple[NextAction, date | None]:
    if status == CaseStatus.REFERRED:
        return NextAction.START_OUTREACH, None
    if status == CaseStatus.OUTREACH:
        return NextAction.DECIDE_START, None
    if status == CaseStatus.INTAKE:
        if not has_intake:
            return NextAction.HOLD_INTAKE, None
        if plan_status is None:
            return NextAction.DRAFT_PLAN, None
        return NextAction.AGREE_PLAN, None
    if status == CaseStatus.ACTIVE:
        if next_evaluation is None:
            return NextAction.PLAN_EVALUATION, None
        if next_evaluation < today:
            return NextAction.EVALUATION_OVERDUE, next_evaluation
        return NextAction.EVALUATE, next_evaluation
    if status == CaseStatus.CLOSED:
        return NextAction.AFTERCARE_OR_END, None
    if status == CaseStatus.AFTERCARE:
        return NextAction.AFTERCARE_RUNS, aftercare_until
    return NextAction.NONE, None
