"""Translated texts for the court part of the trajectory (codes and enums to words): the court
procedure, the payment plan, FBU applications and LAC meetings."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.court import CourtEventKind, FbuStatus, InstalmentState

translate = QCoreApplication.translate


def day_text(value: date | str | None) -> str:
    """dd/mm/yyyy for a date or an ISO date string from an issue's parameters."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return value.strftime("%d/%m/%Y")


def euro(cents: int | None) -> str:
    """Belgian notation with thousands separators: € 1.425,00."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"€ {sign}{euros:,}".replace(",", ".") + f",{rest:02d}"


def court_event_label(kind: CourtEventKind) -> str:
    return {
        CourtEventKind.PETITION: translate("CourtLabels", "Petition filed"),
        CourtEventKind.HEARING: translate("CourtLabels", "Hearing"),
        CourtEventKind.JUDGMENT: translate("CourtLabels", "Judgment"),
        CourtEventKind.EVICTION_ANNOUNCED: translate("CourtLabels", "Eviction date announced"),
        CourtEventKind.EVICTION_DONE: translate("CourtLabels", "Eviction carried out"),
    }[kind]


def instalment_state_label(state: InstalmentState) -> str:
    return {
        InstalmentState.PAID: translate("CourtLabels", "Paid"),
        InstalmentState.PARTLY_PAID: translate("CourtLabels", "Partly paid"),
        InstalmentState.MISSED: translate("CourtLabels", "Missed"),
        InstalmentState.OVERDUE: translate("CourtLabels", "Overdue"),
        InstalmentState.OPEN: translate("CourtLabels", "Open"),
    }[state]


def fbu_status_label(status: FbuStatus) -> str:
    return {
        FbuStatus.SUBMITTED: translate("CourtLabels", "Submitted"),
        FbuStatus.GRANTED: translate("CourtLabels", "Granted"),
        FbuStatus.REFUSED: translate("CourtLabels", "Refused"),
    }[status]


def _event(params: dict[str, Any], key: str = "event") -> str:
    value = params.get(key)
    if isinstance(value, str) and value in CourtEventKind._value2member_map_:
        return court_event_label(CourtEventKind(value))
    return ""


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    p = params
    on = day_text(p.get("on"))
    return {
        # dates
        "court_date_too_early": translate(
            "CourtLabels", "This date lies before %1: please check the year."
        ).replace("%1", day_text(p.get("earliest"))),
        "court_date_too_far_ahead": translate(
            "CourtLabels", "This date lies more than %1 years ahead: please check the year."
        ).replace("%1", str(p.get("years", ""))),
        # court procedure
        "court_before_petition": translate(
            "CourtLabels", "“%1” on %2 cannot come before the petition that started the procedure (%3)."
        )
        .replace("%1", _event(p))
        .replace("%2", on)
        .replace("%3", day_text(p.get("petition_on"))),
        "court_judgment_without_hearing": translate(
            "CourtLabels", "No hearing is recorded before this judgment. Add it if you know the date."
        ),
        "court_announced_before_judgment": translate(
            "CourtLabels",
            "An eviction can only be announced after the judgment: the eviction date %1 lies before "
            "the judgment of %2.",
        )
        .replace("%1", on)
        .replace("%2", day_text(p.get("judgment_on"))),
        "court_announced_without_judgment": translate(
            "CourtLabels", "No judgment is recorded before this eviction date. Add it if you know the date."
        ),
        "court_eviction_done_twice": translate(
            "CourtLabels", "An eviction carried out is already recorded for this case."
        ),
        "court_eviction_needs_announcement": translate(
            "CourtLabels",
            "An eviction carried out needs the announced eviction date: record that first "
            "(or keep it, as the eviction rests on it).",
        ),
        "court_eviction_before_announced": translate(
            "CourtLabels", "The eviction on %1 cannot come before the announced eviction date (%2)."
        )
        .replace("%1", on)
        .replace("%2", day_text(p.get("announced_on"))),
        "court_case_unknown": translate("CourtLabels", "This case no longer exists."),
        "court_event_unknown": translate(
            "CourtLabels", "This event no longer exists (perhaps removed on another laptop)."
        ),
        # payment plan
        "arrears_amount_positive": translate("CourtLabels", "Type an amount greater than zero."),
        "arrears_instalment_or_count": translate(
            "CourtLabels", "Fill in the monthly instalment or the number of instalments."
        ),
        "arrears_instalment_above_total": translate(
            "CourtLabels", "The instalment is larger than the total arrears."
        ),
        "arrears_too_many_instalments": translate(
            "CourtLabels", "With this instalment the plan would take %1 months; at most %2 are possible."
        )
        .replace("%1", str(p.get("needed", "")))
        .replace("%2", str(p.get("maximum", ""))),
        "arrears_instalments_mismatch": translate(
            "CourtLabels", "With an instalment of € %1 the plan has %2 instalments, not %3."
        )
        .replace("%1", str(p.get("instalment", "")))
        .replace("%2", str(p.get("expected", "")))
        .replace("%3", str(p.get("given", ""))),
        "arrears_not_an_instalment": translate(
            "CourtLabels", "Choose one of the due dates of the payment plan."
        ),
        "arrears_missed_not_yet_due": translate(
            "CourtLabels", "This instalment is not due yet, so it cannot be missed yet."
        ),
        "arrears_payment_above_remaining": translate(
            "CourtLabels", "This pays more than the € %1 that remained: the plan is paid off."
        ).replace("%1", str(p.get("remaining", ""))),
        "arrears_plan_unknown": translate("CourtLabels", "This payment plan no longer exists."),
        "arrears_plan_superseded": translate(
            "CourtLabels", "This plan was renegotiated: record payments on the current plan."
        ),
        "arrears_plan_has_payments": translate(
            "CourtLabels",
            "Payments are recorded on this plan, so its terms are fixed. Renegotiate to make a new plan.",
        ),
        "arrears_no_plan_to_renegotiate": translate(
            "CourtLabels", "There is no payment plan yet: save a first plan."
        ),
        "arrears_already_missed": translate("CourtLabels", "This instalment is already marked as missed."),
        "arrears_instalment_paid": translate(
            "CourtLabels", "This instalment is paid, so it cannot be marked as missed."
        ),
        "arrears_missed_not_editable": translate(
            "CourtLabels", "A missed instalment has no amount to change: remove the mark instead."
        ),
        "arrears_payment_unknown": translate("CourtLabels", "This payment no longer exists."),
        # FBU
        "fbu_decided_before_applied": translate(
            "CourtLabels", "The decision cannot come before the application."
        ),
        "fbu_arrears_unknown": translate(
            "CourtLabels", "Fill in the arrears in months of rent: the fund helps from %1 to %2 months."
        )
        .replace("%1", str(p.get("minimum", "")))
        .replace("%2", str(p.get("maximum", ""))),
        "fbu_arrears_too_low": translate(
            "CourtLabels", "Arrears of %1 months are below the fund's minimum of %2 months' rent."
        )
        .replace("%1", str(p.get("months", "")))
        .replace("%2", str(p.get("minimum", ""))),
        "fbu_arrears_too_high": translate(
            "CourtLabels", "Arrears of %1 months are above the fund's maximum of %2 months' rent."
        )
        .replace("%1", str(p.get("months", "")))
        .replace("%2", str(p.get("maximum", ""))),
        "fbu_support_not_accepted": translate("CourtLabels", "The tenant has not accepted housing support."),
        "fbu_no_budget_counselling": translate(
            "CourtLabels", "The tenant has not accepted budget counselling."
        ),
        "fbu_budget_plan_not_positive": translate("CourtLabels", "There is no positive budget plan."),
        "fbu_unknown": translate("CourtLabels", "This FBU application no longer exists."),
        # LAC
        "lac_decision_before_meeting": translate(
            "CourtLabels", "The meeting has not taken place yet: write its decision afterwards."
        ),
        "lac_unknown": translate("CourtLabels", "This meeting no longer exists."),
    }
