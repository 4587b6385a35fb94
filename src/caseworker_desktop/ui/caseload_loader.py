"""Loads the whole caseload off the GUI thread and reports back by a signal.

With tens of thousands of cases the full read and its search index take about a second; the window
shows the first page at once and swaps in the complete list when this worker is done.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from caseworker_desktop.services.caseload import CaseloadIndex, CaseloadService
from caseworker_desktop.ui.background_read import BackgroundRead


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


class CaseloadLoader(BackgroundRead):
    """Starts at most one load at a time; a newer request makes older results stale."""

    loaded = Signal(object)  # CaseloadIndex

    def start(self, service: CaseloadService) -> None:
        worker = _Worker(service, self._next_generation())
        thread = self._thread_for(worker, worker.run)
        worker.done.connect(self._deliver)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.start()

    def _deliver(self, index: CaseloadIndex, generation: int) -> None:
        if generation == self._generation:
            self.loaded.emit(index)
