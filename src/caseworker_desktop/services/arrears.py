"""Use cases for arrears, payment plans, FBU applications and LAC meetings.

One active payment plan per case. While no payment or missed instalment is recorded on it, the plan
can be corrected in place (a typing error). Once money has come in, its terms are fixed: a
renegotiated plan is a new plan, by default for what remained of the old one, and becomes the active
plan; the old plan stays readable, with its payments, as superseded. The active plan is the most
recently created plan that is not removed, so removing a renegotiated plan by mistake brings the
earlier one back. Payments and missed marks go to the active plan only.

The arrears amount, months and rent from the referral (the Tenancy) are the defaults for a new plan
and a new FBU application.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select

from caseworker_desktop.domain.court import (
    FbuData,
    FbuInput,
    FbuStatus,
    LacInput,
    PaymentFact,
    PaymentInput,
    PaymentPlanInput,
    PaymentPlanTerms,
    PlanStatus,
    arrears_in_months,
    check_missed,
    fbu_unmet_conditions,
    payment_warnings,
    plan_status,
    schedule,
    validate_fbu,
    validate_lac,
    validate_payment,
    validate_plan,
)
from caseworker_desktop.domain.errors import Issue, RuleViolation
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case, Tenancy
from caseworker_desktop.store.models_trajectory import FbuApplication, LacMeeting, Payment, PaymentPlan
from caseworker_desktop.store.uow import UnitOfWork, local_date


@dataclass(frozen=True)
class ArrearsDefaults:
    """What the referral said about the tenancy; the starting values of the forms."""

    arrears_cents: int | None
    arrears_months: int | None  # as typed at referral, else computed from arrears and rent
    monthly_rent_cents: int | None


@dataclass(frozen=True)
class PaymentView:
    id: str
    due_on: date
    paid_on: date | None
    amount_cents: int
    missed: bool


@dataclass(frozen=True)
class PlanView:
    id: str
    terms: PaymentPlanTerms
    status: PlanStatus  # as of today
    payments: tuple[PaymentView, ...]  # by due date, then payment date
    active: bool
    created_on: date | None


@dataclass(frozen=True)
class FbuView:
    id: str
    data: FbuData
    unmet: tuple[Issue, ...]  # the eligibility check, shown as warnings


@dataclass(frozen=True)
class LacView:
    id: str
    on: date
    decision: str


@dataclass(frozen=True)
class ArrearsOverview:
    case_id: str
    defaults: ArrearsDefaults
    plan: PlanView | None  # the active plan
    earlier_plans: tuple[PlanView, ...]  # superseded by renegotiation, newest first
    fbu: tuple[FbuView, ...]  # by application date
    lac: tuple[LacView, ...]  # by meeting date


@dataclass(frozen=True)
class PaymentSaved:
    id: str
    warnings: tuple[Issue, ...]


@dataclass(frozen=True)
class FbuSaved:
    id: str
    unmet: tuple[Issue, ...]


def _terms(plan: PaymentPlan) -> PaymentPlanTerms:
    return PaymentPlanTerms(
        plan.total_arrears_cents, plan.instalment_cents, plan.instalments, plan.first_due_on
    )


def _fact(payment: Payment) -> PaymentFact:
    return PaymentFact(payment.id, payment.due_on, payment.paid_on, payment.amount_cents, payment.missed)


def _fbu_data(record: FbuApplication) -> FbuData:
    return FbuData(
        applied_on=record.applied_on,
        arrears_months=record.arrears_months,
        support_accepted=record.support_accepted,
        budget_counselling=record.budget_counselling,
        positive_budget_plan=record.positive_budget_plan,
        status=FbuStatus(record.status),
        decided_on=record.decided_on,
        notes=record.notes,
    )


def _unmet(data: FbuData) -> tuple[Issue, ...]:
    return fbu_unmet_conditions(
        data.arrears_months, data.support_accepted, data.budget_counselling, data.positive_budget_plan
    )


class ArrearsService(StoreService):
    # --- reading ------------------------------------------------------------------------------------
    def _check_case(self, uow: UnitOfWork, case_id: str) -> None:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise RuleViolation("court_case_unknown")

    def _plans(self, uow: UnitOfWork, case_id: str) -> list[PaymentPlan]:
        """Newest first: the first one is the active plan."""
        return list(
            uow.session.scalars(
                select(PaymentPlan)
                .where(PaymentPlan.case_id == case_id, PaymentPlan.deleted.is_(False))
                .order_by(PaymentPlan.created_at.desc(), literal_column("payment_plan.rowid").desc())
            )
        )

    def _payments(self, uow: UnitOfWork, plan_id: str) -> list[Payment]:
        return list(
            uow.session.scalars(
                select(Payment)
                .where(Payment.plan_id == plan_id, Payment.deleted.is_(False))
                .order_by(Payment.due_on, Payment.paid_on, literal_column("payment.rowid"))
            )
        )

    def _active_plan(self, uow: UnitOfWork, plan_id: str) -> PaymentPlan:
        plan = uow.session.get(PaymentPlan, plan_id)
        if plan is None or plan.deleted:
            raise RuleViolation("arrears_plan_unknown")
        if self._plans(uow, plan.case_id)[0].id != plan.id:
            raise RuleViolation("arrears_plan_superseded")
        return plan

    def _defaults(self, uow: UnitOfWork, case_id: str) -> ArrearsDefaults:
        tenancy = uow.session.scalars(select(Tenancy).where(Tenancy.case_id == case_id)).first()
        if tenancy is None:
            return ArrearsDefaults(None, None, None)
        months = tenancy.arrears_months
        if months is None:
            months = arrears_in_months(tenancy.arrears_cents, tenancy.monthly_rent_cents)
        return ArrearsDefaults(tenancy.arrears_cents, months, tenancy.monthly_rent_cents)

    def _plan_view(self, uow: UnitOfWork, plan: PaymentPlan, active: bool, today: date) -> PlanView:
        payments = self._payments(uow, plan.id)
        terms = _terms(plan)
        return PlanView(
            id=plan.id,
            terms=terms,
            status=plan_status(terms, [_fact(p) for p in payments], today),
            payments=tuple(
                PaymentView(p.id, p.due_on, p.paid_on, p.amount_cents, p.missed) for p in payments
            ),
            active=active,
            created_on=local_date(plan.created_at) if plan.created_at else None,
        )

    def defaults(self, case_id: str) -> ArrearsDefaults:
        with self._uow() as uow:
            return self._defaults(uow, case_id)

    def overview(self, case_id: str) -> ArrearsOverview:
        """Plan, payments, FBU applications and LAC meetings; the read goes into the audit trail."""
        today = self._today()
        with self._uow() as uow:
            plans = self._plans(uow, case_id)
            views = [self._plan_view(uow, p, i == 0, today) for i, p in enumerate(plans)]
            fbu = uow.session.scalars(
                select(FbuApplication)
                .where(FbuApplication.case_id == case_id, FbuApplication.deleted.is_(False))
                .order_by(FbuApplication.applied_on, literal_column("fbu_application.rowid"))
            ).all()
            lac = uow.session.scalars(
                select(LacMeeting)
                .where(LacMeeting.case_id == case_id, LacMeeting.deleted.is_(False))
                .order_by(LacMeeting.on, literal_column("lac_meeting.rowid"))
            ).all()
            uow.audit(AuditAction.READ, PaymentPlan.kind, case_id)
            return ArrearsOverview(
                case_id=case_id,
                defaults=self._defaults(uow, case_id),
                plan=views[0] if views else None,
                earlier_plans=tuple(views[1:]),
                fbu=tuple(FbuView(r.id, _fbu_data(r), _unmet(_fbu_data(r))) for r in fbu),
                lac=tuple(LacView(m.id, m.on, m.decision) for m in lac),
            )

    def plan_status(self, case_id: str, as_of: date | None = None) -> PlanStatus | None:
        """The active plan's status on a day (default today), e.g. for the agenda's plan checks."""
        with self._uow() as uow:
            plans = self._plans(uow, case_id)
            if not plans:
                return None
            payments = [_fact(p) for p in self._payments(uow, plans[0].id)]
            return plan_status(_terms(plans[0]), payments, as_of or self._today())

    # --- payment plan ---------------------------------------------------------------------------------
    def save_plan(self, case_id: str, data: PaymentPlanInput) -> str:
        """Create the case's plan, or correct the active one while nothing is recorded on it."""
        terms = validate_plan(data, self._today())
        with self._uow() as uow:
            self._check_case(uow, case_id)
            plans = self._plans(uow, case_id)
            if plans:
                plan = plans[0]
                if self._payments(uow, plan.id):
                    raise RuleViolation("arrears_plan_has_payments")
            else:
                plan = PaymentPlan(case_id=case_id)
                uow.add(plan)
            self._set_terms(plan, terms)
            uow.session.flush()
            return plan.id

    def renegotiate(self, case_id: str, data: PaymentPlanInput) -> str:
        """A new plan replaces the active one, which stays readable as superseded."""
        terms = validate_plan(data, self._today())
        with self._uow() as uow:
            self._check_case(uow, case_id)
            if not self._plans(uow, case_id):
                raise RuleViolation("arrears_no_plan_to_renegotiate")
            plan = PaymentPlan(case_id=case_id)
            self._set_terms(plan, terms)
            uow.add(plan)
            uow.session.flush()
            return plan.id

    @staticmethod
    def _set_terms(plan: PaymentPlan, terms: PaymentPlanTerms) -> None:
        plan.total_arrears_cents = terms.total_cents
        plan.instalment_cents = terms.instalment_cents
        plan.instalments = terms.instalments
        plan.first_due_on = terms.first_due_on

    def remove_plan(self, plan_id: str) -> None:
        """Tombstone a plan and what was recorded on it; an earlier plan becomes active again."""
        with self._uow() as uow:
            plan = uow.session.get(PaymentPlan, plan_id)
            if plan is None or plan.deleted:
                raise RuleViolation("arrears_plan_unknown")
            for payment in self._payments(uow, plan.id):
                uow.tombstone(payment)
            uow.tombstone(plan)

    # --- payments -------------------------------------------------------------------------------------
    def record_payment(self, plan_id: str, data: PaymentInput) -> PaymentSaved:
        """A payment for an instalment of the active plan; warns when it pays more than what remains."""
        today = self._today()
        with self._uow() as uow:
            plan = self._active_plan(uow, plan_id)
            terms = _terms(plan)
            clean = validate_payment(data, [i.due_on for i in schedule(terms)], today)
            before = plan_status(terms, [_fact(p) for p in self._payments(uow, plan.id)], today)
            record = Payment(
                plan_id=plan.id, due_on=clean.due_on, paid_on=clean.paid_on, amount_cents=clean.amount_cents
            )
            uow.add(record)
            uow.session.flush()
            return PaymentSaved(record.id, payment_warnings(before, clean.amount_cents))

    def edit_payment(self, payment_id: str, data: PaymentInput) -> PaymentSaved:
        today = self._today()
        with self._uow() as uow:
            record = self._payment(uow, payment_id)
            if record.missed:
                raise RuleViolation("arrears_missed_not_editable")
            plan = self._active_plan(uow, record.plan_id)
            terms = _terms(plan)
            clean = validate_payment(data, [i.due_on for i in schedule(terms)], today)
            others = [_fact(p) for p in self._payments(uow, plan.id) if p.id != record.id]
            before = plan_status(terms, others, today)
            record.due_on = clean.due_on
            record.paid_on = clean.paid_on
            record.amount_cents = clean.amount_cents
            return PaymentSaved(record.id, payment_warnings(before, clean.amount_cents))

    def mark_missed(self, plan_id: str, due_on: date | None) -> str:
        """The instalment due that day was not paid (it stays marked until money covers it)."""
        today = self._today()
        with self._uow() as uow:
            plan = self._active_plan(uow, plan_id)
            terms = _terms(plan)
            day = check_missed(due_on, [i.due_on for i in schedule(terms)], today)
            payments = self._payments(uow, plan.id)
            if any(p.missed and p.due_on == day for p in payments):
                raise RuleViolation("arrears_already_missed")
            status = plan_status(terms, [_fact(p) for p in payments], today)
            if any(i.due_on == day and i.paid_cents == i.amount_cents for i in status.instalments):
                raise RuleViolation("arrears_instalment_paid")
            record = Payment(plan_id=plan.id, due_on=day, paid_on=None, amount_cents=0, missed=True)
            uow.add(record)
            uow.session.flush()
            return record.id

    def _payment(self, uow: UnitOfWork, payment_id: str) -> Payment:
        record = uow.session.get(Payment, payment_id)
        if record is None or record.deleted:
            raise RuleViolation("arrears_payment_unknown")
        return record

    def remove_payment(self, payment_id: str) -> None:
        """Tombstone a payment or a missed mark recorded by mistake."""
        with self._uow() as uow:
            record = self._payment(uow, payment_id)
            self._active_plan(uow, record.plan_id)
            uow.tombstone(record)

    # --- FBU ------------------------------------------------------------------------------------------
    def add_fbu(self, case_id: str, data: FbuInput) -> FbuSaved:
        clean = validate_fbu(data, self._today())
        with self._uow() as uow:
            self._check_case(uow, case_id)
            record = FbuApplication(case_id=case_id, applied_on=clean.applied_on, arrears_months=0)
            self._set_fbu(record, clean)
            uow.add(record)
            uow.session.flush()
            return FbuSaved(record.id, _unmet(clean))

    def edit_fbu(self, fbu_id: str, data: FbuInput) -> FbuSaved:
        clean = validate_fbu(data, self._today())
        with self._uow() as uow:
            record = self._fbu(uow, fbu_id)
            self._set_fbu(record, clean)
            return FbuSaved(record.id, _unmet(clean))

    def remove_fbu(self, fbu_id: str) -> None:
        with self._uow() as uow:
            uow.tombstone(self._fbu(uow, fbu_id))

    def _fbu(self, uow: UnitOfWork, fbu_id: str) -> FbuApplication:
        record = uow.session.get(FbuApplication, fbu_id)
        if record is None or record.deleted:
            raise RuleViolation("fbu_unknown")
        return record

    @staticmethod
    def _set_fbu(record: FbuApplication, clean: FbuData) -> None:
        record.applied_on = clean.applied_on
        record.arrears_months = clean.arrears_months
        record.support_accepted = clean.support_accepted
        record.budget_counselling = clean.budget_counselling
        record.positive_budget_plan = clean.positive_budget_plan
        record.status = clean.status.value
        record.decided_on = clean.decided_on
        record.notes = clean.notes

    # --- LAC ------------------------------------------------------------------------------------------
    def add_lac(self, case_id: str, data: LacInput) -> str:
        clean = validate_lac(data, self._today())
        with self._uow() as uow:
            self._check_case(uow, case_id)
            record = LacMeeting(case_id=case_id, on=clean.on, decision=clean.decision)
            uow.add(record)
            uow.session.flush()
            return record.id

    def edit_lac(self, meeting_id: str, data: LacInput) -> None:
        clean = validate_lac(data, self._today())
        with self._uow() as uow:
            record = self._lac(uow, meeting_id)
            record.on = clean.on
            record.decision = clean.decision

    def remove_lac(self, meeting_id: str) -> None:
        with self._uow() as uow:
            uow.tombstone(self._lac(uow, meeting_id))

    def _lac(self, uow: UnitOfWork, meeting_id: str) -> LacMeeting:
        record = uow.session.get(LacMeeting, meeting_id)
        if record is None or record.deleted:
            raise RuleViolation("lac_unknown")
        return record
