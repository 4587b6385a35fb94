"""First run: a new counsellor sets up a protected profile by typing and clicking."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from caseworker_desktop.services.profiles import ProfileService
from tests.support import PASSPHRASE
from tests.ui.conftest import click, type_into


def fill_setup(qtbot: QtBot, window, passphrase: str, repeat: str) -> None:  # type: ignore[no-untyped-def]
    view = window.setup_view
    type_into(qtbot, view.name, "Sofie Claes")
    type_into(qtbot, view.organisation, "CAW Oost-Vlaanderen")
    type_into(qtbot, view.team, "Wonen Gent")
    type_into(qtbot, view.passphrase.edit, passphrase)
    type_into(qtbot, view.repeat.edit, repeat)
    click(qtbot, view.create_button)


def test_setup_shows_recovery_key_then_opens_the_caseload(
    qtbot: QtBot, make_window, profiles: ProfileService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert window.pages.currentWidget() is window.setup_view
    fill_setup(qtbot, window, PASSPHRASE, PASSPHRASE)

    assert window.pages.currentWidget() is window.recovery_key_view
    key = window.recovery_key_view.key_label.text()
    assert len(key.replace("-", "").replace("\n", "")) == 52
    assert not window.recovery_key_view.continue_button.isEnabled()

    sheet = tmp_path / "key.pdf"
    window.write_recovery_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert oct(sheet.stat().st_mode & 0o777) == "0o600"

    click(qtbot, window.recovery_key_view.stored)
    click(qtbot, window.recovery_key_view.continue_button)
    assert window.pages.currentWidget() is window.tabs
    assert window.recovery_key_view.key_label.text() == ""
    assert "Sofie Claes" in window.user_label.text()
    assert profiles.is_set_up()


def test_weak_passphrase_is_refused_and_typed_fields_are_kept(
    qtbot: QtBot, make_window, profiles: ProfileService
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fill_setup(qtbot, window, "password123", "password123")

    view = window.setup_view
    assert window.pages.currentWidget() is view
    assert "12" in view.passphrase.advice.text()
    assert view.passphrase.meter is not None and view.passphrase.meter.format() == "Too short"
    assert view.name.text() == "Sofie Claes"
    assert view.team.text() == "Wonen Gent"
    assert not profiles.is_set_up()


def test_mismatched_repeat_is_pointed_out(qtbot: QtBot, make_window, profiles: ProfileService) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    fill_setup(qtbot, window, PASSPHRASE, PASSPHRASE + "x")
    assert window.setup_view.errors["repeat"].isVisible()
    assert not window.setup_view.errors["passphrase"].isVisible()
    assert not profiles.is_set_up()


def test_strength_meter_follows_typing(qtbot: QtBot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    field = window.setup_view.passphrase
    type_into(qtbot, field.edit, "abc")
    assert field.meter is not None and field.meter.value() <= 1
    field.clear()
    type_into(qtbot, field.edit, "wolken boven de schelde bij avond")
    assert field.meter.value() >= 3
