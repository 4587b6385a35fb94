"""Constants and clocks shared by the store tests (imported by name; conftest only holds fixtures)."""

from __future__ import annotations

from datetime import datetime, timedelta

from caseworker_desktop.store.keys import KdfParams

# Cheap enough for a test suite; the real parameters are checked in test_store_encryption_at_rest.
FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "tegel wolk appelboom fietsbel"
NEW_PASSPHRASE = "rivier lantaarn kompas tulp"
PROFILE_ID = "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7"
ACTOR = "8a8a8a8a-1111-4222-8333-944455556666"


class WallClock:
    """Seconds since the epoch that only move when the test says so."""

    def __init__(self, start: float = 1_780_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class StepClock:
    """Naive UTC datetimes, one second later on every call."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, 0)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
