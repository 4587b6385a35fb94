"""The two figures of issue 3: the agenda over 50,000 cases (≤ 300 ms) and opening a case with five
years of history (≤ 150 ms).

Both run on one profile: bulk.fill's 50,000 cases, bulk_trajectory's trajectory rows for a fraction
of them, and one case with 200 contacts, 10 evaluations and 3 plan versions. The clock stands on the
day the fill writes its dates around, so overdue and coming items are what they would be that day.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.services.agenda import AgendaFlag, AgendaPeriod
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agenda_view import AgendaView
from caseworker_desktop.ui.case_window import CaseWindow
from tests.benchmarks.bulk import fill
from tests.benchmarks.bulk_trajectory import add_history_case, fill_trajectory, open_case
from tests.benchmarks.conftest import LARGE, report
from tests.support import FAST_KDF, PASSPHRASE, FakeClock

RUNS = 15


@dataclass(frozen=True)
class TrajectoryProfile:
    root: Path
    history_case: str


def _service(root: Path) -> ProfileService:
    # The key derivation is not what is measured here: the cheap parameters keep the setup short.
    clock = FakeClock()
    return ProfileService(root, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)


@pytest.fixture(scope="module")
def trajectory_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrajectoryProfile]:
    root = tmp_path_factory.mktemp("trajectory") / "profile"
    result = _service(root).set_up(
        name="Bench", organisation="CAW", team="Bench", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    workspace = result.workspace
    fill(workspace.store, LARGE)
    counts = fill_trajectory(workspace.store)
    print(f"\nBENCH-INFO trajectory rows: {counts}")
    landlord = workspace.partners.save(
        PartnerInput(kind=PartnerKind.SOCIAL_HOUSING_COMPANY, name="Woonmaatschappij Lange Duur")
    )
    history = add_history_case(workspace, landlord)
    workspace.close()
    yield TrajectoryProfile(root, history)


@pytest.fixture
def workspace(trajectory_profile: TrajectoryProfile) -> Iterator[Workspace]:
    opened = _service(trajectory_profile.root).unlock(PASSPHRASE)
    yield opened
    opened.close()


def _time(action, runs: int = RUNS, first: str = "") -> list[float]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()  # the first read warms SQLCipher's page cache, as the caseload read at unlock does
    if first:
        print(f"BENCH-INFO {first}: first time {(time.perf_counter() - start) * 1000:.1f} ms")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def test_agenda_over_50000_cases(workspace: Workspace) -> None:
    items = workspace.agenda.items()
    overdue = sum(1 for i in items if i.flag == AgendaFlag.OVERDUE)
    print(f"BENCH-INFO agenda (overdue + 30 days): {len(items)} items, {overdue} overdue")
    median = report(
        f"agenda over {LARGE} cases (overdue + next 30 days, {len(items)} items)",
        _time(workspace.agenda.items),
        300,
    )
    week = workspace.agenda.items(AgendaPeriod.WEEK, include_overdue=False)
    report(
        f"agenda over {LARGE} cases (next 7 days without overdue, {len(week)} items)",
        _time(lambda: workspace.agenda.items(AgendaPeriod.WEEK, include_overdue=False)),
    )
    everything = workspace.agenda.items(AgendaPeriod.ALL)
    report(
        f"agenda over {LARGE} cases (everything, {len(everything)} items)",
        _time(lambda: workspace.agenda.items(AgendaPeriod.ALL)),
    )
    assert median <= 300


def test_agenda_tab_over_50000_cases(qtbot: QtBot, workspace: Workspace) -> None:
    """The same read as the counsellor sees it: the agenda tab refreshed until its table has painted."""
    view = AgendaView(workspace)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitExposed(view)

    def refresh() -> None:
        view.reload()
        view.table.viewport().repaint()
        QApplication.processEvents()

    report(f"agenda tab refreshed and painted over {LARGE} cases", _time(refresh, runs=7), 300)
    assert view.model.rowCount() > 0


def test_opening_a_case_with_five_years_of_history(
    workspace: Workspace, trajectory_profile: TrajectoryProfile
) -> None:
    case_id = trajectory_profile.history_case
    assert len(workspace.contacts.contacts(case_id)) == 200
    assert len([e for e in workspace.evaluations.evaluations(case_id) if e.held]) == 10
    assert len(workspace.plans.overview(case_id).versions) == 3
    median = report(
        "opening a case with 5 years of history (200 contacts, 10 evaluations, 3 plan versions) "
        f"in a {LARGE}-case profile",
        _time(lambda: open_case(workspace, case_id), first="opening the 5-year case"),
        150,
    )
    assert median <= 150


def test_case_window_for_five_years_of_history(
    qtbot: QtBot, workspace: Workspace, trajectory_profile: TrajectoryProfile
) -> None:
    """What a counsellor waits for: the case tab built and painted on its overview, and then the
    heaviest panel (the contact log with 200 contacts) opened."""
    case_id = trajectory_profile.history_case

    def open_window() -> None:
        window = CaseWindow(workspace, case_id)
        window.resize(1366, 700)
        window.show()
        window.repaint()
        QApplication.processEvents()
        window.close()
        window.deleteLater()

    def open_contacts() -> None:
        window = CaseWindow(workspace, case_id)
        window.show()
        window.show_panel("contacts")
        window.repaint()
        QApplication.processEvents()
        window.close()
        window.deleteLater()

    median = report("case window for the 5-year case, overview painted", _time(open_window), 150)
    report("case window for the 5-year case, then its 200-contact log painted", _time(open_contacts))
    assert median <= 150
