"""Loads the whole caseload off the GUI thread and reports back by a signal.

With tens of thousands of cases the full read and its search index take about a second; the window
shows the first page at once and swaps in the complete list when this worker is done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from caseworker_desktop.services.caseload import CaseloadIndex, CaseloadService


class _Worker(QObject):
    done = Signal(object, int)  # CaseloadIndex, generation
    failed = Signal(int)

    def __init__(self, service: CaseloadService, generation: int) -> None:
        super().__init__()
        self._service = service
        self._generation = generation

    def run(self) -> None:
        try:
            index = CaseloadIndex(self._service.rows())
        except Exception:
            self.failed.emit(self._generation)
            return
        self.done.emit(index, self._generation)


class CaseloadLoader(QObject):
    """Starts at most one load at a time; a newer request makes older results stale."""

    loaded = Signal(object)  # CaseloadIndex

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self, service: CaseloadService) -> None:
        self.cancel()
        self._generation += 1
        thread = QThread()
        worker = _Worker(service, self._generation)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(self._deliver)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        self._thread, self._worker = thread, worker
        thread.start()

    def _deliver(self, index: CaseloadIndex, generation: int) -> None:
        if generation == self._generation:
            self.loaded.emit(index)

    def cancel(self) -> None:
        """Make any running load stale and wait for its thread (before the store closes)."""
        self._generation += 1
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10_000)
        self._thread = self._worker = None
