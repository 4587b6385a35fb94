"""The part every read-only table model here shares: a flat list of rows under translated headers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Subclasses give `column_count`, `headers()` and `row_total()`, and their own data()."""

    column_count = 0

    # Each model names its own columns, so that tr() runs in that model's translation context.
    def headers(self) -> list[str]:
        raise TypeError(f"{type(self).__name__} must define headers()")

    def row_total(self) -> int:
        raise TypeError(f"{type(self).__name__} must define row_total()")

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
