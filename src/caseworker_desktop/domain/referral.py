"""The referral: who is referred, by whom, for which housing problems.

The form hands over what was typed, as text; validate_referral parses it and reports every problem at
once, keyed by field, so the screen can point at each one and keep the rest of the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.national_register import NationalNumber, parse_national_number


class Problem(StrEnum):
    ARREARS = "arrears"
    UPKEEP = "upkeep"
    NUISANCE = "nuisance"


class ReferralSource(StrEnum):
    LANDLORD = "landlord"
    OCMW = "ocmw"
    POLICE = "police"
    NEIGHBOURS = "neighbours"
    HOSPITAL = "hospital"
    OTHER_SERVICE = "other_service"
    TENANT = "tenant"
    OTHER = "other"


class Relation(StrEnum):
    PARTNER = "partner"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"


@dataclass
class HouseholdMemberInput:
    first_name: str = ""
    last_name: str = ""
    relation: Relation = Relation.OTHER
    birth_year: str = ""
    id: str | None = None


@dataclass
class ReferralInput:
    """Everything the new-referral screen collects, as typed."""

    first_name: str = ""
    last_name: str = ""
    national_number: str = ""
    phone: str = ""
    email: str = ""
    street: str = ""
    house_number: str = ""
    box: str = ""
    postcode: str = ""
    municipality: str = ""
    household: list[HouseholdMemberInput] = field(default_factory=list)
    landlord_id: str | None = None
    landlord_contact_id: str | None = None
    monthly_rent: str = ""
    arrears_amount: str = ""
    arrears_months: str = ""
    referral_date: date | None = None
    source: ReferralSource | None = None
    referrer_name: str = ""
    referrer_contact: str = ""
    problems: set[Problem] = field(default_factory=set)
    steps_taken: str = ""
    question: str = ""
    eviction_procedure: bool = False
    next_date: date | None = None


@dataclass(frozen=True)
class HouseholdMember:
    first_name: str
    last_name: str
    relation: Relation
    birth_year: int | None
    id: str | None


@dataclass(frozen=True)
class Referral:
    """A referral whose every field has been checked."""

    first_name: str
    last_name: str
    national_number: NationalNumber | None
    phone: str
    email: str
    street: str
    house_number: str
    box: str
    postcode: str
    municipality: str
    household: tuple[HouseholdMember, ...]
    landlord_id: str
    landlord_contact_id: str | None
    monthly_rent_cents: int | None
    arrears_cents: int | None
    arrears_months: int | None
    referral_date: date
    source: ReferralSource
    referrer_name: str
    referrer_contact: str
    problems: frozenset[Problem]
    steps_taken: str
    question: str
    eviction_procedure: bool
    next_date: date | None


def validate_referral(data: ReferralInput, today: date) -> Referral:
    issues: dict[str, Issue] = {}

    def take(name: str, result: object) -> object:
        if isinstance(result, Issue):
            issues[name] = result
            return None
        return result

    def text(name: str, result: str | Issue) -> str:
        value = take(name, result)
        return value if isinstance(value, str) else ""

    def cents(name: str, typed: str) -> int | None:
        value = take(name, fields.amount_cents(typed))
        return value if isinstance(value, int) else None

    nrn: NationalNumber | None = None
    if data.national_number.strip():
        parsed = parse_national_number(data.national_number)
        if isinstance(parsed, Issue):
            issues["national_number"] = parsed
        else:
            nrn = parsed

    household: list[HouseholdMember] = []
    for index, member in enumerate(data.household):
        prefix = f"household.{index}."
        year = take(prefix + "birth_year", fields.whole_number(member.birth_year, 1900, today.year))
        household.append(
            HouseholdMember(
                first_name=text(prefix + "first_name", fields.required_text(member.first_name)),
                last_name=text(prefix + "last_name", fields.optional_text(member.last_name, 200)),
                relation=member.relation,
                birth_year=year if isinstance(year, int) else None,
                id=member.id,
            )
        )

    if not data.landlord_id:
        issues["landlord"] = Issue("landlord_required")
    if data.source is None:
        issues["source"] = Issue("required")
    if not data.problems:
        issues["problems"] = Issue("problems_required")

    referral_date = data.referral_date
    if referral_date is None:
        issues["referral_date"] = Issue("required")
    elif referral_date > today:
        issues["referral_date"] = Issue("date_in_future")

    if data.next_date is not None and referral_date is not None and data.next_date < referral_date:
        issues["next_date"] = Issue("next_before_referral")

    arrears = cents("arrears_amount", data.arrears_amount)
    months_value = take("arrears_months", fields.whole_number(data.arrears_months, 0, 120))
    months = months_value if isinstance(months_value, int) else None
    if Problem.ARREARS in data.problems and "arrears_amount" not in issues and not arrears:
        issues["arrears_amount"] = Issue("arrears_amount_required")

    referral = Referral(
        first_name=text("first_name", fields.required_text(data.first_name, 100)),
        last_name=text("last_name", fields.required_text(data.last_name, 100)),
        national_number=nrn,
        phone=text("phone", fields.phone(data.phone)),
        email=text("email", fields.email(data.email)),
        street=text("street", fields.required_text(data.street)),
        house_number=text("house_number", fields.required_text(data.house_number, 20)),
        box=text("box", fields.optional_text(data.box, 20)),
        postcode=text("postcode", fields.postcode(data.postcode)),
        municipality=text("municipality", fields.required_text(data.municipality, 100)),
        household=tuple(household),
        landlord_id=data.landlord_id or "",
        landlord_contact_id=data.landlord_contact_id,
        monthly_rent_cents=cents("monthly_rent", data.monthly_rent),
        arrears_cents=arrears,
        arrears_months=months,
        referral_date=referral_date or today,
        source=data.source or ReferralSource.OTHER,
        referrer_name=text("referrer_name", fields.optional_text(data.referrer_name, 200)),
        referrer_contact=text("referrer_contact", fields.optional_text(data.referrer_contact, 200)),
        problems=frozenset(data.problems),
        steps_taken=text("steps_taken", fields.optional_text(data.steps_taken)),
        question=text("question", fields.optional_text(data.question)),
        eviction_procedure=data.eviction_procedure,
        next_date=data.next_date,
    )
    if issues:
        raise ValidationFailed(issues)
    return referral


def input_to_dict(data: ReferralInput) -> dict[str, object]:
    """Plain JSON-able form of what was typed, for drafts."""
    return {
        **{k: v for k, v in vars(data).items() if isinstance(v, str | bool)},
        "household": [
            {
                "first_name": m.first_name,
                "last_name": m.last_name,
                "relation": m.relation.value,
                "birth_year": m.birth_year,
                "id": m.id,
            }
            for m in data.household
        ],
        "landlord_id": data.landlord_id,
        "landlord_contact_id": data.landlord_contact_id,
        "referral_date": data.referral_date.isoformat() if data.referral_date else None,
        "next_date": data.next_date.isoformat() if data.next_date else None,
        "source": data.source.value if data.source else None,
        "problems": sorted(p.value for p in data.problems),
    }


def input_from_dict(raw: dict[str, object]) -> ReferralInput:
    """Inverse of input_to_dict; unknown or damaged entries fall back to empty values."""
    data = ReferralInput()
    for key, default in vars(ReferralInput()).items():
        value = raw.get(key)
        if (isinstance(default, bool) and isinstance(value, bool)) or (
            isinstance(default, str) and isinstance(value, str)
        ):
            setattr(data, key, value)
    for key in ("landlord_id", "landlord_contact_id"):
        value = raw.get(key)
        setattr(data, key, value if isinstance(value, str) else None)
    for key in ("referral_date", "next_date"):
        value = raw.get(key)
        setattr(data, key, date.fromisoformat(value) if isinstance(value, str) else None)
    source = raw.get("source")
    data.source = ReferralSource(source) if isinstance(source, str) else None
    problems = raw.get("problems")
    if isinstance(problems, list):
        data.problems = {Problem(p) for p in problems if p in Problem._value2member_map_}
    members = raw.get("household")
    if isinstance(members, list):
        for m in members:
            if isinstance(m, dict):
                relation = str(m.get("relation", ""))
                data.household.append(
                    HouseholdMemberInput(
                        first_name=str(m.get("first_name", "")),
                        last_name=str(m.get("last_name", "")),
                        relation=Relation(relation)
                        if relation in Relation._value2member_map_
                        else Relation.OTHER,
                        birth_year=str(m.get("birth_year", "")),
                        id=m.get("id") if isinstance(m.get("id"), str) else None,
                    )
                )
    return data
