"""Forgotten passphrase: the recovery key resets it. Changing the passphrase from the settings menu."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.dialogs import ChangePassphraseDialog
from tests.support import PASSPHRASE
from tests.ui.conftest import click, open_unlocked, type_into, unlock

NEW = "zeven zwanen op de leie"


def test_recovery_key_resets_a_forgotten_passphrase(
    qtbot: QtBot, make_window, profiles: ProfileService
) -> None:  # type: ignore[no-untyped-def]
    result = profiles.set_up(
        name="An", organisation="CAW", team="T", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    result.workspace.close()
    window = make_window()
    click(qtbot, window.unlock_view.recover_button)
    view = window.recovery_view
    assert window.pages.currentWidget() is view

    type_into(qtbot, view.recovery_key, "AAAA-BBBB-CCCC")
    type_into(qtbot, view.passphrase.edit, NEW)
    type_into(qtbot, view.repeat.edit, NEW)
    click(qtbot, view.reset_button)
    assert "recovery key does not open" in view.errors["recovery_key"].text()
    assert view.passphrase.text() == NEW  # kept for the next try

    view.recovery_key.clear()
    type_into(qtbot, view.recovery_key, result.recovery_key.lower().replace("-", " "))
    click(qtbot, view.reset_button)
    assert window.pages.currentWidget() is window.tabs
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert window.workspace is None
    window.unlock_view.passphrase.clear()
    unlock(qtbot, window, NEW)
    assert window.workspace is not None


def test_change_passphrase_from_the_settings_menu(qtbot: QtBot, make_window, workspace) -> None:  # type: ignore[no-untyped-def]
    window = open_unlocked(qtbot, make_window, workspace)
    seen: dict[str, str] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChangePassphraseDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.current.edit.setText("not my passphrase")
        dialog.new.edit.setText(NEW)
        dialog.repeat.edit.setText(NEW)
        ok.click()
        seen["wrong"] = dialog.errors["current"].text()
        dialog.current.edit.setText(PASSPHRASE)
        ok.click()

    QTimer.singleShot(50, fill)
    window.passphrase_action.trigger()
    assert "not your current passphrase" in seen["wrong"]
    window.lock()
    unlock(qtbot, window, NEW)
    assert window.workspace is not None
