"""The court procedure's rules: field validation, the order of events, the next hearing."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseworker_desktop.domain.court import (
    EARLIEST,
    HEARING_SOON_DAYS,
    NOTES_MAX,
    CourtEventInput,
    CourtEventKind,
    CourtFact,
    check_order_change,
    latest_planned,
    next_of_kind,
    order_problems,
    validate_court_event,
)
from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed

TODAY = date(2026, 11, 24)
P, H, J, A, D = (
    CourtEventKind.PETITION,
    CourtEventKind.HEARING,
    CourtEventKind.JUDGMENT,
    CourtEventKind.EVICTION_ANNOUNCED,
    CourtEventKind.EVICTION_DONE,
)


def fact(kind: CourtEventKind, on: date, name: str | None = None) -> CourtFact:
    return CourtFact(name or f"{kind.value}-{on.isoformat()}", kind, on)


def codes(events: list[CourtFact], *, refused: bool) -> list[str]:
    return [p.issue.code for p in order_problems(events) if p.refused == refused]


# --- field validation -----------------------------------------------------------------------------


def test_a_complete_event_is_accepted_and_its_notes_trimmed() -> None:
    clean = validate_court_event(CourtEventInput(H, TODAY, "  Tenant will attend.  "), TODAY)
    assert (clean.kind, clean.on, clean.notes) == (H, TODAY, "Tenant will attend.")


def test_kind_and_date_are_required_and_reported_together() -> None:
    with pytest.raises(ValidationFailed) as failed:
        validate_court_event(CourtEventInput(None, None, "x" * (NOTES_MAX + 1)), TODAY)
    assert {k: i.code for k, i in failed.value.issues.items()} == {
        "kind": "required",
        "on": "required",
        "notes": "too_long",
    }


@pytest.mark.parametrize("kind", [P, D])
def test_facts_cannot_lie_in_the_future(kind: CourtEventKind) -> None:
    with pytest.raises(ValidationFailed) as failed:
        validate_court_event(CourtEventInput(kind, TODAY + timedelta(days=1)), TODAY)
    assert failed.value.issues["on"].code == "date_in_future"


@pytest.mark.parametrize("kind", [H, J, A])
def test_planned_dates_may_lie_ahead_but_not_too_far(kind: CourtEventKind) -> None:
    assert validate_court_event(CourtEventInput(kind, TODAY + timedelta(days=30)), TODAY).on
    with pytest.raises(ValidationFailed) as failed:
        validate_court_event(CourtEventInput(kind, latest_planned(TODAY) + timedelta(days=1)), TODAY)
    assert failed.value.issues["on"].code == "court_date_too_far_ahead"


def test_dates_before_2000_are_typing_errors() -> None:
    with pytest.raises(ValidationFailed) as failed:
        validate_court_event(CourtEventInput(P, date(1999, 12, 31)), TODAY)
    assert failed.value.issues["on"].code == "court_date_too_early"


@given(
    kind=st.sampled_from(list(CourtEventKind)),
    on=st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31)),
    notes=st.text(max_size=NOTES_MAX + 50),
)
def test_validation_accepts_exactly_the_sane_window(kind: CourtEventKind, on: date, notes: str) -> None:
    ahead = latest_planned(TODAY) if kind in (H, J, A) else TODAY
    ok_date = EARLIEST <= on <= ahead
    ok_notes = len(notes.strip()) <= NOTES_MAX
    try:
        clean = validate_court_event(CourtEventInput(kind, on, notes), TODAY)
    except ValidationFailed as failed:
        assert not (ok_date and ok_notes)
        assert ("on" in failed.issues) == (not ok_date)
        assert ("notes" in failed.issues) == (not ok_notes)
    else:
        assert ok_date and ok_notes
        assert clean.notes == notes.strip()


# --- order of the procedure -----------------------------------------------------------------------


def test_a_regular_procedure_has_no_problems() -> None:
    events = [
        fact(P, date(2026, 9, 1)),
        fact(H, date(2026, 10, 6)),
        fact(J, date(2026, 10, 20)),
        fact(A, date(2026, 12, 15)),
        fact(D, date(2026, 12, 15)),
    ]
    assert order_problems(events) == ()


def test_a_judgment_cannot_precede_the_petition() -> None:
    events = [fact(P, date(2026, 9, 1)), fact(J, date(2026, 8, 1))]
    assert codes(events, refused=True) == ["court_before_petition"]
    problem = order_problems(events)[0]
    assert problem.event_id == events[1].id
    assert problem.issue.params == {"event": "judgment", "on": "2026-08-01", "petition_on": "2026-09-01"}


def test_an_eviction_carried_out_needs_an_announced_date_on_or_before_it() -> None:
    assert codes([fact(J, date(2026, 9, 1)), fact(D, date(2026, 12, 1))], refused=True) == [
        "court_eviction_needs_announcement"
    ]
    early = [fact(J, date(2026, 9, 1)), fact(D, date(2026, 12, 1)), fact(A, date(2026, 12, 10))]
    assert codes(early, refused=True) == ["court_eviction_before_announced"]
    postponed = [fact(J, date(2026, 9, 1)), fact(A, date(2026, 12, 1)), fact(D, date(2026, 12, 10))]
    assert codes(postponed, refused=True) == []


def test_only_one_eviction_is_carried_out() -> None:
    events = [
        fact(J, date(2026, 9, 1)),
        fact(A, date(2026, 10, 1)),
        fact(D, date(2026, 10, 1)),
        fact(D, date(2026, 10, 2)),
    ]
    assert codes(events, refused=True) == ["court_eviction_done_twice"]


def test_an_announced_date_cannot_precede_every_judgment_but_may_lack_one() -> None:
    assert codes([fact(A, date(2026, 9, 1)), fact(J, date(2026, 10, 1))], refused=True) == [
        "court_announced_before_judgment"
    ]
    assert codes([fact(A, date(2026, 9, 1))], refused=True) == []
    assert codes([fact(A, date(2026, 9, 1))], refused=False) == ["court_announced_without_judgment"]


def test_a_judgment_without_a_recorded_hearing_is_only_a_warning() -> None:
    events = [fact(P, date(2026, 9, 1)), fact(J, date(2026, 10, 1))]
    assert codes(events, refused=True) == []
    assert codes(events, refused=False) == ["court_judgment_without_hearing"]


def test_a_hearing_after_the_judgment_is_normal_after_opposition() -> None:
    events = [
        fact(P, date(2026, 8, 1)),
        fact(H, date(2026, 9, 1)),
        fact(J, date(2026, 9, 15)),
        fact(H, date(2026, 10, 20)),
        fact(J, date(2026, 11, 3)),
    ]
    assert order_problems(events) == ()


def test_a_new_contradiction_is_refused_an_old_one_does_not_block() -> None:
    before = [fact(P, date(2026, 9, 1)), fact(H, date(2026, 10, 1))]
    with pytest.raises(RuleViolation) as refused:
        check_order_change(before, [*before, fact(J, date(2026, 8, 1))])
    assert refused.value.issue.code == "court_before_petition"
    # Two laptops synced a contradiction in; adding a later hearing is still possible.
    broken = [fact(P, date(2026, 9, 1)), fact(J, date(2026, 8, 1))]
    warnings = check_order_change(broken, [*broken, fact(H, date(2026, 11, 1))])
    assert [w.code for w in warnings] == ["court_judgment_without_hearing"]


def test_removing_the_announced_date_an_eviction_rests_on_is_refused() -> None:
    announced = fact(A, date(2026, 12, 1))
    before = [fact(J, date(2026, 9, 1)), announced, fact(D, date(2026, 12, 1))]
    with pytest.raises(RuleViolation) as refused:
        check_order_change(before, [f for f in before if f is not announced])
    assert refused.value.issue.code == "court_eviction_needs_announcement"


@given(
    start=st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 1, 1)),
    gaps=st.lists(st.integers(min_value=0, max_value=120), min_size=5, max_size=5),
    hearings=st.integers(min_value=1, max_value=4),
    seed=st.integers(),
)
def test_any_procedure_in_its_own_order_passes_in_any_listing_order(
    start: date, gaps: list[int], hearings: int, seed: int
) -> None:
    on = start
    events = []
    kinds = [P, *([H] * hearings), J, A, D]
    for index, kind in enumerate(kinds):
        on += timedelta(days=gaps[min(index, 4)])
        events.append(fact(kind, on, f"e{index}"))
    shuffled = list(events)
    random.Random(seed).shuffle(shuffled)
    assert order_problems(shuffled) == ()
    assert order_problems(shuffled) == order_problems(events)


@given(
    events=st.lists(
        st.tuples(
            st.sampled_from(list(CourtEventKind)),
            st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 1, 1)),
        ),
        max_size=8,
    )
)
def test_problems_name_only_recorded_events_and_a_known_code(
    events: list[tuple[CourtEventKind, date]],
) -> None:
    facts = [fact(k, d, f"e{i}") for i, (k, d) in enumerate(events)]
    known = {
        "court_before_petition",
        "court_judgment_without_hearing",
        "court_announced_before_judgment",
        "court_announced_without_judgment",
        "court_eviction_done_twice",
        "court_eviction_needs_announcement",
        "court_eviction_before_announced",
    }
    for problem in order_problems(facts):
        assert problem.event_id in {f.id for f in facts}
        assert problem.issue.code in known


# --- next hearing ---------------------------------------------------------------------------------


def test_next_hearing_is_the_first_one_today_or_later_with_days_to_go() -> None:
    events = [
        fact(H, TODAY - timedelta(days=3)),
        fact(H, TODAY + timedelta(days=40)),
        fact(H, TODAY + timedelta(days=20)),
        fact(J, TODAY + timedelta(days=1)),
    ]
    upcoming = next_of_kind(events, H, TODAY)
    assert upcoming is not None
    assert (upcoming.on, upcoming.days_to_go, upcoming.soon) == (TODAY + timedelta(days=20), 20, False)
    assert next_of_kind(events[:1], H, TODAY) is None


@pytest.mark.parametrize(
    ("offset", "soon"), [(0, True), (HEARING_SOON_DAYS, True), (HEARING_SOON_DAYS + 1, False)]
)
def test_a_hearing_within_fourteen_days_is_soon(offset: int, soon: bool) -> None:
    upcoming = next_of_kind([fact(H, TODAY + timedelta(days=offset))], H, TODAY)
    assert upcoming is not None and upcoming.soon is soon and upcoming.days_to_go == offset
