"""TeamService: who may open the team's data, the review settings, the team's counsellors, and the
audit of what the team leader opens. Real temporary encrypted profiles (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.team_figures import DEFAULT_QUIET_WEEKS, year_period
from caseworker_desktop.services.team import TeamAccess, TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models_sync import SyncMeta
from tests.team.test_team_service_support import (
    as_team_leader,
    audit_entries,
    referral,
    set_server_role,
    team_of,
)

# Every method that shows or changes the team's data, called with plausible arguments.
GUARDED: dict[str, Callable[[TeamService], Any]] = {
    "facts": lambda team: team.facts(),
    "caseload": lambda team: team.caseload([]),
    "figures": lambda team: team.figures([], year_period(2026)),
    "working_time": lambda team: team.working_time(),
    "set_working_time": lambda team: team.set_working_time("someone", 0.5),
    "quiet_weeks": lambda team: team.quiet_weeks(),
    "set_quiet_weeks": lambda team: team.set_quiet_weeks(4),
    "counsellors": lambda team: team.counsellors(),
    "reassign": lambda team: team.reassign("case", "someone", "Jonas Maes", "verlof"),
    "log_opened": lambda team: team.log_opened("case"),
    "last_sync": lambda team: team.last_sync(),
}


def test_a_new_profile_is_a_counsellor_and_sees_no_team(workspace: Workspace) -> None:
    assert workspace.settings.profile_role() == "counsellor"
    assert team_of(workspace).access() == TeamAccess(
        allowed=False, confirmed=False, reason="team_not_allowed"
    )


@pytest.mark.parametrize("method", sorted(GUARDED))
def test_a_counsellor_profile_is_refused_everything(workspace: Workspace, method: str) -> None:
    team = team_of(workspace)
    with pytest.raises(RuleViolation) as refused:
        GUARDED[method](team)
    assert refused.value.issue.code == "team_not_allowed"


@pytest.mark.parametrize("method", sorted(GUARDED))
def test_a_server_counsellor_is_refused_whatever_the_setting(workspace: Workspace, method: str) -> None:
    team = as_team_leader(workspace)
    set_server_role(workspace, "counsellor")
    assert team.access() == TeamAccess(allowed=False, confirmed=False, reason="team_role_not_confirmed")
    with pytest.raises(RuleViolation) as refused:
        GUARDED[method](team)
    assert refused.value.issue.code == "team_not_allowed"


def test_a_team_leader_who_never_joined_is_let_in_unconfirmed(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    assert team.access() == TeamAccess(allowed=True, confirmed=False)
    assert team.facts() == []


def test_the_server_confirms_a_team_leader(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    set_server_role(workspace, "team_leader")
    assert team.access() == TeamAccess(allowed=True, confirmed=True)


def test_the_role_setting_is_validated(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.settings.set_profile_role("admin")
    assert failed.value.issues["profile_role"].code == "profile_role_unknown"
    assert workspace.settings.profile_role() == "counsellor"
    workspace.settings.set_profile_role("team_leader")
    assert workspace.settings.profile_role() == "team_leader"
    workspace.settings.set_profile_role("counsellor")
    assert not team_of(workspace).access().allowed


def test_working_time_per_counsellor(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    assert team.working_time() == {}
    assert workspace.settings.working_time("c-1") == 1.0
    team.set_working_time("c-1", 0.5)
    team.set_working_time("c-2", 0.1)
    team.set_working_time("c-3", 1.0)
    team.set_working_time("c-1", 0.8)
    assert team.working_time() == {"c-1": 0.8, "c-2": 0.1, "c-3": 1.0}
    assert workspace.settings.working_time("c-2") == 0.1


@pytest.mark.parametrize("fte", [0.0, 0.09, 1.01, -1.0, float("nan"), True])
def test_working_time_out_of_range_is_refused(workspace: Workspace, fte: float) -> None:
    team = as_team_leader(workspace)
    with pytest.raises(ValidationFailed) as failed:
        team.set_working_time("c-1", fte)
    assert failed.value.issues["working_time"].code == "working_time_out_of_range"
    assert team.working_time() == {}


def test_quiet_weeks_default_and_range(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    assert team.quiet_weeks() == DEFAULT_QUIET_WEEKS
    team.set_quiet_weeks(1)
    assert team.quiet_weeks() == 1
    team.set_quiet_weeks(52)
    assert team.quiet_weeks() == 52
    for wrong in (0, 53, -2):
        with pytest.raises(ValidationFailed) as failed:
            team.set_quiet_weeks(wrong)
        assert failed.value.issues["quiet_weeks"].code == "quiet_weeks_out_of_range"
    assert team.quiet_weeks() == 52


def test_the_caseload_review_uses_the_quiet_weeks_setting(workspace: Workspace, landlord_id: str) -> None:
    team = as_team_leader(workspace)
    today = workspace.today()
    # Referred five weeks ago, never a contact since.
    workspace.referrals.register(referral(landlord_id, date.fromordinal(today.toordinal() - 35)))
    facts = team.facts()
    _, total = team.caseload(facts)
    assert total.cases["no_recent_contact"] == []  # type: ignore[index]
    team.set_quiet_weeks(4)
    _, total = team.caseload(facts)
    assert total.cases["no_recent_contact"] == [facts[0].case_id]  # type: ignore[index]


def test_counsellors_are_the_case_holders_and_this_user(workspace: Workspace, landlord_id: str) -> None:
    team = as_team_leader(workspace)
    me = (workspace.user.user_id, workspace.user.name)
    assert team.counsellors() == [me]
    case_id = workspace.referrals.register(referral(landlord_id, workspace.today()))
    team.reassign(case_id, "c-2", "Bart Wouters", "Neemt de wijk over")
    team.reassign(case_id, "c-3", "Zoë Janssens", "Terug van verlof")
    assert team.counsellors() == sorted(
        [me, ("c-2", "Bart Wouters"), ("c-3", "Zoë Janssens")], key=lambda pair: pair[1].casefold()
    )


def test_opening_a_case_from_the_team_view_is_audited(workspace: Workspace, landlord_id: str) -> None:
    team = as_team_leader(workspace)
    case_id = workspace.referrals.register(referral(landlord_id, workspace.today()))
    before = audit_entries(workspace, "case", case_id)
    team.log_opened(case_id)
    after = audit_entries(workspace, "case", case_id)
    assert len(after) == len(before) + 1
    assert after[-1].action == AuditAction.READ.value
    assert after[-1].actor == workspace.user.user_id


def test_reading_the_team_facts_is_audited_without_content(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    team.facts()
    entries = audit_entries(workspace, "team_facts", "all")
    assert [e.action for e in entries] == [AuditAction.READ.value]


def test_last_sync_is_the_last_successful_sync(workspace: Workspace) -> None:
    team = as_team_leader(workspace)
    assert team.last_sync() is None
    with workspace.store.unit_of_work("test") as uow:
        uow.session.merge(SyncMeta(key="last_success", value="2026-11-23T16:45:00"))
    assert team.last_sync() == datetime(2026, 11, 23, 16, 45)


def test_the_facts_are_read_again_after_any_change_and_only_then(
    workspace: Workspace, landlord_id: str
) -> None:
    """The team view reads the facts whenever it opens; they come from memory while nothing was
    written since, and from the store as soon as anything was, whoever wrote it."""
    team = as_team_leader(workspace)
    first_case = workspace.referrals.register(referral(landlord_id, workspace.today()))
    first = team.facts()
    assert team.facts() is first  # nothing written since: the same list
    assert team.facts(workspace.today()) is first
    second_case = workspace.referrals.register(referral(landlord_id, workspace.today(), last_name="Peeters"))
    fresh = team.facts()
    assert fresh is not first
    assert {f.case_id for f in fresh} == {first_case, second_case}
    team.reassign(first_case, "c-2", "Bart Wouters", "Neemt de wijk over")
    moved = {f.case_id: f for f in team.facts()}
    assert moved[first_case].counsellor.counsellor_name == "Bart Wouters"
    # A partial read is never kept as if it were every episode.
    other = as_team_leader(workspace)
    partial = other.facts(workspace.today())
    assert other.facts() is not partial
    # Every read is logged, from memory or not.
    assert len(audit_entries(workspace, "team_facts", "all")) == 7
