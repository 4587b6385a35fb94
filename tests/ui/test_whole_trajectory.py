"""One tenant from referral to relapse, entirely by clicking and typing in the main window.

referral → outreach → decision to start → consent → intake → plan with a private and a landlord goal →
evaluation → closure (eviction avoided) → aftercare → relapse: a new episode that shows the old plan.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.domain.engagement import LifeDomain, OutreachChannel, OutreachResult
from caseworker_desktop.domain.followup import GoalsAchieved
from caseworker_desktop.domain.plan import EvaluationDecision, GoalResult
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_window import CaseWindow
from tests.ui.conftest import click, open_unlocked, type_into
from tests.ui.referral_typing import choose, save, type_referral

PRIVATE_GOAL = "Gaat elke week naar de praatgroep van het CAW"
LANDLORD_GOAL = "Betaalt elke maand de huur van 475 euro vóór de 5de"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def write(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a multi-line field."""
    edit.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insertPlainText(char)


def status(window, case_id: str) -> CaseStatus:  # type: ignore[no-untyped-def]
    return window.workspace.referrals.load(case_id).status


def test_a_case_from_referral_to_relapse(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    today = window.workspace.today()

    # Referral.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case_tab = window.tabs.currentWidget()
    assert isinstance(case_tab, CaseWindow)
    type_referral(qtbot, case_tab.referral, landlord_id)
    save(qtbot, case_tab.referral)
    case_id = case_tab.case_id
    assert case_id is not None and status(window, case_id) == CaseStatus.REFERRED
    assert "try to reach the tenant" in case_tab.overview.next_action.text()

    # Outreach: the overview's "Go there" opens the outreach panel.
    click(qtbot, case_tab.overview.next_button)
    outreach = case_tab.tabs.currentWidget().panel
    click(qtbot, outreach.start_outreach_button)
    assert status(window, case_id) == CaseStatus.OUTREACH
    choose(outreach.channel, OutreachChannel.HOME_VISIT.value)
    choose(outreach.result, OutreachResult.REACHED.value)
    type_into(qtbot, outreach.note, "Mevrouw deed open na het kaartje")
    click(qtbot, outreach.add_button)
    assert outreach.table.rowCount() == 1

    # Decision to start: the tenant agrees.
    outreach.agreement_on.setDate(qdate(today))
    click(qtbot, outreach.start_button)
    assert status(window, case_id) == CaseStatus.INTAKE

    # Consent for the landlord (general data only).
    consent = case_tab.show_panel("consent")
    choose(consent.recipient, ConsentRecipient.LANDLORD.value)
    click(qtbot, consent.category_boxes[DataCategory.GENERAL])
    click(qtbot, consent.add_button)
    assert window.workspace.engagement.landlord_consent_in_force(case_id)

    # Intake on the home visit.
    intake = case_tab.show_panel("intake")
    finances = intake.domains[LifeDomain.ADMINISTRATION_FINANCES]
    choose(finances.rating, 2)
    write(qtbot, finances.notes.edit, "Post blijft ongeopend liggen")
    write(qtbot, intake.own_question.edit, "In de woning kunnen blijven")
    click(qtbot, intake.save_button)
    assert intake.saved_note.text()

    # Plan: a private goal and a landlord goal, then agreed.
    plan = case_tab.show_panel("plan")
    deadline = today + timedelta(days=90)
    for description, share in ((PRIVATE_GOAL, False), (LANDLORD_GOAL, True)):
        click(qtbot, plan.add_goal_button)
        write(qtbot, plan.description, description)
        type_into(qtbot, plan.measure, "Afspraak nagekeken bij elk huisbezoek")
        click(qtbot, plan.tenant_agrees)
        type_into(qtbot, plan.realism, "Haalbaar met wekelijkse opvolging")
        click(qtbot, plan.has_deadline)
        plan.deadline.setDate(qdate(deadline))
        if share:
            click(qtbot, plan.landlord_shared)
    click(qtbot, plan.save_button)
    click(qtbot, plan.agree_button)
    if plan.confirm_button.isVisible():
        click(qtbot, plan.confirm_button)
    assert status(window, case_id) == CaseStatus.ACTIVE
    current = window.workspace.plans.current(case_id)
    assert [(g.description, g.landlord_shared) for g in current.goals] == [
        (PRIVATE_GOAL, False),
        (LANDLORD_GOAL, True),
    ]

    # Evaluation: planned, then held with a result per goal.
    evaluations = case_tab.show_panel("evaluations")
    evaluations.planned_on.setDate(qdate(today))
    click(qtbot, evaluations.plan_button)
    evaluations.table.selectRow(0)
    for row in evaluations.goal_rows:
        choose(row.result, GoalResult.ACHIEVED.value)
    write(qtbot, evaluations.landlord_summary, "De huur wordt elke maand op tijd betaald.")
    choose(evaluations.decision, EvaluationDecision.CLOSE.value)
    if evaluations.has_next.isChecked():
        click(qtbot, evaluations.has_next)
    click(qtbot, evaluations.record_button)
    assert window.workspace.evaluations.evaluations(case_id)[0].held

    # Closure: goals reached, eviction avoided.
    closing = case_tab.show_panel("closure")
    choose(closing.reason, ClosingReason.GOALS_REACHED.value)
    click(qtbot, closing.goals_achieved.buttons[GoalsAchieved.YES])
    click(qtbot, closing.eviction_avoided.buttons[True])
    write(qtbot, closing.housing_situation, "Blijft in de woning; huur loopt.")
    click(qtbot, closing.close_button)
    assert status(window, case_id) == CaseStatus.CLOSED
    assert window.workspace.closure.closure_of(case_id).closure.eviction_avoided is True

    # Aftercare for the default three months, then ended by hand.
    assert closing.months.value() == 3
    click(qtbot, closing.start_button)
    assert status(window, case_id) == CaseStatus.AFTERCARE
    click(qtbot, closing.end_now_button)
    assert status(window, case_id) == CaseStatus.ENDED

    # Relapse: a new episode linked to this one, which shows the old plan.
    case_tab.tabs.setCurrentWidget(case_tab.referral)
    click(qtbot, case_tab.referral.status_panel.reopen_button)
    new_case = case_tab.case_id
    assert new_case != case_id
    assert status(window, new_case) == CaseStatus.REFERRED
    assert window.workspace.referrals.load(new_case).previous_case_id == case_id
    assert not case_tab.overview.previous_button.isHidden()
    new_plan = case_tab.show_panel("plan")
    assert new_plan.earlier_box.isVisible()
    assert PRIVATE_GOAL in new_plan.earlier_text.toPlainText()
    assert LANDLORD_GOAL in new_plan.earlier_text.toPlainText()

    # The old episode can still be opened from the overview, read-only history intact.
    case_tab.tabs.setCurrentWidget(case_tab.overview)
    click(qtbot, case_tab.overview.previous_button)
    old_tab = window.tabs.currentWidget()
    assert isinstance(old_tab, CaseWindow) and old_tab.case_id == case_id
    assert "Beëindigd" in old_tab.header.text() or "Ended" in old_tab.header.text()
    assert window.caseload_model.total() == 2
