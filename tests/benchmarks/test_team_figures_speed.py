"""The team leader's figures over a large team: 5,000 running and 50,000 closed episodes, 10 counsellors.

Pure domain code on facts already in memory: the store's bulk read is measured with the team view.
Targets leave room inside the view's budget (500 ms to show the team view, 300 ms to change period).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.domain.team_figures import (
    AgeBand,
    Assignment,
    CaseFacts,
    HouseholdType,
    IncomeSource,
    LandlordType,
    caseload_review,
    custom_period,
    quarter_period,
    team_figures,
    year_period,
)
from tests.benchmarks.conftest import report

pytestmark = pytest.mark.benchmark

TODAY = date(2026, 6, 15)
RUNNING, CLOSED, COUNSELLORS = 5_000, 50_000, 10
RUNS = 9


def _team(seed: int = 6) -> list[CaseFacts]:
    rng = random.Random(seed)
    people = [(f"id-{n}", f"Counsellor {n}") for n in range(COUNSELLORS)]
    sources = ["landlord", "ocmw", "police", "neighbours", "hospital", None]
    problems = ["arrears", "upkeep", "nuisance"]
    cases: list[CaseFacts] = []

    def assignments(referral: date, last: date) -> tuple[Assignment, ...]:
        first = rng.choice(people)
        held = [Assignment(first[0], first[1], referral)]
        if rng.random() < 0.1 and (last - referral).days > 2:  # one case in ten changed hands
            other = rng.choice(people)
            held.append(
                Assignment(other[0], other[1], referral + timedelta(rng.randint(1, (last - referral).days)))
            )
        return tuple(held)

    def profile() -> dict[str, object]:
        return {
            "source": rng.choice(sources),
            "problems": frozenset(rng.sample(problems, rng.randint(0, 2))),
            "landlord_type": rng.choice(list(LandlordType)),
            "age_band": rng.choice(list(AgeBand)),
            "household_type": rng.choice([None, *HouseholdType]),
            "income_source": rng.choice([None, *IncomeSource]),
        }

    for n in range(RUNNING):
        referral = TODAY - timedelta(rng.randint(0, 600))
        status = rng.choice([CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE])
        intake = (
            referral + timedelta(rng.randint(5, 40))
            if status in (CaseStatus.INTAKE, CaseStatus.ACTIVE)
            else None
        )
        cases.append(
            CaseFacts(
                f"run-{n}",
                f"R{n}",
                status,
                referral,
                assignments(referral, TODAY),
                first_contact_on=referral + timedelta(3) if rng.random() < 0.8 else None,
                intake_on=intake if intake is None or intake <= TODAY else TODAY,
                last_contact_on=TODAY - timedelta(rng.randint(0, 90)),
                evaluations_due=(TODAY + timedelta(rng.randint(-30, 60)),) if intake else (),
                hearings=(TODAY + timedelta(rng.randint(-20, 90)),) if rng.random() < 0.15 else (),
                **profile(),  # type: ignore[arg-type]
            )
        )
    for n in range(CLOSED):
        referral = TODAY - timedelta(rng.randint(60, 10 * 365))
        closed = min(TODAY, referral + timedelta(rng.randint(20, 700)))
        not_started = rng.random() < 0.1
        cases.append(
            CaseFacts(
                f"closed-{n}",
                f"C{n}",
                _closed_status(rng, closed),
                referral,
                assignments(referral, closed),
                first_contact_on=None if not_started else referral + timedelta(3),
                intake_on=None if not_started else referral + timedelta(10),
                closed_on=closed,
                closing_reason="not_started"
                if not_started
                else rng.choice(["goals_reached", "evicted", "moved"]),
                eviction_avoided=None if not_started else rng.choice([True, True, True, False, None]),
                goals_achieved=None if not_started else rng.choice(["yes", "partly", "no", None]),
                last_contact_on=closed,
                **profile(),  # type: ignore[arg-type]
            )
        )
    rng.shuffle(cases)
    return cases


def _closed_status(rng: random.Random, closed: date) -> CaseStatus:
    """Aftercare lasts months, not years: only recent closures can still be in it."""
    if (TODAY - closed).days <= 180:
        return rng.choice([CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED])
    return rng.choice([CaseStatus.CLOSED, CaseStatus.ENDED, CaseStatus.ENDED])


def _median_ms(action: Callable[[], object]) -> list[float]:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def test_team_figures_speed() -> None:
    cases = _team()
    assert len(cases) == RUNNING + CLOSED
    working_time = {f"id-{n}": 0.8 for n in range(0, COUNSELLORS, 3)}
    rows, team = caseload_review(cases, TODAY)
    assert len(rows) == COUNSELLORS and len(team.cases[next(iter(team.cases))]) == RUNNING

    review = report(
        f"caseload_review over {len(cases)} episodes", _median_ms(lambda: caseload_review(cases, TODAY)), 100
    )
    # A year and a quarter are what the team leader picks; five years (the longest custom period)
    # touches half the store and gets the view's whole period-change budget.
    periods = {
        "year": (year_period(TODAY.year - 1), 150),
        "quarter": (quarter_period(TODAY.year, 1), 150),
        "five years": (custom_period(date(TODAY.year - 4, 1, 1), TODAY), 300),
    }
    for name, (period, target) in periods.items():
        median = report(
            f"team_figures, {name}, over {len(cases)} episodes",
            _median_ms(lambda period=period: team_figures(cases, period, working_time)),  # type: ignore[misc]
            target,
        )
        assert median < target, name
    assert review < 100
