"""The sync line in the status bar: a coloured dot and one sentence that says how things stand.

It only repeats what the store says (SyncService.status()) and what the scheduler is doing right now,
so it cannot claim a sync that did not happen. It re-reads after every sync event and once a minute,
because "at 14:05" becomes "yesterday at 14:05" without anything happening.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from caseworker_desktop.protocol import DeviceStatus
from caseworker_desktop.services.sync import SyncStatus
from caseworker_desktop.ui.sync_labels import device_status_label, role_label, sync_error_text
from caseworker_desktop.ui.sync_worker import SyncBackend, SyncScheduler

translate = QCoreApplication.translate

GREY = "#8a8a8a"
AMBER = "#c77700"
BLUE = "#1d5c8c"
GREEN = "#2e7d32"
RED = "#b3261e"

REFRESH_MS = 60_000


def number_text(value: int) -> str:
    # Belgian grouping in both languages, as the amounts elsewhere in the app.
    return f"{value:,}".replace(",", ".")


def _local(value: datetime) -> datetime:
    """The store keeps naive UTC; people read the laptop's local time."""
    return value.replace(tzinfo=UTC).astimezone()


def moment_text(at: datetime, now: datetime) -> str:
    """'at 14:05', 'yesterday at 16:40' or 'on 21/11/2026 at 16:40' (both arguments naive UTC)."""
    local, today = _local(at), _local(now).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return translate("SyncStatus", "at %1").replace("%1", clock)
    if local.date() == today - timedelta(days=1):
        return translate("SyncStatus", "yesterday at %1").replace("%1", clock)
    return (
        translate("SyncStatus", "on %1 at %2").replace("%1", local.strftime("%d/%m/%Y")).replace("%2", clock)
    )


def changes_text(count: int, held_back: int = 0) -> str:
    """How many records wait to be sent, and how many of them wait for the team consent: those a
    sync keeps back on purpose, which a counsellor should not take for a sync that fails."""
    if held_back >= count > 0:
        if count == 1:
            return translate("SyncStatus", "1 change waiting for the team consent")
        return translate("SyncStatus", "%1 changes waiting for the team consent").replace(
            "%1", number_text(count)
        )
    if held_back > 0:
        return (
            translate("SyncStatus", "%1 changes waiting, %2 for the team consent")
            .replace("%1", number_text(count))
            .replace("%2", number_text(held_back))
        )
    if count == 1:
        return translate("SyncStatus", "1 change waiting")
    return translate("SyncStatus", "%1 changes waiting").replace("%1", number_text(count))


def conflicts_text(count: int) -> str:
    if count == 1:
        return translate("SyncStatus", "1 conflict to resolve")
    return translate("SyncStatus", "%1 conflicts to resolve").replace("%1", number_text(count))


def _last_synced(status: SyncStatus, now: datetime) -> str:
    if status.last_success is None:
        return translate("SyncStatus", "not synced yet")
    return translate("SyncStatus", "last synced %1").replace("%1", moment_text(status.last_success, now))


def _revoked(status: SyncStatus) -> bool:
    return status.device_status == DeviceStatus.REVOKED or status.last_error == "device_revoked"


def status_text(
    status: SyncStatus, now: datetime, syncing: bool = False, progress: tuple[int, int] | None = None
) -> tuple[str, str]:
    """The sentence and the dot's colour."""
    if not status.joined:
        return translate("SyncStatus", "Not joined to a team"), GREY
    if _revoked(status):
        return translate("SyncStatus", "Access to the team withdrawn · ask your team leader"), RED
    parts: list[str] = []
    colour = GREEN
    if syncing:
        colour = BLUE
        if progress is not None and progress[1] > 0:
            parts.append(
                translate("SyncStatus", "Syncing… %1 of %2")
                .replace("%1", number_text(progress[0]))
                .replace("%2", number_text(progress[1]))
            )
        else:
            parts.append(translate("SyncStatus", "Syncing…"))
    elif status.device_status == DeviceStatus.PENDING:
        colour = AMBER
        parts.append(
            translate("SyncStatus", "Waiting for the team leader's approval (fingerprint %1)").replace(
                "%1", status.fingerprint
            )
        )
        if status.offline:
            parts.append(translate("SyncStatus", "offline"))
        return " · ".join(parts), colour
    elif not status.has_team_key:
        colour = AMBER
        parts.append(translate("SyncStatus", "Approved · the first sync follows shortly"))
    elif status.offline:
        colour = AMBER
        parts.append(translate("SyncStatus", "Offline — %1").replace("%1", _last_synced(status, now)))
    elif status.last_error:
        colour = RED
        parts.append(
            translate("SyncStatus", "Sync failed: %1").replace("%1", sync_error_text(status.last_error))
        )
        parts.append(_last_synced(status, now))
    elif status.last_success is not None:
        parts.append(
            translate("SyncStatus", "Synced %1").replace("%1", moment_text(status.last_success, now))
        )
    else:
        colour = GREY
        parts.append(translate("SyncStatus", "Not synced yet"))
    if status.pending and not syncing:
        parts.append(changes_text(status.pending, status.held_back))
    if status.conflicts:
        parts.insert(0, conflicts_text(status.conflicts))
        if colour in (GREEN, GREY):
            colour = AMBER
    return " · ".join(parts), colour


