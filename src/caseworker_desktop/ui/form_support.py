"""Small pieces every form uses: an error line under a field and marking fields as invalid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.ui.labels import issue_text

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px;"


class ErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_issue(self, issue: Issue | None) -> None:
        self.show_text(issue_text(issue) if issue else "")

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(field: QWidget) -> tuple[QWidget, ErrorLabel]:
    """Wrap a field so its error text appears right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    error = ErrorLabel()
    layout.addWidget(error)
    return box, error


def record_table(headers: list[str]) -> QTableWidget:
    """A read-only list of records: one whole row selected at a time, no row numbers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def mark_invalid(field: QWidget, invalid: bool) -> None:
    # Scoped by object name: a plain style sheet on a container would frame every child inside it.
    if not field.objectName():
        field.setObjectName(f"field{id(field)}")
    field.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    field.setStyleSheet(f"#{field.objectName()} {{ {INVALID_STYLE} }}" if invalid else "")
    field.setProperty("invalid", invalid)


class FieldForm:
    """Mixin for an editing form whose fields each carry an error line and a dirty flag."""

    fields: dict[str, tuple[QWidget, ErrorLabel]]
    dirty: bool
    saved_note: QLabel

    def _add(
        self, form: QFormLayout, key: str, label: str, field: QWidget, marked: QWidget | None = None
    ) -> None:
        """`marked` is the part framed in red on an error, when it is not the whole row."""
        box, error = with_error(field)
        self.fields[key] = (marked or field, error)
        form.addRow(label, box)

    def _line(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._mark_dirty)
        self._add(form, key, label, edit)
        return edit

    def _mark_dirty(self, *_: Any) -> None:
        self.dirty = True
        self.saved_note.clear()

    def _clear_field_errors(self) -> None:
        for field, error in self.fields.values():
            mark_invalid(field, False)
            error.show_text("")

    def _show_field_issue(self, key: str, issue: Issue) -> bool:
        """Point at the field; False when the key names no single field of this form."""
        if key not in self.fields:
            return False
        field, error = self.fields[key]
        mark_invalid(field, True)
        error.show_issue(issue)
        return True
