"""Translated texts for the team leader's desk: review columns, figures, breakdown categories, the
reference values and the team rule codes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.followup import GoalsAchieved
from caseworker_desktop.domain.referral import Problem, ReferralSource
from caseworker_desktop.domain.team_figures import (
    BREAKDOWN_VALUES,
    NORM_CLIENTS_PER_FTE_YEAR,
    REFERENCE_EVICTION_AVOIDED,
    REFERENCE_REFERRAL_TO_INTAKE_DAYS,
    REFERENCE_RUNNING_PER_COUNSELLOR,
    REFERENCE_TRAJECTORY_MONTHS,
    AgeBand,
    BreakdownKey,
    FigureKey,
    HouseholdType,
    IncomeSource,
    LandlordType,
    LoadFigure,
    Outcome,
)
from caseworker_desktop.ui.labels import issue_text, problem_label, source_label

translate = QCoreApplication.translate

# Days in an average month: the trajectory is counted in days and read in months.
DAYS_PER_MONTH = 365.25 / 12
# How far a figure may stray from a "about" reference before it is marked.
REFERENCE_TOLERANCE = 0.2

COUNSELLOR = "counsellor"
TEAM_LEADER = "team_leader"


def role_choice_label(role: str) -> str:
    return {
        COUNSELLOR: translate("TeamLabels", "Counsellor"),
        TEAM_LEADER: translate("TeamLabels", "Team leader"),
    }.get(role, role)


def load_figure_header(figure: LoadFigure, quiet_weeks: int) -> str:
    """The column header: short, on two lines at most."""
    return {
        LoadFigure.RUNNING: translate("TeamLabels", "Running"),
        LoadFigure.WAITING_FIRST_CONTACT: translate("TeamLabels", "Waiting for\nfirst contact"),
        LoadFigure.OUTREACH: translate("TeamLabels", "Outreach"),
        LoadFigure.INTAKE: translate("TeamLabels", "Intake"),
        LoadFigure.ACTIVE: translate("TeamLabels", "Active"),
        LoadFigure.AFTERCARE: translate("TeamLabels", "Aftercare"),
        LoadFigure.CLOSED_THIS_YEAR: translate("TeamLabels", "Closed\nthis year"),
        LoadFigure.OVERDUE_EVALUATIONS: translate("TeamLabels", "Overdue\nevaluations"),
        LoadFigure.HEARINGS_SOON: translate("TeamLabels", "Hearings in\nnext 30 days"),
        LoadFigure.NO_RECENT_CONTACT: translate("TeamLabels", "No contact\n> %1 weeks").replace(
            "%1", str(quiet_weeks)
        ),
    }[figure]


def load_figure_label(figure: LoadFigure, quiet_weeks: int) -> str:
    """The same on one line, as a title over the list of cases behind it."""
    return {
        LoadFigure.RUNNING: translate("TeamLabels", "Running cases"),
        LoadFigure.WAITING_FIRST_CONTACT: translate(
            "TeamLabels", "New referrals waiting for a first contact"
        ),
        LoadFigure.OUTREACH: translate("TeamLabels", "Cases in outreach"),
        LoadFigure.INTAKE: translate("TeamLabels", "Cases in intake"),
        LoadFigure.ACTIVE: translate("TeamLabels", "Cases in active support"),
        LoadFigure.AFTERCARE: translate("TeamLabels", "Cases in aftercare"),
        LoadFigure.CLOSED_THIS_YEAR: translate("TeamLabels", "Cases closed this year"),
        LoadFigure.OVERDUE_EVALUATIONS: translate("TeamLabels", "Cases with an overdue evaluation"),
        LoadFigure.HEARINGS_SOON: translate("TeamLabels", "Cases with a hearing in the next 30 days"),
        LoadFigure.NO_RECENT_CONTACT: translate(
            "TeamLabels", "Running cases without contact for more than %1 weeks"
        ).replace("%1", str(quiet_weeks)),
    }[figure]


def average_age_header() -> str:
    return translate("TeamLabels", "Average age\n(weeks)")


def team_total_label() -> str:
    return translate("TeamLabels", "Whole team")


def figure_label(key: FigureKey) -> str:
    return {
        FigureKey.REFERRALS: translate("TeamLabels", "Referrals"),
        FigureKey.CLIENTS_GUIDED: translate("TeamLabels", "Clients guided"),
        FigureKey.CLIENTS_PER_FTE_YEAR: translate("TeamLabels", "Clients per FTE per year"),
        FigureKey.RUNNING_PER_COUNSELLOR: translate("TeamLabels", "Running per counsellor (at the end)"),
        FigureKey.AVERAGE_TRAJECTORY_DAYS: translate("TeamLabels", "Average trajectory (months)"),
        FigureKey.REFERRAL_TO_INTAKE_DAYS: translate("TeamLabels", "Days from referral to intake"),
        FigureKey.CLOSED: translate("TeamLabels", "Cases closed"),
        FigureKey.EVICTION_AVOIDED_SHARE: translate("TeamLabels", "Eviction avoided"),
        FigureKey.GOALS_ACHIEVED_SHARE: translate("TeamLabels", "Goals achieved"),
    }[key]


def figure_hint(key: FigureKey) -> str:
    """How a figure is counted, for its tooltip."""
    return {
        FigureKey.REFERRALS: translate("TeamLabels", "Episodes referred in the period."),
        FigureKey.CLIENTS_GUIDED: translate(
            "TeamLabels", "Episodes guided at some time in the period: the intake was held."
        ),
        FigureKey.CLIENTS_PER_FTE_YEAR: translate(
            "TeamLabels",
            "Clients guided divided by the team's full-time equivalents, scaled to a year. "
            "The funding norm is %1 per full-time counsellor.",
        ).replace("%1", str(NORM_CLIENTS_PER_FTE_YEAR)),
        FigureKey.RUNNING_PER_COUNSELLOR: translate(
            "TeamLabels", "Running cases on the last day of the period, per counsellor holding cases."
        ),
        FigureKey.AVERAGE_TRAJECTORY_DAYS: translate(
            "TeamLabels", "From referral to closure, over the episodes closed in the period."
        ),
        FigureKey.REFERRAL_TO_INTAKE_DAYS: translate(
            "TeamLabels", "Average days from referral to intake, over the intakes held in the period."
        ),
        FigureKey.CLOSED: translate("TeamLabels", "Episodes closed in the period."),
        FigureKey.EVICTION_AVOIDED_SHARE: translate(
            "TeamLabels",
            "Of the episodes closed in the period, leaving out those where support never started.",
        ),
        FigureKey.GOALS_ACHIEVED_SHARE: translate(
            "TeamLabels", "Goals fully achieved, of the same episodes as the eviction figure."
        ),
    }[key]


def figure_value_text(key: FigureKey, value: float | None) -> str:
    """Shares as percentages, the trajectory in months, averages with one decimal (decimal comma)."""
    if value is None:
        return "–"
    if key in (FigureKey.EVICTION_AVOIDED_SHARE, FigureKey.GOALS_ACHIEVED_SHARE):
        return f"{value * 100:.0f} %"
    if key == FigureKey.AVERAGE_TRAJECTORY_DAYS:
        return decimal_text(value / DAYS_PER_MONTH)
    if key in (FigureKey.REFERRALS, FigureKey.CLIENTS_GUIDED, FigureKey.CLOSED):
        return count_text(round(value))
    if key == FigureKey.REFERRAL_TO_INTAKE_DAYS:
        return count_text(round(value))
    return decimal_text(value)


def decimal_text(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def count_text(value: int) -> str:
    # Belgian grouping in both languages, as elsewhere in the app: 9.008.
    return f"{value:,}".replace(",", ".")


def reference_text(key: FigureKey) -> str:
    low, high = REFERENCE_EVICTION_AVOIDED
    return {
        FigureKey.CLIENTS_PER_FTE_YEAR: translate("TeamLabels", "at least %1 (funding norm)").replace(
            "%1", str(NORM_CLIENTS_PER_FTE_YEAR)
        ),
        FigureKey.RUNNING_PER_COUNSELLOR: translate("TeamLabels", "about %1").replace(
            "%1", str(REFERENCE_RUNNING_PER_COUNSELLOR)
        ),
        FigureKey.AVERAGE_TRAJECTORY_DAYS: translate("TeamLabels", "about %1 months").replace(
            "%1", str(REFERENCE_TRAJECTORY_MONTHS)
        ),
        FigureKey.REFERRAL_TO_INTAKE_DAYS: translate("TeamLabels", "within %1 days").replace(
            "%1", str(REFERENCE_REFERRAL_TO_INTAKE_DAYS)
        ),
        FigureKey.EVICTION_AVOIDED_SHARE: translate("TeamLabels", "%1–%2 % in the field")
        .replace("%1", f"{low * 100:.0f}")
        .replace("%2", f"{high * 100:.0f}"),
    }.get(key, "")


def off_reference(key: FigureKey, value: float | None) -> bool:
    """Whether a figure is on the wrong side of its reference value (what the team leader looks at)."""
    if value is None:
        return False
    if key == FigureKey.CLIENTS_PER_FTE_YEAR:
        return value < NORM_CLIENTS_PER_FTE_YEAR
    if key == FigureKey.RUNNING_PER_COUNSELLOR:
        return (
            abs(value - REFERENCE_RUNNING_PER_COUNSELLOR)
            > REFERENCE_RUNNING_PER_COUNSELLOR * REFERENCE_TOLERANCE
        )
    if key == FigureKey.AVERAGE_TRAJECTORY_DAYS:
        # A shorter trajectory is no warning sign by itself; a much longer one is.
        return value / DAYS_PER_MONTH > REFERENCE_TRAJECTORY_MONTHS * (1 + REFERENCE_TOLERANCE)
    if key == FigureKey.REFERRAL_TO_INTAKE_DAYS:
        # Judged as shown: whole days.
        return round(value) > REFERENCE_REFERRAL_TO_INTAKE_DAYS
    if key == FigureKey.EVICTION_AVOIDED_SHARE:
        return value < REFERENCE_EVICTION_AVOIDED[0]
    return False


def off_reference_hint(key: FigureKey) -> str:
    return {
        FigureKey.CLIENTS_PER_FTE_YEAR: translate("TeamLabels", "Below the funding norm."),
        FigureKey.RUNNING_PER_COUNSELLOR: translate("TeamLabels", "Far from the usual caseload."),
        FigureKey.AVERAGE_TRAJECTORY_DAYS: translate(
            "TeamLabels", "Trajectories take much longer than usual."
        ),
        FigureKey.REFERRAL_TO_INTAKE_DAYS: translate("TeamLabels", "Intakes come later than the aim."),
        FigureKey.EVICTION_AVOIDED_SHARE: translate("TeamLabels", "Below what is reported in the field."),
    }.get(key, "")


def breakdown_label(key: BreakdownKey) -> str:
    return {
        BreakdownKey.SOURCE: translate("TeamLabels", "Referral source"),
        BreakdownKey.PROBLEMS: translate("TeamLabels", "Problems at referral"),
        BreakdownKey.LANDLORD_TYPE: translate("TeamLabels", "Landlord type"),
        BreakdownKey.AGE_BAND: translate("TeamLabels", "Age"),
        BreakdownKey.HOUSEHOLD_TYPE: translate("TeamLabels", "Household"),
        BreakdownKey.INCOME_SOURCE: translate("TeamLabels", "Income source"),
    }[key]


def unknown_label() -> str:
    return translate("TeamLabels", "Unknown")


def income_source_label(value: IncomeSource) -> str:
    return {
        IncomeSource.WORK: translate("TeamLabels", "Work"),
        IncomeSource.UNEMPLOYMENT: translate("TeamLabels", "Unemployment benefit"),
        IncomeSource.SICKNESS_DISABILITY: translate("TeamLabels", "Sickness or disability benefit"),
        IncomeSource.LIVING_WAGE: translate("TeamLabels", "Living wage (OCMW)"),
        IncomeSource.PENSION: translate("TeamLabels", "Pension"),
        IncomeSource.NONE: translate("TeamLabels", "No income"),
        IncomeSource.OTHER: translate("TeamLabels", "Other income"),
    }[value]


def household_type_label(value: HouseholdType) -> str:
    return {
        HouseholdType.SINGLE: translate("TeamLabels", "Single"),
        HouseholdType.SINGLE_PARENT: translate("TeamLabels", "Single parent"),
        HouseholdType.COUPLE: translate("TeamLabels", "Couple without children"),
        HouseholdType.COUPLE_WITH_CHILDREN: translate("TeamLabels", "Couple with children"),
        HouseholdType.OTHER: translate("TeamLabels", "Other household"),
    }[value]


def age_band_label(value: AgeBand) -> str:
    return {
        AgeBand.UNDER_25: translate("TeamLabels", "Under 25"),
        AgeBand.FROM_25: translate("TeamLabels", "25–34"),
        AgeBand.FROM_35: translate("TeamLabels", "35–49"),
        AgeBand.FROM_50: translate("TeamLabels", "50–64"),
        AgeBand.FROM_65: translate("TeamLabels", "65 and over"),
        AgeBand.UNKNOWN: translate("TeamLabels", "Age unknown"),
    }[value]


def landlord_type_label(value: LandlordType) -> str:
    return {
        LandlordType.SOCIAL_HOUSING_COMPANY: translate("TeamLabels", "Social housing company"),
        LandlordType.SOCIAL_RENTAL_AGENCY: translate("TeamLabels", "Social rental agency"),
        LandlordType.PRIVATE: translate("TeamLabels", "Private landlord"),
        LandlordType.UNKNOWN: translate("TeamLabels", "Landlord type unknown"),
    }[value]


def outcome_label(value: Outcome) -> str:
    return {
        Outcome.EVICTION_AVOIDED: translate("TeamLabels", "Eviction avoided"),
        Outcome.NOT_AVOIDED: translate("TeamLabels", "Eviction not avoided"),
        Outcome.NOT_STARTED: translate("TeamLabels", "Support not started"),
    }[value]


def goals_achieved_label(value: GoalsAchieved) -> str:
    return {
        GoalsAchieved.YES: translate("TeamLabels", "Goals achieved"),
        GoalsAchieved.PARTLY: translate("TeamLabels", "Goals partly achieved"),
        GoalsAchieved.NO: translate("TeamLabels", "Goals not achieved"),
    }[value]


def category_label(key: BreakdownKey, value: str) -> str:
    """A breakdown's category value in words; codes this version does not know are shown as they are."""
    try:
        member = BREAKDOWN_VALUES[key](value)
    except ValueError:
        return unknown_label() if value in ("", "unknown") else value
    if isinstance(member, ReferralSource):
        return source_label(member)
    if isinstance(member, Problem):
        return problem_label(member)
    if isinstance(member, LandlordType):
        return landlord_type_label(member)
    if isinstance(member, AgeBand):
        return age_band_label(member)
    if isinstance(member, HouseholdType):
        return household_type_label(member)
    if isinstance(member, IncomeSource):
        return income_source_label(member)
    return value


