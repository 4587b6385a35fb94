"""The caseload tab: search box, status filter, the table of cases."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.ui.caseload_model import CaseloadModel, Column
from caseworker_desktop.ui.labels import status_label

_RUNNING = "running"
_ALL = "all"
_AFTER = "after"


class CaseloadView(QWidget):
    open_case = Signal(str)
    new_referral = Signal()

    def __init__(self, model: CaseloadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._loading = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, address or case number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Running cases"), _RUNNING)
        self.status_filter.addItem(self.tr("Closed and aftercare"), _AFTER)
        self.status_filter.addItem(self.tr("All cases"), _ALL)
        for status in CaseStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel()
        new_button = QPushButton(self.tr("New referral"))
        new_button.clicked.connect(self.new_referral)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.status_filter, 1)
        top.addWidget(new_button)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Fixed widths: sizing to contents would read every one of 50,000 rows.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.NUMBER, 115),
            (Column.CLIENT, 170),
            (Column.ADDRESS, 290),
            (Column.LANDLORD, 200),
            (Column.STATUS, 150),
            (Column.COUNSELLOR, 165),
            (Column.NEXT_DATE, 110),
            (Column.DAYS, 80),
        ):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # What comes up next first: that is what a counsellor plans the week by.
        self.table.sortByColumn(Column.NEXT_DATE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._filter_changed()

    def statuses(self) -> frozenset[CaseStatus] | None:
        choice = self.status_filter.currentData()
        if choice == _ALL:
            return None
        if choice == _RUNNING:
            return RUNNING
        if choice == _AFTER:
            return frozenset({CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED})
        return frozenset({CaseStatus(choice)})

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text)
        self.update_count()

    def _filter_changed(self, *_: object) -> None:
        self.model.set_statuses(self.statuses())
        self.update_count()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading

    def update_count(self) -> None:
        if self._loading:
            self.count.setText(
                self.tr("Showing the first %1 cases by next date; loading the others…").replace(
                    "%1", str(self.model.total())
                )
            )
            return
        self.count.setText(
            self.tr("Cases shown: %1 of %2")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(self.model.total()))
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case.emit(self.model.case_id(index.row()))

    def reset(self) -> None:
        """Forget what was searched: nothing of a client stays visible across a lock."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_query("")
