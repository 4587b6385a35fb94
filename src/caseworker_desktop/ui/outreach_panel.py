"""Outreach and the decision to start: the attempts to reach the tenant, the tenant's attitude to
help, and starting (the tenant agrees) or deciding not to start (with a written motivation).

Errors appear at their field; nothing typed is cleared when something is refused.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.engagement import Attitude, OutreachChannel, OutreachInput, OutreachResult
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.engagement import EngagementState, OutreachAttemptView
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import date_edit, day_text, to_date, to_qdate
from caseworker_desktop.ui.engagement_labels import attitude_label, channel_label, result_label
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, record_table
from caseworker_desktop.ui.labels import status_label

OK_STYLE = "color: #2e7d32;"
COMBO_WIDTH = 420


def left_aligned(button: QPushButton) -> QWidget:
    """A button at its natural width in a form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(button)
    layout.addStretch(1)
    return row


def _enum_value(raw: object, allowed: dict[str, Any]) -> str | None:
    return raw if isinstance(raw, str) and raw in allowed else None


class OutreachPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._attempts: list[OutreachAttemptView] = []
        self._state: EngagementState | None = None
        self._loading = False
        self._build()
        self.reload()
        if self._state is not None and self._state.tenant_agreement_on is None:
            # The landlord's referral is its mandate: the referral date is the usual answer.
            self._loading = True
            self.mandate_on.setDate(to_qdate(self._state.referral_date))
            self._loading = False
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        today = self._workspace.today()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(OK_STYLE)

        # Attempts: the list, then the form to add one.
        attempts = QGroupBox(self.tr("Attempts to reach the tenant"))
        attempts_layout = QVBoxLayout(attempts)
        self.table = record_table([self.tr("Date"), self.tr("Way"), self.tr("Result"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(220)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        attempts_layout.addWidget(self.table)
        self.remove_button = QPushButton(self.tr("Remove selected attempt"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        attempts_layout.addLayout(remove_row)

        add_form = QFormLayout()
        self.attempt_on = date_edit(today, 170)
        self.attempt_on.dateChanged.connect(self._mark_dirty)
        self._add(add_form, "on", self.tr("Date of the attempt"), self.attempt_on)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("— choose —"), None)
        for channel in OutreachChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.channel.activated.connect(self._mark_dirty)
        self._add(add_form, "channel", self.tr("Way"), self.channel)
        self.result = QComboBox()
        self.result.addItem(self.tr("— choose —"), None)
        for result in OutreachResult:
            self.result.addItem(result_label(result), result.value)
        self.result.activated.connect(self._mark_dirty)
        self._add(add_form, "result", self.tr("Result"), self.result)
        self.note = self._line(add_form, "note", self.tr("Note"))
        self.note.setPlaceholderText(self.tr("optional, e.g. postcard left in the letter box"))
        self.add_button = QPushButton(self.tr("Add attempt"))
        self.add_button.clicked.connect(self.add_attempt)
        self.note.returnPressed.connect(self.add_attempt)
        add_form.addRow("", left_aligned(self.add_button))
        attempts_layout.addLayout(add_form)

        # Attitude to help.
        attitude = QGroupBox(self.tr("The tenant's attitude to help"))
        attitude_form = QFormLayout(attitude)
        self.attitude = QComboBox()
        self.attitude.addItem(self.tr("— not known yet —"), None)
        for value in Attitude:
            self.attitude.addItem(attitude_label(value), value.value)
        self.attitude.activated.connect(self.save_attitude)
        self.attitude_note = QLabel()
        self.attitude_note.setStyleSheet(OK_STYLE)
        attitude_row = QWidget()
        row = QHBoxLayout(attitude_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attitude, 1)
        row.addWidget(self.attitude_note)
        attitude_form.addRow(self.tr("Attitude"), attitude_row)

        # The decision to start.
        decision = QGroupBox(self.tr("The decision to start"))
        decision_layout = QVBoxLayout(decision)
        self.decision_state = QLabel()
        self.decision_state.setWordWrap(True)
        decision_layout.addWidget(self.decision_state)
        self.decision_error = ErrorLabel()
        decision_layout.addWidget(self.decision_error)

        self.start_outreach_button = QPushButton(self.tr("Start outreach"))
        self.start_outreach_button.clicked.connect(self.start_outreach)
        self.outreach_row = QWidget()
        outreach_row = QHBoxLayout(self.outreach_row)
        outreach_row.setContentsMargins(0, 0, 0, 0)
        outreach_row.addWidget(self.start_outreach_button)
        outreach_row.addWidget(
            QLabel(self.tr("The tenant has not been reached yet: log every attempt in the list."))
        )
        outreach_row.addStretch(1)
        decision_layout.addWidget(self.outreach_row)

        start_form = QFormLayout()
        mandate_row = QWidget()
        mandate_layout = QHBoxLayout(mandate_row)
        mandate_layout.setContentsMargins(0, 0, 0, 0)
        self.has_mandate = QCheckBox(self.tr("Given on"))
        self.has_mandate.setChecked(True)
        self.mandate_on = date_edit(today, 170)
        self.has_mandate.toggled.connect(self.mandate_on.setEnabled)
        self.has_mandate.toggled.connect(self._mark_dirty)
        self.mandate_on.dateChanged.connect(self._mark_dirty)
        mandate_layout.addWidget(self.has_mandate)
        mandate_layout.addWidget(self.mandate_on)
        mandate_layout.addStretch(1)
        self._add(
            start_form,
            "landlord_mandate_on",
            self.tr("Landlord's mandate (its referral)"),
            mandate_row,
            self.mandate_on,
        )
        self.agreement_on = date_edit(today, 170)
        self.agreement_on.dateChanged.connect(self._mark_dirty)
        self._add(start_form, "tenant_agreement_on", self.tr("Tenant agreed on"), self.agreement_on)
        self.start_button = QPushButton(self.tr("Tenant agrees: start intake"))
        self.start_button.clicked.connect(self.record_start)
        start_form.addRow("", left_aligned(self.start_button))
        decision_layout.addLayout(start_form)

        self.not_start_button = QPushButton(self.tr("Decide not to start…"))
        self.not_start_button.clicked.connect(self.show_not_start)
        not_start_row = QHBoxLayout()
        not_start_row.addWidget(self.not_start_button)
        not_start_row.addStretch(1)
        decision_layout.addLayout(not_start_row)

        self.not_start_box = QWidget()
        not_start_form = QFormLayout(self.not_start_box)
        not_start_form.setContentsMargins(0, 0, 0, 0)
        self.motivation = QPlainTextEdit()
        self.motivation.setMaximumHeight(80)
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlaceholderText(self.tr("Why support does not start (required)"))
        self.motivation.textChanged.connect(self._mark_dirty)
        self._add(not_start_form, "motivation", self.tr("Motivation"), self.motivation)
        self.not_start_on = date_edit(today, 170)
        self.not_start_on.dateChanged.connect(self._mark_dirty)
        self._add(not_start_form, "not_start_on", self.tr("Decided on"), self.not_start_on)
        confirm_row = QWidget()
        confirm_layout = QHBoxLayout(confirm_row)
        confirm_layout.setContentsMargins(0, 0, 0, 0)
        self.confirm_not_start_button = QPushButton(self.tr("Close the case: not started"))
        self.confirm_not_start_button.clicked.connect(self.decide_not_to_start)
        self.cancel_not_start_button = QPushButton(self.tr("Cancel"))
        self.cancel_not_start_button.clicked.connect(self.not_start_box.hide)
        confirm_layout.addWidget(self.confirm_not_start_button)
        confirm_layout.addWidget(self.cancel_not_start_button)
        confirm_layout.addStretch(1)
        not_start_form.addRow("", confirm_row)
        self.not_start_box.hide()
        decision_layout.addWidget(self.not_start_box)

        for combo in (self.channel, self.result, self.attitude):
            combo.setMaximumWidth(COMBO_WIDTH)

        # Two columns: what happened (the attempts), then what to decide (attitude and start).
        left = QVBoxLayout()
        left.addWidget(attempts)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(attitude)
        right.addWidget(decision)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.summary)
        body_layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(8, 0, 8, 4)
        bottom.addWidget(self.saved_note, 1)
        layout.addLayout(bottom)

    # --- the case panel interface --------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Outreach and start")

    def reload(self) -> None:
        """Read the attempts and the decision again; what is typed in the forms stays."""
        self._attempts = self._workspace.engagement.outreach(self.case_id)
        self._state = self._workspace.engagement.state(self.case_id)
        self._loading = True
        try:
            self._fill_table()
            self._show_state()
        finally:
            self._loading = False

    def _mark_dirty(self, *_: Any) -> None:
        if not self._loading:
            super()._mark_dirty()

    def _has_typing(self) -> bool:
        return bool(
            self.note.text().strip()
            or self.channel.currentData()
            or self.result.currentData()
            or self.motivation.toPlainText().strip()
        )

    def draft(self) -> dict[str, Any]:
        return {
            "attempt_on": to_date(self.attempt_on.date()).isoformat(),
            "channel": self.channel.currentData(),
            "result": self.result.currentData(),
            "note": self.note.text(),
            "has_mandate": self.has_mandate.isChecked(),
            "mandate_on": to_date(self.mandate_on.date()).isoformat(),
            "agreement_on": to_date(self.agreement_on.date()).isoformat(),
            "motivation": self.motivation.toPlainText(),
            "not_start_on": to_date(self.not_start_on.date()).isoformat(),
            "not_start_open": not self.not_start_box.isHidden(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        for key, edit in (
            ("attempt_on", self.attempt_on),
            ("mandate_on", self.mandate_on),
            ("agreement_on", self.agreement_on),
            ("not_start_on", self.not_start_on),
        ):
            raw = payload.get(key)
            if isinstance(raw, str):
                with contextlib.suppress(ValueError):
                    edit.setDate(to_qdate(date.fromisoformat(raw)))
        for key, combo, allowed in (
            ("channel", self.channel, OutreachChannel._value2member_map_),
            ("result", self.result, OutreachResult._value2member_map_),
        ):
            value = _enum_value(payload.get(key), allowed)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        self.note.setText(str(payload.get("note", "")))
        self.has_mandate.setChecked(bool(payload.get("has_mandate", True)))
        self.motivation.setPlainText(str(payload.get("motivation", "")))
        self.not_start_box.setVisible(bool(payload.get("not_start_open")))
        self.dirty = True
        self.saved_note.setText(self.tr("Restored what you were typing before the lock. Not saved yet."))

    # --- showing --------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._attempts))
        for row, attempt in enumerate(self._attempts):
            cells = (
                day_text(attempt.on),
                channel_label(attempt.channel),
                result_label(attempt.result),
                attempt.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, attempt.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._selection_changed()

    def _show_state(self) -> None:
        state = self._state
        assert state is not None
        span = state.outreach
        if span.attempts == 0:
            attempts_text = self.tr("no attempts to reach the tenant yet")
        elif span.attempts == 1:
            attempts_text = self.tr("1 attempt to reach the tenant, on %1").replace(
                "%1", day_text(span.first_on)
            )
        else:
            attempts_text = (
                self.tr("%1 attempts over %2 days (%3 – %4)")
                .replace("%1", str(span.attempts))
                .replace("%2", str(span.days))
                .replace("%3", day_text(span.first_on))
                .replace("%4", day_text(span.last_on))
            )
        self.summary.setText(
            self.tr("Status: %1 · %2").replace("%1", status_label(state.status)).replace("%2", attempts_text)
        )
        index = self.attitude.findData(state.attitude.value) if state.attitude else 0
        self.attitude.setCurrentIndex(max(index, 0))

        status = state.status
        can_start = status in (CaseStatus.REFERRED, CaseStatus.OUTREACH)
        self.start_outreach_button.setEnabled(status == CaseStatus.REFERRED)
        self.outreach_row.setVisible(status == CaseStatus.REFERRED)
        self.start_button.setEnabled(can_start)
        for widget in (self.has_mandate, self.mandate_on, self.agreement_on):
            widget.setEnabled(can_start)
        self.mandate_on.setEnabled(can_start and self.has_mandate.isChecked())
        can_decline = status in (CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE)
        self.not_start_button.setEnabled(can_decline)
        self.confirm_not_start_button.setEnabled(can_decline)
        if not can_decline:
            self.not_start_box.hide()

        if state.not_started_motivation and status in (CaseStatus.CLOSED, CaseStatus.ENDED):
            text = self.tr("Decided not to start. Motivation: %1").replace("%1", state.not_started_motivation)
        elif state.tenant_agreement_on:
            text = self.tr("Support started: the tenant agreed on %1.").replace(
                "%1", day_text(state.tenant_agreement_on)
            )
            if state.landlord_mandate_on:
                text += " " + self.tr("Landlord's mandate of %1.").replace(
                    "%1", day_text(state.landlord_mandate_on)
                )
            self.agreement_on.setDate(to_qdate(state.tenant_agreement_on))
            self.has_mandate.setChecked(state.landlord_mandate_on is not None)
            if state.landlord_mandate_on:
                self.mandate_on.setDate(to_qdate(state.landlord_mandate_on))
        elif can_start:
            text = self.tr(
                "Support starts when the tenant agrees. The landlord's referral mandates you to explore; "
                "you may also decide not to start, with a written motivation."
            )
        else:
            text = self.tr("The case is past the decision to start (%1).").replace("%1", status_label(status))
        self.decision_state.setText(text)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _show_issues(self, issues: dict[str, Issue], names: dict[str, str] | None = None) -> None:
        self._clear_field_errors()
        self.decision_error.show_text("")
        for key, issue in issues.items():
            self._show_field_issue((names or {}).get(key, key), issue)

    # --- actions --------------------------------------------------------------------------------------
    def collect_attempt(self) -> OutreachInput:
        channel = self.channel.currentData()
        result = self.result.currentData()
        return OutreachInput(
            on=to_date(self.attempt_on.date()),
            channel=OutreachChannel(channel) if channel else None,
            result=OutreachResult(result) if result else None,
            note=self.note.text(),
        )

    def add_attempt(self) -> bool:
        try:
            self._workspace.engagement.add_outreach(self.case_id, self.collect_attempt())
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            self.saved_note.clear()
            return False
        self._clear_field_errors()
        self.channel.setCurrentIndex(0)
        self.result.setCurrentIndex(0)
        self.note.clear()
        self._done(self.tr("Attempt added."))
        return True

    def remove_selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        self._workspace.engagement.remove_outreach(items[0].data(Qt.ItemDataRole.UserRole))
        self._done(self.tr("Attempt removed."))

    def save_attitude(self, *_: Any) -> None:
        value = self.attitude.currentData()
        self._workspace.engagement.set_attitude(self.case_id, Attitude(value) if value else None)
        self.attitude_note.setText(self.tr("Saved."))
        self.reload()
        self.changed.emit()

    def start_outreach(self) -> None:
        try:
            self._workspace.engagement.start_outreach(self.case_id)
        except RuleViolation as violation:
            self.decision_error.show_issue(violation.issue)
            return
        self._done(self.tr("Outreach started."))

    def record_start(self) -> bool:
        mandate = to_date(self.mandate_on.date()) if self.has_mandate.isChecked() else None
        try:
            self._workspace.engagement.record_start(self.case_id, mandate, to_date(self.agreement_on.date()))
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self._clear_field_errors()
            self.decision_error.show_issue(violation.issue)
            return False
        self._clear_field_errors()
        self._done(self.tr("The tenant agreed: the case is now at intake."))
        return True

    def show_not_start(self) -> None:
        self.not_start_box.show()
        self.motivation.setFocus()

    def decide_not_to_start(self) -> bool:
        try:
            self._workspace.engagement.decide_not_to_start(
                self.case_id, self.motivation.toPlainText(), to_date(self.not_start_on.date())
            )
        except ValidationFailed as failed:
            self._show_issues(failed.issues, {"on": "not_start_on"})
            return False
        except RuleViolation as violation:
            self._clear_field_errors()
            self.decision_error.show_issue(violation.issue)
            return False
        self._clear_field_errors()
        self.motivation.clear()
        self.not_start_box.hide()
        self._done(self.tr("The case is closed: support did not start."))
        return True

    def _done(self, message: str) -> None:
        self.decision_error.show_text("")
        self.reload()
        self.dirty = self._has_typing()
        self.saved_note.setText(message)
        self.changed.emit()
