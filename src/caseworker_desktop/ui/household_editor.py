"""Rows of household members: first name, last name, relation, birth year."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from caseworker_desktop.domain.referral import HouseholdMemberInput, Relation
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.labels import relation_label


class MemberRow(QWidget):
    remove_requested = Signal(object)
    edited = Signal()

    def __init__(self, member: HouseholdMemberInput, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.member_id = member.id
        self.first_name = QLineEdit(member.first_name)
        self.first_name.setPlaceholderText(self.tr("First name"))
        self.last_name = QLineEdit(member.last_name)
        self.last_name.setPlaceholderText(self.tr("Last name"))
        self.relation = QComboBox()
        for relation in Relation:
            self.relation.addItem(relation_label(relation), relation.value)
        self.relation.setCurrentIndex(self.relation.findData(member.relation.value))
        self.birth_year = QLineEdit(member.birth_year)
        self.birth_year.setPlaceholderText(self.tr("Birth year"))
        self.birth_year.setMaximumWidth(90)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_name, self.last_name, self.relation, self.birth_year, remove):
            layout.addWidget(widget)
        for edit in (self.first_name, self.last_name, self.birth_year):
            edit.textEdited.connect(self.edited)
        self.relation.activated.connect(self.edited)

    def value(self) -> HouseholdMemberInput:
        return HouseholdMemberInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            relation=Relation(self.relation.currentData()),
            birth_year=self.birth_year.text(),
            id=self.member_id,
        )


class HouseholdEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add household member"))
        self.add_button.clicked.connect(lambda: self.add_member(HouseholdMemberInput()))
        self.add_button.clicked.connect(self.edited)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error)

    @property
    def rows(self) -> list[MemberRow]:
        return list(self._rows)

    def add_member(self, member: HouseholdMemberInput) -> MemberRow:
        row = MemberRow(member)
        row.remove_requested.connect(self._remove)
        row.edited.connect(self.edited)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def _remove(self, row: MemberRow) -> None:
        self._rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.edited.emit()

    def set_members(self, members: list[HouseholdMemberInput]) -> None:
        for row in list(self._rows):
            self._rows.remove(row)
            row.setParent(None)
            row.deleteLater()
        for member in members:
            self.add_member(member)

    def members(self) -> list[HouseholdMemberInput]:
        return [row.value() for row in self._rows]
