"""Locking by hand and by idle time; unlocking; drafts surviving a lock; the growing delay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_window import CaseWindow
from tests.support import FakeClock
from tests.ui.conftest import click, open_unlocked, type_into, unlock
from tests.ui.referral_typing import choose, save, type_referral


def visible_texts(window) -> str:  # type: ignore[no-untyped-def]
    """Every piece of text a person could read in the window right now."""
    texts = []
    for widget in (
        window.findChildren(QLabel) + window.findChildren(QLineEdit) + window.findChildren(QAbstractButton)
    ):
        if widget.isVisible():
            texts.append(widget.text())
    for widget in window.findChildren(QPlainTextEdit):
        if widget.isVisible():
            texts.append(widget.toPlainText())
    for row in range(window.caseload_model.rowCount()):
        for column in range(window.caseload_model.columnCount()):
            texts.append(str(window.caseload_model.index(row, column).data()))
    return "\n".join(texts)


def test_ctrl_l_locks_and_nothing_of_the_client_stays_visible(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    form = window.new_referral().referral
    type_referral(qtbot, form, landlord_id, last_name="Zwartbergh")
    save(qtbot, form)
    window.show_caseload()
    assert "Zwartbergh" in visible_texts(window)

    with qtbot.waitSignal(window.locked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_view
    assert "Zwartbergh" not in visible_texts(window)
    assert window.caseload_model.rowCount() == 0
    assert not window.new_action.isEnabled()

    unlock(qtbot, window, "not the passphrase at all")
    assert window.workspace is None
    assert window.unlock_view.error.isVisible()

    window.unlock_view.passphrase.clear()
    unlock(qtbot, window)
    assert window.pages.currentWidget() is window.tabs
    assert window.caseload_model.rowCount() == 1


def test_auto_lock_after_idle_time_with_a_fake_clock(
    qtbot: QtBot, make_window, workspace: Workspace, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    workspace.settings.set_auto_lock_minutes(5)
    window = open_unlocked(qtbot, make_window, workspace)
    assert window.idle.limit_s == 300

    clock.advance(299)
    qtbot.wait(100)
    assert window.workspace is not None  # not yet

    with qtbot.waitSignal(window.locked, timeout=2000):
        clock.advance(2)
    assert window.pages.currentWidget() is window.unlock_view


def test_typing_postpones_the_auto_lock(
    qtbot: QtBot, make_window, workspace: Workspace, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    clock.advance(590)
    type_into(qtbot, window.caseload_view.search, "a")
    clock.advance(590)
    qtbot.wait(100)
    assert window.workspace is not None
    with qtbot.waitSignal(window.locked, timeout=2000):
        clock.advance(20)


def test_half_typed_referral_survives_an_auto_lock(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    form = window.new_referral().referral
    type_into(qtbot, form.first_name, "Hélène")
    type_into(qtbot, form.last_name, "Dumoulin")
    type_into(qtbot, form.postcode, "8500")
    click(qtbot, form.household.add_button)
    type_into(qtbot, form.household.rows[0].first_name, "Noor")
    form.question.setFocus()
    qtbot.keyClicks(form.question, "Overlast van de bovenburen")

    with qtbot.waitSignal(window.locked, timeout=3000):
        clock.advance(601)
    assert window.editors() == []

    unlock(qtbot, window)
    case_tab = window.tabs.currentWidget()
    assert isinstance(case_tab, CaseWindow)
    restored = case_tab.referral
    assert restored.case_id is None
    assert restored.first_name.text() == "Hélène"
    assert restored.last_name.text() == "Dumoulin"
    assert restored.postcode.text() == "8500"
    assert restored.household.rows[0].first_name.text() == "Noor"
    assert restored.question.toPlainText() == "Overlast van de bovenburen"
    assert restored.dirty

    # Still there after a second lock without further typing, and gone once it is saved.
    window.lock()
    unlock(qtbot, window)
    case_tab = window.tabs.currentWidget()
    assert isinstance(case_tab, CaseWindow)
    restored = case_tab.referral
    assert restored.first_name.text() == "Hélène"
    type_into(qtbot, restored.street, "Leiestraat")
    type_into(qtbot, restored.house_number, "4")
    type_into(qtbot, restored.municipality, "Kortrijk")
    choose(restored.landlord, landlord_id)
    choose(restored.source, ReferralSource.NEIGHBOURS.value)
    click(qtbot, restored.problem_boxes[Problem.NUISANCE])
    save(qtbot, restored)
    assert restored.case_id is not None
    window._close_editor(case_tab)
    window.lock()
    unlock(qtbot, window)
    assert window.editors() == []


def test_wrong_passphrases_bring_a_growing_wait(
    qtbot: QtBot, make_window, workspace: Workspace, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    workspace.close()
    window = make_window()
    for _ in range(3):
        window.unlock_view.passphrase.clear()
        unlock(qtbot, window, "wrong wrong wrong")
    assert not window.unlock_view.unlock_button.isEnabled()
    assert "Next attempt possible in" in window.unlock_view.error.text()

    clock.advance(3)
    qtbot.waitUntil(lambda: window.unlock_view.unlock_button.isEnabled(), timeout=2000)
    window.unlock_view.passphrase.clear()
    unlock(qtbot, window)
    assert window.workspace is not None
