"""The steps between referral and plan: reaching the tenant, the decision to start, and the intake.

The counsellor logs every attempt to reach the tenant, records how the tenant stands towards help,
decides to start (the tenant's agreement, after the landlord's mandate) or not to start (which needs a
written motivation), and maps the six life domains on a home visit.

The tenant can ask that something is not recorded. Such a text field is stored only as the fact that
it was not recorded (NOT_RECORDED), never with what was typed: validate_intake throws the text away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.consent import InformedHow
from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory
from caseworker_desktop.domain.team_figures import IncomeSource


class OutreachChannel(StrEnum):
    LETTER = "letter"
    POSTCARD = "postcard"  # the coloured postcard that stands out in a pile of unopened mail
    TEXT_MESSAGE = "text_message"
    PHONE = "phone"
    SOCIAL_MEDIA = "social_media"
    HOME_VISIT = "home_visit"
    VIA_HOSPITAL = "via_hospital"
    VIA_SERVICE = "via_service"
    OTHER = "other"


class OutreachResult(StrEnum):
    NO_ANSWER = "no_answer"
    MESSAGE_LEFT = "message_left"
    DOOR_NOT_OPENED = "door_not_opened"
    RETURNED_MAIL = "returned_mail"
    REACHED = "reached"
    APPOINTMENT_MADE = "appointment_made"
    REFUSED = "refused"
    OTHER = "other"


class Attitude(StrEnum):
    AVOIDS_HELP = "avoids_help"  # zorgvermijder
    ACCEPTS_VISITS = "accepts_visits"  # lets the counsellor in but sees no problem
    ASKS_FOR_HELP = "asks_for_help"


class LifeDomain(StrEnum):
    PHYSICAL_SOCIAL = "physical_social"
    MENTAL_WELLBEING = "mental_wellbeing"
    DAYTIME_LEISURE = "daytime_leisure"
    ADMINISTRATION_FINANCES = "administration_finances"
    RELATIONSHIPS_NETWORK = "relationships_network"
    HOUSEHOLD_TASKS = "household_tasks"


RATING_MIN = 1
RATING_MAX = 5
NOTE_MAX = 2000
TEXT_MAX = 4000

# What is stored instead of a text the tenant asked not to record. Stable: it is how a stored field
# is recognised as "not recorded" when it is read back.
NOT_RECORDED = "(not recorded at the tenant's request)"

# Intake domains mark special-category information; "financial" is a consent category, not a marking.
INTAKE_CATEGORIES = frozenset({DataCategory.GENERAL, *SPECIAL_CATEGORIES})

INTAKE_TEXT_FIELDS = ("housing_skills_notes", "own_question", "services_involved", "household_situation")


def domain_key(domain: LifeDomain, part: str) -> str:
    """Field key of one part (rating, notes, category) of a life domain, as in issues and not_recorded."""
    return f"domain.{domain.value}.{part}"


def _date_issue(value: date | None, today: date, earliest: date | None, *, required: bool) -> Issue | None:
    if value is None:
        return Issue("required") if required else None
    if value > today:
        return Issue("date_in_future")
    if earliest is not None and value < earliest:
        return Issue("before_referral", {"referral_date": earliest.isoformat()})
    return None


def _text(issues: dict[str, Issue], key: str, result: str | Issue) -> str:
    if isinstance(result, Issue):
        issues[key] = result
        return ""
    return result


# --- outreach -------------------------------------------------------------------------------------------


@dataclass
class OutreachInput:
    on: date | None = None
    channel: OutreachChannel | None = None
    result: OutreachResult | None = None
    note: str = ""


@dataclass(frozen=True)
class OutreachAttemptData:
    on: date
    channel: OutreachChannel
    result: OutreachResult
    note: str


def validate_outreach(
    data: OutreachInput, today: date, referral_date: date | None = None
) -> OutreachAttemptData:
    issues: dict[str, Issue] = {}
    on_issue = _date_issue(data.on, today, referral_date, required=True)
    if on_issue:
        issues["on"] = on_issue
    if data.channel is None:
        issues["channel"] = Issue("choose_one")
    if data.result is None:
        issues["result"] = Issue("choose_one")
    note = _text(issues, "note", fields.optional_text(data.note, NOTE_MAX))
    if issues:
        raise ValidationFailed(issues)
    assert data.on is not None and data.channel is not None and data.result is not None
    return OutreachAttemptData(data.on, data.channel, data.result, note)


@dataclass(frozen=True)
class OutreachSpan:
    attempts: int
    days: int  # calendar days from the first to the last attempt, both counted; 0 without attempts
    first_on: date | None
    last_on: date | None


def outreach_span(dates: list[date]) -> OutreachSpan:
    if not dates:
        return OutreachSpan(0, 0, None, None)
    first, last = min(dates), max(dates)
    return OutreachSpan(len(dates), (last - first).days + 1, first, last)


# --- the decision to start ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartDecision:
    landlord_mandate_on: date | None
    tenant_agreement_on: date


def validate_start(
    landlord_mandate_on: date | None,
    tenant_agreement_on: date | None,
    today: date,
    referral_date: date | None = None,
) -> StartDecision:
    """The tenant's agreement mandates the start; the landlord's mandate is there when it referred."""
    issues: dict[str, Issue] = {}
    mandate_issue = _date_issue(landlord_mandate_on, today, None, required=False)
    if mandate_issue:
        issues["landlord_mandate_on"] = mandate_issue
    if tenant_agreement_on is None:
        issues["tenant_agreement_on"] = Issue("tenant_agreement_required")
    else:
        agreement_issue = _date_issue(tenant_agreement_on, today, referral_date, required=True)
        if agreement_issue:
            issues["tenant_agreement_on"] = agreement_issue
    if issues:
        raise ValidationFailed(issues)
    assert tenant_agreement_on is not None
    return StartDecision(landlord_mandate_on, tenant_agreement_on)


@dataclass(frozen=True)
class NotStartDecision:
    motivation: str
    on: date


def validate_not_start(
    motivation: str, on: date | None, today: date, referral_date: date | None = None
) -> NotStartDecision:
    """Deciding not to start is allowed, but the counsellor must write down why."""
    issues: dict[str, Issue] = {}
    text = fields.required_text(motivation, TEXT_MAX)
    if isinstance(text, Issue):
        issues["motivation"] = Issue("not_started_motivation_required") if text.code == "required" else text
    on_issue = _date_issue(on, today, referral_date, required=True)
    if on_issue:
        issues["on"] = on_issue
    if issues:
        raise ValidationFailed(issues)
    assert isinstance(text, str) and on is not None
    return NotStartDecision(text, on)


# --- the intake -----------------------------------------------------------------------------------------


@dataclass
class DomainInput:
    rating: int | None = None
    notes: str = ""
    category: DataCategory = DataCategory.GENERAL


def _empty_domains() -> dict[LifeDomain, DomainInput]:
    return {d: DomainInput() for d in LifeDomain}


@dataclass
class IntakeInput:
    """The intake as the form holds it. `not_recorded` names the text fields the tenant asked not to
    record: domain notes as domain_key(domain, "notes"), or one of INTAKE_TEXT_FIELDS."""

    held_on: date | None = None
    domains: dict[LifeDomain, DomainInput] = field(default_factory=_empty_domains)
    housing_skills_rating: int | None = None
    housing_skills_notes: str = ""
    own_question: str = ""
    services_involved: str = ""
    household_situation: str = ""
    not_recorded: set[str] = field(default_factory=set)
    team_informed_how: InformedHow = InformedHow.ORALLY
    income_source: IncomeSource | None = None  # the household's main income; None = not asked yet


@dataclass(frozen=True)
class DomainAssessment:
    domain: LifeDomain
    rating: int | None
    notes: str  # NOT_RECORDED when the tenant asked so
    category: DataCategory


@dataclass(frozen=True)
class ValidIntake:
    """The intake as it is stored: texts the tenant asked not to record are NOT_RECORDED."""

    held_on: date
    domains: tuple[DomainAssessment, ...]
    housing_skills_rating: int | None
    housing_skills_notes: str
    own_question: str
    services_involved: str
    household_situation: str
    team_informed_how: InformedHow
    income_source: IncomeSource | None = None


def _rating(issues: dict[str, Issue], key: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not RATING_MIN <= value <= RATING_MAX:
        issues[key] = Issue("out_of_range", {"minimum": RATING_MIN, "maximum": RATING_MAX})
        return None
    return value


def all_not_recordable() -> frozenset[str]:
    return frozenset({*(domain_key(d, "notes") for d in LifeDomain), *INTAKE_TEXT_FIELDS})


def validate_intake(data: IntakeInput, today: date, referral_date: date | None = None) -> ValidIntake:
    issues: dict[str, Issue] = {}
    held_issue = _date_issue(data.held_on, today, referral_date, required=True)
    if held_issue:
        issues["held_on"] = held_issue

    def kept(key: str, typed: str) -> str:
        if key in data.not_recorded:
            return NOT_RECORDED  # whatever was typed is dropped here, whoever called
        return _text(issues, key, fields.optional_text(typed, TEXT_MAX))

    assessments = []
    for domain in LifeDomain:
        given = data.domains.get(domain, DomainInput())
        if given.category not in INTAKE_CATEGORIES:
            issues[domain_key(domain, "category")] = Issue("intake_category")
        assessments.append(
            DomainAssessment(
                domain=domain,
                rating=_rating(issues, domain_key(domain, "rating"), given.rating),
                notes=kept(domain_key(domain, "notes"), given.notes),
                category=given.category,
            )
        )
    result = ValidIntake(
        held_on=data.held_on or today,
        domains=tuple(assessments),
        housing_skills_rating=_rating(issues, "housing_skills_rating", data.housing_skills_rating),
        housing_skills_notes=kept("housing_skills_notes", data.housing_skills_notes),
        own_question=kept("own_question", data.own_question),
        services_involved=kept("services_involved", data.services_involved),
        household_situation=kept("household_situation", data.household_situation),
        team_informed_how=data.team_informed_how,
        income_source=_income_source(issues, data.income_source),
    )
    if issues:
        raise ValidationFailed(issues)
    return result


def _income_source(issues: dict[str, Issue], value: object) -> IncomeSource | None:
    if value is None:
        return None
    if isinstance(value, str) and value in IncomeSource._value2member_map_:
        return IncomeSource(value)
    issues["income_source"] = Issue("income_source_unknown")
    return None


def read_back(stored: str) -> tuple[str, bool]:
    """A stored text as the form shows it: (text, not_recorded)."""
    if stored == NOT_RECORDED:
        return "", True
    return stored, False
