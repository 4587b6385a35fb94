"""Small pieces every form uses: an error line under a field and marking fields as invalid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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


def mark_invalid(field: QWidget, invalid: bool) -> None:
    # Scoped by object name: a plain style sheet on a container would frame every child inside it.
    if not field.objectName():
        field.setObjectName(f"field{id(field)}")
    field.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    field.setStyleSheet(f"#{field.objectName()} {{ {INVALID_STYLE} }}" if invalid else "")
    field.setProperty("invalid", invalid)
