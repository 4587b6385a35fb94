"""Translated texts for the plan part of the trajectory (codes and enums to words)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.plan import (
    SMART_LETTERS,
    EvaluationDecision,
    EvaluationState,
    GoalActor,
    GoalResult,
    PlanStatus,
)

translate = QCoreApplication.translate


def _day(value: object) -> str:
    """An ISO date parameter as the user reads dates (dd/mm/yyyy)."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return ""


def actor_label(actor: GoalActor) -> str:
    return {
        GoalActor.TENANT: translate("PlanLabels", "Tenant"),
        GoalActor.COUNSELLOR: translate("PlanLabels", "Counsellor"),
        GoalActor.LANDLORD: translate("PlanLabels", "Landlord"),
        GoalActor.OTHER_SERVICE: translate("PlanLabels", "Another service"),
    }[actor]


def result_label(result: GoalResult) -> str:
    return {
        GoalResult.ACHIEVED: translate("PlanLabels", "Achieved"),
        GoalResult.PARTLY: translate("PlanLabels", "Partly achieved"),
        GoalResult.NOT_ACHIEVED: translate("PlanLabels", "Not achieved"),
        GoalResult.ADJUSTED: translate("PlanLabels", "Adjusted"),
    }[result]


def decision_label(decision: EvaluationDecision) -> str:
    return {
        EvaluationDecision.CONTINUE: translate("PlanLabels", "Continue the plan"),
        EvaluationDecision.ADJUST_PLAN: translate("PlanLabels", "Adjust the plan (new version)"),
        EvaluationDecision.CLOSE: translate("PlanLabels", "Close the support"),
    }[decision]


def plan_status_label(status: PlanStatus) -> str:
    return {
        PlanStatus.DRAFT: translate("PlanLabels", "draft"),
        PlanStatus.AGREED: translate("PlanLabels", "agreed"),
        PlanStatus.SUPERSEDED: translate("PlanLabels", "superseded"),
    }[status]


def evaluation_state_label(state: EvaluationState) -> str:
    return {
        EvaluationState.PLANNED: translate("PlanLabels", "Planned"),
        EvaluationState.DUE: translate("PlanLabels", "Due"),
        EvaluationState.OVERDUE: translate("PlanLabels", "Overdue"),
        EvaluationState.HELD: translate("PlanLabels", "Held"),
    }[state]


def smart_letter_label(letter: str) -> str:
    return {
        "S": translate("PlanLabels", "Specific"),
        "M": translate("PlanLabels", "Measurable"),
        "A": translate("PlanLabels", "Acceptable"),
        "R": translate("PlanLabels", "Realistic"),
        "T": translate("PlanLabels", "Time-bound"),
    }.get(letter, letter)


