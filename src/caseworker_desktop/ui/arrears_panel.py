"""Arrears of a case: the payment plan with its schedule and payments, FBU applications and the
meetings of the local advisory committee (LAC), one section under the other in a scroll area.

Each section has its own form, its own error lines and its own buttons; an error in one never clears
what is typed anywhere. A payment plan is corrected in place until money comes in; after that a
renegotiation makes a new plan (the old one stays listed).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.court import (
    FbuInput,
    FbuStatus,
    InstalmentState,
    InstalmentStatus,
    LacInput,
    PaymentInput,
    PaymentPlanInput,
    fbu_unmet_conditions,
)
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.fields import format_cents, whole_number
from caseworker_desktop.services.arrears import ArrearsOverview, FbuView, LacView, PlanView
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.court_labels import (
    day_text,
    euro,
    fbu_status_label,
    instalment_state_label,
)
from caseworker_desktop.ui.court_panel import SAVED_STYLE, WARNING_COLOUR, parse_day, row_key
from caseworker_desktop.ui.dates import date_edit, to_date, to_qdate
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid, record_table
from caseworker_desktop.ui.labels import issue_text

STATE_COLOURS = {
    InstalmentState.PAID: "#2e7d32",
    InstalmentState.PARTLY_PAID: "#1f5fa8",
    InstalmentState.MISSED: "#b3261e",
    InstalmentState.OVERDUE: "#b3261e",
    InstalmentState.OPEN: "#333333",
}
SECTIONS = ("plan", "payment", "fbu", "lac")


def _table(headers: list[str]) -> QTableWidget:
    table = record_table(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setMinimumHeight(120)
    table.setMaximumHeight(230)
    return table


class ArrearsPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self._touched: set[str] = set()
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.section_notes: dict[str, QLabel] = {}
        self.renegotiating = False
        self.fbu_id: str | None = None
        self.lac_id: str | None = None
        self._overview: ArrearsOverview | None = None
        self._build()
        self.reload()

    # --- layout -----------------------------------------------------------------------------------
    def _section_footer(self, section: str, layout: QVBoxLayout, buttons: list[QPushButton]) -> None:
        error = ErrorLabel()
        self.errors[section] = error
        note = QLabel()
        note.setStyleSheet(SAVED_STYLE)
        note.setWordWrap(True)
        self.section_notes[section] = note
        row = QHBoxLayout()
        row.addWidget(note, 1)
        for button in buttons:
            row.addWidget(button)
        layout.addWidget(error)
        layout.addLayout(row)

    def _line(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        section = key.split(".")[0]
        edit.textEdited.connect(lambda *_: self._touch(section))
        self._add(form, key, label, edit)
        return edit

    def _build(self) -> None:
        self.referral_line = QLabel()
        self.referral_line.setWordWrap(True)
        body = QWidget()
        left = QVBoxLayout()
        left.addWidget(self.referral_line)
        left.addWidget(self._build_plan())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._build_fbu())
        right.addWidget(self._build_lac())
        right.addStretch(1)
        columns = QHBoxLayout(body)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.saved_note = QLabel()  # the mixin's; each section reports in its own note

    def _build_plan(self) -> QGroupBox:
        box = QGroupBox(self.tr("Payment plan"))
        layout = QVBoxLayout(box)
        self.plan_status = QLabel()
        self.plan_status.setWordWrap(True)
        self.plan_status.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.plan_status)
        self.plan_terms = QLabel()
        self.plan_terms.setWordWrap(True)
        layout.addWidget(self.plan_terms)

        self.plan_form_box = QWidget()
        form = QFormLayout(self.plan_form_box)
        form.setContentsMargins(0, 0, 0, 0)
        self.total = self._line(form, "plan.total", self.tr("Total arrears (€)"))
        self.instalment = self._line(form, "plan.instalment", self.tr("Monthly instalment (€)"))
        self.instalments = self._line(form, "plan.instalments", self.tr("Number of instalments"))
        hint = QLabel(self.tr("Fill in the instalment or the number of instalments; the other is computed."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        self.first_due = date_edit(self._workspace.today())
        self.first_due.dateChanged.connect(lambda *_: self._touch("plan"))
        self._add(form, "plan.first_due_on", self.tr("First due date"), self.first_due)
        layout.addWidget(self.plan_form_box)
        self.plan_fixed_note = QLabel(
            self.tr(
                "Payments are recorded on this plan, so its terms are fixed. Renegotiate to make a new plan."
            )
        )
        self.plan_fixed_note.setWordWrap(True)
        self.plan_fixed_note.setStyleSheet("color: #555;")
        layout.addWidget(self.plan_fixed_note)

        self.plan_save_button = QPushButton(self.tr("Save plan"))
        self.plan_save_button.clicked.connect(self.save_plan)
        self.renegotiate_button = QPushButton(self.tr("Renegotiate…"))
        self.renegotiate_button.clicked.connect(self.start_renegotiation)
        self.cancel_renegotiation_button = QPushButton(self.tr("Cancel renegotiation"))
        self.cancel_renegotiation_button.clicked.connect(self.cancel_renegotiation)
        self.remove_plan_button = QPushButton(self.tr("Remove plan"))
        self.remove_plan_button.clicked.connect(self.remove_plan)
        self._section_footer(
            "plan",
            layout,
            [
                self.remove_plan_button,
                self.renegotiate_button,
                self.cancel_renegotiation_button,
                self.plan_save_button,
            ],
        )

        self.schedule = _table(
            [self.tr("No."), self.tr("Due date"), self.tr("Amount"), self.tr("Paid"), self.tr("Status")]
        )
        self.schedule.itemSelectionChanged.connect(self._schedule_selected)
        layout.addWidget(self.schedule)

        self.payment_box = QGroupBox(self.tr("Record a payment or a missed instalment"))
        pay_form = QFormLayout(self.payment_box)
        self.due_choice = QComboBox()
        self.due_choice.activated.connect(self._due_chosen)
        self._add(pay_form, "payment.due_on", self.tr("Instalment"), self.due_choice)
        self.paid_on = date_edit(self._workspace.today())
        self.paid_on.dateChanged.connect(lambda *_: self._touch("payment"))
        self._add(pay_form, "payment.paid_on", self.tr("Paid on"), self.paid_on)
        self.amount = self._line(pay_form, "payment.amount", self.tr("Amount paid (€)"))
        layout.addWidget(self.payment_box)
        self.record_button = QPushButton(self.tr("Record payment"))
        self.record_button.clicked.connect(self.record_payment)
        self.missed_button = QPushButton(self.tr("Mark as missed"))
        self.missed_button.clicked.connect(self.mark_missed)
        self._section_footer("payment", layout, [self.missed_button, self.record_button])

        self.payments_title = QLabel(self.tr("Payments and missed instalments"))
        layout.addWidget(self.payments_title)
        self.payments = _table([self.tr("Instalment due"), self.tr("Paid on"), self.tr("Amount")])
        self.payments.setMinimumHeight(80)
        self.payments.setMaximumHeight(160)
        self.payments.itemSelectionChanged.connect(self._payment_selected)
        layout.addWidget(self.payments)
        self.remove_payment_button = QPushButton(self.tr("Remove selected payment"))
        self.remove_payment_button.setEnabled(False)
        self.remove_payment_button.clicked.connect(self.remove_payment)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_payment_button)
        layout.addLayout(row)
        self.earlier_plans = QLabel()
        self.earlier_plans.setWordWrap(True)
        self.earlier_plans.setStyleSheet("color: #555;")
        layout.addWidget(self.earlier_plans)
        return box

    def _build_fbu(self) -> QGroupBox:
        box = QGroupBox(self.tr("FBU application (fund against evictions)"))
        layout = QVBoxLayout(box)
        info = QLabel(
            self.tr(
                "The fund can help when the arrears are between 2 and 6 months' rent, if the tenant "
                "accepts housing support and budget counselling and has a positive budget plan."
            )
        )
        info.setWordWrap(True)
        info.setStyleSheet("color: #555;")
        layout.addWidget(info)
        self.fbu_list = QListWidget()
        self.fbu_list.setMaximumHeight(70)
        self.fbu_list.currentItemChanged.connect(self._fbu_selected)
        layout.addWidget(self.fbu_list)

        self.fbu_form_box = QGroupBox(self.tr("New application"))
        form = QFormLayout(self.fbu_form_box)
        self.fbu_applied_on = date_edit(self._workspace.today())
        self.fbu_applied_on.dateChanged.connect(lambda *_: self._touch("fbu"))
        self._add(form, "fbu.applied_on", self.tr("Applied on"), self.fbu_applied_on)
        self.fbu_months = self._line(form, "fbu.arrears_months", self.tr("Arrears in months of rent"))
        self.fbu_months.textEdited.connect(self._update_eligibility)
        self.fbu_support = QCheckBox(self.tr("The tenant accepts housing support"))
        self.fbu_budget = QCheckBox(self.tr("The tenant accepts budget counselling"))
        self.fbu_plan = QCheckBox(self.tr("There is a positive budget plan"))
        conditions = QWidget()
        conditions_layout = QVBoxLayout(conditions)
        conditions_layout.setContentsMargins(0, 0, 0, 0)
        for check in (self.fbu_support, self.fbu_budget, self.fbu_plan):
            check.toggled.connect(lambda *_: self._touch("fbu"))
            check.toggled.connect(self._update_eligibility)
            conditions_layout.addWidget(check)
        self._add(form, "fbu.conditions", self.tr("Conditions"), conditions)
        self.fbu_eligibility = QLabel()
        self.fbu_eligibility.setWordWrap(True)
        form.addRow("", self.fbu_eligibility)
        self.fbu_status = QComboBox()
        for status in FbuStatus:
            self.fbu_status.addItem(fbu_status_label(status), status.value)
        self.fbu_status.currentIndexChanged.connect(self._status_changed)
        self.fbu_status.activated.connect(lambda *_: self._touch("fbu"))
        self._add(form, "fbu.status", self.tr("Status"), self.fbu_status)
        self.fbu_decided_on = date_edit(self._workspace.today())
        self.fbu_decided_on.dateChanged.connect(lambda *_: self._touch("fbu"))
        self._add(form, "fbu.decided_on", self.tr("Decided on"), self.fbu_decided_on)
        self.fbu_notes = QPlainTextEdit()
        self.fbu_notes.setMaximumHeight(70)
        self.fbu_notes.setTabChangesFocus(True)
        self.fbu_notes.textChanged.connect(lambda: self._text_touched(self.fbu_notes, "fbu"))
        self._add(form, "fbu.notes", self.tr("Notes"), self.fbu_notes)
        layout.addWidget(self.fbu_form_box)

        self.fbu_new_button = QPushButton(self.tr("New application"))
        self.fbu_new_button.clicked.connect(self.new_fbu)
        self.fbu_remove_button = QPushButton(self.tr("Remove application"))
        self.fbu_remove_button.clicked.connect(self.remove_fbu)
        self.fbu_save_button = QPushButton(self.tr("Save application"))
        self.fbu_save_button.clicked.connect(self.save_fbu)
        self._section_footer(
            "fbu", layout, [self.fbu_new_button, self.fbu_remove_button, self.fbu_save_button]
        )
        return box

    def _build_lac(self) -> QGroupBox:
        box = QGroupBox(self.tr("Local advisory committee (LAC)"))
        layout = QVBoxLayout(box)
        self.lac_list = QListWidget()
        self.lac_list.setMaximumHeight(70)
        self.lac_list.currentItemChanged.connect(self._lac_selected)
        layout.addWidget(self.lac_list)
        self.lac_form_box = QGroupBox(self.tr("New meeting"))
        form = QFormLayout(self.lac_form_box)
        self.lac_on = date_edit(self._workspace.today())
        self.lac_on.dateChanged.connect(lambda *_: self._touch("lac"))
        self._add(form, "lac.on", self.tr("Meeting date"), self.lac_on)
        self.lac_decision = QPlainTextEdit()
        self.lac_decision.setMaximumHeight(80)
        self.lac_decision.setTabChangesFocus(True)
        self.lac_decision.setPlaceholderText(self.tr("The payment arrangement or other decision, once held"))
        self.lac_decision.textChanged.connect(lambda: self._text_touched(self.lac_decision, "lac"))
        self._add(form, "lac.decision", self.tr("Decision"), self.lac_decision)
        layout.addWidget(self.lac_form_box)
        self.lac_new_button = QPushButton(self.tr("New meeting"))
        self.lac_new_button.clicked.connect(self.new_lac)
        self.lac_remove_button = QPushButton(self.tr("Remove meeting"))
        self.lac_remove_button.clicked.connect(self.remove_lac)
        self.lac_save_button = QPushButton(self.tr("Save meeting"))
        self.lac_save_button.clicked.connect(self.save_lac)
        self._section_footer(
            "lac", layout, [self.lac_new_button, self.lac_remove_button, self.lac_save_button]
        )
        return box

    def title(self) -> str:
        return self.tr("Arrears")

    # --- dirty tracking per section ---------------------------------------------------------------
    def _touch(self, section: str) -> None:
        self._touched.add(section)
        self.dirty = True
        self.section_notes[section].clear()

    def _text_touched(self, edit: QPlainTextEdit, section: str) -> None:
        if edit.document().isModified():
            self._touch(section)

    def _settle(self, section: str) -> None:
        self._touched.discard(section)
        self.dirty = bool(self._touched)

    def _clear(self, section: str) -> None:
        for key, (field, error) in self.fields.items():
            if key.startswith(section + "."):
                mark_invalid(field, False)
                error.show_text("")
        self.errors[section].show_text("")

    def _fail(self, section: str, problem: ValidationFailed | RuleViolation) -> None:
        """Point at the fields (or the section) without touching what was typed."""
        self._clear(section)
        if isinstance(problem, RuleViolation):
            self.errors[section].show_issue(problem.issue)
            return
        loose = []
        for key, issue in problem.issues.items():
            if not self._show_field_issue(f"{section}.{key}", issue):
                loose.append(issue_text(issue))
        loose.append(self.tr("Please check the marked fields. Nothing you typed was lost."))
        self.errors[section].show_text("\n".join(loose))

    def _done(self, section: str, message: str, warnings: tuple[Issue, ...] = ()) -> None:
        self._clear(section)
        self._settle(section)
        self.reload()
        text = message
        if warnings:
            text += "\n" + "\n".join(issue_text(w) for w in warnings)
        note = self.section_notes[section]
        note.setStyleSheet(f"color: {WARNING_COLOUR};" if warnings else SAVED_STYLE)
        note.setText(text)
        self.changed.emit()

    # --- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything again; a section with typing in progress keeps what is typed."""
        overview = self._workspace.arrears.overview(self.case_id)
        self._overview = overview
        defaults = overview.defaults
        if defaults.arrears_cents is None:
            self.referral_line.setText(self.tr("The referral gave no amount of rent arrears."))
        else:
            text = self.tr("Rent arrears at referral: %1").replace("%1", euro(defaults.arrears_cents))
            if defaults.arrears_months is not None:
                text += " · " + self.tr("%1 months of rent").replace("%1", str(defaults.arrears_months))
            if defaults.monthly_rent_cents is not None:
                text += " · " + self.tr("monthly rent %1").replace("%1", euro(defaults.monthly_rent_cents))
            self.referral_line.setText(text)
        self._show_plan(overview)
        self._show_fbu_list(overview.fbu)
        self._show_lac_list(overview.lac)
        if "fbu" not in self._touched and self.fbu_id is None:
            self.new_fbu()
        if "lac" not in self._touched and self.lac_id is None:
            self.new_lac()

    def _show_plan(self, overview: ArrearsOverview) -> None:
        plan = overview.plan
        if "plan" not in self._touched:
            self.renegotiating = False
            self._fill_plan_form(plan, overview)
        fixed = plan is not None and bool(plan.payments) and not self.renegotiating
        self.plan_form_box.setVisible(not fixed)
        self.plan_fixed_note.setVisible(fixed)
        if plan is not None:
            self.plan_terms.setText(
                self.tr("Plan: %1 in %2 monthly instalments of %3 from %4.")
                .replace("%1", euro(plan.terms.total_cents))
                .replace("%2", str(plan.terms.instalments))
                .replace("%3", euro(plan.terms.instalment_cents))
                .replace("%4", day_text(plan.terms.first_due_on))
            )
        self.plan_terms.setVisible(plan is not None and (fixed or not self.renegotiating))
        self.plan_save_button.setVisible(not fixed)
        self.plan_save_button.setText(
            self.tr("Save renegotiated plan") if self.renegotiating else self.tr("Save plan")
        )
        self.renegotiate_button.setVisible(plan is not None and not self.renegotiating)
        self.cancel_renegotiation_button.setVisible(self.renegotiating)
        self.remove_plan_button.setVisible(plan is not None and not self.renegotiating)
        self.plan_status.setText(self._status_text(plan))
        self._show_schedule(plan)
        self._show_payments(plan)
        lines = [
            self.tr("Earlier plan (renegotiated) from %1: total %2, paid %3, %4 instalments of %5.")
            .replace("%1", day_text(p.created_on) if p.created_on else "")
            .replace("%2", euro(p.terms.total_cents))
            .replace("%3", euro(p.status.paid_cents))
            .replace("%4", str(p.terms.instalments))
            .replace("%5", euro(p.terms.instalment_cents))
            for p in overview.earlier_plans
        ]
        self.earlier_plans.setText("\n".join(lines))
        self.earlier_plans.setVisible(bool(lines))

    def _fill_plan_form(self, plan: PlanView | None, overview: ArrearsOverview) -> None:
        if plan is None:
            total = format_cents(overview.defaults.arrears_cents)
            instalment, count, first = "", "", self._workspace.today()
        else:
            terms = plan.terms
            total = format_cents(terms.total_cents)
            instalment = format_cents(terms.instalment_cents)
            count = str(terms.instalments)
            first = terms.first_due_on
        self.total.setText(total)
        self.instalment.setText(instalment)
        self.instalments.setText(count)
        self.first_due.blockSignals(True)
        self.first_due.setDate(to_qdate(first))
        self.first_due.blockSignals(False)

    def _status_text(self, plan: PlanView | None) -> str:
        if plan is None:
            return self.tr("No payment plan yet.")
        status = plan.status
        text = (
            self.tr("Paid %1 of %2 · remaining %3")
            .replace("%1", euro(status.paid_cents))
            .replace("%2", euro(status.total_cents))
            .replace("%3", euro(status.remaining_cents))
        )
        if status.missed:
            text += " · " + self.tr("%1 missed").replace("%1", str(status.missed))
        if status.overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(status.overdue))
        if status.behind_cents:
            text += " · " + self.tr("behind by %1").replace("%1", euro(status.behind_cents))
        if status.overpaid_cents:
            text += " · " + self.tr("overpaid by %1").replace("%1", euro(status.overpaid_cents))
        if status.completed:
            text += " · " + self.tr("paid off")
        elif status.next_due is not None:
            text += " · " + (
                self.tr("next due %1: %2")
                .replace("%1", day_text(status.next_due.due_on))
                .replace("%2", euro(status.next_due.amount_cents - status.next_due.paid_cents))
            )
        return text

    def _state_text(self, item: InstalmentStatus) -> str:
        text = instalment_state_label(item.state)
        if item.state == InstalmentState.PAID and item.marked_missed:
            text += " " + self.tr("(caught up)")
        return text

    def _show_schedule(self, plan: PlanView | None) -> None:
        rows = plan.status.instalments if plan else ()
        self.schedule.blockSignals(True)
        self.schedule.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = [
                str(item.number),
                day_text(item.due_on),
                euro(item.amount_cents),
                euro(item.paid_cents),
                self._state_text(item),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.due_on.isoformat())
                if column == 4:
                    cell.setForeground(QColor(STATE_COLOURS[item.state]))
                self.schedule.setItem(row, column, cell)
        self.schedule.blockSignals(False)
        self.schedule.setVisible(bool(rows))

        current = self.due_choice.currentData()
        self.due_choice.clear()
        for item in rows:
            self.due_choice.addItem(
                f"{item.number} · {day_text(item.due_on)} · {euro(item.amount_cents)}",
                item.due_on.isoformat(),
            )
        if current is not None and self.due_choice.findData(current) >= 0:
            self.due_choice.setCurrentIndex(self.due_choice.findData(current))
        elif plan is not None:
            first_open = next((i for i in rows if i.state != InstalmentState.PAID), None)
            if first_open is not None:
                self.due_choice.setCurrentIndex(self.due_choice.findData(first_open.due_on.isoformat()))
        self.payment_box.setEnabled(plan is not None)
        self.record_button.setEnabled(plan is not None)
        self.missed_button.setEnabled(plan is not None)
        if "payment" not in self._touched:
            self._suggest_amount()

    def _show_payments(self, plan: PlanView | None) -> None:
        payments = plan.payments if plan else ()
        self.payments.blockSignals(True)
        self.payments.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            cells = [
                day_text(payment.due_on),
                day_text(payment.paid_on) if payment.paid_on else self.tr("missed"),
                euro(payment.amount_cents) if not payment.missed else "—",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, payment.id)
                if payment.missed:
                    cell.setForeground(QColor(STATE_COLOURS[InstalmentState.MISSED]))
                self.payments.setItem(row, column, cell)
        self.payments.blockSignals(False)
        self.payments.setVisible(bool(payments))
        self.payments_title.setVisible(bool(payments))
        self.remove_payment_button.setVisible(bool(payments))
        self.remove_payment_button.setEnabled(False)

    def _instalment(self, due_iso: str | None) -> InstalmentStatus | None:
        plan = self._overview.plan if self._overview else None
        if plan is None or due_iso is None:
            return None
        return next((i for i in plan.status.instalments if i.due_on.isoformat() == due_iso), None)

    def _suggest_amount(self) -> None:
        item = self._instalment(self.due_choice.currentData())
        self.amount.setText(format_cents(item.amount_cents - item.paid_cents) if item else "")
        self.paid_on.blockSignals(True)
        self.paid_on.setDate(to_qdate(self._workspace.today()))
        self.paid_on.blockSignals(False)

    def _due_chosen(self, *_: Any) -> None:
        if "payment" not in self._touched or not self.amount.text().strip():
            self._suggest_amount()
        self._touch("payment")

    def _schedule_selected(self) -> None:
        rows = self.schedule.selectionModel().selectedRows()
        if not rows:
            return
        due_iso = row_key(self.schedule, rows[0].row())
        index = self.due_choice.findData(due_iso)
        if index >= 0:
            self.due_choice.setCurrentIndex(index)
            if "payment" not in self._touched:
                self._suggest_amount()

    def _payment_selected(self) -> None:
        self.remove_payment_button.setEnabled(bool(self.payments.selectionModel().selectedRows()))

    # --- payment plan -----------------------------------------------------------------------------
    def collect_plan(self) -> PaymentPlanInput:
        return PaymentPlanInput(
            self.total.text(), self.instalment.text(), self.instalments.text(), to_date(self.first_due.date())
        )

    def save_plan(self) -> bool:
        data = self.collect_plan()
        try:
            if self.renegotiating:
                self._workspace.arrears.renegotiate(self.case_id, data)
            else:
                self._workspace.arrears.save_plan(self.case_id, data)
        except (ValidationFailed, RuleViolation) as problem:
            self._fail("plan", problem)
            return False
        message = self.tr("Renegotiated plan saved.") if self.renegotiating else self.tr("Plan saved.")
        self.renegotiating = False
        self._done("plan", message)
        return True

    def start_renegotiation(self) -> None:
        """A new plan for what remains, starting from the next due date."""
        plan = self._overview.plan if self._overview else None
        if plan is None:
            return
        self.renegotiating = True
        self._clear("plan")
        self.total.setText(format_cents(plan.status.remaining_cents))
        self.instalment.clear()
        self.instalments.clear()
        next_due = plan.status.next_due
        self.first_due.setDate(to_qdate(next_due.due_on if next_due else self._workspace.today()))
        self._touch("plan")
        self._show_plan(self._overview)  # type: ignore[arg-type]
        self.instalment.setFocus()

    def cancel_renegotiation(self) -> None:
        self.renegotiating = False
        self._clear("plan")
        self._settle("plan")
        if self._overview is not None:
            self._show_plan(self._overview)

    def remove_plan(self) -> None:
        plan = self._overview.plan if self._overview else None
        if plan is None:
            return
        try:
            self._workspace.arrears.remove_plan(plan.id)
        except RuleViolation as violation:
            self._fail("plan", violation)
            return
        self._settle("plan")
        self._done("plan", self.tr("Plan removed."))

    # --- payments ---------------------------------------------------------------------------------
    def collect_payment(self) -> PaymentInput:
        due = self.due_choice.currentData()
        return PaymentInput(
            date.fromisoformat(due) if isinstance(due, str) else None,
            to_date(self.paid_on.date()),
            self.amount.text(),
        )

    def _active_plan_id(self) -> str | None:
        plan = self._overview.plan if self._overview else None
        return plan.id if plan else None

    def record_payment(self) -> bool:
        plan_id = self._active_plan_id()
        if plan_id is None:
            return False
        try:
            saved = self._workspace.arrears.record_payment(plan_id, self.collect_payment())
        except (ValidationFailed, RuleViolation) as problem:
            self._fail("payment", problem)
            return False
        self.due_choice.setCurrentIndex(-1)
        self._done("payment", self.tr("Payment recorded."), saved.warnings)
        return True

    def mark_missed(self) -> bool:
        plan_id = self._active_plan_id()
        if plan_id is None:
            return False
        try:
            self._workspace.arrears.mark_missed(plan_id, self.collect_payment().due_on)
        except (ValidationFailed, RuleViolation) as problem:
            self._fail("payment", problem)
            return False
        self.due_choice.setCurrentIndex(-1)
        self._done("payment", self.tr("Instalment marked as missed."))
        return True

    def remove_payment(self) -> None:
        rows = self.payments.selectionModel().selectedRows()
        if not rows:
            return
        payment_id = row_key(self.payments, rows[0].row())
        try:
            self._workspace.arrears.remove_payment(payment_id)
        except RuleViolation as violation:
            self._fail("payment", violation)
            return
        self._done("payment", self.tr("Payment removed."))

    # --- FBU --------------------------------------------------------------------------------------
    def _show_fbu_list(self, applications: tuple[FbuView, ...]) -> None:
        self.fbu_list.blockSignals(True)
        self.fbu_list.clear()
        for fbu in applications:
            text = (
                self.tr("Applied %1 · %2 months · %3")
                .replace("%1", day_text(fbu.data.applied_on))
                .replace("%2", str(fbu.data.arrears_months))
                .replace("%3", fbu_status_label(fbu.data.status))
            )
            if fbu.data.decided_on:
                text += " " + self.tr("on %1").replace("%1", day_text(fbu.data.decided_on))
            if fbu.unmet:
                text += " · " + self.tr("%1 condition(s) not met").replace("%1", str(len(fbu.unmet)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, fbu.id)
            self.fbu_list.addItem(item)
            if fbu.id == self.fbu_id:
                self.fbu_list.setCurrentItem(item)
        self.fbu_list.blockSignals(False)
        self.fbu_list.setVisible(bool(applications))

    def _fbu_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._overview is None:
            return
        fbu_id = item.data(Qt.ItemDataRole.UserRole)
        for fbu in self._overview.fbu:
            if fbu.id == fbu_id:
                data = fbu.data
                self.fill_fbu(
                    fbu.id,
                    FbuInput(
                        data.applied_on,
                        str(data.arrears_months),
                        data.support_accepted,
                        data.budget_counselling,
                        data.positive_budget_plan,
                        data.status,
                        data.decided_on,
                        data.notes,
                    ),
                )
                self._settle("fbu")
                return

    def fill_fbu(self, fbu_id: str | None, data: FbuInput) -> None:
        self._clear("fbu")
        self.fbu_id = fbu_id
        self.fbu_form_box.setTitle(self.tr("Change application") if fbu_id else self.tr("New application"))
        today = self._workspace.today()
        for edit, value in (
            (self.fbu_applied_on, data.applied_on),
            (self.fbu_decided_on, data.decided_on),
        ):
            edit.blockSignals(True)
            edit.setDate(to_qdate(value or today))
            edit.blockSignals(False)
        self.fbu_months.setText(data.arrears_months)
        for check, ticked in (
            (self.fbu_support, data.support_accepted),
            (self.fbu_budget, data.budget_counselling),
            (self.fbu_plan, data.positive_budget_plan),
        ):
            check.blockSignals(True)
            check.setChecked(ticked)
            check.blockSignals(False)
        self.fbu_status.blockSignals(True)
        self.fbu_status.setCurrentIndex(max(self.fbu_status.findData(data.status.value), 0))
        self.fbu_status.blockSignals(False)
        self.fbu_notes.setPlainText(data.notes)
        self.fbu_notes.document().setModified(False)
        self.fbu_remove_button.setEnabled(fbu_id is not None)
        self._status_changed()
        self._update_eligibility()

    def new_fbu(self) -> None:
        defaults = self._overview.defaults if self._overview else None
        months = defaults.arrears_months if defaults else None
        self.fbu_list.blockSignals(True)
        self.fbu_list.setCurrentRow(-1)
        self.fbu_list.blockSignals(False)
        self.fill_fbu(None, FbuInput(arrears_months="" if months is None else str(months)))
        self._settle("fbu")

    def collect_fbu(self) -> FbuInput:
        return FbuInput(
            applied_on=to_date(self.fbu_applied_on.date()),
            arrears_months=self.fbu_months.text(),
            support_accepted=self.fbu_support.isChecked(),
            budget_counselling=self.fbu_budget.isChecked(),
            positive_budget_plan=self.fbu_plan.isChecked(),
            status=FbuStatus(self.fbu_status.currentData()),
            decided_on=to_date(self.fbu_decided_on.date()),
            notes=self.fbu_notes.toPlainText(),
        )

    def _status_changed(self, *_: Any) -> None:
        self.fbu_decided_on.setEnabled(self.fbu_status.currentData() != FbuStatus.SUBMITTED.value)

    def _update_eligibility(self, *_: Any) -> None:
        months = whole_number(self.fbu_months.text(), 0, 120)
        unmet = fbu_unmet_conditions(
            months if isinstance(months, int) else None,
            self.fbu_support.isChecked(),
            self.fbu_budget.isChecked(),
            self.fbu_plan.isChecked(),
        )
        if unmet:
            self.fbu_eligibility.setText(
                self.tr("Not (yet) eligible for the FBU:")
                + "".join("\n• " + issue_text(issue) for issue in unmet)
            )
            self.fbu_eligibility.setStyleSheet(f"color: {WARNING_COLOUR};")
        else:
            self.fbu_eligibility.setText(self.tr("All FBU conditions are met."))
            self.fbu_eligibility.setStyleSheet(SAVED_STYLE)
        self.fbu_eligibility.setProperty("eligible", not unmet)

    def save_fbu(self) -> bool:
        data = self.collect_fbu()
        try:
            if self.fbu_id:
                saved = self._workspace.arrears.edit_fbu(self.fbu_id, data)
            else:
                saved = self._workspace.arrears.add_fbu(self.case_id, data)
        except (ValidationFailed, RuleViolation) as problem:
            self._fail("fbu", problem)
            return False
        self.fbu_id = None  # the form is ready for the next one; the list holds this one
        self._done("fbu", self.tr("Application saved."), saved.unmet)
        return True

    def remove_fbu(self) -> None:
        if not self.fbu_id:
            return
        try:
            self._workspace.arrears.remove_fbu(self.fbu_id)
        except RuleViolation as violation:
            self._fail("fbu", violation)
            return
        self.fbu_id = None
        self._done("fbu", self.tr("Application removed."))

    # --- LAC --------------------------------------------------------------------------------------
    def _show_lac_list(self, meetings: tuple[LacView, ...]) -> None:
        today = self._workspace.today()
        self.lac_list.blockSignals(True)
        self.lac_list.clear()
        for meeting in meetings:
            if meeting.decision:
                text = day_text(meeting.on) + " · " + meeting.decision.splitlines()[0]
            elif meeting.on >= today:
                text = day_text(meeting.on) + " · " + self.tr("planned")
            else:
                text = day_text(meeting.on) + " · " + self.tr("no decision recorded")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.lac_list.addItem(item)
            if meeting.id == self.lac_id:
                self.lac_list.setCurrentItem(item)
        self.lac_list.blockSignals(False)
        self.lac_list.setVisible(bool(meetings))

    def _lac_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._overview is None:
            return
        meeting_id = item.data(Qt.ItemDataRole.UserRole)
        for meeting in self._overview.lac:
            if meeting.id == meeting_id:
                self.fill_lac(meeting.id, LacInput(meeting.on, meeting.decision))
                self._settle("lac")
                return

    def fill_lac(self, meeting_id: str | None, data: LacInput) -> None:
        self._clear("lac")
        self.lac_id = meeting_id
        self.lac_form_box.setTitle(self.tr("Change meeting") if meeting_id else self.tr("New meeting"))
        self.lac_on.blockSignals(True)
        self.lac_on.setDate(to_qdate(data.on or self._workspace.today()))
        self.lac_on.blockSignals(False)
        self.lac_decision.setPlainText(data.decision)
        self.lac_decision.document().setModified(False)
        self.lac_remove_button.setEnabled(meeting_id is not None)

    def new_lac(self) -> None:
        self.lac_list.blockSignals(True)
        self.lac_list.setCurrentRow(-1)
        self.lac_list.blockSignals(False)
        self.fill_lac(None, LacInput())
        self._settle("lac")

    def collect_lac(self) -> LacInput:
        return LacInput(to_date(self.lac_on.date()), self.lac_decision.toPlainText())

    def save_lac(self) -> bool:
        data = self.collect_lac()
        try:
            if self.lac_id:
                self._workspace.arrears.edit_lac(self.lac_id, data)
            else:
                self._workspace.arrears.add_lac(self.case_id, data)
        except (ValidationFailed, RuleViolation) as problem:
            self._fail("lac", problem)
            return False
        self.lac_id = None
        self._done("lac", self.tr("Meeting saved."))
        return True

    def remove_lac(self) -> None:
        if not self.lac_id:
            return
        try:
            self._workspace.arrears.remove_lac(self.lac_id)
        except RuleViolation as violation:
            self._fail("lac", violation)
            return
        self.lac_id = None
        self._done("lac", self.tr("Meeting removed."))

    # --- drafts -----------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        plan = self.collect_plan()
        payment = self.collect_payment()
        fbu = self.collect_fbu()
        lac = self.collect_lac()
        return {
            "touched": sorted(self._touched),
            "plan": {
                "total": plan.total,
                "instalment": plan.instalment,
                "instalments": plan.instalments,
                "first_due_on": plan.first_due_on.isoformat() if plan.first_due_on else None,
                "renegotiating": self.renegotiating,
            },
            "payment": {
                "due_on": payment.due_on.isoformat() if payment.due_on else None,
                "paid_on": payment.paid_on.isoformat() if payment.paid_on else None,
                "amount": payment.amount,
            },
            "fbu": {
                "id": self.fbu_id,
                "applied_on": fbu.applied_on.isoformat() if fbu.applied_on else None,
                "arrears_months": fbu.arrears_months,
                "support_accepted": fbu.support_accepted,
                "budget_counselling": fbu.budget_counselling,
                "positive_budget_plan": fbu.positive_budget_plan,
                "status": fbu.status.value,
                "decided_on": fbu.decided_on.isoformat() if fbu.decided_on else None,
                "notes": fbu.notes,
            },
            "lac": {
                "id": self.lac_id,
                "on": lac.on.isoformat() if lac.on else None,
                "decision": lac.decision,
            },
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        def part(name: str) -> dict[str, Any]:
            value = payload.get(name)
            return value if isinstance(value, dict) else {}

        touched = {t for t in payload.get("touched", []) if t in SECTIONS}
        plan, payment, fbu, lac = part("plan"), part("payment"), part("fbu"), part("lac")
        if "plan" in touched:
            self.renegotiating = bool(plan.get("renegotiating")) and self._active_plan_id() is not None
            self.total.setText(str(plan.get("total", "")))
            self.instalment.setText(str(plan.get("instalment", "")))
            self.instalments.setText(str(plan.get("instalments", "")))
            self.first_due.setDate(to_qdate(parse_day(plan.get("first_due_on")) or self._workspace.today()))
        if "payment" in touched:
            due = payment.get("due_on")
            index = self.due_choice.findData(due) if isinstance(due, str) else -1
            self.due_choice.setCurrentIndex(index)
            self.paid_on.setDate(to_qdate(parse_day(payment.get("paid_on")) or self._workspace.today()))
            self.amount.setText(str(payment.get("amount", "")))
        if "fbu" in touched:
            status = str(fbu.get("status", ""))
            fbu_id = fbu.get("id")
            self.fill_fbu(
                fbu_id if isinstance(fbu_id, str) else None,
                FbuInput(
                    applied_on=parse_day(fbu.get("applied_on")),
                    arrears_months=str(fbu.get("arrears_months", "")),
                    support_accepted=bool(fbu.get("support_accepted")),
                    budget_counselling=bool(fbu.get("budget_counselling")),
                    positive_budget_plan=bool(fbu.get("positive_budget_plan")),
                    status=FbuStatus(status)
                    if status in FbuStatus._value2member_map_
                    else FbuStatus.SUBMITTED,
                    decided_on=parse_day(fbu.get("decided_on")),
                    notes=str(fbu.get("notes", "")),
                ),
            )
        if "lac" in touched:
            lac_id = lac.get("id")
            self.fill_lac(
                lac_id if isinstance(lac_id, str) else None,
                LacInput(parse_day(lac.get("on")), str(lac.get("decision", ""))),
            )
        for section in touched:
            self._touch(section)
            self.errors[section].show_text(
                self.tr("Restored what you were typing before the lock. Not saved yet.")
            )
        if self._overview is not None:
            self._show_plan(self._overview)
