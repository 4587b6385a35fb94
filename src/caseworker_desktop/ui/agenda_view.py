"""The agenda tab: what is overdue and what is coming across the caseload, and its calendar export.

A table of items sorted by date — overdue in red, today in bold, hearings highlighted — with a period
selector, a kind filter and a double-click (or Enter) that opens the case. "Export to calendar" writes
an .ics file; since such a file leaves the encrypted store, the export dialog explains what goes in it
and leaves the client's name out unless the counsellor ticks the box.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from operator import countOf
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.services.agenda import (
    AgendaFlag,
    AgendaItem,
    AgendaKind,
    AgendaPeriod,
    CalendarExport,
    CalendarTexts,
)
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agenda_labels import item_title, period_label, when_label
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.table_model import ModelIndex, RecordTableModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOUR = QColor("#b3261e")
HEARING_BACKGROUND = QColor("#fff0c2")


class AgendaColumn(IntEnum):
    DATE = 0
    WHEN = 1
    WHAT = 2
    CASE = 3
    CLIENT = 4
    DETAILS = 5


class AgendaModel(RecordTableModel):
    """The agenda items; sorted by date as the service gives them, or by a clicked column."""

    column_count = len(AgendaColumn)

    def row_total(self) -> int:
        return len(self._items)

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self._items: list[AgendaItem] = []
        self._by_date: list[AgendaItem] = []
        self._sort: tuple[int, Qt.SortOrder] = (AgendaColumn.DATE, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("When"),
            self.tr("What"),
            self.tr("Case no."),
            self.tr("Client"),
            self.tr("Details"),
        ]

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        """Take the service's items, which come sorted by date (hearings first within a day)."""
        self.beginResetModel()
        self._by_date = list(items)
        self._apply_sort()
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def case_id(self, row: int) -> str:
        return self._items[row].case_id

    def _apply_sort(self) -> None:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        keys: dict[int, Callable[[AgendaItem], Any]] = {
            AgendaColumn.WHAT: lambda i: item_title(i).casefold(),
            AgendaColumn.CASE: lambda i: i.case_number,
            AgendaColumn.CLIENT: lambda i: i.client_name.casefold(),
            AgendaColumn.DETAILS: lambda i: i.text.casefold(),
        }
        if column in keys:
            # Stable: within equal values the date order stays.
            self._items = sorted(self._by_date, key=keys[column], reverse=descending)
        else:  # date and "when" are the service's own order; no sort of tens of thousands needed
            self._items = self._by_date[::-1] if descending else list(self._by_date)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort()
        self.endResetModel()

    # --- Qt model interface -------------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AgendaColumn.DATE:
                return item.day.strftime("%d/%m/%Y")
            if column == AgendaColumn.WHEN:
                return when_label(item.day, self._today())
            if column == AgendaColumn.WHAT:
                return item_title(item)
            if column == AgendaColumn.CASE:
                return item.case_number
            if column == AgendaColumn.CLIENT:
                return item.client_name
            if column == AgendaColumn.DETAILS:
                return item.text
            return None
        if role == CASE_ID_ROLE:
            return item.case_id
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and item.flag == AgendaFlag.OVERDUE:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            bold = item.flag == AgendaFlag.TODAY or (
                item.kind == AgendaKind.HEARING and column == AgendaColumn.WHAT
            )
            if bold:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.BackgroundRole and item.kind == AgendaKind.HEARING:
            return HEARING_BACKGROUND
        return None


_ALL_KINDS = "all"
# The kind filter: a few groups a counsellor thinks in, each a set of kinds.
_KIND_GROUPS: tuple[tuple[str, frozenset[AgendaKind]], ...] = (
    ("visits", frozenset({AgendaKind.HOME_VISIT, AgendaKind.CONTACT})),
    ("evaluations", frozenset({AgendaKind.EVALUATION})),
    ("court", frozenset({AgendaKind.HEARING, AgendaKind.COURT})),
    ("hearings", frozenset({AgendaKind.HEARING})),
    ("payments", frozenset({AgendaKind.PAYMENT_CHECK})),
    ("aftercare", frozenset({AgendaKind.AFTERCARE_END})),
    ("next", frozenset({AgendaKind.NEXT_DATE})),
)


