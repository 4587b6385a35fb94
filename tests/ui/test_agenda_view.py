"""The agenda tab, clicked and typed: colours, filters, opening a case and the calendar export."""

from __future__ import annotations

import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QFileDialog
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.agenda import AgendaFlag, AgendaKind, AgendaPeriod
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models_trajectory import Contact, Evaluation
from caseworker_desktop.ui.agenda_view import AgendaColumn, AgendaView, CalendarExportDialog
from tests.trajectory.agenda_support import AgendaProfile, add, build_profile
from tests.ui.conftest import click, type_into


@pytest.fixture
def profile(workspace: Workspace, landlord_id: str) -> AgendaProfile:
    return build_profile(workspace, landlord_id)


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace, profile: AgendaProfile) -> AgendaView:
    widget = AgendaView(workspace)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _rows(view: AgendaView) -> list[tuple[str, ...]]:
    model = view.model
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())
    ]


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way a keyboard user does: focus the box and step to it with the arrow keys."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_table_lists_the_default_period_by_date_with_colours(
    view: AgendaView, profile: AgendaProfile
) -> None:
    model = view.model
    assert view.period.currentText() == "Next 30 days"
    assert view.include_overdue.isChecked()
    assert model.rowCount() == 11
    days = [model.item(r).day for r in range(model.rowCount())]
    assert days == sorted(days)
    first = _rows(view)[0]
    assert first[AgendaColumn.DATE] == (profile.today - timedelta(days=3)).strftime("%d/%m/%Y")
    assert first[AgendaColumn.WHEN] == "3 days overdue"
    assert first[AgendaColumn.WHAT] == "Home visit"
    assert first[AgendaColumn.CLIENT] == "Peeters, Jan"
    assert first[AgendaColumn.DETAILS] == "Jan en zijn zus; bel eerst"
    for row in range(model.rowCount()):
        item = model.item(row)
        colour = model.index(row, AgendaColumn.CLIENT).data(Qt.ItemDataRole.ForegroundRole)
        font = model.index(row, AgendaColumn.CLIENT).data(Qt.ItemDataRole.FontRole)
        background = model.index(row, AgendaColumn.DATE).data(Qt.ItemDataRole.BackgroundRole)
        if item.flag == AgendaFlag.OVERDUE:
            assert isinstance(colour, QColor) and colour.red() > 150 and colour.green() < 80
        else:
            assert colour is None
        assert (isinstance(font, QFont) and font.bold()) == (item.flag == AgendaFlag.TODAY)
        assert (background is not None) == (item.kind == AgendaKind.HEARING)
    whats = [r[AgendaColumn.WHAT] for r in _rows(view)]
    assert {"Hearing", "Judgment", "Phone call", "Evaluation", "Payment-plan check"} <= set(whats)
    assert {"End of aftercare", "Next date of the case"} <= set(whats)
    assert view.count.text() == "11 items: 3 overdue, 2 today"


def test_period_selector_and_overdue_switch(qtbot: QtBot, view: AgendaView, profile: AgendaProfile) -> None:
    _choose(qtbot, view.period, "Only overdue")
    assert view.selected_period() == AgendaPeriod.OVERDUE
    assert not view.include_overdue.isEnabled()
    assert view.model.rowCount() == 3
    assert all(view.model.item(r).flag == AgendaFlag.OVERDUE for r in range(3))

    _choose(qtbot, view.period, "Everything ahead")
    assert view.include_overdue.isEnabled()
    assert view.model.rowCount() == 12  # the announced eviction 45 days ahead comes in
    click(qtbot, view.include_overdue)
    assert not view.include_overdue.isChecked()
    assert view.model.rowCount() == 9
    assert all(view.model.item(r).day >= profile.today for r in range(view.model.rowCount()))
    assert view.count.text() == "9 items: 0 overdue, 2 today"


def test_kind_filter(qtbot: QtBot, view: AgendaView) -> None:
    _choose(qtbot, view.kind_filter, "Hearings only")
    assert [r[AgendaColumn.CLIENT] for r in _rows(view)] == ["Maes, Noor", "Peeters, Jan"]
    _choose(qtbot, view.kind_filter, "Hearings and court dates")
    assert [r[AgendaColumn.WHAT] for r in _rows(view)] == ["Hearing", "Hearing", "Judgment"]
    _choose(qtbot, view.kind_filter, "Home visits and contacts")
    assert {r[AgendaColumn.WHAT] for r in _rows(view)} == {"Home visit", "Phone call"}
    _choose(qtbot, view.kind_filter, "All kinds")
    assert view.model.rowCount() == 11


