"""Joining a team: the server address, the one-time enrolment code, a name for this laptop.

The enrolment runs on a worker thread (a server that does not answer must not freeze the window).
Afterwards the dialog shows this laptop's fingerprint in large type: the team leader compares it with
what their own screen shows before giving this laptop the team key, so a stranger's laptop that got
hold of the code cannot slip in.
"""

from __future__ import annotations

import socket

import httpx
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.protocol import DeviceStatus
from caseworker_desktop.services.sync import SyncService, SyncStatus
from caseworker_desktop.sync.transport import allowed_address
from caseworker_desktop.ui.form_support import ErrorLabel, mark_invalid, with_error
from caseworker_desktop.ui.sync_labels import role_label, sync_error_text
from caseworker_desktop.ui.sync_worker import Background

# Which field a failure is about; anything else is shown under the whole form.
_SERVER_CODES = frozenset(
    {"sync_address_not_allowed", "offline", "timeout", "server_error", "bad_response", "protocol_version"}
)
_CODE_CODES = frozenset({"enrolment_code_invalid", "malformed"})
MIN_CODE_CHARACTERS = 8  # what the protocol accepts at all; the server decides the rest


def default_device_name() -> str:
    try:
        return socket.gethostname().split(".")[0][:100]
    except OSError:
        return ""


def normalised_address(text: str) -> str:
    """People type 'sync.organisation.be'; the server only speaks HTTPS, so that is what they mean."""
    text = text.strip().rstrip("/")
    if text and "://" not in text:
        text = "https://" + text
    return text


def address_allowed(text: str) -> bool:
    try:
        return allowed_address(text)
    except (httpx.InvalidURL, ValueError):
        return False


