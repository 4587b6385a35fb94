"""The follow-up validators: contacts, closure and aftercare, field by field (with Hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.errors import ValidationFailed
from caseworker_desktop.domain.followup import (
    AFTERCARE_DEFAULT_MONTHS,
    ClosureInput,
    ContactInput,
    ContactKind,
    GoalsAchieved,
    add_months,
    aftercare_end,
    aftercare_is_due,
    check_aftercare_until,
    parse_aftercare_months,
    validate_closure,
    validate_contact,
    validate_note,
)
from caseworker_desktop.domain.status import ClosingReason
from tests.trajectory.followup_support import closure, home_visit

TODAY = date(2026, 11, 24)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def issues_of(call, *args) -> dict[str, str]:  # type: ignore[no-untyped-def]
    try:
        call(*args)
    except ValidationFailed as failed:
        return {key: issue.code for key, issue in failed.issues.items()}
    return {}


# --- contacts -----------------------------------------------------------------------------------------
def test_a_complete_home_visit_passes_and_is_trimmed() -> None:
    entry = validate_contact(home_visit(TODAY, with_whom="  Karim  ", personal_note="  twijfel  "), TODAY)
    assert entry.duration_min == 45
    assert entry.with_whom == "Karim"
    assert entry.personal_note == "twijfel"
    assert entry.kind == ContactKind.HOME_VISIT
    assert not entry.planned


def test_an_empty_contact_names_every_required_field() -> None:
    assert issues_of(validate_contact, ContactInput(), TODAY) == {
        "on": "required",
        "kind": "required",
        "duration": "required",
        "with_whom": "required",
    }


def test_a_held_contact_cannot_lie_ahead_and_a_planned_one_cannot_lie_behind() -> None:
    tomorrow, yesterday = TODAY + timedelta(days=1), TODAY - timedelta(days=1)
    assert issues_of(validate_contact, home_visit(tomorrow), TODAY) == {"on": "contact_in_future"}
    assert issues_of(validate_contact, home_visit(yesterday, planned=True), TODAY) == {
        "on": "planned_in_past"
    }
    planned = validate_contact(home_visit(tomorrow, planned=True, duration="", summary=""), TODAY)
    assert planned.planned and planned.duration_min is None
    assert validate_contact(home_visit(TODAY, planned=True), TODAY).on == TODAY


@given(st.text(max_size=12))
def test_duration_is_a_whole_number_of_minutes_from_1_to_600(typed: str) -> None:
    issues = issues_of(validate_contact, home_visit(TODAY, duration=typed), TODAY)
    text = typed.strip()
    if text.isascii() and text.isdigit() and 1 <= int(text) <= 600:
        assert issues == {}
        assert validate_contact(home_visit(TODAY, duration=typed), TODAY).duration_min == int(text)
    else:
        # Only the duration is refused: everything else typed stays acceptable.
        assert set(issues) == {"duration"}
        assert issues["duration"] in ("required", "whole_number", "out_of_range")


@given(st.text(max_size=260))
def test_with_whom_is_required_and_at_most_200_characters(typed: str) -> None:
    issues = issues_of(validate_contact, home_visit(TODAY, with_whom=typed), TODAY)
    if not typed.strip():
        assert issues == {"with_whom": "required"}
    elif len(typed.strip()) > 200:
        assert issues == {"with_whom": "too_long"}
    else:
        assert issues == {}


@given(st.integers(min_value=0, max_value=4100))
def test_summary_is_optional_up_to_4000_characters(length: int) -> None:
    issues = issues_of(validate_contact, home_visit(TODAY, summary="x" * length), TODAY)
    assert issues == ({"summary": "too_long"} if length > 4000 else {})


@given(
    on=dates,
    planned=st.booleans(),
    duration=st.text(alphabet="0123456789 x-", max_size=5),
    with_whom=st.text(max_size=30),
)
def test_contact_issues_are_exactly_the_bad_fields(
    on: date, planned: bool, duration: str, with_whom: str
) -> None:
    data = home_visit(on, planned=planned, duration=duration, with_whom=with_whom)
    issues = issues_of(validate_contact, data, TODAY)
    assert set(issues) <= {"on", "duration", "with_whom"}
    assert ("on" in issues) == ((planned and on < TODAY) or (not planned and on > TODAY))
    assert ("with_whom" in issues) == (not with_whom.strip())


def test_a_case_note_must_say_something() -> None:
    assert issues_of(validate_note, "   ") == {"text": "required"}
    assert issues_of(validate_note, "x" * 8001) == {"text": "too_long"}
    assert validate_note(" eerst bellen ") == "eerst bellen"


# --- closure ------------------------------------------------------------------------------------------
def test_a_complete_closure_passes() -> None:
    facts = validate_closure(closure(TODAY), TODAY, TODAY - timedelta(days=200))
    assert facts.eviction_avoided is True
    assert facts.goals_achieved == GoalsAchieved.YES
    assert facts.reason == ClosingReason.GOALS_REACHED


def test_an_empty_closure_form_asks_for_every_required_choice() -> None:
    assert issues_of(validate_closure, ClosureInput(), TODAY) == {
        "closed_on": "required",
        "reason": "status_close_needs_reason",
        "goals_achieved": "goals_achieved_required",
        "eviction_avoided": "choose_yes_or_no",
        "housing_situation": "required",
    }


@pytest.mark.parametrize("answer", [True, False])
def test_eviction_avoided_is_an_explicit_choice_either_way(answer: bool) -> None:
    reason = ClosingReason.GOALS_REACHED if answer else ClosingReason.MOVED
    assert (
        validate_closure(closure(TODAY, eviction_avoided=answer, reason=reason), TODAY).eviction_avoided
        is answer
    )
    assert issues_of(validate_closure, closure(TODAY, eviction_avoided=None), TODAY) == {
        "eviction_avoided": "choose_yes_or_no"
    }


def test_closure_rules_between_fields() -> None:
    assert issues_of(validate_closure, closure(TODAY, reason=ClosingReason.EVICTED), TODAY) == {
        "eviction_avoided": "evicted_but_avoided"
    }
    assert issues_of(validate_closure, closure(TODAY, reason=ClosingReason.REFERRED_ON), TODAY) == {
        "referred_to": "referral_onward_required"
    }
    assert issues_of(validate_closure, closure(TODAY, reason=ClosingReason.OTHER, motivation=" "), TODAY) == {
        "motivation": "status_close_needs_motivation"
    }
    assert issues_of(validate_closure, closure(TODAY + timedelta(days=1)), TODAY) == {
        "closed_on": "date_in_future"
    }
    assert issues_of(
        validate_closure, closure(TODAY - timedelta(days=10)), TODAY, TODAY - timedelta(days=5)
    ) == {"closed_on": "closed_before_referral"}


@given(
    closed_on=dates,
    reason=st.none() | st.sampled_from(ClosingReason),
    goals=st.none() | st.sampled_from(GoalsAchieved),
    avoided=st.none() | st.booleans(),
    housing=st.text(max_size=20),
    referred_to=st.text(max_size=20),
    motivation=st.text(max_size=20),
)
def test_closure_refuses_exactly_what_is_wrong(
    closed_on: date,
    reason: ClosingReason | None,
    goals: GoalsAchieved | None,
    avoided: bool | None,
    housing: str,
    referred_to: str,
    motivation: str,
) -> None:
    data = ClosureInput(closed_on, reason, motivation, goals, avoided, housing, referred_to)
    issues = issues_of(validate_closure, data, TODAY)
    assert ("closed_on" in issues) == (closed_on > TODAY)
    assert ("reason" in issues) == (reason is None)
    assert ("goals_achieved" in issues) == (goals is None)
    assert ("eviction_avoided" in issues) == (
        avoided is None or (avoided and reason == ClosingReason.EVICTED)
    )
    assert ("housing_situation" in issues) == (not housing.strip())
    assert ("referred_to" in issues) == (reason == ClosingReason.REFERRED_ON and not referred_to.strip())
    needs = reason in (ClosingReason.NOT_STARTED, ClosingReason.OTHER)
    assert ("motivation" in issues) == (needs and not motivation.strip())
    if not issues:
        facts = validate_closure(data, TODAY)
        assert facts.eviction_avoided is avoided


# --- aftercare ----------------------------------------------------------------------------------------
def test_add_months_keeps_the_day_or_takes_the_last_of_a_short_month() -> None:
    assert add_months(date(2026, 11, 24), 3) == date(2027, 2, 24)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 31), 12) == date(2027, 1, 31)


@given(dates, st.integers(min_value=0, max_value=24))
def test_add_months_moves_exactly_that_many_calendar_months(start: date, months: int) -> None:
    end = add_months(start, months)
    assert (end.year - start.year) * 12 + end.month - start.month == months
    assert end.day <= start.day
    assert end >= start
    if months:
        assert end > add_months(start, months - 1)


@given(st.text(max_size=6))
def test_aftercare_months_are_1_to_12_and_empty_means_3(typed: str) -> None:
    text = typed.strip()
    if not text:
        assert parse_aftercare_months(typed) == AFTERCARE_DEFAULT_MONTHS
    elif text.isascii() and text.isdigit() and 1 <= int(text) <= 12:
        assert parse_aftercare_months(typed) == int(text)
    else:
        assert set(issues_of(parse_aftercare_months, typed)) == {"months"}


@given(st.integers(min_value=-3, max_value=20))
def test_aftercare_end_refuses_months_outside_1_to_12(months: int) -> None:
    if 1 <= months <= 12:
        assert aftercare_end(TODAY, months, TODAY) == add_months(TODAY, months)
    else:
        assert issues_of(aftercare_end, TODAY, months, TODAY) == {"months": "out_of_range"}


def test_aftercare_cannot_start_with_an_end_that_has_passed() -> None:
    closed_long_ago = TODAY - timedelta(days=200)
    assert issues_of(aftercare_end, closed_long_ago, 3, TODAY) == {"months": "aftercare_end_in_past"}
    assert aftercare_end(closed_long_ago, 12, TODAY) == add_months(closed_long_ago, 12)


@given(dates)
def test_an_adjusted_end_lies_after_closure_within_12_months_and_not_in_the_past(until: date) -> None:
    closed_on = TODAY - timedelta(days=20)
    issues = issues_of(check_aftercare_until, until, closed_on, TODAY)
    if until <= closed_on or until > add_months(closed_on, 12):
        assert issues == {"until": "aftercare_until_range"}
    elif until < TODAY:
        assert issues == {"until": "aftercare_end_in_past"}
    else:
        assert check_aftercare_until(until, closed_on, TODAY) == until
    assert issues_of(check_aftercare_until, None, closed_on, TODAY) == {"until": "required"}


def test_aftercare_ends_only_after_its_last_day() -> None:
    assert not aftercare_is_due(TODAY, TODAY)
    assert aftercare_is_due(TODAY - timedelta(days=1), TODAY)
    assert not aftercare_is_due(None, TODAY)


def test_closure_input_is_never_defaulted_to_eviction_avoided() -> None:
    assert ClosureInput().eviction_avoided is None
    assert replace(closure(TODAY), eviction_avoided=None).eviction_avoided is None
