"""The caseload table model without a window: columns, filters, sort, search."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.services.caseload import CaseRow
from caseworker_desktop.ui.caseload_model import CASE_ID_ROLE, CaseloadModel, Column

TODAY = date(2026, 11, 24)


def row(n: int, name: str, status: CaseStatus, referred: date, next_date: date | None = None) -> CaseRow:
    return CaseRow(
        id=f"id-{n}",
        number=f"2026-{n:04d}-ABC",
        client_name=name,
        address=f"Straat {n}, 9000 Gent",
        landlord="SHM Test",
        status=status,
        counsellor="An",
        next_date=next_date,
        referral_date=referred,
    )


ROWS = [
    row(1, "Peeters, Jan", CaseStatus.ACTIVE, date(2026, 1, 10), date(2026, 12, 1)),
    row(2, "Ünal, Ayşe", CaseStatus.REFERRED, date(2026, 11, 1)),
    row(3, "Claes, Hélène", CaseStatus.CLOSED, date(2025, 6, 1)),
    row(4, "Janssens, Piet", CaseStatus.OUTREACH, date(2026, 10, 1), date(2026, 11, 1)),
]


def test_columns_and_roles(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CaseloadModel(lambda: TODAY)
    model.set_rows(ROWS)
    model.set_statuses(None)
    model.sort(Column.NUMBER)
    assert model.rowCount() == 4
    assert model.columnCount() == len(Column)
    assert model.headerData(Column.CLIENT, Qt.Orientation.Horizontal) == "Client"
    first = model.index(0, Column.CLIENT)
    assert first.data() == "Peeters, Jan"
    assert model.index(0, Column.STATUS).data() == "Active support"
    assert model.index(0, Column.NEXT_DATE).data() == "01/12/2026"
    assert model.index(0, Column.DAYS).data() == str((TODAY - date(2026, 1, 10)).days)
    assert first.data(CASE_ID_ROLE) == "id-1"
    overdue = model.index(3, Column.NEXT_DATE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None
    assert model.index(0, Column.NEXT_DATE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_running_filter_search_and_sort(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CaseloadModel(lambda: TODAY)
    model.set_rows(ROWS)
    model.set_statuses(RUNNING)
    assert model.rowCount() == 3
    model.set_query("unal")
    assert [model.case_id(r) for r in range(model.rowCount())] == ["id-2"]
    model.set_query("")
    model.sort(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.CLIENT).data() for r in range(3)] == [
        "Janssens, Piet",
        "Peeters, Jan",
        "Ünal, Ayşe",
    ]
    model.sort(Column.DAYS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Column.CLIENT).data() == "Ünal, Ayşe"
    model.set_statuses(frozenset({CaseStatus.CLOSED}))
    model.set_query("helene")
    assert model.rowCount() == 1
    assert model.row_of("id-3") == 0
    model.clear()
    assert model.rowCount() == 0 and model.total() == 0