class JoinTeamDialog(QDialog):
    joined = Signal(object)  # SyncStatus

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.result_status: SyncStatus | None = None
        self.setWindowTitle(self.tr("Join a team"))
        self.setMinimumWidth(580)

        intro = QLabel(
            self.tr(
                "Your team leader gives you the server address and a one-time enrolment code. After "
                "joining, the team leader approves this laptop; only then are cases shared."
            )
        )
        intro.setWordWrap(True)
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sync.example.be")
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(64)
        code_hint = QLabel(self.tr("Four groups of four letters or digits."))
        code_hint.setWordWrap(True)
        code_hint.setStyleSheet("color: #555;")
        self.device_name = QLineEdit(default_device_name())
        self.device_name.setMaxLength(100)
        device_hint = QLabel(self.tr("How this laptop appears in the team leader's list."))
        device_hint.setWordWrap(True)
        device_hint.setStyleSheet("color: #555;")

        self.errors: dict[str, ErrorLabel] = {}
        self._fields = {"server": self.server, "code": self.code, "device_name": self.device_name}
        form = QFormLayout()
        for key, label, field, hint in (
            ("server", self.tr("Server address"), self.server, None),
            ("code", self.tr("Enrolment code"), self.code, code_hint),
            ("device_name", self.tr("Name of this laptop"), self.device_name, device_hint),
        ):
            shown: QWidget = field
            if hint is not None:
                shown = QWidget()
                column = QVBoxLayout(shown)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(field)
                column.addWidget(hint)
            box, error = with_error(shown)
            self.errors[key] = error
            form.addRow(label, box)
        self.form_error = ErrorLabel()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: the bar just moves
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy_text = QLabel(self.tr("Contacting the team server…"))
        for widget in (self.busy, self.busy_text):
            widget.hide()

        ask_page = QWidget()
        ask = QVBoxLayout(ask_page)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.addWidget(intro)
        ask.addLayout(form)
        ask.addWidget(self.form_error)
        ask.addWidget(self.busy_text)
        ask.addWidget(self.busy)
        ask.addStretch(1)

        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.fingerprint = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(26)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("padding: 12px; border: 1px solid #c8c8c8; border-radius: 4px;")
        self.read_out = QLabel(
            self.tr(
                "Read this code to your team leader: they must see the same code before approving this "
                "laptop."
            )
        )
        self.read_out.setWordWrap(True)
        done_page = QWidget()
        done = QVBoxLayout(done_page)
        done.setContentsMargins(0, 0, 0, 0)
        done.addWidget(self.done_text)
        done.addWidget(self.fingerprint)
        done.addWidget(self.read_out)
        done.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(ask_page)
        self.pages.addWidget(done_page)

        self.buttons = QDialogButtonBox()
        self.join_button = QPushButton(self.tr("Join"))
        self.join_button.setDefault(True)
        self.buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.join_button.clicked.connect(self.attempt)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)

        self._outer = QVBoxLayout(self)
        self._outer.addWidget(self.pages)
        self._outer.addWidget(self.buttons)

        self._background = Background(self)
        self._background.finished.connect(self._joined)
        self._background.failed.connect(self._failed)
        self.server.setFocus()

    # --- joining --------------------------------------------------------------------------------------
    def attempt(self) -> None:
        if self._background.busy:
            return
        self._clear_errors()
        server = normalised_address(self.server.text())
        if server != self.server.text():
            self.server.setText(server)
        code = self.code.text().strip()
        problems: dict[str, str] = {}
        if not server:
            problems["server"] = self.tr("Type the server address your team leader gave you.")
        elif not address_allowed(server):
            problems["server"] = sync_error_text("sync_address_not_allowed")
        if sum(ch.isalnum() for ch in code) < MIN_CODE_CHARACTERS:
            problems["code"] = self.tr(
                "Type the enrolment code your team leader gave you (XXXX-XXXX-XXXX-XXXX)."
            )
        if problems:
            for key, text in problems.items():
                self._show_error(key, text)
            self._fields[next(iter(problems))].setFocus()
            self._grow()
            return
        name = self.device_name.text().strip() or default_device_name()
        service = self.service
        self._set_busy(True)
        self._background.run(lambda _progress: service.join(server, code, name))

    def _joined(self, status: SyncStatus) -> None:
        self._set_busy(False)
        self.result_status = status
        team = f"{status.team} ({status.organisation})" if status.organisation else status.team
        if status.device_status == DeviceStatus.APPROVED:
            self.done_text.setText(
                self.tr("This laptop joined team %1 as %2 and is approved: the first sync starts shortly.")
                .replace("%1", team)
                .replace("%2", role_label(status.role).lower())
            )
            # Nobody needs to compare it: the server trusted this first leader laptop at once.
            self.fingerprint.hide()
            self.read_out.hide()
        else:
            self.done_text.setText(
                self.tr("This laptop joined team %1 as %2. Its fingerprint is:")
                .replace("%1", team)
                .replace("%2", role_label(status.role).lower())
            )
        self.fingerprint.setText(status.fingerprint)
        self.pages.setCurrentIndex(1)
        self.join_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.joined.emit(status)

    def _failed(self, code: str) -> None:
        self._set_busy(False)
        if code in _SERVER_CODES:
            self._show_error("server", sync_error_text(code))
        elif code in _CODE_CODES:
            self._show_error("code", sync_error_text(code))
        else:
            self.form_error.show_text(sync_error_text(code))
        self._grow()

    # --- helpers --------------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for widget in (*self._fields.values(), self.join_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        self._grow()

    def _grow(self) -> None:
        # Wrapped error lines need height the dialog's first size did not have; never shrink what the
        # user made larger.
        layout = self._outer
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_error(self, key: str, text: str) -> None:
        mark_invalid(self._fields[key], True)
        self.errors[key].show_text(text)

    def _clear_errors(self) -> None:
        for key, field in self._fields.items():
            mark_invalid(field, False)
            self.errors[key].show_text("")
        self.form_error.show_text("")

    def done(self, result: int) -> None:
        # Waits for an enrolment still in flight: its answer is written to the store, which closes at lock.
        self._background.stop()
        super().done(result)
