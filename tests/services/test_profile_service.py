"""ProfileService: first-run setup with validation, unlock and lock, passphrase change and recovery."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.partners import PartnerInput, PartnerKind
from caseworker_desktop.services.profiles import MustWait, ProfileService, SetupResult, WrongPassphrase
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.engine import StoreClosed
from tests.services.service_support import (
    NEW_PASSPHRASE,
    ORGANISATION,
    PASSPHRASE,
    TEAM,
    USER_NAME,
    WallClock,
)


def set_up(profiles: ProfileService, **changes: str) -> SetupResult:
    values = {
        "name": USER_NAME,
        "organisation": ORGANISATION,
        "team": TEAM,
        "passphrase": PASSPHRASE,
        "repeat": PASSPHRASE,
    }
    values.update(changes)
    return profiles.set_up(**values)


@pytest.mark.parametrize(
    ("changes", "issues"),
    [
        ({"name": ""}, {"name": Issue("required")}),
        ({"name": "   "}, {"name": Issue("required")}),
        ({"organisation": "", "team": " "}, {"organisation": Issue("required"), "team": Issue("required")}),
        ({"name": "x" * 201}, {"name": Issue("too_long", {"maximum": 200})}),
        ({"repeat": "tegel wolk appelboom fietsbel."}, {"repeat": Issue("passphrase_mismatch")}),
        (
            {"passphrase": "password1234", "repeat": "password1234"},
            {"passphrase": Issue("passphrase_guessable")},
        ),
        (
            {"passphrase": "kort", "repeat": "kort"},
            {"passphrase": Issue("passphrase_too_short", {"minimum": 12})},
        ),
        ({"passphrase": "", "repeat": ""}, {"passphrase": Issue("passphrase_empty")}),
        (
            {"name": "", "passphrase": "password1234", "repeat": "password1234"},
            {"name": Issue("required"), "passphrase": Issue("passphrase_guessable")},
        ),
    ],
)
def test_set_up_validation(
    profiles: ProfileService, profile_root: Path, changes: dict[str, str], issues: dict[str, Issue]
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        set_up(profiles, **changes)
    assert caught.value.issues == issues
    assert not profiles.is_set_up()
    assert not (profile_root / "keys.json").exists()


def test_set_up_creates_the_profile(profiles: ProfileService) -> None:
    assert not profiles.is_set_up()
    result = set_up(profiles, name="  Sofie Claes ")
    try:
        assert profiles.is_set_up()
        user = result.workspace.user
        assert (user.name, user.organisation, user.team) == (USER_NAME, ORGANISATION, TEAM)
        assert uuid.UUID(user.user_id).version == 4
        assert len(result.recovery_key.replace("-", "")) == 52
    finally:
        result.workspace.close()
    with pytest.raises(FileExistsError):
        set_up(profiles)


def test_unlock_and_lock_cycle(profiles: ProfileService, setup_result: SetupResult) -> None:
    workspace = setup_result.workspace
    user = workspace.user
    workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Leuven"))

    workspace.close()
    assert workspace.closed
    assert workspace.store.key_copy() == bytes(32)
    with pytest.raises(StoreClosed):
        workspace.partners.summaries()
    workspace.close()  # a second lock is harmless

    again = profiles.unlock(PASSPHRASE)
    try:
        assert not again.closed
        assert again.user == user
        assert [p.name for p in again.partners.summaries()] == ["OCMW Leuven"]
    finally:
        again.close()


def test_unlock_with_a_wrong_passphrase_then_wait(
    profiles: ProfileService, setup_result: SetupResult, wall_clock: WallClock
) -> None:
    setup_result.workspace.close()
    for expected_wait in (0, 0, 2):
        with pytest.raises(WrongPassphrase) as caught:
            profiles.unlock("dat is het niet hoor")
        assert caught.value.wait == expected_wait
    assert profiles.seconds_to_wait() == 2
    with pytest.raises(MustWait):
        profiles.unlock(PASSPHRASE)
    wall_clock.advance(2)
    assert profiles.seconds_to_wait() == 0
    profiles.unlock(PASSPHRASE).close()


def test_change_passphrase(profiles: ProfileService, setup_result: SetupResult) -> None:
    setup_result.workspace.close()
    profiles.change_passphrase(PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        profiles.unlock(PASSPHRASE)
    workspace = profiles.unlock(NEW_PASSPHRASE)
    assert workspace.user.name == USER_NAME
    workspace.close()


@pytest.mark.parametrize(
    ("new", "repeat", "field"),
    [("password1234", "password1234", "passphrase"), (NEW_PASSPHRASE, NEW_PASSPHRASE + " ", "repeat")],
)
def test_change_passphrase_validates_the_new_one(
    profiles: ProfileService, setup_result: SetupResult, new: str, repeat: str, field: str
) -> None:
    setup_result.workspace.close()
    with pytest.raises(ValidationFailed) as caught:
        profiles.change_passphrase(PASSPHRASE, new, repeat)
    assert set(caught.value.issues) == {field}
    profiles.unlock(PASSPHRASE).close()


def test_change_passphrase_with_a_wrong_current_one(
    profiles: ProfileService, setup_result: SetupResult
) -> None:
    setup_result.workspace.close()
    with pytest.raises(WrongPassphrase):
        profiles.change_passphrase("niet het huidige wachtwoord", NEW_PASSPHRASE, NEW_PASSPHRASE)
    profiles.unlock(PASSPHRASE).close()


def test_recover_with_the_recovery_key(profiles: ProfileService, setup_result: SetupResult) -> None:
    workspace = setup_result.workspace
    workspace.partners.save(PartnerInput(kind=PartnerKind.OCMW, name="OCMW Leuven"))
    workspace.close()

    recovered: Workspace = profiles.recover(setup_result.recovery_key.lower(), NEW_PASSPHRASE, NEW_PASSPHRASE)
    try:
        assert recovered.user.name == USER_NAME
        assert [p.name for p in recovered.partners.summaries()] == ["OCMW Leuven"]
    finally:
        recovered.close()
    with pytest.raises(WrongPassphrase):
        profiles.unlock(PASSPHRASE)
    profiles.unlock(NEW_PASSPHRASE).close()


def test_recover_validates_and_checks_the_key(profiles: ProfileService, setup_result: SetupResult) -> None:
    setup_result.workspace.close()
    with pytest.raises(ValidationFailed) as caught:
        profiles.recover(setup_result.recovery_key, "password1234", "password1234")
    assert set(caught.value.issues) == {"passphrase"}
    with pytest.raises(WrongPassphrase):
        profiles.recover("AAAA-" * 12 + "AAAA", NEW_PASSPHRASE, NEW_PASSPHRASE)
    profiles.unlock(PASSPHRASE).close()
