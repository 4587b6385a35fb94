"""Rules between referral and plan: outreach, the decision to start, the intake and new consents.

Hypothesis drives the validators over their whole input space; each property states, independently of
the code under test, which fields must be refused and that nothing else is.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.consent import (
    ConsentInput,
    ConsentRecipient,
    InformedHow,
    categories_from_text,
    categories_text,
    validate_consent,
    validate_withdrawal,
)
from caseworker_desktop.domain.engagement import (
    INTAKE_TEXT_FIELDS,
    NOT_RECORDED,
    DomainInput,
    IntakeInput,
    LifeDomain,
    OutreachChannel,
    OutreachInput,
    OutreachResult,
    all_not_recordable,
    domain_key,
    outreach_span,
    read_back,
    validate_intake,
    validate_not_start,
    validate_outreach,
    validate_start,
)
from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory

TODAY = date(2026, 11, 24)
REFERRAL = date(2026, 10, 1)

days = st.integers(min_value=-400, max_value=60).map(lambda n: TODAY + timedelta(days=n))
maybe_days = st.none() | days
# Long texts are built, not drawn character by character: cheap, and right at the limits.
long_texts = st.builds(
    lambda char, length, pad: pad + (char * length)[:length] + pad,
    st.sampled_from(["a", "é", "ab "]),
    st.sampled_from([1999, 2000, 2001, 3999, 4000, 4001]),
    st.sampled_from(["", "  ", "\n"]),
)
texts = st.text(max_size=40) | long_texts


def issues_of(call) -> dict[str, str]:  # type: ignore[no-untyped-def]
    try:
        call()
    except ValidationFailed as failed:
        return {key: issue.code for key, issue in failed.issues.items()}
    return {}


def date_code(value: date | None, earliest: date | None, *, required: bool = True) -> str | None:
    if value is None:
        return "required" if required else None
    if value > TODAY:
        return "date_in_future"
    if earliest is not None and value < earliest:
        return "before_referral"
    return None


# --- outreach ---------------------------------------------------------------------------------------------


@given(
    on=maybe_days,
    channel=st.none() | st.sampled_from(OutreachChannel),
    result=st.none() | st.sampled_from(OutreachResult),
    note=texts,
)
def test_outreach_refuses_exactly_the_bad_fields(
    on: date | None, channel: OutreachChannel | None, result: OutreachResult | None, note: str
) -> None:
    expected = {}
    if code := date_code(on, REFERRAL):
        expected["on"] = code
    if channel is None:
        expected["channel"] = "choose_one"
    if result is None:
        expected["result"] = "choose_one"
    if len(note.strip()) > 2000:
        expected["note"] = "too_long"
    data = OutreachInput(on, channel, result, note)
    assert issues_of(lambda: validate_outreach(data, TODAY, REFERRAL)) == expected
    if not expected:
        clean = validate_outreach(data, TODAY, REFERRAL)
        assert (clean.on, clean.channel, clean.result, clean.note) == (on, channel, result, note.strip())


@given(st.lists(days, max_size=30))
def test_outreach_span_counts_attempts_and_days_first_to_last(dates: list[date]) -> None:
    span = outreach_span(dates)
    assert span.attempts == len(dates)
    if dates:
        assert span.first_on == min(dates) and span.last_on == max(dates)
        assert span.days == (max(dates) - min(dates)).days + 1
        assert span.days >= 1
    else:
        assert (span.days, span.first_on, span.last_on) == (0, None, None)


def test_three_attempts_in_one_week() -> None:
    span = outreach_span([date(2026, 11, 2), date(2026, 11, 6), date(2026, 11, 4)])
    assert (span.attempts, span.days) == (3, 5)


# --- the decision to start ----------------------------------------------------------------------------------


@given(mandate=maybe_days, agreement=maybe_days)
def test_start_needs_the_tenants_agreement_and_no_future_dates(
    mandate: date | None, agreement: date | None
) -> None:
    expected = {}
    if code := date_code(mandate, None, required=False):
        expected["landlord_mandate_on"] = code
    if agreement is None:
        expected["tenant_agreement_on"] = "tenant_agreement_required"
    elif code := date_code(agreement, REFERRAL):
        expected["tenant_agreement_on"] = code
    assert issues_of(lambda: validate_start(mandate, agreement, TODAY, REFERRAL)) == expected
    if not expected:
        decision = validate_start(mandate, agreement, TODAY, REFERRAL)
        assert (decision.landlord_mandate_on, decision.tenant_agreement_on) == (mandate, agreement)


@given(motivation=texts | st.sampled_from(["", "   ", "\n\t"]), on=maybe_days)
def test_deciding_not_to_start_needs_a_written_motivation(motivation: str, on: date | None) -> None:
    expected = {}
    stripped = motivation.strip()
    if not stripped:
        expected["motivation"] = "not_started_motivation_required"
    elif len(stripped) > 4000:
        expected["motivation"] = "too_long"
    if code := date_code(on, REFERRAL):
        expected["on"] = code
    assert issues_of(lambda: validate_not_start(motivation, on, TODAY, REFERRAL)) == expected
    if not expected:
        assert validate_not_start(motivation, on, TODAY, REFERRAL).motivation == stripped


# --- the intake -----------------------------------------------------------------------------------------


ratings = st.none() | st.integers(min_value=-5, max_value=12)
recordable = sorted(all_not_recordable())


@st.composite
def intakes(draw: st.DrawFn) -> IntakeInput:
    return IntakeInput(
        held_on=draw(maybe_days),
        domains={
            d: DomainInput(
                rating=draw(ratings),
                notes=draw(texts),
                category=draw(st.sampled_from(DataCategory)),
            )
            for d in LifeDomain
        },
        housing_skills_rating=draw(ratings),
        housing_skills_notes=draw(texts),
        own_question=draw(texts),
        services_involved=draw(texts),
        household_situation=draw(texts),
        not_recorded=set(draw(st.lists(st.sampled_from(recordable), unique=True))),
    )


def typed_texts(data: IntakeInput) -> dict[str, str]:
    found = {domain_key(d, "notes"): v.notes for d, v in data.domains.items()}
    found.update({key: getattr(data, key) for key in INTAKE_TEXT_FIELDS})
    return found


@given(intakes())
def test_intake_refuses_exactly_the_bad_fields(data: IntakeInput) -> None:
    expected = {}
    if code := date_code(data.held_on, REFERRAL):
        expected["held_on"] = code
    for domain, value in data.domains.items():
        if value.rating is not None and not 1 <= value.rating <= 5:
            expected[domain_key(domain, "rating")] = "out_of_range"
        if value.category == DataCategory.FINANCIAL:
            expected[domain_key(domain, "category")] = "intake_category"
    if data.housing_skills_rating is not None and not 1 <= data.housing_skills_rating <= 5:
        expected["housing_skills_rating"] = "out_of_range"
    for key, text in typed_texts(data).items():
        if key not in data.not_recorded and len(text.strip()) > 4000:
            expected[key] = "too_long"
    assert issues_of(lambda: validate_intake(data, TODAY, REFERRAL)) == expected


@given(intakes())
def test_text_the_tenant_asked_not_to_record_never_survives_validation(data: IntakeInput) -> None:
    data.held_on = TODAY
    for value in data.domains.values():
        value.rating = None
        value.category = DataCategory.GENERAL
    data.housing_skills_rating = None
    typed = typed_texts(data)
    for key in typed:
        if key not in data.not_recorded:
            typed[key] = typed[key][:100]
            if key.startswith("domain."):
                data.domains[LifeDomain(key.split(".")[1])].notes = typed[key]
            else:
                setattr(data, key, typed[key])
    clean = validate_intake(data, TODAY, REFERRAL)
    stored = {domain_key(a.domain, "notes"): a.notes for a in clean.domains}
    stored.update({key: getattr(clean, key) for key in INTAKE_TEXT_FIELDS})
    for key, text in typed.items():
        if key in data.not_recorded:
            assert stored[key] == NOT_RECORDED
            assert read_back(stored[key]) == ("", True)
        else:
            assert stored[key] == text.strip()


def test_a_special_category_domain_keeps_its_marking() -> None:
    data = IntakeInput(held_on=TODAY)
    data.domains[LifeDomain.MENTAL_WELLBEING] = DomainInput(
        3, "Follow-up by a psychiatrist", DataCategory.PSYCHIATRIC
    )
    clean = validate_intake(data, TODAY)
    marked = {a.domain: a.category for a in clean.domains if a.category != DataCategory.GENERAL}
    assert marked == {LifeDomain.MENTAL_WELLBEING: DataCategory.PSYCHIATRIC}


def test_there_are_six_life_domains() -> None:
    assert len(LifeDomain) == 6


# --- consent --------------------------------------------------------------------------------------------


@given(
    recipient=st.none() | st.sampled_from(ConsentRecipient),
    given_on=maybe_days,
    informed=st.none() | st.sampled_from(InformedHow),
    organisation_id=st.none() | st.just("partner-1"),
    organisation_name=st.sampled_from(["", "  ", "Dienst Schuldbemiddeling", "x" * 201]),
    purpose=st.sampled_from(["", "   ", "Budget counselling", "y" * 1001]),
    categories=st.sets(st.sampled_from(DataCategory)),
)
def test_consent_refuses_exactly_the_bad_fields(
    recipient: ConsentRecipient | None,
    given_on: date | None,
    informed: InformedHow | None,
    organisation_id: str | None,
    organisation_name: str,
    purpose: str,
    categories: set[DataCategory],
) -> None:
    expected = {}
    if recipient is None:
        expected["recipient"] = "choose_one"
    if code := date_code(given_on, None):
        expected["given_on"] = code
    if informed is None:
        expected["informed_how"] = "choose_one"
    if len(purpose.strip()) > 1000:
        expected["purpose"] = "too_long"
    if recipient == ConsentRecipient.ORGANISATION:
        if organisation_id is None and not organisation_name.strip():
            expected["organisation"] = "consent_organisation_required"
        elif organisation_id is None and len(organisation_name.strip()) > 200:
            expected["organisation"] = "too_long"
        if not purpose.strip():
            expected["purpose"] = "consent_purpose_required"
        if not categories:
            expected["categories"] = "consent_categories_required"
    if recipient == ConsentRecipient.LANDLORD and categories & SPECIAL_CATEGORIES:
        expected["categories"] = "consent_landlord_special"
    data = ConsentInput(
        recipient, given_on, informed, organisation_id, organisation_name, purpose, categories
    )
    assert issues_of(lambda: validate_consent(data, TODAY)) == expected
    if not expected:
        clean = validate_consent(data, TODAY)
        assert clean.categories == frozenset(categories)
        if recipient != ConsentRecipient.ORGANISATION:
            assert (clean.organisation_id, clean.organisation_name) == (None, "")


def test_landlord_consent_names_the_refused_categories() -> None:
    data = ConsentInput(
        ConsentRecipient.LANDLORD,
        TODAY,
        categories={DataCategory.GENERAL, DataCategory.HEALTH, DataCategory.JUSTICE},
    )
    with pytest.raises(ValidationFailed) as caught:
        validate_consent(data, TODAY)
    assert caught.value.issues["categories"].params == {"categories": ["health", "justice"]}


@given(given_on=days, on=maybe_days)
def test_withdrawal_lies_between_the_consent_and_today(given_on: date, on: date | None) -> None:
    expected = {}
    if on is None:
        expected["withdrawn_on"] = "required"
    elif on > TODAY:
        expected["withdrawn_on"] = "date_in_future"
    elif on < given_on:
        expected["withdrawn_on"] = "consent_withdrawn_before_given"
    call = lambda: validate_withdrawal(ConsentRecipient.LANDLORD, given_on, None, on, TODAY)  # noqa: E731
    assert issues_of(call) == expected
    if not expected:
        assert call() == on


def test_team_sharing_and_a_withdrawn_consent_cannot_be_withdrawn() -> None:
    with pytest.raises(RuleViolation) as caught:
        validate_withdrawal(ConsentRecipient.TEAM, REFERRAL, None, TODAY, TODAY)
    assert caught.value.issue.code == "consent_team_not_withdrawable"
    with pytest.raises(RuleViolation) as caught:
        validate_withdrawal(ConsentRecipient.ORGANISATION, REFERRAL, REFERRAL, TODAY, TODAY)
    assert caught.value.issue.code == "consent_already_withdrawn"


@given(st.sets(st.sampled_from(DataCategory)))
def test_categories_survive_their_stored_form(categories: set[DataCategory]) -> None:
    assert categories_from_text(categories_text(categories)) == categories
    assert categories_from_text("general,,unknown") == {DataCategory.GENERAL}
