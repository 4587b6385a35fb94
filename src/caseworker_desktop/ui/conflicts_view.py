"""Fields changed on this laptop and on another one before either had synced.

The merge keeps every field that changed on one side only; where both sides changed the same field,
it keeps this laptop's value for now and asks the person to choose. Each conflict shows both values
side by side, who changed them and when, and the record waits in the outbox until the choice is made.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.services.sync import ConflictView, SyncService
from caseworker_desktop.sync.records import DIRECTORY_KINDS
from caseworker_desktop.ui.court_labels import euro
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.labels import issue_text
from caseworker_desktop.ui.sync_labels import field_label, record_kind_label
from caseworker_desktop.ui.sync_status import moment_text

translate = QCoreApplication.translate

# Longer values get a scrollable box; a short one reads better as a line of text.
LONG_TEXT = 80
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def value_text(value: Any, field: str) -> str:
    if value is None or value == "":
        return translate("ConflictsView", "(empty)")
    if isinstance(value, bool):
        return translate("ConflictsView", "Yes") if value else translate("ConflictsView", "No")
    if isinstance(value, int) and field.endswith("_cents"):
        return euro(value)
    if isinstance(value, str) and _ISO_DAY.match(value):
        return datetime.fromisoformat(value).strftime("%d/%m/%Y")
    if isinstance(value, str) and _ISO_TIME.match(value):
        try:
            at = datetime.fromisoformat(value)
        except ValueError:
            return value
        return at.replace(tzinfo=at.tzinfo or UTC).astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return str(value)


def _is_long(text: str) -> bool:
    return len(text) > LONG_TEXT or "\n" in text


def _value_widget(text: str, long: bool) -> QWidget:
    """Both sides get the same kind of box, so the two values line up to be compared."""
    if long:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setMinimumHeight(90)
        box.setMaximumHeight(160)
        return box
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(6)
    return label


class ConflictCard(QGroupBox):
    """One conflict: where it is, both values, and the two choices."""

    chosen = Signal(str, str)  # conflict id, "local" | "remote"

    def __init__(self, conflict: ConflictView, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        if conflict.case_number:
            title = (
                self.tr("Case %1 · %2")
                .replace("%1", conflict.case_number)
                .replace("%2", conflict.client_name)
            )
        elif conflict.kind in DIRECTORY_KINDS:
            title = self.tr("Partner directory")
        else:
            title = self.tr("Record without a case")
        self.setTitle(title)
        self.what = QLabel(
            self.tr("%1 · field “%2”")
            .replace("%1", record_kind_label(conflict.kind))
            .replace("%2", field_label(conflict.field))
        )
        self.what.setTextFormat(Qt.TextFormat.PlainText)
        self.local_text = value_text(conflict.local_value, conflict.field)
        self.remote_text = value_text(conflict.remote_value, conflict.field)
        long = _is_long(self.local_text) or _is_long(self.remote_text)
        self.local_value = _value_widget(self.local_text, long)
        self.remote_value = _value_widget(self.remote_text, long)

        local_when = (
            self.tr("Changed on this laptop %1").replace("%1", moment_text(conflict.local_at, now))
            if conflict.local_at
            else self.tr("Changed on this laptop")
        )
        # The server names authors by worker id only; a bare id means nothing to the reader.
        author = self.tr("a colleague")
        remote_when = (
            self.tr("Changed by %1 %2")
            .replace("%1", author)
            .replace("%2", moment_text(conflict.remote_at, now))
            if conflict.remote_at
            else self.tr("Changed by %1").replace("%1", author)
        )
        self.local_who = self._small(local_when)
        self.remote_who = self._small(remote_when)
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.keep_button.clicked.connect(lambda: self.chosen.emit(conflict.id, "local"))
        self.take_button.clicked.connect(lambda: self.chosen.emit(conflict.id, "remote"))

        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for column, heading, value, who, button in (
            (0, self.tr("Mine"), self.local_value, self.local_who, self.keep_button),
            (1, self.tr("Theirs"), self.remote_value, self.remote_who, self.take_button),
        ):
            title_label = QLabel(f"<b>{heading}</b>")
            grid.addWidget(title_label, 0, column)
            grid.addWidget(value, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(who, 2, column)
            grid.addWidget(button, 3, column, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addLayout(grid)

    @staticmethod
    def _small(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        return label


class ConflictsView(QDialog):
    resolved = Signal(str)  # the conflict's id

    def __init__(
        self, service: SyncService, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._clock = clock
        self.cards: list[ConflictCard] = []
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(820, 600)
        intro = QLabel(
            self.tr(
                "These fields were changed both on this laptop and on another one before they synced. "
                "Until you choose, this laptop's value is used and the record is not sent to the team."
            )
        )
        intro.setWordWrap(True)
        self.error = ErrorLabel()
        self.empty = QLabel(self.tr("There are no conflicts to resolve."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        for card in self.cards:
            self._list_layout.removeWidget(card)
            card.deleteLater()
        now = self._clock()
        self.cards = [ConflictCard(conflict, now) for conflict in self.service.conflicts()]
        for index, card in enumerate(self.cards):
            card.chosen.connect(self.choose)
            self._list_layout.insertWidget(index, card)
        self.empty.setVisible(not self.cards)

    def card(self, conflict_id: str) -> ConflictCard:
        return next(card for card in self.cards if card.conflict.id == conflict_id)

    def choose(self, conflict_id: str, keep: str) -> None:
        self.error.show_text("")
        try:
            self.service.resolve(conflict_id, keep)
        except RuleViolation as violation:
            self.error.show_text(issue_text(violation.issue))
            self.reload()
            return
        self.reload()
        self.resolved.emit(conflict_id)
