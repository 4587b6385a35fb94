"""Moving a case through its states, and reopening it as a linked new episode."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import OutboxEntry, StatusChange
from tests.services.service_support import StepClock, full_referral

S = CaseStatus


def outbox_size(workspace: Workspace) -> int:
    with workspace.store.unit_of_work("test") as uow:
        return int(uow.session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


@pytest.fixture
def case_id(workspace: Workspace, landlord_id: str) -> str:
    return workspace.referrals.register(full_referral(landlord_id))


def test_the_whole_trajectory_is_recorded(workspace: Workspace, case_id: str, clock: StepClock) -> None:
    referrals = workspace.referrals
    steps = [S.OUTREACH, S.INTAKE, S.ACTIVE]
    for step in steps:
        clock.advance(days=7)
        referrals.change_status(case_id, step)
    clock.advance(days=200)
    referrals.change_status(case_id, S.CLOSED, reason=ClosingReason.GOALS_REACHED)
    referrals.change_status(case_id, S.AFTERCARE)
    clock.advance(days=90)
    referrals.change_status(case_id, S.ENDED)

    detail = referrals.load(case_id)
    assert detail.status == S.ENDED
    assert detail.allowed_next == frozenset()
    assert detail.closing_reason == ClosingReason.GOALS_REACHED
    assert [(e.from_status, e.to_status) for e in detail.history] == [
        (None, S.REFERRED),
        (S.REFERRED, S.OUTREACH),
        (S.OUTREACH, S.INTAKE),
        (S.INTAKE, S.ACTIVE),
        (S.ACTIVE, S.CLOSED),
        (S.CLOSED, S.AFTERCARE),
        (S.AFTERCARE, S.ENDED),
    ]
    assert [e.at for e in detail.history] == [
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
        date(2026, 3, 23),
        date(2026, 10, 9),
        date(2026, 10, 9),
        date(2027, 1, 7),
    ]
    assert [e.reason for e in detail.history][4] == ClosingReason.GOALS_REACHED


@pytest.mark.parametrize(
    ("target", "kwargs", "code"),
    [
        (S.ACTIVE, {}, "status_not_allowed"),
        (S.REFERRED, {}, "status_unchanged"),
        (S.CLOSED, {}, "status_close_needs_reason"),
        (S.CLOSED, {"reason": ClosingReason.OTHER, "motivation": "  "}, "status_close_needs_motivation"),
        (S.AFTERCARE, {}, "status_not_allowed"),
    ],
)
def test_the_state_machine_is_enforced_and_nothing_changes(
    workspace: Workspace, case_id: str, target: CaseStatus, kwargs: dict[str, object], code: str
) -> None:
    before = workspace.referrals.load(case_id)
    outbox_before = outbox_size(workspace)
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.change_status(case_id, target, **kwargs)  # type: ignore[arg-type]
    assert caught.value.issue.code == code
    after = workspace.referrals.load(case_id)
    assert (after.status, after.history) == (before.status, before.history)
    assert outbox_size(workspace) == outbox_before


def test_deciding_not_to_start_keeps_the_motivation(workspace: Workspace, case_id: str) -> None:
    workspace.referrals.change_status(
        case_id, S.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="  Huurder weigert begeleiding.  "
    )
    detail = workspace.referrals.load(case_id)
    assert detail.closing_reason == ClosingReason.NOT_STARTED
    last = detail.history[-1]
    assert (last.to_status, last.reason, last.motivation) == (
        S.CLOSED,
        ClosingReason.NOT_STARTED,
        "Huurder weigert begeleiding.",
    )
    assert detail.allowed_next == {S.AFTERCARE, S.ENDED}


def test_not_started_after_the_start_is_refused(workspace: Workspace, case_id: str) -> None:
    workspace.referrals.change_status(case_id, S.INTAKE)
    workspace.referrals.change_status(case_id, S.ACTIVE)
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.change_status(case_id, S.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="x")
    assert caught.value.issue.code == "status_not_started_after_start"


def test_reopen_starts_a_linked_new_episode(
    workspace: Workspace, case_id: str, landlord_id: str, clock: StepClock
) -> None:
    referrals = workspace.referrals
    referrals.change_status(case_id, S.INTAKE)
    referrals.change_status(case_id, S.ACTIVE)
    referrals.change_status(case_id, S.CLOSED, reason=ClosingReason.GOALS_REACHED)
    referrals.change_status(case_id, S.AFTERCARE)
    old = referrals.load(case_id)
    clock.advance(days=40)

    new_id = referrals.reopen(case_id)

    assert new_id != case_id
    new = referrals.load(new_id)
    assert new.status == S.REFERRED
    assert new.previous_case_id == case_id
    assert new.previous_case_number == old.number
    assert new.number != old.number
    assert new.number.startswith("2026-0002-")
    assert [(e.from_status, e.to_status) for e in new.history] == [(None, S.REFERRED)]
    assert new.referral.referral_date == date(2026, 4, 11)
    # Same tenant, same landlord and problems; the arrears are to be asked again.
    assert (new.referral.first_name, new.referral.last_name) == ("Hélène", "Ünal")
    assert new.referral.landlord_id == landlord_id
    assert new.referral.problems == {Problem.ARREARS, Problem.NUISANCE}
    assert new.referral.source == ReferralSource.LANDLORD
    assert new.referral.eviction_procedure is True
    assert new.referral.monthly_rent == "650,00"
    assert new.referral.arrears_amount == ""
    assert len(new.referral.household) == 3

    # The earlier episode stays as it was.
    assert referrals.load(case_id).status == S.AFTERCARE
    assert referrals.load(case_id).history == old.history
    assert {r.id for r in workspace.caseload.rows()} == {case_id, new_id}
    with workspace.store.unit_of_work("test") as uow:
        changes = uow.session.scalars(select(StatusChange).where(StatusChange.case_id == new_id)).all()
        assert [c.to_status for c in changes] == ["referred"]


@pytest.mark.parametrize("path", [[S.OUTREACH], [S.INTAKE, S.ACTIVE], []])
def test_a_running_case_cannot_be_reopened(
    workspace: Workspace, case_id: str, path: list[CaseStatus]
) -> None:
    for step in path:
        workspace.referrals.change_status(case_id, step)
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.reopen(case_id)
    assert caught.value.issue.code == "status_reopen_running"
    assert len(workspace.caseload.rows()) == 1


def test_an_ended_case_can_be_reopened_but_not_moved_back(workspace: Workspace, case_id: str) -> None:
    workspace.referrals.change_status(case_id, S.CLOSED, reason=ClosingReason.MOVED)
    workspace.referrals.change_status(case_id, S.ENDED)
    with pytest.raises(RuleViolation) as caught:
        workspace.referrals.change_status(case_id, S.REFERRED)
    assert caught.value.issue.code == "status_reopen_as_new_episode"
    new_id = workspace.referrals.reopen(case_id)
    assert workspace.referrals.load(new_id).previous_case_id == case_id
