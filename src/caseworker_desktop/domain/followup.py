"""The contact log, closure and aftercare: what a counsellor types, checked field by field.

Forms hand over what was typed; the validators here parse it and report every problem at once,
keyed by field name, so the screen can point at each field and keep the rest of the input.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.status import ClosingReason


class ContactKind(StrEnum):
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    OFFICE_MEETING = "office_meeting"
    LANDLORD_CONSULTATION = "landlord_consultation"
    SERVICE_MEETING = "service_meeting"
    OTHER = "other"


class GoalsAchieved(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


DURATION_MIN = 1
DURATION_MAX = 600  # ten hours: longer is a typing error, not a contact
WITH_WHOM_MAX = 200  # the column's width
SUMMARY_MAX = 4000
NOTE_MAX = 8000
HOUSING_SITUATION_MAX = 2000
REFERRED_TO_MAX = 1000
MOTIVATION_MAX = 4000

AFTERCARE_DEFAULT_MONTHS = 3
AFTERCARE_MIN_MONTHS = 1
AFTERCARE_MAX_MONTHS = 12

# Reasons the state machine only accepts with a written motivation.
REASONS_NEEDING_MOTIVATION = frozenset({ClosingReason.NOT_STARTED, ClosingReason.OTHER})


# --- contacts -----------------------------------------------------------------------------------------
@dataclass
class ContactInput:
    """One contact as typed in the contact log. A planned contact lies ahead and shows in the agenda."""

    on: date | None = None
    kind: ContactKind | None = None
    duration: str = ""  # minutes, as typed
    with_whom: str = ""
    summary: str = ""  # team-shared
    planned: bool = False
    personal_note: str = ""  # the counsellor's own working note: stays on this laptop


@dataclass(frozen=True)
class ContactEntry:
    """A contact whose every field has been checked."""

    on: date
    kind: ContactKind
    duration_min: int | None
    with_whom: str
    summary: str
    planned: bool
    personal_note: str


def validate_contact(data: ContactInput, today: date) -> ContactEntry:
    """A held contact lies today or before and says how long it took; a planned one lies today or
    later and may leave duration and summary open."""
    issues: dict[str, Issue] = {}

    on = data.on
    if on is None:
        issues["on"] = Issue("required")
    elif data.planned and on < today:
        issues["on"] = Issue("planned_in_past")
    elif not data.planned and on > today:
        issues["on"] = Issue("contact_in_future")

    if data.kind is None:
        issues["kind"] = Issue("required")

    duration = fields.whole_number(data.duration, DURATION_MIN, DURATION_MAX)
    if isinstance(duration, Issue):
        issues["duration"] = duration
        duration = None
    elif duration is None and not data.planned:
        issues["duration"] = Issue("required")

    with_whom = fields.required_text(data.with_whom, WITH_WHOM_MAX)
    if isinstance(with_whom, Issue):
        issues["with_whom"] = with_whom
    summary = fields.optional_text(data.summary, SUMMARY_MAX)
    if isinstance(summary, Issue):
        issues["summary"] = summary
    note = fields.optional_text(data.personal_note, NOTE_MAX)
    if isinstance(note, Issue):
        issues["personal_note"] = note

    if issues:
        raise ValidationFailed(issues)
    assert on is not None and data.kind is not None
    assert isinstance(with_whom, str) and isinstance(summary, str) and isinstance(note, str)
    return ContactEntry(
        on=on,
        kind=data.kind,
        duration_min=duration,
        with_whom=with_whom,
        summary=summary,
        planned=data.planned,
        personal_note=note,
    )


def validate_note(text: str) -> str:
    """A personal working note on its own (attached to the case): not empty, not endless."""
    value = fields.required_text(text, NOTE_MAX)
    if isinstance(value, Issue):
        raise ValidationFailed({"text": value})
    return value


# --- closure ------------------------------------------------------------------------------------------
@dataclass
class ClosureInput:
    """The closure form as typed. `eviction_avoided` is None until the counsellor chooses yes or no:
    there is no default, because a default would put an unasked answer in the funder's figures."""

    closed_on: date | None = None
    reason: ClosingReason | None = None
    motivation: str = ""
    goals_achieved: GoalsAchieved | None = None
    eviction_avoided: bool | None = None
    housing_situation: str = ""
    referred_to: str = ""


@dataclass(frozen=True)
class ClosureFacts:
    closed_on: date
    reason: ClosingReason
    motivation: str
    goals_achieved: GoalsAchieved
    eviction_avoided: bool
    housing_situation: str
    referred_to: str


