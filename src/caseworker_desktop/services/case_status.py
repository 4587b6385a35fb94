"""Moving a case to another status inside a caller's unit of work, with its history row."""

from __future__ import annotations

from datetime import date

from caseworker_desktop.domain.status import CaseStatus, ClosingReason, check_transition
from caseworker_desktop.store.models import Case, StatusChange
from caseworker_desktop.store.uow import UnitOfWork, local_date


def transition(
    uow: UnitOfWork,
    case_id: str,
    target: CaseStatus,
    *,
    reason: ClosingReason | None = None,
    motivation: str = "",
    effective_on: date | None = None,
) -> Case:
    """Check the step against the state machine (RuleViolation if refused) and record it."""
    case = uow.session.get_one(Case, case_id)
    current = CaseStatus(case.status)
    check_transition(current, target, reason=reason, motivation=motivation)
    case.status = target.value
    case.status_changed_at = uow.clock()
    if target == CaseStatus.CLOSED:
        case.closing_reason = reason.value if reason else None
    uow.add(
        StatusChange(
            case_id=case.id,
            from_status=current.value,
            to_status=target.value,
            reason=reason.value if reason else None,
            motivation=motivation.strip(),
            effective_on=effective_on or local_date(uow.clock()),
        )
    )
    return case
