"""The agenda across the caseload: every kind of item, the flags, the periods and kind filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from caseworker_desktop.domain.court import add_months
from caseworker_desktop.services.agenda import (
    AgendaFlag,
    AgendaItem,
    AgendaKind,
    AgendaPeriod,
    next_instalment,
    next_instalment_fast,
)
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry
from caseworker_desktop.store.models_trajectory import Payment
from tests.trajectory.agenda_support import AgendaProfile, add, build_profile, day


@pytest.fixture
def profile(workspace: Workspace, landlord_id: str) -> AgendaProfile:
    return build_profile(workspace, landlord_id)


def _summary(items: list[AgendaItem]) -> list[tuple[date, AgendaKind, AgendaFlag, str]]:
    return [(i.day, i.kind, i.flag, i.client_name) for i in items]


def test_default_agenda_is_overdue_plus_thirty_days_sorted_by_date(
    workspace: Workspace, profile: AgendaProfile
) -> None:
    t = profile.today
    payment_due = add_months(day(t, -33), 1)
    expected = sorted(
        [
            (day(t, -3), AgendaKind.HOME_VISIT, AgendaFlag.OVERDUE, "Peeters, Jan"),
            (t, AgendaKind.CONTACT, AgendaFlag.TODAY, "Peeters, Jan"),
            (day(t, 10), AgendaKind.EVALUATION, AgendaFlag.COMING, "Peeters, Jan"),
            (day(t, 5), AgendaKind.HEARING, AgendaFlag.COMING, "Peeters, Jan"),
            (day(t, 12), AgendaKind.COURT, AgendaFlag.COMING, "Peeters, Jan"),
            (payment_due, AgendaKind.PAYMENT_CHECK, AgendaFlag.OVERDUE, "Peeters, Jan"),
            (day(t, 2), AgendaKind.NEXT_DATE, AgendaFlag.COMING, "Peeters, Jan"),
            (day(t, 20), AgendaKind.AFTERCARE_END, AgendaFlag.COMING, "Janssens, Els"),
            (day(t, 7), AgendaKind.HOME_VISIT, AgendaFlag.COMING, "Janssens, Els"),
            (day(t, -1), AgendaKind.NEXT_DATE, AgendaFlag.OVERDUE, "Janssens, Els"),
            (t, AgendaKind.HEARING, AgendaFlag.TODAY, "Maes, Noor"),
        ],
        key=lambda row: (row[0], list(AgendaKind).index(row[1])),
    )
    items = workspace.agenda.items()
    assert _summary(items) == expected
    assert [i.day for i in items] == sorted(i.day for i in items)
    # Within one day the hearing comes first.
    today_items = [i.kind for i in items if i.day == t]
    assert today_items == [AgendaKind.HEARING, AgendaKind.CONTACT]


def test_items_carry_case_number_short_text_and_codes(workspace: Workspace, profile: AgendaProfile) -> None:
    items = workspace.agenda.items()
    number = workspace.referrals.load(profile.active).number
    jan = [i for i in items if i.case_id == profile.active]
    assert {i.case_number for i in jan} == {number}
    visit = next(i for i in jan if i.kind == AgendaKind.HOME_VISIT)
    assert (visit.text, visit.code) == ("Jan en zijn zus; bel eerst", "home_visit")
    hearing = next(i for i in jan if i.kind == AgendaKind.HEARING)
    assert (hearing.text, hearing.code) == ("Vredegerecht Gent, zaal 2", "hearing")
    judgment = next(i for i in jan if i.kind == AgendaKind.COURT)
    assert judgment.code == "judgment"
    payment = next(i for i in jan if i.kind == AgendaKind.PAYMENT_CHECK)
    assert payment.text == "2/6 · € 100,00"
    assert payment.ref == f"payment:{profile.plan}:2"
    # Every item has its own reference, the ground of the calendar UID.
    assert len({i.ref for i in items}) == len(items)


def test_ended_and_deleted_cases_never_show(workspace: Workspace, profile: AgendaProfile) -> None:
    for period in AgendaPeriod:
        items = workspace.agenda.items(period)
        assert not {i.case_id for i in items} & {profile.ended, profile.deleted}
        assert all(i.client_name not in ("Claes, Dirk", "Willems, Bram") for i in items)


def test_closed_plans_are_not_evaluated_and_held_or_past_things_do_not_show(
    workspace: Workspace, profile: AgendaProfile
) -> None:
    items = workspace.agenda.items(AgendaPeriod.ALL)
    evaluations = [i for i in items if i.kind == AgendaKind.EVALUATION]
    assert [(i.case_id, i.day) for i in evaluations] == [(profile.active, day(profile.today, 10))]
    court = [(i.code, i.day) for i in items if i.kind in (AgendaKind.HEARING, AgendaKind.COURT)]
    assert ("petition", day(profile.today, -40)) not in court
    assert ("eviction_announced", day(profile.today, 45)) in court
    # Only one planned visit of Jan's: the held one and the tombstoned one stay out.
    visits = [i for i in items if i.case_id == profile.active and i.kind == AgendaKind.HOME_VISIT]
    assert [i.day for i in visits] == [day(profile.today, -3)]
    # Noor's plan is fully paid or marked missed: nothing to check.
    assert not [i for i in items if i.case_id == profile.closed and i.kind == AgendaKind.PAYMENT_CHECK]


def test_periods(workspace: Workspace, profile: AgendaProfile) -> None:
    t = profile.today
    overdue = workspace.agenda.items(AgendaPeriod.OVERDUE)
    assert overdue and all(i.flag == AgendaFlag.OVERDUE and i.day < t for i in overdue)
    assert {i.kind for i in overdue} == {
        AgendaKind.HOME_VISIT,
        AgendaKind.PAYMENT_CHECK,
        AgendaKind.NEXT_DATE,
    }
    today = workspace.agenda.items(AgendaPeriod.TODAY)
    assert {i.flag for i in today} == {AgendaFlag.OVERDUE, AgendaFlag.TODAY}
    assert [i.kind for i in today if i.flag == AgendaFlag.TODAY] == [AgendaKind.HEARING, AgendaKind.CONTACT]
    week = workspace.agenda.items(AgendaPeriod.WEEK)
    assert max(i.day for i in week) == day(t, 7)
    everything = workspace.agenda.items(AgendaPeriod.ALL)
    assert max(i.day for i in everything) == day(t, 45)
    quarter = workspace.agenda.items(AgendaPeriod.QUARTER)
    assert len(quarter) == len(everything)


def test_without_overdue(workspace: Workspace, profile: AgendaProfile) -> None:
    items = workspace.agenda.items(AgendaPeriod.MONTH, include_overdue=False)
    assert items
    assert all(i.day >= profile.today and i.flag != AgendaFlag.OVERDUE for i in items)
    assert AgendaKind.PAYMENT_CHECK not in {i.kind for i in items}


def test_kind_filter(workspace: Workspace, profile: AgendaProfile) -> None:
    hearings = workspace.agenda.items(AgendaPeriod.ALL, kinds={AgendaKind.HEARING})
    assert [(i.client_name, i.flag) for i in hearings] == [
        ("Maes, Noor", AgendaFlag.TODAY),
        ("Peeters, Jan", AgendaFlag.COMING),
    ]
    mixed = workspace.agenda.items(kinds={AgendaKind.AFTERCARE_END, AgendaKind.CONTACT})
    assert {i.kind for i in mixed} == {AgendaKind.AFTERCARE_END, AgendaKind.CONTACT}
    assert workspace.agenda.items(kinds=()) == []


def test_payment_check_moves_on_when_an_instalment_is_paid_or_missed(
    workspace: Workspace, profile: AgendaProfile
) -> None:
    first = day(profile.today, -33)

    def check() -> AgendaItem:
        items = workspace.agenda.items(AgendaPeriod.ALL, kinds={AgendaKind.PAYMENT_CHECK})
        return next(i for i in items if i.case_id == profile.active)

    assert check().day == add_months(first, 1)
    add(workspace, Payment(plan_id=profile.plan, due_on=add_months(first, 1), amount_cents=0, missed=True))
    moved = check()
    assert (moved.day, moved.text) == (add_months(first, 2), "3/6 · € 100,00")
    assert moved.flag == AgendaFlag.COMING
    # An unpaid, unmarked payment row (no paid_on, not missed) does not settle an instalment.
    add(workspace, Payment(plan_id=profile.plan, due_on=add_months(first, 2), amount_cents=0))
    assert check().day == add_months(first, 2)


def test_reading_the_agenda_is_audited(workspace: Workspace, profile: AgendaProfile) -> None:
    workspace.agenda.items(AgendaPeriod.WEEK)
    with workspace.store.unit_of_work("") as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert (last.action, last.record_kind, last.record_id) == ("read", "agenda", "week")


@given(
    first=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    count=st.integers(min_value=1, max_value=24),
    settled=st.sets(st.integers(min_value=0, max_value=30), max_size=30),
    strays=st.sets(st.dates(min_value=date(2019, 1, 1), max_value=date(2033, 12, 31)), max_size=3),
)
def test_next_instalment_is_the_first_unsettled_one(
    first: date, count: int, settled: set[int], strays: set[date]
) -> None:
    """Whatever the settled dates are (instalments, or stray dates off the schedule), the answer is the
    first instalment of the schedule whose due date is not among them."""
    schedule = [add_months(first, n) for n in range(count)]
    dates = {add_months(first, n) for n in settled} | strays
    found = next_instalment(first, count, dates)
    assert next_instalment_fast(first, count, {d.isoformat() for d in dates}) == found
    open_numbers = [n for n in range(count) if schedule[n] not in dates]
    if not open_numbers:
        assert found is None
    else:
        assert found == (open_numbers[0] + 1, schedule[open_numbers[0]])


@pytest.mark.parametrize("first", [date(2026, 1, 31), date(2026, 1, 29), date(2026, 3, 15)])
def test_next_instalment_after_the_first_ones_are_settled(first: date) -> None:
    dates = {add_months(first, n) for n in range(4)}
    for find in (next_instalment, lambda f, c, d: next_instalment_fast(f, c, {x.isoformat() for x in d})):
        assert find(first, 6, dates) == (5, add_months(first, 4))
        assert find(first, 4, dates) is None
        assert find(first, 6, set()) == (1, first)
        assert find(first, 6, dates - {add_months(first, 2)}) == (3, add_months(first, 2))
        # A stray date off the schedule does not count as an instalment.
        stray = add_months(first, 2) + timedelta(days=1)
        assert find(first, 6, (dates - {add_months(first, 2)}) | {stray}) == (3, add_months(first, 2))
