"""The team leader's desk in the main window: review, click through, open a case (audited), reassign it;
and a counsellor who never gets to see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.team_figures import LoadFigure
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.case_window import CaseWindow
from caseworker_desktop.ui.caseload_model import Column
from caseworker_desktop.ui.main_window import MainWindow
from caseworker_desktop.ui.role_dialog import RoleDialog
from caseworker_desktop.ui.team_caseload import DrillColumn, ReviewModel
from caseworker_desktop.ui.team_view import TeamView
from tests.ui.conftest import click, open_unlocked
from tests.ui.team_cases import COLLEAGUE, COLLEAGUE_ID, case_reads, counsellor_of, small_team


def click_cell(qtbot: QtBot, view: TeamView, row: int, figure: LoadFigure) -> None:
    table = view.review.table
    rect = table.visualRect(view.review.model.index(row, ReviewModel.column(figure)))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_drill_row(qtbot: QtBot, view: TeamView, case_id: str) -> None:
    row = view.review.drill_model.row_of(case_id)
    assert row is not None
    table = view.review.drill
    rect = table.visualRect(view.review.drill_model.index(row, DrillColumn.NUMBER))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def loaded(qtbot: QtBot, view: TeamView) -> None:
    qtbot.waitUntil(
        lambda: view.snapshot is not None and view.snapshot.counts_from is None and not view.busy.isVisible(),
        timeout=5000,
    )


def test_team_leader_reviews_opens_and_reassigns_a_case(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace, landlord_id: str
) -> None:
    team = small_team(workspace, landlord_id)
    me = workspace.user
    window = open_unlocked(qtbot, make_window, workspace)
    ws = window.workspace
    assert ws is not None
    assert window.team_action.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.team_view
    assert view is not None and window.tabs.currentWidget() is view
    loaded(qtbot, view)
    assert "Never synced" in view.freshness.text()
    assert "not confirmed" in view.freshness.text()
    model = view.review.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == [me.name, COLLEAGUE, "Whole team"]
    mine = model.row_of(me.user_id)
    assert mine is not None
    assert model.index(mine, ReviewModel.column(LoadFigure.RUNNING)).data() == "2"
    assert model.index(2, ReviewModel.column(LoadFigure.RUNNING)).data() == "4"

    click_cell(qtbot, view, mine, LoadFigure.RUNNING)
    drill = view.review.drill_model
    assert drill.rowCount() == 2
    assert "Running cases" in view.review.drill_title.text() and me.name in view.review.drill_title.text()
    shown = {drill.index(r, DrillColumn.CLIENT).data() for r in range(2)}
    assert shown == {"Teamtest, Noor", "Zijlstra, Noor"}
    case_id = team.mine[0]

    # Opening from the team view adds one read of the case to those the case window itself records.
    other = team.colleague[0]
    before_other = case_reads(ws, other)
    window.open_case(other)
    window_reads = case_reads(ws, other) - before_other
    window.show_team_view()
    before = case_reads(ws, case_id)
    click_drill_row(qtbot, view, case_id)
    click(qtbot, view.review.open_button)
    opened = window.tabs.currentWidget()
    assert isinstance(opened, CaseWindow) and opened.case_id == case_id
    assert case_reads(ws, case_id) == before + window_reads + 1

    # Reassign it to the colleague: first without a reason, which is refused and keeps the choice.
    window.show_team_view()
    click_drill_row(qtbot, view, case_id)
    click(qtbot, view.review.reassign_button)
    dialog = view.reassign_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.counsellor.itemText(i) for i in range(1, dialog.counsellor.count())] == [COLLEAGUE]
    assert dialog.current_label.text() == me.name
    assert dialog.choose(COLLEAGUE_ID)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.reason_error.text() == "Write down why the case is handed over."
    assert dialog.counsellor.currentText() == COLLEAGUE
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Caseload balance")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert counsellor_of(ws, case_id) == (COLLEAGUE_ID, COLLEAGUE)

    colleague_row = model.row_of(COLLEAGUE_ID)
    assert colleague_row is not None
    qtbot.waitUntil(
        lambda: (
            model.index(model.row_of(COLLEAGUE_ID) or 0, ReviewModel.column(LoadFigure.RUNNING)).data() == "3"
        ),
        timeout=5000,
    )
    mine = model.row_of(me.user_id)
    assert mine is not None
    assert model.index(mine, ReviewModel.column(LoadFigure.RUNNING)).data() == "1"
    # The list under the table follows: the handed-over case is no longer among An's running cases.
    assert drill.rowCount() == 1 and drill.row_of(case_id) is None
    # The caseload tab shows the new counsellor too.
    caseload = window.caseload_model
    row = caseload.row_of(case_id)
    assert row is not None and caseload.index(row, Column.COUNSELLOR).data() == COLLEAGUE

    window.lock()
    assert window.team_view is None
    assert not window.team_action.isVisible()


def test_a_counsellor_does_not_see_the_team_view(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace, landlord_id: str
) -> None:
    small_team(workspace, landlord_id, leader=False)
    window = open_unlocked(qtbot, make_window, workspace)
    assert not window.team_action.isVisible()
    assert not window.team_menu.menuAction().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.team_view is None
    assert window.show_team_view() is None
    assert window.team_view is None

    # Built by hand, the view still refuses: the service checks the role itself.
    ws = window.workspace
    assert ws is not None
    view = TeamView(TeamService(ws.store, ws.user.user_id, ws.clock), None, ws.today, ws.clock)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.load_failed, timeout=5000) as failed:
        pass
    assert failed.args == ["team_not_allowed"]
    assert view.pages.currentWidget() is view.refusal
    assert "Only a team leader" in view.refusal.text()
    assert view.review.model.rowCount() == 0
    view.shutdown()


def test_choosing_the_team_leader_role_opens_the_team_view(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace, landlord_id: str
) -> None:
    small_team(workspace, landlord_id, leader=False)
    window = open_unlocked(qtbot, make_window, workspace)
    assert not window.team_action.isVisible()

    def choose_leader() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RoleDialog):
            QTimer.singleShot(20, choose_leader)
            return
        assert dialog.counsellor.isChecked()
        click(qtbot, dialog.team_leader)
        dialog.accept()

    QTimer.singleShot(0, choose_leader)
    window.role_action.trigger()
    assert window.team_action.isVisible()
    view = window.show_team_view()
    assert view is not None
    loaded(qtbot, view)
    assert view.review.model.rowCount() == 3
    ws = window.workspace
    assert ws is not None and ws.settings.profile_role() == "team_leader"


def test_the_team_facts_are_read_ahead_after_unlock_and_after_a_change(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace, landlord_id: str
) -> None:
    """A team leader's window reads the team's facts in the background after unlock, and again a
    moment after a change, so the team view opens from memory; the store is never read twice for
    nothing, and the facts are never older than the last write."""
    small_team(workspace, landlord_id)
    window = open_unlocked(qtbot, make_window, workspace)
    team = window.team
    assert team is not None
    qtbot.waitUntil(lambda: team._cached is not None and not window.team_warmup.busy, timeout=5000)
    before = team._cached
    assert before is not None and len(before[1]) == 4
    ws = window.workspace
    assert ws is not None
    from tests.team.test_team_service_support import referral

    ws.referrals.register(referral(landlord_id, ws.today(), last_name="Nieuw"))
    window._mark_agenda_stale()
    assert window._team_ahead_timer.isActive()
    window._team_ahead_timer.setInterval(0)
    window._team_ahead_timer.start()
    qtbot.waitUntil(
        lambda: team._cached is not None and team._cached is not before and not window.team_warmup.busy,
        timeout=5000,
    )
    assert len(team._cached[1]) == 5
    window.lock()
    assert not window.team_warmup.busy and not window._team_ahead_timer.isActive()
