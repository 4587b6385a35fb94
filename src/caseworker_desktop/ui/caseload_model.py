"""Table model of the caseload, with search, status filter and sort done in Python.

A QSortFilterProxyModel would call back into Python for every comparison and every row test; with
50,000 cases that is seconds per keystroke. Here the filtered, sorted list of row positions is
computed in one pass and the view is reset once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.caseload import CaseloadIndex, CaseRow
from caseworker_desktop.ui.labels import status_label
from caseworker_desktop.ui.table_model import ModelIndex, RecordTableModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NUMBER = 0
    CLIENT = 1
    ADDRESS = 2
    LANDLORD = 3
    STATUS = 4
    COUNSELLOR = 5
    NEXT_DATE = 6
    DAYS = 7


class CaseloadModel(RecordTableModel):
    column_count = len(Column)

    def row_total(self) -> int:
        return len(self._visible)

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self._today = today
        self._index = CaseloadIndex([])
        self._visible: list[int] = []
        self._query = ""
        self._statuses: frozenset[CaseStatus] | None = None
        self._sort: tuple[int, Qt.SortOrder] = (Column.DAYS, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [
            self.tr("Case no."),
            self.tr("Client"),
            self.tr("Address"),
            self.tr("Landlord"),
            self.tr("Status"),
            self.tr("Counsellor"),
            self.tr("Next date"),
            self.tr("Days since referral"),
        ]

    # --- data in -------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.set_index(CaseloadIndex(rows))

    def set_index(self, index: CaseloadIndex) -> None:
        """Take a prebuilt index (from the background loader); query, filter and sort stay."""
        self._index = index
        self._apply_sort()
        self._refresh()

    def _apply_sort(self) -> None:
        column, order = self._sort
        positions = sorted(
            range(len(self._index.rows)),
            key=self._sort_key(column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._index.set_order(positions)

    def clear(self) -> None:
        self.set_rows([])

    def set_query(self, query: str) -> None:
        self._query = query
        self._refresh()

    def set_statuses(self, statuses: frozenset[CaseStatus] | None) -> None:
        self._statuses = statuses
        self._refresh()

    def total(self) -> int:
        return len(self._index.rows)

    def case_id(self, row: int) -> str:
        return self._index.rows[self._visible[row]].id

    def row_of(self, case_id: str) -> int | None:
        for position, source in enumerate(self._visible):
            if self._index.rows[source].id == case_id:
                return position
        return None

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        rows = self._index.rows
        if column == Column.NEXT_DATE:
            return lambda i: (rows[i].next_date is None, rows[i].next_date or date.min)
        if column == Column.DAYS:
            # Most days since referral first reads naturally as "oldest first": sort by date.
            return lambda i: rows[i].referral_date
        if column == Column.STATUS:
            order = {s: n for n, s in enumerate(CaseStatus)}
            return lambda i: order[rows[i].status]
        attribute = {
            Column.NUMBER: "number",
            Column.CLIENT: "client_name",
            Column.ADDRESS: "address",
            Column.LANDLORD: "landlord",
            Column.COUNSELLOR: "counsellor",
        }[Column(column)]
        return lambda i: getattr(rows[i], attribute).casefold()

    def _refresh(self) -> None:
        self.beginResetModel()
        # The index scans in sort order, so what it returns is already sorted.
        self._visible = self._index.filter(self._query, self._statuses)
        self.endResetModel()

    # --- Qt model interface -------------------------------------------------------------------
    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._index.rows[self._visible[index.row()]]
        if role == CASE_ID_ROLE:
            return row.id
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NUMBER:
                return row.number
            if column == Column.CLIENT:
                return row.client_name
            if column == Column.ADDRESS:
                return row.address
            if column == Column.LANDLORD:
                return row.landlord
            if column == Column.STATUS:
                return status_label(row.status)
            if column == Column.COUNSELLOR:
                return row.counsellor
            if column == Column.NEXT_DATE:
                return row.next_date.strftime("%d/%m/%Y") if row.next_date else ""
            if column == Column.DAYS:
                return str(row.days_since_referral(self._today()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        overdue = row.next_date is not None and row.next_date < self._today()
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.NEXT_DATE and overdue:
            return QColor("#b3261e")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._apply_sort()
        self._refresh()
