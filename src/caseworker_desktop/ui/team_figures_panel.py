"""The funder's figures over a period: the period chooser, the figures against their reference values,
the figures per counsellor (with each one's working time) and the registration profile."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain import team_figures
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.team_figures import (
    NORM_CLIENTS_PER_FTE_YEAR,
    BreakdownKey,
    CounsellorFigures,
    FigureKey,
    Period,
    TeamFigures,
)
from caseworker_desktop.ui.dates import date_edit, to_date, to_qdate
from caseworker_desktop.ui.form_support import ErrorLabel
from caseworker_desktop.ui.table_model import ModelIndex, RecordTableModel
from caseworker_desktop.ui.team_labels import (
    breakdown_label,
    category_label,
    count_text,
    decimal_text,
    figure_hint,
    figure_label,
    figure_value_text,
    off_reference,
    off_reference_hint,
    reference_text,
    team_issue_text,
)

OFF_BACKGROUND = QColor("#fde2c4")
OFF_FOREGROUND = QColor("#8a3b00")
HINT_STYLE = "color: #555;"

YEAR, QUARTER, CUSTOM = "year", "quarter", "custom"


class PeriodBar(QWidget):
    """Year, quarter or two dates. Emits `changed` with a valid period; an invalid one shows why and
    leaves every input as typed."""

    changed = Signal(object)  # Period

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Year"), YEAR)
        self.kind.addItem(self.tr("Quarter"), QUARTER)
        self.kind.addItem(self.tr("Custom period"), CUSTOM)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setKeyboardTracking(False)
        self.quarter = QComboBox()
        for quarter in range(1, 5):
            self.quarter.addItem(self.tr("Q%1").replace("%1", str(quarter)), quarter)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.start = date_edit(date(today.year, 1, 1), 130)
        self.end = date_edit(today, 130)
        self.until = QLabel(self.tr("to"))
        self.error = ErrorLabel()
        label = QLabel(self.tr("Figures over"))
        label.setBuddy(self.kind)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.kind, self.year, self.quarter, self.start, self.until, self.end):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._inputs_changed)
        self.quarter.currentIndexChanged.connect(self._inputs_changed)
        self.start.dateChanged.connect(self._inputs_changed)
        self.end.dateChanged.connect(self._inputs_changed)
        self._show_inputs()

    def _show_inputs(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind in (YEAR, QUARTER))
        self.quarter.setVisible(kind == QUARTER)
        for widget in (self.start, self.until, self.end):
            widget.setVisible(kind == CUSTOM)

    def _kind_changed(self, *_: object) -> None:
        self._show_inputs()
        self._inputs_changed()

    def period(self) -> Period:
        """The chosen period; RuleViolation("period_invalid") when the dates make none."""
        kind = self.kind.currentData()
        if kind == YEAR:
            return team_figures.year_period(self.year.value())
        if kind == QUARTER:
            return team_figures.quarter_period(self.year.value(), int(self.quarter.currentData()))
        return team_figures.custom_period(to_date(self.start.date()), to_date(self.end.date()))

    def current(self) -> Period | None:
        try:
            return self.period()
        except (RuleViolation, ValidationFailed):
            return None

    def _inputs_changed(self, *_: object) -> None:
        try:
            period = self.period()
        except RuleViolation as violation:
            self.error.show_text(team_issue_text(violation.issue))
            return
        except ValidationFailed as failed:
            self.error.show_text(team_issue_text(next(iter(failed.issues.values()))))
            return
        self.error.show_text("")
        self.changed.emit(period)

    def set_custom(self, start: date, end: date) -> None:
        """Choose a custom period in one go (the date edits fire one change each otherwise)."""
        for widget in (self.kind, self.start, self.end):
            widget.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(CUSTOM))
        self.start.setDate(to_qdate(start))
        self.end.setDate(to_qdate(end))
        for widget in (self.kind, self.start, self.end):
            widget.blockSignals(False)
        self._kind_changed()


class FigureColumn(IntEnum):
    FIGURE = 0
    VALUE = 1
    BASE = 2
    REFERENCE = 3


class FiguresModel(RecordTableModel):
    column_count = len(FigureColumn)

    def __init__(self) -> None:
        super().__init__()
        self._figures: list[team_figures.Figure] = []

    def headers(self) -> list[str]:
        return [self.tr("Figure"), self.tr("Value"), self.tr("Base"), self.tr("Reference")]

    def row_total(self) -> int:
        return len(self._figures)

    def set_figures(self, figures: TeamFigures) -> None:
        self.beginResetModel()
        self._figures = [figures.figures[key] for key in FigureKey if key in figures.figures]
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._figures = []
        self.endResetModel()

    def figure(self, row: int) -> team_figures.Figure:
        return self._figures[row]

    def row_of(self, key: FigureKey) -> int | None:
        for row, figure in enumerate(self._figures):
            if figure.key == key:
                return row
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figure = self._figures[index.row()]
        column = index.column()
        off = off_reference(figure.key, figure.value)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == FigureColumn.FIGURE:
                return figure_label(figure.key)
            if column == FigureColumn.VALUE:
                return figure_value_text(figure.key, figure.value) + (" ⚠" if off else "")
            if column == FigureColumn.BASE:
                return count_text(figure.base)
            return reference_text(figure.key)
        if role == Qt.ItemDataRole.ToolTipRole and not off:
            if column == FigureColumn.BASE:
                return self.tr("The number of episodes the figure is computed from")
            return figure_hint(figure.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (FigureColumn.VALUE, FigureColumn.BASE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if off and column == FigureColumn.VALUE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OFF_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return OFF_FOREGROUND
            if role == Qt.ItemDataRole.ToolTipRole:
                return off_reference_hint(figure.key) + "\n" + figure_hint(figure.key)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


class CounsellorColumn(IntEnum):
    NAME = 0
    WORKING_TIME = 1
    GUIDED = 2
    RUNNING = 3
    PER_FTE = 4


SetWorkingTime = Callable[[str, float], Issue | None]


def parse_fte(text: str) -> float | None:
    """'0,8', '0.8' or '80 %' (a percentage of full time); None when it is not a number."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    percent = cleaned.endswith("%")
    try:
        value = float(cleaned.rstrip("%"))
    except ValueError:
        return None
    if value != value:  # NaN
        return None
    return value / 100 if percent else value


