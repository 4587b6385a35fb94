"""Translated texts for the followup part of the trajectory (codes and enums to words)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.followup import ContactKind, GoalsAchieved

translate = QCoreApplication.translate


def contact_kind_label(kind: ContactKind) -> str:
    return {
        ContactKind.HOME_VISIT: translate("FollowupLabels", "Home visit"),
        ContactKind.PHONE_CALL: translate("FollowupLabels", "Phone call"),
        ContactKind.OFFICE_MEETING: translate("FollowupLabels", "Office meeting"),
        ContactKind.LANDLORD_CONSULTATION: translate("FollowupLabels", "Consultation with the landlord"),
        ContactKind.SERVICE_MEETING: translate("FollowupLabels", "Meeting with another service"),
        ContactKind.OTHER: translate("FollowupLabels", "Other contact"),
    }[kind]


def goals_achieved_label(value: GoalsAchieved) -> str:
    return {
        GoalsAchieved.YES: translate("FollowupLabels", "Yes"),
        GoalsAchieved.PARTLY: translate("FollowupLabels", "Partly"),
        GoalsAchieved.NO: translate("FollowupLabels", "No"),
    }[value]


def yes_no_label(value: bool) -> str:
    return translate("FollowupLabels", "Yes") if value else translate("FollowupLabels", "No")


def _day(value: Any) -> str:
    """An ISO date parameter as the counsellor reads dates (dd/mm/yyyy)."""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return ""


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    return {
        "contact_in_future": translate(
            "FollowupLabels",
            "This date lies in the future. For a contact that has not happened yet, tick “Planned”.",
        ),
        "planned_in_past": translate(
            "FollowupLabels",
            "A planned contact cannot lie in the past. If it took place, untick “Planned” and fill in "
            "how long it took.",
        ),
        "contact_unknown": translate(
            "FollowupLabels", "This contact no longer exists; it may have been removed."
        ),
        "contact_case_ended": translate(
            "FollowupLabels", "This case has ended: its contact log can no longer change."
        ),
        "note_unknown": translate("FollowupLabels", "This working note no longer exists."),
        "goals_achieved_required": translate(
            "FollowupLabels", "Choose whether the goals were achieved: yes, partly or no."
        ),
        "choose_yes_or_no": translate(
            "FollowupLabels", "Choose yes or no: this answer is never filled in for you."
        ),
        "evicted_but_avoided": translate(
            "FollowupLabels", "The reason says the tenant was evicted, so the eviction was not avoided."
        ),
        "referral_onward_required": translate(
            "FollowupLabels", "The reason is “referred on”: say to whom the tenant was referred."
        ),
        "closed_before_referral": translate(
            "FollowupLabels", "The closing date lies before the date of referral."
        ),
        "closure_case_not_running": translate(
            "FollowupLabels", "This case is not running any more, so it cannot be closed again."
        ),
        "closure_already_recorded": translate(
            "FollowupLabels", "The closure of this case was already recorded."
        ),
        "aftercare_needs_closed_case": translate(
            "FollowupLabels", "Aftercare starts right after closure: close the case first."
        ),
        "aftercare_not_running": translate("FollowupLabels", "This case is not in aftercare."),
        "aftercare_end_in_past": translate(
            "FollowupLabels", "Aftercare would end on %1, which has already passed: choose a later end."
        ).replace("%1", _day(params.get("until"))),
        "aftercare_until_range": translate("FollowupLabels", "Choose a last day from %1 to %2.")
        .replace("%1", _day(params.get("earliest")))
        .replace("%2", _day(params.get("latest"))),
    }
