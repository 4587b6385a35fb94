"""Use cases for closing a case and its aftercare.

Closing records the closure facts the funder and the landlord ask about (goals achieved, eviction
avoided, housing situation at the end) and moves the case to closed. Aftercare then starts at the
closure date and runs a number of months (3 unless the counsellor says otherwise); it ends by hand or
on its own once its last day has passed. A case can also end straight after closure, without aftercare.

`end_due_aftercare()` ends every aftercare whose date has passed. The closure panel calls it when it
loads; the application should also call it once after unlocking, so the caseload and agenda show
ended cases as ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal_column, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import (
    AFTERCARE_DEFAULT_MONTHS,
    AFTERCARE_MAX_MONTHS,
    ClosureInput,
    GoalsAchieved,
    add_months,
    aftercare_end,
    check_aftercare_until,
    validate_closure,
)
from caseworker_desktop.domain.status import RUNNING, CaseStatus, ClosingReason
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.case_status import transition
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case, StatusChange
from caseworker_desktop.store.models_trajectory import CaseProfile, Closure, Contact
from caseworker_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class ClosureRecord:
    """What the closure form recorded."""

    closed_on: date
    reason: ClosingReason
    motivation: str
    goals_achieved: GoalsAchieved
    eviction_avoided: bool
    housing_situation: str
    referred_to: str


@dataclass(frozen=True)
class ClosureView:
    """Where a case stands after its support: closure, aftercare, end. Readable for any episode,
    also an earlier one that a relapse episode links back to."""

    case_id: str
    status: CaseStatus
    referral_date: date
    closed_on: date | None  # also for a case closed without the closure form (decided not to start)
    reason: ClosingReason | None
    motivation: str
    closure: ClosureRecord | None  # None while running, or when closed without the closure form
    aftercare_started_on: date | None
    aftercare_until: date | None  # last day of aftercare (the actual one once ended by hand)
    ended_on: date | None
    aftercare_contacts: int  # contacts held after the closure date

    @property
    def running(self) -> bool:
        return self.status in RUNNING

    @property
    def aftercare_latest(self) -> date | None:
        """The furthest the end of aftercare can be moved."""
        return add_months(self.closed_on, AFTERCARE_MAX_MONTHS) if self.closed_on else None


class ClosureService(StoreService):
    def close(self, case_id: str, data: ClosureInput) -> None:
        """Record the closure and move the running case to closed (ValidationFailed per field;
        RuleViolation when the state machine refuses)."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) not in RUNNING:
                raise RuleViolation("closure_case_not_running")
            facts = validate_closure(data, self._today(), case.referral_date)
            if self._closure(uow, case_id) is not None:
                raise RuleViolation("closure_already_recorded")
            transition(
                uow,
                case_id,
                CaseStatus.CLOSED,
                reason=facts.reason,
                motivation=facts.motivation,
                effective_on=facts.closed_on,
            )
            uow.add(
                Closure(
                    case_id=case_id,
                    closed_on=facts.closed_on,
                    reason=facts.reason.value,
                    goals_achieved=facts.goals_achieved.value,
                    eviction_avoided=facts.eviction_avoided,
                    housing_situation=facts.housing_situation,
                    referred_to=facts.referred_to,
                )
            )

    def start_aftercare(self, case_id: str, months: int = AFTERCARE_DEFAULT_MONTHS) -> date:
        """Aftercare from the closure date for `months` months (1–12); returns its last day."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) != CaseStatus.CLOSED:
                raise RuleViolation("aftercare_needs_closed_case")
            closed_on = self._closed_on(uow, case_id) or self._today()
            until = aftercare_end(closed_on, months, self._today())
            self._profile(uow, case_id).aftercare_until = until
            transition(uow, case_id, CaseStatus.AFTERCARE, effective_on=closed_on)
            return until

    def set_aftercare_until(self, case_id: str, until: date | None) -> None:
        """Move the last day of a running aftercare (after the closure, at most 12 months on)."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) != CaseStatus.AFTERCARE:
                raise RuleViolation("aftercare_not_running")
            closed_on = self._closed_on(uow, case_id) or self._today()
            self._profile(uow, case_id).aftercare_until = check_aftercare_until(
                until, closed_on, self._today()
            )

    def end_aftercare(self, case_id: str) -> None:
        """End a running aftercare by hand, today."""
        today = self._today()
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) != CaseStatus.AFTERCARE:
                raise RuleViolation("aftercare_not_running")
            profile = self._profile(uow, case_id)
            if profile.aftercare_until is None or profile.aftercare_until > today:
                profile.aftercare_until = today
            transition(uow, case_id, CaseStatus.ENDED, effective_on=today)

    def end_without_aftercare(self, case_id: str) -> None:
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            if CaseStatus(case.status) != CaseStatus.CLOSED:
                raise RuleViolation("aftercare_needs_closed_case")
            transition(uow, case_id, CaseStatus.ENDED, effective_on=self._today())

    def end_due_aftercare(self, today: date | None = None) -> tuple[str, ...]:
        """End every aftercare whose last day lies before `today`; returns the ended case ids."""
        day = today or self._today()
        with self._uow() as uow:
            due = uow.session.execute(
                select(Case.id, CaseProfile.aftercare_until)
                .join(CaseProfile, CaseProfile.case_id == Case.id)
                .where(
                    Case.status == CaseStatus.AFTERCARE.value,
                    Case.deleted.is_(False),
                    CaseProfile.deleted.is_(False),
                    CaseProfile.aftercare_until < day,
                )
                .order_by(CaseProfile.aftercare_until, Case.id)
            ).all()
            for case_id, until in due:
                transition(uow, case_id, CaseStatus.ENDED, effective_on=until)
            return tuple(case_id for case_id, _ in due)

    def closure_of(self, case_id: str) -> ClosureView:
        """The closure and aftercare of a case, whatever its status; the read is audited."""
        with self._uow() as uow:
            session = uow.session
            case = session.get_one(Case, case_id)
            closure = self._closure(uow, case_id)
            changes = session.scalars(
                select(StatusChange)
                .where(StatusChange.case_id == case_id, StatusChange.deleted.is_(False))
                .order_by(StatusChange.created_at, literal_column("status_change.rowid"))
            ).all()
            when: dict[str, StatusChange] = {}
            for change in changes:
                when[change.to_status] = change  # the last move into each status
            closed = when.get(CaseStatus.CLOSED.value)
            aftercare = when.get(CaseStatus.AFTERCARE.value)
            ended = when.get(CaseStatus.ENDED.value)
            profile = session.scalars(
                select(CaseProfile).where(CaseProfile.case_id == case_id, CaseProfile.deleted.is_(False))
            ).first()
            status = CaseStatus(case.status)
            closed_on = closure.closed_on if closure else (closed.effective_on if closed else None)
            reason = ClosingReason(case.closing_reason) if case.closing_reason else None
            motivation = closed.motivation if closed else ""
            after = 0
            if closed_on is not None and status not in RUNNING:
                after = (
                    session.scalar(
                        select(func.count())
                        .select_from(Contact)
                        .where(
                            Contact.case_id == case_id,
                            Contact.deleted.is_(False),
                            Contact.planned.is_(False),
                            Contact.on > closed_on,
                        )
                    )
                    or 0
                )
            if closure is not None:
                uow.audit(AuditAction.READ, Closure.kind, closure.id)
            return ClosureView(
                case_id=case_id,
                status=status,
                referral_date=case.referral_date,
                closed_on=closed_on,
                reason=reason,
                motivation=motivation,
                closure=ClosureRecord(
                    closed_on=closure.closed_on,
                    reason=ClosingReason(closure.reason),
                    motivation=motivation,
                    goals_achieved=GoalsAchieved(closure.goals_achieved),
                    eviction_avoided=closure.eviction_avoided,
                    housing_situation=closure.housing_situation,
                    referred_to=closure.referred_to,
                )
                if closure
                else None,
                aftercare_started_on=aftercare.effective_on if aftercare else None,
                aftercare_until=profile.aftercare_until if profile and aftercare else None,
                ended_on=ended.effective_on if ended else None,
                aftercare_contacts=after,
            )

    # --- helpers ----------------------------------------------------------------------------------
    @staticmethod
    def _closure(uow: UnitOfWork, case_id: str) -> Closure | None:
        return uow.session.scalars(
            select(Closure).where(Closure.case_id == case_id, Closure.deleted.is_(False))
        ).first()

    def _closed_on(self, uow: UnitOfWork, case_id: str) -> date | None:
        closure = self._closure(uow, case_id)
        if closure is not None:
            return closure.closed_on
        change = uow.session.scalars(
            select(StatusChange)
            .where(StatusChange.case_id == case_id, StatusChange.to_status == CaseStatus.CLOSED.value)
            .order_by(StatusChange.created_at.desc(), literal_column("status_change.rowid").desc())
        ).first()
        return change.effective_on if change else None

    @staticmethod
    def _profile(uow: UnitOfWork, case_id: str) -> CaseProfile:
        profile = uow.session.scalars(select(CaseProfile).where(CaseProfile.case_id == case_id)).first()
        if profile is None:
            profile = CaseProfile(case_id=case_id)
            uow.add(profile)
        return profile