def tooltip_text(status: SyncStatus, now: datetime) -> str:
    if not status.joined:
        lines = [
            translate(
                "SyncStatus",
                "This laptop works on its own. Choose Sync › Join a team… to share cases with your team.",
            )
        ]
    else:
        lines = [
            translate("SyncStatus", "Team: %1").replace(
                "%1", f"{status.team} ({status.organisation})" if status.organisation else status.team
            ),
            translate("SyncStatus", "Server: %1").replace("%1", status.server),
            translate("SyncStatus", "Your role: %1").replace("%1", role_label(status.role)),
            translate("SyncStatus", "This laptop: %1").replace(
                "%1", device_status_label(status.device_status)
            ),
            translate("SyncStatus", "Fingerprint: %1").replace("%1", status.fingerprint),
            translate("SyncStatus", "Last successful sync: %1").replace(
                "%1",
                moment_text(status.last_success, now)
                if status.last_success
                else translate("SyncStatus", "never"),
            ),
        ]
        if status.last_attempt is not None and status.last_error:
            lines.append(
                translate("SyncStatus", "Last attempt %1: %2")
                .replace("%1", moment_text(status.last_attempt, now))
                .replace("%2", sync_error_text(status.last_error))
            )
        lines.append(changes_text(status.pending, status.held_back))
        if status.pending:
            lines.append(
                translate(
                    "SyncStatus",
                    "A case's changes are shared only once the tenant was told about sharing with the team "
                    "(the team consent).",
                )
            )
        if status.conflicts:
            lines.append(
                conflicts_text(status.conflicts) + " " + translate("SyncStatus", "(click to see them)")
            )
    return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"


class SyncStatusWidget(QWidget):
    conflicts_requested = Signal()
    status_read = Signal(object)  # SyncStatus, each time the widget has read it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dot = QLabel()
        self.dot.setFixedSize(10, 10)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignVCenter)
        self._service: SyncBackend | None = None
        self._clock: Callable[[], datetime] = lambda: datetime.now(UTC).replace(tzinfo=None)
        self._scheduler: SyncScheduler | None = None
        self._progress: tuple[int, int] | None = None
        self.status: SyncStatus | None = None
        self.colour = GREY
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def attach(
        self, service: SyncBackend, clock: Callable[[], datetime], scheduler: SyncScheduler | None = None
    ) -> None:
        self.detach()
        self._service, self._clock, self._scheduler = service, clock, scheduler
        if scheduler is not None:
            scheduler.sync_started.connect(self._sync_started)
            scheduler.progress.connect(self._sync_progress)
            scheduler.status_changed.connect(self.refresh)
        self._timer.start()
        self.show()
        self.refresh()

    def detach(self) -> None:
        """Forget the workspace (at lock): nothing is read from it any more."""
        self._timer.stop()
        if self._scheduler is not None:
            for signal, slot in (
                (self._scheduler.sync_started, self._sync_started),
                (self._scheduler.progress, self._sync_progress),
                (self._scheduler.status_changed, self.refresh),
            ):
                signal.disconnect(slot)
        self._service = self._scheduler = None
        self.status = None
        self._progress = None
        self.text.clear()
        self.setToolTip("")
        self.hide()

    @property
    def clickable(self) -> bool:
        return self.status is not None and self.status.conflicts > 0

    @Slot()
    def refresh(self) -> None:
        if self._service is None:
            return
        self.status = self._service.status()
        syncing = self._scheduler is not None and self._scheduler.syncing
        if not syncing:
            self._progress = None
        now = self._clock()
        text, colour = status_text(self.status, now, syncing, self._progress)
        self.text.setText(text)
        self.colour = colour
        self.dot.setStyleSheet(f"background-color: {colour}; border-radius: 5px;")
        self.setToolTip(tooltip_text(self.status, now))
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor if self.clickable else Qt.CursorShape.ArrowCursor)
        self.status_read.emit(self.status)

    @Slot()
    def _sync_started(self) -> None:
        self._progress = None
        self.refresh()

    @Slot(int, int)
    def _sync_progress(self, done: int, total: int) -> None:
        self._progress = (done, total)
        self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.conflicts_requested.emit()
            event.accept()
            return
        super().mousePressEvent(event)
