"""Unlock time, caseload time with 50,000 cases, and search time per keystroke, in the real window."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.ui.main_window import MainWindow
from tests.benchmarks.conftest import LARGE, report
from tests.support import PASSPHRASE


def _unlock_once(window: MainWindow) -> tuple[float, float]:
    """(whole unlock incl. key derivation, caseload part) in ms, until the table has painted."""
    window.unlock_view.passphrase.edit.setText(PASSPHRASE)
    timings: dict[str, float] = {}
    original = window._enter_workspace

    def timed_enter() -> None:
        timings["opened"] = time.perf_counter()
        original()

    window._enter_workspace = timed_enter  # type: ignore[method-assign]
    start = time.perf_counter()
    window.unlock_view.unlock_button.click()
    window.caseload_view.table.viewport().repaint()
    QApplication.processEvents()
    end = time.perf_counter()
    window._enter_workspace = original  # type: ignore[method-assign]
    return (end - start) * 1000, (end - timings["opened"]) * 1000


def test_unlock_and_caseload_with_50000_cases(qtbot: QtBot, large_profile: Path) -> None:
    window = MainWindow(ProfileService(large_profile))
    qtbot.addWidget(window)
    window.show()
    whole, caseload, complete = [], [], []
    for _ in range(7):
        start = time.perf_counter()
        total_ms, caseload_ms = _unlock_once(window)
        assert window.caseload_model.rowCount() > 0
        whole.append(total_ms)
        caseload.append(caseload_ms)
        qtbot.waitUntil(lambda: window.caseload_model.total() == LARGE, timeout=20_000)
        complete.append((time.perf_counter() - start) * 1000)
        window.lock()
    median_unlock = report(f"unlock with {LARGE} cases (Argon2id + open + first page painted)", whole, 1000)
    median_caseload = report(f"caseload shown after key derivation, {LARGE} cases", caseload, 300)
    report(f"all {LARGE} cases loaded and searchable (background, from unlock click)", complete)

    _unlock_once(window)
    qtbot.waitUntil(lambda: window.caseload_model.total() == LARGE, timeout=20_000)
    window.caseload_view.status_filter.setCurrentIndex(2)  # all cases: the widest search
    search = window.caseload_view.search
    per_key = []
    for query in ("peet", "jans br", "9000", "B-0123", "hélè"):
        search.clear()
        QApplication.processEvents()
        for end in range(1, len(query) + 1):
            start = time.perf_counter()
            search.setText(query[:end])
            window.caseload_view.table.viewport().repaint()
            QApplication.processEvents()
            per_key.append((time.perf_counter() - start) * 1000)
    median_key = report(f"search per keystroke over {LARGE} cases", per_key, 50)
    window.lock()
    assert median_unlock <= 1000
    assert median_caseload <= 300
    assert median_key <= 50


def test_unlock_small_profile(qtbot: QtBot, tmp_path: Path) -> None:
    """The everyday case: a counsellor's own 60 dossiers."""
    from caseworker_desktop.services.demo import populate_demo

    service = ProfileService(tmp_path / "p")
    result = service.set_up(
        name="Bench", organisation="CAW", team="T", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    populate_demo(result.workspace)
    result.workspace.close()
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    whole = []
    for _ in range(7):
        whole.append(_unlock_once(window)[0])
        window.lock()
    assert report("unlock with the demo profile (Argon2id + open + caseload painted)", whole, 1000) <= 1000
