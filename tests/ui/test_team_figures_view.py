"""The figures side of the team view: the period chooser, working times, charts and the exports."""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseworker_desktop.domain.team_figures import FigureKey
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry
from caseworker_desktop.ui.team_exports import TeamExports, period_slug
from caseworker_desktop.ui.team_figures_panel import CUSTOM, QUARTER, CounsellorColumn, FigureColumn
from caseworker_desktop.ui.team_view import CHARTS_TAB, FIGURES_TAB, TeamView
from tests.ui.conftest import click
from tests.ui.referral_typing import choose
from tests.ui.team_cases import small_team


@pytest.fixture
def view(qtbot: QtBot, workspace: Workspace, landlord_id: str) -> Iterator[TeamView]:
    small_team(workspace, landlord_id)
    team = TeamService(workspace.store, workspace.user.user_id, workspace.clock)
    made = TeamView(
        team, TeamExports(workspace, team), workspace.today, workspace.clock, workspace.caseload.rows
    )
    qtbot.addWidget(made)
    made.resize(1280, 760)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: made.snapshot is not None and made.snapshot.counts_from is None, timeout=5000)
    made.tabs.setCurrentIndex(FIGURES_TAB)
    yield made
    made.shutdown()


def test_a_period_before_the_recent_cases_waits_for_every_episode(qtbot: QtBot, view: TeamView) -> None:
    """The first snapshot holds the episodes that count from January; a year further back is shown
    when every episode is in, not computed from too few."""
    complete = view.snapshot
    assert complete is not None
    view._loaded(dataclasses.replace(complete, counts_from=date(2026, 1, 1)))
    assert value(view, FigureKey.REFERRALS) == "3"
    view.period_bar.year.setValue(2025)
    assert view.busy.isVisible()
    assert view.figures is not None and view.figures.period.start == date(2026, 1, 1)
    with qtbot.waitSignal(view.complete, timeout=1000):
        view._loaded(complete)
    assert not view.busy.isVisible()
    assert view.figures.period.start == date(2025, 1, 1)
    assert value(view, FigureKey.REFERRALS) == "1"


def value(view: TeamView, key: FigureKey) -> str:
    model = view.figures_panel.model
    row = model.row_of(key)
    assert row is not None
    return str(model.index(row, FigureColumn.VALUE).data())


def test_the_period_changes_the_figures_and_the_charts(qtbot: QtBot, view: TeamView) -> None:
    bar = view.period_bar
    assert view.period_row.isVisible()
    assert bar.year.value() == 2026
    # Three referrals this year (30, 60 and 10 days before 24/11/2026), one 400 days ago in 2025.
    assert value(view, FigureKey.REFERRALS) == "3"
    source_table = view.figures_panel.breakdowns
    assert source_table

    bar.year.setValue(2025)
    assert value(view, FigureKey.REFERRALS) == "1"
    assert view.figures is not None and view.figures.period.start == date(2025, 1, 1)

    bar.year.setValue(2026)
    choose(bar.kind, QUARTER)
    assert bar.quarter.isVisible() and not bar.start.isVisible()
    choose(bar.quarter, 4)
    assert value(view, FigureKey.REFERRALS) == "2"  # 25/10 and 14/11
    choose(bar.quarter, 3)
    assert value(view, FigureKey.REFERRALS) == "1"  # 25/09

    view.tabs.setCurrentIndex(CHARTS_TAB)
    series = view.charts.referrals.chart().series()
    assert len(series) == 1
    shown = sum(sum(bar_set.at(i) for i in range(bar_set.count())) for bar_set in series[0].barSets())
    assert shown == 1
    assert view.charts.referrals.categories.count() == 3  # the quarter's months

    choose(bar.quarter, 4)
    series = view.charts.referrals.chart().series()
    shown = sum(sum(bar_set.at(i) for i in range(bar_set.count())) for bar_set in series[0].barSets())
    assert shown == 2
    assert view.charts.load.categories.count() == 2  # both counsellors


