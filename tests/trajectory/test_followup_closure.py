"""Closing a case and its aftercare, on a real encrypted store."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.followup import GoalsAchieved, add_months
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import StatusChange
from caseworker_desktop.store.models_trajectory import CaseProfile, Closure
from tests.support import FakeClock
from tests.trajectory.followup_support import DAY, closure, register_case, start_support


@pytest.fixture
def case_id(workspace: Workspace, landlord_id: str, clock: FakeClock) -> str:
    case = register_case(workspace, landlord_id)
    start_support(workspace, case)
    clock.advance(120 * DAY)
    return case


def status_history(workspace: Workspace, case_id: str) -> list[tuple[str, str | None]]:
    with workspace.store.unit_of_work("test") as uow:
        rows = uow.session.scalars(
            select(StatusChange).where(StatusChange.case_id == case_id).order_by(StatusChange.created_at)
        ).all()
        return [(r.to_status, r.effective_on.isoformat() if r.effective_on else None) for r in rows]


def test_closing_records_the_facts_and_moves_the_case_to_closed(workspace: Workspace, case_id: str) -> None:
    today = workspace.today()
    before = workspace.closure.closure_of(case_id)
    assert before.running and before.closure is None and before.closed_on is None

    workspace.closure.close(
        case_id,
        closure(
            today - timedelta(days=2),
            goals_achieved=GoalsAchieved.PARTLY,
            referred_to="Schuldbemiddeling OCMW Gent",
        ),
    )
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.CLOSED
    assert view.closed_on == today - timedelta(days=2)
    assert view.reason == ClosingReason.GOALS_REACHED
    assert view.closure is not None
    assert view.closure.eviction_avoided is True
    assert view.closure.goals_achieved == GoalsAchieved.PARTLY
    assert view.closure.referred_to == "Schuldbemiddeling OCMW Gent"
    assert view.aftercare_until is None and view.ended_on is None
    assert status_history(workspace, case_id)[-1] == ("closed", (today - timedelta(days=2)).isoformat())
    assert workspace.referrals.load(case_id).closing_reason == ClosingReason.GOALS_REACHED


def test_eviction_avoided_no_is_stored_as_no(workspace: Workspace, case_id: str) -> None:
    workspace.closure.close(
        case_id, closure(workspace.today(), reason=ClosingReason.EVICTED, eviction_avoided=False)
    )
    view = workspace.closure.closure_of(case_id)
    assert view.closure is not None and view.closure.eviction_avoided is False


def test_a_closure_without_the_eviction_answer_is_refused_and_the_case_keeps_running(
    workspace: Workspace, case_id: str
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.closure.close(
            case_id, closure(workspace.today(), eviction_avoided=None, housing_situation="")
        )
    assert {k: i.code for k, i in failed.value.issues.items()} == {
        "eviction_avoided": "choose_yes_or_no",
        "housing_situation": "required",
    }
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ACTIVE
    with workspace.store.unit_of_work("test") as uow:
        assert uow.session.scalars(select(Closure)).all() == []


def test_the_state_machine_still_has_its_say(workspace: Workspace, case_id: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        workspace.closure.close(
            case_id, closure(workspace.today(), reason=ClosingReason.NOT_STARTED, motivation="Wou niet.")
        )
    assert refused.value.issue.code == "status_not_started_after_start"
    workspace.closure.close(case_id, closure(workspace.today()))
    with pytest.raises(RuleViolation) as again:
        workspace.closure.close(case_id, closure(workspace.today()))
    assert again.value.issue.code == "closure_case_not_running"


def test_closing_before_the_referral_date_is_refused(workspace: Workspace, case_id: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.closure.close(case_id, closure(workspace.today() - timedelta(days=400)))
    assert failed.value.issues["closed_on"].code == "closed_before_referral"


def test_aftercare_runs_three_months_from_closure_by_default_and_ends_on_its_own(
    workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    closed_on = workspace.today() - timedelta(days=3)
    workspace.closure.close(case_id, closure(closed_on))
    until = workspace.closure.start_aftercare(case_id)
    assert until == add_months(closed_on, 3)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.AFTERCARE
    assert view.aftercare_until == until and view.aftercare_started_on == closed_on
    assert view.aftercare_latest == add_months(closed_on, 12)
    with workspace.store.unit_of_work("test") as uow:
        profiles = uow.session.scalars(select(CaseProfile).where(CaseProfile.case_id == case_id)).all()
    assert [p.aftercare_until for p in profiles] == [until]

    # Still running on its last day …
    days_left = (until - workspace.today()).days
    clock.advance(days_left * DAY)
    assert workspace.closure.end_due_aftercare() == ()
    # … and ended once that day has passed, dated on the last day.
    clock.advance(DAY)
    assert workspace.closure.end_due_aftercare() == (case_id,)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.ENDED and view.ended_on == until
    assert workspace.closure.end_due_aftercare() == ()  # nothing left to end


def test_end_due_aftercare_picks_only_the_cases_whose_date_has_passed(
    workspace: Workspace, landlord_id: str, clock: FakeClock, case_id: str
) -> None:
    other = register_case(workspace, landlord_id, last_name="Janssens")
    start_support(workspace, other)
    workspace.closure.close(case_id, closure(workspace.today()))
    workspace.closure.start_aftercare(case_id, 1)
    workspace.closure.close(other, closure(workspace.today()))
    workspace.closure.start_aftercare(other, 6)
    later = add_months(workspace.today(), 2)
    assert workspace.closure.end_due_aftercare(later) == (case_id,)
    assert workspace.closure.closure_of(other).status == CaseStatus.AFTERCARE


def test_aftercare_length_is_adjustable_from_1_to_12_months(workspace: Workspace, case_id: str) -> None:
    today = workspace.today()
    workspace.closure.close(case_id, closure(today))
    with pytest.raises(ValidationFailed) as failed:
        workspace.closure.start_aftercare(case_id, 13)
    assert failed.value.issues["months"].code == "out_of_range"
    assert workspace.closure.closure_of(case_id).status == CaseStatus.CLOSED
    assert workspace.closure.start_aftercare(case_id, 6) == add_months(today, 6)

    workspace.closure.set_aftercare_until(case_id, today + timedelta(days=40))
    assert workspace.closure.closure_of(case_id).aftercare_until == today + timedelta(days=40)
    for bad in (today, add_months(today, 12) + timedelta(days=1), None):
        with pytest.raises(ValidationFailed) as refused:
            workspace.closure.set_aftercare_until(case_id, bad)
        assert "until" in refused.value.issues
    assert workspace.closure.closure_of(case_id).aftercare_until == today + timedelta(days=40)


def test_aftercare_cannot_start_with_an_end_already_passed(workspace: Workspace, case_id: str) -> None:
    workspace.closure.close(case_id, closure(workspace.today() - timedelta(days=100)))
    with pytest.raises(ValidationFailed) as failed:
        workspace.closure.start_aftercare(case_id, 3)
    assert failed.value.issues["months"].code == "aftercare_end_in_past"
    assert workspace.closure.start_aftercare(case_id, 4) > workspace.today()


def test_ending_aftercare_by_hand(workspace: Workspace, clock: FakeClock, case_id: str) -> None:
    workspace.closure.close(case_id, closure(workspace.today()))
    workspace.closure.start_aftercare(case_id)
    clock.advance(20 * DAY)
    workspace.closure.end_aftercare(case_id)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.ENDED
    assert view.ended_on == workspace.today() and view.aftercare_until == workspace.today()
    with pytest.raises(RuleViolation) as refused:
        workspace.closure.end_aftercare(case_id)
    assert refused.value.issue.code == "aftercare_not_running"


def test_ending_without_aftercare(workspace: Workspace, case_id: str) -> None:
    with pytest.raises(RuleViolation) as early:
        workspace.closure.end_without_aftercare(case_id)
    assert early.value.issue.code == "aftercare_needs_closed_case"
    workspace.closure.close(
        case_id, closure(workspace.today(), reason=ClosingReason.MOVED, eviction_avoided=True)
    )
    workspace.closure.end_without_aftercare(case_id)
    view = workspace.closure.closure_of(case_id)
    assert (
        view.status == CaseStatus.ENDED and view.aftercare_started_on is None and view.aftercare_until is None
    )
    with pytest.raises(RuleViolation):
        workspace.closure.start_aftercare(case_id)


def test_an_existing_case_profile_is_reused(workspace: Workspace, case_id: str) -> None:
    with workspace.store.unit_of_work("test") as uow:
        uow.add(CaseProfile(case_id=case_id, attitude="asks_for_help"))
    workspace.closure.close(case_id, closure(workspace.today()))
    until = workspace.closure.start_aftercare(case_id, 2)
    with workspace.store.unit_of_work("test") as uow:
        profile = uow.session.scalars(select(CaseProfile).where(CaseProfile.case_id == case_id)).one()
    assert profile.attitude == "asks_for_help" and profile.aftercare_until == until


def test_after_a_relapse_the_old_episode_keeps_its_closure_readable(
    workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    workspace.closure.close(case_id, closure(workspace.today()))
    workspace.closure.start_aftercare(case_id)
    clock.advance(30 * DAY)
    new_episode = workspace.referrals.reopen(case_id)
    old = workspace.closure.closure_of(case_id)
    assert old.closure is not None and old.closure.eviction_avoided is True
    assert old.status == CaseStatus.AFTERCARE
    new = workspace.closure.closure_of(new_episode)
    assert new.status == CaseStatus.REFERRED and new.closure is None
    assert workspace.referrals.load(new_episode).previous_case_id == case_id


def test_a_case_closed_as_not_started_reads_back_its_reason_and_motivation(
    workspace: Workspace, landlord_id: str
) -> None:
    case = register_case(workspace, landlord_id, last_name="Peeters")
    workspace.referrals.change_status(
        case, CaseStatus.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="Huurder weigert elke hulp."
    )
    view = workspace.closure.closure_of(case)
    assert view.status == CaseStatus.CLOSED and view.closure is None
    assert view.reason == ClosingReason.NOT_STARTED
    assert view.motivation == "Huurder weigert elke hulp."
    assert view.closed_on == workspace.today()
    workspace.closure.end_without_aftercare(case)
    assert workspace.closure.closure_of(case).status == CaseStatus.ENDED
