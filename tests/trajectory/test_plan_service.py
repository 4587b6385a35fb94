"""PlanService on a real encrypted store: drafts, agreeing, versions, sharing rules and scopes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import ConditionInput, PlanInput, PlanStatus
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_trajectory import Goal, PlanCondition, PlanVersion
from tests.trajectory.plan_support import (
    add_landlord_consent,
    case_in_intake,
    landlord_goal,
    plan_input,
    register_case,
    smart_goal,
    withdraw_consent,
)


def rows(workspace: Workspace, model: type, **where: object) -> list:
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        query = select(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return list(uow.session.scalars(query))


def test_first_save_makes_version_one_draft_and_edits_it_in_place(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    assert workspace.plans.current(case_id) is None
    first = workspace.plans.save_draft(case_id, plan_input(today, conditions=("Huur op tijd betalen",)))
    assert (first.number, first.status, first.editable) == (1, PlanStatus.DRAFT, True)
    data = first.as_input()
    data.goals[0].description = "Gaat elke week drie keer naar de sportclub"
    data.goals.append(smart_goal(today, description="Zet elke maandag het afval buiten voor 8 uur"))
    second = workspace.plans.save_draft(case_id, data)
    assert second.id == first.id
    assert second.goals[0].id == first.goals[0].id  # the same goal, changed
    assert [g.description for g in second.goals] == [
        "Gaat elke week drie keer naar de sportclub",
        "Zet elke maandag het afval buiten voor 8 uur",
    ]
    assert len(workspace.plans.versions(case_id)) == 1
    # Removing a goal tombstones it.
    data = second.as_input()
    del data.goals[0]
    third = workspace.plans.save_draft(case_id, data)
    assert [g.description for g in third.goals] == ["Zet elke maandag het afval buiten voor 8 uur"]
    gone = rows(workspace, Goal, id=first.goals[0].id)[0]
    assert gone.deleted is True


def test_a_draft_with_smart_findings_is_saved(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    vague = smart_goal(today, description="Proberen beter te poetsen", measure="", deadline=None)
    saved = workspace.plans.save_draft(case_id, plan_input(today, vague))
    assert saved.goals[0].description == "Proberen beter te poetsen"
    assert saved.goals[0].deadline is None


def test_hard_problems_are_keyed_per_goal_and_nothing_is_written(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    data = plan_input(today, smart_goal(today), smart_goal(today, description="  ", realism="x" * 1001))
    with pytest.raises(ValidationFailed) as caught:
        workspace.plans.save_draft(case_id, data)
    assert set(caught.value.issues) == {"goals.1.description", "goals.1.realism"}
    assert caught.value.issues["goals.1.realism"].code == "too_long"
    assert workspace.plans.current(case_id) is None


def test_goal_scopes_follow_landlord_sharing_and_conditions_are_landlord_scope(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    plan = workspace.plans.save_draft(
        case_id,
        plan_input(
            today, smart_goal(today), landlord_goal(today), conditions=("Technische dienst binnenlaten",)
        ),
    )
    private, shared = plan.goals
    assert (private.landlord_shared, shared.landlord_shared) == (False, True)
    scopes = {g.id: g.scope for g in rows(workspace, Goal, plan_id=plan.id)}
    assert scopes == {private.id: "care_team", shared.id: "landlord"}
    assert [c.scope for c in rows(workspace, PlanCondition, plan_id=plan.id)] == ["landlord"]
    outbox = {e.record_id: e.scope for e in rows(workspace, OutboxEntry)}
    assert outbox[shared.id] == "landlord" and outbox[private.id] == "care_team"
    # Un-sharing moves the goal back to the care team.
    data = plan.as_input()
    data.goals[1].landlord_shared = False
    workspace.plans.save_draft(case_id, data)
    assert rows(workspace, Goal, id=shared.id)[0].scope == "care_team"


def test_landlord_goal_without_consent_in_force_is_refused(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    with pytest.raises(ValidationFailed) as caught:
        workspace.plans.save_draft(case_id, plan_input(today, smart_goal(today), landlord_goal(today)))
    assert caught.value.issues["goals.1.landlord_shared"].code == "landlord_consent_missing"
    # A consent withdrawn yesterday is not in force either; one given tomorrow is not yet.
    consent = add_landlord_consent(workspace, case_id, given_on=today - timedelta(days=30))
    withdraw_consent(workspace, consent, today - timedelta(days=1))
    add_landlord_consent(workspace, case_id, given_on=today + timedelta(days=1))
    assert workspace.plans.landlord_consent_in_force(case_id) is False
    with pytest.raises(ValidationFailed):
        workspace.plans.save_draft(case_id, plan_input(today, landlord_goal(today)))
    add_landlord_consent(workspace, case_id)
    assert workspace.plans.landlord_consent_in_force(case_id) is True
    assert (
        workspace.plans.save_draft(case_id, plan_input(today, landlord_goal(today))).goals[0].landlord_shared
    )


@pytest.mark.parametrize(
    "category", [DataCategory.HEALTH, DataCategory.ADDICTION, DataCategory.PSYCHIATRIC, DataCategory.JUSTICE]
)
def test_special_category_goal_is_never_landlord_shared(
    workspace: Workspace, landlord_id: str, category: DataCategory
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    with pytest.raises(ValidationFailed) as caught:
        workspace.plans.save_draft(case_id, plan_input(today, landlord_goal(today, category=category)))
    assert caught.value.issues["goals.0.landlord_shared"].code == "scope_special_to_landlord"
    # Private, the same goal is fine.
    saved = workspace.plans.save_draft(
        case_id, plan_input(today, landlord_goal(today, category=category, landlord_shared=False))
    )
    assert saved.goals[0].category == category
    assert rows(workspace, Goal, plan_id=saved.id)[0].scope == "care_team"


def test_agreeing_moves_intake_to_active_and_records_the_date(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    workspace.plans.save_draft(case_id, plan_input(today))
    agreed = workspace.plans.agree(case_id, plan_input(today), agreed_on=today - timedelta(days=1))
    assert (agreed.status, agreed.agreed_on, agreed.editable) == (
        PlanStatus.AGREED,
        today - timedelta(days=1),
        False,
    )
    detail = workspace.referrals.load(case_id)
    assert detail.status == CaseStatus.ACTIVE
    assert detail.history[-1].at == today - timedelta(days=1)
    # An agreed plan is fixed: saving over it is refused.
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.save_draft(case_id, plan_input(today))
    assert caught.value.issue.code == "plan_agreed_is_fixed"


def test_agreeing_asks_to_confirm_smart_findings(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    data = plan_input(today, smart_goal(today), smart_goal(today, tenant_agrees=False, deadline=None))
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.agree(case_id, data)
    assert caught.value.issue.code == "plan_smart_findings"
    assert caught.value.issue.params == {"goals": 1}
    assert workspace.plans.current(case_id) is None  # nothing written
    agreed = workspace.plans.agree(case_id, data, despite_findings=True)
    assert agreed.status == PlanStatus.AGREED


def test_sharing_refusal_comes_before_the_smart_confirmation(workspace: Workspace, landlord_id: str) -> None:
    """Confirming the remarks must never be followed by a refusal the counsellor could have seen first."""
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    data = plan_input(today, landlord_goal(today, deadline=None))
    with pytest.raises(ValidationFailed) as caught:
        workspace.plans.agree(case_id, data)
    assert caught.value.issues["goals.0.landlord_shared"].code == "landlord_consent_missing"


def test_agree_refusals(workspace: Workspace, landlord_id: str) -> None:
    today = workspace.today()
    referred = register_case(workspace, landlord_id)
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.agree(referred, plan_input(today))
    assert caught.value.issue.code == "plan_agree_needs_intake"
    case_id = case_in_intake(workspace, landlord_id, "Janssens")
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.agree(case_id, PlanInput(conditions=[ConditionInput("Huur betalen")]))
    assert caught.value.issue.code == "plan_needs_goal"
    with pytest.raises(ValidationFailed) as failed:
        workspace.plans.agree(case_id, plan_input(today), agreed_on=today + timedelta(days=1))
    assert failed.value.issues["agreed_on"].code == "date_in_future"


def test_changing_an_agreed_plan_makes_a_new_version_and_keeps_the_old_readable(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    v1 = workspace.plans.agree(
        case_id, plan_input(today, smart_goal(today), landlord_goal(today), conditions=("Huur betalen",))
    )
    change = workspace.plans.start_new_version(case_id)
    v2 = change.plan
    assert (v2.number, v2.status, change.unshared) == (2, PlanStatus.DRAFT, 0)
    assert [g.description for g in v2.goals] == [g.description for g in v1.goals]
    assert {g.id for g in v2.goals}.isdisjoint(g.id for g in v1.goals)  # copies, not the same rows
    assert [c.text for c in v2.conditions] == ["Huur betalen"]
    # While the change is drafted, version 1 stays in force.
    assert workspace.plans.in_force(case_id).id == v1.id
    assert workspace.plans.current(case_id).id == v2.id
    assert workspace.plans.start_new_version(case_id).plan.id == v2.id  # no second draft
    data = v2.as_input()
    data.goals[0].description = "Gaat elke week één keer naar de sportclub"
    agreed = workspace.plans.agree(case_id, data)
    versions = workspace.plans.versions(case_id)
    assert [(v.number, v.status) for v in versions] == [(2, PlanStatus.AGREED), (1, PlanStatus.SUPERSEDED)]
    old = workspace.plans.version(v1.id)
    assert old.status == PlanStatus.SUPERSEDED
    assert old.goals[0].description == "Gaat elke week twee keer naar de sportclub in de buurt"
    assert workspace.plans.in_force(case_id).id == agreed.id
    # The case was already active: agreeing version 2 leaves its status alone.
    assert workspace.referrals.load(case_id).status == CaseStatus.ACTIVE


def test_new_version_after_consent_withdrawal_copies_landlord_goals_as_private(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    consent = add_landlord_consent(workspace, case_id, given_on=workspace.today() - timedelta(days=10))
    today = workspace.today()
    workspace.plans.agree(case_id, plan_input(today, smart_goal(today), landlord_goal(today)))
    withdraw_consent(workspace, consent, today)
    change = workspace.plans.start_new_version(case_id)
    assert change.unshared == 1
    assert [g.landlord_shared for g in change.plan.goals] == [False, False]
    assert {g.scope for g in rows(workspace, Goal, plan_id=change.plan.id)} == {"care_team"}
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.landlord_part(case_id)
    assert caught.value.issue.code == "landlord_consent_missing"


def test_landlord_part_holds_only_shared_goals_and_conditions(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    with pytest.raises(RuleViolation):
        workspace.plans.landlord_part(case_id)  # nothing agreed yet
    workspace.plans.agree(
        case_id, plan_input(today, smart_goal(today), landlord_goal(today), conditions=("Huur betalen",))
    )
    part = workspace.plans.landlord_part(case_id)
    assert [g.description for g in part.goals] == ["Betaalt elke maand de huur van 475 euro vóór de 5de"]
    assert [c.text for c in part.conditions] == ["Huur betalen"]


def test_discarding_a_draft_change_keeps_the_agreed_plan(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    v1 = workspace.plans.agree(case_id, plan_input(today))
    workspace.plans.start_new_version(case_id)
    workspace.plans.discard_draft(case_id)
    assert workspace.plans.current(case_id).id == v1.id
    assert [v.number for v in workspace.plans.versions(case_id)] == [1]
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.discard_draft(case_id)
    assert caught.value.issue.code == "plan_no_draft"
    assert workspace.plans.start_new_version(case_id).plan.number == 2
    tombstoned = [v for v in rows(workspace, PlanVersion, case_id=case_id) if v.deleted]
    assert len(tombstoned) == 1


def test_closed_case_plan_is_read_only_and_new_episode_shows_it(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    agreed = workspace.plans.agree(case_id, plan_input(today))
    workspace.referrals.change_status(case_id, CaseStatus.CLOSED, reason=ClosingReason.GOALS_REACHED)
    with pytest.raises(RuleViolation) as caught:
        workspace.plans.start_new_version(case_id)
    assert caught.value.issue.code == "plan_case_not_running"
    new_case = workspace.referrals.reopen(case_id)
    assert workspace.plans.current(new_case) is None
    earlier = workspace.plans.previous_episode_plan(new_case)
    assert earlier is not None
    assert earlier.case_id == case_id
    assert earlier.plan.id == agreed.id
    assert workspace.plans.plan_for_case(case_id) == earlier.plan
    assert workspace.plans.previous_episode_plan(case_id) is None
    started = workspace.plans.start_from_previous(new_case)
    assert (started.number, started.status) == (1, PlanStatus.DRAFT)
    assert [g.description for g in started.goals] == [g.description for g in agreed.goals]
    with pytest.raises(RuleViolation):
        workspace.plans.start_from_previous(new_case)


def test_reading_a_plan_is_audited(workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    plan = workspace.plans.save_draft(case_id, plan_input(workspace.today()))
    workspace.plans.current(case_id)
    reads = [e for e in rows(workspace, AuditEntry) if e.action == "read" and e.record_id == plan.id]
    assert reads and reads[0].record_kind == "plan_version"
