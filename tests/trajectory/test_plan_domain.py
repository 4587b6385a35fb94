"""The plan's rules without a store: validation, the SMART checker, sharing and draft round trips."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.errors import ValidationFailed
from caseworker_desktop.domain.plan import (
    CONDITION_MAX,
    DESCRIPTION_MAX,
    MEASURE_MAX,
    REALISM_MAX,
    SMART_LETTERS,
    STEPS_MAX,
    ConditionInput,
    GoalActor,
    GoalInput,
    PlanInput,
    add_months,
    goal_from_dict,
    goal_to_dict,
    has_quantity,
    plan_findings,
    plan_from_dict,
    plan_to_dict,
    sharing_issue,
    smart_findings,
    vague_words,
    validate_agreed_on,
    validate_plan,
)
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory

TODAY = date(2026, 11, 24)


def good_goal(**changes: object) -> GoalInput:
    goal = GoalInput(
        description="Betaalt elke maand de huur van 475 euro vóór de 5de",
        measure="Rekeninguittreksels",
        tenant_agrees=True,
        realism="Het leefloon komt op de 1ste binnen.",
        deadline=TODAY + timedelta(days=120),
        domain=LifeDomain.ADMINISTRATION_FINANCES,
    )
    for key, value in changes.items():
        setattr(goal, key, value)
    return goal


def codes(goal: GoalInput, today: date = TODAY) -> list[str]:
    return [issue.code for issue in smart_findings(goal, today)]


# --- SMART: examples --------------------------------------------------------------------------------
def test_a_smart_goal_has_no_findings() -> None:
    assert smart_findings(good_goal(), TODAY) == []


@pytest.mark.parametrize(
    ("description", "words"),
    [
        ("Proberen de huur beter te betalen", "proberen, beter"),
        ("Zo snel mogelijk meer poetsen in de keuken", "zo snel mogelijk, meer"),
        ("Minder lawaai maken na tien uur 's avonds", None),  # a number: countable, not vague
        ("Try to improve the state of the kitchen", "try, improve"),
        ("Better contact with the neighbours upstairs", "better"),
        ("Doet af en toe de afwas en ruimt op", "af en toe"),
    ],
)
def test_vague_wording_is_flagged_unless_something_is_counted(description: str, words: str | None) -> None:
    findings = smart_findings(good_goal(description=description), TODAY)
    vague = [f for f in findings if f.code == "smart_vague_words"]
    if words is None:
        assert vague == []
    else:
        assert vague[0].params == {"words": words}


def test_too_short_and_not_measurable() -> None:
    assert codes(good_goal(description="Huur betalen", measure="")) == [
        "smart_too_short",
        "smart_not_measurable",
    ]
    # A number in the description measures it even without a separate indicator.
    assert codes(good_goal(description="Betaalt 50 euro per maand af", measure="")) == []
    assert codes(good_goal(description="Maakt één keer per week de badkamer schoon", measure="")) == []
    # The article "een" is not the numeral "één".
    assert "smart_not_measurable" in codes(
        good_goal(description="Maakt een keer de badkamer schoon", measure="")
    )


def test_acceptable_and_realistic() -> None:
    assert codes(good_goal(tenant_agrees=False)) == ["smart_no_tenant_agreement"]
    assert codes(good_goal(realism="   ")) == ["smart_no_realism"]


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (None, ["smart_no_deadline"]),
        (TODAY - timedelta(days=1), ["smart_deadline_past"]),
        (TODAY, []),
        (add_months(TODAY, 12), []),
        (add_months(TODAY, 12) + timedelta(days=1), ["smart_deadline_far"]),
    ],
)
def test_time_bound(deadline: date | None, expected: list[str]) -> None:
    assert codes(good_goal(deadline=deadline)) == expected


def test_quantity_and_vague_word_helpers() -> None:
    assert has_quantity("tegen 1 maart")
    assert has_quantity("elke week")
    assert has_quantity("€ 50")
    assert not has_quantity("een goede band met de buren")
    assert vague_words("Probeert ZO SNEL MOGELIJK béter te doen") == ["zo snel mogelijk", "probeert", "beter"]


def test_add_months_keeps_the_end_of_the_month() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 11, 24), 12) == date(2027, 11, 24)


# --- SMART: invariants ----------------------------------------------------------------------------------
goal_inputs = st.builds(
    GoalInput,
    description=st.text(max_size=120),
    measure=st.text(max_size=40),
    tenant_agrees=st.booleans(),
    realism=st.text(max_size=40),
    deadline=st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    domain=st.none() | st.sampled_from(LifeDomain),
    actor=st.sampled_from(GoalActor),
    steps=st.text(max_size=40),
    category=st.sampled_from(DataCategory),
    landlord_shared=st.booleans(),
)


@given(goal=goal_inputs, today=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)))
def test_findings_are_known_unique_and_in_smart_order(goal: GoalInput, today: date) -> None:
    found = codes(goal, today)
    assert all(code in SMART_LETTERS for code in found)
    assert len(found) == len(set(found))
    letters = [SMART_LETTERS[code] for code in found]
    assert letters == sorted(letters, key="SMART".index)


@given(goal=goal_inputs, today=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)))
def test_each_letter_is_flagged_exactly_when_its_condition_fails(goal: GoalInput, today: date) -> None:
    letters = [SMART_LETTERS[c] for c in codes(goal, today)]
    assert ("A" in letters) == (not goal.tenant_agrees)
    assert ("R" in letters) == (not goal.realism.strip())
    assert ("M" in letters) == (not goal.measure.strip() and not has_quantity(goal.description))
    time_bound = goal.deadline is not None and today <= goal.deadline <= add_months(today, 12)
    assert letters.count("T") == (0 if time_bound else 1)


@given(goal=goal_inputs, other=goal_inputs)
def test_findings_ignore_who_acts_steps_domain_category_and_sharing(
    goal: GoalInput, other: GoalInput
) -> None:
    mixed = copy.copy(goal)
    mixed.actor, mixed.steps, mixed.domain = other.actor, other.steps, other.domain
    mixed.category, mixed.landlord_shared = other.category, other.landlord_shared
    assert smart_findings(mixed, TODAY) == smart_findings(goal, TODAY)


@given(goal=goal_inputs, number=st.integers(min_value=0, max_value=10_000))
def test_a_number_never_adds_findings(goal: GoalInput, number: int) -> None:
    counted = copy.copy(goal)
    counted.description = f"{goal.description} {number}"
    before = set(codes(goal))
    after = set(codes(counted))
    assert after <= before
    assert "smart_not_measurable" not in after
    assert "smart_vague_words" not in after


@given(words=st.lists(st.sampled_from(["huur", "week", "buren", "keuken", "betalen", "poetsen"]), min_size=3))
def test_plain_specific_words_with_a_number_pass_the_s_and_m_checks(words: list[str]) -> None:
    goal = good_goal(description=" ".join(words) + " 2 keer", measure="")
    assert codes(goal) == []


@given(goal=goal_inputs)
def test_findings_never_change_the_goal(goal: GoalInput) -> None:
    before = copy.deepcopy(goal)
    smart_findings(goal, TODAY)
    assert goal == before


def test_plan_findings_are_indexed_by_goal() -> None:
    data = PlanInput(goals=[good_goal(), good_goal(tenant_agrees=False), good_goal()])
    found = plan_findings(data, TODAY)
    assert list(found) == [1]
    assert [f.code for f in found[1]] == ["smart_no_tenant_agreement"]


# --- validation -----------------------------------------------------------------------------------------
texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30) | st.builds(
    lambda n, c: c * n, st.integers(min_value=990, max_value=4010), st.sampled_from("ab ")
)


def expected_text_issue(value: str, maximum: int, required: bool) -> str | None:
    stripped = value.strip()
    if required and not stripped:
        return "required"
    if len(stripped) > maximum:
        return "too_long"
    return None


@settings(max_examples=150)
@given(
    goals=st.lists(
        st.builds(
            GoalInput,
            description=texts,
            measure=texts,
            realism=texts,
            steps=texts,
            category=st.sampled_from(DataCategory),
            landlord_shared=st.booleans(),
            deadline=st.none() | st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
        ),
        max_size=4,
    ),
    conditions=st.lists(texts, max_size=4),
)
def test_validate_plan_reports_exactly_the_bad_fields_and_keeps_the_input(
    goals: list[GoalInput], conditions: list[str]
) -> None:
    data = PlanInput(goals=goals, conditions=[ConditionInput(c) for c in conditions])
    before = copy.deepcopy(data)
    expected: dict[str, str] = {}
    for i, goal in enumerate(goals):
        for name, maximum, required in (
            ("description", DESCRIPTION_MAX, True),
            ("measure", MEASURE_MAX, False),
            ("realism", REALISM_MAX, False),
            ("steps", STEPS_MAX, False),
        ):
            code = expected_text_issue(getattr(goal, name), maximum, required)
            if code:
                expected[f"goals.{i}.{name}"] = code
        if goal.deadline is not None and not date(2000, 1, 1) <= goal.deadline <= date(2031, 11, 24):
            expected[f"goals.{i}.deadline"] = "date_implausible"
        if goal.landlord_shared and goal.category in SPECIAL_CATEGORIES:
            expected[f"goals.{i}.landlord_shared"] = "scope_special_to_landlord"
    for i, text in enumerate(conditions):
        code = expected_text_issue(text, CONDITION_MAX, False)
        if code:
            expected[f"conditions.{i}"] = code
    try:
        plan = validate_plan(data, TODAY)
    except ValidationFailed as failed:
        assert {k: v.code for k, v in failed.issues.items()} == expected
    else:
        assert expected == {}
        assert [g.description for g in plan.goals] == [g.description.strip() for g in goals]
        assert [c.text for c in plan.conditions] == [c.strip() for c in conditions if c.strip()]
        assert [g.scope.value for g in plan.goals] == [
            "landlord" if g.landlord_shared else "care_team" for g in goals
        ]
    assert data == before


def test_special_category_cannot_be_shared_but_general_and_financial_can() -> None:
    for category in DataCategory:
        issue = sharing_issue(good_goal(category=category, landlord_shared=True))
        if category in SPECIAL_CATEGORIES:
            assert issue is not None and issue.code == "scope_special_to_landlord"
            assert issue.params == {"category": category.value}
        else:
            assert issue is None
        assert sharing_issue(good_goal(category=category, landlord_shared=False)) is None


def test_agreed_on_cannot_lie_in_the_future() -> None:
    validate_agreed_on(TODAY, TODAY)
    with pytest.raises(ValidationFailed) as caught:
        validate_agreed_on(TODAY + timedelta(days=1), TODAY)
    assert caught.value.issues["agreed_on"].code == "date_in_future"
    with pytest.raises(ValidationFailed):
        validate_agreed_on(date(1999, 12, 31), TODAY)


# --- drafts ---------------------------------------------------------------------------------------------
@given(goal=goal_inputs, goal_id=st.none() | st.uuids().map(str))
def test_goal_round_trips_through_a_draft(goal: GoalInput, goal_id: str | None) -> None:
    goal.id = goal_id
    assert goal_from_dict(goal_to_dict(goal)) == goal


@given(
    raw=st.dictionaries(
        st.sampled_from(list(goal_to_dict(GoalInput()))),
        st.none() | st.text() | st.booleans() | st.integers(),
    )
)
def test_damaged_drafts_fall_back_to_empty_values(raw: dict[str, object]) -> None:
    goal = goal_from_dict(raw)
    assert isinstance(goal.description, str)
    assert goal.actor in GoalActor


def test_plan_round_trips_through_a_draft() -> None:
    data = PlanInput(goals=[good_goal(), GoalInput()], conditions=[ConditionInput("Huur betalen", "c1")])
    assert plan_from_dict(plan_to_dict(data)) == data
    assert plan_from_dict({"goals": "x", "conditions": [1, {"text": 5}]}) == PlanInput(
        conditions=[ConditionInput("", None)]
    )
