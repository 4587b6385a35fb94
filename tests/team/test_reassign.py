"""Handing a case to another counsellor: one unit of work writes the reassignment and the case's new
counsellor, both go into the outbox (so the next sync carries them) and the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import ClosureInput, GoalsAchieved
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.domain.team_figures import Assignment
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import Reassignment
from caseworker_desktop.sync.records import MODELS, case_of, to_payload
from tests.team.test_team_service_support import as_team_leader, audit_entries, outbox, referral


@pytest.fixture
def case_id(workspace: Workspace, landlord_id: str) -> str:
    return workspace.referrals.register(referral(landlord_id, workspace.today()))


def _reassignments(workspace: Workspace, case_id: str) -> list[Reassignment]:
    with workspace.store.unit_of_work("test") as uow:
        return list(uow.session.scalars(select(Reassignment).where(Reassignment.case_id == case_id)))


def test_reassign_writes_the_record_and_moves_the_case(workspace: Workspace, case_id: str) -> None:
    team = as_team_leader(workspace)
    me = workspace.user
    updates_before = [e.seq for e in outbox(workspace, "case", case_id) if e.operation == "update"]
    team.reassign(case_id, "c-2", "  Bart Wouters ", "  Neemt de wijk Kessel-Lo over  ")
    [moved] = _reassignments(workspace, case_id)
    assert (moved.from_counsellor_id, moved.from_counsellor_name) == (me.user_id, me.name)
    assert (moved.to_counsellor_id, moved.to_counsellor_name) == ("c-2", "Bart Wouters")
    assert moved.on == workspace.today()
    assert moved.reason == "Neemt de wijk Kessel-Lo over"
    assert moved.scope == "care_team"
    assert moved.author == me.user_id
    with workspace.store.unit_of_work("test") as uow:
        case = uow.session.get_one(Case, case_id)
        assert (case.counsellor_id, case.counsellor_name) == ("c-2", "Bart Wouters")
        # Sync carries it with the case: same case, a kind sync knows.
        assert MODELS["reassignment"] is Reassignment
        assert case_of(uow.session, uow.session.get_one(Reassignment, moved.id)) == case_id
        assert to_payload(moved)["reason"] == "Neemt de wijk Kessel-Lo over"
    [created] = outbox(workspace, "reassignment", moved.id)
    assert (created.operation, created.scope, created.pushed_at) == ("create", "care_team", None)
    case_changes = [
        e
        for e in outbox(workspace, "case", case_id)
        if e.operation == "update" and e.seq not in updates_before
    ]
    assert len(case_changes) == 1 and case_changes[0].pushed_at is None
    assert [e.action for e in audit_entries(workspace, "reassignment", moved.id)] == [
        AuditAction.CREATE.value
    ]
    last_case_entry = audit_entries(workspace, "case", case_id)[-1]
    assert (last_case_entry.action, last_case_entry.actor) == (AuditAction.CHANGE.value, me.user_id)


def test_the_facts_show_who_held_the_case_when(workspace: Workspace, case_id: str) -> None:
    team = as_team_leader(workspace)
    referred = workspace.today()
    team.reassign(case_id, "c-2", "Bart Wouters", "Verlof")
    [facts] = team.facts()
    me = workspace.user
    assert facts.assignments == (
        Assignment(me.user_id, me.name, referred),
        Assignment("c-2", "Bart Wouters", referred),
    )
    assert facts.counsellor.counsellor_id == "c-2"


@pytest.mark.parametrize("reason", ["", "   ", "\n\t"])
def test_a_reason_is_required(workspace: Workspace, case_id: str, reason: str) -> None:
    team = as_team_leader(workspace)
    with pytest.raises(RuleViolation) as refused:
        team.reassign(case_id, "c-2", "Bart Wouters", reason)
    assert refused.value.issue.code == "reassign_needs_reason"
    assert _reassignments(workspace, case_id) == []


def test_not_to_the_counsellor_who_has_it(workspace: Workspace, case_id: str) -> None:
    team = as_team_leader(workspace)
    with pytest.raises(RuleViolation) as refused:
        team.reassign(case_id, workspace.user.user_id, workspace.user.name, "Per ongeluk")
    assert refused.value.issue.code == "reassign_same_counsellor"
    assert _reassignments(workspace, case_id) == []


def test_an_ended_case_is_not_reassigned_but_a_closed_one_is(workspace: Workspace, case_id: str) -> None:
    team = as_team_leader(workspace)
    workspace.engagement.record_start(case_id, workspace.today(), workspace.today())
    workspace.referrals.change_status(case_id, CaseStatus.ACTIVE)
    workspace.closure.close(
        case_id,
        ClosureInput(
            closed_on=workspace.today(),
            reason=ClosingReason.GOALS_REACHED,
            goals_achieved=GoalsAchieved.YES,
            eviction_avoided=True,
            housing_situation="Woont er nog.",
        ),
    )
    team.reassign(case_id, "c-2", "Bart Wouters", "Volgt de nazorg op")
    workspace.closure.end_without_aftercare(case_id)
    with pytest.raises(RuleViolation) as refused:
        team.reassign(case_id, "c-3", "Lies Maes", "Te laat")
    assert refused.value.issue.code == "reassign_case_ended"
    assert len(_reassignments(workspace, case_id)) == 1


def test_an_unknown_case_is_refused(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    with pytest.raises(RuleViolation) as refused:
        team.reassign("no-such-case", "c-2", "Bart Wouters", "Verlof")
    assert refused.value.issue.code == "case_unknown"


def test_a_counsellor_cannot_reassign(workspace: Workspace, case_id: str) -> None:
    team = as_team_leader(workspace)
    workspace.settings.set_profile_role("counsellor")
    with pytest.raises(RuleViolation) as refused:
        team.reassign(case_id, "c-2", "Bart Wouters", "Verlof")
    assert refused.value.issue.code == "team_not_allowed"
    assert _reassignments(workspace, case_id) == []