def finding_line(issue: Issue) -> str:
    """'Measurable: …' for one SMART finding."""
    from caseworker_desktop.ui.labels import issue_text  # labels imports this module

    letter = SMART_LETTERS.get(issue.code, "")
    return f"{smart_letter_label(letter)}: {issue_text(issue)}"


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    from caseworker_desktop.domain.status import CaseStatus
    from caseworker_desktop.ui.labels import status_label  # labels imports this module

    status = params.get("status")
    status_text = (
        status_label(CaseStatus(status))
        if isinstance(status, str) and status in CaseStatus._value2member_map_
        else ""
    )
    return {
        # SMART findings (advice, never a refusal)
        "smart_too_short": translate(
            "PlanLabels", "Too short to be specific: describe in at least %1 words what will be different."
        ).replace("%1", str(params.get("minimum_words", ""))),
        "smart_vague_words": translate(
            "PlanLabels", "Vague wording (%1): say what exactly, how much or how often, or by when."
        ).replace("%1", str(params.get("words", ""))),
        "smart_not_measurable": translate(
            "PlanLabels", "Nothing to measure: fill in the result or indicator, or put a number in the goal."
        ),
        "smart_no_tenant_agreement": translate(
            "PlanLabels", "The tenant has not agreed with this goal yet (tick it once they have)."
        ),
        "smart_no_realism": translate(
            "PlanLabels", "No realism note: write down why this goal is within the tenant's reach."
        ),
        "smart_no_deadline": translate(
            "PlanLabels", "No deadline: set the date by which the goal is reached."
        ),
        "smart_deadline_past": translate("PlanLabels", "The deadline has already passed."),
        "smart_deadline_far": translate(
            "PlanLabels", "The deadline is more than %1 months away: set an earlier intermediate goal."
        ).replace("%1", str(params.get("months", ""))),
        # the plan
        "date_implausible": translate(
            "PlanLabels", "This date is not plausible: it lies before 2000 or more than %1 years ahead."
        ).replace("%1", str(params.get("years", ""))),
        "too_many": translate("PlanLabels", "At most %1 are possible.").replace(
            "%1", str(params.get("maximum", ""))
        ),
        "landlord_consent_missing": translate(
            "PlanLabels",
            "The tenant's consent to share with the landlord is not in force: record it under Consent "
            "first, or keep this goal private.",
        ),
        "plan_agreed_before_previous": translate(
            "PlanLabels", "The previous version was agreed on %1: the new one cannot be agreed earlier."
        ).replace("%1", _day(params.get("date"))),
        "plan_needs_goal": translate("PlanLabels", "Add at least one goal before agreeing the plan."),
        "plan_smart_findings": translate(
            "PlanLabels", "%1 goal(s) are not SMART yet: see the remarks next to each goal."
        ).replace("%1", str(params.get("goals", ""))),
        "plan_agree_needs_intake": translate(
            "PlanLabels", "A plan is agreed after the intake has started; this case is now “%1”."
        ).replace("%1", status_text),
        "plan_case_not_running": translate(
            "PlanLabels", "This case is “%1”: its plan can be read but no longer changed."
        ).replace("%1", status_text),
        "plan_agreed_is_fixed": translate(
            "PlanLabels",
            "An agreed plan is not changed in place: use “Change agreed plan” to start a new version.",
        ),
        "plan_none_to_change": translate("PlanLabels", "There is no agreed plan to change yet."),
        "plan_unknown": translate("PlanLabels", "This plan version no longer exists."),
        "plan_not_agreed": translate("PlanLabels", "No plan has been agreed yet."),
        "plan_exists": translate("PlanLabels", "This case already has a plan."),
        "plan_no_previous_episode": translate("PlanLabels", "This case does not follow an earlier episode."),
        "plan_no_previous_plan": translate("PlanLabels", "The earlier episode had no plan."),
        "plan_no_draft": translate("PlanLabels", "There is no draft version to discard."),
        "case_unknown": translate("PlanLabels", "This case no longer exists."),
        # evaluations
        "evaluation_goal_unknown": translate(
            "PlanLabels", "A result was given for a goal that is not in the plan in force."
        ),
        "goal_result_required": translate("PlanLabels", "Choose the result for this goal."),
        "evaluation_decision_required": translate("PlanLabels", "Choose the decision."),
        "next_date_with_close": translate(
            "PlanLabels", "The support is being closed: no next evaluation is planned."
        ),
        "next_evaluation_required": translate("PlanLabels", "Set the date of the next evaluation."),
        "next_not_after_held": translate("PlanLabels", "The next evaluation must come after this one."),
        "evaluation_already_planned": translate(
            "PlanLabels", "An evaluation is already planned on %1."
        ).replace("%1", _day(params.get("on"))),
        "evaluation_case_not_running": translate(
            "PlanLabels", "This case is “%1”: no evaluations can be planned or held."
        ).replace("%1", status_text),
        "evaluation_unknown": translate("PlanLabels", "This evaluation no longer exists."),
        "evaluation_already_held": translate(
            "PlanLabels", "This evaluation has been held; its record is no longer changed."
        ),
        "evaluation_needs_agreed_plan": translate(
            "PlanLabels", "Agree the plan first: an evaluation looks at the goals of the agreed plan."
        ),
    }
