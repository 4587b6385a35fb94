from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker_desktop.services.profiles import ProfileService
from tests.benchmarks.bulk import fill
from tests.support import PASSPHRASE

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
