"""Issue 6's figures as the team leader sees them: the team view over 5,000 running and 50,000 closed
episodes opened until the review and the figures are on screen (<= 500 ms), and a change of period until
the figures (and the charts, when they are the page shown) have repainted (<= 300 ms).

The store is the one tests/benchmarks/bulk_team.fill_team builds for the service benchmark.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.team_view import CHARTS_TAB, FIGURES_TAB, REVIEW_TAB, TeamView
from tests.benchmarks.bulk_team import CLOSED_CASES, RUNNING_CASES
from tests.benchmarks.conftest import report

CASES = RUNNING_CASES + CLOSED_CASES
RUNS = 7


def _painted(view: TeamView) -> None:
    """Paint what is on screen now, as the next frame would."""
    view.repaint()
    QApplication.processEvents()


def _open(
    qtbot: QtBot, workspace: Workspace, *, every_episode: bool = False, team: TeamService | None = None
) -> tuple[TeamView, float]:
    """Open the view; time it until the review and the period's figures are shown (the episodes
    that count from this year), or with `every_episode` until earlier years are in as well."""
    team = team or TeamService(workspace.store, workspace.user.user_id, workspace.clock)
    start = time.perf_counter()
    view = TeamView(team, None, workspace.today, workspace.clock)
    qtbot.addWidget(view)
    view.resize(1366, 760)
    view.show()
    with qtbot.waitSignal(view.complete if every_episode else view.loaded, timeout=20_000):
        pass
    _painted(view)
    return view, (time.perf_counter() - start) * 1000


def test_opening_the_team_view_over_55000_episodes(qtbot: QtBot, team_workspace: Workspace) -> None:
    view, first = _open(
        qtbot, team_workspace
    )  # warms SQLCipher's page cache, as the caseload read at unlock does
    print(f"BENCH-INFO team view first open: {first:.1f} ms")
    assert view.review.model.rowCount() > 200  # 250 counsellors and the team row
    assert view.figures_panel.model.rowCount() > 0
    view.shutdown()
    timings = []
    for _ in range(RUNS):
        opened, elapsed = _open(qtbot, team_workspace)
        timings.append(elapsed)
        opened.shutdown()
        opened.close()
    report(f"team view opened cold, nothing read ahead ({CASES} episodes)", timings, 500)
    _, everything = _open(qtbot, team_workspace, every_episode=True)
    print(
        f"BENCH-INFO team view opened cold until every episode is read, earlier years too: {everything:.1f} ms"
    )
    # As the application does it: the facts are read once in the background after unlock, and the
    # view opens from them while nothing was written since.
    team = TeamService(team_workspace.store, team_workspace.user.user_id, team_workspace.clock)
    started = time.perf_counter()
    team.facts()
    print(
        f"BENCH-INFO facts read ahead after unlock, in the background: {(time.perf_counter() - started) * 1000:.1f} ms"
    )
    warm = []
    for _ in range(RUNS):
        opened, elapsed = _open(qtbot, team_workspace, team=team)
        warm.append(elapsed)
        opened.shutdown()
        opened.close()
    median = report(f"team view opened until review and figures are shown ({CASES} episodes)", warm, 500)
    assert median <= 500 * 1.5  # a shared two-core machine: fail only well past the target


def _time_period_changes(view: TeamView, runs: int) -> list[float]:
    year = view.period_bar.year
    current = year.value()
    timings = []
    for run in range(runs + 1):
        start = time.perf_counter()
        year.setValue(current - 1 if run % 2 == 0 else current)
        _painted(view)
        if run:  # the first change builds the chart series for the first time
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def test_changing_the_period_over_55000_episodes(qtbot: QtBot, team_workspace: Workspace) -> None:
    view, _ = _open(qtbot, team_workspace, every_episode=True)
    view.tabs.setCurrentIndex(FIGURES_TAB)
    _painted(view)
    figures = report(
        f"period changed, figures repainted ({CASES} episodes)", _time_period_changes(view, RUNS * 2), 300
    )
    view.tabs.setCurrentIndex(CHARTS_TAB)
    _painted(view)
    assert view.charts.load.chart().series()
    charts = report(
        f"period changed, charts repainted ({CASES} episodes)", _time_period_changes(view, RUNS * 2), 300
    )
    view.tabs.setCurrentIndex(REVIEW_TAB)

    def quiet(weeks: int) -> Callable[[], None]:
        def change() -> None:
            view.review.quiet_weeks.setValue(weeks)
            _painted(view)

        return change

    timings = []
    for run in range(RUNS):
        start = time.perf_counter()
        quiet(8 if run % 2 == 0 else 6)()
        timings.append((time.perf_counter() - start) * 1000)
    report(f"quiet weeks changed, review repainted ({CASES} episodes)", timings)
    view.shutdown()
    assert max(figures, charts) <= 300 * 1.5
