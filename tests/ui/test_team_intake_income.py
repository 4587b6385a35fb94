"""The income source asked at intake, for the funder's registration profile."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.intake_panel import IntakePanel
from tests.trajectory.engagement_support import day, register
from tests.ui.conftest import click
from tests.ui.referral_typing import choose
from tests.ui.test_engagement_panels import shown


def test_income_source_is_chosen_saved_and_kept_in_a_draft(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register(workspace, landlord_id)
    workspace.engagement.record_start(case_id, day(workspace, -20), day(workspace, -3))
    panel = shown(qtbot, IntakePanel(workspace, case_id))
    assert isinstance(panel, IntakePanel)
    assert panel.income_source.currentData() is None  # not asked yet
    choose(panel.income_source, IncomeSource.SICKNESS_DISABILITY.value)
    assert panel.dirty
    panel.held_on.setDate(panel.held_on.date().addDays(-1))
    with qtbot.waitSignal(panel.changed):
        click(qtbot, panel.save_button)
    saved = workspace.engagement.intake(case_id)
    assert saved is not None and saved.income_source == IncomeSource.SICKNESS_DISABILITY

    reopened = shown(qtbot, IntakePanel(workspace, case_id))
    assert isinstance(reopened, IntakePanel)
    assert reopened.income_source.currentText() == "Sickness or disability benefit"
    choose(reopened.income_source, IncomeSource.WORK.value)
    draft = reopened.draft()
    assert draft["income_source"] == "work"
    restored = shown(qtbot, IntakePanel(workspace, case_id))
    assert isinstance(restored, IntakePanel)
    restored.restore_draft(draft)
    assert restored.income_source.currentData() == "work" and restored.dirty
