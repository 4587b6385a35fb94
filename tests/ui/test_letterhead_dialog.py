"""The letterhead settings: choosing and removing the logo, the lines under the name, the menu entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.settings import LOGO_MAX_BYTES
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.letterhead_dialog import LetterheadDialog
from caseworker_desktop.ui.main_window import MainWindow
from tests.ui.conftest import click, unlock


def picture(path: Path, fmt: str = "PNG") -> bytes:
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5c8c"))
    assert image.save(str(path), fmt)
    return path.read_bytes()


def open_dialog(qtbot: QtBot, workspace: Workspace) -> LetterheadDialog:
    dialog = LetterheadDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def choose(qtbot: QtBot, dialog: LetterheadDialog, path: Path | str) -> None:
    dialog._ask_logo_path = lambda: str(path)  # type: ignore[method-assign]
    click(qtbot, dialog.choose_button)


def type_lines(qtbot: QtBot, dialog: LetterheadDialog, lines: list[str]) -> None:
    dialog.lines.setFocus()
    for index, line in enumerate(lines):
        if index:
            qtbot.keyClick(dialog.lines, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.lines, line)


def test_without_a_logo_the_dialog_says_what_documents_show(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.logo_preview.text() == "No logo: documents show a plain house mark."
    assert not dialog.remove_button.isEnabled()
    assert dialog.lines.toPlainText() == ""


def test_a_chosen_png_is_saved_byte_for_byte(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    data = picture(tmp_path / "logo.png")
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, tmp_path / "logo.png")
    assert not dialog.logo_preview.pixmap().isNull()
    assert dialog.remove_button.isEnabled()
    # Nothing is stored before Save.
    assert workspace.settings.organisation_logo() is None
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.settings.organisation_logo() == data


def test_a_jpeg_is_accepted_too(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    data = picture(tmp_path / "logo.jpg", "JPEG")
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, tmp_path / "logo.jpg")
    click(qtbot, dialog.save_button)
    assert workspace.settings.organisation_logo() == data


def test_a_file_that_is_no_picture_is_refused_and_the_typing_stays(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"these are the minutes of the team meeting, not a logo")
    dialog = open_dialog(qtbot, workspace)
    type_lines(qtbot, dialog, ["Kerkstraat 1, 9000 Gent"])
    choose(qtbot, dialog, fake)
    assert dialog.logo_error.isVisible()
    assert dialog.logo_error.text() == "This file is not a PNG or JPEG picture. Choose a PNG or JPEG file."
    assert dialog.lines.toPlainText() == "Kerkstraat 1, 9000 Gent"
    assert dialog.logo is None
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert workspace.settings.organisation_logo() is None
    assert workspace.settings.organisation_lines() == ()


def test_a_truncated_png_is_refused(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    # The first bytes say PNG, the rest cannot be drawn: the documents could not show it either.
    broken = tmp_path / "broken.png"
    broken.write_bytes(picture(tmp_path / "whole.png")[:40])
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, broken)
    assert "not a PNG or JPEG" in dialog.logo_error.text()
    assert dialog.logo is None


def test_a_too_large_picture_is_refused(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES)
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, huge)
    assert dialog.logo_error.text().startswith("This picture is larger than 2000 kB.")
    assert dialog.logo is None


def test_an_unreadable_file_is_explained(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    data = picture(tmp_path / "logo.png")
    workspace.settings.set_organisation_logo(data)
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, tmp_path / "gone.png")
    assert dialog.logo_error.text().startswith("This file could not be read:")
    # The logo already chosen stays.
    assert dialog.logo == data
    click(qtbot, dialog.save_button)
    assert workspace.settings.organisation_logo() == data


def test_a_good_choice_clears_an_earlier_error(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_bytes(b"plain text")
    picture(tmp_path / "logo.png")
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, tmp_path / "notes.png")
    assert dialog.logo_error.isVisible()
    choose(qtbot, dialog, tmp_path / "logo.png")
    assert not dialog.logo_error.isVisible()


def test_removing_the_logo_goes_back_to_the_house_mark(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.settings.set_organisation_logo(picture(tmp_path / "logo.png"))
    dialog = open_dialog(qtbot, workspace)
    assert not dialog.logo_preview.pixmap().isNull()
    click(qtbot, dialog.remove_button)
    assert "plain house mark" in dialog.logo_preview.text()
    click(qtbot, dialog.save_button)
    assert workspace.settings.organisation_logo() is None


def test_lines_are_saved_one_per_line(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    type_lines(qtbot, dialog, ["Kerkstraat 1, 9000 Gent", "", "Tel. 09 123 45 67  "])
    click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.settings.organisation_lines() == ("Kerkstraat 1, 9000 Gent", "Tel. 09 123 45 67")
    again = open_dialog(qtbot, workspace)
    assert again.lines.toPlainText() == "Kerkstraat 1, 9000 Gent\nTel. 09 123 45 67"


def test_more_than_four_lines_are_refused_and_nothing_is_saved(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    picture(tmp_path / "logo.png")
    dialog = open_dialog(qtbot, workspace)
    choose(qtbot, dialog, tmp_path / "logo.png")
    type_lines(qtbot, dialog, ["one", "two", "three", "four", "five"])
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.lines_error.text() == "At most 4 lines fit under the name; you typed 5."
    assert workspace.settings.organisation_lines() == ()
    assert workspace.settings.organisation_logo() is None
    # Taking one away is enough.
    dialog.lines.setPlainText("one\ntwo\nthree\nfour")
    click(qtbot, dialog.save_button)
    assert workspace.settings.organisation_lines() == ("one", "two", "three", "four")


def test_the_settings_menu_opens_the_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace
) -> None:
    workspace.close()
    window = make_window()
    assert not window.letterhead_action.isEnabled()
    unlock(qtbot, window)
    menu_actions = [a for a in window.menuBar().actions() if a.menu() is not None]
    settings_menu = next(a.menu() for a in menu_actions if window.autolock_action in a.menu().actions())
    assert window.letterhead_action in settings_menu.actions()
    assert window.letterhead_action.isEnabled()

    seen: list[LetterheadDialog] = []

    def fill_in() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, LetterheadDialog):
            QTimer.singleShot(20, fill_in)
            return
        seen.append(modal)
        modal.lines.setPlainText("Kerkstraat 1, 9000 Gent")
        modal.save_button.click()

    QTimer.singleShot(0, fill_in)
    window.letterhead_action.trigger()
    assert len(seen) == 1
    assert window.workspace is not None
    assert window.workspace.settings.organisation_lines() == ("Kerkstraat 1, 9000 Gent",)
    assert window.statusBar().currentMessage() == "The letterhead was saved."
