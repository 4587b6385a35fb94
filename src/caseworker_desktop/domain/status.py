"""The case status state machine for the whole trajectory.

referred -> outreach -> intake -> active -> closed -> aftercare -> ended. A counsellor can skip
outreach when the tenant is reached at once, and can close from any running state (deciding not to
start is a closure with a written motivation). Reopening is never a step back: a closed or ended case
stays as it was and a new episode, linked to it, starts at referred.
"""

from __future__ import annotations

from enum import StrEnum

from caseworker_desktop.domain.errors import RuleViolation


class CaseStatus(StrEnum):
    REFERRED = "referred"
    OUTREACH = "outreach"
    INTAKE = "intake"
    ACTIVE = "active"
    CLOSED = "closed"
    AFTERCARE = "aftercare"
    ENDED = "ended"


RUNNING = frozenset({CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE})
REOPENABLE = frozenset({CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED})


class ClosingReason(StrEnum):
    NOT_STARTED = "not_started"
    GOALS_REACHED = "goals_reached"
    TENANT_STOPPED = "tenant_stopped"
    NOT_REACHED = "not_reached"
    MOVED = "moved"
    EVICTED = "evicted"
    REFERRED_ON = "referred_on"
    DECEASED = "deceased"
    OTHER = "other"


_ALLOWED: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.REFERRED: frozenset({CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.CLOSED}),
    CaseStatus.OUTREACH: frozenset({CaseStatus.INTAKE, CaseStatus.CLOSED}),
    CaseStatus.INTAKE: frozenset({CaseStatus.ACTIVE, CaseStatus.CLOSED}),
    CaseStatus.ACTIVE: frozenset({CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.AFTERCARE, CaseStatus.ENDED}),
    CaseStatus.AFTERCARE: frozenset({CaseStatus.ENDED}),
    CaseStatus.ENDED: frozenset(),
}


def allowed_next(current: CaseStatus) -> frozenset[CaseStatus]:
    return _ALLOWED[current]


def check_transition(
    current: CaseStatus,
    target: CaseStatus,
    *,
    reason: ClosingReason | None = None,
    motivation: str = "",
) -> None:
    """Raise RuleViolation with a specific code when the step is not allowed."""
    if target == current:
        raise RuleViolation("status_unchanged", status=current.value)
    if target not in _ALLOWED[current]:
        if current in REOPENABLE and target == CaseStatus.REFERRED:
            raise RuleViolation("status_reopen_as_new_episode", status=current.value)
        if current == CaseStatus.ENDED:
            raise RuleViolation("status_ended_is_final")
        raise RuleViolation("status_not_allowed", current=current.value, target=target.value)
    if target == CaseStatus.CLOSED:
        if reason is None:
            raise RuleViolation("status_close_needs_reason")
        needs_text = reason in (ClosingReason.NOT_STARTED, ClosingReason.OTHER)
        if needs_text and not motivation.strip():
            raise RuleViolation("status_close_needs_motivation", reason=reason.value)
        if reason == ClosingReason.NOT_STARTED and current not in (
            CaseStatus.REFERRED,
            CaseStatus.OUTREACH,
            CaseStatus.INTAKE,
        ):
            raise RuleViolation("status_not_started_after_start")


def check_reopen(current: CaseStatus) -> None:
    if current not in REOPENABLE:
        raise RuleViolation("status_reopen_running", status=current.value)