class CounsellorFiguresModel(RecordTableModel):
    """Working time is edited in place; the team view saves it and recomputes."""

    column_count = len(CounsellorColumn)
    working_time_rejected = Signal(object)  # Issue

    def __init__(self, set_working_time: SetWorkingTime) -> None:
        super().__init__()
        self._rows: list[CounsellorFigures] = []
        self._set_working_time = set_working_time

    def headers(self) -> list[str]:
        return [
            self.tr("Counsellor"),
            self.tr("FTE"),
            self.tr("Guided"),
            self.tr("Running at end"),
            self.tr("Per FTE per year"),
        ]

    def row_total(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: Sequence[CounsellorFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> CounsellorFigures:
        return self._rows[row]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CounsellorColumn.WORKING_TIME:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == CounsellorColumn.NAME:
                return item.counsellor_name
            if column == CounsellorColumn.WORKING_TIME:
                return decimal_text(item.working_time, 2)
            if column == CounsellorColumn.GUIDED:
                return count_text(item.guided)
            if column == CounsellorColumn.RUNNING:
                return count_text(item.running_at_end)
            value = item.clients_per_fte_year
            return "–" if value is None else decimal_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != CounsellorColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == CounsellorColumn.WORKING_TIME:
            return self.tr(
                "Working time as a full-time equivalent. Double-click to change: 1 is full time, 0,5 half."
            )
        below = (
            item.clients_per_fte_year is not None and item.clients_per_fte_year < NORM_CLIENTS_PER_FTE_YEAR
        )
        if below and column == CounsellorColumn.PER_FTE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OFF_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return OFF_FOREGROUND
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CounsellorColumn.WORKING_TIME:
            return False
        item = self._rows[index.row()]
        fte = parse_fte(str(value)) if not isinstance(value, int | float) else float(value)
        if fte is None:
            self.working_time_rejected.emit(
                Issue("working_time_out_of_range", {"minimum": 0.1, "maximum": 1.0})
            )
            return False
        issue = self._set_working_time(item.counsellor_id, fte)
        if issue is not None:
            self.working_time_rejected.emit(issue)
            return False
        return True


def _small_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _number_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class FiguresPanel(QWidget):
    """Layout of the figures page; the team view fills it."""

    figure_chosen = Signal(object)  # Figure, for the list of cases behind it

    def __init__(self, set_working_time: SetWorkingTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FiguresModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FigureColumn.FIGURE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (FigureColumn.VALUE, 80),
            (FigureColumn.BASE, 60),
            (FigureColumn.REFERENCE, 190),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._figure_activated)
        self.table.activated.connect(self._figure_activated)
        figures_box = QGroupBox(self.tr("Registration and outcome figures"))
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addWidget(self.table)
        legend = QLabel(self.tr("⚠ off the reference value · double-click a figure to list its cases"))
        legend.setStyleSheet(HINT_STYLE)
        figures_layout.addWidget(legend)

        self.counsellor_model = CounsellorFiguresModel(set_working_time)
        self.counsellors = QTableView()
        self.counsellors.setModel(self.counsellor_model)
        self.counsellors.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.counsellors.verticalHeader().hide()
        self.counsellors.verticalHeader().setDefaultSectionSize(24)
        counsellor_header = self.counsellors.horizontalHeader()
        counsellor_header.setSectionResizeMode(CounsellorColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every row of a large team on each period change.
        for counsellor_column, width in (
            (CounsellorColumn.WORKING_TIME, 50),
            (CounsellorColumn.GUIDED, 60),
            (CounsellorColumn.RUNNING, 105),
            (CounsellorColumn.PER_FTE, 115),
        ):
            counsellor_header.setSectionResizeMode(counsellor_column, QHeaderView.ResizeMode.Interactive)
            self.counsellors.setColumnWidth(counsellor_column, width)
        self.working_time_error = ErrorLabel()
        self.counsellor_model.working_time_rejected.connect(
            lambda issue: self.working_time_error.show_text(team_issue_text(issue))
        )
        counsellors_box = QGroupBox(self.tr("Per counsellor"))
        counsellors_layout = QVBoxLayout(counsellors_box)
        counsellors_layout.addWidget(self.counsellors)
        counsellors_layout.addWidget(self.working_time_error)

        left = QVBoxLayout()
        left.addWidget(figures_box, 3)
        left.addWidget(counsellors_box, 2)

        self.breakdowns: dict[BreakdownKey, QTableWidget] = {}
        profile = QWidget()
        grid = QGridLayout(profile)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(BreakdownKey):
            table = _small_table([breakdown_label(key), self.tr("Episodes"), self.tr("Share")])
            self.breakdowns[key] = table
            grid.addWidget(table, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(BreakdownKey) // 2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(profile)
        self.profile_note = QLabel()
        self.profile_note.setStyleSheet(HINT_STYLE)
        self.profile_note.setWordWrap(True)
        profile_box = QGroupBox(self.tr("Registration profile (episodes referred in the period)"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_note)
        profile_layout.addWidget(scroll, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(profile_box, 1)

    def show_figures(self, figures: TeamFigures) -> None:
        self.model.set_figures(figures)
        self.counsellor_model.set_rows(figures.per_counsellor)
        referrals = figures.figures.get(FigureKey.REFERRALS)
        total = referrals.base if referrals is not None else 0
        for key, table in self.breakdowns.items():
            self._fill_breakdown(table, key, figures.breakdowns.get(key, {}), total)
        self.profile_note.setText(
            self.tr(
                "%1 episodes referred. An episode can have several problems, so those add up to more."
            ).replace("%1", count_text(total))
        )

    def _fill_breakdown(
        self, table: QTableWidget, key: BreakdownKey, counts: dict[str, int], total: int
    ) -> None:
        # Largest groups first, "unknown" always last: it is what is still missing, not a group.
        ordered = sorted(counts.items(), key=lambda kv: (kv[0] in ("", "unknown"), -kv[1], kv[0]))
        table.setUpdatesEnabled(False)
        table.setRowCount(len(ordered))
        for row, (value, count) in enumerate(ordered):
            label = QTableWidgetItem(category_label(key, value))
            label.setToolTip(label.text())
            table.setItem(row, 0, label)
            table.setItem(row, 1, _number_item(count_text(count)))
            share = f"{count / total * 100:.0f} %" if total else "–"
            table.setItem(row, 2, _number_item(share))
        # As tall as its rows: the page scrolls, not each little table.
        rows = max(len(ordered), 3)
        header_height = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header_height + rows * table.verticalHeader().defaultSectionSize() + 4)
        table.setUpdatesEnabled(True)

    def clear(self) -> None:
        self.model.clear()
        self.counsellor_model.set_rows([])
        for table in self.breakdowns.values():
            table.setRowCount(0)

    def _figure_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.figure_chosen.emit(self.model.figure(index.row()))
