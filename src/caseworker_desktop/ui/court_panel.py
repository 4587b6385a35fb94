"""The court procedure of a case: the next hearing at the top, the events in date order, and a form
to add or change an event.

The biggest risk at the hearing is that the tenant does not come and loses by default, so the next
hearing is shown first with the days to go, in warning colours from two weeks before. Rule and field
problems appear next to the form; nothing typed is cleared on an error.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.court import CourtEventInput, CourtEventKind, Upcoming
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.services.court import CourtOverview
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.court_labels import court_event_label, day_text
from caseworker_desktop.ui.dates import date_edit, to_date, to_qdate
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, record_table
from caseworker_desktop.ui.labels import issue_text

SOON_STYLE = (
    "background: #fdecea; color: #8c1d18; border: 1px solid #b3261e; border-radius: 4px; padding: 6px;"
)
CALM_STYLE = "background: #eef3f8; color: #1f3b57; border-radius: 4px; padding: 6px;"
SAVED_STYLE = "color: #2e7d32;"
WARNING_COLOUR = "#8a5300"


def row_key(table: QTableWidget, row: int) -> Any:
    """The record key kept on a table row's first cell."""
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def parse_day(raw: object) -> date | None:
    """A date from a draft (ISO text), or None when it is missing or damaged."""
    if not isinstance(raw, str):
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


class CourtPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.event_id: str | None = None
        self.dirty = False
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._overview: CourtOverview | None = None
        self._build()
        self.reload()
        self.new_event()

    # --- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.hearing_banner = QLabel()
        self.hearing_banner.setWordWrap(True)
        self.hearing_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.eviction_banner = QLabel()
        self.eviction_banner.setWordWrap(True)
        self.eviction_banner.hide()

        self.table = record_table([self.tr("Date"), self.tr("Event"), self.tr("Notes"), self.tr("Remarks")])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty_note = QLabel(self.tr("No court events recorded. Add the petition or hearing below."))
        self.empty_note.setStyleSheet("color: #555;")

        self.form_box = QGroupBox(self.tr("New event"))
        form = QFormLayout(self.form_box)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("— choose —"), None)
        for kind in CourtEventKind:
            self.kind.addItem(court_event_label(kind), kind.value)
        self.kind.activated.connect(self._mark_dirty)
        self._add(form, "kind", self.tr("Event"), self.kind)
        self.on = date_edit(self._workspace.today())
        self.on.dateChanged.connect(self._mark_dirty)
        self._add(form, "on", self.tr("Date"), self.on)
        self.date_hint = QLabel(
            self.tr("For an announced eviction: the day the bailiff announced for the eviction.")
        )
        self.date_hint.setWordWrap(True)
        self.date_hint.setStyleSheet("color: #555;")
        form.addRow("", self.date_hint)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self._notes_changed)
        self._add(form, "notes", self.tr("Notes"), self.notes)

        self.summary = ErrorLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warnings.hide()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.new_button = QPushButton(self.tr("New event"))
        self.new_button.clicked.connect(self.new_event)
        self.remove_button = QPushButton(self.tr("Remove event"))
        self.remove_button.clicked.connect(self.remove)
        self.save_button = QPushButton(self.tr("Save event"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hearing_banner)
        layout.addWidget(self.eviction_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.form_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)

    def title(self) -> str:
        return self.tr("Court")

    def _notes_changed(self) -> None:
        if self.notes.hasFocus() or self.notes.document().isModified():
            self._mark_dirty()

    # --- showing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the procedure again; whatever is typed in the form stays."""
        overview = self._workspace.court.overview(self.case_id)
        self._overview = overview
        self._show_banners(overview)
        self.table.blockSignals(True)
        self.table.setRowCount(len(overview.events))
        for row, event in enumerate(overview.events):
            cells = [
                day_text(event.on),
                court_event_label(event.kind),
                event.notes,
                "\n".join(issue_text(w) for w in event.warnings),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                if column == 3 and text:
                    item.setForeground(Qt.GlobalColor.darkYellow)
                self.table.setItem(row, column, item)
            if event.id == self.event_id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self.empty_note.setVisible(not overview.events)

    def _days_text(self, upcoming: Upcoming) -> str:
        if upcoming.days_to_go == 0:
            return self.tr("today")
        if upcoming.days_to_go == 1:
            return self.tr("tomorrow")
        return self.tr("in %1 days").replace("%1", str(upcoming.days_to_go))

    def _show_banners(self, overview: CourtOverview) -> None:
        hearing = overview.next_hearing
        if hearing is None:
            self.hearing_banner.setText(self.tr("No hearing planned."))
            self.hearing_banner.setStyleSheet(CALM_STYLE)
        else:
            text = (
                self.tr("Next hearing: %1 — %2")
                .replace("%1", day_text(hearing.on))
                .replace("%2", self._days_text(hearing))
            )
            if hearing.soon:
                text += "\n" + self.tr(
                    "Within two weeks: remind the tenant, help them prepare, and offer to go along."
                )
            self.hearing_banner.setText(text)
            self.hearing_banner.setStyleSheet(SOON_STYLE if hearing.soon else CALM_STYLE)
        self.hearing_banner.setProperty("soon", bool(hearing and hearing.soon))
        eviction = overview.next_eviction
        if overview.eviction_done is not None:
            self.eviction_banner.setText(
                self.tr("Eviction carried out on %1.").replace("%1", day_text(overview.eviction_done))
            )
            self.eviction_banner.setStyleSheet(CALM_STYLE)
            self.eviction_banner.show()
        elif eviction is not None:
            self.eviction_banner.setText(
                self.tr("Eviction announced for %1 — %2")
                .replace("%1", day_text(eviction.on))
                .replace("%2", self._days_text(eviction))
            )
            self.eviction_banner.setStyleSheet(SOON_STYLE if eviction.soon else CALM_STYLE)
            self.eviction_banner.show()
        else:
            self.eviction_banner.hide()

    # --- the form ---------------------------------------------------------------------------------
    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._overview is None:
            return
        event_id = row_key(self.table, rows[0].row())
        for event in self._overview.events:
            if event.id == event_id:
                self.fill(event.id, CourtEventInput(event.kind, event.on, event.notes))
                self.dirty = False
                return

    def fill(self, event_id: str | None, data: CourtEventInput) -> None:
        self.clear_errors()
        self.event_id = event_id
        index = self.kind.findData(data.kind.value) if data.kind else 0
        self.kind.setCurrentIndex(max(index, 0))
        self.on.setDate(to_qdate(data.on or self._workspace.today()))
        self.notes.setPlainText(data.notes)
        self.notes.document().setModified(False)
        self.form_box.setTitle(self.tr("Change event") if event_id else self.tr("New event"))
        self.remove_button.setEnabled(event_id is not None)

    def new_event(self) -> None:
        self.table.clearSelection()
        self.fill(None, CourtEventInput())
        self.dirty = False

    def collect(self) -> CourtEventInput:
        kind = self.kind.currentData()
        return CourtEventInput(
            CourtEventKind(kind) if kind else None, to_date(self.on.date()), self.notes.toPlainText()
        )

    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.summary.show_text("")
        self.warnings.hide()

    def _show_warnings(self, warnings: tuple[Issue, ...]) -> None:
        self.warnings.setText("\n".join(issue_text(w) for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def save(self) -> bool:
        data = self.collect()
        try:
            if self.event_id:
                saved = self._workspace.court.edit(self.event_id, data)
            else:
                saved = self._workspace.court.add(self.case_id, data)
        except ValidationFailed as failed:
            self.clear_errors()
            for key, issue in failed.issues.items():
                if not self._show_field_issue(key, issue):
                    self.summary.show_issue(issue)
            if not self.summary.text():
                self.summary.show_text(self.tr("Please check the marked fields. Nothing you typed was lost."))
            return False
        except RuleViolation as violation:
            self.clear_errors()
            self.summary.show_issue(violation.issue)
            return False
        self.new_event()
        self.reload()
        self._show_warnings(saved.warnings)
        self.saved_note.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    def remove(self) -> None:
        if not self.event_id:
            return
        try:
            self._workspace.court.remove(self.event_id)
        except RuleViolation as violation:
            self.clear_errors()
            self.summary.show_issue(violation.issue)
            return
        self.new_event()
        self.reload()
        self.saved_note.setText(self.tr("Removed."))
        self.changed.emit()

    # --- drafts -----------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "event_id": self.event_id,
            "kind": data.kind.value if data.kind else None,
            "on": data.on.isoformat() if data.on else None,
            "notes": data.notes,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        kind = payload.get("kind")
        event_id = payload.get("event_id")
        self.fill(
            event_id if isinstance(event_id, str) else None,
            CourtEventInput(
                CourtEventKind(kind)
                if isinstance(kind, str) and kind in CourtEventKind._value2member_map_
                else None,
                parse_day(payload.get("on")),
                str(payload.get("notes", "")),
            ),
        )
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))
