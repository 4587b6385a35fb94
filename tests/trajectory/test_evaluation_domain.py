"""Evaluation rules without a store: due/overdue, and validation of a held evaluation."""

from __future__ import annotations

import copy
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    DUE_WITHIN_DAYS,
    NOTES_MAX,
    SUMMARY_MAX,
    EvaluationDecision,
    EvaluationInput,
    EvaluationState,
    GoalResult,
    GoalResultInput,
    evaluation_state,
    validate_evaluation,
)

TODAY = date(2026, 11, 24)
GOALS = ("g1", "g2", "g3")


@pytest.mark.parametrize(
    ("planned", "held", "state"),
    [
        (TODAY - timedelta(days=1), None, EvaluationState.OVERDUE),
        (TODAY, None, EvaluationState.DUE),
        (TODAY + timedelta(days=DUE_WITHIN_DAYS), None, EvaluationState.DUE),
        (TODAY + timedelta(days=DUE_WITHIN_DAYS + 1), None, EvaluationState.PLANNED),
        (TODAY - timedelta(days=30), TODAY - timedelta(days=29), EvaluationState.HELD),
    ],
)
def test_evaluation_state(planned: date, held: date | None, state: EvaluationState) -> None:
    assert evaluation_state(planned, held, TODAY) == state


@given(
    planned=st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 1, 1)),
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2032, 1, 1)),
)
def test_an_unheld_evaluation_becomes_overdue_exactly_after_its_date(planned: date, today: date) -> None:
    state = evaluation_state(planned, None, today)
    assert (state == EvaluationState.OVERDUE) == (planned < today)
    assert (state == EvaluationState.DUE) == (today <= planned <= today + timedelta(days=DUE_WITHIN_DAYS))


def complete(decision: EvaluationDecision = EvaluationDecision.CONTINUE) -> EvaluationInput:
    return EvaluationInput(
        held_on=TODAY,
        results=[GoalResultInput(g, GoalResult.ACHIEVED, " ok ") for g in GOALS],
        landlord_summary="  Huur op tijd.  ",
        private_notes="Privé",
        decision=decision,
        next_on=None if decision == EvaluationDecision.CLOSE else TODAY + timedelta(days=60),
    )


def test_a_complete_evaluation_is_accepted_and_stripped() -> None:
    record = validate_evaluation(complete(), GOALS, TODAY)
    assert record.landlord_summary == "Huur op tijd."
    assert [(r.goal_id, r.notes) for r in record.results] == [(g, "ok") for g in GOALS]
    assert validate_evaluation(complete(EvaluationDecision.CLOSE), GOALS, TODAY).next_on is None


def test_next_date_must_follow_the_evaluation() -> None:
    data = complete()
    data.next_on = TODAY
    with pytest.raises(ValidationFailed) as caught:
        validate_evaluation(data, GOALS, TODAY)
    assert caught.value.issues == {"next_on": caught.value.issues["next_on"]}
    assert caught.value.issues["next_on"].code == "next_not_after_held"


def test_unknown_goal_is_a_rule_violation() -> None:
    data = complete()
    data.results.append(GoalResultInput("elsewhere", GoalResult.PARTLY))
    with pytest.raises(RuleViolation):
        validate_evaluation(data, GOALS, TODAY)


long_texts = st.text(max_size=20) | st.integers(min_value=3990, max_value=4010).map(lambda n: "x" * n)


@given(
    held_on=st.none() | st.dates(min_value=date(1995, 1, 1), max_value=date(2027, 12, 31)),
    results=st.lists(st.tuples(st.none() | st.sampled_from(GoalResult), long_texts), min_size=3, max_size=3),
    summary=long_texts,
    private=long_texts,
    decision=st.none() | st.sampled_from(EvaluationDecision),
    next_on=st.none() | st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 1, 1)),
)
def test_validate_evaluation_reports_exactly_the_bad_fields(
    held_on: date | None,
    results: list[tuple[GoalResult | None, str]],
    summary: str,
    private: str,
    decision: EvaluationDecision | None,
    next_on: date | None,
) -> None:
    data = EvaluationInput(
        held_on=held_on,
        results=[GoalResultInput(g, r, n) for g, (r, n) in zip(GOALS, results, strict=True)],
        landlord_summary=summary,
        private_notes=private,
        decision=decision,
        next_on=next_on,
    )
    before = copy.deepcopy(data)
    expected: dict[str, str] = {}
    if held_on is None:
        expected["held_on"] = "required"
    elif held_on > TODAY:
        expected["held_on"] = "date_in_future"
    elif held_on < date(2000, 1, 1):
        expected["held_on"] = "date_implausible"
    for i, (result, notes) in enumerate(results):
        if result is None:
            expected[f"results.{i}.result"] = "goal_result_required"
        if len(notes.strip()) > NOTES_MAX:
            expected[f"results.{i}.notes"] = "too_long"
    if len(summary.strip()) > SUMMARY_MAX:
        expected["landlord_summary"] = "too_long"
    if len(private.strip()) > NOTES_MAX:
        expected["private_notes"] = "too_long"
    if decision is None:
        expected["decision"] = "evaluation_decision_required"
    if decision == EvaluationDecision.CLOSE and next_on is not None:
        expected["next_on"] = "next_date_with_close"
    elif decision is not None and decision != EvaluationDecision.CLOSE and next_on is None:
        expected["next_on"] = "next_evaluation_required"
    elif next_on is not None and held_on is not None and next_on <= held_on:
        expected["next_on"] = "next_not_after_held"
    elif next_on is not None and next_on > date(2031, 11, 24):
        expected["next_on"] = "date_implausible"
    try:
        record = validate_evaluation(data, GOALS, TODAY)
    except ValidationFailed as failed:
        assert {k: v.code for k, v in failed.issues.items()} == expected
    else:
        assert expected == {}
        assert len(record.results) == 3
        assert record.decision == decision
    assert data == before
