"""Parsers for the small fields every form has, in the notation Belgian users type."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue

# --- amounts --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1.234,56", 123456),
        ("1234,56", 123456),
        ("1234.56", 123456),
        ("650", 65000),
        ("€ 650,5", 65050),
        ("€650", 65000),
        ("650 EUR", 65000),
        ("650,00 €", 65000),
        ("1 234,56", 123456),
        ("1\u00a0234,56", 123456),
        ("1.234", 123400),  # a dot in groups of three is a thousands separator
        ("1.234.567", 123456700),
        ("1.234.567,8", 123456780),
        ("12.5", 1250),
        ("0,05", 5),
        ("0", 0),
        ("  42,10  ", 4210),
        ("9.999.999,99", 999999999),
    ],
)
def test_amounts_in_belgian_and_plain_notation(typed: str, cents: int) -> None:
    assert fields.amount_cents(typed) == cents


@pytest.mark.parametrize("typed", ["", "   ", "€", " EUR "])
def test_empty_amount_is_none(typed: str) -> None:
    assert fields.amount_cents(typed) is None


@pytest.mark.parametrize(
    "typed",
    [
        "abc",
        "12,345",  # three decimals
        "1,2,3",
        "-50",
        "+50",
        "50-",
        "1e3",
        ",5",
        "12.34.56",  # dots not in groups of three
        "1.2.3",
        "1.2,5",
        "12,5.0",
        "€ 12 euro",
    ],
)
def test_bad_amounts(typed: str) -> None:
    assert fields.amount_cents(typed) == Issue("amount")


@pytest.mark.parametrize("typed", ["10.000.000", "10000000,00", "123456789"])
def test_amounts_of_ten_million_or_more_are_refused(typed: str) -> None:
    assert fields.amount_cents(typed) == Issue("amount_too_large")


@pytest.mark.parametrize(("cents", "text"), [(None, ""), (0, "0,00"), (5, "0,05"), (123456, "1234,56")])
def test_format_cents(cents: int | None, text: str) -> None:
    assert fields.format_cents(cents) == text


@given(st.integers(min_value=0, max_value=999_999_999))
def test_format_cents_round_trips_through_amount_cents(cents: int) -> None:
    assert fields.amount_cents(fields.format_cents(cents)) == cents


@given(st.integers(min_value=0, max_value=9_999_999), st.integers(min_value=0, max_value=99))
def test_thousands_grouping_round_trips(euros: int, rest: int) -> None:
    grouped = f"{euros:,}".replace(",", ".")
    assert fields.amount_cents(f"€ {grouped},{rest:02d}") == euros * 100 + rest


# --- postcode, phone, email, numbers, text ---------------------------------------------------------


@pytest.mark.parametrize(("typed", "value"), [("1000", "1000"), (" 9000 ", "9000"), ("3500", "3500")])
def test_good_postcodes(typed: str, value: str) -> None:
    assert fields.postcode(typed) == value


@pytest.mark.parametrize("typed", ["0999", "123", "12345", "B-1000", "10 00", "١٠٠٠", "abcd"])
def test_bad_postcodes(typed: str) -> None:
    assert fields.postcode(typed) == Issue("postcode")


def test_postcode_is_required() -> None:
    assert fields.postcode("  ") == Issue("required")


@pytest.mark.parametrize(
    "typed",
    [
        "0470 12 34 56",
        "0470/12.34.56",
        "02 123 45 67",
        "016-12-34-56",
        "(016) 12 34 56",
        "+32 470 12 34 56",
        "0032 470 12 34 56",
        "+31 20 123 4567",
    ],
)
def test_good_phone_numbers_are_kept_as_typed(typed: str) -> None:
    assert fields.phone(typed) == typed


def test_phone_is_optional_and_trimmed() -> None:
    assert fields.phone("   ") == ""
    assert fields.phone("  0470 12 34 56 ") == "0470 12 34 56"


@pytest.mark.parametrize(
    "typed",
    [
        "12345",
        "470 12 34 56",  # no leading 0
        "04701234567",  # 11 digits
        "0470 12 34 5x",
        "+32",
        "+32 470 12 34 56 78 90 12",  # more than 15 digits
        "00 32",
        "0470 12 34 5٦",
        "tel 0470123456",
    ],
)
def test_bad_phone_numbers(typed: str) -> None:
    assert fields.phone(typed) == Issue("phone")


@pytest.mark.parametrize("typed", ["an.peeters@woonpunt.be", "x+y@caw.vlaanderen", " a@b.be "])
def test_good_email(typed: str) -> None:
    assert fields.email(typed) == typed.strip()


def test_email_is_optional() -> None:
    assert fields.email("  ") == ""


@pytest.mark.parametrize(
    "typed", ["an@example", "an example@x.be", "@x.be", "an@x.b", "an@@x.be", "an@x.be."]
)
def test_bad_email(typed: str) -> None:
    assert fields.email(typed) == Issue("email")


def test_whole_number() -> None:
    assert fields.whole_number(" 3 ", 0, 120) == 3
    assert fields.whole_number("", 0, 120) is None
    assert fields.whole_number("0", 0, 120) == 0
    assert fields.whole_number("120", 0, 120) == 120


@pytest.mark.parametrize("typed", ["-1", "3.5", "3,5", "drie", "٣", "1e2"])
def test_whole_number_refuses_non_digits(typed: str) -> None:
    assert fields.whole_number(typed, 0, 120) == Issue("whole_number")


@pytest.mark.parametrize(("typed", "minimum", "maximum"), [("121", 0, 120), ("1899", 1900, 2026)])
def test_whole_number_out_of_range_names_the_bounds(typed: str, minimum: int, maximum: int) -> None:
    assert fields.whole_number(typed, minimum, maximum) == Issue(
        "out_of_range", {"minimum": minimum, "maximum": maximum}
    )


def test_required_and_optional_text() -> None:
    assert fields.required_text("  Peeters ") == "Peeters"
    assert fields.required_text(" \t ") == Issue("required")
    assert fields.required_text("x" * 101, 100) == Issue("too_long", {"maximum": 100})
    assert fields.required_text("x" * 100, 100) == "x" * 100
    assert fields.optional_text("   ") == ""
    assert fields.optional_text("x" * 4001) == Issue("too_long", {"maximum": 4000})


def test_not_in_future() -> None:
    today = date(2026, 3, 2)
    assert fields.not_in_future(None, today) is None
    assert fields.not_in_future(today, today) == today
    assert fields.not_in_future(date(2026, 3, 3), today) == Issue("date_in_future")
