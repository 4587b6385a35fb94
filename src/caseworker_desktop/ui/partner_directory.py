"""The partner directory: landlords and services, with their contact persons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import ValidationFailed
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid
from caseworker_desktop.ui.labels import issue_text, partner_kind_label

DRAFT_FORM = "partner"


class ContactRow(QWidget):
    remove_requested = Signal(object)

    def __init__(self, contact: ContactInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact.id
        self.name = QLineEdit(contact.name)
        self.name.setPlaceholderText(self.tr("Name"))
        self.role = QLineEdit(contact.role)
        self.role.setPlaceholderText(self.tr("Role"))
        self.phone = QLineEdit(contact.phone)
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.email = QLineEdit(contact.email)
        self.email.setPlaceholderText(self.tr("E-mail"))
        self.fixed = QCheckBox(self.tr("Fixed contact"))
        self.fixed.setChecked(contact.fixed_contact)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.role, self.phone, self.email, self.fixed, remove):
            layout.addWidget(widget)

    def value(self) -> ContactInput:
        return ContactInput(
            self.name.text(),
            self.role.text(),
            self.phone.text(),
            self.email.text(),
            self.fixed.isChecked(),
            self.contact_id,
        )


class PartnerDirectory(FieldForm, QWidget):
    changed = Signal()
    close_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.partner_id: str | None = None
        self.dirty = False
        self.draft_key = "partner:directory"

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Search partners"))
        self.filter.textChanged.connect(self._apply_filter)
        self.list = QListWidget()
        # Each entry is two lines (name, then kind and town): banding keeps them apart.
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        new_button = QPushButton(self.tr("New partner"))
        new_button.clicked.connect(self.new_partner)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new_button)

        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        details = QGroupBox(self.tr("Partner"))
        form = QFormLayout(details)
        self.kind = QComboBox()
        for kind in PartnerKind:
            self.kind.addItem(partner_kind_label(kind), kind.value)
        self.kind.activated.connect(self._mark_dirty)
        self._add(form, "kind", self.tr("Type"), self.kind)
        self.name = self._line(form, "name", self.tr("Name"))
        self.street = self._line(form, "street", self.tr("Street and number"))
        self.postcode = self._line(form, "postcode", self.tr("Postcode"))
        self.municipality = self._line(form, "municipality", self.tr("Municipality"))
        self.phone = self._line(form, "phone", self.tr("Phone"))
        self.email = self._line(form, "email", self.tr("E-mail"))

        contacts = QGroupBox(self.tr("Contact persons"))
        contacts_layout = QVBoxLayout(contacts)
        self._contact_rows: list[ContactRow] = []
        self._contacts_box = QVBoxLayout()
        contacts_layout.addLayout(self._contacts_box)
        add_contact = QPushButton(self.tr("Add contact person"))
        add_contact.clicked.connect(lambda: self.add_contact(ContactInput()))
        contacts_layout.addWidget(add_contact)
        self.contacts_error = ErrorLabel()
        contacts_layout.addWidget(self.contacts_error)

        self.summary = ErrorLabel()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #2e7d32;")
        self.save_button = QPushButton(self.tr("Save partner"))
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove partner"))
        self.remove_button.clicked.connect(self.remove)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(close_button)
        buttons.addWidget(self.save_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(details)
        right_layout.addWidget(contacts)
        right_layout.addStretch(1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        self.new_partner()

    def title(self) -> str:
        return self.tr("Partner directory")

    # --- list ---------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for partner in self._workspace.partners.summaries():
            text = f"{partner.name}\n{partner_kind_label(partner.kind)}"
            if partner.municipality:
                text += f" · {partner.municipality}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            self.list.addItem(item)
            if partner.id == self.partner_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        self.open_partner(item.data(Qt.ItemDataRole.UserRole))

    # --- form ---------------------------------------------------------------------------------------
    def new_partner(self) -> None:
        self.partner_id = None
        self.fill(PartnerInput())
        self.list.clearSelection()
        self.remove_button.setEnabled(False)
        self.dirty = False

    def open_partner(self, partner_id: str) -> None:
        self.partner_id = partner_id
        self.fill(self._workspace.partners.get(partner_id))
        self.remove_button.setEnabled(True)
        self.dirty = False

    def add_contact(self, contact: ContactInput) -> ContactRow:
        row = ContactRow(contact)
        row.remove_requested.connect(self._remove_contact)
        for edit in (row.name, row.role, row.phone, row.email):
            edit.textEdited.connect(self._mark_dirty)
        row.fixed.toggled.connect(self._mark_dirty)
        self._contact_rows.append(row)
        self._contacts_box.addWidget(row)
        return row

    def _remove_contact(self, row: ContactRow) -> None:
        self._contact_rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._mark_dirty()

    @property
    def contact_rows(self) -> list[ContactRow]:
        return list(self._contact_rows)

    def fill(self, data: PartnerInput) -> None:
        self.clear_errors()
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind.value), 0))
        for key in ("name", "street", "postcode", "municipality", "phone", "email"):
            getattr(self, key).setText(getattr(data, key))
        for row in list(self._contact_rows):
            self._contact_rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for contact in data.contacts:
            self.add_contact(contact)
        self.saved_note.clear()

    def collect(self) -> PartnerInput:
        return PartnerInput(
            kind=PartnerKind(self.kind.currentData()),
            name=self.name.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            municipality=self.municipality.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            contacts=[row.value() for row in self._contact_rows],
        )

    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.contacts_error.show_text("")
        self.summary.show_text("")

    def save(self) -> bool:
        try:
            self.partner_id = self._workspace.partners.save(self.collect(), self.partner_id)
        except ValidationFailed as failed:
            self.clear_errors()
            contact_lines = []
            for key, issue in failed.issues.items():
                if self._show_field_issue(key, issue):
                    continue
                if key.startswith("contacts."):
                    _, index, name = key.split(".")
                    row = self._contact_rows[int(index)]
                    mark_invalid(getattr(row, name), True)
                    contact_lines.append(
                        self.tr("Contact person %1: %2")
                        .replace("%1", str(int(index) + 1))
                        .replace("%2", issue_text(issue))
                    )
                else:
                    contact_lines.append(issue_text(issue))
            self.contacts_error.show_text("\n".join(contact_lines))
            self.summary.show_text(self.tr("Please check the marked fields. Nothing you typed was lost."))
            return False
        self.clear_errors()
        self.dirty = False
        self.reload()
        self.open_partner(self.partner_id)
        self.saved_note.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def remove(self) -> None:
        if self.partner_id:
            self._workspace.partners.remove(self.partner_id)
            self.new_partner()
            self.reload()
            self.changed.emit()

    def draft(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "partner_id": self.partner_id,
            "kind": data.kind.value,
            **{k: getattr(data, k) for k in ("name", "street", "postcode", "municipality", "phone", "email")},
            "contacts": [vars(c) for c in data.contacts],
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        partner_id = payload.get("partner_id")
        self.partner_id = partner_id if isinstance(partner_id, str) else None
        kind = str(payload.get("kind", ""))
        texts = ("name", "street", "postcode", "municipality", "phone", "email")
        data = PartnerInput(
            kind=PartnerKind(kind) if kind in PartnerKind._value2member_map_ else PartnerKind.OTHER_SERVICE,
        )
        for key in texts:
            setattr(data, key, str(payload.get(key, "")))
        for raw in payload.get("contacts", []):
            if isinstance(raw, dict):
                contact_id = raw.get("id")
                data.contacts.append(
                    ContactInput(
                        name=str(raw.get("name", "")),
                        role=str(raw.get("role", "")),
                        phone=str(raw.get("phone", "")),
                        email=str(raw.get("email", "")),
                        fixed_contact=bool(raw.get("fixed_contact")),
                        id=contact_id if isinstance(contact_id, str) else None,
                    )
                )
        self.fill(data)
        self.remove_button.setEnabled(self.partner_id is not None)
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))
