"""validate_referral: every problem reported at once, keyed by field, without touching the input."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

import pytest

from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
    validate_referral,
)

TODAY = date(2026, 3, 2)


def good_input() -> ReferralInput:
    return ReferralInput(
        first_name="  Hélène ",
        last_name="Ünal",
        national_number="85.07.23-123.51",
        phone="0470 12 34 56",
        email="helene@example.be",
        street="Kerkstraat",
        house_number="12",
        box="3",
        postcode="3000",
        municipality="Leuven",
        household=[
            HouseholdMemberInput("Ali", "Ünal", Relation.PARTNER, "1983"),
            HouseholdMemberInput("Lina", "", Relation.CHILD, ""),
        ],
        landlord_id="landlord-1",
        landlord_contact_id="contact-1",
        monthly_rent="650",
        arrears_amount="1.234,56",
        arrears_months="3",
        referral_date=date(2026, 2, 27),
        source=ReferralSource.LANDLORD,
        referrer_name="An Peeters",
        referrer_contact="016 12 34 56",
        problems={Problem.ARREARS, Problem.NUISANCE},
        steps_taken="Twee aanmaningen verstuurd.",
        question="Kan de begeleiding starten?",
        eviction_procedure=True,
        next_date=date(2026, 3, 10),
    )


def test_a_good_referral_is_parsed() -> None:
    referral = validate_referral(good_input(), TODAY)
    assert referral.first_name == "Hélène"
    assert referral.national_number is not None
    assert referral.national_number.birth_date == date(1985, 7, 23)
    assert referral.monthly_rent_cents == 65000
    assert referral.arrears_cents == 123456
    assert referral.arrears_months == 3
    assert [m.birth_year for m in referral.household] == [1983, None]
    assert [m.relation for m in referral.household] == [Relation.PARTNER, Relation.CHILD]
    assert referral.problems == frozenset({Problem.ARREARS, Problem.NUISANCE})
    assert referral.eviction_procedure is True
    assert referral.next_date == date(2026, 3, 10)


def test_referral_dated_today_is_fine_and_optional_fields_may_be_empty() -> None:
    data = good_input()
    data.referral_date = TODAY
    data.national_number = data.phone = data.email = data.box = ""
    data.monthly_rent = data.arrears_months = ""
    data.household = []
    referral = validate_referral(data, TODAY)
    assert referral.national_number is None
    assert referral.monthly_rent_cents is None
    assert referral.arrears_months is None
    assert referral.household == ()


def _set(name: str, value: object) -> Callable[[ReferralInput], None]:
    return lambda data: setattr(data, name, value)


def _member(**changes: str) -> Callable[[ReferralInput], None]:
    def apply(data: ReferralInput) -> None:
        for key, value in changes.items():
            setattr(data.household[1], key, value)

    return apply


CASES: list[tuple[str, Callable[[ReferralInput], None], str, Issue]] = [
    ("first name empty", _set("first_name", "  "), "first_name", Issue("required")),
    ("first name long", _set("first_name", "x" * 101), "first_name", Issue("too_long", {"maximum": 100})),
    ("last name empty", _set("last_name", ""), "last_name", Issue("required")),
    ("nrn format", _set("national_number", "85.07.23-123"), "national_number", Issue("nrn_format")),
    ("nrn checksum", _set("national_number", "85072312352"), "national_number", Issue("nrn_checksum")),
    ("phone", _set("phone", "12 34"), "phone", Issue("phone")),
    ("email", _set("email", "helene@"), "email", Issue("email")),
    ("street", _set("street", ""), "street", Issue("required")),
    ("house number", _set("house_number", ""), "house_number", Issue("required")),
    ("box too long", _set("box", "b" * 21), "box", Issue("too_long", {"maximum": 20})),
    ("postcode", _set("postcode", "300"), "postcode", Issue("postcode")),
    ("postcode empty", _set("postcode", ""), "postcode", Issue("required")),
    ("municipality", _set("municipality", " "), "municipality", Issue("required")),
    ("member name", _member(first_name=""), "household.1.first_name", Issue("required")),
    ("member year text", _member(birth_year="tachtig"), "household.1.birth_year", Issue("whole_number")),
    (
        "member born too early",
        _member(birth_year="1850"),
        "household.1.birth_year",
        Issue("out_of_range", {"minimum": 1900, "maximum": 2026}),
    ),
    (
        "member born next year",
        _member(birth_year="2027"),
        "household.1.birth_year",
        Issue("out_of_range", {"minimum": 1900, "maximum": 2026}),
    ),
    ("no landlord", _set("landlord_id", None), "landlord", Issue("landlord_required")),
    ("no source", _set("source", None), "source", Issue("required")),
    ("no problems", _set("problems", set()), "problems", Issue("problems_required")),
    ("no referral date", _set("referral_date", None), "referral_date", Issue("required")),
    ("future referral", _set("referral_date", date(2026, 3, 3)), "referral_date", Issue("date_in_future")),
    ("rent", _set("monthly_rent", "zeshonderd"), "monthly_rent", Issue("amount")),
    ("rent too large", _set("monthly_rent", "10.000.000"), "monthly_rent", Issue("amount_too_large")),
    ("arrears", _set("arrears_amount", "1,2,3"), "arrears_amount", Issue("amount")),
    ("arrears months", _set("arrears_months", "-2"), "arrears_months", Issue("whole_number")),
    (
        "arrears months range",
        _set("arrears_months", "121"),
        "arrears_months",
        Issue("out_of_range", {"minimum": 0, "maximum": 120}),
    ),
    ("arrears missing", _set("arrears_amount", ""), "arrears_amount", Issue("arrears_amount_required")),
    ("arrears zero", _set("arrears_amount", "0,00"), "arrears_amount", Issue("arrears_amount_required")),
    ("referrer", _set("referrer_name", "r" * 201), "referrer_name", Issue("too_long", {"maximum": 200})),
    ("steps", _set("steps_taken", "s" * 4001), "steps_taken", Issue("too_long", {"maximum": 4000})),
    ("question", _set("question", "q" * 4001), "question", Issue("too_long", {"maximum": 4000})),
]


@pytest.mark.parametrize(("change", "field", "issue"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_bad_field_is_reported_alone_and_the_input_is_kept(
    change: Callable[[ReferralInput], None], field: str, issue: Issue
) -> None:
    data = good_input()
    change(data)
    before = copy.deepcopy(data)
    with pytest.raises(ValidationFailed) as caught:
        validate_referral(data, TODAY)
    assert caught.value.issues == {field: issue}
    assert data == before  # what was typed in the other fields is still there to show


def test_all_problems_are_reported_at_once() -> None:
    data = good_input()
    data.first_name = ""
    data.postcode = "12"
    data.email = "nope"
    data.landlord_id = None
    data.problems = set()
    data.referral_date = date(2027, 1, 1)
    data.next_date = None  # a future referral date would also put a planned date before it
    data.household[0].birth_year = "1800"
    with pytest.raises(ValidationFailed) as caught:
        validate_referral(data, TODAY)
    assert set(caught.value.issues) == {
        "first_name",
        "postcode",
        "email",
        "landlord",
        "problems",
        "referral_date",
        "household.0.birth_year",
    }


def test_arrears_amount_is_only_required_for_an_arrears_problem() -> None:
    data = good_input()
    data.problems = {Problem.UPKEEP, Problem.NUISANCE}
    data.arrears_amount = ""
    assert validate_referral(data, TODAY).arrears_cents is None


def test_a_bad_arrears_amount_is_reported_as_bad_not_as_missing() -> None:
    data = good_input()
    data.arrears_amount = "veel"
    with pytest.raises(ValidationFailed) as caught:
        validate_referral(data, TODAY)
    assert caught.value.issues == {"arrears_amount": Issue("amount")}


def test_next_date_may_not_lie_before_the_referral() -> None:
    data = good_input()
    data.next_date = date(2026, 2, 26)
    with pytest.raises(ValidationFailed) as caught:
        validate_referral(data, TODAY)
    assert caught.value.issues == {"next_date": Issue("next_before_referral")}
    data.next_date = data.referral_date
    assert validate_referral(data, TODAY).next_date == date(2026, 2, 27)
