"""Fixtures for the service tests: a real, freshly set-up encrypted profile per test.

These override the same-named fixtures of tests/conftest.py for this folder, so the service tests
control their own clocks and names.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.services.profiles import ProfileService, SetupResult
from caseworker_desktop.services.workspace import Workspace
from tests.services.service_support import (
    FAST_KDF,
    ORGANISATION,
    PASSPHRASE,
    TEAM,
    USER_NAME,
    StepClock,
    WallClock,
)


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def wall_clock() -> WallClock:
    return WallClock()


@pytest.fixture
def profile_root(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def profiles(profile_root: Path, clock: StepClock, wall_clock: WallClock) -> ProfileService:
    return ProfileService(profile_root, clock=clock, wall_clock=wall_clock, kdf=FAST_KDF)


@pytest.fixture
def setup_result(profiles: ProfileService) -> Iterator[SetupResult]:
    result = profiles.set_up(
        name=USER_NAME, organisation=ORGANISATION, team=TEAM, passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    yield result
    result.workspace.close()


@pytest.fixture
def workspace(setup_result: SetupResult) -> Workspace:
    return setup_result.workspace


@pytest.fixture
def landlord_id(workspace: Workspace) -> str:
    return workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.SOCIAL_HOUSING_COMPANY,
            name="Woonpunt Zennevallei",
            municipality="Halle",
            contacts=[ContactInput(name="An Peeters", role="huurdersbegeleider", fixed_contact=True)],
        )
    )


@pytest.fixture
def landlord_contact_id(workspace: Workspace, landlord_id: str) -> str:
    return workspace.partners.contacts(landlord_id)[0].id
