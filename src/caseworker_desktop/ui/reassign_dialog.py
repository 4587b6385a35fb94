"""Hand a case over to another counsellor: whom to, and why (the reason goes into the audit trail and
travels with the case to the team)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.team_figures import CaseFacts
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.ui.form_support import ErrorLabel, with_error
from caseworker_desktop.ui.team_labels import team_issue_text

REASON_MAX = 500


class ReassignDialog(QDialog):
    reassigned = Signal(str, str)  # case id, new counsellor id

    def __init__(
        self,
        team: TeamService,
        case: CaseFacts,
        client_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._team = team
        self._case = case
        self.setWindowTitle(self.tr("Reassign case %1").replace("%1", case.number))
        self.setMinimumWidth(480)
        current = case.counsellor
        what = case.number if not client_name else f"{case.number} · {client_name}"
        self.case_label = QLabel(what)
        self.current_label = QLabel(current.counsellor_name)
        self.counsellor = QComboBox()
        self.counsellor.addItem(self.tr("— choose a counsellor —"), None)
        for counsellor_id, name in team.counsellors():
            if counsellor_id != current.counsellor_id:
                self.counsellor.addItem(name, (counsellor_id, name))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. caseload balance, counsellor on long leave, tenant asked for someone else")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        counsellor_box, self.counsellor_error = with_error(self.counsellor)
        reason_box, self.reason_error = with_error(self.reason)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case_label)
        form.addRow(self.tr("Now with"), self.current_label)
        form.addRow(self.tr("Hand over to"), counsellor_box)
        form.addRow(self.tr("Reason"), reason_box)
        note = QLabel(
            self.tr(
                "The case belongs to the new counsellor from today; the figures of earlier days stay "
                "with the current one. The handover and its reason are recorded and shared with the team."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.error = ErrorLabel()
        if self.counsellor.count() == 1:
            # Colleagues become known through their cases, which arrive with a sync.
            self.error.show_text(
                self.tr(
                    "No other counsellor is known on this laptop yet. Colleagues appear here once their "
                    "cases have come in with a sync."
                )
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reassign"))
        self.ok_button = ok
        ok.setEnabled(self.counsellor.count() > 1)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def choose(self, counsellor_id: str) -> bool:
        for index in range(self.counsellor.count()):
            data = self.counsellor.itemData(index)
            if data and data[0] == counsellor_id:
                self.counsellor.setCurrentIndex(index)
                return True
        return False

    def attempt(self) -> bool:
        """Reassign; on a refusal the message shows here and everything typed stays."""
        for label in (self.error, self.counsellor_error, self.reason_error):
            label.show_text("")
        chosen = self.counsellor.currentData()
        reason = self.reason.toPlainText().strip()
        if chosen is None:
            self.counsellor_error.show_text(self.tr("Choose the counsellor who takes the case over."))
            return False
        if len(reason) > REASON_MAX:
            self.reason_error.show_text(
                self.tr("Keep the reason short (at most %1 characters).").replace("%1", str(REASON_MAX))
            )
            return False
        counsellor_id, name = chosen
        try:
            self._team.reassign(self._case.case_id, counsellor_id, name, reason)
        except RuleViolation as violation:
            target = self.reason_error if violation.issue.code == "reassign_needs_reason" else self.error
            target.show_text(team_issue_text(violation.issue))
            return False
        except ValidationFailed as failed:
            for key, issue in failed.issues.items():
                target = {"reason": self.reason_error, "counsellor_id": self.counsellor_error}.get(
                    key, self.error
                )
                target.show_text(team_issue_text(issue))
            return False
        self.reassigned.emit(self._case.case_id, counsellor_id)
        self.accept()
        return True
