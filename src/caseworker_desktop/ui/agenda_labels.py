"""Translated texts for the agenda part of the trajectory (codes and enums to words)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.services.agenda import AgendaFlag, AgendaItem, AgendaKind, AgendaPeriod

translate = QCoreApplication.translate


def kind_label(kind: AgendaKind) -> str:
    """The kind as the kind filter and the table name it."""
    return {
        AgendaKind.HEARING: translate("AgendaLabels", "Hearing"),
        AgendaKind.COURT: translate("AgendaLabels", "Other court date"),
        AgendaKind.EVALUATION: translate("AgendaLabels", "Evaluation"),
        AgendaKind.HOME_VISIT: translate("AgendaLabels", "Home visit"),
        AgendaKind.CONTACT: translate("AgendaLabels", "Other planned contact"),
        AgendaKind.PAYMENT_CHECK: translate("AgendaLabels", "Payment-plan check"),
        AgendaKind.AFTERCARE_END: translate("AgendaLabels", "End of aftercare"),
        AgendaKind.NEXT_DATE: translate("AgendaLabels", "Next date of the case"),
    }[kind]


def court_event_label(code: str) -> str:
    return {
        "petition": translate("AgendaLabels", "Petition"),
        "hearing": translate("AgendaLabels", "Hearing"),
        "judgment": translate("AgendaLabels", "Judgment"),
        "eviction_announced": translate("AgendaLabels", "Announced eviction date"),
        "eviction_done": translate("AgendaLabels", "Eviction carried out"),
    }.get(code, translate("AgendaLabels", "Court date"))


def contact_kind_label(code: str) -> str:
    return {
        "home_visit": translate("AgendaLabels", "Home visit"),
        "phone_call": translate("AgendaLabels", "Phone call"),
        "office_meeting": translate("AgendaLabels", "Office meeting"),
        "landlord_consultation": translate("AgendaLabels", "Consultation with the landlord"),
        "service_meeting": translate("AgendaLabels", "Meeting with another service"),
    }.get(code, translate("AgendaLabels", "Planned contact"))


def item_title(item: AgendaItem) -> str:
    """What the item is, as precisely as its code allows ("Judgment", "Phone call", "Evaluation")."""
    if item.kind == AgendaKind.COURT:
        return court_event_label(item.code)
    if item.kind == AgendaKind.CONTACT:
        return contact_kind_label(item.code)
    return kind_label(item.kind)


def flag_label(flag: AgendaFlag) -> str:
    return {
        AgendaFlag.OVERDUE: translate("AgendaLabels", "Overdue"),
        AgendaFlag.TODAY: translate("AgendaLabels", "Today"),
        AgendaFlag.COMING: translate("AgendaLabels", "Coming"),
    }[flag]


def when_label(day: date, today: date) -> str:
    """How far off, in words: "3 days overdue", "today", "tomorrow", "in 12 days"."""
    days = (day - today).days
    if days == 0:
        return translate("AgendaLabels", "Today")
    if days == 1:
        return translate("AgendaLabels", "Tomorrow")
    if days == -1:
        return translate("AgendaLabels", "1 day overdue")
    if days < 0:
        return translate("AgendaLabels", "%1 days overdue").replace("%1", str(-days))
    return translate("AgendaLabels", "In %1 days").replace("%1", str(days))


def period_label(period: AgendaPeriod) -> str:
    return {
        AgendaPeriod.OVERDUE: translate("AgendaLabels", "Only overdue"),
        AgendaPeriod.TODAY: translate("AgendaLabels", "Today"),
        AgendaPeriod.WEEK: translate("AgendaLabels", "Next 7 days"),
        AgendaPeriod.MONTH: translate("AgendaLabels", "Next 30 days"),
        AgendaPeriod.QUARTER: translate("AgendaLabels", "Next 90 days"),
        AgendaPeriod.ALL: translate("AgendaLabels", "Everything ahead"),
    }[period]


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    return {
        "agenda_export_no_file": translate("AgendaLabels", "Choose where to save the calendar file."),
        "agenda_export_not_written": translate(
            "AgendaLabels", "The calendar file could not be written there (%1). Choose another place."
        ).replace("%1", str(params.get("reason", ""))),
        "agenda_export_empty": translate(
            "AgendaLabels", "There is nothing to export: the agenda shows no items for this choice."
        ),
    }
