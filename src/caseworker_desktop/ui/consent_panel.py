"""Consent: what may be shared with whom, since when, and its withdrawal.

The team always shares the file (the tenant is told at intake); the landlord only what concerns the
housing problem; any other organisation only for a named purpose and named kinds of information.
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
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.consent import ConsentInput, ConsentRecipient, InformedHow
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.services.engagement import ConsentView
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import date_edit, day_text, to_date, to_qdate
from caseworker_desktop.ui.engagement_labels import (
    data_category_label,
    informed_how_label,
    recipient_label,
)
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, record_table
from caseworker_desktop.ui.outreach_panel import COMBO_WIDTH, OK_STYLE, left_aligned

TYPED_NAME = "__typed__"


class ConsentPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._consents: list[ConsentView] = []
        self._loading = False
        self._build()
        self.reload()
        self._recipient_changed()
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        today = self._workspace.today()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(OK_STYLE)

        listing = QGroupBox(self.tr("Consents of this tenant"))
        listing_layout = QVBoxLayout(listing)
        self.table = record_table(
            [
                self.tr("Shared with"),
                self.tr("Purpose"),
                self.tr("Information"),
                self.tr("Given on"),
                self.tr("Informed"),
                self.tr("State"),
            ]
        )
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(130)
        self.table.setMaximumHeight(180)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        listing_layout.addWidget(self.table)
        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(QLabel(self.tr("Withdrawn on")))
        self.withdraw_on = date_edit(today, 170)
        withdraw_row.addWidget(self.withdraw_on)
        self.withdraw_button = QPushButton(self.tr("Withdraw selected consent"))
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        listing_layout.addLayout(withdraw_row)
        self.withdraw_error = ErrorLabel()
        listing_layout.addWidget(self.withdraw_error)

        new = QGroupBox(self.tr("New consent"))
        form = QFormLayout(new)
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("— choose —"), None)
        for recipient in ConsentRecipient:
            self.recipient.addItem(recipient_label(recipient), recipient.value)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.recipient.activated.connect(self._mark_dirty)
        self._add(form, "recipient", self.tr("Shared with"), self.recipient)
        self.recipient_hint = QLabel()
        self.recipient_hint.setWordWrap(True)
        self.recipient_hint.setStyleSheet("color: #555;")
        form.addRow("", self.recipient_hint)

        organisation_row = QWidget()
        organisation_layout = QHBoxLayout(organisation_row)
        organisation_layout.setContentsMargins(0, 0, 0, 0)
        self.organisation = QComboBox()
        self.organisation.activated.connect(self._mark_dirty)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.organisation_name = QLineEdit()
        self.organisation_name.setPlaceholderText(self.tr("name of an organisation not in the directory"))
        self.organisation_name.textEdited.connect(self._mark_dirty)
        organisation_layout.addWidget(self.organisation, 1)
        organisation_layout.addWidget(self.organisation_name, 1)
        self._add(form, "organisation", self.tr("Organisation"), organisation_row, self.organisation)

        self.purpose = QPlainTextEdit()
        self.purpose.setMaximumHeight(70)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setPlaceholderText(self.tr("e.g. apply for budget counselling at the OCMW"))
        self.purpose.textChanged.connect(self._mark_dirty)
        self._add(form, "purpose", self.tr("Purpose"), self.purpose)

        categories = QWidget()
        grid = QGridLayout(categories)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_boxes: dict[DataCategory, QCheckBox] = {}
        for index, category in enumerate(DataCategory):
            box = QCheckBox(data_category_label(category))
            box.toggled.connect(self._mark_dirty)
            self.category_boxes[category] = box
            grid.addWidget(box, index // 2, index % 2)
        self._add(form, "categories", self.tr("Information that may be shared"), categories)

        self.given_on = date_edit(today, 170)
        self.given_on.dateChanged.connect(self._mark_dirty)
        self._add(form, "given_on", self.tr("Given on"), self.given_on)
        self.informed_how = QComboBox()
        for how in InformedHow:
            self.informed_how.addItem(informed_how_label(how), how.value)
        self.informed_how.activated.connect(self._mark_dirty)
        self._add(form, "informed_how", self.tr("Tenant informed"), self.informed_how)
        for combo in (self.recipient, self.informed_how):
            combo.setMaximumWidth(COMBO_WIDTH)
        self.add_error = ErrorLabel()
        form.addRow("", self.add_error)
        self.add_button = QPushButton(self.tr("Add consent"))
        self.add_button.clicked.connect(self.add_consent)
        form.addRow("", left_aligned(self.add_button))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(listing)
        body_layout.addWidget(new)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(8, 0, 8, 4)
        bottom.addWidget(self.saved_note, 1)
        layout.addLayout(bottom)

    def _mark_dirty(self, *_: Any) -> None:
        if not self._loading:
            super()._mark_dirty()

    # --- the case panel interface --------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Consent")

    def reload(self) -> None:
        """Read the consents and the partner directory again; what is typed in the form stays."""
        self._loading = True
        try:
            self._consents = self._workspace.engagement.consent_list(self.case_id)
            self._fill_table()
            self._fill_organisations()
            landlord = any(c.in_force and c.recipient == ConsentRecipient.LANDLORD for c in self._consents)
            self.summary.setText(
                self.tr("A landlord consent is in force: landlord-shared goals and documents are possible.")
                if landlord
                else self.tr(
                    "No landlord consent in force: nothing can be shared with the landlord until the "
                    "tenant gives it."
                )
            )
        finally:
            self._loading = False

    def draft(self) -> dict[str, Any]:
        return {
            "recipient": self.recipient.currentData(),
            "organisation_id": self.organisation.currentData(),
            "organisation_name": self.organisation_name.text(),
            "purpose": self.purpose.toPlainText(),
            "categories": sorted(c.value for c, box in self.category_boxes.items() if box.isChecked()),
            "given_on": to_date(self.given_on.date()).isoformat(),
            "informed_how": self.informed_how.currentData(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        recipient = payload.get("recipient")
        self.recipient.setCurrentIndex(max(self.recipient.findData(recipient), 0) if recipient else 0)
        organisation = payload.get("organisation_id")
        if isinstance(organisation, str):
            self.organisation.setCurrentIndex(max(self.organisation.findData(organisation), 0))
        self.organisation_name.setText(str(payload.get("organisation_name", "")))
        self.purpose.setPlainText(str(payload.get("purpose", "")))
        chosen = payload.get("categories")
        for category, box in self.category_boxes.items():
            box.setChecked(isinstance(chosen, list) and category.value in chosen)
        raw = payload.get("given_on")
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                self.given_on.setDate(to_qdate(date.fromisoformat(raw)))
        how = payload.get("informed_how")
        if isinstance(how, str):
            self.informed_how.setCurrentIndex(max(self.informed_how.findData(how), 0))
        self.dirty = True
        self.saved_note.setText(self.tr("Restored what you were typing before the lock. Not saved yet."))

    # --- showing --------------------------------------------------------------------------------------
    def _state_text(self, consent: ConsentView) -> str:
        if consent.withdrawn_on:
            return self.tr("Withdrawn on %1").replace("%1", day_text(consent.withdrawn_on))
        if consent.in_force:
            return self.tr("In force")
        return self.tr("Not in force")

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._consents))
        for row, consent in enumerate(self._consents):
            who = recipient_label(consent.recipient)
            if consent.organisation and consent.recipient == ConsentRecipient.ORGANISATION:
                who = consent.organisation
            elif consent.organisation:
                who += f" – {consent.organisation}"
            cells = (
                who,
                consent.purpose,
                ", ".join(data_category_label(c) for c in DataCategory if c in consent.categories),
                day_text(consent.given_on),
                informed_how_label(consent.informed_how) if consent.informed_how else "",
                self._state_text(consent),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, consent.id)
                if not consent.in_force:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._selection_changed()

    def _fill_organisations(self) -> None:
        current = self.organisation.currentData()
        self.organisation.clear()
        self.organisation.addItem(self.tr("— not in the directory: type the name —"), TYPED_NAME)
        for partner in self._workspace.partners.summaries():
            label = partner.name + (f" ({partner.municipality})" if partner.municipality else "")
            self.organisation.addItem(label, partner.id)
        index = self.organisation.findData(current) if current else 0
        self.organisation.setCurrentIndex(max(index, 0))
        self._organisation_changed()

    def _selected(self) -> ConsentView | None:
        items = self.table.selectedItems()
        if not items:
            return None
        consent_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((c for c in self._consents if c.id == consent_id), None)

    def _selection_changed(self) -> None:
        consent = self._selected()
        self.withdraw_button.setEnabled(
            consent is not None
            and consent.withdrawn_on is None
            and consent.recipient != ConsentRecipient.TEAM
        )

    def _recipient_changed(self, *_: Any) -> None:
        value = self.recipient.currentData()
        organisation = value == ConsentRecipient.ORGANISATION.value
        self.organisation.setEnabled(organisation)
        self._organisation_changed()
        hints = {
            ConsentRecipient.TEAM.value: self.tr(
                "Colleagues and the team leader share the file for continuity and supervision. It is "
                "recorded at the first intake save if it is not here yet."
            ),
            ConsentRecipient.LANDLORD.value: self.tr(
                "Only what concerns the housing problem the landlord raised: landlord-shared goals and "
                "conditions, their evaluations, the agreement, the housing result. Never health, "
                "addiction, psychiatric or justice information."
            ),
            ConsentRecipient.ORGANISATION.value: self.tr(
                "Name the organisation, the purpose and the kinds of information the tenant agrees to share."
            ),
        }
        self.recipient_hint.setText(hints.get(value, ""))
        self.recipient_hint.setVisible(bool(self.recipient_hint.text()))

    def _organisation_changed(self, *_: Any) -> None:
        typed = self.organisation.currentData() == TYPED_NAME
        self.organisation_name.setEnabled(
            self.recipient.currentData() == ConsentRecipient.ORGANISATION.value and typed
        )

    # --- actions --------------------------------------------------------------------------------------
    def collect(self) -> ConsentInput:
        recipient = self.recipient.currentData()
        organisation = self.organisation.currentData()
        how = self.informed_how.currentData()
        return ConsentInput(
            recipient=ConsentRecipient(recipient) if recipient else None,
            given_on=to_date(self.given_on.date()),
            informed_how=InformedHow(how) if how else None,
            organisation_id=organisation if organisation and organisation != TYPED_NAME else None,
            organisation_name=self.organisation_name.text() if organisation == TYPED_NAME else "",
            purpose=self.purpose.toPlainText(),
            categories={c for c, box in self.category_boxes.items() if box.isChecked()},
        )

    def _show_issues(self, issues: dict[str, Issue]) -> None:
        self._clear_field_errors()
        self.add_error.show_text("")
        for key, issue in issues.items():
            if not self._show_field_issue(key, issue):
                self.add_error.show_issue(issue)
        self.saved_note.clear()

    def add_consent(self) -> bool:
        try:
            self._workspace.engagement.add_consent(self.case_id, self.collect())
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self._clear_field_errors()
            self.add_error.show_issue(violation.issue)
            return False
        self._clear_field_errors()
        self.add_error.show_text("")
        self._loading = True
        self.recipient.setCurrentIndex(0)
        self.organisation.setCurrentIndex(0)
        self.organisation_name.clear()
        self.purpose.clear()
        for box in self.category_boxes.values():
            box.setChecked(False)
        self._loading = False
        self._done(self.tr("Consent added."))
        return True

    def withdraw_selected(self) -> bool:
        consent = self._selected()
        if consent is None:
            return False
        try:
            self._workspace.engagement.withdraw_consent(consent.id, to_date(self.withdraw_on.date()))
        except ValidationFailed as failed:
            self.withdraw_error.show_issue(next(iter(failed.issues.values())))
            return False
        except RuleViolation as violation:
            self.withdraw_error.show_issue(violation.issue)
            return False
        self.withdraw_error.show_text("")
        self._done(self.tr("Consent withdrawn. It no longer counts anywhere, from that day on."))
        return True

    def _done(self, message: str) -> None:
        self.reload()
        self.dirty = bool(self.purpose.toPlainText().strip() or self.recipient.currentData())
        self.saved_note.setText(message)
        self.changed.emit()
