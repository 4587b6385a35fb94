"""Shared fixtures: every test gets its own temporary encrypted profile.

Argon2id is set cheap here so the suite stays fast; one store test checks the real parameters.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseworker_desktop.documents.seal import OrganisationKey, create_organisation_key
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.services import seal as seal_service
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from tests.support import FAST_KDF, PASSPHRASE, FakeClock

_SEAL_KEYS: dict[str, OrganisationKey] = {}


@pytest.fixture(autouse=True)
def reuse_seal_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """An RSA 3072 key takes a few hundred milliseconds to make; every test profile makes one at
    setup. Tests of the seal itself call documents.seal directly and still get fresh keys."""

    def cached(organisation: str, profile_id: str, now: datetime) -> OrganisationKey:
        if organisation not in _SEAL_KEYS:
            _SEAL_KEYS[organisation] = create_organisation_key(organisation, profile_id, now)
        return _SEAL_KEYS[organisation]

    monkeypatch.setattr(seal_service, "create_organisation_key", cached)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def profile_root(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def profiles(profile_root: Path, clock: FakeClock) -> ProfileService:
    return ProfileService(profile_root, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)


@pytest.fixture
def workspace(profiles: ProfileService) -> Iterator[Workspace]:
    result = profiles.set_up(
        name="An Peeters", organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    yield result.workspace
    result.workspace.close()


@pytest.fixture
def landlord_id(workspace: Workspace) -> str:
    return workspace.partners.save(
        PartnerInput(
            kind=PartnerKind.SOCIAL_HOUSING_COMPANY,
            name="Woonmaatschappij Testdal",
            municipality="Gent",
            contacts=[ContactInput(name="Els Wouters", role="Huurdersbegeleider", fixed_contact=True)],
        )
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-benchmarks", action="store_true", help="also collect tests/benchmarks (slow, prints figures)"
    )


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if "benchmarks" in collection_path.parts and not config.getoption("--run-benchmarks"):
        return True
    return None
