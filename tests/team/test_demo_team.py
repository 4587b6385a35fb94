"""The team leader's demo: a whole team's cases on one laptop, as after a sync, built in time."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from caseworker_desktop.domain.status import RUNNING
from caseworker_desktop.domain.team_figures import CaseFacts, LoadFigure, custom_period
from caseworker_desktop.services.demo_team import TEAM_DEMO_USER, is_team_demo, populate_team_demo
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.team import TeamAccess, TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store import audit
from caseworker_desktop.store.models import OutboxEntry
from caseworker_desktop.store.models_trajectory import Reassignment
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.team.test_team_service_support import team_of

BUILD_SECONDS: list[float] = []


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    clock = FakeClock()
    service = ProfileService(
        tmp_path_factory.mktemp("team-demo") / "p", clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF
    )
    result = service.set_up(
        name=TEAM_DEMO_USER["name"],
        organisation=TEAM_DEMO_USER["organisation"],
        team=TEAM_DEMO_USER["team"],
        passphrase=PASSPHRASE,
        repeat=PASSPHRASE,
    )
    started = time.process_time()
    populate_team_demo(result.workspace)
    BUILD_SECONDS.append(time.process_time() - started)
    yield result.workspace
    result.workspace.close()


@pytest.fixture(scope="module")
def facts(demo: Workspace) -> list[CaseFacts]:
    return team_of(demo).facts()


def test_built_within_a_minute_of_cpu(demo: Workspace) -> None:
    assert BUILD_SECONDS[0] < 60


def test_it_is_a_team_leaders_profile(demo: Workspace) -> None:
    assert is_team_demo(demo)
    assert demo.settings.profile_role() == "team_leader"
    team = team_of(demo)
    assert team.access() == TeamAccess(allowed=True, confirmed=False)
    last = team.last_sync()
    assert last is not None and timedelta(0) < demo.clock() - last < timedelta(hours=6)


def test_five_colleagues_carry_the_running_cases(demo: Workspace, facts: list[CaseFacts]) -> None:
    team = team_of(demo)
    loads, total = team.caseload(facts)
    colleagues = [load for load in loads if load.counsellor_id != demo.user.user_id]
    assert len(colleagues) == 5
    running = {load.counsellor_name: len(load.cases[LoadFigure.RUNNING]) for load in colleagues}
    assert all(8 <= count <= 30 for count in running.values()), running
    assert len(total.cases[LoadFigure.RUNNING]) == sum(f.status in RUNNING for f in facts)
    for figure in (LoadFigure.HEARINGS_SOON, LoadFigure.OVERDUE_EVALUATIONS, LoadFigure.AFTERCARE):
        assert total.cases[figure], figure
    assert len(team.counsellors()) == 6
    assert set(team.working_time().values()) == {0.8, 0.5}


def test_history_mix_and_registration_values(facts: list[CaseFacts], demo: Workspace) -> None:
    today = demo.today()
    assert min(f.referral_date for f in facts) < today - timedelta(days=800)
    assert sum(1 for f in facts if f.closed_on is not None) > 100
    assert sum(1 for f in facts if f.previous_case_id) >= 3
    assert len({f.source for f in facts}) >= 5
    assert len({f.landlord_type for f in facts}) == 3
    assert len({f.income_source for f in facts if f.income_source}) >= 6
    assert len({f.household_type for f in facts}) >= 4
    assert len({f.age_band for f in facts}) >= 5
    guided = [f for f in facts if f.intake_on is not None]
    assert sum(1 for f in guided if f.income_source) > 0.8 * len(guided)
    assert Counter(len(f.assignments) > 1 for f in facts)[True] == 3


def test_reassignments_are_audited_and_waiting_to_sync(demo: Workspace) -> None:
    with demo.store.unit_of_work("test") as uow:
        moves = uow.session.scalars(select(Reassignment).order_by(Reassignment.on)).all()
        assert len(moves) == 3
        assert moves[-1].on == demo.today() and moves[0].on < demo.today()
        assert all(m.reason and m.author == demo.user.user_id for m in moves)
        queued = uow.session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.record_kind == "reassignment")
        )
        assert queued == 3
        assert audit.verify(uow.session).intact


def test_a_counsellor_demo_profile_sees_no_team(workspace: Workspace) -> None:
    assert not is_team_demo(workspace)
    assert not TeamService(workspace.store, workspace.user.user_id, workspace.clock).access().allowed


@pytest.mark.parametrize("months_back", [0, 3, 12, 20])
def test_the_recent_read_counts_as_the_whole_read(
    demo: Workspace, facts: list[CaseFacts], months_back: int
) -> None:
    """The team view shows the episodes that can still count from a day first; for every period
    starting on or after that day, and for the review when that day is in this year or before, they
    give exactly what all episodes give."""
    team = team_of(demo)
    today = team.today()
    since = today.replace(day=1) - timedelta(days=30 * months_back)
    recent = team.facts(since)
    assert len(recent) < len(facts) or months_back > 12
    assert {f.case_id for f in recent} <= {f.case_id for f in facts}
    if since <= today.replace(month=1, day=1):  # "closed this year" reaches back to January
        assert team.caseload(recent, today) == team.caseload(facts, today)
    for start in (since, since + timedelta(days=40), today.replace(month=1, day=1)):
        if start < since:
            continue
        for end in (start + timedelta(days=89), today + timedelta(days=200)):
            period = custom_period(start, end)
            assert team.figures(recent, period) == team.figures(facts, period), (since, period)
