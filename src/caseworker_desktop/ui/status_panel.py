"""The case's status with the steps the state machine allows from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.status import REOPENABLE, CaseStatus, ClosingReason
from caseworker_desktop.services.referrals import CaseDetail
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.labels import closing_reason_label, status_action_label, status_label


class StatusPanel(QGroupBox):
    transition_requested = Signal(object, object, str)  # target, reason or None, motivation
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Case"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")
        self._buttons = QHBoxLayout()
        self.error = ErrorLabel()

        self.close_box = QWidget()
        close_form = QFormLayout(self.close_box)
        self.reason = QComboBox()
        for reason in ClosingReason:
            self.reason.addItem(closing_reason_label(reason), reason.value)
        self.motivation = QPlainTextEdit()
        self.motivation.setMaximumHeight(70)
        self.confirm_close_button = QPushButton(self.tr("Close the case"))
        self.confirm_close_button.clicked.connect(self._confirm_close)
        close_form.addRow(self.tr("Reason"), self.reason)
        close_form.addRow(self.tr("Motivation"), self.motivation)
        close_form.addRow("", self.confirm_close_button)
        self.close_box.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons)
        layout.addWidget(self.close_box)
        layout.addWidget(self.error)
        layout.addWidget(self.history)
        self.action_buttons: dict[str, QPushButton] = {}

    def show_case(self, detail: CaseDetail) -> None:
        text = self.tr("Case %1 · status: %2 · counsellor: %3")
        text = (
            text.replace("%1", detail.number)
            .replace("%2", status_label(detail.status))
            .replace("%3", detail.counsellor)
        )
        if detail.previous_case_number:
            text += " · " + self.tr("new episode after case %1").replace("%1", detail.previous_case_number)
        self.summary.setText(text)
        while self._buttons.count():
            item = self._buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.action_buttons = {}
        for target in CaseStatus:
            if target in detail.allowed_next:
                button = QPushButton(status_action_label(target))
                button.clicked.connect(lambda _=False, t=target: self._request(t))
                self._buttons.addWidget(button)
                self.action_buttons[target.value] = button
        if detail.status in REOPENABLE:
            button = QPushButton(self.tr("Start new episode (relapse)"))
            button.clicked.connect(self.reopen_requested)
            self._buttons.addWidget(button)
            self.action_buttons["reopen"] = button
        self._buttons.addStretch(1)
        self.close_box.hide()
        self.error.show_text("")
        lines = []
        for event in detail.history:
            line = f"{event.at.strftime('%d/%m/%Y')}: {status_label(event.to_status)}"
            if event.reason:
                line += f" ({closing_reason_label(event.reason)})"
            lines.append(line)
        self.history.setText("  →  ".join(lines))

    def _request(self, target: CaseStatus) -> None:
        if target == CaseStatus.CLOSED:
            self.close_box.show()
            return
        self.transition_requested.emit(target, None, "")

    def _confirm_close(self) -> None:
        reason = ClosingReason(self.reason.currentData())
        self.transition_requested.emit(CaseStatus.CLOSED, reason, self.motivation.toPlainText())
