from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.main_window import MainWindow
from tests.support import PASSPHRASE, FakeClock


@pytest.fixture
def make_window(
    qtbot: QtBot, profiles: ProfileService, clock: FakeClock
) -> Iterator[Callable[[], MainWindow]]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(profiles, idle_clock=clock.monotonic, idle_tick_ms=20)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.workspace is not None:
            window.workspace.close()


def type_into(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            # QTest can only synthesise ASCII keys; accented letters arrive as an input-method commit.
            widget.insert(char)
            widget.textEdited.emit(widget.text())


def click(qtbot: QtBot, widget: QWidget) -> None:
    if isinstance(widget, (QCheckBox, QRadioButton)):
        # A check box or radio button only reacts on its indicator and text, not on the stretched empty part.
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(6, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    type_into(qtbot, window.unlock_view.passphrase.edit, passphrase)
    click(qtbot, window.unlock_view.unlock_button)


def open_unlocked(qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace) -> MainWindow:
    """Close the fixture's workspace (its data stays in the profile) and unlock it in a window."""
    workspace.close()
    window = make_window()
    unlock(qtbot, window)
    return window
