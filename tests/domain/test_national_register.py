"""Belgian national register numbers (rijksregisternummer) and BIS numbers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.national_register import NationalNumber, parse_national_number

# Born 23 July 1985, sequence 123: 850723123 mod 97 = 46 (97 * 8770341 = 850723077), check 97 - 46 = 51.
BORN_1985 = "85072312351"
# Born 14 February 2003, sequence 045: the 2 is put in front, 2030214045 mod 97 = 68
# (97 * 20930041 = 2030213977), check 97 - 68 = 29.
BORN_2003 = "03021404529"
# BIS number, same birth date as BORN_1985 but month + 20: 852723123 mod 97 = 3, check 94.
BIS_PLUS_20 = "85272312394"
# BIS number with month + 40: 854723123 mod 97 = 57 (97 * 8811578 = 854723066), check 40.
BIS_PLUS_40 = "85472312340"


def reference_check(first_nine: str, born_2000_or_later: bool) -> int:
    """The rule as the register publishes it, written independently of the code under test."""
    base = int(first_nine) + (2_000_000_000 if born_2000_or_later else 0)
    return 97 - base % 97


def make_number(birth: date, sequence: int, month_offset: int = 0) -> str:
    first_nine = f"{birth.year % 100:02d}{birth.month + month_offset:02d}{birth.day:02d}{sequence:03d}"
    return first_nine + f"{reference_check(first_nine, birth.year >= 2000):02d}"


def parsed(text: str) -> NationalNumber:
    result = parse_national_number(text)
    assert isinstance(result, NationalNumber), result
    return result


def test_hand_computed_examples_match_the_reference_rule() -> None:
    assert make_number(date(1985, 7, 23), 123) == BORN_1985
    assert make_number(date(2003, 2, 14), 45) == BORN_2003
    assert make_number(date(1985, 7, 23), 123, 20) == BIS_PLUS_20
    assert make_number(date(1985, 7, 23), 123, 40) == BIS_PLUS_40


def test_born_in_the_last_century() -> None:
    number = parsed(BORN_1985)
    assert number.digits == BORN_1985
    assert number.birth_date == date(1985, 7, 23)
    assert number.is_bis is False


def test_born_after_2000_uses_the_leading_two() -> None:
    number = parsed(BORN_2003)
    assert number.birth_date == date(2003, 2, 14)
    assert number.is_bis is False


def test_check_number_97_when_the_base_is_a_multiple_of_97() -> None:
    # 030214045 = 97 * 311485, so 97 - 0 = 97 is the 1900 check number: born 1903, not 2003.
    assert 30214045 == 97 * 311485
    assert parsed("03021404597").birth_date == date(1903, 2, 14)


@pytest.mark.parametrize(
    "typed",
    [
        "85.07.23-123.51",
        "85 07 23 123 51",
        "850723-123-51",
        "85/07/23 123.51",
        "  85072312351  ",
        "85.07.23 - 123 . 51",
    ],
)
def test_separators_are_ignored(typed: str) -> None:
    number = parsed(typed)
    assert number.digits == BORN_1985
    assert number.birth_date == date(1985, 7, 23)


def test_formatted_uses_the_official_layout() -> None:
    assert parsed(BORN_1985).formatted() == "85.07.23-123.51"
    assert parsed(BORN_2003).formatted() == "03.02.14-045.29"


@pytest.mark.parametrize(
    "typed",
    [
        "85072312350",  # off by one
        "85072312352",
        "85072312398",  # 98 can never be a check number (97 - x for x in 0..96)
        "85072312300",
        "03021404528",
        "03021404530",
    ],
)
def test_wrong_check_digits(typed: str) -> None:
    assert parse_national_number(typed) == Issue("nrn_checksum")


@pytest.mark.parametrize(
    "typed",
    ["", "8507231235", "850723123510", "85.07.23-123", "85O72312351", "8507231235a", "٨٥٠٧٢٣١٢٣٥١"],
)
def test_wrong_length_or_characters(typed: str) -> None:
    assert parse_national_number(typed) == Issue("nrn_format")


def test_bis_number_month_plus_20() -> None:
    number = parsed(BIS_PLUS_20)
    assert number.is_bis is True
    assert number.birth_date == date(1985, 7, 23)


def test_bis_number_month_plus_40() -> None:
    number = parsed(BIS_PLUS_40)
    assert number.is_bis is True
    assert number.birth_date == date(1985, 7, 23)


def test_bis_number_with_unknown_birth_date() -> None:
    first_nine = "852000017"  # month 20 = unknown month, day 00
    number = parsed(first_nine + f"{reference_check(first_nine, False):02d}")
    assert number.is_bis is True
    assert number.birth_date is None


def test_register_number_with_unknown_day() -> None:
    first_nine = "600500005"
    number = parsed(first_nine + f"{reference_check(first_nine, False):02d}")
    assert number.is_bis is False
    assert number.birth_date is None


@pytest.mark.parametrize("first_nine", ["850230123", "851323123", "850732123", "853323123", "010229001"])
def test_impossible_dates_with_a_correct_checksum(first_nine: str) -> None:
    # 30 February, month 13, day 32, BIS month 33 (= 13), 29 February 1901.
    typed = first_nine + f"{reference_check(first_nine, False):02d}"
    assert parse_national_number(typed) == Issue("nrn_date")


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
sequences = st.integers(min_value=1, max_value=998)


@given(birth=dates, sequence=sequences, offset=st.sampled_from([0, 20, 40]))
def test_constructed_numbers_parse_back_to_their_birth_date(birth: date, sequence: int, offset: int) -> None:
    number = parsed(make_number(birth, sequence, offset))
    assert number.birth_date == birth
    assert number.is_bis is (offset != 0)


@given(
    birth=dates,
    sequence=sequences,
    position=st.integers(min_value=0, max_value=10),
    digit=st.sampled_from("0123456789"),
)
def test_single_digit_changes_agree_with_the_checksum_rule(
    birth: date, sequence: int, position: int, digit: str
) -> None:
    valid = make_number(birth, sequence)
    if valid[position] == digit:
        return
    changed = valid[:position] + digit + valid[position + 1 :]
    first_nine, check = changed[:9], int(changed[9:])
    fits_1900 = check == reference_check(first_nine, False)
    fits_2000 = check == reference_check(first_nine, True)
    result = parse_national_number(changed)

    if not (fits_1900 or fits_2000):
        assert result == Issue("nrn_checksum")
        return
    # mod 97 catches every single-digit change under the rule the original number used: a change
    # can only survive by happening to fit the other century's rule.
    assert fits_1900 != (birth.year < 2000) or fits_2000 != (birth.year >= 2000)
    if isinstance(result, NationalNumber):
        assert result.digits == changed
        if result.birth_date is not None:
            century = 1900 if fits_1900 else 2000
            assert result.birth_date.year == century + int(changed[:2])
    else:
        assert result == Issue("nrn_date")