def validate_closure(data: ClosureInput, today: date, referral_date: date | None = None) -> ClosureFacts:
    issues: dict[str, Issue] = {}

    closed_on = data.closed_on
    if closed_on is None:
        issues["closed_on"] = Issue("required")
    elif closed_on > today:
        issues["closed_on"] = Issue("date_in_future")
    elif referral_date is not None and closed_on < referral_date:
        issues["closed_on"] = Issue("closed_before_referral")

    if data.reason is None:
        issues["reason"] = Issue("status_close_needs_reason")

    motivation = fields.optional_text(data.motivation, MOTIVATION_MAX)
    if isinstance(motivation, Issue):
        issues["motivation"] = motivation
    elif data.reason in REASONS_NEEDING_MOTIVATION and not motivation:
        issues["motivation"] = Issue("status_close_needs_motivation")

    if data.goals_achieved is None:
        issues["goals_achieved"] = Issue("goals_achieved_required")

    if data.eviction_avoided is None:
        issues["eviction_avoided"] = Issue("choose_yes_or_no")
    elif data.eviction_avoided and data.reason == ClosingReason.EVICTED:
        issues["eviction_avoided"] = Issue("evicted_but_avoided")

    housing = fields.required_text(data.housing_situation, HOUSING_SITUATION_MAX)
    if isinstance(housing, Issue):
        issues["housing_situation"] = housing

    referred_to = fields.optional_text(data.referred_to, REFERRED_TO_MAX)
    if isinstance(referred_to, Issue):
        issues["referred_to"] = referred_to
    elif data.reason == ClosingReason.REFERRED_ON and not referred_to:
        issues["referred_to"] = Issue("referral_onward_required")

    if issues:
        raise ValidationFailed(issues)
    assert closed_on is not None and data.reason is not None
    assert data.goals_achieved is not None and data.eviction_avoided is not None
    assert isinstance(motivation, str) and isinstance(housing, str) and isinstance(referred_to, str)
    return ClosureFacts(
        closed_on=closed_on,
        reason=data.reason,
        motivation=motivation,
        goals_achieved=data.goals_achieved,
        eviction_avoided=data.eviction_avoided,
        housing_situation=housing,
        referred_to=referred_to,
    )


# --- aftercare ----------------------------------------------------------------------------------------
def add_months(start: date, months: int) -> date:
    """The same day `months` later; the 31st of a shorter month becomes its last day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def parse_aftercare_months(text: str) -> int:
    """How many months aftercare runs, as typed: 1 to 12; empty means the usual 3."""
    value = fields.whole_number(text, AFTERCARE_MIN_MONTHS, AFTERCARE_MAX_MONTHS)
    if isinstance(value, Issue):
        raise ValidationFailed({"months": value})
    return AFTERCARE_DEFAULT_MONTHS if value is None else value


def aftercare_end(closed_on: date, months: int, today: date) -> date:
    """The last day of aftercare that starts at closure and runs `months` months."""
    if not AFTERCARE_MIN_MONTHS <= months <= AFTERCARE_MAX_MONTHS:
        raise ValidationFailed(
            {
                "months": Issue(
                    "out_of_range", {"minimum": AFTERCARE_MIN_MONTHS, "maximum": AFTERCARE_MAX_MONTHS}
                )
            }
        )
    until = add_months(closed_on, months)
    if until < today:
        raise ValidationFailed({"months": Issue("aftercare_end_in_past", {"until": until.isoformat()})})
    return until


def check_aftercare_until(until: date | None, closed_on: date, today: date) -> date:
    """An adjusted end of aftercare: after the closure, not yet passed, at most 12 months on."""
    if until is None:
        raise ValidationFailed({"until": Issue("required")})
    latest = add_months(closed_on, AFTERCARE_MAX_MONTHS)
    if until <= closed_on or until > latest:
        raise ValidationFailed(
            {
                "until": Issue(
                    "aftercare_until_range",
                    {"earliest": (closed_on + timedelta(days=1)).isoformat(), "latest": latest.isoformat()},
                )
            }
        )
    if until < today:
        raise ValidationFailed({"until": Issue("aftercare_end_in_past", {"until": until.isoformat()})})
    return until


def aftercare_is_due(until: date | None, today: date) -> bool:
    """Aftercare runs through its last day and ends once that day has passed."""
    return until is not None and until < today
