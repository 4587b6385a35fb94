"""The team leader's list of the team's laptops: approve a new one, withdraw one that was lost.

Approving gives a laptop the team key, so it is done only after the leader compared fingerprints: the
colleague reads the code on their screen aloud and the leader types it here. A code that does not
match is refused (SyncService.approve checks it) and the laptop stays waiting.

Every call goes to the server, so each runs on a worker thread; the list shows it is busy meanwhile.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.protocol import DeviceInfo, DeviceStatus
from caseworker_desktop.services.sync import SyncService
from caseworker_desktop.ui.form_support import ErrorLabel, mark_invalid, record_table, with_error
from caseworker_desktop.ui.sync_labels import device_status_label, role_label, sync_error_text
from caseworker_desktop.ui.sync_worker import Background, Job

FINGERPRINT_COLUMN = 4


def enrolled_text(value: str) -> str:
    """The server's ISO time (UTC) as the laptop's local day and time."""
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return value
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone().strftime("%d/%m/%Y %H:%M")


class ApproveDeviceDialog(QDialog):
    """Asks for the code the colleague reads out; approves only when it matches."""

    approved = Signal(object)  # DeviceInfo as the server now has it

    def __init__(self, service: SyncService, device: DeviceInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.device = device
        self.setWindowTitle(self.tr("Approve a laptop"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "Ask %1 to open Caseworker Desktop on “%2” and read out the code it shows. Type that "
                "code here. Approve only a laptop whose code you heard from your colleague."
            )
            .replace("%1", device.worker_name)
            .replace("%2", device.device_name)
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(40)
        box, self.error = with_error(self.code)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.buttons = QDialogButtonBox()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setDefault(True)
        self.buttons.addButton(self.approve_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.approve_button.clicked.connect(self.attempt)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Code read out by your colleague")))
        layout.addWidget(box)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._background = Background(self)
        self._background.finished.connect(self._approved)
        self._background.failed.connect(self._failed)
        self.code.setFocus()

    def attempt(self) -> None:
        if self._background.busy:
            return
        typed = self.code.text()
        if not typed.strip():
            self._show_error(self.tr("Type the code your colleague reads out."))
            return
        self._show_error("")
        service, device = self.service, self.device
        self._set_busy(True)
        self._background.run(lambda _progress: service.approve(device, typed))

    def _approved(self, device: DeviceInfo) -> None:
        self._set_busy(False)
        self.approved.emit(device)
        self.accept()

    def _failed(self, code: str) -> None:
        self._set_busy(False)
        self._show_error(sync_error_text(code))
        self.code.selectAll()
        self.code.setFocus()

    def _show_error(self, text: str) -> None:
        mark_invalid(self.code, bool(text))
        self.error.show_text(text)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.approve_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def done(self, result: int) -> None:
        self._background.stop()
        super().done(result)


class TeamDevicesDialog(QDialog):
    changed = Signal()  # a device was approved or withdrawn

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.devices: list[DeviceInfo] = []
        self.approve_dialog: ApproveDeviceDialog | None = None
        own = service.status()
        self._background = Background(self)
        self._background.finished.connect(self._done_job)
        self._background.failed.connect(self._failed_job)
        self._job = ""
        self._own_fingerprint = own.fingerprint
        self.setWindowTitle(self.tr("Team devices"))
        self.resize(900, 420)
        intro = QLabel(
            self.tr(
                "The laptops of team %1. A new laptop gets the team's cases only after you approve it; "
                "withdraw access at once when a laptop is lost or a colleague leaves."
            ).replace("%1", own.team)
        )
        intro.setWordWrap(True)
        self.table = record_table(
            [
                self.tr("Laptop"),
                self.tr("Person"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Fingerprint"),
                self.tr("Enrolled"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.approve_selected())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = ErrorLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()

        self.reload_button = QPushButton(self.tr("Refresh"))
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.revoke_button = QPushButton(self.tr("Withdraw access…"))
        self.reload_button.clicked.connect(self.reload)
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.reload_button, self.approve_button, self.revoke_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addLayout(row)

        self._mono = QFont(self.table.font())
        self._mono.setFamily("monospace")
        self._mono.setStyleHint(QFont.StyleHint.Monospace)
        self._update_buttons()
        self.reload()

    # --- the list -------------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.service
        self._start("list", lambda _progress: service.devices())

    def _fill(self, devices: tuple[DeviceInfo, ...]) -> None:
        selected = self.selected()
        # Waiting laptops first: that is why the leader opens this list.
        order = {DeviceStatus.PENDING: 0, DeviceStatus.APPROVED: 1, DeviceStatus.REVOKED: 2}
        self.devices = sorted(devices, key=lambda d: (order[d.status], d.worker_name, d.device_name))
        self.table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            name = device.device_name
            if device.fingerprint == self._own_fingerprint:
                name = self.tr("%1 (this laptop)").replace("%1", name)
            values = (
                name,
                device.worker_name,
                role_label(device.role),
                device_status_label(device.status),
                device.fingerprint,
                enrolled_text(device.enrolled_at),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == FINGERPRINT_COLUMN:
                    item.setFont(self._mono)
                if device.status == DeviceStatus.PENDING and column == 3:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if selected is not None and device.device_id == selected.device_id:
                self.table.selectRow(row)
        if self.selected() is None and self.devices:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> DeviceInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.devices):
            return None
        return self.devices[rows[0].row()]

    def row_of(self, device_id: str) -> int:
        return next(i for i, d in enumerate(self.devices) if d.device_id == device_id)

    def _update_buttons(self) -> None:
        device = self.selected()
        idle = not self._background.busy
        self.reload_button.setEnabled(idle)
        self.approve_button.setEnabled(idle and device is not None and device.status == DeviceStatus.PENDING)
        self.revoke_button.setEnabled(
            idle
            and device is not None
            and device.status != DeviceStatus.REVOKED
            and device.fingerprint != self._own_fingerprint
        )

    # --- approve and withdraw -------------------------------------------------------------------------
    def approve_selected(self) -> ApproveDeviceDialog | None:
        device = self.selected()
        if device is None or device.status != DeviceStatus.PENDING or self._background.busy:
            return None
        if self.approve_dialog is not None:
            self.approve_dialog.deleteLater()
        dialog = ApproveDeviceDialog(self.service, device, self)
        dialog.approved.connect(self._approved)
        self.approve_dialog = dialog
        dialog.open()
        return dialog

    def _approved(self, device: DeviceInfo) -> None:
        self.message.setText(
            self.tr("%1's laptop “%2” is approved: it receives the team's cases with its next sync.")
            .replace("%1", device.worker_name)
            .replace("%2", device.device_name)
        )
        self.changed.emit()
        self.reload()

    def confirm_revoke(self, device: DeviceInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw access"),
            self.tr(
                "Withdraw the access of “%1” (%2)? It can no longer send or receive the team's cases. "
                "What it already holds stays on it, encrypted."
            )
            .replace("%1", device.device_name)
            .replace("%2", device.worker_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None or self._background.busy or not self.confirm_revoke(device):
            return
        service = self.service
        self._start("revoke", lambda _progress: service.revoke(device.device_id))

    # --- the worker -----------------------------------------------------------------------------------
    def _start(self, job: str, call: Job) -> None:
        if self._background.busy:
            return
        self.error.show_text("")
        self._job = job
        self._background.run(call)
        self.busy.show()
        self._update_buttons()

    def _done_job(self, result: object) -> None:
        job, self._job = self._job, ""
        self.busy.hide()
        if job == "list" and isinstance(result, tuple):
            self._fill(result)
        elif job == "revoke" and isinstance(result, DeviceInfo):
            self.message.setText(
                self.tr("The access of “%1” was withdrawn.").replace("%1", result.device_name)
            )
            self.changed.emit()
            self.reload()
        self._update_buttons()

    def _failed_job(self, code: str) -> None:
        self._job = ""
        self.busy.hide()
        self.error.show_text(sync_error_text(code))
        self._update_buttons()

    def done(self, result: int) -> None:
        if self.approve_dialog is not None and self.approve_dialog.isVisible():
            self.approve_dialog.reject()
        self._background.stop()
        super().done(result)
