"""Periods, the profile values (age band, household type) and the suppression of small groups."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import (
    AgeBand,
    HouseholdType,
    Period,
    age_band,
    custom_period,
    household_type,
    quarter_period,
    suppress,
    year_period,
)


# --- periods ------------------------------------------------------------------------------------------------
def test_year_period() -> None:
    period = year_period(2023)
    assert period == Period(date(2023, 1, 1), date(2023, 12, 31))
    assert period.days == 365
    assert year_period(2024).days == 366


@pytest.mark.parametrize(
    ("quarter", "start", "end", "days"),
    [
        (1, date(2024, 1, 1), date(2024, 3, 31), 91),  # leap year: 31 + 29 + 31
        (2, date(2024, 4, 1), date(2024, 6, 30), 91),
        (3, date(2024, 7, 1), date(2024, 9, 30), 92),
        (4, date(2024, 10, 1), date(2024, 12, 31), 92),
    ],
)
def test_quarter_period(quarter: int, start: date, end: date, days: int) -> None:
    period = quarter_period(2024, quarter)
    assert (period.start, period.end, period.days) == (start, end, days)


def test_first_quarter_of_a_common_year() -> None:
    assert quarter_period(2023, 1).days == 90


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_quarter_outside_one_to_four(quarter: int) -> None:
    with pytest.raises(RuleViolation) as caught:
        quarter_period(2024, quarter)
    assert caught.value.issue.code == "period_invalid"


def test_year_out_of_range() -> None:
    with pytest.raises(RuleViolation) as caught:
        year_period(0)
    assert caught.value.issue.code == "period_invalid"


def test_custom_period() -> None:
    assert custom_period(date(2024, 3, 15), date(2024, 3, 15)).days == 1  # one day is a period
    assert custom_period(date(2020, 1, 1), date(2024, 12, 31)).days == 1827  # exactly five years


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (date(2024, 3, 15), date(2024, 3, 14), "end_before_start"),
        (date(2020, 1, 1), date(2025, 1, 1), "too_long"),  # five years and a day
        (date(2020, 2, 29), date(2025, 3, 1), "too_long"),
    ],
)
def test_custom_period_refused(start: date, end: date, reason: str) -> None:
    with pytest.raises(RuleViolation) as caught:
        custom_period(start, end)
    assert caught.value.issue.code == "period_invalid"
    assert caught.value.issue.params["reason"] == reason


def test_custom_period_from_a_leap_day() -> None:
    # five years after 29 February 2020 has no 29 February: the period may run through 28 February
    assert custom_period(date(2020, 2, 29), date(2025, 2, 28)).end == date(2025, 2, 28)


# --- profile values -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("birth", "band"),
    [
        (None, AgeBand.UNKNOWN),
        (date(2000, 6, 2), AgeBand.UNDER_25),  # turns 25 tomorrow
        (date(1999, 6, 1), AgeBand.FROM_25),  # 25 today
        (date(1989, 6, 2), AgeBand.FROM_25),  # 34
        (date(1989, 6, 1), AgeBand.FROM_35),
        (date(1974, 6, 2), AgeBand.FROM_35),  # 49
        (date(1974, 6, 1), AgeBand.FROM_50),
        (date(1959, 6, 2), AgeBand.FROM_50),  # 64
        (date(1959, 6, 1), AgeBand.FROM_65),
        (date(1920, 1, 1), AgeBand.FROM_65),
        (date(2024, 6, 2), AgeBand.UNKNOWN),  # born after the referral: a typing error
    ],
)
def test_age_band_on_the_referral_date(birth: date | None, band: AgeBand) -> None:
    assert age_band(birth, date(2024, 6, 1)) == band


def test_age_band_of_a_leap_day_birth() -> None:
    assert age_band(date(2000, 2, 29), date(2025, 2, 28)) == AgeBand.UNDER_25
    assert age_band(date(2000, 2, 29), date(2025, 3, 1)) == AgeBand.FROM_25


@pytest.mark.parametrize(
    ("relations", "expected"),
    [
        ([], HouseholdType.SINGLE),
        (["partner"], HouseholdType.COUPLE),
        (["child"], HouseholdType.SINGLE_PARENT),
        (["child", "child", "child"], HouseholdType.SINGLE_PARENT),
        (["partner", "child"], HouseholdType.COUPLE_WITH_CHILDREN),
        (["child", "partner", "child"], HouseholdType.COUPLE_WITH_CHILDREN),
        (["parent"], HouseholdType.OTHER),
        (["other"], HouseholdType.OTHER),
        (["partner", "child", "parent"], HouseholdType.OTHER),
        (["child", "other"], HouseholdType.OTHER),
    ],
)
def test_household_type(relations: list[str], expected: HouseholdType) -> None:
    assert household_type(relations) == expected
    assert household_type(iter(relations)) == expected  # any iterable, read once


# --- suppression --------------------------------------------------------------------------------------------
def test_nothing_small_nothing_hidden() -> None:
    assert suppress({"a": 12, "b": 5, "c": 30}) == {"a": 12, "b": 5, "c": 30}


def test_zero_is_shown() -> None:
    # a zero reveals nobody, and hiding it would not protect anyone
    assert suppress({"a": 0, "b": 7, "c": 9}) == {"a": 0, "b": 7, "c": 9}


def test_one_small_cell_takes_the_next_smallest_with_it() -> None:
    # with a total of 35 shown, hiding only b (3) would leave b = 35 - 12 - 20; hiding a (the next
    # smallest non-zero, 12) too leaves only a + b = 15. The zero stays.
    assert suppress({"a": 12, "b": 3, "c": 20, "d": 0}) == {"a": None, "b": None, "c": 20, "d": 0}


def test_the_complement_is_chosen_smallest_first_and_by_key_on_ties() -> None:
    assert suppress({"x": 8, "y": 8, "z": 2}) == {"x": None, "y": 8, "z": None}


def test_two_small_cells_that_together_still_make_a_small_group() -> None:
    # a + b = 2 with both at least 1 means both are 1: the next smallest (c) is hidden too
    assert suppress({"a": 1, "b": 1, "c": 10, "d": 40}) == {"a": None, "b": None, "c": None, "d": 40}


def test_two_small_cells_that_add_up_to_the_threshold_are_enough() -> None:
    assert suppress({"a": 2, "b": 3, "c": 10}) == {"a": None, "b": None, "c": 10}


def test_a_group_with_a_single_small_cell_hides_it() -> None:
    # nothing else to hide: the caller must not show the group's total of 4 either
    assert suppress({"a": 4, "b": 0}) == {"a": None, "b": 0}


def test_threshold_is_a_parameter() -> None:
    assert suppress({"a": 9, "b": 10, "c": 11}, threshold=10) == {"a": None, "b": None, "c": 11}
    assert suppress({"a": 1, "b": 10}, threshold=1) == {"a": 1, "b": 10}


def test_suppress_keeps_the_order_of_the_group() -> None:
    assert list(suppress({"z": 1, "a": 50, "m": 7})) == ["z", "a", "m"]


def test_hidden_cells_that_are_all_ones_take_a_larger_cell_with_them() -> None:
    # five hidden cells adding up to 5 could only each be 1
    counts = {"a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 50, "g": 60}
    assert suppress(counts) == {"a": None, "b": None, "c": None, "d": None, "e": None, "f": None, "g": 60}
