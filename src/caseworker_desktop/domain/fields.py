"""Parsers for the small fields every form has, in the notation Belgian users type.

Each returns the parsed value or an Issue, so a form can report all its problems at once.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from caseworker_desktop.domain.errors import Issue

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"[\s./()\-]")
_AMOUNT_MAX = Decimal("10000000")
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")


def required_text(text: str, max_length: int = 200) -> str | Issue:
    value = text.strip()
    if not value:
        return Issue("required")
    if len(value) > max_length:
        return Issue("too_long", {"maximum": max_length})
    return value


def optional_text(text: str, max_length: int = 4000) -> str | Issue:
    value = text.strip()
    if len(value) > max_length:
        return Issue("too_long", {"maximum": max_length})
    return value


def postcode(text: str) -> str | Issue:
    value = text.strip()
    if not value:
        return Issue("required")
    if not (value.isascii() and value.isdigit() and len(value) == 4 and value[0] != "0"):
        return Issue("postcode")
    return value


def email(text: str) -> str | Issue:
    value = text.strip()
    if value and not _EMAIL.match(value):
        return Issue("email")
    return value


def phone(text: str) -> str | Issue:
    """Belgian landline or mobile (0xx…, 04xx…) or an international +xx number."""
    value = text.strip()
    if not value:
        return ""
    compact = _PHONE_CHARS.sub("", value)
    if compact.startswith("+"):
        ok = compact[1:].isdigit() and 8 <= len(compact) - 1 <= 15
    elif compact.startswith("00"):
        ok = compact.isdigit() and 10 <= len(compact) <= 17
    else:
        ok = compact.isdigit() and compact.startswith("0") and len(compact) in (9, 10)
    if not ok or not compact.isascii():
        return Issue("phone")
    return value


def amount_cents(text: str) -> int | Issue | None:
    """Euro amount as typed in Flanders: '1.234,56', '1234,56', '1234.56', '€ 650'."""
    value = text.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "")
    if not value:
        return None
    # Dots before a decimal comma, or several dots, are thousands separators only in groups of three;
    # '12.34.56' or '1.2,5' is a typing error, not 123.456 or 12,50 euro.
    if "," in value:
        whole, _, fraction = value.partition(",")
        if "." in whole and not _THOUSANDS.fullmatch(whole):
            return Issue("amount")
        value = whole.replace(".", "") + "." + fraction
    elif _THOUSANDS.fullmatch(value):
        value = value.replace(".", "")
    if not re.fullmatch(r"\d+(\.\d{1,2})?", value):
        return Issue("amount")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return Issue("amount")
    if amount >= _AMOUNT_MAX:
        return Issue("amount_too_large")
    return int((amount * 100).to_integral_value())


def whole_number(text: str, minimum: int, maximum: int) -> int | Issue | None:
    value = text.strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        return Issue("whole_number")
    number = int(value)
    if not minimum <= number <= maximum:
        return Issue("out_of_range", {"minimum": minimum, "maximum": maximum})
    return number


def format_cents(cents: int | None) -> str:
    """Inverse of amount_cents, in Belgian notation without thousands separators."""
    if cents is None:
        return ""
    euros, rest = divmod(cents, 100)
    return f"{euros},{rest:02d}"


def not_in_future(value: date | None, today: date) -> date | Issue | None:
    if value is not None and value > today:
        return Issue("date_in_future")
    return value
