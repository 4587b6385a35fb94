"""SettingsService: the auto-lock delay, clamped to 1..120 minutes and kept in the profile."""

from __future__ import annotations

import pytest

from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.settings import DEFAULT_AUTO_LOCK_MINUTES
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Setting
from tests.services.service_support import PASSPHRASE


def test_default_is_ten_minutes(workspace: Workspace) -> None:
    assert DEFAULT_AUTO_LOCK_MINUTES == 10
    assert workspace.settings.auto_lock_minutes() == 10


@pytest.mark.parametrize(
    ("asked", "kept"), [(1, 1), (15, 15), (120, 120), (0, 1), (-5, 1), (121, 120), (10_000, 120)]
)
def test_auto_lock_minutes_are_clamped(workspace: Workspace, asked: int, kept: int) -> None:
    workspace.settings.set_auto_lock_minutes(asked)
    assert workspace.settings.auto_lock_minutes() == kept


def test_the_last_value_wins_and_survives_a_lock(profiles: ProfileService, workspace: Workspace) -> None:
    workspace.settings.set_auto_lock_minutes(30)
    workspace.settings.set_auto_lock_minutes(45)
    workspace.close()
    again = profiles.unlock(PASSPHRASE)
    try:
        assert again.settings.auto_lock_minutes() == 45
    finally:
        again.close()


def test_a_damaged_value_falls_back_to_the_default(workspace: Workspace) -> None:
    with workspace.store.unit_of_work("test") as uow:
        uow.session.merge(Setting(key="auto_lock_minutes", value="tien"))
    assert workspace.settings.auto_lock_minutes() == 10