def source_value_label(value: str) -> str:
    return category_label(BreakdownKey.SOURCE, value)


def team_issue_text(issue: Issue) -> str:
    """The team rule codes in words; anything else as the rest of the application says it."""
    return issue_texts(issue.params).get(issue.code) or issue_text(issue)


def issue_texts(p: dict[str, Any]) -> dict[str, str]:
    """The team rule codes in words (labels.issue_text asks here too)."""
    texts = {
        "team_not_allowed": translate(
            "TeamLabels", "Only a team leader can see the team's figures or reassign cases."
        ),
        "reassign_same_counsellor": translate(
            "TeamLabels", "The case is already with this counsellor: choose another one."
        ),
        "reassign_needs_reason": translate("TeamLabels", "Write down why the case is handed over."),
        "reassign_case_ended": translate(
            "TeamLabels", "This case has ended; an ended case is not handed over."
        ),
        "reassign_no_counsellor": translate("TeamLabels", "Choose a counsellor from the list."),
        "reassign_reason_too_long": translate(
            "TeamLabels", "Keep the reason shorter (at most %1 characters)."
        ).replace("%1", str(p.get("limit", ""))),
        "case_unknown": translate("TeamLabels", "This case is no longer on this laptop."),
        "team_role_not_confirmed": translate(
            "TeamLabels",
            "The team server does not know you as team leader. Ask whoever manages the team's server to give "
            "you the team-leader role.",
        ),
        "period_invalid": translate(
            "TeamLabels", "The end lies before the start, or the period is longer than five years."
        ),
        "working_time_out_of_range": translate(
            "TeamLabels",
            "Type the working time as a part of a full-time job, from %1 to %2 (for example 0,8).",
        )
        .replace("%1", decimal_text(float(p.get("minimum", 0.1))))
        .replace("%2", decimal_text(float(p.get("maximum", 1.0)))),
        "working_time_no_counsellor": translate("TeamLabels", "Choose a counsellor first."),
        "quiet_weeks_out_of_range": translate("TeamLabels", "Type a number of weeks from %1 to %2.")
        .replace("%1", str(p.get("minimum", 1)))
        .replace("%2", str(p.get("maximum", 52))),
        "profile_role_unknown": translate("TeamLabels", "Choose counsellor or team leader."),
        "income_source_unknown": translate("TeamLabels", "Choose an income source from the list."),
    }
    return texts
