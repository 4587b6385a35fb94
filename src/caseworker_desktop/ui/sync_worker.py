"""Network work off the GUI thread, and the schedule that decides when to sync.

Every call that may touch the network (joining, asking the server where this device stands, syncing,
the team leader's device list) runs on a worker thread: a server that hangs must never freeze the
window. The worker reports only by signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.protocol import DeviceStatus
from caseworker_desktop.services.sync import SyncStatus
from caseworker_desktop.sync.engine import SyncReport
from caseworker_desktop.sync.transport import SyncError
from caseworker_desktop.ui.sync_labels import TRANSIENT

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]

CANCELLED = "cancelled"
# The server will keep refusing these until a person acts (the leader, an update): no automatic retries.
HOPELESS = frozenset({"device_revoked", "unauthenticated", "protocol_version"})


class _Cancelled(Exception):
    pass


class SyncWorker(QObject):
    """Runs one job at a time on the thread it was moved to. A job gets a progress callback; raising
    SyncError or RuleViolation reports its code, anything else 'unexpected'."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask a running job to stop at its next progress report (between two pages of a pull, each
        already written in its own transaction)."""
        self._cancel.set()

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progress.emit(done, total)

    @Slot(object)
    def run(self, job: Job) -> None:
        if self._cancel.is_set():
            self.failed.emit(CANCELLED)
            return
        self.started.emit()
        try:
            result = job(self._report)
        except _Cancelled:
            self.failed.emit(CANCELLED)
        except SyncError as error:
            self.failed.emit(error.code)
        except RuleViolation as violation:
            self.failed.emit(violation.issue.code)
        except Exception as error:
            # The type only: a database error's text may quote client data.
            log.error("sync job failed unexpectedly: %s", type(error).__name__)
            self.failed.emit("unexpected")
        else:
            self.finished.emit(result)


class Background(QObject):
    """One worker thread and one job at a time, for the scheduler and for dialogs.

    Its signals are emitted on the GUI thread; after stop() nothing more is delivered, so nothing
    reaches a workspace that is being closed.
    """

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    _request = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("sync-worker")
        self._worker = SyncWorker()
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.started.connect(self._on_started)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._busy = False
        self._stopped = False
        # Whoever owns this must call stop(); should it be destroyed without, the thread still ends
        # before its QThread object can go (Qt aborts the process on a running QThread's destruction).
        thread, worker = self._thread, self._worker
        self.destroyed.connect(lambda *_: _end(thread, worker))

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def run(self, job: Job) -> bool:
        """Start `job` on the worker thread; False (and nothing started) while another job runs."""
        if self._busy or self._stopped:
            return False
        if not self._thread.isRunning():
            self._thread.start()  # only now: a dialog opened and closed unused starts no thread
        self._busy = True
        self._request.emit(job)
        return True

    def stop(self) -> None:
        """Stop a running job at its next chance and wait for the thread to end. A request in flight
        can take as long as the transport's timeout."""
        if self._stopped:
            return
        self._stopped = True
        _end(self._thread, self._worker)
        self._busy = False

    @Slot()
    def _on_started(self) -> None:
        if not self._stopped:
            self.started.emit()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if not self._stopped:
            self.progress.emit(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if self._stopped:
            return
        self._busy = False
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, code: str) -> None:
        if self._stopped:
            return
        self._busy = False
        self.failed.emit(code)


def _end(thread: QThread, worker: SyncWorker) -> None:
    worker.cancel()
    # At interpreter exit Python may have deleted the thread object first; then it was not running.
    if shiboken6.isValid(thread):
        thread.quit()
        thread.wait()


class SyncBackend(Protocol):
    """What the scheduler needs of SyncService (tests hand in a stand-in)."""

    def status(self) -> SyncStatus: ...

    def refresh(self) -> SyncStatus: ...

    def sync_now(self, progress: Progress | None = None) -> SyncReport: ...


