from __future__ import annotations

import statistics
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from tests.benchmarks.bulk import fill
from tests.benchmarks.bulk_team import fill_team
from tests.support import FAST_KDF, PASSPHRASE, FakeClock

LARGE = 50_000


def report(name: str, values_ms: list[float], target_ms: float | None = None) -> float:
    median = statistics.median(values_ms)
    line = f"BENCH {name}: median {median:.1f} ms, min {min(values_ms):.1f}, max {max(values_ms):.1f} (n={len(values_ms)})"
    if target_ms is not None:
        line += f" target <= {target_ms:.0f} ms"
    print(line)
    return median


@pytest.fixture(scope="session")
def large_profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A profile with the real Argon2id parameters and 50,000 cases."""
    root = tmp_path_factory.mktemp("large") / "profile"
    service = ProfileService(root)
    result = service.set_up(
        name="Bench", organisation="CAW", team="Bench", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    fill(result.workspace.store, LARGE)
    result.workspace.close()
    yield root


def _cheap_profiles(root: Path) -> ProfileService:
    # The key derivation is not what is measured: cheap parameters keep the setup short.
    clock = FakeClock()
    return ProfileService(root, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)


@pytest.fixture(scope="module")
def team_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A team leader's profile holding bulk_team's large team (5,000 running, 50,000 closed episodes)."""
    root = tmp_path_factory.mktemp("team") / "profile"
    result = _cheap_profiles(root).set_up(
        name="Bench Leider", organisation="CAW", team="Bench", passphrase=PASSPHRASE, repeat=PASSPHRASE
    )
    started = time.perf_counter()
    counts = fill_team(result.workspace.store)
    print(f"\nBENCH-INFO team store rows: {counts} ({time.perf_counter() - started:.1f} s)")
    result.workspace.settings.set_profile_role("team_leader")
    result.workspace.close()
    return root


@pytest.fixture
def team_workspace(team_root: Path) -> Iterator[Workspace]:
    """The large team's profile, unlocked."""
    opened = _cheap_profiles(team_root).unlock(PASSPHRASE)
    yield opened
    opened.close()
