"""The plan and evaluation panels, driven by clicking and typing."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.plan import EvaluationDecision, GoalActor, GoalResult, PlanStatus
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.evaluation_panel import EvaluationPanel
from caseworker_desktop.ui.labels import issue_text
from caseworker_desktop.ui.plan_panel import PlanPanel
from tests.support import FakeClock
from tests.trajectory.plan_support import (
    add_landlord_consent,
    case_in_intake,
    landlord_goal,
    plan_input,
    smart_goal,
)
from tests.ui.conftest import click, type_into
from tests.ui.referral_typing import choose


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def open_plan(qtbot: QtBot, workspace: Workspace, case_id: str) -> PlanPanel:
    panel = PlanPanel(workspace, case_id)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    return panel


def type_text(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a multi-line field, replacing what it holds."""
    edit.setFocus()
    edit.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            # QTest can only synthesise ASCII keys; accented letters arrive as an input-method commit.
            edit.insertPlainText(char)


def write_goal(
    qtbot: QtBot,
    panel: PlanPanel,
    description: str,
    *,
    measure: str = "",
    agrees: bool = True,
    realism: str = "",
    deadline: date | None = None,
    domain: LifeDomain | None = None,
    actor: GoalActor = GoalActor.TENANT,
    category: DataCategory = DataCategory.GENERAL,
    share: bool = False,
) -> None:
    click(qtbot, panel.add_goal_button)
    type_text(qtbot, panel.description, description)
    if measure:
        type_into(qtbot, panel.measure, measure)
    if agrees:
        click(qtbot, panel.tenant_agrees)
    if realism:
        type_into(qtbot, panel.realism, realism)
    if deadline:
        click(qtbot, panel.has_deadline)
        panel.deadline.setDate(qdate(deadline))
    if domain:
        choose(panel.domain, domain.value)
    choose(panel.actor, actor.value)
    choose(panel.category, category.value)
    if share:
        click(qtbot, panel.landlord_shared)


def test_private_and_landlord_goal_with_live_smart_check_agree_and_new_version(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    panel = open_plan(qtbot, workspace, case_id)
    assert "No plan yet" in panel.version_state.text()

    click(qtbot, panel.add_goal_button)
    type_text(qtbot, panel.description, "Proberen beter te poetsen")
    findings = panel.findings.text()
    assert "Vague wording (proberen, beter)" in findings
    assert "Nothing to measure" in findings
    assert "No deadline" in findings
    assert panel.dirty
    # As the counsellor completes the goal, the remarks disappear one by one.
    type_text(qtbot, panel.description, "Poetst elke zaterdag de keuken en de badkamer")
    assert "Vague wording" not in panel.findings.text()
    click(qtbot, panel.tenant_agrees)
    type_into(qtbot, panel.realism, "Karim poetst graag als hij weet wat er moet gebeuren.")
    assert "No deadline" in panel.findings.text()
    click(qtbot, panel.has_deadline)
    panel.deadline.setDate(qdate(today + timedelta(days=60)))
    assert panel.findings.text().startswith("✓")
    choose(panel.domain, LifeDomain.HOUSEHOLD_TASKS.value)
    type_text(qtbot, panel.steps, "Samen een poetsschema maken.")
    assert "Private" in panel.goal_list.item(0).text()

    write_goal(
        qtbot,
        panel,
        "Betaalt elke maand de huur van 475 euro vóór de 5de",
        measure="Bevestiging van de verhuurder",
        realism="Het leefloon komt op de 1ste binnen.",
        deadline=today + timedelta(days=180),
        domain=LifeDomain.ADMINISTRATION_FINANCES,
        category=DataCategory.FINANCIAL,
        share=True,
    )
    assert panel.fields["landlord_shared"][1].isHidden()  # consent in force: no refusal
    assert "Shared with the landlord" in panel.goal_list.item(1).text()
    click(qtbot, panel.add_condition_button)
    type_into(qtbot, panel.condition_rows[0].edit, "Technische dienst binnenlaten")

    click(qtbot, panel.save_button)
    assert "Draft version 1 saved." in panel.saved_note.text()
    assert not panel.dirty
    saved = workspace.plans.current(case_id)
    assert saved is not None
    assert [(g.description, g.landlord_shared) for g in saved.goals] == [
        ("Poetst elke zaterdag de keuken en de badkamer", False),
        ("Betaalt elke maand de huur van 475 euro vóór de 5de", True),
    ]
    assert saved.goals[0].domain == LifeDomain.HOUSEHOLD_TASKS
    assert saved.goals[0].steps == "Samen een poetsschema maken."
    assert [c.text for c in saved.conditions] == ["Technische dienst binnenlaten"]

    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.agree_button)
    assert "Version 1 agreed on" in panel.saved_note.text()
    assert workspace.referrals.load(case_id).status == CaseStatus.ACTIVE
    assert panel.description.isReadOnly()
    assert not panel.save_button.isVisible()
    assert panel.change_button.isVisible()

    click(qtbot, panel.change_button)
    assert "Version 2 started as a draft" in panel.saved_note.text()
    assert panel.version.count() == 2
    assert not panel.description.isReadOnly()
    assert "Version 1 (agreed on" in panel.version_state.text()
    panel.goal_list.setCurrentRow(0)
    type_text(qtbot, panel.description, "Poetst elke zaterdag en woensdag de keuken")
    # An older version is read-only, and going back to the draft keeps what was typed.
    panel.version.setCurrentIndex(1)
    panel.version.activated.emit(1)
    assert panel.description.toPlainText() == "Poetst elke zaterdag de keuken en de badkamer"
    assert panel.description.isReadOnly()
    assert not panel.save_button.isVisible()
    panel.version.setCurrentIndex(0)
    panel.version.activated.emit(0)
    assert panel.description.toPlainText() == "Poetst elke zaterdag en woensdag de keuken"

    click(qtbot, panel.agree_button)
    versions = workspace.plans.versions(case_id)
    assert [(v.number, v.status) for v in versions] == [(2, PlanStatus.AGREED), (1, PlanStatus.SUPERSEDED)]
    assert workspace.plans.version(versions[1].id).goals[0].description == (
        "Poetst elke zaterdag de keuken en de badkamer"
    )


