"""Closing a case, its aftercare, and the summary once it has ended.

While the case runs, the panel is the closure form: reason, goals achieved, eviction avoided (yes or
no, never pre-filled), housing situation at the end, referral onward. Once closed, it shows what was
recorded and offers aftercare (3 months unless changed) or ending without it. During aftercare the
last day can be moved and aftercare ended by hand; it also ends on its own once that day has passed.
An ended case shows a read-only summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.followup import (
    AFTERCARE_DEFAULT_MONTHS,
    AFTERCARE_MAX_MONTHS,
    AFTERCARE_MIN_MONTHS,
    ClosureInput,
    GoalsAchieved,
    add_months,
)
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.closure import ClosureView
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import DATE_FORMAT
from caseworker_desktop.ui.dates import day_text as _day
from caseworker_desktop.ui.dates import to_date as _pydate
from caseworker_desktop.ui.dates import to_qdate as _qdate
from caseworker_desktop.ui.followup_labels import goals_achieved_label, yes_no_label
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm
from caseworker_desktop.ui.labels import closing_reason_label, issue_text, status_label

# Where a refusal of the state machine belongs on the form.
_RULE_FIELDS = {
    "status_close_needs_reason": "reason",
    "status_close_needs_motivation": "motivation",
    "status_not_started_after_start": "reason",
}


class ChoiceRow(QWidget):
    """Radio buttons in a row with nothing chosen until the counsellor chooses."""

    chosen = Signal()

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)  # room for the red frame of an error
        for text, value in choices:
            button = QRadioButton(text)
            self.group.addButton(button)
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, _button: QAbstractButton) -> None:
        self.chosen.emit()

    def value(self) -> Any:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def set_value(self, value: Any) -> None:
        # An exclusive group cannot be emptied button by button.
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(value is not None and key == value)
        self.group.setExclusive(True)


class ClosurePanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.view: ClosureView | None = None
        self._build()
        self.closed_on.setDate(_qdate(workspace.today()))
        self.reload()
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-weight: bold;")
        self.summary = ErrorLabel()

        # The closure form.
        self.closure_box = QGroupBox(self.tr("Close the case"))
        form = QFormLayout(self.closure_box)
        self.closed_on = QDateEdit()
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDisplayFormat(DATE_FORMAT)
        self.closed_on.dateChanged.connect(self._mark_dirty)
        self._add(form, "closed_on", self.tr("Closed on"), self.closed_on)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("— choose —"), None)
        for reason in ClosingReason:
            self.reason.addItem(closing_reason_label(reason), reason.value)
        self.reason.activated.connect(self._mark_dirty)
        self._add(form, "reason", self.tr("Reason for closing"), self.reason)
        self.motivation = QPlainTextEdit()
        self.motivation.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.motivation.setMaximumHeight(60)
        self.motivation.setPlaceholderText(
            self.tr("Required for “other reason” and “decided not to start”; optional otherwise.")
        )
        self.motivation.textChanged.connect(self._mark_dirty)
        self._add(form, "motivation", self.tr("Motivation"), self.motivation)
        self.goals_achieved = ChoiceRow([(goals_achieved_label(g), g) for g in GoalsAchieved])
        self.goals_achieved.chosen.connect(self._mark_dirty)
        self._add(form, "goals_achieved", self.tr("Goals achieved"), self.goals_achieved)
        self.eviction_avoided = ChoiceRow([(yes_no_label(True), True), (yes_no_label(False), False)])
        self.eviction_avoided.chosen.connect(self._mark_dirty)
        self._add(form, "eviction_avoided", self.tr("Eviction avoided"), self.eviction_avoided)
        self.housing_situation = QPlainTextEdit()
        self.housing_situation.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.housing_situation.setMaximumHeight(70)
        self.housing_situation.setPlaceholderText(
            self.tr("e.g. stays in the dwelling, rent paid monthly; moved to a smaller flat …")
        )
        self.housing_situation.textChanged.connect(self._mark_dirty)
        self._add(form, "housing_situation", self.tr("Housing situation at the end"), self.housing_situation)
        self.referred_to = self._line(form, "referred_to", self.tr("Referred on to"))
        self.referred_to.setPlaceholderText(self.tr("optional: the service the tenant was referred to"))
        self.close_button = QPushButton(self.tr("&Close the case"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_case)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_button)
        close_row.addStretch(1)
        form.addRow("", close_row)

        # What was recorded.
        self.result_box = QGroupBox(self.tr("Closure"))
        result_layout = QFormLayout(self.result_box)
        self.result_labels: dict[str, QLabel] = {}
        for key, label in (
            ("closed_on", self.tr("Closed on")),
            ("reason", self.tr("Reason for closing")),
            ("motivation", self.tr("Motivation")),
            ("goals_achieved", self.tr("Goals achieved")),
            ("eviction_avoided", self.tr("Eviction avoided")),
            ("housing_situation", self.tr("Housing situation at the end")),
            ("referred_to", self.tr("Referred on to")),
            ("aftercare", self.tr("Aftercare")),
            ("ended_on", self.tr("Ended on")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self.result_labels[key] = value
            result_layout.addRow(label, value)

        # Aftercare.
        self.aftercare_box = QGroupBox(self.tr("Aftercare"))
        aftercare_layout = QVBoxLayout(self.aftercare_box)
        self.start_box = QWidget()
        start_form = QFormLayout(self.start_box)
        start_form.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "After closure the tenant and the landlord can still call on you. Aftercare starts "
                "on the closing date and usually runs 3 months."
            )
        )
        explain.setWordWrap(True)
        start_form.addRow(explain)
        self.months = QSpinBox()
        self.months.setRange(AFTERCARE_MIN_MONTHS, AFTERCARE_MAX_MONTHS)
        self.months.setValue(AFTERCARE_DEFAULT_MONTHS)
        self.months.setSuffix(self.tr(" months"))
        self.months.valueChanged.connect(self._preview)
        self.preview = QLabel()
        months_row = QWidget()
        months_layout = QHBoxLayout(months_row)
        months_layout.setContentsMargins(0, 0, 0, 0)
        months_layout.addWidget(self.months)
        months_layout.addWidget(self.preview, 1)
        self._add(start_form, "months", self.tr("Length of aftercare"), months_row, self.months)
        self.start_button = QPushButton(self.tr("&Start aftercare"))
        self.start_button.clicked.connect(self.start_aftercare)
        self.no_aftercare_button = QPushButton(self.tr("End the case &without aftercare"))
        self.no_aftercare_button.clicked.connect(self.end_without_aftercare)
        start_buttons = QHBoxLayout()
        start_buttons.addWidget(self.start_button)
        start_buttons.addWidget(self.no_aftercare_button)
        start_buttons.addStretch(1)
        start_form.addRow(start_buttons)

        self.running_box = QWidget()
        running_form = QFormLayout(self.running_box)
        running_form.setContentsMargins(0, 0, 0, 0)
        self.running_label = QLabel()
        self.running_label.setWordWrap(True)
        running_form.addRow(self.running_label)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(DATE_FORMAT)
        self.change_until_button = QPushButton(self.tr("Change &end date"))
        self.change_until_button.clicked.connect(self.change_until)
        until_row = QWidget()
        until_layout = QHBoxLayout(until_row)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.until)
        until_layout.addWidget(self.change_until_button)
        until_layout.addStretch(1)
        self._add(running_form, "until", self.tr("Last day of aftercare"), until_row, self.until)
        self.end_now_button = QPushButton(self.tr("End aftercare &now"))
        self.end_now_button.clicked.connect(self.end_aftercare)
        end_row = QHBoxLayout()
        end_row.addWidget(self.end_now_button)
        end_row.addStretch(1)
        running_form.addRow(end_row)
        self.aftercare_error = ErrorLabel()
        aftercare_layout.addWidget(self.start_box)
        aftercare_layout.addWidget(self.running_box)
        aftercare_layout.addWidget(self.aftercare_error)

        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #2e7d32;")

        body = QWidget()
        body.setMaximumWidth(1000)  # long lines of form are hard to read on a wide screen
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.state_label)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.closure_box)
        body_layout.addWidget(self.result_box)
        body_layout.addWidget(self.aftercare_box)
        body_layout.addWidget(self.saved_note)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- the panel interface ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Closure and aftercare")

    def reload(self) -> None:
        ended = self._workspace.closure.end_due_aftercare()
        if self.case_id in ended:
            # Tell the case window once it listens (it connects after building the panel).
            QTimer.singleShot(0, self, self._announce_change)
        previous = self.view.status if self.view else None
        self.view = self._workspace.closure.closure_of(self.case_id)
        if previous is not None and previous != self.view.status:
            self.clear_errors()  # the errors were about a step that is behind us now
        self._show(self.view)

    def _announce_change(self) -> None:
        self.changed.emit()

    def draft(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "closed_on": data.closed_on.isoformat() if data.closed_on else None,
            "reason": data.reason.value if data.reason else None,
            "motivation": data.motivation,
            "goals_achieved": data.goals_achieved.value if data.goals_achieved else None,
            "eviction_avoided": data.eviction_avoided,
            "housing_situation": data.housing_situation,
            "referred_to": data.referred_to,
            "months": self.months.value(),
            "until": _pydate(self.until.date()).isoformat(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        closed_on = payload.get("closed_on")
        reason = payload.get("reason")
        goals = payload.get("goals_achieved")
        avoided = payload.get("eviction_avoided")
        self.fill(
            ClosureInput(
                closed_on=date.fromisoformat(closed_on) if isinstance(closed_on, str) else None,
                reason=ClosingReason(reason)
                if isinstance(reason, str) and reason in ClosingReason._value2member_map_
                else None,
                motivation=str(payload.get("motivation", "")),
                goals_achieved=GoalsAchieved(goals)
                if isinstance(goals, str) and goals in GoalsAchieved._value2member_map_
                else None,
                eviction_avoided=avoided if isinstance(avoided, bool) else None,
                housing_situation=str(payload.get("housing_situation", "")),
                referred_to=str(payload.get("referred_to", "")),
            )
        )
        months = payload.get("months")
        if isinstance(months, int):
            self.months.setValue(months)
        until = payload.get("until")
        if isinstance(until, str) and self.view and self.view.status == CaseStatus.AFTERCARE:
            self.until.setDate(_qdate(date.fromisoformat(until)))
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))

    # --- values in and out ----------------------------------------------------------------------------
    def collect(self) -> ClosureInput:
        reason = self.reason.currentData()
        return ClosureInput(
            closed_on=_pydate(self.closed_on.date()),
            reason=ClosingReason(reason) if reason else None,
            motivation=self.motivation.toPlainText(),
            goals_achieved=self.goals_achieved.value(),
            eviction_avoided=self.eviction_avoided.value(),
            housing_situation=self.housing_situation.toPlainText(),
            referred_to=self.referred_to.text(),
        )

    def fill(self, data: ClosureInput) -> None:
        if data.closed_on:
            self.closed_on.setDate(_qdate(data.closed_on))
        self.reason.setCurrentIndex(max(self.reason.findData(data.reason.value), 0) if data.reason else 0)
        self.motivation.setPlainText(data.motivation)
        self.goals_achieved.set_value(data.goals_achieved)
        self.eviction_avoided.set_value(data.eviction_avoided)
        self.housing_situation.setPlainText(data.housing_situation)
        self.referred_to.setText(data.referred_to)

    def _show(self, view: ClosureView) -> None:
        status = view.status
        state = self.tr("Status: %1").replace("%1", status_label(status))
        if status == CaseStatus.AFTERCARE and view.aftercare_until:
            state += " · " + self.tr("until %1").replace("%1", _day(view.aftercare_until))
        if status == CaseStatus.ENDED:
            state += " · " + self.tr("this summary is read-only")
        self.state_label.setText(state)

        self.closure_box.setVisible(view.running)
        self.result_box.setVisible(not view.running)
        self.aftercare_box.setVisible(status in (CaseStatus.CLOSED, CaseStatus.AFTERCARE))
        self.start_box.setVisible(status == CaseStatus.CLOSED)
        self.running_box.setVisible(status == CaseStatus.AFTERCARE)
        self.aftercare_error.show_text("")

        if not view.running:
            self._show_result(view)
        if status == CaseStatus.CLOSED:
            self._preview()
        if status == CaseStatus.AFTERCARE:
            if view.aftercare_until:
                self.until.setDate(_qdate(view.aftercare_until))
            else:
                self.until.setDate(_qdate(add_months(view.closed_on or self._workspace.today(), 3)))
            self.running_label.setText(
                self.tr(
                    "Aftercare runs until %1 and ends on its own after that day. Contacts since closure: %2."
                )
                .replace("%1", _day(view.aftercare_until) or "—")
                .replace("%2", str(view.aftercare_contacts))
            )

    def _show_result(self, view: ClosureView) -> None:
        facts = view.closure
        values = {
            "closed_on": _day(view.closed_on),
            "reason": closing_reason_label(view.reason) if view.reason else "",
            "motivation": view.motivation,
            "goals_achieved": goals_achieved_label(facts.goals_achieved) if facts else "",
            "eviction_avoided": yes_no_label(facts.eviction_avoided) if facts else "",
            "housing_situation": facts.housing_situation if facts else "",
            "referred_to": facts.referred_to if facts else "",
            "aftercare": self._aftercare_text(view),
            "ended_on": _day(view.ended_on),
        }
        layout = self.result_box.layout()
        assert isinstance(layout, QFormLayout)
        for key, label in self.result_labels.items():
            label.setText(values[key])
            layout.setRowVisible(label, bool(values[key]))

    def _aftercare_text(self, view: ClosureView) -> str:
        if view.aftercare_started_on is None:
            return self.tr("none") if view.status == CaseStatus.ENDED else ""
        return (
            self.tr("from %1 to %2 · contacts: %3")
            .replace("%1", _day(view.aftercare_started_on))
            .replace("%2", _day(view.aftercare_until) or "—")
            .replace("%3", str(view.aftercare_contacts))
        )

    def _preview(self, *_: Any) -> None:
        view = self.view
        if view is None or view.closed_on is None:
            self.preview.clear()
            return
        self.preview.setText(
            self.tr("last day: %1").replace("%1", _day(add_months(view.closed_on, self.months.value())))
        )

    # --- actions --------------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.summary.show_text("")
        self.aftercare_error.show_text("")

    def _show_issues(self, issues: dict[str, Issue], fallback: ErrorLabel) -> None:
        self.clear_errors()
        rest = [issue_text(issue) for key, issue in issues.items() if not self._show_field_issue(key, issue)]
        fallback.show_text("\n".join(rest))

    def _done(self, message: str) -> None:
        self.clear_errors()
        self.dirty = False
        self.reload()
        self.saved_note.setText(message)
        self.changed.emit()

    def close_case(self) -> bool:
        data = self.collect()
        try:
            self._workspace.closure.close(self.case_id, data)
        except ValidationFailed as failed:
            self._show_issues(failed.issues, self.summary)
            self.summary.show_text(
                self.tr("Please check the marked fields (%1). Nothing you typed was lost.").replace(
                    "%1", str(len(failed.issues))
                )
            )
            return False
        except RuleViolation as violation:
            field = _RULE_FIELDS.get(violation.issue.code)
            self._show_issues({field or "_": violation.issue}, self.summary)
            return False
        self._done(self.tr("The case is closed."))
        if self.view and self.view.status == CaseStatus.CLOSED:
            self.start_button.setFocus()
        return True

    def _aftercare_step(self, step: Callable[[], object], done: str) -> bool:
        """Run one aftercare step; a refusal shows under the aftercare section, success reloads."""
        try:
            step()
        except ValidationFailed as failed:
            self._show_issues(failed.issues, self.aftercare_error)
            return False
        except RuleViolation as violation:
            self._show_issues({"_": violation.issue}, self.aftercare_error)
            return False
        self._done(done)
        return True

    def start_aftercare(self) -> bool:
        closure = self._workspace.closure
        return self._aftercare_step(
            lambda: closure.start_aftercare(self.case_id, self.months.value()),
            self.tr("Aftercare has started."),
        )

    def end_without_aftercare(self) -> bool:
        closure = self._workspace.closure
        return self._aftercare_step(
            lambda: closure.end_without_aftercare(self.case_id), self.tr("The case has ended.")
        )

    def change_until(self) -> bool:
        closure = self._workspace.closure
        return self._aftercare_step(
            lambda: closure.set_aftercare_until(self.case_id, _pydate(self.until.date())),
            self.tr("The end of aftercare was changed."),
        )

    def end_aftercare(self) -> bool:
        closure = self._workspace.closure
        return self._aftercare_step(
            lambda: closure.end_aftercare(self.case_id), self.tr("Aftercare has ended; so has the case.")
        )
