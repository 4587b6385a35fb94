"""Belgian national register number (rijksregisternummer) and BIS number checks.

Layout: YYMMDD SSS CC. The check number is 97 minus the first nine digits modulo 97; for people born
in 2000 or later a leading 2 is put before those nine digits first. Whoever is validating does not know
the century, so both are tried. BIS numbers add 20 or 40 to the month; a month or day of zero means the
birth date was (partly) unknown when the number was issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from caseworker_desktop.domain.errors import Issue

_SEPARATORS = re.compile(r"[\s.\-/]")


@dataclass(frozen=True)
class NationalNumber:
    digits: str
    birth_date: date | None
    is_bis: bool

    def formatted(self) -> str:
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"


def _check(base: int) -> int:
    return 97 - (base % 97)


def parse_national_number(text: str) -> NationalNumber | Issue:
    """Return the parsed number, or the reason it is not one."""
    digits = _SEPARATORS.sub("", text)
    if not digits.isdigit() or not digits.isascii() or len(digits) != 11:
        return Issue("nrn_format")
    first_nine = int(digits[:9])
    check = int(digits[9:])
    if check == _check(first_nine):
        century = 1900
    elif check == _check(2_000_000_000 + first_nine):
        century = 2000
    else:
        return Issue("nrn_checksum")

    year = century + int(digits[0:2])
    month = int(digits[2:4])
    day = int(digits[4:6])
    is_bis = month > 12
    if month >= 40:
        month -= 40
    elif month >= 20:
        month -= 20
    if month > 12 or day > 31:
        return Issue("nrn_date")
    birth: date | None = None
    if month and day:
        try:
            birth = date(year, month, day)
        except ValueError:
            return Issue("nrn_date")
    return NationalNumber(digits=digits, birth_date=birth, is_bis=is_bis)
