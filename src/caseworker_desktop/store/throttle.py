"""A growing wait after wrong passphrases, kept on disk so a restart does not reset it.

Someone with the laptop can delete this file; the real protection against guessing is the Argon2id
cost and the passphrase length. The wait slows a person trying passphrases at the unlock screen.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caseworker_desktop.store.files import write_atomic

FREE_ATTEMPTS = 2
MAX_WAIT_S = 300.0


def wait_after(failures: int) -> float:
    """0, 0, then 2, 4, 8 … seconds, capped at five minutes."""
    if failures <= FREE_ATTEMPTS:
        return 0.0
    return float(min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_S))


@dataclass
class Throttle:
    path: Path
    clock: Callable[[], float]

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_bytes())
            return int(data["failures"]), float(data["not_before"])
        except (FileNotFoundError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def seconds_to_wait(self) -> float:
        _, not_before = self._read()
        return max(0.0, not_before - self.clock())

    def record_failure(self) -> float:
        failures = self._read()[0] + 1
        wait = wait_after(failures)
        payload = {"failures": failures, "not_before": self.clock() + wait}
        write_atomic(self.path, json.dumps(payload).encode())
        return wait

    def reset(self) -> None:
        if self._read()[0]:
            write_atomic(self.path, json.dumps({"failures": 0, "not_before": 0}).encode())