def test_special_category_goal_cannot_be_shared_with_the_landlord(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    panel = open_plan(qtbot, workspace, case_id)
    write_goal(
        qtbot,
        panel,
        "Gaat elke twee weken naar de afspraak bij het CGG",
        category=DataCategory.PSYCHIATRIC,
        share=True,
    )
    error = panel.fields["landlord_shared"][1]
    assert not error.isHidden()  # said at once, before saving
    assert "never be shared with the landlord" in error.text()
    click(qtbot, panel.save_button)
    assert "Please check the marked goals" in panel.summary.text()
    assert "never be shared with the landlord" in error.text()
    assert panel.description.toPlainText() == "Gaat elke twee weken naar de afspraak bij het CGG"
    assert panel.goal_list.item(0).text().startswith("⚠")
    assert workspace.plans.current(case_id) is None
    # Kept private, the same goal is saved.
    click(qtbot, panel.landlord_shared)
    assert error.isHidden()
    click(qtbot, panel.save_button)
    saved = workspace.plans.current(case_id)
    assert saved is not None and saved.goals[0].category == DataCategory.PSYCHIATRIC
    assert not saved.goals[0].landlord_shared


def test_landlord_goal_without_consent_is_refused(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    panel = open_plan(qtbot, workspace, case_id)
    write_goal(qtbot, panel, "Betaalt elke maand 50 euro af op de achterstal", share=True)
    error = panel.fields["landlord_shared"][1]
    refusal = issue_text(Issue("landlord_consent_missing"))
    assert error.text() == refusal
    click(qtbot, panel.save_button)
    assert error.text() == refusal
    assert "Please check the marked goals" in panel.summary.text()
    assert workspace.plans.current(case_id) is None
    assert panel.description.toPlainText() == "Betaalt elke maand 50 euro af op de achterstal"
    # Once the consent is recorded (another panel's job), the panel knows on reload.
    add_landlord_consent(workspace, case_id)
    draft = panel.draft()
    panel.reload()
    panel.restore_draft(draft)
    assert panel.landlord_shared.isChecked()
    assert error.isHidden()
    click(qtbot, panel.save_button)
    assert workspace.plans.current(case_id).goals[0].landlord_shared


def test_agreeing_a_plan_with_remarks_asks_in_the_panel(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    panel = open_plan(qtbot, workspace, case_id)
    write_goal(qtbot, panel, "Meer contact met de buren", agrees=False)
    click(qtbot, panel.agree_button)
    assert panel.confirm_bar.isVisible()
    assert "1 goal(s) are not SMART yet" in panel.confirm_text.text()
    assert workspace.plans.current(case_id) is None
    click(qtbot, panel.confirm_cancel_button)
    assert not panel.confirm_bar.isVisible()
    click(qtbot, panel.agree_button)
    click(qtbot, panel.confirm_button)
    agreed = workspace.plans.current(case_id)
    assert agreed is not None and agreed.status == PlanStatus.AGREED


def test_bad_goal_input_is_marked_and_kept(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    panel = open_plan(qtbot, workspace, case_id)
    write_goal(qtbot, panel, "Zet elke maandag het afval buiten voor 8 uur")
    click(qtbot, panel.add_goal_button)  # a second goal left without a description
    type_into(qtbot, panel.measure, "Buren klagen niet meer")
    click(qtbot, panel.save_button)
    description_error = panel.fields["description"][1]
    assert panel.goal_list.currentRow() == 1
    assert "This field is required." in description_error.text()
    assert panel.measure.text() == "Buren klagen niet meer"
    panel.goal_list.setCurrentRow(0)
    assert description_error.isHidden()
    panel.goal_list.setCurrentRow(1)
    assert not description_error.isHidden()
    type_text(qtbot, panel.description, "Houdt de gang vrij van fietsen en vuilniszakken")
    click(qtbot, panel.save_button)
    assert len(workspace.plans.current(case_id).goals) == 2
    panel.goal_list.setCurrentRow(0)
    click(qtbot, panel.remove_goal_button)
    assert panel.goal_list.count() == 1
    assert panel.description.toPlainText() == "Houdt de gang vrij van fietsen en vuilniszakken"
    click(qtbot, panel.save_button)
    assert [g.description for g in workspace.plans.current(case_id).goals] == [
        "Houdt de gang vrij van fietsen en vuilniszakken"
    ]


def test_plan_draft_survives_the_lock(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    panel = open_plan(qtbot, workspace, case_id)
    write_goal(qtbot, panel, "Opent elke dag de brievenbus en legt de brieven op tafel")
    click(qtbot, panel.add_condition_button)
    type_into(qtbot, panel.condition_rows[0].edit, "Huur op tijd betalen")
    draft = panel.draft()
    again = open_plan(qtbot, workspace, case_id)
    again.restore_draft(draft)
    assert again.dirty
    assert again.description.toPlainText() == "Opent elke dag de brievenbus en legt de brieven op tafel"
    assert again.condition_rows[0].edit.text() == "Huur op tijd betalen"
    assert "Restored" in again.summary.text()


def test_new_episode_shows_the_old_plan(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    today = workspace.today()
    workspace.plans.agree(case_id, plan_input(today, smart_goal(today), conditions=("Huur betalen",)))
    workspace.referrals.change_status(case_id, CaseStatus.CLOSED, reason=ClosingReason.GOALS_REACHED)
    old_panel = open_plan(qtbot, workspace, case_id)
    assert not old_panel.change_button.isVisible()
    assert "can no longer be changed" in old_panel.version_state.text()
    new_case = workspace.referrals.reopen(case_id)
    panel = open_plan(qtbot, workspace, new_case)
    assert panel.earlier_box.isVisible()
    assert "Gaat elke week twee keer naar de sportclub" in panel.earlier_text.toPlainText()
    assert "Huur betalen" in panel.earlier_text.toPlainText()
    click(qtbot, panel.start_from_earlier_button)
    assert panel.description.toPlainText() == "Gaat elke week twee keer naar de sportclub in de buurt"
    assert workspace.plans.current(new_case).number == 1


# --- evaluations --------------------------------------------------------------------------------------------
def agreed_case(workspace: Workspace, landlord_id: str) -> str:
    case_id = case_in_intake(workspace, landlord_id)
    add_landlord_consent(workspace, case_id)
    today = workspace.today()
    workspace.plans.agree(case_id, plan_input(today, smart_goal(today), landlord_goal(today)))
    return case_id


def open_evaluations(qtbot: QtBot, workspace: Workspace, case_id: str) -> EvaluationPanel:
    panel = EvaluationPanel(workspace, case_id)
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    return panel


def test_plan_and_record_an_evaluation(
    qtbot: QtBot, workspace: Workspace, landlord_id: str, clock: FakeClock
) -> None:
    case_id = agreed_case(workspace, landlord_id)
    today = workspace.today()
    panel = open_evaluations(qtbot, workspace, case_id)
    assert "plan version 1" in panel.case_note.text()
    panel.planned_on.setDate(qdate(today + timedelta(days=7)))
    click(qtbot, panel.plan_button)
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Due"
    assert not panel.record_box.isHidden()
    assert [row.landlord_shared for row in panel.goal_rows] == [False, True]

    # A week later it has become overdue; the counsellor holds it.
    clock.advance(8 * 86_400)
    panel.reload()
    assert panel.table.item(0, 1).text() == "Overdue"
    assert "1 overdue." in panel.case_note.text()
    choose(panel.goal_rows[0].result, GoalResult.PARTLY.value)
    type_into(qtbot, panel.goal_rows[0].notes, "Twee keer geweest")
    type_text(qtbot, panel.landlord_summary, "De huur wordt op tijd betaald.")
    type_text(qtbot, panel.private_notes, "Vertelt over slaapproblemen.")
    choose(panel.decision, EvaluationDecision.CONTINUE.value)
    assert panel.has_next.isChecked()
    click(qtbot, panel.record_button)
    # The landlord goal has no result yet: marked, and nothing typed is lost.
    assert "Choose the result for this goal." in panel.goal_rows[1].error.text()
    assert panel.goal_rows[0].notes.text() == "Twee keer geweest"
    assert panel.landlord_summary.toPlainText() == "De huur wordt op tijd betaald."
    choose(panel.goal_rows[1].result, GoalResult.ACHIEVED.value)
    next_date = workspace.today() + timedelta(days=56)
    panel.next_on.setDate(qdate(next_date))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.record_button)
    assert "Evaluation recorded." in panel.saved_note.text()
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 1).text().startswith("Held")
    assert panel.table.item(1, 0).text() == next_date.strftime("%d/%m/%Y")
    assert not panel.record_button.isVisible()  # the held one is shown read-only
    assert panel.private_notes.toPlainText() == "Vertelt over slaapproblemen."
    assert not panel.dirty
    rows = workspace.evaluations.evaluations(case_id)
    assert rows[0].decision == EvaluationDecision.CONTINUE and rows[1].planned_on == next_date


def test_adjust_decision_starts_a_new_plan_version(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = agreed_case(workspace, landlord_id)
    workspace.evaluations.plan(case_id, workspace.today())
    panel = open_evaluations(qtbot, workspace, case_id)
    for row in panel.goal_rows:
        choose(row.result, GoalResult.ADJUSTED.value)
    choose(panel.decision, EvaluationDecision.ADJUST_PLAN.value)
    click(qtbot, panel.record_button)
    assert "Plan version 2 was started as a draft" in panel.saved_note.text()
    current = workspace.plans.current(case_id)
    assert (current.number, current.status) == (2, PlanStatus.DRAFT)


def test_evaluation_typing_is_kept_across_selection_and_lock(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = agreed_case(workspace, landlord_id)
    first = workspace.evaluations.plan(case_id, workspace.today())
    workspace.evaluations.plan(case_id, workspace.today() + timedelta(days=30))
    panel = open_evaluations(qtbot, workspace, case_id)
    type_text(qtbot, panel.private_notes, "Half getypt")
    panel.table.setCurrentCell(1, 0)
    assert panel.private_notes.toPlainText() == ""
    panel.table.setCurrentCell(0, 0)
    assert panel.private_notes.toPlainText() == "Half getypt"
    draft = panel.draft()
    again = open_evaluations(qtbot, workspace, case_id)
    again.restore_draft(draft)
    assert again.view is not None and again.view.id == first
    assert again.private_notes.toPlainText() == "Half getypt"
    assert again.dirty


def test_evaluations_without_an_agreed_plan(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = case_in_intake(workspace, landlord_id)
    workspace.evaluations.plan(case_id, workspace.today() + timedelta(days=3))
    panel = open_evaluations(qtbot, workspace, case_id)
    assert "No plan has been agreed yet" in panel.case_note.text()
    assert "Agree the plan first" in panel.no_goals.text()
    assert not panel.record_button.isVisible()
    # Planning twice on one day is refused with a message, not a dialog.
    panel.planned_on.setDate(qdate(workspace.today() + timedelta(days=3)))
    click(qtbot, panel.plan_button)
    assert "already planned" in panel.summary.text()
    click(qtbot, panel.cancel_button)
    assert panel.table.rowCount() == 0
