"""The caseload review: one row per counsellor and the team's total, a column per figure; clicking a
number lists the cases behind it, from where a case can be opened or handed over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.team_figures import (
    DEFAULT_QUIET_WEEKS,
    REFERENCE_RUNNING_PER_COUNSELLOR,
    CaseFacts,
    CounsellorLoad,
    LoadFigure,
)
from caseworker_desktop.services.caseload import CaseRow
from caseworker_desktop.ui.dates import day_text
from caseworker_desktop.ui.labels import status_label
from caseworker_desktop.ui.table_model import ModelIndex, RecordTableModel
from caseworker_desktop.ui.team_labels import (
    REFERENCE_TOLERANCE,
    average_age_header,
    count_text,
    load_figure_header,
    team_total_label,
)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ATTENTION_COLOUR = QColor("#b3261e")
HEAVY_BACKGROUND = QColor("#fde2c4")
TOTAL_BACKGROUND = QColor("#eef1f5")
MIN_QUIET_WEEKS, MAX_QUIET_WEEKS = 1, 52

# Figures where any case at all asks for the team leader's attention.
ATTENTION = frozenset(
    {LoadFigure.WAITING_FIRST_CONTACT, LoadFigure.OVERDUE_EVALUATIONS, LoadFigure.NO_RECENT_CONTACT}
)
FIGURES = tuple(LoadFigure)
FIRST_FIGURE_COLUMN = 1
AGE_COLUMN = FIRST_FIGURE_COLUMN + len(FIGURES)


class ReviewModel(RecordTableModel):
    """Counsellors by name, then the whole team in the last row."""

    column_count = AGE_COLUMN + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CounsellorLoad] = []
        self.quiet_weeks = DEFAULT_QUIET_WEEKS

    def row_total(self) -> int:
        return len(self._rows)

    def headers(self) -> list[str]:
        return (
            [self.tr("Counsellor")]
            + [load_figure_header(f, self.quiet_weeks) for f in FIGURES]
            + [average_age_header()]
        )

    def set_loads(self, loads: Sequence[CounsellorLoad], total: CounsellorLoad, quiet_weeks: int) -> None:
        self.beginResetModel()
        self._rows = [*loads, total]
        self.quiet_weeks = quiet_weeks
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.column_count - 1)

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def load(self, row: int) -> CounsellorLoad:
        return self._rows[row]

    def is_total(self, row: int) -> bool:
        return row == len(self._rows) - 1

    def row_of(self, counsellor_id: str) -> int | None:
        for row, load in enumerate(self._rows):
            if load.counsellor_id == counsellor_id:
                return row
        return None

    @staticmethod
    def figure(column: int) -> LoadFigure | None:
        if FIRST_FIGURE_COLUMN <= column < AGE_COLUMN:
            return FIGURES[column - FIRST_FIGURE_COLUMN]
        return None

    @staticmethod
    def column(figure: LoadFigure) -> int:
        return FIRST_FIGURE_COLUMN + FIGURES.index(figure)

    def count(self, row: int, figure: LoadFigure) -> int:
        return len(self._rows[row].cases.get(figure, ()))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        load = self._rows[row]
        figure = self.figure(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return team_total_label() if self.is_total(row) else load.counsellor_name
            if figure is not None:
                return count_text(self.count(row, figure))
            if load.average_running_age_days is None:
                return "–"
            return str(round(load.average_running_age_days / 7))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and figure in ATTENTION and self.count(row, figure) > 0:
            return ATTENTION_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.is_total(row):
                return TOTAL_BACKGROUND
            heavy = REFERENCE_RUNNING_PER_COUNSELLOR * (1 + REFERENCE_TOLERANCE)
            if figure == LoadFigure.RUNNING and self.count(row, figure) > heavy:
                return HEAVY_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and figure is not None and self.count(row, figure) > 0:
            return self.tr("Click to list these cases")
        return None


class DrillColumn(IntEnum):
    NUMBER = 0
    CLIENT = 1
    STATUS = 2
    REFERRAL = 3
    COUNSELLOR = 4
    NEXT_DATE = 5


class DrillModel(RecordTableModel):
    """The cases behind one number: metadata, plus the client's name as the caseload shows it."""

    column_count = len(DrillColumn)

    def __init__(self, row_of: Callable[[str], CaseRow | None]) -> None:
        super().__init__()
        self._row_of = row_of
        self._cases: list[CaseFacts] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Case no."),
            self.tr("Client"),
            self.tr("Status"),
            self.tr("Referred on"),
            self.tr("Counsellor"),
            self.tr("Next date"),
        ]

    def row_total(self) -> int:
        return len(self._cases)

    def set_cases(self, cases: Sequence[CaseFacts]) -> None:
        self.beginResetModel()
        # Oldest referral first: those have waited longest.
        self._cases = sorted(cases, key=lambda c: (c.referral_date, c.number))
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case(self, row: int) -> CaseFacts:
        return self._cases[row]

    def row_of(self, case_id: str) -> int | None:
        for row, case in enumerate(self._cases):
            if case.case_id == case_id:
                return row
        return None

    def _next_date(self, case: CaseFacts) -> date | None:
        found = self._row_of(case.case_id)
        return found.next_date if found else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        if role == CASE_ID_ROLE:
            return case.case_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == DrillColumn.NUMBER:
            return case.number
        if column == DrillColumn.CLIENT:
            found = self._row_of(case.case_id)
            return found.client_name if found else ""
        if column == DrillColumn.STATUS:
            return status_label(case.status)
        if column == DrillColumn.REFERRAL:
            return day_text(case.referral_date)
        if column == DrillColumn.COUNSELLOR:
            return case.counsellor.counsellor_name
        if column == DrillColumn.NEXT_DATE:
            return day_text(self._next_date(case))
        return None