class CalendarExportDialog(QDialog):
    """Where to save the .ics file and whether names go in it (off unless ticked)."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to calendar"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "%1 items of the agenda as shown will be written to a calendar file (.ics) that you can "
                "import in a calendar program."
            ).replace("%1", str(count))
        )
        intro.setWordWrap(True)
        privacy = QLabel(
            self.tr(
                "A calendar file leaves the encrypted case files: it can end up on a phone or in a cloud "
                "calendar. So each event only says what it is and the case number — no name, no "
                "address, no notes."
            )
        )
        privacy.setWordWrap(True)
        self.include_names = QCheckBox(self.tr("Also put the client's &name in each event"))
        self.include_names.setChecked(False)
        names_note = QLabel(
            self.tr(
                "Only tick this if the calendar stays on a device and account that you alone use: a name "
                "next to a hearing or a home visit tells anyone who sees the calendar that this person is "
                "at risk of eviction."
            )
        )
        names_note.setWordWrap(True)
        names_note.setIndent(22)

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("File to save, for example agenda.ics"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        self.error = ErrorLabel()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(privacy)
        layout.addSpacing(6)
        layout.addWidget(self.include_names)
        layout.addWidget(names_note)
        layout.addSpacing(6)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)
        layout.addWidget(save_as)
        layout.addLayout(path_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.include_names, self.path)
        self.setTabOrder(self.path, self.choose_button)
        self.setTabOrder(self.choose_button, self.export_button)
        self.setTabOrder(self.export_button, self.cancel_button)

    def _choose(self) -> None:
        start = self.path.text().strip() or str(Path.home() / "agenda.ics")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calendar file"), start, self.tr("Calendar (*.ics)")
        )
        if name:
            self.path.setText(name)
            self.error.show_text("")

    def chosen_path(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class AgendaView(QWidget):
    open_case = Signal(str)
    exported = Signal(str)  # the path of the calendar file written

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = AgendaModel(workspace.today)
        self.export_dialog: CalendarExportDialog | None = None

        self.period = QComboBox()
        for period in AgendaPeriod:
            self.period.addItem(period_label(period), period.value)
        self.period.setCurrentIndex(self.period.findData(AgendaPeriod.MONTH.value))
        self.period.setToolTip(self.tr("How far ahead to look"))
        self.include_overdue = QCheckBox(self.tr("Show &overdue"))
        self.include_overdue.setChecked(True)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), _ALL_KINDS)
        for key, label in (
            ("visits", self.tr("Home visits and contacts")),
            ("evaluations", self.tr("Evaluations")),
            ("court", self.tr("Hearings and court dates")),
            ("hearings", self.tr("Hearings only")),
            ("payments", self.tr("Payment-plan checks")),
            ("aftercare", self.tr("Ends of aftercare")),
            ("next", self.tr("Next dates of cases")),
        ):
            self.kind_filter.addItem(label, key)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the agenda again (F5)"))
        self.export_button = QPushButton(self.tr("&Export to calendar (.ics)…"))

        period_label_widget = QLabel(self.tr("&Period:"))
        period_label_widget.setBuddy(self.period)
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind_filter)
        top = QHBoxLayout()
        top.addWidget(period_label_widget)
        top.addWidget(self.period)
        top.addWidget(self.include_overdue)
        top.addSpacing(12)
        top.addWidget(kind_label_widget)
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (AgendaColumn.DATE, 95),
            (AgendaColumn.WHEN, 135),
            (AgendaColumn.WHAT, 210),
            (AgendaColumn.CASE, 120),
            (AgendaColumn.CLIENT, 190),
            (AgendaColumn.DETAILS, 260),
        ):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.sortByColumn(AgendaColumn.DATE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        self.count = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.note)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.period, self.include_overdue)
        self.setTabOrder(self.include_overdue, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.export_button)
        self.setTabOrder(self.export_button, self.table)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.include_overdue.toggled.connect(self.reload)
        self.kind_filter.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.start_export)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # only while the tab is in use
        refresh.activated.connect(self.reload)
        self.reload()

    def title(self) -> str:
        return self.tr("Agenda")

    # --- filters ------------------------------------------------------------------------------------
    def selected_period(self) -> AgendaPeriod:
        return AgendaPeriod(self.period.currentData())

    def selected_kinds(self) -> frozenset[AgendaKind] | None:
        choice = self.kind_filter.currentData()
        if choice == _ALL_KINDS:
            return None
        return dict(_KIND_GROUPS)[choice]

    def _period_changed(self, *_: object) -> None:
        # "Only overdue" already says it: the check box has nothing to add then.
        self.include_overdue.setEnabled(self.selected_period() != AgendaPeriod.OVERDUE)
        self.reload()

    def reload(self, *_: object) -> None:
        items = self.workspace.agenda.items(
            self.selected_period(),
            include_overdue=self.include_overdue.isChecked(),
            kinds=self.selected_kinds(),
        )
        self.model.set_items(items)
        self._update_count(items)

    def clear(self) -> None:
        """Forget every item (at lock): nothing of a client stays on screen."""
        self.model.clear()
        self.count.clear()
        self.note.clear()
        if self.export_dialog is not None:
            self.export_dialog.reject()

    def _update_count(self, items: Sequence[AgendaItem]) -> None:
        flags = [item[2] for item in items]  # the flag; by index, as tens of thousands are counted
        overdue, today = countOf(flags, AgendaFlag.OVERDUE), countOf(flags, AgendaFlag.TODAY)
        self.count.setText(
            self.tr("%1 items: %2 overdue, %3 today")
            .replace("%1", str(len(items)))
            .replace("%2", str(overdue))
            .replace("%3", str(today))
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id(index.row()))

    # --- export -------------------------------------------------------------------------------------
    def calendar_texts(self) -> CalendarTexts:
        return CalendarTexts(
            calendar_name=self.tr("Agenda housing support"),
            summary=self.tr("%1 — case %2"),
            summary_with_name=self.tr("%1 — case %2 (%3)"),
        )

    def start_export(self) -> None:
        """Open the export dialog (window-modal; the export runs when it is confirmed)."""
        self.note.clear()
        dialog = CalendarExportDialog(self.model.rowCount(), self)
        dialog.export_button.clicked.connect(self._export_confirmed)
        dialog.finished.connect(self._export_closed)
        self.export_dialog = dialog
        dialog.open()
        dialog.path.setFocus()

    def _export_closed(self, *_: object) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        self.export_dialog = None

    def _export_confirmed(self) -> None:
        dialog = self.export_dialog
        if dialog is None:
            return
        items = self.model.items()
        if not items:
            dialog.error.show_issue(Issue("agenda_export_empty"))
            return
        path = dialog.chosen_path()
        if path is None:
            dialog.error.show_issue(Issue("agenda_export_no_file"))
            dialog.path.setFocus()
            return
        try:
            result = self.export(path, items, include_client_name=dialog.include_names.isChecked())
        except OSError as error:
            dialog.error.show_issue(Issue("agenda_export_not_written", {"reason": error.strerror or ""}))
            return
        dialog.accept()
        self.note.setText(
            self.tr("%1 items exported to %2").replace("%1", str(result.events)).replace("%2", str(path))
        )

    def export(
        self, path: Path, items: Sequence[AgendaItem], *, include_client_name: bool = False
    ) -> CalendarExport:
        result = self.workspace.agenda.export_calendar(
            path,
            items,
            title_of=item_title,
            texts=self.calendar_texts(),
            include_client_name=include_client_name,
        )
        self.exported.emit(str(path))
        return result
