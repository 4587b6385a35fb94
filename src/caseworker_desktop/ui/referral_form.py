"""The referral form: a new referral, or an existing case's referral and status.

Errors are shown next to each field and never clear what was typed. The form can hand its whole
typed state to the caller as a draft (at lock time) and take it back after unlocking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.referral import (
    Problem,
    ReferralInput,
    ReferralSource,
    input_from_dict,
    input_to_dict,
)
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import DATE_FORMAT
from caseworker_desktop.ui.dates import to_date as _pydate
from caseworker_desktop.ui.dates import to_qdate as _qdate
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid
from caseworker_desktop.ui.household_editor import HouseholdEditor
from caseworker_desktop.ui.labels import issue_text, problem_label, source_label
from caseworker_desktop.ui.status_panel import StatusPanel

DRAFT_FORM = "referral"


class ReferralForm(FieldForm, QWidget):
    saved = Signal(str)  # case id
    close_requested = Signal()
    directory_requested = Signal()
    title_changed = Signal(str)

    def __init__(self, workspace: Workspace, case_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.draft_key = f"referral:{case_id or id(self)}"
        self._build()
        self.reload_landlords()
        if case_id:
            self._load_case(case_id)
        else:
            self.referral_date.setDate(_qdate(workspace.today()))
            self.next_date.setDate(_qdate(workspace.today()))
            self.status_panel.hide()
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self.summary = ErrorLabel()
        self.status_panel = StatusPanel()
        self.status_panel.reopen_requested.connect(self._reopen)

        client = QGroupBox(self.tr("Client"))
        client_form = QFormLayout(client)
        self.first_name = self._line(client_form, "first_name", self.tr("First name"))
        self.last_name = self._line(client_form, "last_name", self.tr("Last name"))
        self.national_number = self._line(client_form, "national_number", self.tr("National register number"))
        self.national_number.setPlaceholderText(self.tr("optional, e.g. 85.07.30-033.28"))
        self.phone = self._line(client_form, "phone", self.tr("Phone"))
        self.email = self._line(client_form, "email", self.tr("E-mail"))

        address = QGroupBox(self.tr("Address"))
        address_form = QFormLayout(address)
        self.street = self._line(address_form, "street", self.tr("Street"))
        self.house_number = self._line(address_form, "house_number", self.tr("House number"))
        self.box = self._line(address_form, "box", self.tr("Box"))
        self.postcode = self._line(address_form, "postcode", self.tr("Postcode"))
        self.municipality = self._line(address_form, "municipality", self.tr("Municipality"))

        household = QGroupBox(self.tr("Household"))
        household_layout = QVBoxLayout(household)
        self.household = HouseholdEditor()
        self.household.edited.connect(self._mark_dirty)
        household_layout.addWidget(self.household)

        tenancy = QGroupBox(self.tr("Tenancy"))
        tenancy_form = QFormLayout(tenancy)
        self.landlord = QComboBox()
        self.landlord.currentIndexChanged.connect(self._landlord_changed)
        self.landlord.activated.connect(self._mark_dirty)
        add_landlord = QPushButton(self.tr("Partner directory…"))
        add_landlord.clicked.connect(self.directory_requested)
        landlord_row = QWidget()
        row = QHBoxLayout(landlord_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.landlord, 1)
        row.addWidget(add_landlord)
        self._add(tenancy_form, "landlord", self.tr("Landlord"), landlord_row, self.landlord)
        self.landlord_contact = QComboBox()
        self.landlord_contact.activated.connect(self._mark_dirty)
        self._add(
            tenancy_form, "landlord_contact", self.tr("Landlord's contact person"), self.landlord_contact
        )
        self.monthly_rent = self._line(tenancy_form, "monthly_rent", self.tr("Monthly rent (€)"))
        self.arrears_amount = self._line(tenancy_form, "arrears_amount", self.tr("Rent arrears (€)"))
        self.arrears_months = self._line(tenancy_form, "arrears_months", self.tr("Arrears in months of rent"))

        referral = QGroupBox(self.tr("Referral"))
        referral_form = QFormLayout(referral)
        self.referral_date = QDateEdit()
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat(DATE_FORMAT)
        self.referral_date.dateChanged.connect(self._mark_dirty)
        self._add(referral_form, "referral_date", self.tr("Date of referral"), self.referral_date)
        self.source = QComboBox()
        self.source.addItem(self.tr("— choose —"), None)
        for source in ReferralSource:
            self.source.addItem(source_label(source), source.value)
        self.source.activated.connect(self._mark_dirty)
        self._add(referral_form, "source", self.tr("Referred by"), self.source)
        self.referrer_name = self._line(referral_form, "referrer_name", self.tr("Name of the referrer"))
        self.referrer_contact = self._line(
            referral_form, "referrer_contact", self.tr("Referrer's phone or e-mail")
        )
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problem_boxes: dict[Problem, QCheckBox] = {}
        for problem in Problem:
            box = QCheckBox(problem_label(problem))
            box.toggled.connect(self._mark_dirty)
            self.problem_boxes[problem] = box
            problems_layout.addWidget(box)
        self._add(referral_form, "problems", self.tr("Problems"), problems)
        self.steps_taken = self._text(referral_form, "steps_taken", self.tr("Steps already taken"))
        self.question = self._text(referral_form, "question", self.tr("Question to the counsellor"))
        self.eviction = QCheckBox(self.tr("An eviction procedure is running"))
        self.eviction.toggled.connect(self._mark_dirty)
        referral_form.addRow("", self.eviction)
        next_row = QWidget()
        next_layout = QHBoxLayout(next_row)
        next_layout.setContentsMargins(0, 0, 0, 0)
        self.has_next_date = QCheckBox(self.tr("Date planned"))
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat(DATE_FORMAT)
        self.next_date.setEnabled(False)
        self.has_next_date.toggled.connect(self.next_date.setEnabled)
        self.has_next_date.toggled.connect(self._mark_dirty)
        self.next_date.dateChanged.connect(self._mark_dirty)
        next_layout.addWidget(self.has_next_date)
        next_layout.addWidget(self.next_date, 1)
        self._add(referral_form, "next_date", self.tr("Next appointment or step"), next_row)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        left.addWidget(client)
        left.addWidget(address)
        left.addWidget(household)
        left.addStretch(1)
        right.addWidget(tenancy)
        right.addWidget(referral)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status_panel)
        body_layout.addWidget(self.summary)
        body_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        buttons = QHBoxLayout()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #2e7d32;")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _text(self, form: QFormLayout, key: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setMaximumHeight(80)
        edit.textChanged.connect(self._mark_dirty)
        self._add(form, key, label, edit)
        return edit

    # --- landlords ------------------------------------------------------------------------------
    def reload_landlords(self) -> None:
        current = self.landlord.currentData()
        self.landlord.blockSignals(True)
        self.landlord.clear()
        self.landlord.addItem(self.tr("— choose a landlord —"), None)
        for partner in self._workspace.partners.summaries(landlords_only=True):
            label = partner.name + (f" ({partner.municipality})" if partner.municipality else "")
            self.landlord.addItem(label, partner.id)
        index = self.landlord.findData(current) if current else 0
        self.landlord.setCurrentIndex(max(index, 0))
        self.landlord.blockSignals(False)
        self._landlord_changed()

    def _landlord_changed(self, *_: Any) -> None:
        current_contact = self.landlord_contact.currentData()
        self.landlord_contact.clear()
        self.landlord_contact.addItem(self.tr("— none —"), None)
        landlord_id = self.landlord.currentData()
        if landlord_id:
            for contact in self._workspace.partners.contacts(landlord_id):
                label = contact.name + (f" – {contact.role}" if contact.role else "")
                if contact.fixed_contact:
                    label += " ★"
                self.landlord_contact.addItem(label, contact.id)
        index = self.landlord_contact.findData(current_contact) if current_contact else 0
        self.landlord_contact.setCurrentIndex(max(index, 0))

    # --- values in and out ------------------------------------------------------------------------
    def collect(self) -> ReferralInput:
        source = self.source.currentData()
        return ReferralInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            national_number=self.national_number.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            street=self.street.text(),
            house_number=self.house_number.text(),
            box=self.box.text(),
            postcode=self.postcode.text(),
            municipality=self.municipality.text(),
            household=self.household.members(),
            landlord_id=self.landlord.currentData(),
            landlord_contact_id=self.landlord_contact.currentData(),
            monthly_rent=self.monthly_rent.text(),
            arrears_amount=self.arrears_amount.text(),
            arrears_months=self.arrears_months.text(),
            referral_date=_pydate(self.referral_date.date()),
            source=ReferralSource(source) if source else None,
            referrer_name=self.referrer_name.text(),
            referrer_contact=self.referrer_contact.text(),
            problems={p for p, box in self.problem_boxes.items() if box.isChecked()},
            steps_taken=self.steps_taken.toPlainText(),
            question=self.question.toPlainText(),
            eviction_procedure=self.eviction.isChecked(),
            next_date=_pydate(self.next_date.date()) if self.has_next_date.isChecked() else None,
        )

    def fill(self, data: ReferralInput) -> None:
        for key in (
            "first_name",
            "last_name",
            "national_number",
            "phone",
            "email",
            "street",
            "house_number",
            "box",
            "postcode",
            "municipality",
            "monthly_rent",
            "arrears_amount",
            "arrears_months",
            "referrer_name",
            "referrer_contact",
        ):
            getattr(self, key).setText(getattr(data, key))
        self.steps_taken.setPlainText(data.steps_taken)
        self.question.setPlainText(data.question)
        self.household.set_members(data.household)
        landlord_index = self.landlord.findData(data.landlord_id) if data.landlord_id else 0
        self.landlord.setCurrentIndex(max(landlord_index, 0))
        contact_index = (
            self.landlord_contact.findData(data.landlord_contact_id) if data.landlord_contact_id else 0
        )
        self.landlord_contact.setCurrentIndex(max(contact_index, 0))
        if data.referral_date:
            self.referral_date.setDate(_qdate(data.referral_date))
        source_index = self.source.findData(data.source.value) if data.source else 0
        self.source.setCurrentIndex(max(source_index, 0))
        for problem, box in self.problem_boxes.items():
            box.setChecked(problem in data.problems)
        self.eviction.setChecked(data.eviction_procedure)
        self.has_next_date.setChecked(data.next_date is not None)
        if data.next_date:
            self.next_date.setDate(_qdate(data.next_date))
        else:
            self.next_date.setDate(_qdate(self._workspace.today()))

    def draft(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "input": input_to_dict(self.collect())}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        raw = payload.get("input")
        if isinstance(raw, dict):
            self.fill(input_from_dict(raw))
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))

    def title(self) -> str:
        if not self.case_id:
            return self.tr("New referral")
        name = f"{self.first_name.text()} {self.last_name.text()}".strip()
        return name or self.tr("Case")

    def reload(self) -> None:
        """Show the saved case again (after a sync brought a colleague's change)."""
        if self.case_id:
            self._load_case(self.case_id)
            self.dirty = False  # filling the fields is not typing

    # --- actions ----------------------------------------------------------------------------------
    def _load_case(self, case_id: str) -> None:
        detail = self._workspace.referrals.load(case_id)
        self.fill(detail.referral)
        self.status_panel.show_case(detail)
        self.status_panel.show()

    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.household.error.show_text("")
        self.summary.show_text("")

    def show_issues(self, issues: dict[str, Issue]) -> None:
        self.clear_errors()
        household_lines = []
        for key, issue in issues.items():
            if key.startswith("household."):
                _, index, name = key.split(".")
                field_name = {
                    "first_name": self.tr("first name"),
                    "last_name": self.tr("last name"),
                    "birth_year": self.tr("birth year"),
                }.get(name, name)
                household_lines.append(
                    self.tr("Household member %1, %2: %3")
                    .replace("%1", str(int(index) + 1))
                    .replace("%2", field_name)
                    .replace("%3", issue_text(issue))
                )
                rows = self.household.rows
                if int(index) < len(rows):
                    mark_invalid(getattr(rows[int(index)], name), True)
            else:
                self._show_field_issue(key, issue)
        self.household.error.show_text("\n".join(household_lines))
        count = len(issues)
        self.summary.show_text(
            self.tr("Please check the marked fields (%1). Nothing you typed was lost.").replace(
                "%1", str(count)
            )
        )

    def save(self) -> bool:
        data = self.collect()
        try:
            if self.case_id:
                self._workspace.referrals.update(self.case_id, data)
            else:
                self.case_id = self._workspace.referrals.register(data)
        except ValidationFailed as failed:
            self.show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self.clear_errors()
            self.summary.show_text(issue_text(violation.issue))
            return False
        self.clear_errors()
        self.dirty = False
        self._load_case(self.case_id)
        self.dirty = False
        self.saved_note.setText(self.tr("Saved."))
        self.title_changed.emit(self.title())
        self.saved.emit(self.case_id)
        return True

    def _reopen(self) -> None:
        assert self.case_id
        try:
            new_id = self._workspace.referrals.reopen(self.case_id)
        except RuleViolation as violation:
            self.status_panel.error.show_issue(violation.issue)
            return
        self.saved.emit(new_id)
        self.case_id = new_id
        self.draft_key = f"referral:{new_id}"
        self._load_case(new_id)
        self.dirty = False
        self.title_changed.emit(self.title())
