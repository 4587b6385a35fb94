"""The case's status and its history, on top of the referral form.

Moving a case forward happens where the step's facts are recorded (the decision to start, the plan,
the closure); here the counsellor sees where the case stands and can start a new episode on relapse.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseworker_desktop.domain.status import REOPENABLE
from caseworker_desktop.services.referrals import CaseDetail
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.labels import closing_reason_label, status_label


class StatusPanel(QGroupBox):
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Case"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")
        self.reopen_button = QPushButton(self.tr("Start new episode (relapse)"))
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.history)

    def show_case(self, detail: CaseDetail) -> None:
        text = (
            self.tr("Case %1 · status: %2 · counsellor: %3")
            .replace("%1", detail.number)
            .replace("%2", status_label(detail.status))
            .replace("%3", detail.counsellor)
        )
        if detail.previous_case_number:
            text += " · " + self.tr("new episode after case %1").replace("%1", detail.previous_case_number)
        self.summary.setText(text)
        self.reopen_button.setVisible(detail.status in REOPENABLE)
        self.error.show_text("")
        lines = []
        for event in detail.history:
            line = f"{event.at.strftime('%d/%m/%Y')}: {status_label(event.to_status)}"
            if event.reason:
                line += f" ({closing_reason_label(event.reason)})"
            lines.append(line)
        self.history.setText("  →  ".join(lines))