def _table() -> QTableView:
    table = QTableView()
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    return table


class ReviewPanel(QWidget):
    """Layout only: the team view wires what a click does."""

    figure_chosen = Signal(str, object)  # counsellor id ("" = team), LoadFigure
    open_requested = Signal(str)  # case id
    reassign_requested = Signal(str)  # case id
    quiet_weeks_changed = Signal(int)

    def __init__(self, row_of: Callable[[str], CaseRow | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiet_weeks = QSpinBox()
        self.quiet_weeks.setRange(MIN_QUIET_WEEKS, MAX_QUIET_WEEKS)
        self.quiet_weeks.setValue(DEFAULT_QUIET_WEEKS)
        self.quiet_weeks.setSuffix(self.tr(" weeks"))
        self.quiet_weeks.setKeyboardTracking(False)  # typing "12" must not recompute for "1" first
        self.quiet_weeks.valueChanged.connect(self.quiet_weeks_changed)
        quiet_label = QLabel(self.tr("Flag running cases without contact for longer than"))
        quiet_label.setBuddy(self.quiet_weeks)
        hint = QLabel(self.tr("Click a number to see the cases behind it."))
        hint.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(quiet_label)
        top.addWidget(self.quiet_weeks)
        top.addStretch(1)
        top.addWidget(hint)

        self.model = ReviewModel()
        self.table = _table()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumHeight(44)  # two-line headers
        for column in range(FIRST_FIGURE_COLUMN, self.model.column_count):
            self.table.setColumnWidth(column, 92)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)

        self.drill_title = QLabel()
        self.drill_title.setStyleSheet("font-weight: bold;")
        self.drill_model = DrillModel(row_of)
        self.drill = _table()
        self.drill.setModel(self.drill_model)
        self.drill.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drill.setAlternatingRowColors(True)
        for column, width in (
            (DrillColumn.NUMBER, 115),
            (DrillColumn.CLIENT, 200),
            (DrillColumn.STATUS, 140),
            (DrillColumn.REFERRAL, 100),
            (DrillColumn.COUNSELLOR, 220),
        ):
            self.drill.setColumnWidth(column, width)
        self.drill.horizontalHeader().setStretchLastSection(True)
        self.drill.doubleClicked.connect(self._drill_activated)
        self.drill.activated.connect(self._drill_activated)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(self._open_clicked)
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.reassign_button.setToolTip(self.tr("Hand the selected case over to another counsellor"))
        self.reassign_button.clicked.connect(self._reassign_clicked)
        self.drill.selectionModel().selectionChanged.connect(self._update_buttons)
        self.drill_model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.drill_title, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reassign_button)
        lower = QWidget()
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addLayout(buttons)
        lower_box.addWidget(self.drill, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.show_drill_title("")
        self._update_buttons()

    def show_drill_title(self, text: str) -> None:
        self.drill_title.setText(text or self.tr("Click a number in the table above to list its cases."))

    def selected_case_id(self) -> str | None:
        rows = self.drill.selectionModel().selectedRows()
        if not rows:
            return None
        return self.drill_model.case(rows[0].row()).case_id

    def select_case(self, case_id: str) -> None:
        row = self.drill_model.row_of(case_id)
        if row is not None:
            self.drill.selectRow(row)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected_case_id() is not None
        self.open_button.setEnabled(chosen)
        self.reassign_button.setEnabled(chosen)

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        figure = self.model.figure(index.column())
        if figure is None or self.model.count(index.row(), figure) == 0:
            return
        self.figure_chosen.emit(self.model.load(index.row()).counsellor_id, figure)

    def _drill_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.drill_model.case(index.row()).case_id)

    def _open_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.open_requested.emit(case_id)

    def _reassign_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id:
            self.reassign_requested.emit(case_id)
