"""Use cases for evaluations of the plan: planned dates, per-goal results, decisions.

An evaluation is planned for a date and shows as due (within two weeks), overdue (its date passed
without it being held) or planned. Holding it records a result and notes per goal of the plan in
force, a summary meant for the landlord kept apart from the private notes, the decision and the next
date; the next date becomes the next planned evaluation. Deciding to adjust the plan opens a new draft
version of the plan, exactly as "change the agreed plan" does. A held evaluation is not edited again:
landlord-facing results may already have been discussed or printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    EvaluationDecision,
    EvaluationInput,
    EvaluationState,
    GoalResult,
    evaluation_state,
    plausible_date,
    validate_evaluation,
)
from caseworker_desktop.domain.scopes import SharingScope
from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.plans import goals_of, in_force_of, open_new_version
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import Evaluation, Goal, GoalEvaluation, PlanVersion
from caseworker_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class EvaluationRow:
    id: str
    planned_on: date
    held_on: date | None
    state: EvaluationState
    decision: EvaluationDecision | None
    next_on: date | None

    @property
    def due(self) -> bool:
        return self.state == EvaluationState.DUE

    @property
    def overdue(self) -> bool:
        return self.state == EvaluationState.OVERDUE

    @property
    def held(self) -> bool:
        return self.state == EvaluationState.HELD


@dataclass(frozen=True)
class GoalToEvaluate:
    goal_id: str
    position: int
    description: str
    measure: str
    deadline: date | None
    landlord_shared: bool
    result: GoalResult | None
    notes: str


@dataclass(frozen=True)
class EvaluationView:
    id: str
    case_id: str
    planned_on: date
    held_on: date | None
    state: EvaluationState
    plan_number: int | None  # the plan version whose goals are (to be) evaluated; None: no plan agreed
    goals: tuple[GoalToEvaluate, ...]
    landlord_summary: str
    private_notes: str
    decision: EvaluationDecision | None
    next_on: date | None


@dataclass(frozen=True)
class EvaluationRecorded:
    evaluation_id: str
    next_evaluation_id: str | None
    new_plan_version: int | None  # set when the decision opened (or found) a draft plan version
    unshared_goals: int  # landlord goals copied as private because no landlord consent is in force


@dataclass(frozen=True)
class EvaluationOverview:
    """What the evaluation screen needs at once."""

    rows: tuple[EvaluationRow, ...]
    case_status: CaseStatus
    plan_in_force: int | None  # number of the agreed plan version whose goals are evaluated

    @property
    def running(self) -> bool:
        return self.case_status in RUNNING


def _decision(value: str | None) -> EvaluationDecision | None:
    if value is None or value not in EvaluationDecision._value2member_map_:
        return None
    return EvaluationDecision(value)


class EvaluationService(StoreService):
    # --- reading ---------------------------------------------------------------------------------------
    def overview(self, case_id: str) -> EvaluationOverview:
        """The evaluations, the case's status and the plan version in force, in one read."""
        with self._uow() as uow:
            case = uow.session.get_one(Case, case_id)
            plan = in_force_of(uow.session, case_id)
            return EvaluationOverview(
                rows=self._rows(uow, case_id),
                case_status=CaseStatus(case.status),
                plan_in_force=plan.number if plan else None,
            )

    def evaluations(self, case_id: str) -> tuple[EvaluationRow, ...]:
        """All evaluations of the case by planned date, each marked due, overdue, planned or held."""
        with self._uow() as uow:
            return self._rows(uow, case_id)

    def _rows(self, uow: UnitOfWork, case_id: str) -> tuple[EvaluationRow, ...]:
        today = self._today()
        rows = uow.session.scalars(
            select(Evaluation)
            .where(Evaluation.case_id == case_id, Evaluation.deleted.is_(False))
            .order_by(Evaluation.planned_on)
        ).all()
        return tuple(
            EvaluationRow(
                id=e.id,
                planned_on=e.planned_on,
                held_on=e.held_on,
                state=evaluation_state(e.planned_on, e.held_on, today),
                decision=_decision(e.decision),
                next_on=e.next_on,
            )
            for e in rows
        )

    def next_planned(self, case_id: str) -> EvaluationRow | None:
        """The earliest evaluation not yet held (overdue ones first, as they are earliest)."""
        return next((e for e in self.evaluations(case_id) if not e.held), None)

    def detail(self, evaluation_id: str) -> EvaluationView:
        """A held evaluation with its results, or a planned one with the goals of the plan in force."""
        today = self._today()
        with self._uow() as uow:
            session = uow.session
            evaluation = self._evaluation(uow, evaluation_id)
            uow.audit(AuditAction.READ, Evaluation.kind, evaluation.id)
            goals: list[GoalToEvaluate] = []
            plan_number: int | None = None
            if evaluation.held_on is not None:
                results = session.execute(
                    select(GoalEvaluation, Goal)
                    .join(Goal, Goal.id == GoalEvaluation.goal_id)
                    .where(
                        GoalEvaluation.evaluation_id == evaluation.id,
                        GoalEvaluation.deleted.is_(False),
                    )
                    .order_by(Goal.position)
                ).all()
                for result, goal in results:
                    plan_number = plan_number or session.get_one(PlanVersion, goal.plan_id).number
                    goals.append(
                        GoalToEvaluate(
                            goal_id=goal.id,
                            position=goal.position,
                            description=goal.description,
                            measure=goal.measure,
                            deadline=goal.deadline,
                            landlord_shared=goal.landlord_shared,
                            result=GoalResult(result.result)
                            if result.result in GoalResult._value2member_map_
                            else None,
                            notes=result.notes,
                        )
                    )
            else:
                plan = in_force_of(session, evaluation.case_id)
                if plan is not None:
                    plan_number = plan.number
                    goals = [
                        GoalToEvaluate(
                            goal_id=g.id,
                            position=g.position,
                            description=g.description,
                            measure=g.measure,
                            deadline=g.deadline,
                            landlord_shared=g.landlord_shared,
                            result=None,
                            notes="",
                        )
                        for g in goals_of(session, plan.id)
                    ]
            return EvaluationView(
                id=evaluation.id,
                case_id=evaluation.case_id,
                planned_on=evaluation.planned_on,
                held_on=evaluation.held_on,
                state=evaluation_state(evaluation.planned_on, evaluation.held_on, today),
                plan_number=plan_number,
                goals=tuple(goals),
                landlord_summary=evaluation.landlord_summary,
                private_notes=evaluation.private_notes,
                decision=_decision(evaluation.decision),
                next_on=evaluation.next_on,
            )

    # --- writing ---------------------------------------------------------------------------------------
    def plan(self, case_id: str, on: date) -> str:
        """Plan an evaluation on a date; returns its id."""
        wrong = plausible_date(on, self._today())
        if wrong:
            raise ValidationFailed({"planned_on": wrong})
        with self._uow() as uow:
            self._running_case(uow, case_id)
            return self._plan_in(uow, case_id, on)

    def reschedule(self, evaluation_id: str, on: date) -> None:
        wrong = plausible_date(on, self._today())
        if wrong:
            raise ValidationFailed({"planned_on": wrong})
        with self._uow() as uow:
            evaluation = self._open_evaluation(uow, evaluation_id)
            if evaluation.planned_on == on:
                return
            if self._planned_on(uow, evaluation.case_id, on) is not None:
                raise RuleViolation("evaluation_already_planned", on=on.isoformat())
            evaluation.planned_on = on

    def cancel(self, evaluation_id: str) -> None:
        """Remove a planned evaluation that will not be held."""
        with self._uow() as uow:
            uow.tombstone(self._open_evaluation(uow, evaluation_id))

    def record(self, evaluation_id: str, data: EvaluationInput) -> EvaluationRecorded:
        """Hold the evaluation: a result per goal of the plan in force, the landlord-facing summary,
        the private notes, the decision and the next date (planned at once)."""
        today = self._today()
        with self._uow() as uow:
            session = uow.session
            evaluation = self._open_evaluation(uow, evaluation_id)
            plan = in_force_of(session, evaluation.case_id)
            if plan is None:
                raise RuleViolation("evaluation_needs_agreed_plan")
            goals = goals_of(session, plan.id)
            checked = validate_evaluation(data, tuple(g.id for g in goals), today)
            by_id = {g.id: g for g in goals}
            for result in checked.results:
                goal = by_id[result.goal_id]
                uow.add(
                    GoalEvaluation(
                        evaluation_id=evaluation.id,
                        goal_id=goal.id,
                        result=result.result.value,
                        notes=result.notes,
                        # The result of a landlord-shared goal is landlord-facing; the others stay private.
                        scope=(
                            SharingScope.LANDLORD if goal.landlord_shared else SharingScope.CARE_TEAM
                        ).value,
                    )
                )
            evaluation.held_on = checked.held_on
            evaluation.landlord_summary = checked.landlord_summary
            evaluation.private_notes = checked.private_notes
            evaluation.decision = checked.decision.value
            evaluation.next_on = checked.next_on
            session.flush()
            next_id: str | None = None
            if checked.next_on is not None:
                existing = self._planned_on(uow, evaluation.case_id, checked.next_on)
                next_id = existing.id if existing else self._plan_in(uow, evaluation.case_id, checked.next_on)
            new_version: int | None = None
            unshared = 0
            if checked.decision == EvaluationDecision.ADJUST_PLAN:
                draft, unshared = open_new_version(uow, evaluation.case_id, today)
                new_version = draft.number
            return EvaluationRecorded(evaluation.id, next_id, new_version, unshared)

    # --- helpers ---------------------------------------------------------------------------------------
    def _running_case(self, uow: UnitOfWork, case_id: str) -> Case:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise RuleViolation("case_unknown")
        if CaseStatus(case.status) not in RUNNING:
            raise RuleViolation("evaluation_case_not_running", status=case.status)
        return case

    def _evaluation(self, uow: UnitOfWork, evaluation_id: str) -> Evaluation:
        evaluation = uow.session.get(Evaluation, evaluation_id)
        if evaluation is None or evaluation.deleted:
            raise RuleViolation("evaluation_unknown")
        return evaluation

    def _open_evaluation(self, uow: UnitOfWork, evaluation_id: str) -> Evaluation:
        """A planned evaluation of a running case, not held yet."""
        evaluation = self._evaluation(uow, evaluation_id)
        if evaluation.held_on is not None:
            raise RuleViolation("evaluation_already_held")
        self._running_case(uow, evaluation.case_id)
        return evaluation

    def _planned_on(self, uow: UnitOfWork, case_id: str, on: date) -> Evaluation | None:
        return uow.session.scalars(
            select(Evaluation).where(
                Evaluation.case_id == case_id,
                Evaluation.planned_on == on,
                Evaluation.held_on.is_(None),
                Evaluation.deleted.is_(False),
            )
        ).first()

    def _plan_in(self, uow: UnitOfWork, case_id: str, on: date) -> str:
        if self._planned_on(uow, case_id, on) is not None:
            raise RuleViolation("evaluation_already_planned", on=on.isoformat())
        evaluation = Evaluation(case_id=case_id, planned_on=on)
        uow.add(evaluation)
        uow.session.flush()
        return evaluation.id