class SyncScheduler(QObject):
    """Decides when to sync: a while after unlock, every few minutes, soon after a local change, at
    once on request; backing off while the server cannot be reached. While the team leader has not
    approved this laptop it only asks the server, now and then, whether that changed.

    `sync_started`/`progress`/`synced`/`sync_failed` concern syncs; `checked` follows a status check;
    `status_changed` follows anything after which the stored status may read differently.
    """

    sync_started = Signal()
    progress = Signal(int, int)
    synced = Signal(object)  # SyncReport
    sync_failed = Signal(str)
    checked = Signal()
    status_changed = Signal()

    FIRST_DELAY_MS = 3_000
    PERIOD_MS = 5 * 60_000
    CHANGE_DELAY_MS = 20_000
    PENDING_CHECK_MS = 3 * 60_000
    BACKOFF_MS = (30_000, 60_000, 120_000, 240_000, 480_000, 600_000)

    def __init__(
        self,
        service: SyncBackend,
        parent: QObject | None = None,
        *,
        first_delay_ms: int | None = None,
        period_ms: int | None = None,
        change_delay_ms: int | None = None,
        pending_check_ms: int | None = None,
        backoff_ms: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.first_delay_ms = self.FIRST_DELAY_MS if first_delay_ms is None else first_delay_ms
        self.period_ms = period_ms or self.PERIOD_MS
        self.change_delay_ms = self.CHANGE_DELAY_MS if change_delay_ms is None else change_delay_ms
        self.pending_check_ms = pending_check_ms or self.PENDING_CHECK_MS
        self.backoff_ms = backoff_ms or self.BACKOFF_MS
        self._background: Background | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._job = ""  # "sync" | "check" while the worker is busy
        self._failures = 0  # transient failures in a row, for the backoff
        self._changed_meanwhile = False
        self._syncs_started = 0

    # --- life cycle -----------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._background is not None

    @property
    def syncing(self) -> bool:
        return self._job == "sync"

    @property
    def syncs_started(self) -> int:
        return self._syncs_started

    @property
    def next_attempt_ms(self) -> int | None:
        """Milliseconds until the next planned attempt, None when none is planned."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def start(self) -> None:
        if self._background is not None:
            return
        background = Background(self)
        background.started.connect(self._started)
        background.progress.connect(self.progress)
        background.finished.connect(self._finished)
        background.failed.connect(self._failed)
        self._background = background
        self._plan(self.first_delay_ms)

    def stop(self) -> None:
        """Cancel what runs, wait for the worker thread to end; the service is not touched after."""
        self._timer.stop()
        background, self._background = self._background, None
        if background is not None:
            background.stop()
            background.deleteLater()
        self._job = ""
        self._failures = 0
        self._changed_meanwhile = False

    # --- what the window asks -------------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> bool:
        """Sync at once (the menu, a click); False when a sync or check already runs."""
        return self._run_sync()

    @Slot()
    def changes_made(self) -> None:
        """Something was saved locally: send it soon, but let a burst of saves settle first."""
        if self._background is None:
            return
        if self._job:
            self._changed_meanwhile = True
            return
        if self._failures:
            return  # the backoff decides; the change goes out with the next attempt
        self._plan(self.change_delay_ms, sooner_only=True)

    @Slot()
    def reconsider(self) -> None:
        """The device's standing changed here (joined, approved someone): look again soon."""
        if self._background is not None and not self._job:
            self._failures = 0
            self._plan(0)

    # --- the schedule ---------------------------------------------------------------------------------
    def _plan(self, delay_ms: int, sooner_only: bool = False) -> None:
        if self._background is None:
            return
        if sooner_only and self._timer.isActive() and self._timer.remainingTime() <= delay_ms:
            return
        self._timer.start(max(0, delay_ms))

    def _backoff(self) -> int:
        step = min(self._failures, len(self.backoff_ms)) - 1
        return self.backoff_ms[max(0, step)]

    @Slot()
    def _due(self) -> None:
        if self._background is None or self._job:
            return
        status = self.service.status()
        if not status.joined or status.device_status == DeviceStatus.REVOKED:
            return  # a join or the team leader's action changes this, and each calls reconsider()
        if status.can_sync:
            self._run_sync()
        else:
            self._run_check()

    def _run_sync(self) -> bool:
        background = self._background
        if background is None or self._job:
            return False
        service = self.service
        if not background.run(lambda progress: service.sync_now(progress)):
            return False
        self._timer.stop()
        self._job = "sync"
        self._changed_meanwhile = False
        self._syncs_started += 1
        return True

    def _run_check(self) -> bool:
        background = self._background
        if background is None or self._job:
            return False
        service = self.service
        if not background.run(lambda _progress: service.refresh()):
            return False
        self._timer.stop()
        self._job = "check"
        return True

    @Slot()
    def _started(self) -> None:
        if self._job == "sync":
            self.sync_started.emit()

    @Slot(object)
    def _finished(self, result: object) -> None:
        job, self._job = self._job, ""
        self._failures = 0
        if job == "sync":
            self.synced.emit(result)
            self._plan(self.change_delay_ms if self._changed_meanwhile else self.period_ms)
        else:
            self.checked.emit()
            # Approval noticed: the first sync follows right away.
            can_sync = isinstance(result, SyncStatus) and result.can_sync
            self._plan(0 if can_sync else self.pending_check_ms)
        self._changed_meanwhile = False
        self.status_changed.emit()

    @Slot(str)
    def _failed(self, code: str) -> None:
        job, self._job = self._job, ""
        if code == CANCELLED:
            return
        if code in TRANSIENT:
            self._failures += 1
            self._plan(self._backoff())
        elif code in HOPELESS:
            self._timer.stop()
        elif code == "device_pending":
            self._plan(self.pending_check_ms)
        else:
            self._failures = 0
            self._plan(self.period_ms)
        if job == "sync":
            self.sync_failed.emit(code)
        else:
            self.checked.emit()
        self._changed_meanwhile = False
        self.status_changed.emit()
