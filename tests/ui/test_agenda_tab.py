"""The agenda as a tab of the main window: built when first shown, current after changes, gone at lock."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.court import CourtEventInput, CourtEventKind
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agenda_view import AgendaColumn
from caseworker_desktop.ui.case_window import CaseWindow
from tests.ui.conftest import open_unlocked, unlock


def test_agenda_tab_shows_a_hearing_opens_the_case_and_is_cleared_at_lock(
    qtbot: QtBot, make_window, workspace: Workspace, landlord_id: str
) -> None:  # type: ignore[no-untyped-def]
    today = workspace.today()
    case_id = workspace.referrals.register(
        ReferralInput(
            first_name="Noor",
            last_name="Agendatest",
            street="Kouter",
            house_number="9",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            referral_date=today - timedelta(days=30),
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS},
            arrears_amount="900,00",
            eviction_procedure=True,
        )
    )
    workspace.court.add(case_id, CourtEventInput(CourtEventKind.PETITION, today - timedelta(days=10), ""))
    workspace.court.add(case_id, CourtEventInput(CourtEventKind.HEARING, today + timedelta(days=6), ""))
    window = open_unlocked(qtbot, make_window, workspace)
    assert window.agenda_view is None  # nothing read before the tab is opened

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    agenda = window.agenda_view
    assert agenda is not None
    model = agenda.model
    hearings = [
        r for r in range(model.rowCount()) if "Hearing" in str(model.index(r, AgendaColumn.WHAT).data())
    ]
    assert len(hearings) == 1
    assert model.index(hearings[0], AgendaColumn.CLIENT).data() == "Agendatest, Noor"

    rect = agenda.table.visualRect(model.index(hearings[0], AgendaColumn.WHAT))
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = window.tabs.currentWidget()
    assert isinstance(opened, CaseWindow) and opened.case_id == case_id
    assert "Hearing at the justice of the peace" in opened.overview.hearing.text()

    window.lock()
    assert window.agenda_view is None
    unlock(qtbot, window)
    window.show_agenda()
    assert window.agenda_view is not None and window.agenda_view.model.rowCount() >= 1