def test_clicking_a_header_sorts_and_date_sort_comes_back(qtbot: QtBot, view: AgendaView) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(AgendaColumn.CLIENT) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    clients = [r[AgendaColumn.CLIENT] for r in _rows(view)]
    assert clients == sorted(clients, key=str.casefold)
    view.table.sortByColumn(AgendaColumn.DATE, Qt.SortOrder.AscendingOrder)
    days = [view.model.item(r).day for r in range(view.model.rowCount())]
    assert days == sorted(days)


def test_double_click_and_enter_open_the_case(qtbot: QtBot, view: AgendaView, profile: AgendaProfile) -> None:
    model = view.model
    row = next(r for r in range(model.rowCount()) if model.item(r).client_name == "Janssens, Els")
    rect = view.table.visualRect(model.index(row, AgendaColumn.CLIENT))
    # A real double-click starts with a press; QTest's dclick alone skips it.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_case, timeout=2000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [profile.aftercare]

    view.table.setFocus()
    view.table.setCurrentIndex(model.index(0, 0))
    with qtbot.waitSignal(view.open_case, timeout=2000) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [profile.active]


def _open_export(qtbot: QtBot, view: AgendaView) -> CalendarExportDialog:
    click(qtbot, view.export_button)
    dialog = view.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_export_without_names_by_default(qtbot: QtBot, view: AgendaView, tmp_path: Path) -> None:
    dialog = _open_export(qtbot, view)
    assert not dialog.include_names.isChecked()
    # No file chosen: the dialog says so and stays open.
    click(qtbot, dialog.export_button)
    assert dialog.isVisible()
    assert dialog.error.text() == "Choose where to save the calendar file."

    target = tmp_path / "mijn-agenda"  # the .ics ending is added
    type_into(qtbot, dialog.path, str(target))
    with qtbot.waitSignal(view.exported, timeout=2000) as signal:
        click(qtbot, dialog.export_button)
    written = tmp_path / "mijn-agenda.ics"
    assert signal.args == [str(written)]
    qtbot.waitUntil(lambda: view.export_dialog is None)
    assert view.note.text() == f"11 items exported to {written}"
    data = written.read_bytes()
    events = list(Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 11
    summaries = [str(e["SUMMARY"]) for e in events]
    number = view.model.item(0).case_number
    assert summaries[0] == f"Home visit — case {number}"
    unfolded = data.decode().replace("\r\n ", "")
    for name in ("Peeters", "Janssens", "Maes", "Jan en zijn zus"):
        assert name not in unfolded
    if sys.platform != "win32":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_export_with_names_when_ticked_and_file_chosen_in_the_file_dialog(
    qtbot: QtBot, view: AgendaView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(qtbot, view.kind_filter, "Hearings only")
    target = tmp_path / "zittingen.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    dialog = _open_export(qtbot, view)
    click(qtbot, dialog.choose_button)
    assert dialog.path.text() == str(target)
    click(qtbot, dialog.include_names)
    assert dialog.include_names.isChecked()
    click(qtbot, dialog.export_button)
    summaries = sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    numbers = {view.model.item(r).client_name: view.model.item(r).case_number for r in range(2)}
    assert summaries == sorted(
        [
            f"Hearing — case {numbers['Maes, Noor']} (Maes, Noor)",
            f"Hearing — case {numbers['Peeters, Jan']} (Peeters, Jan)",
        ]
    )


def test_export_to_an_unwritable_place_says_so_and_keeps_the_dialog(
    qtbot: QtBot, view: AgendaView, tmp_path: Path
) -> None:
    dialog = _open_export(qtbot, view)
    type_into(qtbot, dialog.path, str(tmp_path / "bestaat-niet" / "agenda.ics"))
    click(qtbot, dialog.export_button)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("The calendar file could not be written there")
    assert dialog.path.text().endswith("agenda.ics")  # what was typed stays
    click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: view.export_dialog is None)


def test_refresh_by_button_and_f5_shows_new_items(
    qtbot: QtBot, view: AgendaView, workspace: Workspace, profile: AgendaProfile
) -> None:
    assert view.model.rowCount() == 11
    add(
        workspace,
        Contact(
            case_id=profile.closed,
            on=profile.today + timedelta(days=4),
            contact_kind="landlord_consultation",
            with_whom="Woonmaatschappij",
            planned=True,
        ),
    )
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    assert view.model.rowCount() == 12
    assert "Consultation with the landlord" in [r[AgendaColumn.WHAT] for r in _rows(view)]
    add(workspace, Evaluation(case_id=profile.active, planned_on=profile.today))
    click(qtbot, view.refresh_button)
    assert view.count.text() == "13 items: 3 overdue, 3 today"


def test_fits_a_small_laptop_screen_and_clears_at_lock(view: AgendaView) -> None:
    hint = view.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    view.clear()
    assert view.model.rowCount() == 0
    assert view.count.text() == ""
