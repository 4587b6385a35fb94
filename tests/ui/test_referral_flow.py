"""Registering a referral, finding it again, editing it and moving its status — all by the GUI."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_window import CaseWindow
from caseworker_desktop.ui.caseload_model import Column
from caseworker_desktop.ui.referral_form import ReferralForm
from tests.ui.conftest import click, open_unlocked, type_into
from tests.ui.referral_typing import save, type_referral


def open_new_referral(qtbot: QtBot, window) -> ReferralForm:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    case_tab = window.tabs.currentWidget()
    assert isinstance(case_tab, CaseWindow)
    return case_tab.referral


def registered_by_typing(qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str):  # type: ignore[no-untyped-def]
    """Unlock, press Ctrl+N, type a whole referral and save it."""
    window = open_unlocked(qtbot, make_window, workspace)
    form = open_new_referral(qtbot, window)
    type_referral(qtbot, form, landlord_id)
    save(qtbot, form)
    return window, form


def test_register_a_referral_and_find_it_by_search(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window, form = registered_by_typing(qtbot, make_window, workspace, landlord_id)

    assert form.summary.text() == ""
    assert form.case_id is not None
    assert form.status_panel.isVisible()
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Karim Vermeulen"

    window.show_caseload()
    view = window.caseload_view
    assert view.model.rowCount() == 1
    type_into(qtbot, view.search, "vermeu")
    assert view.model.rowCount() == 1
    assert view.model.index(0, Column.CLIENT).data() == "Vermeulen, Karim"
    assert view.model.index(0, Column.ADDRESS).data() == "Brugsesteenweg 112 bus 3, 9000 Gent"
    assert view.model.index(0, Column.LANDLORD).data() == "Woonmaatschappij Testdal"
    view.search.clear()
    type_into(qtbot, view.search, "nobody-like-this")
    assert view.model.rowCount() == 0
    view.search.clear()
    number = view.model.index(0, Column.NUMBER).data()
    type_into(qtbot, view.search, number)
    assert view.model.rowCount() == 1
    assert "1 of 1" in view.count.text()


def test_double_click_opens_the_case_and_edits_persist(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window, _form = registered_by_typing(qtbot, make_window, workspace, landlord_id)
    window._close_editor(window.tabs.currentWidget())
    window.show_caseload()

    table = window.caseload_view.table
    rect = table.visualRect(window.caseload_model.index(0, Column.CLIENT))
    # A real double-click starts with a press; QTest's dclick alone skips it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    case_tab = window.tabs.currentWidget()
    assert isinstance(case_tab, CaseWindow)
    opened = case_tab.referral
    assert opened.last_name.text() == "Vermeulen"
    assert opened.arrears_amount.text() == "1425,00"
    assert opened.household.rows[0].first_name.text() == "Lina"
    opened.phone.clear()
    type_into(qtbot, opened.phone, "09 223 44 55")
    save(qtbot, opened)
    assert opened.saved_note.text() != ""
    assert window.workspace is not None
    assert window.workspace.referrals.load(opened.case_id).referral.phone == "09 223 44 55"


def test_a_closed_case_starts_a_new_linked_episode(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window, form = registered_by_typing(qtbot, make_window, workspace, landlord_id)
    panel = form.status_panel
    assert not panel.reopen_button.isVisible()
    assert window.workspace is not None
    window.workspace.referrals.change_status(
        form.case_id, CaseStatus.CLOSED, reason=ClosingReason.NOT_STARTED, motivation="Wil geen hulp."
    )
    old_case = form.case_id
    case_tab = window.tabs.currentWidget()
    case_tab.referral.save()
    assert panel.reopen_button.isVisible()
    assert "Closed" in panel.summary.text()

    click(qtbot, panel.reopen_button)
    assert form.case_id != old_case
    assert "new episode after case" in panel.summary.text()
    assert case_tab.case_id == form.case_id
    assert window.caseload_model.total() == 2
