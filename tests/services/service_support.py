"""Constants, clocks and input builders shared by the service tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.store.keys import KdfParams

FAST_KDF = KdfParams(memory_kib=8192, iterations=1, lanes=1)
PASSPHRASE = "tegel wolk appelboom fietsbel"
NEW_PASSPHRASE = "rivier lantaarn kompas tulp"
USER_NAME = "Sofie Claes"
ORGANISATION = "CAW Oost-Brabant"
TEAM = "Woonbegeleiding Leuven"
START = datetime(2026, 3, 2, 9, 0, 0)


class StepClock:
    """Naive UTC datetimes, one second later on every call; `advance` jumps ahead."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class WallClock:
    def __init__(self, start: float = 1_780_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def full_referral(landlord_id: str, contact_id: str | None = None) -> ReferralInput:
    """A referral with every field filled in, as a counsellor would type it."""
    return ReferralInput(
        first_name="Hélène",
        last_name="Ünal",
        national_number="85.07.23-123.51",
        phone="0470 12 34 56",
        email="helene.unal@example.be",
        street="Kerkstraat",
        house_number="12",
        box="3",
        postcode="3000",
        municipality="Leuven",
        household=[
            HouseholdMemberInput("Ali", "Ünal", Relation.PARTNER, "1983"),
            HouseholdMemberInput("Lina", "Ünal", Relation.CHILD, "2015"),
            HouseholdMemberInput("Fatma", "Yilmaz", Relation.PARENT, ""),
        ],
        landlord_id=landlord_id,
        landlord_contact_id=contact_id,
        monthly_rent="650",
        arrears_amount="1.234,56",
        arrears_months="3",
        referral_date=date(2026, 2, 27),
        source=ReferralSource.LANDLORD,
        referrer_name="An Peeters",
        referrer_contact="016 12 34 56",
        problems={Problem.ARREARS, Problem.NUISANCE},
        steps_taken="Twee aanmaningen en een huisbezoek.",
        question="Kan er begeleiding starten voor de zitting?",
        eviction_procedure=True,
        next_date=date(2026, 3, 10),
    )


def small_referral(landlord_id: str, first: str, last: str, street: str, town: str) -> ReferralInput:
    return ReferralInput(
        first_name=first,
        last_name=last,
        street=street,
        house_number="1",
        postcode="3000",
        municipality=town,
        landlord_id=landlord_id,
        referral_date=date(2026, 2, 20),
        source=ReferralSource.OCMW,
        problems={Problem.UPKEEP},
    )