def test_an_invalid_custom_period_says_so_and_keeps_the_dates(qtbot: QtBot, view: TeamView) -> None:
    bar = view.period_bar
    choose(bar.kind, CUSTOM)
    assert bar.start.isVisible() and bar.end.isVisible()
    bar.start.setDate(QDate(2026, 10, 1))
    bar.end.setDate(QDate(2026, 11, 30))
    assert value(view, FigureKey.REFERRALS) == "2"
    assert not bar.error.isVisible()

    bar.end.setDate(QDate(2026, 3, 31))  # before the start
    assert bar.error.isVisible()
    assert "before the start" in bar.error.text()
    assert bar.start.date() == QDate(2026, 10, 1) and bar.end.date() == QDate(2026, 3, 31)
    assert view.figures is not None and view.figures.period.end == date(
        2026, 11, 30
    )  # the last good one stays
    assert value(view, FigureKey.REFERRALS) == "2"

    bar.start.setDate(QDate(2020, 1, 1))
    bar.end.setDate(QDate(2026, 3, 31))  # six years and a quarter
    assert bar.error.isVisible()
    bar.start.setDate(QDate(2025, 1, 1))
    assert not bar.error.isVisible()
    assert view.figures.period == view.period_bar.period()
    assert value(view, FigureKey.REFERRALS) == "1"


def test_working_time_is_checked_and_changes_the_norm_figure(
    qtbot: QtBot, view: TeamView, workspace: Workspace
) -> None:
    panel = view.figures_panel
    model = panel.counsellor_model
    me = workspace.user
    row = next(r for r in range(model.rowCount()) if model.row(r).counsellor_id == me.user_id)
    cell = model.index(row, CounsellorColumn.WORKING_TIME)
    assert cell.data() == "1,00"
    before = model.index(row, CounsellorColumn.PER_FTE).data()

    def type_working_time(text: str) -> None:
        panel.counsellors.setCurrentIndex(cell)
        panel.counsellors.edit(cell)
        editor = panel.counsellors.viewport().findChild(QLineEdit)
        assert editor is not None
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        # The delegate commits and closes the editor in a queued call after Return.
        qtbot.waitUntil(lambda: panel.counsellors.viewport().findChild(QLineEdit) is None, timeout=2000)

    type_working_time("veel")
    assert panel.working_time_error.isVisible()
    assert "0,1 to 1,0" in panel.working_time_error.text()
    assert model.index(row, CounsellorColumn.WORKING_TIME).data() == "1,00"

    type_working_time("1,5")
    assert panel.working_time_error.isVisible()
    assert view.team.working_time() == {}

    type_working_time("0,5")
    assert not panel.working_time_error.isVisible()
    assert view.team.working_time() == {me.user_id: 0.5}
    qtbot.waitUntil(lambda: model.index(row, CounsellorColumn.WORKING_TIME).data() == "0,50", timeout=2000)
    row = next(r for r in range(model.rowCount()) if model.row(r).counsellor_id == me.user_id)
    # One client guided this year: twice as many per full-time equivalent at half time.
    assert (before, model.index(row, CounsellorColumn.PER_FTE).data()) == ("1,0", "2,0")


def test_the_exports_write_anonymised_files(
    qtbot: QtBot, view: TeamView, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    target: list[Path] = []

    def accept(dialog: QFileDialog) -> int:
        asked.append(dialog.selectedFiles()[0] if dialog.selectedFiles() else "")
        return int(QFileDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QFileDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda _self: [str(target[-1])])

    target.append(tmp_path / "figures.xlsx")
    click(qtbot, view.xlsx_button)
    assert (tmp_path / "figures.xlsx").read_bytes()[:2] == b"PK"
    assert view.export_note.isVisible() and "Saved as" in view.export_note.text()

    target.append(tmp_path / "figures.csv")
    click(qtbot, view.csv_button)
    text = (tmp_path / "figures.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert len(rows) > 5
    for private in ("Teamtest", "Zijlstra", "Collega", "Kouter", workspace.user.name, "Bart Claes"):
        assert private not in text

    click(qtbot, view.report_button)
    preview = view.exports.preview if view.exports else None
    assert preview is not None and preview.isVisible()
    assert preview.pdf.startswith(b"%PDF")
    assert preview.windowTitle() == "team-report-2026.pdf"
    preview.reject()

    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        exports = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "export", AuditEntry.record_kind == "team_report")
        ).all()
        assert [e.record_id for e in exports] == ["2026-01-01..2026-12-31"] * 2


def test_suggested_file_names_hold_only_the_period() -> None:
    from caseworker_desktop.domain.team_figures import custom_period, quarter_period, year_period

    assert period_slug(year_period(2026)) == "2026"
    assert period_slug(quarter_period(2026, 3)) == "2026-Q3"
    assert period_slug(quarter_period(2025, 4)) == "2025-Q4"
    assert period_slug(custom_period(date(2026, 1, 1), date(2026, 6, 30))) == "2026-01-01_2026-06-30"
    assert period_slug(custom_period(date(2026, 1, 1), date(2026, 3, 30))) == "2026-01-01_2026-03-30"
