"""Properties of the team figures over generated teams, checked against the rules written out plainly
here (one predicate per figure), not against the module's own single-pass code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.domain.team_figures import (
    AgeBand,
    Assignment,
    BreakdownKey,
    CaseFacts,
    FigureKey,
    HouseholdType,
    IncomeSource,
    LandlordType,
    LoadFigure,
    Period,
    caseload_review,
    counsellor_on,
    custom_period,
    quarter_period,
    suppress,
    team_figures,
    year_period,
)

S = CaseStatus
RUNNING = {S.REFERRED, S.OUTREACH, S.INTAKE, S.ACTIVE}
FIRST_DAY = date(2023, 1, 1)
SPAN = 3 * 365
COUNSELLORS = [("an", "An"), ("bram", "Bram"), ("chris", "Chris"), ("dina", "Dina")]


def _day(offset: int) -> date:
    return FIRST_DAY + timedelta(days=offset)


@st.composite
def episodes(draw: st.DrawFn, index: int) -> CaseFacts:
    status = draw(st.sampled_from(list(CaseStatus)))
    referral = draw(st.integers(0, SPAN - 60))
    later = st.integers(referral, SPAN)
    first_contact = intake = closed = None
    reason = None
    closed_kind = status in (S.CLOSED, S.AFTERCARE, S.ENDED)
    if status in (S.REFERRED, S.OUTREACH):
        first_contact = draw(st.one_of(st.none(), later))
    elif status in (S.INTAKE, S.ACTIVE):
        first_contact = draw(later)
        intake = draw(st.integers(first_contact, SPAN))
    if closed_kind:
        closed = draw(later)
        reason = draw(st.sampled_from(["not_started", "goals_reached", "evicted", "moved", "tenant_stopped"]))
        if reason != "not_started":
            first_contact = draw(st.integers(referral, closed))
            intake = draw(st.integers(first_contact, closed))
    handovers = sorted(draw(st.lists(st.integers(referral + 1, SPAN), max_size=3, unique=True)))
    people = draw(
        st.lists(st.sampled_from(COUNSELLORS), min_size=len(handovers) + 1, max_size=len(handovers) + 1)
    )
    assignments = tuple(
        Assignment(person[0], person[1], _day(since))
        for person, since in zip(people, [referral, *handovers], strict=True)
    )
    around = st.integers(0, SPAN).map(_day)
    return CaseFacts(
        case_id=f"c{index:03d}",
        number=f"N{index:03d}",
        status=status,
        referral_date=_day(referral),
        assignments=assignments,
        first_contact_on=None if first_contact is None else _day(first_contact),
        intake_on=None if intake is None else _day(intake),
        closed_on=None if closed is None else _day(closed),
        closing_reason=reason,
        eviction_avoided=draw(st.sampled_from([None, True, False])) if closed_kind else None,
        goals_achieved=draw(st.sampled_from([None, "yes", "partly", "no"])) if closed_kind else None,
        last_contact_on=draw(st.one_of(st.none(), later.map(_day))),
        evaluations_due=tuple(draw(st.lists(around, max_size=2))),
        hearings=tuple(draw(st.lists(around, max_size=2))),
        source=draw(st.sampled_from([None, "landlord", "ocmw", "police"])),
        problems=frozenset(draw(st.sets(st.sampled_from(["arrears", "upkeep", "nuisance"])))),
        landlord_type=draw(st.sampled_from(list(LandlordType))),
        age_band=draw(st.sampled_from(list(AgeBand))),
        household_type=draw(st.sampled_from([None, *HouseholdType])),
        income_source=draw(st.sampled_from([None, *IncomeSource])),
    )


@st.composite
def teams(draw: st.DrawFn) -> list[CaseFacts]:
    size = draw(st.integers(0, 25))
    return [draw(episodes(index)) for index in range(size)]


@st.composite
def periods(draw: st.DrawFn) -> Period:
    kind = draw(st.sampled_from(["year", "quarter", "custom"]))
    year = draw(st.integers(2023, 2025))
    if kind == "year":
        return year_period(year)
    if kind == "quarter":
        return quarter_period(year, draw(st.integers(1, 4)))
    start = draw(st.integers(0, SPAN))
    return custom_period(_day(start), _day(draw(st.integers(start, SPAN))))


days = st.integers(0, SPAN).map(_day)


# --- the rules, written out one by one ---------------------------------------------------------------------
def holder_on(case: CaseFacts, day: date) -> str:
    earlier = [a for a in case.assignments if a.since <= day]
    return (earlier[-1] if earlier else case.assignments[0]).counsellor_id


def load_rules(today: date, quiet_weeks: int) -> dict[LoadFigure, Callable[[CaseFacts], bool]]:
    def quiet(c: CaseFacts) -> bool:
        return c.status in RUNNING and (today - (c.last_contact_on or c.referral_date)).days > 7 * quiet_weeks

    return {
        LoadFigure.RUNNING: lambda c: c.status in RUNNING,
        LoadFigure.WAITING_FIRST_CONTACT: lambda c: (
            c.status in (S.REFERRED, S.OUTREACH) and c.first_contact_on is None
        ),
        LoadFigure.OUTREACH: lambda c: c.status == S.OUTREACH,
        LoadFigure.INTAKE: lambda c: c.status == S.INTAKE,
        LoadFigure.ACTIVE: lambda c: c.status == S.ACTIVE,
        LoadFigure.AFTERCARE: lambda c: c.status == S.AFTERCARE,
        LoadFigure.CLOSED_THIS_YEAR: lambda c: (
            c.status not in RUNNING and c.closed_on is not None and c.closed_on.year == today.year
        ),
        LoadFigure.OVERDUE_EVALUATIONS: lambda c: (
            (c.status in RUNNING or c.status == S.AFTERCARE) and any(due < today for due in c.evaluations_due)
        ),
        LoadFigure.HEARINGS_SOON: lambda c: any(0 <= (h - today).days <= 30 for h in c.hearings),
        LoadFigure.NO_RECENT_CONTACT: quiet,
    }


def figure_rules(period: Period) -> dict[FigureKey, Callable[[CaseFacts], bool]]:
    def inside(day: date | None) -> bool:
        return day is not None and period.start <= day <= period.end

    def guided(c: CaseFacts) -> bool:
        return (
            c.intake_on is not None
            and c.intake_on <= period.end
            and (c.closed_on is None or c.closed_on >= period.start)
        )

    def running_at_end(c: CaseFacts) -> bool:
        if c.referral_date > period.end:
            return False
        return c.closed_on > period.end if c.closed_on is not None else c.status in RUNNING

    def started_closure(c: CaseFacts) -> bool:
        return inside(c.closed_on) and c.closing_reason != "not_started"

    return {
        FigureKey.REFERRALS: lambda c: inside(c.referral_date),
        FigureKey.CLIENTS_GUIDED: guided,
        FigureKey.CLIENTS_PER_FTE_YEAR: guided,
        FigureKey.RUNNING_PER_COUNSELLOR: running_at_end,
        FigureKey.AVERAGE_TRAJECTORY_DAYS: started_closure,
        FigureKey.REFERRAL_TO_INTAKE_DAYS: lambda c: inside(c.intake_on),
        FigureKey.CLOSED: lambda c: inside(c.closed_on),
        FigureKey.EVICTION_AVOIDED_SHARE: lambda c: started_closure(c) and c.eviction_avoided is not None,
        FigureKey.GOALS_ACHIEVED_SHARE: lambda c: started_closure(c) and c.goals_achieved is not None,
    }


def guided_holders(case: CaseFacts, period: Period) -> set[str]:
    """Who held the case on some day of its guided part; the holder only changes on an assignment day."""
    assert case.intake_on is not None
    first = max(case.intake_on, period.start)
    last = max(first, min(case.closed_on or period.end, period.end))
    changes = [a.since for a in case.assignments if first < a.since <= last]
    return {holder_on(case, day) for day in [first, *changes]}


# --- properties --------------------------------------------------------------------------------------------
@settings(max_examples=80, deadline=None)
@given(teams(), days, st.integers(1, 12))
def test_caseload_review_follows_the_rules_and_adds_up(
    team: list[CaseFacts], today: date, weeks: int
) -> None:
    rows, total = caseload_review(team, today, quiet_weeks=weeks)
    by_id = {case.case_id: case for case in team}
    for figure, rule in load_rules(today, weeks).items():
        expected = [case.case_id for case in team if rule(case)]
        assert total.cases[figure] == expected, figure  # each case once, in the order given
        per_counsellor = [case_id for row in rows for case_id in row.cases[figure]]
        assert Counter(per_counsellor) == Counter(expected), figure
        for row in rows:
            for case_id in row.cases[figure]:
                assert by_id[case_id].counsellor.counsellor_id == row.counsellor_id
    running = [case for case in team if case.status in RUNNING]
    if running:
        mean = sum((today - case.referral_date).days for case in running) / len(running)
        assert total.average_running_age_days is not None
        assert abs(total.average_running_age_days - mean) < 1e-9
    else:
        assert total.average_running_age_days is None
    assert len({row.counsellor_id for row in rows}) == len(rows)


@settings(max_examples=80, deadline=None)
@given(
    teams(),
    periods(),
    st.dictionaries(st.sampled_from([c for c, _ in COUNSELLORS]), st.sampled_from([0.5, 0.8, 1.0])),
)
def test_period_figures_follow_the_rules(
    team: list[CaseFacts], period: Period, fte: dict[str, float]
) -> None:
    result = team_figures(team, period, fte)
    for key, rule in figure_rules(period).items():
        expected = [case.case_id for case in team if rule(case)]
        figure = result.figures[key]
        assert list(figure.case_ids) == expected, key
        assert figure.base == len(expected), key
    by_id = {case.case_id: case for case in team}
    scale = 365 / period.days

    guided = [by_id[i] for i in result.figures[FigureKey.CLIENTS_GUIDED].case_ids]
    holders = Counter(person for case in guided for person in guided_holders(case, period))
    at_end = Counter(
        holder_on(by_id[i], period.end) for i in result.figures[FigureKey.RUNNING_PER_COUNSELLOR].case_ids
    )
    rows = {row.counsellor_id: row for row in result.per_counsellor}
    assert set(rows) == set(holders) | set(at_end)
    for person, row in rows.items():
        assert row.guided == holders[person]
        assert row.running_at_end == at_end[person]
        assert row.working_time == fte.get(person, 1.0)
        assert row.clients_per_fte_year == pytest.approx(holders[person] / row.working_time * scale)
    team_fte = sum(fte.get(person, 1.0) for person in holders)
    per_fte = result.figures[FigureKey.CLIENTS_PER_FTE_YEAR].value
    if holders:
        assert per_fte == pytest.approx(len(guided) / team_fte * scale)  # FTE added up in another order
    else:
        assert per_fte is None
    running = result.figures[FigureKey.RUNNING_PER_COUNSELLOR]
    assert running.value == (running.base / len(at_end) if at_end else None)

    closures = [by_id[i] for i in result.figures[FigureKey.AVERAGE_TRAJECTORY_DAYS].case_ids]
    lengths = [(c.closed_on - c.referral_date).days for c in closures if c.closed_on is not None]
    assert result.figures[FigureKey.AVERAGE_TRAJECTORY_DAYS].value == (
        sum(lengths) / len(lengths) if lengths else None
    )
    avoided = [by_id[i].eviction_avoided for i in result.figures[FigureKey.EVICTION_AVOIDED_SHARE].case_ids]
    assert result.figures[FigureKey.EVICTION_AVOIDED_SHARE].value == (
        avoided.count(True) / len(avoided) if avoided else None
    )
    goals = [by_id[i].goals_achieved for i in result.figures[FigureKey.GOALS_ACHIEVED_SHARE].case_ids]
    assert result.figures[FigureKey.GOALS_ACHIEVED_SHARE].value == (
        goals.count("yes") / len(goals) if goals else None
    )


@settings(max_examples=80, deadline=None)
@given(teams(), periods())
def test_breakdowns_and_charts_add_up_to_the_figures(team: list[CaseFacts], period: Period) -> None:
    result = team_figures(team, period, {})
    referrals = result.figures[FigureKey.REFERRALS].base
    for key in BreakdownKey:
        counts = result.breakdowns[key]
        if key == BreakdownKey.PROBLEMS:  # several per episode, but at least one each ("unknown")
            assert sum(counts.values()) >= referrals
        else:
            assert sum(counts.values()) == referrals, key
    assert sum(n for sources in result.referrals_per_month.values() for n in sources.values()) == referrals
    assert all(month.day == 1 and month <= period.end for month in result.referrals_per_month)
    assert min(result.referrals_per_month) == period.start.replace(day=1)
    closed = result.figures[FigureKey.CLOSED].base
    assert sum(n for outcomes in result.outcomes_per_quarter.values() for n in outcomes.values()) == closed


@settings(max_examples=100, deadline=None)
@given(episodes(0), days)
def test_counsellor_on_is_the_holder_of_that_day(case: CaseFacts, day: date) -> None:
    assert counsellor_on(case, day).counsellor_id == holder_on(case, day)


# --- suppression -------------------------------------------------------------------------------------------
@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(st.text("abcdefgh", min_size=1, max_size=2), st.integers(0, 40), max_size=8),
    st.integers(1, 10),
)
def test_suppress_never_reveals_a_small_group(counts: dict[str, int], threshold: int) -> None:
    shown = suppress(counts, threshold)
    assert list(shown) == list(counts)
    hidden = [key for key, value in shown.items() if value is None]
    for key, value in shown.items():
        if value is not None:
            assert value == counts[key]
            assert value == 0 or value >= threshold  # nobody in a small group is shown
    assert all(counts[key] > 0 for key in hidden)  # a zero stays visible
    if not hidden:
        return
    total = sum(counts.values())
    if total >= threshold and any(value is not None and value > 0 for value in shown.values()):
        # The total is shown and something is left to hide behind: the reader can work out only the
        # sum of the hidden cells, which is no small group, spread over at least two cells that are
        # not all forced to be 1.
        hidden_total = total - sum(value for value in shown.values() if value is not None)
        assert len(hidden) >= 2
        assert hidden_total >= threshold
        assert hidden_total > len(hidden)
