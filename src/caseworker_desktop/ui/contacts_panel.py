"""The contact log of a case: home visits, calls and meetings, with the counsellor's personal notes.

Left, the log (newest first) and the counsellor's personal working notes on the case as a whole;
right, the form to add or edit a contact. The contact's summary is shared with the team; the personal
working note below it, set apart, stays on this laptop and is read only by its author.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.followup import ContactInput, ContactKind
from caseworker_desktop.services.contacts import ContactRecord, NoteRecord
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import DATE_FORMAT
from caseworker_desktop.ui.dates import to_date as _pydate
from caseworker_desktop.ui.dates import to_qdate as _qdate
from caseworker_desktop.ui.followup_labels import contact_kind_label
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid
from caseworker_desktop.ui.labels import issue_text
from caseworker_desktop.ui.table_model import ModelIndex, RecordTableModel

# Personal notes are set apart in colour; the title keeps its place above the frame.
PERSONAL_STYLE = (
    "QGroupBox#personal { background: #fff8e1; border: 1px solid #e0c46c; border-radius: 4px;"
    " margin-top: 1.6ex; padding-top: 1.2ex; }"
    " QGroupBox#personal::title { subcontrol-origin: margin; subcontrol-position: top left;"
    " left: 8px; padding: 0 4px; }"
)


class Column(IntEnum):
    DATE = 0
    KIND = 1
    DURATION = 2
    WITH_WHOM = 3
    SUMMARY = 4


class ContactTableModel(RecordTableModel):
    """The contact log as a table; rows come from the service already newest first."""

    column_count = len(Column)

    def row_total(self) -> int:
        return len(self._rows)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ContactRecord] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Duration"),
            self.tr("With whom"),
            self.tr("Summary"),
        ]

    def set_rows(self, rows: Sequence[ContactRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ContactRecord:
        return self._rows[row]

    def row_of(self, contact_id: str) -> int:
        for position, record in enumerate(self._rows):
            if record.id == contact_id:
                return position
        return -1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SUMMARY:
            return record.summary or None
        if role == Qt.ItemDataRole.FontRole and record.planned:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _text(self, record: ContactRecord, column: Column) -> str:
        if column == Column.DATE:
            return record.on.strftime("%d/%m/%Y")
        if column == Column.KIND:
            label = contact_kind_label(record.kind)
            return self.tr("%1 (planned)").replace("%1", label) if record.planned else label
        if column == Column.DURATION:
            if record.duration_min is None:
                return ""
            return self.tr("%1 min").replace("%1", str(record.duration_min))
        if column == Column.WITH_WHOM:
            return record.with_whom
        return " ".join(record.summary.split())


class ContactsPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.contact_id: str | None = None  # the contact in the form; None for a new one
        self.note_id: str | None = None  # the case note in the note editor; None for a new one
        self.form_dirty = False
        self.note_dirty = False
        self.ended = False
        self._build()
        self.reload()
        self.new_contact()
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

        # The log.
        self.counts = QLabel()
        self.model = ContactTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed starting widths: sizing to contents would measure every row of a long history.
        metrics = self.table.fontMetrics()
        widest_kind = max(metrics.horizontalAdvance(contact_kind_label(k)) for k in ContactKind)
        for column, width in (
            (Column.DATE, metrics.horizontalAdvance("00/00/0000")),
            (Column.KIND, widest_kind),
            (Column.DURATION, metrics.horizontalAdvance("000 min")),
            (Column.WITH_WHOM, metrics.horizontalAdvance("M" * 10)),
        ):
            header.resizeSection(column, width + 24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("&New contact"))
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button = QPushButton(self.tr("&Edit selected"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.clicked.connect(self._ask_remove)
        log_buttons = QHBoxLayout()
        log_buttons.addWidget(self.new_button)
        log_buttons.addWidget(self.edit_button)
        log_buttons.addWidget(self.remove_button)
        log_buttons.addStretch(1)

        self.confirm_box = QWidget()
        confirm = QHBoxLayout(self.confirm_box)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_remove_button = QPushButton(self.tr("Yes, remove"))
        self.confirm_remove_button.clicked.connect(self.remove_selected)
        self.keep_button = QPushButton(self.tr("Keep it"))
        self.keep_button.clicked.connect(self.confirm_box.hide)
        confirm.addWidget(self.confirm_text, 1)
        confirm.addWidget(self.confirm_remove_button)
        confirm.addWidget(self.keep_button)
        self.confirm_box.hide()
        self.log_error = ErrorLabel()

        log_box = QGroupBox(self.tr("Contact log"))
        log_layout = QVBoxLayout(log_box)
        log_layout.addWidget(self.counts)
        log_layout.addWidget(self.table, 1)
        log_layout.addLayout(log_buttons)
        log_layout.addWidget(self.confirm_box)
        log_layout.addWidget(self.log_error)

        # Personal working notes on the case as a whole.
        notes_box = QGroupBox(self.tr("My working notes on this case (stay on this laptop)"))
        notes_box.setObjectName("personal")
        notes_box.setStyleSheet(PERSONAL_STYLE)
        notes_layout = QVBoxLayout(notes_box)
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setMaximumHeight(80)
        self.notes_list.currentItemChanged.connect(self._note_selected)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.note_edit.setMaximumHeight(60)
        self.note_edit.setPlaceholderText(self.tr("A thought for yourself; your team does not see it."))
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_error = ErrorLabel()
        self.note_save_button = QPushButton(self.tr("Save &working note"))
        self.note_save_button.clicked.connect(self.save_note)
        self.note_new_button = QPushButton(self.tr("New working note"))
        self.note_new_button.clicked.connect(self.new_note)
        self.note_remove_button = QPushButton(self.tr("Remove working note"))
        self.note_remove_button.clicked.connect(self.remove_note)
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_save_button)
        note_buttons.addWidget(self.note_new_button)
        note_buttons.addWidget(self.note_remove_button)
        note_buttons.addStretch(1)
        notes_layout.addWidget(self.notes_list)
        notes_layout.addWidget(self.note_edit)
        notes_layout.addWidget(self.note_error)
        notes_layout.addLayout(note_buttons)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(log_box, 1)
        left_layout.addWidget(notes_box)

        # The contact form.
        self.form_box = QGroupBox(self.tr("New contact"))
        form = QFormLayout(self.form_box)
        # At a laptop's usual width the labels and fields do not fit side by side in this pane: a field
        # goes under its label rather than past the pane's edge behind a sideways scroll bar.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(DATE_FORMAT)
        self.on.dateChanged.connect(self._mark_dirty)
        self._add(form, "on", self.tr("Date"), self.on)
        self.planned = QCheckBox(self.tr("Planned, not yet held (shows in the agenda)"))
        self.planned.toggled.connect(self._mark_dirty)
        form.addRow(self.planned)  # the whole width: its text is longer than any field
        self.kind = QComboBox()
        self.kind.addItem(self.tr("— choose —"), None)
        for kind in ContactKind:
            self.kind.addItem(contact_kind_label(kind), kind.value)
        self.kind.activated.connect(self._mark_dirty)
        self._add(form, "kind", self.tr("Kind of contact"), self.kind)
        self.duration = self._line(form, "duration", self.tr("Duration (minutes)"))
        self.duration.setPlaceholderText(self.tr("e.g. 45"))
        self.with_whom = self._line(form, "with_whom", self.tr("With whom"))
        self.with_whom.setPlaceholderText(self.tr("e.g. the tenant and her sister"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.summary_edit.setFixedHeight(110)
        self.summary_edit.setPlaceholderText(self.tr("What was discussed and agreed; your team reads this."))
        self.summary_edit.textChanged.connect(self._mark_dirty)
        self._add(form, "summary", self.tr("Summary (shared with the team)"), self.summary_edit)

        self.personal_box = QGroupBox(self.tr("Personal working note (stays on this laptop)"))
        self.personal_box.setObjectName("personal")
        self.personal_box.setStyleSheet(PERSONAL_STYLE)
        personal_layout = QVBoxLayout(self.personal_box)
        explain = QLabel(
            self.tr(
                "Only you can read this note, and only on this laptop. It is never synced, "
                "shared with your team or put in any document."
            )
        )
        explain.setWordWrap(True)
        self.personal_note = QPlainTextEdit()
        self.personal_note.setTabChangesFocus(True)  # Tab moves on; no keyboard trap
        self.personal_note.setFixedHeight(80)
        self.personal_note.textChanged.connect(self._mark_dirty)
        box, error = self._wrap_error(self.personal_note)
        self.fields["personal_note"] = (self.personal_note, error)
        personal_layout.addWidget(explain)
        personal_layout.addWidget(box)

        self.summary = ErrorLabel()
        self.read_only_note = QLabel(self.tr("This case has ended: its contact log can no longer change."))
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #2e7d32;")
        self.cancel_button = QPushButton(self.tr("Clear form"))
        self.cancel_button.clicked.connect(self.new_contact)
        self.save_button = QPushButton(self.tr("&Save contact"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.read_only_note)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.form_box)
        body_layout.addWidget(self.personal_box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(buttons)  # always in sight, whatever the scroll position

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @property
    def dirty(self) -> bool:
        """Something typed and not saved, in the contact form or in the working-note editor."""
        return self.form_dirty or self.note_dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.form_dirty = value

    @staticmethod
    def _wrap_error(field: QWidget) -> tuple[QWidget, ErrorLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        error = ErrorLabel()
        layout.addWidget(error)
        return box, error

    # --- the panel interface ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Contacts")

    def reload(self) -> None:
        """Re-read the log and the case notes; what is typed in the forms stays."""
        selected = self._selected_id()
        self.ended = self._workspace.contacts.is_final(self.case_id)
        rows = self._workspace.contacts.contacts(self.case_id)
        self.model.set_rows(rows)
        held = [r for r in rows if not r.planned]
        minutes = sum(r.duration_min or 0 for r in held)
        self.counts.setText(
            self.tr("Contacts held: %1 (%2 h %3 min in all) · planned: %4")
            .replace("%1", str(len(held)))
            .replace("%2", str(minutes // 60))
            .replace("%3", f"{minutes % 60:02d}")
            .replace("%4", str(len(rows) - len(held)))
        )
        if selected:
            self.select(selected)
        self._reload_notes()
        for widget in (self.form_box, self.personal_box, self.save_button, self.cancel_button):
            widget.setEnabled(not self.ended)
        self.read_only_note.setVisible(self.ended)
        self._update_buttons()

    def draft(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "contact_id": self.contact_id,
            "on": data.on.isoformat() if data.on else None,
            "kind": data.kind.value if data.kind else None,
            "duration": data.duration,
            "with_whom": data.with_whom,
            "summary": data.summary,
            "planned": data.planned,
            "personal_note": data.personal_note,
            "note_id": self.note_id,
            "case_note": self.note_edit.toPlainText(),
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        contact_id = payload.get("contact_id")
        self.contact_id = contact_id if isinstance(contact_id, str) else None
        on = payload.get("on")
        kind = payload.get("kind")
        self.fill(
            ContactInput(
                on=date.fromisoformat(on) if isinstance(on, str) else self._workspace.today(),
                kind=ContactKind(kind)
                if isinstance(kind, str) and kind in ContactKind._value2member_map_
                else None,
                duration=str(payload.get("duration", "")),
                with_whom=str(payload.get("with_whom", "")),
                summary=str(payload.get("summary", "")),
                planned=bool(payload.get("planned")),
                personal_note=str(payload.get("personal_note", "")),
            )
        )
        note_id = payload.get("note_id")
        self.note_id = note_id if isinstance(note_id, str) else None
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(str(payload.get("case_note", "")))
        self.note_edit.blockSignals(False)
        self.dirty = True
        self.note_dirty = bool(self.note_edit.toPlainText())
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))

    # --- the form -----------------------------------------------------------------------------------------
    def collect(self) -> ContactInput:
        kind = self.kind.currentData()
        return ContactInput(
            on=_pydate(self.on.date()),
            kind=ContactKind(kind) if kind else None,
            duration=self.duration.text(),
            with_whom=self.with_whom.text(),
            summary=self.summary_edit.toPlainText(),
            planned=self.planned.isChecked(),
            personal_note=self.personal_note.toPlainText(),
        )

    def fill(self, data: ContactInput) -> None:
        self.clear_errors()
        self.on.setDate(_qdate(data.on or self._workspace.today()))
        self.planned.setChecked(data.planned)
        self.kind.setCurrentIndex(max(self.kind.findData(data.kind.value), 0) if data.kind else 0)
        self.duration.setText(data.duration)
        self.with_whom.setText(data.with_whom)
        self.summary_edit.setPlainText(data.summary)
        self.personal_note.setPlainText(data.personal_note)
        self.form_box.setTitle(self.tr("Edit contact") if self.contact_id else self.tr("New contact"))
        self.saved_note.clear()

    def new_contact(self) -> None:
        self.contact_id = None
        self.fill(ContactInput(on=self._workspace.today()))
        self.dirty = False

    def edit_selected(self) -> None:
        contact_id = self._selected_id()
        if contact_id is None:
            return
        record = self.model.row_at(self.model.row_of(contact_id))
        self.contact_id = record.id
        self.fill(record.as_input())
        self.dirty = False
        self.on.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.summary.show_text("")

    def save(self) -> bool:
        data = self.collect()
        try:
            if self.contact_id:
                self._workspace.contacts.update(self.contact_id, data)
                saved_id = self.contact_id
            else:
                saved_id = self._workspace.contacts.log(self.case_id, data)
        except ValidationFailed as failed:
            self.clear_errors()
            for key, issue in failed.issues.items():
                self._show_field_issue(key, issue)
            self.summary.show_text(
                self.tr("Please check the marked fields (%1). Nothing you typed was lost.").replace(
                    "%1", str(len(failed.issues))
                )
            )
            return False
        except RuleViolation as violation:
            self.clear_errors()
            self.summary.show_text(issue_text(violation.issue))
            return False
        self.reload()
        self.new_contact()
        self.select(saved_id)
        self.saved_note.setText(self.tr("Saved."))
        self.changed.emit()
        return True

    # --- the log ------------------------------------------------------------------------------------------
    def select(self, contact_id: str) -> None:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).id

    def _update_buttons(self, *_: Any) -> None:
        selected = self._selected_id() is not None
        self.edit_button.setEnabled(selected and not self.ended)
        self.remove_button.setEnabled(selected and not self.ended)
        self.new_button.setEnabled(not self.ended)
        if not selected:
            self.confirm_box.hide()

    def _ask_remove(self) -> None:
        contact_id = self._selected_id()
        if contact_id is None:
            return
        record = self.model.row_at(self.model.row_of(contact_id))
        self.confirm_text.setText(
            self.tr("Remove the contact of %1 (%2)?")
            .replace("%1", record.on.strftime("%d/%m/%Y"))
            .replace("%2", contact_kind_label(record.kind))
        )
        self.confirm_box.show()
        self.keep_button.setFocus()

    def remove_selected(self) -> None:
        contact_id = self._selected_id()
        self.confirm_box.hide()
        if contact_id is None:
            return
        try:
            self._workspace.contacts.remove(contact_id)
        except RuleViolation as violation:
            self.log_error.show_issue(violation.issue)
            return
        self.log_error.show_text("")
        if self.contact_id == contact_id:
            self.new_contact()
        self.reload()
        self.changed.emit()

    # --- personal working notes on the case -------------------------------------------------------------
    def _reload_notes(self) -> None:
        self.notes_list.blockSignals(True)
        self.notes_list.clear()
        for note in self._workspace.contacts.case_notes(self.case_id):
            self.notes_list.addItem(self._note_item(note))
            if note.id == self.note_id:
                self.notes_list.setCurrentRow(self.notes_list.count() - 1)
        self.notes_list.blockSignals(False)
        self.note_remove_button.setEnabled(self.note_id is not None)

    def _note_item(self, note: NoteRecord) -> QListWidgetItem:
        when = note.written_at.strftime("%d/%m/%Y") if note.written_at else ""
        first_line = note.text.splitlines()[0] if note.text else ""
        item = QListWidgetItem(f"{when} · {first_line}")
        item.setToolTip(note.text)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, note.text)
        return item

    def _note_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        self.note_id = item.data(Qt.ItemDataRole.UserRole)
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(item.data(Qt.ItemDataRole.UserRole + 1))
        self.note_edit.blockSignals(False)
        self.note_error.show_text("")
        mark_invalid(self.note_edit, False)
        self.note_remove_button.setEnabled(True)
        self.note_dirty = False

    def _note_typed(self) -> None:
        self.note_dirty = True

    def new_note(self) -> None:
        self.note_id = None
        self.notes_list.clearSelection()
        self.notes_list.setCurrentRow(-1)
        self.note_edit.blockSignals(True)
        self.note_edit.clear()
        self.note_edit.blockSignals(False)
        self.note_error.show_text("")
        mark_invalid(self.note_edit, False)
        self.note_remove_button.setEnabled(False)
        self.note_dirty = False
        self.note_edit.setFocus()

    def save_note(self) -> bool:
        text = self.note_edit.toPlainText()
        try:
            if self.note_id:
                self._workspace.contacts.update_note(self.note_id, text)
            else:
                self.note_id = self._workspace.contacts.add_note(self.case_id, text)
        except ValidationFailed as failed:
            issue = next(iter(failed.issues.values()))
            mark_invalid(self.note_edit, True)
            self.note_error.show_issue(issue)
            return False
        except RuleViolation as violation:
            self.note_error.show_issue(violation.issue)
            return False
        mark_invalid(self.note_edit, False)
        self.note_error.show_text("")
        self._reload_notes()
        self.note_dirty = False
        return True

    def remove_note(self) -> None:
        if self.note_id is None:
            return
        try:
            self._workspace.contacts.remove_note(self.note_id)
        except RuleViolation as violation:
            self.note_error.show_issue(violation.issue)
            return
        self.new_note()
        self._reload_notes()
