"""One read at a time on its own thread, for the loaders that keep the window responsive.

Reads are numbered: starting a read or cancelling makes every older one stale, so its result is
dropped when it arrives; cancelling also waits for the thread, so the store can close after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread


class BackgroundRead(QObject):
    """What a loader shares: the read's number, its thread and worker, `busy` and `cancel`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread: QThread | None = None
        self._worker: QObject | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _next_generation(self) -> int:
        """Cancel any running read and number the next one."""
        self.cancel()
        self._generation += 1
        return self._generation

    def _thread_for(self, worker: QObject, run: Callable[[], None]) -> QThread:
        """A thread that calls `run` on `worker` once started; the caller connects the worker's signals
        (and when the thread quits) and then starts it."""
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(run)
        self._thread, self._worker = thread, worker
        return thread

    def cancel(self) -> None:
        """Make any running read stale and wait for its thread (before the store closes)."""
        self._generation += 1
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10_000)
        self._thread = self._worker = None
