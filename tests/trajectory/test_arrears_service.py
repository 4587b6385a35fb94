"""ArrearsService on a real encrypted store: plan, renegotiation, payments, FBU and LAC."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.court import (
    FbuInput,
    FbuStatus,
    InstalmentState,
    LacInput,
    PaymentInput,
    PaymentPlanInput,
)
from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.fields import format_cents
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_trajectory import Payment, PaymentPlan
from tests.trajectory.court_support import days, register_case


def plan_from_past(workspace: Workspace, case_id: str, months_ago: int = 2) -> str:
    """1.425,00 in instalments of 250,00, the first due `months_ago` months back (on day 1)."""
    today = workspace.today()
    month = today.month - months_ago
    year = today.year + (month - 1) // 12
    first = today.replace(year=year, month=(month - 1) % 12 + 1, day=1)
    return workspace.arrears.save_plan(case_id, PaymentPlanInput("1.425,00", "250,00", "", first))


def test_the_referral_gives_the_defaults(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    defaults = workspace.arrears.overview(case_id).defaults
    assert (defaults.arrears_cents, defaults.arrears_months, defaults.monthly_rent_cents) == (
        142_500,
        3,
        47_500,
    )
    computed = register_case(workspace, landlord_id, arrears="1.200,00", months="")
    assert workspace.arrears.defaults(computed).arrears_months == 3  # 1200 / 475 = 2.53, rounded


def test_a_plan_is_created_with_its_schedule_and_status(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    first = days(workspace.today(), 7)
    plan_id = workspace.arrears.save_plan(case_id, PaymentPlanInput("1.425,00", "", "6", first))
    plan = workspace.arrears.overview(case_id).plan
    assert plan is not None and plan.id == plan_id and plan.active
    assert (plan.terms.instalment_cents, plan.terms.instalments) == (23_750, 6)
    assert sum(i.amount_cents for i in plan.status.instalments) == 142_500
    assert plan.status.remaining_cents == 142_500
    assert plan.status.next_due is not None and plan.status.next_due.due_on == first


def test_a_plan_is_corrected_in_place_until_money_comes_in(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = plan_from_past(workspace, case_id)
    plan = workspace.arrears.overview(case_id).plan
    assert plan is not None
    first = plan.terms.first_due_on
    again = workspace.arrears.save_plan(case_id, PaymentPlanInput("1.425,00", "300,00", "", first))
    assert again == plan_id
    assert workspace.arrears.overview(case_id).plan.terms.instalments == 5  # type: ignore[union-attr]
    workspace.arrears.record_payment(plan_id, PaymentInput(first, workspace.today(), "300,00"))
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.save_plan(case_id, PaymentPlanInput("1.425,00", "100,00", "", first))
    assert refused.value.issue.code == "arrears_plan_has_payments"


def test_payments_missed_instalments_and_the_status(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = plan_from_past(workspace, case_id, months_ago=2)
    today = workspace.today()
    plan = workspace.arrears.overview(case_id).plan
    assert plan is not None
    due = [i.due_on for i in plan.status.instalments]
    saved = workspace.arrears.record_payment(plan_id, PaymentInput(due[0], due[0], "250,00"))
    assert saved.warnings == ()
    workspace.arrears.mark_missed(plan_id, due[1])
    status = workspace.arrears.plan_status(case_id)
    assert status is not None
    assert [i.state for i in status.instalments[:3]] == [
        InstalmentState.PAID,
        InstalmentState.MISSED,
        InstalmentState.OVERDUE if due[2] < today else InstalmentState.OPEN,
    ]
    assert (status.paid_cents, status.remaining_cents, status.missed) == (25_000, 117_500, 1)
    overview = workspace.arrears.overview(case_id)
    assert [(p.missed, p.amount_cents) for p in overview.plan.payments] == [(False, 25_000), (True, 0)]  # type: ignore[union-attr]


def test_missed_marks_are_checked(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = plan_from_past(workspace, case_id, months_ago=1)
    plan = workspace.arrears.overview(case_id).plan
    assert plan is not None
    due = [i.due_on for i in plan.status.instalments]
    with pytest.raises(ValidationFailed) as failed:
        workspace.arrears.mark_missed(plan_id, due[3])
    assert failed.value.issues["due_on"].code == "arrears_missed_not_yet_due"
    workspace.arrears.mark_missed(plan_id, due[0])
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.mark_missed(plan_id, due[0])
    assert refused.value.issue.code == "arrears_already_missed"
    workspace.arrears.record_payment(plan_id, PaymentInput(due[1], workspace.today(), "500,00"))
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.mark_missed(plan_id, due[1])
    assert refused.value.issue.code == "arrears_instalment_paid"


def test_overpaying_is_recorded_with_a_warning(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = workspace.arrears.save_plan(
        case_id, PaymentPlanInput("300,00", "100,00", "", workspace.today())
    )
    saved = workspace.arrears.record_payment(
        plan_id, PaymentInput(workspace.today(), workspace.today(), "350")
    )
    assert [w.code for w in saved.warnings] == ["arrears_payment_above_remaining"]
    status = workspace.arrears.plan_status(case_id)
    assert status is not None and status.completed and status.overpaid_cents == 5_000


def test_payments_can_be_corrected_and_removed(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = plan_from_past(workspace, case_id)
    today = workspace.today()
    due = workspace.arrears.overview(case_id).plan.status.instalments[0].due_on  # type: ignore[union-attr]
    saved = workspace.arrears.record_payment(plan_id, PaymentInput(due, today, "25,00"))
    workspace.arrears.edit_payment(saved.id, PaymentInput(due, today, "250,00"))
    assert workspace.arrears.plan_status(case_id).paid_cents == 25_000  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed) as failed:
        workspace.arrears.edit_payment(saved.id, PaymentInput(due, days(today, 2), "veel"))
    assert set(failed.value.issues) == {"paid_on", "amount"}
    workspace.arrears.remove_payment(saved.id)
    assert workspace.arrears.plan_status(case_id).paid_cents == 0  # type: ignore[union-attr]
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        assert uow.session.get_one(Payment, saved.id).deleted
    missed_id = workspace.arrears.mark_missed(plan_id, due)
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.edit_payment(missed_id, PaymentInput(due, today, "10"))
    assert refused.value.issue.code == "arrears_missed_not_editable"


def test_a_renegotiated_plan_replaces_the_active_one_and_keeps_the_old(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    old_id = plan_from_past(workspace, case_id)
    today = workspace.today()
    first_due = workspace.arrears.overview(case_id).plan.status.instalments[0].due_on  # type: ignore[union-attr]
    workspace.arrears.record_payment(old_id, PaymentInput(first_due, today, "250,00"))
    remaining = workspace.arrears.plan_status(case_id).remaining_cents  # type: ignore[union-attr]
    new_id = workspace.arrears.renegotiate(
        case_id, PaymentPlanInput(format_cents(remaining), "100,00", "", days(today, 10))
    )
    overview = workspace.arrears.overview(case_id)
    assert overview.plan is not None and overview.plan.id == new_id
    assert overview.plan.terms.total_cents == 117_500 and overview.plan.status.paid_cents == 0
    (old,) = overview.earlier_plans
    assert old.id == old_id and not old.active and old.status.paid_cents == 25_000
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.record_payment(old_id, PaymentInput(first_due, today, "10"))
    assert refused.value.issue.code == "arrears_plan_superseded"
    # Removing the new plan by mistake brings the old one back.
    workspace.arrears.remove_plan(new_id)
    assert workspace.arrears.overview(case_id).plan.id == old_id  # type: ignore[union-attr]


def test_renegotiating_needs_a_plan(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    with pytest.raises(RuleViolation) as refused:
        workspace.arrears.renegotiate(case_id, PaymentPlanInput("100", "10", "", workspace.today()))
    assert refused.value.issue.code == "arrears_no_plan_to_renegotiate"


def test_removing_a_plan_tombstones_its_payments_for_the_team(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    plan_id = plan_from_past(workspace, case_id)
    due = workspace.arrears.overview(case_id).plan.status.instalments[0].due_on  # type: ignore[union-attr]
    payment = workspace.arrears.record_payment(plan_id, PaymentInput(due, workspace.today(), "250"))
    workspace.arrears.remove_plan(plan_id)
    assert workspace.arrears.overview(case_id).plan is None
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        deletes = set(
            uow.session.scalars(select(OutboxEntry.record_id).where(OutboxEntry.operation == "delete"))
        )
        assert {plan_id, payment.id} <= deletes
        assert uow.session.get_one(PaymentPlan, plan_id).deleted


def test_fbu_application_with_its_eligibility_warnings(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    saved = workspace.arrears.add_fbu(case_id, FbuInput(today, "3", True, False, True))
    assert [i.code for i in saved.unmet] == ["fbu_no_budget_counselling"]
    workspace.arrears.edit_fbu(
        saved.id, FbuInput(today, "3", True, True, True, FbuStatus.GRANTED, today, "Toegekend: 1.000 euro")
    )
    (fbu,) = workspace.arrears.overview(case_id).fbu
    assert fbu.unmet == ()
    assert (fbu.data.status, fbu.data.decided_on, fbu.data.notes) == (
        FbuStatus.GRANTED,
        today,
        "Toegekend: 1.000 euro",
    )
    with pytest.raises(ValidationFailed) as failed:
        workspace.arrears.edit_fbu(saved.id, FbuInput(today, "3", status=FbuStatus.REFUSED))
    assert failed.value.issues["decided_on"].code == "required"
    high = workspace.arrears.add_fbu(case_id, FbuInput(today, "8", True, True, True))
    assert [i.code for i in high.unmet] == ["fbu_arrears_too_high"]
    workspace.arrears.remove_fbu(high.id)
    assert len(workspace.arrears.overview(case_id).fbu) == 1


def test_lac_meetings_are_planned_decided_and_removed(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    later = workspace.arrears.add_lac(case_id, LacInput(days(today, 14)))
    earlier = workspace.arrears.add_lac(case_id, LacInput(days(today, -3), "Afbetalingsplan 100 euro/maand"))
    overview = workspace.arrears.overview(case_id)
    assert [m.id for m in overview.lac] == [earlier, later]
    with pytest.raises(ValidationFailed) as failed:
        workspace.arrears.edit_lac(later, LacInput(days(today, 14), "Akkoord"))
    assert failed.value.issues["decision"].code == "lac_decision_before_meeting"
    workspace.arrears.edit_lac(later, LacInput(today, "Akkoord"))
    workspace.arrears.remove_lac(earlier)
    (meeting,) = workspace.arrears.overview(case_id).lac
    assert (meeting.id, meeting.on, meeting.decision) == (later, today, "Akkoord")
    with pytest.raises(RuleViolation):
        workspace.arrears.remove_lac(earlier)


def test_reading_the_arrears_is_audited(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    workspace.arrears.overview(case_id)
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        reads = uow.session.scalars(
            select(AuditEntry.record_id).where(
                AuditEntry.action == "read", AuditEntry.record_kind == "payment_plan"
            )
        ).all()
    assert reads == [case_id]
