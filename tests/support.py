"""Helpers shared by the test packages (imported, unlike conftest fixtures)."""

from __future__ import annotations

from datetime import datetime, timedelta

from caseworker_desktop.store.keys import KdfParams

FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "groene fiets onder de lindeboom"


class FakeClock:
    """Wall clock and monotonic clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 11, 24, 10, 0)) -> None:
        self.now = start
        self.seconds = 1_000_000.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds
        self.now += timedelta(seconds=seconds)
