"""The cycle collector waits while a sync or an agenda read runs, and is put back as it was found."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker_desktop import collector
from caseworker_desktop.protocol import PullPage, PushRequest, PushResponse
from caseworker_desktop.sync.crypto import new_team_key
from caseworker_desktop.sync.engine import Transport
from tests.support import FakeClock
from tests.sync.fake_server import FakeServer
from tests.sync.sync_support import add_partner, make_laptop


@pytest.fixture(autouse=True)
def _collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_held_off_disables_and_restores() -> None:
    with collector.held_off():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_disabled_beforehand_stays_disabled() -> None:
    gc.disable()
    with collector.held_off():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_syncs_resume_collection_only_when_the_last_ends() -> None:
    first_in, first_may_leave = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector.held_off():
            first_in.set()
            first_may_leave.wait(5)

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(5)
    with collector.held_off():
        pass
    seen.append(gc.isenabled())  # the first is still running
    first_may_leave.set()
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_an_error_in_a_sync_still_puts_the_collector_back() -> None:
    with pytest.raises(RuntimeError), collector.held_off():
        raise RuntimeError("network gone")
    assert gc.isenabled()


class _Watching(Transport):
    """Passes calls on, noting whether the collector was on at each."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.enabled: list[bool] = []

    def push(self, request: PushRequest) -> PushResponse:
        self.enabled.append(gc.isenabled())
        return self.inner.push(request)

    def pull(self, after: int, limit: int) -> PullPage:
        self.enabled.append(gc.isenabled())
        return self.inner.pull(after, limit)


def test_a_sync_runs_with_the_collector_held_off(tmp_path: Path) -> None:
    watching = _Watching(FakeServer().transport("device-an", "worker-an"))
    laptop = make_laptop(tmp_path, "an", new_team_key(), watching, FakeClock())
    try:
        add_partner(laptop.workspace)
        assert laptop.sync().pushed >= 1
    finally:
        laptop.workspace.close()
    assert watching.enabled and not any(watching.enabled)
    assert gc.isenabled()
