"""The court and arrears panels, driven by typing and clicking: what is saved shows up, bad input is
pointed at and nothing typed is lost."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.court import (
    CourtEventKind,
    FbuStatus,
    PaymentInput,
    PaymentPlanInput,
)
from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.arrears_panel import ArrearsPanel
from caseworker_desktop.ui.case_panel import CasePanel
from caseworker_desktop.ui.court_panel import CourtPanel
from caseworker_desktop.ui.labels import issue_text
from tests.trajectory.court_support import register_case
from tests.ui.conftest import click, type_into
from tests.ui.referral_typing import choose

SRC = Path(__file__).resolve().parents[2] / "src" / "caseworker_desktop"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def show(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1340, 640)
    widget.show()


def court_panel(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> CourtPanel:
    panel = CourtPanel(workspace, register_case(workspace, landlord_id))
    show(qtbot, panel)
    return panel


def arrears_panel(qtbot: QtBot, workspace: Workspace, case_id: str) -> ArrearsPanel:
    panel = ArrearsPanel(workspace, case_id)
    show(qtbot, panel)
    return panel


def type_text(qtbot: QtBot, edit: QPlainTextEdit, text: str) -> None:
    """Type at the end of a text box, as a counsellor adding to it would."""
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def add_event(qtbot: QtBot, panel: CourtPanel, kind: CourtEventKind, on: date, notes: str = "") -> None:
    choose(panel.kind, kind.value)
    panel.on.setDate(qdate(on))
    if notes:
        type_text(qtbot, panel.notes, notes)
    click(qtbot, panel.save_button)


def cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    return table.item(row, column).text()


# --- court panel ----------------------------------------------------------------------------------


def test_panels_satisfy_the_case_panel_protocol(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    court = court_panel(qtbot, workspace, landlord_id)
    arrears = arrears_panel(qtbot, workspace, court.case_id)
    for panel in (court, arrears):
        assert isinstance(panel, CasePanel)
        assert panel.dirty is False
    assert (court.title(), arrears.title()) == ("Court", "Arrears")


def test_saved_events_are_listed_and_the_next_hearing_is_prominent(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    today = workspace.today()
    assert panel.hearing_banner.text() == "No hearing planned."
    with qtbot.waitSignal(panel.changed, timeout=1000):
        add_event(qtbot, panel, CourtEventKind.HEARING, today + timedelta(days=10), "Zaal 2, 9u30")
    add_event(qtbot, panel, CourtEventKind.PETITION, today - timedelta(days=30), "Via OCMW")
    assert panel.table.rowCount() == 2
    assert [cell(panel.table, r, 1) for r in range(2)] == ["Petition filed", "Hearing"]
    assert cell(panel.table, 1, 2) == "Zaal 2, 9u30"
    assert "in 10 days" in panel.hearing_banner.text()
    assert "Within two weeks" in panel.hearing_banner.text()
    assert panel.hearing_banner.property("soon") is True
    # The form is ready for the next event, and nothing is left dirty.
    assert panel.kind.currentData() is None and panel.notes.toPlainText() == ""
    assert panel.dirty is False and panel.saved_note.text() == "Saved."


def test_a_hearing_further_away_is_shown_calmly(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    add_event(qtbot, panel, CourtEventKind.HEARING, workspace.today() + timedelta(days=30))
    assert "in 30 days" in panel.hearing_banner.text()
    assert panel.hearing_banner.property("soon") is False
    assert "Within two weeks" not in panel.hearing_banner.text()


def test_bad_input_is_pointed_at_and_kept(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    long_notes = "Lang verslag. " * 150
    panel.notes.setPlainText(long_notes)
    type_text(qtbot, panel.notes, "!")
    click(qtbot, panel.save_button)
    assert panel.table.rowCount() == 0
    assert panel.fields["kind"][1].text() == "This field is required."
    assert "too long" in panel.fields["notes"][1].text()
    assert panel.notes.toPlainText() == long_notes + "!"
    assert panel.dirty is True

    panel.notes.setPlainText("Verzoekschrift")
    choose(panel.kind, CourtEventKind.PETITION.value)
    panel.on.setDate(qdate(workspace.today() + timedelta(days=3)))
    click(qtbot, panel.save_button)
    assert panel.fields["on"][1].text() == "This date lies in the future."
    assert panel.fields["kind"][1].isHidden()
    assert panel.kind.currentData() == CourtEventKind.PETITION.value
    assert panel.notes.toPlainText() == "Verzoekschrift"
    assert panel.table.rowCount() == 0


def test_an_event_out_of_order_is_explained_and_nothing_is_lost(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    today = workspace.today()
    add_event(qtbot, panel, CourtEventKind.PETITION, today - timedelta(days=30))
    add_event(qtbot, panel, CourtEventKind.JUDGMENT, today - timedelta(days=40), "Vonnis bij verstek")
    assert "cannot come before the petition" in panel.summary.text()
    assert panel.table.rowCount() == 1
    assert panel.kind.currentData() == CourtEventKind.JUDGMENT.value
    assert panel.notes.toPlainText() == "Vonnis bij verstek"
    panel.on.setDate(qdate(today - timedelta(days=2)))
    click(qtbot, panel.save_button)
    assert panel.table.rowCount() == 2
    # Saved, with the warning that no hearing is recorded before the judgment.
    assert "No hearing is recorded" in panel.warnings.text() and panel.warnings.isVisible()
    assert "No hearing is recorded" in cell(panel.table, 1, 3)


def test_selecting_an_event_edits_it_and_remove_removes_it(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    today = workspace.today()
    add_event(qtbot, panel, CourtEventKind.HEARING, today + timedelta(days=20), "Eerste zitting")
    panel.table.selectRow(0)
    assert panel.form_box.title() == "Change event"
    assert panel.notes.toPlainText() == "Eerste zitting"
    assert panel.remove_button.isEnabled()
    panel.on.setDate(qdate(today + timedelta(days=50)))
    type_text(qtbot, panel.notes, " (uitgesteld)")
    click(qtbot, panel.save_button)
    assert panel.table.rowCount() == 1
    assert cell(panel.table, 0, 2) == "Eerste zitting (uitgesteld)"
    assert "in 50 days" in panel.hearing_banner.text()
    panel.table.selectRow(0)
    click(qtbot, panel.remove_button)
    assert panel.table.rowCount() == 0
    assert panel.hearing_banner.text() == "No hearing planned."
    assert workspace.court.overview(panel.case_id).events == ()


def test_removing_what_the_eviction_rests_on_is_refused_in_place(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    today = workspace.today()
    add_event(qtbot, panel, CourtEventKind.JUDGMENT, today - timedelta(days=40))
    add_event(qtbot, panel, CourtEventKind.EVICTION_ANNOUNCED, today - timedelta(days=5))
    add_event(qtbot, panel, CourtEventKind.EVICTION_DONE, today - timedelta(days=5))
    assert "Eviction carried out on" in panel.eviction_banner.text()
    panel.table.selectRow(1)
    assert panel.kind.currentData() == CourtEventKind.EVICTION_ANNOUNCED.value
    click(qtbot, panel.remove_button)
    assert "needs the announced eviction date" in panel.summary.text()
    assert panel.table.rowCount() == 3


def test_an_announced_eviction_ahead_is_shown(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    today = workspace.today()
    add_event(qtbot, panel, CourtEventKind.JUDGMENT, today - timedelta(days=40))
    add_event(qtbot, panel, CourtEventKind.EVICTION_ANNOUNCED, today + timedelta(days=12))
    assert panel.eviction_banner.isVisible()
    assert "in 12 days" in panel.eviction_banner.text()


def test_court_draft_survives_a_lock(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    panel = court_panel(qtbot, workspace, landlord_id)
    choose(panel.kind, CourtEventKind.HEARING.value)
    panel.on.setDate(qdate(workspace.today() + timedelta(days=8)))
    type_text(qtbot, panel.notes, "Huurder bellen de dag ervoor")
    assert panel.dirty is True
    payload = panel.draft()
    again = CourtPanel(workspace, panel.case_id)
    show(qtbot, again)
    again.restore_draft(payload)
    assert again.kind.currentData() == CourtEventKind.HEARING.value
    assert again.notes.toPlainText() == "Huurder bellen de dag ervoor"
    assert again.on.date() == qdate(workspace.today() + timedelta(days=8))
    assert again.dirty is True
    click(qtbot, again.save_button)
    assert again.table.rowCount() == 1


# --- arrears panel --------------------------------------------------------------------------------


def make_plan(qtbot: QtBot, panel: ArrearsPanel, instalment: str, first: date) -> None:
    type_into(qtbot, panel.instalment, instalment)
    panel.first_due.setDate(qdate(first))
    click(qtbot, panel.plan_save_button)


def test_a_plan_starts_from_the_referral_and_shows_its_schedule(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    assert "€ 1.425,00" in panel.referral_line.text() and "3 months" in panel.referral_line.text()
    assert panel.total.text() == "1425,00"
    assert panel.plan_status.text() == "No payment plan yet."
    assert not panel.record_button.isEnabled()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        make_plan(qtbot, panel, "250,00", workspace.today() + timedelta(days=7))
    assert panel.schedule.rowCount() == 6
    assert cell(panel.schedule, 5, 2) == "€ 175,00"
    assert [cell(panel.schedule, r, 4) for r in range(6)] == ["Open"] * 6
    assert "remaining € 1.425,00" in panel.plan_status.text()
    assert panel.instalments.text() == "6"  # computed and shown
    assert panel.record_button.isEnabled() and panel.dirty is False


def test_bad_plan_input_is_pointed_at_and_kept(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    panel.total.clear()
    type_into(qtbot, panel.total, "veel geld")
    type_into(qtbot, panel.instalments, "zes")
    click(qtbot, panel.plan_save_button)
    assert panel.fields["plan.total"][1].text() == "Type an amount in euro, for example 1.250,00."
    assert panel.fields["plan.instalments"][1].text() == "Type a whole number."
    assert (panel.total.text(), panel.instalments.text()) == ("veel geld", "zes")
    assert "Nothing you typed was lost" in panel.errors["plan"].text()
    assert workspace.arrears.overview(case_id).plan is None

    panel.total.clear()
    type_into(qtbot, panel.total, "1.425,00")
    panel.instalments.clear()
    click(qtbot, panel.plan_save_button)
    assert panel.fields["plan.total"][1].isHidden()
    assert "instalment or the number" in panel.fields["plan.instalment"][1].text()
    type_into(qtbot, panel.instalment, "250")
    type_into(qtbot, panel.instalments, "4")
    click(qtbot, panel.plan_save_button)
    assert "has 6 instalments, not 4" in panel.fields["plan.instalments"][1].text()
    assert panel.instalment.text() == "250"


def test_recording_payments_and_missed_instalments(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    today = workspace.today()
    make_plan(qtbot, panel, "250,00", today - timedelta(days=70))
    first_due = panel.schedule.item(0, 1).text()
    assert panel.due_choice.currentText().startswith("1 · " + first_due)
    assert panel.amount.text() == "250,00"
    panel.amount.clear()
    type_into(qtbot, panel.amount, "twee")
    click(qtbot, panel.record_button)
    assert panel.fields["payment.amount"][1].text() == "Type an amount in euro, for example 1.250,00."
    assert panel.amount.text() == "twee"
    panel.amount.clear()
    type_into(qtbot, panel.amount, "250,00")
    click(qtbot, panel.record_button)
    assert cell(panel.schedule, 0, 4) == "Paid"
    assert panel.section_notes["payment"].text() == "Payment recorded."
    # The next open instalment is proposed; mark it missed.
    assert panel.due_choice.currentText().startswith("2 · ")
    click(qtbot, panel.missed_button)
    assert cell(panel.schedule, 1, 4) == "Missed"
    assert "1 missed" in panel.plan_status.text()
    assert panel.payments.rowCount() == 2 and cell(panel.payments, 1, 1) == "missed"
    # An instalment still to come cannot be missed.
    choose(panel.due_choice, panel.due_choice.itemData(5))
    click(qtbot, panel.missed_button)
    assert "not due yet" in panel.fields["payment.due_on"][1].text()
    # The frozen plan can only be renegotiated now.
    assert not panel.plan_save_button.isVisible() and panel.plan_fixed_note.isVisible()
    # A mistaken mark is removed again.
    panel.payments.selectRow(1)
    click(qtbot, panel.remove_payment_button)
    assert cell(panel.schedule, 1, 4) == "Overdue"


def test_a_renegotiated_plan_replaces_the_old_one(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    plan_id = workspace.arrears.save_plan(case_id, PaymentPlanInput("1.425,00", "250", "", today))
    workspace.arrears.record_payment(plan_id, PaymentInput(today, today, "250"))
    panel = arrears_panel(qtbot, workspace, case_id)
    click(qtbot, panel.renegotiate_button)
    assert panel.total.text() == "1175,00" and panel.instalment.text() == ""
    assert panel.plan_save_button.text() == "Save renegotiated plan"
    assert panel.plan_save_button.isVisible()
    type_into(qtbot, panel.instalment, "100")
    click(qtbot, panel.plan_save_button)
    assert panel.schedule.rowCount() == 12
    assert "Paid € 0,00 of € 1.175,00" in panel.plan_status.text()
    assert "Earlier plan (renegotiated)" in panel.earlier_plans.text()
    assert "paid € 250,00" in panel.earlier_plans.text()
    assert panel.plan_save_button.text() == "Save plan"


def test_fbu_conditions_show_eligibility_as_they_are_ticked(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    assert panel.fbu_months.text() == "3"
    assert panel.fbu_eligibility.property("eligible") is False
    assert "budget counselling" in panel.fbu_eligibility.text()
    for check in (panel.fbu_support, panel.fbu_budget, panel.fbu_plan):
        click(qtbot, check)
    assert panel.fbu_eligibility.text() == "All FBU conditions are met."
    panel.fbu_months.clear()
    type_into(qtbot, panel.fbu_months, "8")
    assert "above the fund's maximum" in panel.fbu_eligibility.text()
    panel.fbu_months.clear()
    type_into(qtbot, panel.fbu_months, "4")
    type_text(qtbot, panel.fbu_notes, "Aanvraag via OCMW Gent")
    click(qtbot, panel.fbu_save_button)
    assert panel.fbu_list.count() == 1
    assert "4 months · Submitted" in panel.fbu_list.item(0).text()
    assert panel.fbu_form_box.title() == "New application"

    # Later the fund decides. Decided before it was applied for: the date is pointed at, the rest stays.
    panel.fbu_list.setCurrentRow(0)
    assert panel.fbu_form_box.title() == "Change application"
    assert panel.fbu_notes.toPlainText() == "Aanvraag via OCMW Gent"
    assert not panel.fbu_decided_on.isEnabled()
    choose(panel.fbu_status, FbuStatus.GRANTED.value)
    assert panel.fbu_decided_on.isEnabled()
    panel.fbu_decided_on.setDate(qdate(workspace.today() - timedelta(days=3)))
    click(qtbot, panel.fbu_save_button)
    assert "cannot come before the application" in panel.fields["fbu.decided_on"][1].text()
    assert panel.fbu_notes.toPlainText() == "Aanvraag via OCMW Gent"
    panel.fbu_decided_on.setDate(qdate(workspace.today()))
    click(qtbot, panel.fbu_save_button)
    assert panel.fbu_list.count() == 1 and "Granted" in panel.fbu_list.item(0).text()
    (fbu,) = workspace.arrears.overview(case_id).fbu
    assert fbu.data.status == FbuStatus.GRANTED and fbu.unmet == ()


def test_an_fbu_application_with_unmet_conditions_is_saved_with_warnings(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    click(qtbot, panel.fbu_support)
    click(qtbot, panel.fbu_save_button)
    assert panel.fbu_list.count() == 1
    assert "2 condition(s) not met" in panel.fbu_list.item(0).text()
    assert "budget counselling" in panel.section_notes["fbu"].text()


def test_lac_meetings_are_planned_and_decided(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    today = workspace.today()
    panel.lac_on.setDate(qdate(today + timedelta(days=10)))
    type_text(qtbot, panel.lac_decision, "Afbetaling 100 euro per maand")
    click(qtbot, panel.lac_save_button)
    assert "has not taken place yet" in panel.fields["lac.decision"][1].text()
    assert panel.lac_decision.toPlainText() == "Afbetaling 100 euro per maand"
    assert panel.lac_list.count() == 0
    panel.lac_decision.clear()
    click(qtbot, panel.lac_save_button)
    assert panel.lac_list.count() == 1 and "planned" in panel.lac_list.item(0).text()
    panel.lac_list.setCurrentRow(0)
    assert panel.lac_form_box.title() == "Change meeting"
    panel.lac_on.setDate(qdate(today))
    type_text(qtbot, panel.lac_decision, "Akkoord met afbetalingsplan")
    click(qtbot, panel.lac_save_button)
    assert panel.lac_list.count() == 1
    assert "Akkoord met afbetalingsplan" in panel.lac_list.item(0).text()
    assert panel.lac_form_box.title() == "New meeting" and not panel.lac_remove_button.isEnabled()
    panel.lac_list.setCurrentRow(0)
    click(qtbot, panel.lac_remove_button)
    assert panel.lac_list.count() == 0


def test_arrears_draft_keeps_every_section(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    panel = arrears_panel(qtbot, workspace, case_id)
    type_into(qtbot, panel.instalment, "200")
    click(qtbot, panel.fbu_budget)
    type_text(qtbot, panel.lac_decision, "Nog te bespreken")
    assert panel.dirty is True
    payload = panel.draft()
    again = arrears_panel(qtbot, workspace, case_id)
    again.restore_draft(payload)
    assert again.instalment.text() == "200"
    assert again.fbu_budget.isChecked() and not again.fbu_support.isChecked()
    assert again.lac_decision.toPlainText() == "Nog te bespreken"
    assert again.dirty is True
    assert "Restored" in again.errors["plan"].text()
    click(qtbot, again.plan_save_button)
    assert again.schedule.rowCount() == 8
    assert again.dirty is True  # FBU and LAC still hold unsaved typing
    assert again.lac_decision.toPlainText() == "Nog te bespreken"


# --- texts ----------------------------------------------------------------------------------------


def _codes() -> set[str]:
    found: set[str] = set()
    for name in ("domain/court.py", "services/court.py", "services/arrears.py"):
        text = (SRC / name).read_text(encoding="utf-8")
        found |= set(re.findall(r'(?:Issue|RuleViolation|_about)\(\s*(?:event,\s*)?"([a-z_]+)"', text))
    return found


@pytest.mark.parametrize("code", sorted(_codes()))
def test_every_code_of_this_part_has_its_own_sentence(code: str) -> None:
    params = {
        "event": "judgment",
        "on": "2026-11-24",
        "petition_on": "2026-12-01",
        "judgment_on": "2026-12-01",
        "announced_on": "2026-12-01",
        "earliest": "2000-01-01",
        "years": 3,
        "maximum": 120,
        "minimum": 2,
        "needed": 130,
        "months": 8,
        "instalment": "250,00",
        "expected": 6,
        "given": 4,
        "remaining": "100,00",
    }
    text = issue_text(Issue(code, params))
    assert text != "This value is not accepted.", code
    assert "%" not in text, code


def test_the_code_list_is_found() -> None:
    assert {"court_before_petition", "arrears_instalments_mismatch", "fbu_no_budget_counselling"} <= _codes()
