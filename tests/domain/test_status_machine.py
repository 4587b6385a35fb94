"""The case status state machine: every legal step, the illegal ones with their specific codes."""

from __future__ import annotations

import itertools

import pytest

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.status import (
    CaseStatus,
    ClosingReason,
    allowed_next,
    check_reopen,
    check_transition,
)

S = CaseStatus

# Written out by hand from the trajectory (DOMAIN.md), not copied from the module under test.
EXPECTED_ALLOWED: dict[CaseStatus, set[CaseStatus]] = {
    S.REFERRED: {S.OUTREACH, S.INTAKE, S.CLOSED},
    S.OUTREACH: {S.INTAKE, S.CLOSED},
    S.INTAKE: {S.ACTIVE, S.CLOSED},
    S.ACTIVE: {S.CLOSED},
    S.CLOSED: {S.AFTERCARE, S.ENDED},
    S.AFTERCARE: {S.ENDED},
    S.ENDED: set(),
}

ALLOWED_PAIRS = [(current, target) for current, targets in EXPECTED_ALLOWED.items() for target in targets]
ILLEGAL_PAIRS = [
    (current, target)
    for current, target in itertools.product(CaseStatus, CaseStatus)
    if current != target and target not in EXPECTED_ALLOWED[current]
]


def _code(current: CaseStatus, target: CaseStatus, **kwargs: object) -> str:
    with pytest.raises(RuleViolation) as caught:
        check_transition(current, target, **kwargs)  # type: ignore[arg-type]
    return caught.value.issue.code


@pytest.mark.parametrize("current", list(CaseStatus))
def test_allowed_next_matches_the_trajectory(current: CaseStatus) -> None:
    assert allowed_next(current) == EXPECTED_ALLOWED[current]


@pytest.mark.parametrize(("current", "target"), ALLOWED_PAIRS, ids=lambda s: s.value)
def test_every_allowed_transition_passes(current: CaseStatus, target: CaseStatus) -> None:
    reason = ClosingReason.TENANT_STOPPED if target == S.CLOSED else None
    check_transition(current, target, reason=reason)


@pytest.mark.parametrize(("current", "target"), ILLEGAL_PAIRS, ids=lambda s: s.value)
def test_every_illegal_transition_raises_its_specific_code(current: CaseStatus, target: CaseStatus) -> None:
    if current in {S.CLOSED, S.AFTERCARE, S.ENDED} and target == S.REFERRED:
        expected = "status_reopen_as_new_episode"
    elif current == S.ENDED:
        expected = "status_ended_is_final"
    else:
        expected = "status_not_allowed"
    assert _code(current, target, reason=ClosingReason.GOALS_REACHED) == expected


def test_not_allowed_names_both_states() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(S.ACTIVE, S.OUTREACH)
    assert caught.value.issue.params == {"current": "active", "target": "outreach"}


@pytest.mark.parametrize(
    ("current", "target"),
    [(S.ACTIVE, S.REFERRED), (S.INTAKE, S.OUTREACH), (S.AFTERCARE, S.CLOSED), (S.REFERRED, S.ACTIVE)],
)
def test_steps_back_or_skipping_intake_are_not_allowed(current: CaseStatus, target: CaseStatus) -> None:
    assert _code(current, target) == "status_not_allowed"


@pytest.mark.parametrize("status", [S.CLOSED, S.AFTERCARE, S.ENDED])
def test_reopening_by_going_back_to_referred_is_refused(status: CaseStatus) -> None:
    assert _code(status, S.REFERRED) == "status_reopen_as_new_episode"


@pytest.mark.parametrize("target", [S.OUTREACH, S.INTAKE, S.ACTIVE, S.CLOSED, S.AFTERCARE])
def test_ended_is_final(target: CaseStatus) -> None:
    assert _code(S.ENDED, target) == "status_ended_is_final"


@pytest.mark.parametrize("status", list(CaseStatus))
def test_same_status_is_unchanged(status: CaseStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(status, status)
    assert caught.value.issue.code == "status_unchanged"
    assert caught.value.issue.params == {"status": status.value}


@pytest.mark.parametrize("current", [S.REFERRED, S.OUTREACH, S.INTAKE, S.ACTIVE])
def test_closing_needs_a_reason(current: CaseStatus) -> None:
    assert _code(current, S.CLOSED) == "status_close_needs_reason"


@pytest.mark.parametrize("reason", [ClosingReason.NOT_STARTED, ClosingReason.OTHER])
@pytest.mark.parametrize("motivation", ["", "   \n\t"])
def test_not_started_and_other_need_a_written_motivation(reason: ClosingReason, motivation: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(S.REFERRED, S.CLOSED, reason=reason, motivation=motivation)
    assert caught.value.issue.code == "status_close_needs_motivation"
    assert caught.value.issue.params == {"reason": reason.value}


@pytest.mark.parametrize("reason", [ClosingReason.NOT_STARTED, ClosingReason.OTHER])
def test_motivation_given_closes(reason: ClosingReason) -> None:
    check_transition(S.OUTREACH, S.CLOSED, reason=reason, motivation="Huurder wenst geen begeleiding.")


@pytest.mark.parametrize(
    "reason", [r for r in ClosingReason if r not in (ClosingReason.NOT_STARTED, ClosingReason.OTHER)]
)
def test_other_reasons_need_no_motivation(reason: ClosingReason) -> None:
    check_transition(S.ACTIVE, S.CLOSED, reason=reason)


@pytest.mark.parametrize("current", [S.REFERRED, S.OUTREACH, S.INTAKE])
def test_not_started_is_possible_before_the_support_starts(current: CaseStatus) -> None:
    check_transition(current, S.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="Geen mandaat")


def test_not_started_after_the_start_is_refused() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(S.ACTIVE, S.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="Geen mandaat")
    assert caught.value.issue.code == "status_not_started_after_start"


@pytest.mark.parametrize("status", [S.CLOSED, S.AFTERCARE, S.ENDED])
def test_check_reopen_accepts_finished_cases(status: CaseStatus) -> None:
    check_reopen(status)


@pytest.mark.parametrize("status", [S.REFERRED, S.OUTREACH, S.INTAKE, S.ACTIVE])
def test_check_reopen_refuses_running_cases(status: CaseStatus) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_reopen(status)
    assert caught.value.issue.code == "status_reopen_running"
    assert caught.value.issue.params == {"status": status.value}
