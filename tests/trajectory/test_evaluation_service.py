"""EvaluationService on a real encrypted store: planned dates, due/overdue, recording, decisions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    EvaluationDecision,
    EvaluationInput,
    EvaluationState,
    GoalResult,
    GoalResultInput,
    PlanStatus,
)
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models_trajectory import GoalEvaluation
from tests.support import FakeClock
from tests.trajectory.plan_support import (
    add_landlord_consent,
    case_in_intake,
    landlord_goal,
    plan_input,
    smart_goal,
)

DAY = 86_400


def agreed_case(workspace: Workspace, landlord_id: str) -> str:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    workspace.plans.agree(case_id, plan_input(today, smart_goal(today), landlord_goal(today)))
    return case_id


def held(
    workspace: Workspace, evaluation_id: str, decision: EvaluationDecision, **changes: object
) -> EvaluationInput:
    view = workspace.evaluations.detail(evaluation_id)
    data = EvaluationInput(
        held_on=workspace.today(),
        results=[
            GoalResultInput(view.goals[0].goal_id, GoalResult.PARTLY, "Twee keer geweest, dan ziek."),
            GoalResultInput(view.goals[1].goal_id, GoalResult.ACHIEVED, "Huur drie maanden op tijd."),
        ],
        landlord_summary="De huur wordt sinds drie maanden op tijd betaald.",
        private_notes="Karim vertelt over zijn slaapproblemen.",
        decision=decision,
        next_on=workspace.today() + timedelta(days=60) if decision != EvaluationDecision.CLOSE else None,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_planned_dates_are_due_overdue_or_later(
    workspace: Workspace, landlord_id: str, clock: FakeClock
) -> None:
    case_id = agreed_case(workspace, landlord_id)
    today = workspace.today()
    soon = workspace.evaluations.plan(case_id, today + timedelta(days=14))
    later = workspace.evaluations.plan(case_id, today + timedelta(days=15))
    now = workspace.evaluations.plan(case_id, today)
    rows = {r.id: r for r in workspace.evaluations.evaluations(case_id)}
    assert [r.id for r in workspace.evaluations.evaluations(case_id)] == [now, soon, later]
    assert rows[now].state == EvaluationState.DUE and rows[now].due
    assert rows[soon].state == EvaluationState.DUE
    assert rows[later].state == EvaluationState.PLANNED and not rows[later].due
    clock.advance(DAY)
    rows = {r.id: r for r in workspace.evaluations.evaluations(case_id)}
    assert rows[now].overdue and rows[now].state == EvaluationState.OVERDUE
    assert rows[later].state == EvaluationState.DUE
    assert workspace.evaluations.next_planned(case_id).id == now


def test_planning_refusals(workspace: Workspace, landlord_id: str) -> None:
    case_id = agreed_case(workspace, landlord_id)
    today = workspace.today()
    workspace.evaluations.plan(case_id, today + timedelta(days=30))
    with pytest.raises(RuleViolation) as caught:
        workspace.evaluations.plan(case_id, today + timedelta(days=30))
    assert caught.value.issue.code == "evaluation_already_planned"
    with pytest.raises(ValidationFailed) as failed:
        workspace.evaluations.plan(case_id, today + timedelta(days=365 * 6))
    assert failed.value.issues["planned_on"].code == "date_implausible"


def test_reschedule_and_cancel(workspace: Workspace, landlord_id: str) -> None:
    case_id = agreed_case(workspace, landlord_id)
    today = workspace.today()
    first = workspace.evaluations.plan(case_id, today + timedelta(days=30))
    second = workspace.evaluations.plan(case_id, today + timedelta(days=60))
    workspace.evaluations.reschedule(first, today + timedelta(days=40))
    with pytest.raises(RuleViolation):
        workspace.evaluations.reschedule(first, today + timedelta(days=60))
    workspace.evaluations.cancel(second)
    assert [(r.id, r.planned_on) for r in workspace.evaluations.evaluations(case_id)] == [
        (first, today + timedelta(days=40))
    ]


def test_recording_keeps_results_summary_and_notes_apart_and_plans_the_next(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = agreed_case(workspace, landlord_id)
    today = workspace.today()
    evaluation = workspace.evaluations.plan(case_id, today)
    planned = workspace.evaluations.detail(evaluation)
    assert planned.plan_number == 1
    assert [g.landlord_shared for g in planned.goals] == [False, True]
    recorded = workspace.evaluations.record(
        evaluation, held(workspace, evaluation, EvaluationDecision.CONTINUE)
    )
    assert recorded.new_plan_version is None
    rows = workspace.evaluations.evaluations(case_id)
    assert [r.state for r in rows] == [EvaluationState.HELD, EvaluationState.PLANNED]
    assert rows[1].id == recorded.next_evaluation_id
    assert rows[1].planned_on == today + timedelta(days=60)
    view = workspace.evaluations.detail(evaluation)
    assert view.held_on == today and view.decision == EvaluationDecision.CONTINUE
    assert view.landlord_summary == "De huur wordt sinds drie maanden op tijd betaald."
    assert view.private_notes == "Karim vertelt over zijn slaapproblemen."
    assert [(g.result, g.notes) for g in view.goals] == [
        (GoalResult.PARTLY, "Twee keer geweest, dan ziek."),
        (GoalResult.ACHIEVED, "Huur drie maanden op tijd."),
    ]
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        scopes = {
            r.goal_id: r.scope
            for r in uow.session.scalars(
                select(GoalEvaluation).where(GoalEvaluation.evaluation_id == evaluation)
            )
        }
    assert scopes == {view.goals[0].goal_id: "care_team", view.goals[1].goal_id: "landlord"}
    with pytest.raises(RuleViolation) as caught:
        workspace.evaluations.record(evaluation, held(workspace, evaluation, EvaluationDecision.CONTINUE))
    assert caught.value.issue.code == "evaluation_already_held"


def test_adjust_plan_decision_opens_a_new_plan_version(workspace: Workspace, landlord_id: str) -> None:
    case_id = agreed_case(workspace, landlord_id)
    evaluation = workspace.evaluations.plan(case_id, workspace.today())
    recorded = workspace.evaluations.record(
        evaluation, held(workspace, evaluation, EvaluationDecision.ADJUST_PLAN)
    )
    assert recorded.new_plan_version == 2
    current = workspace.plans.current(case_id)
    assert (current.number, current.status) == (2, PlanStatus.DRAFT)
    assert len(current.goals) == 2
    assert workspace.plans.in_force(case_id).number == 1
    # The next evaluation still evaluates the plan in force until version 2 is agreed.
    assert workspace.evaluations.detail(recorded.next_evaluation_id).plan_number == 1


def test_validation_of_the_record(workspace: Workspace, landlord_id: str) -> None:
    case_id = agreed_case(workspace, landlord_id)
    evaluation = workspace.evaluations.plan(case_id, workspace.today())
    data = held(workspace, evaluation, EvaluationDecision.CONTINUE, next_on=None)
    data.results[1].result = None
    data.held_on = workspace.today() + timedelta(days=1)
    with pytest.raises(ValidationFailed) as caught:
        workspace.evaluations.record(evaluation, data)
    assert set(caught.value.issues) == {"held_on", "results.1.result", "next_on"}
    assert workspace.evaluations.evaluations(case_id)[0].held_on is None  # nothing written
    data = held(
        workspace, evaluation, EvaluationDecision.CLOSE, next_on=workspace.today() + timedelta(days=5)
    )
    with pytest.raises(ValidationFailed) as caught:
        workspace.evaluations.record(evaluation, data)
    assert caught.value.issues["next_on"].code == "next_date_with_close"
    closing = workspace.evaluations.record(evaluation, held(workspace, evaluation, EvaluationDecision.CLOSE))
    assert closing.next_evaluation_id is None


def test_recording_needs_an_agreed_plan_and_a_running_case(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    evaluation = workspace.evaluations.plan(case_id, workspace.today())
    assert workspace.evaluations.detail(evaluation).goals == ()
    with pytest.raises(RuleViolation) as caught:
        workspace.evaluations.record(evaluation, EvaluationInput(held_on=workspace.today()))
    assert caught.value.issue.code == "evaluation_needs_agreed_plan"
    workspace.referrals.change_status(case_id, CaseStatus.CLOSED, reason=ClosingReason.TENANT_STOPPED)
    with pytest.raises(RuleViolation) as caught:
        workspace.evaluations.plan(case_id, workspace.today())
    assert caught.value.issue.code == "evaluation_case_not_running"


def test_results_for_a_goal_outside_the_plan_are_refused(workspace: Workspace, landlord_id: str) -> None:
    case_id = agreed_case(workspace, landlord_id)
    evaluation = workspace.evaluations.plan(case_id, workspace.today())
    data = held(workspace, evaluation, EvaluationDecision.CONTINUE)
    data.results.append(GoalResultInput("not-a-goal", GoalResult.ACHIEVED))
    with pytest.raises(RuleViolation) as caught:
        workspace.evaluations.record(evaluation, data)
    assert caught.value.issue.code == "evaluation_goal_unknown"
