"""Evaluations of the plan: planned dates (due and overdue marked), and holding an evaluation.

Holding one records per goal of the plan in force a result and notes, a summary meant for the landlord
kept apart from the private notes, the decision and the next date (which is planned at once). What is
typed for an evaluation is kept while the counsellor looks at another one, and handed in as a draft at
lock time.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    EvaluationDecision,
    EvaluationInput,
    EvaluationState,
    GoalResult,
    GoalResultInput,
    evaluation_from_dict,
    evaluation_to_dict,
)
from caseworker_desktop.services.evaluations import EvaluationOverview, EvaluationView, GoalToEvaluate
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import date_edit, day_text, to_date, to_qdate
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid, record_table
from caseworker_desktop.ui.labels import issue_text, status_label
from caseworker_desktop.ui.plan_labels import decision_label, evaluation_state_label, result_label
from caseworker_desktop.ui.plan_panel import HINT_STYLE, OK_STYLE

STATE_COLOURS = {
    EvaluationState.OVERDUE: QColor("#b3261e"),
    EvaluationState.DUE: QColor("#8a5300"),
}
LANDLORD_STYLE = "color: #1a5fa8;"


class GoalResultRow(QWidget):
    """One goal of the plan with its result and notes."""

    edited = Signal()

    def __init__(self, goal: GoalToEvaluate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id = goal.goal_id
        self.landlord_shared = goal.landlord_shared
        title = QLabel(f"{goal.position + 1}. {goal.description}")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        where = QLabel(
            self.tr("Shared with the landlord: the landlord may read this result and its notes.")
            if goal.landlord_shared
            else self.tr("Private goal: never shown to the landlord.")
        )
        where.setWordWrap(True)
        where.setStyleSheet(LANDLORD_STYLE if goal.landlord_shared else HINT_STYLE)
        self.result = QComboBox()
        self.result.addItem(self.tr("— result —"), None)
        for result in GoalResult:
            self.result.addItem(result_label(result), result.value)
        self.result.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Notes on this goal"))
        self.notes.textEdited.connect(lambda _t: self.edited.emit())
        self.error = ErrorLabel()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.result)
        line.addWidget(self.notes, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(title)
        if goal.measure:
            measure = QLabel(self.tr("Result or indicator: %1").replace("%1", goal.measure))
            measure.setWordWrap(True)
            measure.setStyleSheet(HINT_STYLE)
            layout.addWidget(measure)
        layout.addWidget(where)
        layout.addLayout(line)
        layout.addWidget(self.error)

    def value(self) -> GoalResultInput:
        result = self.result.currentData()
        return GoalResultInput(self.goal_id, GoalResult(result) if result else None, self.notes.text())

    def set_value(self, value: GoalResultInput | None) -> None:
        result = value.result.value if value and value.result else None
        self.result.setCurrentIndex(max(self.result.findData(result), 0))
        self.notes.setText(value.notes if value else "")

    def set_editable(self, editable: bool) -> None:
        self.result.setEnabled(editable)
        self.notes.setReadOnly(not editable)


class EvaluationPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.overview: EvaluationOverview | None = None
        self.view: EvaluationView | None = None  # the evaluation shown on the right
        self._typed: dict[str, EvaluationInput] = {}  # what was typed per planned evaluation
        self._loading = False
        self._editable = False
        self.goal_rows: list[GoalResultRow] = []
        self._build()
        self.reload()

    # --- layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

        planned = QGroupBox(self.tr("Evaluations"))
        planned_layout = QVBoxLayout(planned)
        self.table = record_table(
            [self.tr("Date"), self.tr("State"), self.tr("Decision"), self.tr("Next date")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._row_chosen)
        planned_layout.addWidget(self.table, 1)
        self.case_note = QLabel()
        self.case_note.setWordWrap(True)
        self.case_note.setStyleSheet(HINT_STYLE)
        planned_layout.addWidget(self.case_note)

        self.plan_box = QGroupBox(self.tr("Plan an evaluation"))
        plan_form = QFormLayout(self.plan_box)
        self.planned_on = date_edit()
        self.planned_on.setDate(to_qdate(self._workspace.today() + timedelta(days=91)))
        self._add(plan_form, "planned_on", self.tr("Date"), self.planned_on)
        self.plan_button = QPushButton(self.tr("&Plan evaluation"))
        self.plan_button.clicked.connect(self.plan_evaluation)
        self.move_button = QPushButton(self.tr("&Move selected to this date"))
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button = QPushButton(self.tr("Cancel selected"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.plan_button)
        plan_buttons.addWidget(self.move_button)
        plan_buttons.addWidget(self.cancel_button)
        plan_form.addRow("", plan_buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(planned, 1)
        left_layout.addWidget(self.plan_box)

        self.record_box = QGroupBox(self.tr("Evaluation"))
        record_layout = QVBoxLayout(self.record_box)
        self.record_state = QLabel()
        self.record_state.setWordWrap(True)
        record_layout.addWidget(self.record_state)
        form = QFormLayout()
        record_layout.addLayout(form)
        self.held_on = date_edit()
        self.held_on.dateChanged.connect(self._edited)
        self._add(form, "held_on", self.tr("Held on"), self.held_on)
        goals_holder = QWidget()
        self._goals_layout = QVBoxLayout(goals_holder)
        self._goals_layout.setContentsMargins(0, 0, 0, 0)
        self.no_goals = QLabel()
        self.no_goals.setWordWrap(True)
        self.no_goals.setStyleSheet(HINT_STYLE)
        self._goals_layout.addWidget(self.no_goals)
        form.addRow(self.tr("Goals"), goals_holder)
        self.landlord_summary = self._text(form, "landlord_summary", self.tr("Summary for the landlord"))
        summary_hint = QLabel(
            self.tr(
                "The landlord may read this summary: only the housing goals and conditions, nothing private."
            )
        )
        summary_hint.setWordWrap(True)
        summary_hint.setStyleSheet(LANDLORD_STYLE)
        form.addRow("", summary_hint)
        self.private_notes = self._text(form, "private_notes", self.tr("Private notes"))
        private_hint = QLabel(self.tr("For the tenant's file only: never shown to the landlord."))
        private_hint.setWordWrap(True)
        private_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", private_hint)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("— choose the decision —"), None)
        for decision in EvaluationDecision:
            self.decision.addItem(decision_label(decision), decision.value)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._add(form, "decision", self.tr("Decision"), self.decision)
        self.decision_hint = QLabel()
        self.decision_hint.setWordWrap(True)
        self.decision_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", self.decision_hint)
        next_row = QWidget()
        next_layout = QHBoxLayout(next_row)
        next_layout.setContentsMargins(0, 0, 0, 0)
        self.has_next = QCheckBox(self.tr("Plan the next evaluation on"))
        self.has_next.toggled.connect(self._next_toggled)
        self.next_on = date_edit()
        self.next_on.dateChanged.connect(self._edited)
        next_layout.addWidget(self.has_next)
        next_layout.addWidget(self.next_on, 1)
        self._add(form, "next_on", self.tr("Next evaluation"), next_row)
        self.record_button = QPushButton(self.tr("&Record evaluation"))
        self.record_button.clicked.connect(self.record)
        record_buttons = QHBoxLayout()
        record_buttons.addStretch(1)
        record_buttons.addWidget(self.record_button)
        record_layout.addLayout(record_buttons)
        record_layout.addStretch(1)
        self.empty_note = QLabel(self.tr("Choose an evaluation in the list, or plan one."))
        self.empty_note.setStyleSheet(HINT_STYLE)
        right_body = QWidget()
        right_layout = QVBoxLayout(right_body)
        right_layout.addWidget(self.empty_note)
        right_layout.addWidget(self.record_box)
        right_layout.addStretch(1)
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(right_body)
        right_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 780])

        self.summary = ErrorLabel()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(OK_STYLE)
        self.saved_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.saved_note)

    def _text(self, form: QFormLayout, key: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setMaximumHeight(70)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._edited)
        self._add(form, key, label, edit)
        return edit

    def title(self) -> str:
        return self.tr("Evaluations")

    # --- list -------------------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.view.id if self.view else None
        self.overview = self._workspace.evaluations.overview(self.case_id)
        rows = self.overview.rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state_text = evaluation_state_label(row.state)
            if row.state == EvaluationState.HELD and row.held_on:
                state_text += " " + self.tr("on %1").replace("%1", day_text(row.held_on))
            cells = [
                day_text(row.planned_on),
                state_text,
                decision_label(row.decision) if row.decision else "",
                day_text(row.next_on),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                colour = STATE_COLOURS.get(row.state)
                if colour is not None and column < 2:
                    item.setForeground(QBrush(colour))
                    if row.state == EvaluationState.OVERDUE:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(index, column, item)
        self.table.blockSignals(False)
        running = self.overview.running
        notes = []
        if not running:
            notes.append(
                self.tr("The case is “%1”: no evaluations can be planned or held.").replace(
                    "%1", status_label(self.overview.case_status)
                )
            )
        elif self.overview.plan_in_force is None:
            notes.append(self.tr("No plan has been agreed yet: an evaluation looks at the agreed goals."))
        else:
            notes.append(
                self.tr("Evaluations look at the goals of plan version %1 (in force).").replace(
                    "%1", str(self.overview.plan_in_force)
                )
            )
        overdue = sum(1 for r in rows if r.overdue)
        due = sum(1 for r in rows if r.due)
        if overdue:
            notes.append(self.tr("%1 overdue.").replace("%1", str(overdue)))
        if due:
            notes.append(self.tr("%1 due within two weeks.").replace("%1", str(due)))
        self.case_note.setText(" ".join(notes))
        self.plan_box.setEnabled(running)
        ids = [r.id for r in rows]
        if selected in ids:
            self._select(ids.index(selected))
        else:
            first_open = next((i for i, r in enumerate(rows) if not r.held), None)
            if first_open is not None:
                self._select(first_open)
            elif rows:
                self._select(len(rows) - 1)
            else:
                self._show(None)
        self._update_row_buttons()

    def _select(self, index: int) -> None:
        if self.table.currentRow() == index:
            self._row_chosen(index, 0, -1, -1)
        else:
            self.table.setCurrentCell(index, 0)

    def _row_id(self, index: int) -> str | None:
        item = self.table.item(index, 0)
        if item is None:
            return None
        value = item.data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def _row_chosen(self, row: int, _column: int, _previous_row: int, _previous_column: int) -> None:
        self._keep_typed()
        evaluation_id = self._row_id(row) if row >= 0 else None
        if evaluation_id is None:
            self._show(None)
        else:
            try:
                self._show(self._workspace.evaluations.detail(evaluation_id))
            except RuleViolation as violation:
                self.summary.show_issue(violation.issue)
                self._show(None)
        self._update_row_buttons()

    def _update_row_buttons(self) -> None:
        open_one = self.view is not None and self.view.held_on is None
        running = self.overview is not None and self.overview.running
        self.move_button.setEnabled(open_one and running)
        self.cancel_button.setEnabled(open_one and running)

    # --- the record form ----------------------------------------------------------------------------------
    def _show(self, view: EvaluationView | None) -> None:
        self.view = view
        self.record_box.setVisible(view is not None)
        self.empty_note.setVisible(view is None)
        self._clear_field_errors()
        if view is None:
            self._editable = False
            return
        self._loading = True
        try:
            for row in self.goal_rows:
                self._goals_layout.removeWidget(row)
                row.deleteLater()
            self.goal_rows = []
            for goal in view.goals:
                row = GoalResultRow(goal)
                row.edited.connect(self._edited)
                self._goals_layout.addWidget(row)
                self.goal_rows.append(row)
            # Rows made now would come last in the tab order: put them between the date and the summary.
            previous: QWidget = self.held_on
            for row in self.goal_rows:
                QWidget.setTabOrder(previous, row.result)
                QWidget.setTabOrder(row.result, row.notes)
                previous = row.notes
            QWidget.setTabOrder(previous, self.landlord_summary)
            held = view.held_on is not None
            editable = (
                not held
                and self.overview is not None
                and self.overview.running
                and self.overview.plan_in_force is not None
                and bool(view.goals)
            )
            if held:
                self.record_box.setTitle(
                    self.tr("Evaluation held on %1").replace("%1", day_text(view.held_on))
                )
                self.record_state.setText(
                    self.tr("Planned on %1; goals of plan version %2. Held evaluations are not changed.")
                    .replace("%1", day_text(view.planned_on))
                    .replace("%2", str(view.plan_number or ""))
                )
                data = EvaluationInput(
                    held_on=view.held_on,
                    results=[GoalResultInput(g.goal_id, g.result, g.notes) for g in view.goals],
                    landlord_summary=view.landlord_summary,
                    private_notes=view.private_notes,
                    decision=view.decision,
                    next_on=view.next_on,
                )
            else:
                self.record_box.setTitle(
                    self.tr("Evaluation planned on %1").replace("%1", day_text(view.planned_on))
                )
                self.record_state.setText(
                    evaluation_state_label(view.state)
                    + (
                        " · " + self.tr("goals of plan version %1").replace("%1", str(view.plan_number))
                        if view.plan_number
                        else ""
                    )
                )
                data = self._typed.get(view.id) or EvaluationInput(
                    held_on=self._workspace.today(),
                    next_on=None,
                )
            self.no_goals.setVisible(not view.goals)
            self.no_goals.setText(
                self.tr("Agree the plan first: the evaluation looks at the goals of the agreed plan.")
            )
            self._fill(data)
            self._set_editable(editable)
            self._decision_changed()
        finally:
            self._loading = False

    def _fill(self, data: EvaluationInput) -> None:
        self.held_on.setDate(to_qdate(data.held_on or self._workspace.today()))
        by_goal = {r.goal_id: r for r in data.results}
        for row in self.goal_rows:
            row.set_value(by_goal.get(row.goal_id))
        self.landlord_summary.setPlainText(data.landlord_summary)
        self.private_notes.setPlainText(data.private_notes)
        self.decision.setCurrentIndex(
            max(self.decision.findData(data.decision.value if data.decision else None), 0)
        )
        self.has_next.setChecked(data.next_on is not None)
        self.next_on.setDate(to_qdate(data.next_on or self._workspace.today() + timedelta(days=91)))

    def _set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.held_on.setEnabled(editable)
        for row in self.goal_rows:
            row.set_editable(editable)
        self.landlord_summary.setReadOnly(not editable)
        self.private_notes.setReadOnly(not editable)
        self.decision.setEnabled(editable)
        self.has_next.setEnabled(editable)
        self.next_on.setEnabled(editable and self.has_next.isChecked())
        self.record_button.setVisible(editable)

    def collect(self) -> EvaluationInput:
        decision = self.decision.currentData()
        return EvaluationInput(
            held_on=to_date(self.held_on.date()),
            results=[row.value() for row in self.goal_rows],
            landlord_summary=self.landlord_summary.toPlainText(),
            private_notes=self.private_notes.toPlainText(),
            decision=EvaluationDecision(decision) if decision else None,
            next_on=to_date(self.next_on.date()) if self.has_next.isChecked() else None,
        )

    def _editable_view(self) -> bool:
        return self.view is not None and self._editable

    def _edited(self, *_: Any) -> None:
        if self._loading or not self._editable_view():
            return
        self._mark_dirty()

    def _keep_typed(self) -> None:
        if self.view is not None and self.view.held_on is None and self._editable_view() and self.dirty:
            self._typed[self.view.id] = self.collect()

    def _decision_changed(self, *_: Any) -> None:
        decision = self.decision.currentData()
        editable = self._editable_view()
        closing = decision == EvaluationDecision.CLOSE.value
        if editable and not self._loading:
            if closing:
                self.has_next.setChecked(False)
            elif decision and not self.has_next.isChecked():
                self.has_next.setChecked(True)
        self.has_next.setEnabled(editable and not closing)
        hints = {
            EvaluationDecision.CONTINUE.value: self.tr("The plan goes on as agreed."),
            EvaluationDecision.ADJUST_PLAN.value: self.tr(
                "A new draft version of the plan is started; change it and agree it with the tenant "
                "in the Action plan tab."
            ),
            EvaluationDecision.CLOSE.value: self.tr(
                "No next evaluation. Close the case under Closure and aftercare."
            ),
        }
        hint = hints.get(decision, "") if editable else ""
        self.decision_hint.setText(hint)
        self.decision_hint.setVisible(bool(hint))
        self._edited()

    def _next_toggled(self, checked: bool) -> None:
        self.next_on.setEnabled(checked and self._editable_view())
        self._edited()

    # --- errors -----------------------------------------------------------------------------------------------
    def _show_issues(self, issues: dict[str, Issue]) -> None:
        self._clear_field_errors()
        for row in self.goal_rows:
            row.error.show_text("")
            mark_invalid(row.result, False)
            mark_invalid(row.notes, False)
        general = []
        for key, issue in issues.items():
            parts = key.split(".")
            if parts[0] == "results" and len(parts) == 3 and parts[1].isdigit():
                index = int(parts[1])
                if index < len(self.goal_rows):
                    row = self.goal_rows[index]
                    row.error.show_issue(issue)
                    mark_invalid(row.result if parts[2] == "result" else row.notes, True)
                    continue
            if not self._show_field_issue(key, issue):
                general.append(issue_text(issue))
        text = self.tr("Please check the marked fields (%1). Nothing you typed was lost.").replace(
            "%1", str(len(issues))
        )
        self.summary.show_text("\n".join([text, *general]))

    # --- actions ----------------------------------------------------------------------------------------------
    def plan_evaluation(self) -> bool:
        self._clear_field_errors()
        self.summary.show_text("")
        try:
            new_id = self._workspace.evaluations.plan(self.case_id, to_date(self.planned_on.date()))
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self.summary.show_issue(violation.issue)
            return False
        self._keep_typed()
        self.view = None
        self.reload()
        self._select_id(new_id)
        self.saved_note.setText(
            self.tr("Evaluation planned on %1.").replace("%1", day_text(to_date(self.planned_on.date())))
        )
        self.changed.emit()
        return True

    def _select_id(self, evaluation_id: str) -> None:
        for index in range(self.table.rowCount()):
            if self._row_id(index) == evaluation_id:
                self._select(index)
                return

    def move_selected(self) -> bool:
        if self.view is None:
            return False
        self.summary.show_text("")
        try:
            self._workspace.evaluations.reschedule(self.view.id, to_date(self.planned_on.date()))
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self.summary.show_issue(violation.issue)
            return False
        self._keep_typed()
        self.reload()
        self.saved_note.setText(
            self.tr("Evaluation moved to %1.").replace("%1", day_text(to_date(self.planned_on.date())))
        )
        self.changed.emit()
        return True

    def cancel_selected(self) -> bool:
        if self.view is None:
            return False
        self.summary.show_text("")
        try:
            self._workspace.evaluations.cancel(self.view.id)
        except RuleViolation as violation:
            self.summary.show_issue(violation.issue)
            return False
        self._typed.pop(self.view.id, None)
        self.view = None
        self.dirty = bool(self._typed)
        self.reload()
        self.saved_note.setText(self.tr("The planned evaluation was cancelled."))
        self.changed.emit()
        return True

    def record(self) -> bool:
        if self.view is None or not self._editable_view():
            return False
        data = self.collect()
        try:
            recorded = self._workspace.evaluations.record(self.view.id, data)
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self._clear_field_errors()
            self.summary.show_issue(violation.issue)
            return False
        self._typed.pop(self.view.id, None)
        self.dirty = bool(self._typed)
        self.summary.show_text("")
        self.view = None
        self.reload()
        self._select_id(recorded.evaluation_id)
        note = self.tr("Evaluation recorded.")
        if data.next_on is not None:
            note += " " + self.tr("The next one is planned on %1.").replace("%1", day_text(data.next_on))
        if recorded.new_plan_version is not None:
            note += " " + self.tr("Plan version %1 was started as a draft in the Action plan tab.").replace(
                "%1", str(recorded.new_plan_version)
            )
        if recorded.unshared_goals:
            note += " " + self.tr(
                "%1 goal(s) are private in it: the landlord consent is no longer in force."
            ).replace("%1", str(recorded.unshared_goals))
        self.saved_note.setText(note)
        self.changed.emit()
        return True

    # --- drafts at lock time --------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        self._keep_typed()
        return {
            "selected": self.view.id if self.view else None,
            "typed": {key: evaluation_to_dict(value) for key, value in self._typed.items()},
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        typed = payload.get("typed")
        if isinstance(typed, dict):
            for key, value in typed.items():
                if isinstance(key, str) and isinstance(value, dict):
                    self._typed[key] = evaluation_from_dict(value)
        self.view = None
        self.reload()
        selected = payload.get("selected")
        if isinstance(selected, str):
            self._select_id(selected)
        self.dirty = bool(self._typed)
        if self._typed:
            self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))
