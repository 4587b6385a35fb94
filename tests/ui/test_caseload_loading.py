"""A large caseload opens on its first page and fills in from a worker thread."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui import main_window
from tests.ui.conftest import unlock


def register(workspace: Workspace, landlord_id: str, count: int) -> None:
    today = workspace.today()
    for n in range(count):
        workspace.referrals.register(
            ReferralInput(
                first_name=f"Client{n}",
                last_name="Laadtest",
                street="Kerkstraat",
                house_number=str(n + 1),
                postcode="9000",
                municipality="Gent",
                landlord_id=landlord_id,
                referral_date=today,
                source=ReferralSource.LANDLORD,
                problems={Problem.UPKEEP},
                next_date=today + timedelta(days=n) if n % 2 else None,
            )
        )


def test_first_page_then_the_rest_from_the_worker(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    register(workspace, landlord_id, 7)
    workspace.close()
    monkeypatch.setattr(main_window, "FIRST_PAGE", 3)
    window = make_window()
    with qtbot.waitSignal(window.caseload_loader.loaded, timeout=5000):
        unlock(qtbot, window)
        assert window.caseload_model.total() == 3  # the first page, dated cases first
        assert "loading" in window.caseload_view.count.text()
    assert window.caseload_model.total() == 7
    assert "7 of 7" in window.caseload_view.count.text() or window.caseload_model.rowCount() == 7


def test_locking_while_the_worker_reads_is_safe(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    register(workspace, landlord_id, 5)
    workspace.close()
    monkeypatch.setattr(main_window, "FIRST_PAGE", 2)
    window = make_window()
    unlock(qtbot, window)
    window.lock()
    qtbot.wait(200)
    assert window.caseload_model.total() == 0
    assert not window.caseload_loader.busy
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.caseload_model.total() == 5, timeout=5000)
