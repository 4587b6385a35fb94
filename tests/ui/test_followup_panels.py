"""The contact log and the closure panel, typed into and clicked like a counsellor does."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QRadioButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.followup import ContactKind, GoalsAchieved, add_months
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_panel import CasePanel
from caseworker_desktop.ui.closure_panel import ClosurePanel
from caseworker_desktop.ui.contacts_panel import Column, ContactsPanel
from tests.support import FakeClock
from tests.trajectory.followup_support import DAY, closure, home_visit, register_case, start_support
from tests.ui.conftest import click, type_into
from tests.ui.referral_typing import choose


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def type_text(qtbot: QtBot, edit: QPlainTextEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def pick(qtbot: QtBot, radio: QRadioButton) -> None:
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))


def show(qtbot: QtBot, panel: QWidget) -> None:
    qtbot.addWidget(panel)
    panel.resize(1366, 700)
    panel.show()
    qtbot.waitExposed(panel)


@pytest.fixture
def case_id(workspace: Workspace, landlord_id: str) -> str:
    case = register_case(workspace, landlord_id)
    start_support(workspace, case)
    return case


@pytest.fixture
def contacts(qtbot: QtBot, workspace: Workspace, case_id: str) -> ContactsPanel:
    panel = ContactsPanel(workspace, case_id)
    show(qtbot, panel)
    return panel


@pytest.fixture
def closing(qtbot: QtBot, workspace: Workspace, case_id: str) -> ClosurePanel:
    panel = ClosurePanel(workspace, case_id)
    show(qtbot, panel)
    return panel


def cell(panel: ContactsPanel, row: int, column: Column) -> str:
    return panel.model.index(row, column).data()


# --- contact log --------------------------------------------------------------------------------------
def test_both_panels_satisfy_the_case_panel_protocol(contacts: ContactsPanel, closing: ClosurePanel) -> None:
    for panel in (contacts, closing):
        assert isinstance(panel, CasePanel)
        assert panel.title()
        assert panel.dirty is False


def test_logging_a_home_visit_with_a_personal_note(
    qtbot: QtBot, workspace: Workspace, contacts: ContactsPanel, case_id: str
) -> None:
    assert contacts.on.date() == qdate(workspace.today())
    choose(contacts.kind, ContactKind.HOME_VISIT.value)
    type_into(qtbot, contacts.duration, "50")
    type_into(qtbot, contacts.with_whom, "Karim en zijn zus")
    type_text(qtbot, contacts.summary_edit, "Afbetalingsplan besproken met de huurder.")
    type_text(qtbot, contacts.personal_note, "Lijkt vermoeid; volgende keer naar slaap vragen.")
    assert contacts.dirty
    with qtbot.waitSignal(contacts.changed):
        click(qtbot, contacts.save_button)

    assert contacts.model.rowCount() == 1
    assert cell(contacts, 0, Column.KIND) == "Home visit"
    assert cell(contacts, 0, Column.DURATION) == "50 min"
    assert cell(contacts, 0, Column.WITH_WHOM) == "Karim en zijn zus"
    assert cell(contacts, 0, Column.SUMMARY) == "Afbetalingsplan besproken met de huurder."
    assert contacts.counts.text() == "Contacts held: 1 (0 h 50 min in all) · planned: 0"
    assert contacts.saved_note.text() == "Saved."
    # The form is ready for the next contact.
    assert contacts.with_whom.text() == "" and contacts.personal_note.toPlainText() == ""
    assert not contacts.dirty
    stored = workspace.contacts.contacts(case_id)[0]
    assert stored.personal_note == "Lijkt vermoeid; volgende keer naar slaap vragen."
    assert stored.summary == "Afbetalingsplan besproken met de huurder."


def test_bad_contact_input_is_marked_per_field_and_nothing_typed_is_lost(
    qtbot: QtBot, workspace: Workspace, contacts: ContactsPanel, case_id: str
) -> None:
    contacts.on.setDate(qdate(workspace.today() + timedelta(days=3)))
    type_into(qtbot, contacts.duration, "drie kwartier")
    type_text(qtbot, contacts.summary_edit, "Gesprek over de huur.")
    type_text(qtbot, contacts.personal_note, "Eigen notitie.")
    click(qtbot, contacts.save_button)

    expected = {
        "on": "For a contact that has not happened yet, tick “Planned”.",
        "kind": "This field is required.",
        "duration": "Type a whole number.",
        "with_whom": "This field is required.",
    }
    for key, text in expected.items():
        field, error = contacts.fields[key]
        assert error.isVisible(), key
        assert text in error.text(), key
        assert field.property("invalid") is True, key
    assert not contacts.fields["summary"][1].isVisible()
    assert contacts.duration.text() == "drie kwartier"
    assert contacts.summary_edit.toPlainText() == "Gesprek over de huur."
    assert contacts.personal_note.toPlainText() == "Eigen notitie."
    assert "Nothing you typed was lost" in contacts.summary.text()
    assert workspace.contacts.contacts(case_id) == ()

    # Fixing the fields saves it; the error lines go away.
    click(qtbot, contacts.planned)
    choose(contacts.kind, ContactKind.HOME_VISIT.value)
    contacts.duration.clear()
    type_into(qtbot, contacts.with_whom, "Karim")
    click(qtbot, contacts.save_button)
    assert not contacts.fields["duration"][1].isVisible()
    assert cell(contacts, 0, Column.KIND) == "Home visit (planned)"
    assert workspace.contacts.contacts(case_id)[0].planned


def test_editing_and_removing_a_contact(
    qtbot: QtBot, workspace: Workspace, contacts: ContactsPanel, case_id: str
) -> None:
    workspace.contacts.log(case_id, home_visit(workspace.today(), personal_note="Oude notitie."))
    workspace.contacts.log(case_id, home_visit(workspace.today(), kind=ContactKind.PHONE_CALL, duration="5"))
    contacts.reload()
    assert contacts.model.rowCount() == 2
    assert not contacts.edit_button.isEnabled()

    contacts.table.selectRow(1)
    click(qtbot, contacts.edit_button)
    assert contacts.form_box.title() == "Edit contact"
    assert contacts.personal_note.toPlainText() == "Oude notitie."
    contacts.duration.clear()
    type_into(qtbot, contacts.duration, "75")
    contacts.personal_note.clear()
    click(qtbot, contacts.save_button)
    visit = next(c for c in workspace.contacts.contacts(case_id) if c.kind == ContactKind.HOME_VISIT)
    assert visit.duration_min == 75 and visit.personal_note == ""

    contacts.select(visit.id)
    click(qtbot, contacts.remove_button)
    assert contacts.confirm_box.isVisible()
    click(qtbot, contacts.keep_button)
    assert contacts.model.rowCount() == 2
    click(qtbot, contacts.remove_button)
    with qtbot.waitSignal(contacts.changed):
        click(qtbot, contacts.confirm_remove_button)
    assert contacts.model.rowCount() == 1
    assert cell(contacts, 0, Column.KIND) == "Phone call"


def test_personal_working_notes_on_the_case(
    qtbot: QtBot, workspace: Workspace, contacts: ContactsPanel, case_id: str
) -> None:
    click(qtbot, contacts.note_save_button)
    assert contacts.note_error.isVisible() and "required" in contacts.note_error.text()

    type_text(qtbot, contacts.note_edit, "Zus is een steunfiguur.")
    assert contacts.dirty
    click(qtbot, contacts.note_save_button)
    assert contacts.notes_list.count() == 1
    assert not contacts.dirty
    assert workspace.contacts.case_notes(case_id)[0].text == "Zus is een steunfiguur."

    type_text(qtbot, contacts.note_edit, " Belt elke vrijdag.")
    click(qtbot, contacts.note_save_button)
    assert workspace.contacts.case_notes(case_id)[0].text == "Zus is een steunfiguur. Belt elke vrijdag."

    click(qtbot, contacts.note_new_button)
    type_text(qtbot, contacts.note_edit, "Tweede notitie.")
    click(qtbot, contacts.note_save_button)
    assert contacts.notes_list.count() == 2
    contacts.notes_list.setCurrentRow(1)
    assert contacts.note_edit.toPlainText() == "Zus is een steunfiguur. Belt elke vrijdag."
    click(qtbot, contacts.note_remove_button)
    assert [n.text for n in workspace.contacts.case_notes(case_id)] == ["Tweede notitie."]


def test_a_contact_draft_survives_the_lock(
    qtbot: QtBot, workspace: Workspace, contacts: ContactsPanel, case_id: str
) -> None:
    choose(contacts.kind, ContactKind.LANDLORD_CONSULTATION.value)
    type_into(qtbot, contacts.with_whom, "Els Wouters (SHM)")
    type_text(qtbot, contacts.personal_note, "Half getypt.")
    type_text(qtbot, contacts.note_edit, "Ook half.")
    payload = contacts.draft()

    again = ContactsPanel(workspace, case_id)
    qtbot.addWidget(again)
    again.restore_draft(payload)
    assert again.dirty
    assert again.kind.currentData() == ContactKind.LANDLORD_CONSULTATION.value
    assert again.with_whom.text() == "Els Wouters (SHM)"
    assert again.personal_note.toPlainText() == "Half getypt."
    assert again.note_edit.toPlainText() == "Ook half."
    assert "Restored" in again.summary.text()


# --- closure and aftercare ----------------------------------------------------------------------------
def test_closing_with_eviction_avoided_then_aftercare_then_ending(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, closing: ClosurePanel, case_id: str
) -> None:
    today = workspace.today()
    assert closing.closure_box.isVisible() and not closing.aftercare_box.isVisible()
    # No answer is pre-chosen: the counsellor has to say yes or no.
    assert closing.eviction_avoided.value() is None
    assert not any(b.isChecked() for b in closing.eviction_avoided.buttons.values())
    assert closing.goals_achieved.value() is None

    # First try without the eviction answer: refused at that field, the rest stays.
    choose(closing.reason, ClosingReason.GOALS_REACHED.value)
    pick(qtbot, closing.goals_achieved.buttons[GoalsAchieved.YES])
    type_text(qtbot, closing.housing_situation, "Blijft in de woning; huur wordt betaald.")
    type_into(qtbot, closing.referred_to, "Budgetbegeleiding OCMW")
    click(qtbot, closing.close_button)
    _field, error = closing.fields["eviction_avoided"]
    assert error.isVisible() and "Choose yes or no" in error.text()
    assert closing.housing_situation.toPlainText() == "Blijft in de woning; huur wordt betaald."
    assert closing.referred_to.text() == "Budgetbegeleiding OCMW"
    assert closing.goals_achieved.value() == GoalsAchieved.YES
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ACTIVE

    pick(qtbot, closing.eviction_avoided.buttons[True])
    with qtbot.waitSignal(closing.changed):
        click(qtbot, closing.close_button)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.CLOSED
    assert view.closure is not None and view.closure.eviction_avoided is True
    assert not closing.closure_box.isVisible()
    assert closing.result_labels["eviction_avoided"].text() == "Yes"
    assert closing.start_box.isVisible()
    assert closing.months.value() == 3
    assert closing.preview.text() == f"last day: {add_months(today, 3):%d/%m/%Y}"

    # Aftercare, default 3 months.
    click(qtbot, closing.start_button)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.AFTERCARE and view.aftercare_until == add_months(today, 3)
    assert closing.running_box.isVisible()
    assert closing.until.date() == qdate(add_months(today, 3))
    assert f"until {add_months(today, 3):%d/%m/%Y}" in closing.state_label.text()

    # Moving the end: a day before closure is refused at the date, a later one is kept.
    closing.until.setDate(qdate(today - timedelta(days=1)))
    click(qtbot, closing.change_until_button)
    assert closing.fields["until"][1].isVisible()
    closing.until.setDate(qdate(today + timedelta(days=45)))
    click(qtbot, closing.change_until_button)
    assert workspace.closure.closure_of(case_id).aftercare_until == today + timedelta(days=45)
    assert not closing.fields["until"][1].isVisible()

    clock.advance(10 * DAY)
    click(qtbot, closing.end_now_button)
    view = workspace.closure.closure_of(case_id)
    assert view.status == CaseStatus.ENDED and view.ended_on == workspace.today()
    # A read-only summary.
    assert not closing.closure_box.isVisible() and not closing.aftercare_box.isVisible()
    assert "read-only" in closing.state_label.text()
    assert closing.result_labels["eviction_avoided"].text() == "Yes"
    assert closing.result_labels["housing_situation"].text() == "Blijft in de woning; huur wordt betaald."
    assert closing.result_labels["referred_to"].text() == "Budgetbegeleiding OCMW"
    assert closing.result_labels["ended_on"].text() == f"{workspace.today():%d/%m/%Y}"
    assert closing.result_labels["aftercare"].text().startswith(f"from {today:%d/%m/%Y}")


def test_a_rule_of_the_state_machine_shows_at_the_reason(
    qtbot: QtBot, workspace: Workspace, closing: ClosurePanel, case_id: str
) -> None:
    choose(closing.reason, ClosingReason.NOT_STARTED.value)
    type_text(qtbot, closing.motivation, "Wou geen begeleiding.")
    pick(qtbot, closing.goals_achieved.buttons[GoalsAchieved.NO])
    pick(qtbot, closing.eviction_avoided.buttons[False])
    type_text(qtbot, closing.housing_situation, "Onbekend.")
    click(qtbot, closing.close_button)
    assert "cannot be the reason" in closing.fields["reason"][1].text()
    assert closing.motivation.toPlainText() == "Wou geen begeleiding."
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ACTIVE


def test_ending_without_aftercare(
    qtbot: QtBot, workspace: Workspace, closing: ClosurePanel, case_id: str
) -> None:
    workspace.closure.close(case_id, closure(workspace.today(), reason=ClosingReason.MOVED))
    closing.reload()
    assert closing.start_box.isVisible()
    with qtbot.waitSignal(closing.changed):
        click(qtbot, closing.no_aftercare_button)
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ENDED
    assert closing.result_labels["aftercare"].text() == "none"


def test_aftercare_that_has_run_out_ends_when_the_panel_opens(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    workspace.closure.close(case_id, closure(workspace.today()))
    until = workspace.closure.start_aftercare(case_id, 1)
    clock.advance(((until - workspace.today()).days + 1) * DAY)
    panel = ClosurePanel(workspace, case_id)
    with qtbot.waitSignal(panel.changed):  # the case window hears of it once it listens
        show(qtbot, panel)
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ENDED
    assert panel.result_labels["ended_on"].text() == f"{until:%d/%m/%Y}"


def test_too_few_months_for_a_late_closure_is_said_at_the_months(
    qtbot: QtBot, workspace: Workspace, clock: FakeClock, closing: ClosurePanel, case_id: str
) -> None:
    clock.advance(100 * DAY)
    workspace.closure.close(case_id, closure(workspace.today() - timedelta(days=95)))
    closing.reload()
    click(qtbot, closing.start_button)
    assert "already passed" in closing.fields["months"][1].text()
    closing.months.setValue(6)
    click(qtbot, closing.start_button)
    assert workspace.closure.closure_of(case_id).status == CaseStatus.AFTERCARE


def test_a_closure_draft_survives_the_lock_without_inventing_an_answer(
    qtbot: QtBot, workspace: Workspace, closing: ClosurePanel, case_id: str
) -> None:
    choose(closing.reason, ClosingReason.REFERRED_ON.value)
    type_text(qtbot, closing.housing_situation, "Verhuisd naar begeleid wonen.")
    pick(qtbot, closing.goals_achieved.buttons[GoalsAchieved.PARTLY])
    payload = closing.draft()
    assert payload["eviction_avoided"] is None

    again = ClosurePanel(workspace, case_id)
    qtbot.addWidget(again)
    again.restore_draft(payload)
    assert again.dirty
    assert again.reason.currentData() == ClosingReason.REFERRED_ON.value
    assert again.goals_achieved.value() == GoalsAchieved.PARTLY
    assert again.eviction_avoided.value() is None
    assert again.housing_situation.toPlainText() == "Verhuisd naar begeleid wonen."


def test_the_contact_log_of_an_ended_case_is_read_only(
    qtbot: QtBot, workspace: Workspace, case_id: str
) -> None:
    workspace.contacts.log(case_id, home_visit(workspace.today()))
    workspace.closure.close(case_id, closure(workspace.today()))
    workspace.closure.end_without_aftercare(case_id)
    panel = ContactsPanel(workspace, case_id)
    show(qtbot, panel)
    assert panel.model.rowCount() == 1
    assert panel.read_only_note.isVisible()
    assert not panel.save_button.isEnabled() and not panel.new_button.isEnabled()
    panel.table.selectRow(0)
    assert not panel.remove_button.isEnabled()


def tab_walk(qtbot: QtBot, start: QWidget, stops: int) -> list[QWidget]:
    """The widgets Tab visits from `start`; a date field keeps focus while Tab walks its day, month
    and year, so it counts once."""
    start.setFocus()
    seen = [start]
    for _ in range(stops * 3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not seen[-1]:
            seen.append(QApplication.focusWidget())
        if len(seen) > stops:
            break
    return seen


def test_the_contact_form_is_walked_by_tab_in_reading_order(qtbot: QtBot, contacts: ContactsPanel) -> None:
    contacts.activateWindow()
    qtbot.waitUntil(contacts.isActiveWindow)
    walked = tab_walk(qtbot, contacts.on, 7)
    expected = [
        contacts.on,
        contacts.planned,
        contacts.kind,
        contacts.duration,
        contacts.with_whom,
        contacts.summary_edit,
        contacts.personal_note,
    ]
    assert walked[: len(expected)] == expected
    assert walked[len(expected)] in (contacts.cancel_button, contacts.save_button)


def test_the_closure_form_is_walked_by_tab_in_reading_order(qtbot: QtBot, closing: ClosurePanel) -> None:
    closing.activateWindow()
    qtbot.waitUntil(closing.isActiveWindow)
    walked = tab_walk(qtbot, closing.closed_on, 7)
    assert walked == [
        closing.closed_on,
        closing.reason,
        closing.motivation,
        closing.goals_achieved.buttons[GoalsAchieved.YES],
        closing.eviction_avoided.buttons[True],
        closing.housing_situation,
        closing.referred_to,
        closing.close_button,
    ]


def test_the_contact_form_fits_its_pane_on_a_laptop_screen(qtbot: QtBot, contacts: ContactsPanel) -> None:
    # The case tab of a 1280-pixel-wide window, in a desktop's usual font (larger than the offscreen
    # one): the form's fields stay within the pane, with no sideways scrolling. The long "planned"
    # line and the labels once pushed them past its edge.
    font = contacts.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    contacts.setFont(font)
    contacts.resize(1260, 640)
    qtbot.waitUntil(lambda: contacts.width() == 1260)
    (scroll,) = [
        area for area in contacts.findChildren(QScrollArea) if area.widget().isAncestorOf(contacts.form_box)
    ]
    assert scroll.horizontalScrollBar().maximum() == 0
    right_edge = contacts.save_button.mapTo(contacts, contacts.save_button.rect().topRight()).x()
    assert contacts.summary_edit.mapTo(contacts, contacts.summary_edit.rect().topRight()).x() <= right_edge
