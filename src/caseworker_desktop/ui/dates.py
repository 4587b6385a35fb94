"""Dates on screen: Python dates to Qt and back, and the one date field every form uses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

DATE_FORMAT = "dd/MM/yyyy"  # how Belgians write a date


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None = None, max_width: int | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    if value is not None:
        edit.setDate(to_qdate(value))
    if max_width is not None:
        edit.setMaximumWidth(max_width)
    return edit


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
