"""Fixtures for the store tests: real encrypted profiles in tmp_path, cheap Argon2id, own clocks."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from caseworker_desktop.store.profile import OpenStore, Profile
from tests.store.store_support import FAST_KDF, PASSPHRASE, PROFILE_ID, StepClock, WallClock


@pytest.fixture
def wall_clock() -> WallClock:
    return WallClock()


@pytest.fixture
def clock() -> StepClock:
    return StepClock()


@pytest.fixture
def profile_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


@pytest.fixture
def make_profile(profile_dir: Path, wall_clock: WallClock) -> Callable[[], Profile]:
    """A new Profile object on the same directory each call: what a restart of the app does."""
    return lambda: Profile(profile_dir, wall_clock, FAST_KDF)


@pytest.fixture
def created(make_profile: Callable[[], Profile]) -> Iterator[tuple[OpenStore, str]]:
    """A freshly created profile: the open store and the recovery key text."""
    store, recovery = make_profile().create(PROFILE_ID, PASSPHRASE)
    yield store, recovery
    store.close()


@pytest.fixture
def store(created: tuple[OpenStore, str]) -> OpenStore:
    return created[0]
