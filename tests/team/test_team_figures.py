"""The team leader's figures on a small hand-built team whose every figure was worked out on paper.

Three counsellors (An at 0.8 FTE, Bram and Chris full time), thirteen episodes. The comments next to
each expected value say which episodes make it up and why the others do not; the day counts were
counted on the calendar (2024 is a leap year).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.domain.team_figures import (
    AgeBand,
    Assignment,
    BreakdownKey,
    CaseFacts,
    CounsellorLoad,
    FigureKey,
    HouseholdType,
    IncomeSource,
    LandlordType,
    LoadFigure,
    Outcome,
    TeamFigures,
    caseload_review,
    counsellor_on,
    custom_period,
    quarter_period,
    team_figures,
    year_period,
)

S = CaseStatus
L = LoadFigure
F = FigureKey
TODAY = date(2024, 6, 14)  # six weeks before is 3 May; 30 days ahead is 14 July
WORKING_TIME = {"an": 0.8, "bram": 1.0}  # Chris is missing: full time


def an(since: date) -> Assignment:
    return Assignment("an", "An", since)


def bram(since: date) -> Assignment:
    return Assignment("bram", "Bram", since)


def chris(since: date) -> Assignment:
    return Assignment("chris", "Chris", since)


def d(year: int, month: int, day: int) -> date:
    return date(year, month, day)


TEAM: list[CaseFacts] = [
    CaseFacts(  # new, nobody reached yet
        "c01", "2024-001", S.REFERRED, d(2024, 6, 10), (an(d(2024, 6, 10)),),
        source="landlord", problems=frozenset({"arrears"}), landlord_type=LandlordType.SOCIAL_HOUSING_COMPANY,
        age_band=AgeBand.UNDER_25, household_type=HouseholdType.SINGLE, income_source=IncomeSource.WORK,
    ),
    CaseFacts(  # outreach, nobody reached, no contact since the referral on 1 April
        "c02", "2024-002", S.OUTREACH, d(2024, 4, 1), (bram(d(2024, 4, 1)),),
        source="landlord", problems=frozenset({"arrears", "nuisance"}), landlord_type=LandlordType.PRIVATE,
        age_band=AgeBand.FROM_35, household_type=HouseholdType.SINGLE_PARENT,
        income_source=IncomeSource.LIVING_WAGE,
    ),
    CaseFacts(  # last contact exactly six weeks ago, hearing exactly 30 days ahead
        "c03", "2024-003", S.INTAKE, d(2024, 3, 1), (an(d(2024, 3, 1)),),
        first_contact_on=d(2024, 3, 5), intake_on=d(2024, 3, 20), last_contact_on=d(2024, 5, 3),
        hearings=(d(2024, 7, 14),),
        source="ocmw", problems=frozenset({"upkeep"}), landlord_type=LandlordType.SOCIAL_RENTAL_AGENCY,
        age_band=AgeBand.FROM_35,
    ),
    CaseFacts(  # handed from An to Bram on 1 April; last contact one day beyond six weeks; hearing at +31
        "c04", "2023-040", S.ACTIVE, d(2023, 10, 2), (an(d(2023, 10, 2)), bram(d(2024, 4, 1))),
        first_contact_on=d(2023, 10, 5), intake_on=d(2023, 11, 2), last_contact_on=d(2024, 5, 2),
        evaluations_due=(d(2024, 6, 13),), hearings=(d(2024, 7, 15),),
        source="hospital", problems=frozenset({"upkeep"}), age_band=AgeBand.FROM_65,
        household_type=HouseholdType.OTHER, income_source=IncomeSource.OTHER,
    ),
    CaseFacts(  # evaluation due today (not overdue yet), a hearing yesterday; source not registered
        "c05", "2024-005", S.ACTIVE, d(2024, 1, 15), (chris(d(2024, 1, 15)),),
        first_contact_on=d(2024, 1, 16), intake_on=d(2024, 2, 1), last_contact_on=d(2024, 6, 1),
        evaluations_due=(d(2024, 6, 14),), hearings=(d(2024, 6, 13),),
        problems=frozenset({"arrears"}), landlord_type=LandlordType.SOCIAL_HOUSING_COMPANY,
        age_band=AgeBand.FROM_50, household_type=HouseholdType.COUPLE, income_source=IncomeSource.PENSION,
    ),
    CaseFacts(  # closed on 29 February, now in aftercare with an evaluation past due
        "c06", "2023-060", S.AFTERCARE, d(2023, 6, 1), (an(d(2023, 6, 1)),),
        first_contact_on=d(2023, 6, 2), intake_on=d(2023, 6, 20), closed_on=d(2024, 2, 29),
        closing_reason="goals_reached", eviction_avoided=True, goals_achieved="yes",
        last_contact_on=d(2024, 2, 29), evaluations_due=(d(2024, 6, 1),), source="ocmw",
    ),
    CaseFacts(  # closed on the last day of Q1, evicted; its open evaluation no longer matters
        "c07", "2023-070", S.CLOSED, d(2023, 9, 1), (bram(d(2023, 9, 1)),),
        first_contact_on=d(2023, 9, 2), intake_on=d(2023, 9, 15), closed_on=d(2024, 3, 31),
        closing_reason="evicted", eviction_avoided=False, goals_achieved="no",
        last_contact_on=d(2024, 3, 1), evaluations_due=(d(2024, 3, 1),), source="police",
    ),
    CaseFacts(  # ended, closed last year
        "c08", "2023-080", S.ENDED, d(2023, 1, 10), (chris(d(2023, 1, 10)),),
        first_contact_on=d(2023, 1, 11), intake_on=d(2023, 2, 1), closed_on=d(2023, 12, 20),
        closing_reason="goals_reached", eviction_avoided=True, goals_achieved="yes", source="landlord",
    ),
    CaseFacts(  # referred, never started: closed as not_started, no problems registered
        "c09", "2024-009", S.CLOSED, d(2024, 2, 1), (an(d(2024, 2, 1)),),
        closed_on=d(2024, 4, 15), closing_reason="not_started", source="police",
    ),
    CaseFacts(  # first episode of a tenant who relapsed (c11); outcome not registered
        "c10", "2023-100", S.CLOSED, d(2023, 11, 1), (chris(d(2023, 11, 1)),),
        first_contact_on=d(2023, 11, 2), intake_on=d(2023, 11, 10), closed_on=d(2024, 1, 31),
        closing_reason="tenant_stopped", source="landlord",
    ),
    CaseFacts(  # the relapse: a new episode of c10's tenant
        "c11", "2024-011", S.INTAKE, d(2024, 5, 2), (chris(d(2024, 5, 2)),), previous_case_id="c10",
        first_contact_on=d(2024, 5, 3), intake_on=d(2024, 5, 20), last_contact_on=d(2024, 6, 10),
        source="landlord", problems=frozenset({"arrears", "upkeep"}),
        landlord_type=LandlordType.SOCIAL_HOUSING_COMPANY, age_band=AgeBand.FROM_65,
        household_type=HouseholdType.SINGLE, income_source=IncomeSource.PENSION,
    ),
    CaseFacts(  # handed from Chris to An on 1 May; a hearing today
        "c12", "2024-012", S.ACTIVE, d(2024, 2, 1), (chris(d(2024, 2, 1)), an(d(2024, 5, 1))),
        first_contact_on=d(2024, 2, 5), intake_on=d(2024, 2, 20), last_contact_on=d(2024, 6, 12),
        hearings=(d(2024, 6, 14),),
        source="ocmw", problems=frozenset({"nuisance"}), landlord_type=LandlordType.PRIVATE,
        age_band=AgeBand.FROM_25, household_type=HouseholdType.COUPLE_WITH_CHILDREN,
        income_source=IncomeSource.UNEMPLOYMENT,
    ),
    CaseFacts(  # closed end of May, partly reached its goals
        "c13", "2023-130", S.ENDED, d(2023, 3, 1), (bram(d(2023, 3, 1)),),
        first_contact_on=d(2023, 3, 2), intake_on=d(2023, 4, 1), closed_on=d(2024, 5, 31),
        closing_reason="goals_reached", eviction_avoided=True, goals_achieved="partly", source="tenant",
    ),
]  # fmt: skip


def _ids(load: CounsellorLoad, figure: LoadFigure) -> set[str]:
    return set(load.cases[figure])


def _review() -> tuple[dict[str, CounsellorLoad], CounsellorLoad]:
    rows, team = caseload_review(TEAM, TODAY)
    return {row.counsellor_id: row for row in rows}, team


# --- caseload review --------------------------------------------------------------------------------------
def test_rows_are_per_current_counsellor_by_name_then_the_team() -> None:
    rows, team = caseload_review(list(reversed(TEAM)), TODAY)
    assert [row.counsellor_name for row in rows] == ["An", "Bram", "Chris"]
    assert (team.counsellor_id, team.counsellor_name) == ("", "")
    assert all(set(row.cases) == set(LoadFigure) for row in [*rows, team])


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        # referred/outreach/intake/active: c01 c03 c12 (An), c02 c04 (Bram), c05 c11 (Chris); c06 is aftercare
        (L.RUNNING, {"an": {"c01", "c03", "c12"}, "bram": {"c02", "c04"}, "chris": {"c05", "c11"}}),
        # c01 referred and c02 in outreach, neither reached; c03 was reached and is in intake
        (L.WAITING_FIRST_CONTACT, {"an": {"c01"}, "bram": {"c02"}, "chris": set()}),
        (L.OUTREACH, {"an": set(), "bram": {"c02"}, "chris": set()}),
        (L.INTAKE, {"an": {"c03"}, "bram": set(), "chris": {"c11"}}),
        # c04 is Bram's since 1 April, c12 An's since 1 May: the current counsellor carries them
        (L.ACTIVE, {"an": {"c12"}, "bram": {"c04"}, "chris": {"c05"}}),
        (L.AFTERCARE, {"an": {"c06"}, "bram": set(), "chris": set()}),
        # closed in 2024: c06 (Feb), c09 (Apr), c07 (Mar), c13 (May), c10 (Jan); c08 closed in 2023
        (L.CLOSED_THIS_YEAR, {"an": {"c06", "c09"}, "bram": {"c07", "c13"}, "chris": {"c10"}}),
        # c04 due yesterday, c06 in aftercare due 1 June; c05 due today is not late, c07 is closed
        (L.OVERDUE_EVALUATIONS, {"an": {"c06"}, "bram": {"c04"}, "chris": set()}),
        # c03 exactly at +30 days, c12 today; c04 at +31 is too far, c05's hearing was yesterday
        (L.HEARINGS_SOON, {"an": {"c03", "c12"}, "bram": set(), "chris": set()}),
        # before 3 May: c02 (no contact, referred 1 April), c04 (2 May); c03 on 3 May is exactly six weeks
        (L.NO_RECENT_CONTACT, {"an": set(), "bram": {"c02", "c04"}, "chris": set()}),
    ],
)
def test_caseload_figures(figure: LoadFigure, expected: dict[str, set[str]]) -> None:
    rows, team = _review()
    assert {counsellor: _ids(row, figure) for counsellor, row in rows.items()} == expected
    assert sorted(team.cases[figure]) == sorted(set().union(*expected.values()))


def test_average_age_of_running_cases() -> None:
    rows, team = _review()
    # An: c01 4 days, c03 105 (1 Mar -> 14 Jun), c12 134 (1 Feb -> 14 Jun) -> 243 / 3
    assert rows["an"].average_running_age_days == pytest.approx(81.0)
    # Bram: c02 74 (1 Apr -> 14 Jun), c04 256 (2 Oct 2023 -> 14 Jun) -> 330 / 2
    assert rows["bram"].average_running_age_days == pytest.approx(165.0)
    # Chris: c05 151 (15 Jan -> 14 Jun), c11 43 (2 May -> 14 Jun) -> 194 / 2
    assert rows["chris"].average_running_age_days == pytest.approx(97.0)
    # the team: (243 + 330 + 194) / 7 running cases
    assert team.average_running_age_days == pytest.approx(767 / 7)


def test_quiet_weeks_is_a_setting() -> None:
    listed, _ = caseload_review(TEAM, TODAY, quiet_weeks=2)
    rows = {row.counsellor_id: row for row in listed}
    # before 31 May: c02 (1 Apr), c03 (3 May), c04 (2 May); c05's last contact is on 1 June
    assert _ids(rows["an"], L.NO_RECENT_CONTACT) == {"c03"}
    assert _ids(rows["bram"], L.NO_RECENT_CONTACT) == {"c02", "c04"}
    assert _ids(rows["chris"], L.NO_RECENT_CONTACT) == set()


def test_no_running_cases_means_no_average_and_no_empty_rows() -> None:
    closed_long_ago = [case for case in TEAM if case.case_id in {"c08"}]
    rows, team = caseload_review(closed_long_ago, TODAY)
    # c08 closed in 2023 counts in no column: Chris has nothing to show today
    assert rows == []
    assert team.average_running_age_days is None
    assert all(ids == [] for ids in team.cases.values())


def test_a_relapse_counts_as_its_own_episode() -> None:
    _, team = _review()
    # the tenant of c10 (closed in January) relapsed into c11: both episodes count, each once
    assert "c10" in team.cases[L.CLOSED_THIS_YEAR] and "c11" in team.cases[L.INTAKE]
    assert team.cases[L.RUNNING].count("c11") == 1


# --- who holds a case ---------------------------------------------------------------------------------------
def test_counsellor_on_a_day() -> None:
    c04 = TEAM[3]
    assert counsellor_on(c04, d(2024, 3, 31)).counsellor_id == "an"
    assert counsellor_on(c04, d(2024, 4, 1)).counsellor_id == "bram"  # from the reassignment day on
    assert counsellor_on(c04, d(2030, 1, 1)).counsellor_id == "bram"
    assert counsellor_on(c04, d(2020, 1, 1)).counsellor_id == "an"  # before any assignment: the first
    back_again = replace(c04, assignments=(*c04.assignments, an(d(2024, 6, 1))))
    assert counsellor_on(back_again, d(2024, 5, 31)).counsellor_id == "bram"
    assert counsellor_on(back_again, d(2024, 6, 1)).counsellor_id == "an"


# --- figures over a period ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def year_2024() -> TeamFigures:
    return team_figures(TEAM, year_period(2024), WORKING_TIME)


def _figure(figures: TeamFigures, key: FigureKey) -> tuple[float | None, int, set[str]]:
    item = figures.figures[key]
    assert item.base == len(item.case_ids)
    return item.value, item.base, set(item.case_ids)


def test_year_counts(year_2024: TeamFigures) -> None:
    assert list(year_2024.figures) == list(FigureKey)
    # referred in 2024: c01 c02 c03 c05 c09 c11 c12
    referred = {"c01", "c02", "c03", "c05", "c09", "c11", "c12"}
    assert _figure(year_2024, F.REFERRALS) == (7.0, 7, referred)
    # intake held and not closed before 2024: c01, c02, c09 had no intake, c08 closed in 2023;
    # the relapse c11 and its first episode c10 count once each
    guided = {"c03", "c04", "c05", "c06", "c07", "c10", "c11", "c12", "c13"}
    assert _figure(year_2024, F.CLIENTS_GUIDED) == (9.0, 9, guided)
    # closed in 2024 (the not_started c09 included): c06 c07 c09 c10 c13
    assert _figure(year_2024, F.CLOSED) == (5.0, 5, {"c06", "c07", "c09", "c10", "c13"})


def test_year_per_fte(year_2024: TeamFigures) -> None:
    # An 0.8 + Bram 1.0 + Chris 1.0 (missing from the settings) held guided cases: 9 / 2.8, scaled from
    # the 366 days of 2024 to a year of 365
    value, base, _ = _figure(year_2024, F.CLIENTS_PER_FTE_YEAR)
    assert value == pytest.approx(9 / 2.8 * 365 / 366)
    assert base == 9


def test_year_per_counsellor(year_2024: TeamFigures) -> None:
    rows = {row.counsellor_id: row for row in year_2024.per_counsellor}
    assert [row.counsellor_name for row in year_2024.per_counsellor] == ["An", "Bram", "Chris"]
    # guided: An c03 c06 + c04 (hers until 1 April) + c12 (hers from 1 May) = 4;
    # Bram c07 c13 + c04 (from 1 April) = 3; Chris c05 c10 c11 + c12 (until 1 May) = 4
    assert {key: row.guided for key, row in rows.items()} == {"an": 4, "bram": 3, "chris": 4}
    # running on 31 December: An c01 c03 c12, Bram c02 c04, Chris c05 c11
    assert {key: row.running_at_end for key, row in rows.items()} == {"an": 3, "bram": 2, "chris": 2}
    assert {key: row.working_time for key, row in rows.items()} == {"an": 0.8, "bram": 1.0, "chris": 1.0}
    assert rows["an"].clients_per_fte_year == pytest.approx(4 / 0.8 * 365 / 366)
    assert rows["bram"].clients_per_fte_year == pytest.approx(3 * 365 / 366)
    assert rows["chris"].clients_per_fte_year == pytest.approx(4 * 365 / 366)


def test_year_running_per_counsellor(year_2024: TeamFigures) -> None:
    # running on 31 December: c01 c02 c03 c04 c05 c11 c12 (aftercare c06 is not), over 3 counsellors
    running = {"c01", "c02", "c03", "c04", "c05", "c11", "c12"}
    value, base, ids = _figure(year_2024, F.RUNNING_PER_COUNSELLOR)
    assert (base, ids) == (7, running)
    assert value == pytest.approx(7 / 3)


def test_year_durations(year_2024: TeamFigures) -> None:
    # referral -> closure of the 2024 closures, not_started c09 left out:
    # c06 273 days (1 Jun 2023 -> 29 Feb), c07 212 (1 Sep -> 31 Mar), c10 91 (1 Nov -> 31 Jan),
    # c13 457 (1 Mar 2023 -> 31 May 2024) -> 1033 / 4
    assert _figure(year_2024, F.AVERAGE_TRAJECTORY_DAYS) == (258.25, 4, {"c06", "c07", "c10", "c13"})
    # intakes held in 2024: c03 19 days, c05 17, c11 18, c12 19 -> 73 / 4
    assert _figure(year_2024, F.REFERRAL_TO_INTAKE_DAYS) == (18.25, 4, {"c03", "c05", "c11", "c12"})


def test_year_outcome_shares(year_2024: TeamFigures) -> None:
    # closed in 2024 minus not_started c09 minus c10 whose outcome is unknown: c06 yes, c07 no, c13 yes
    value, base, ids = _figure(year_2024, F.EVICTION_AVOIDED_SHARE)
    assert (base, ids) == (3, {"c06", "c07", "c13"})
    assert value == pytest.approx(2 / 3)
    # same base; goals "yes" only for c06 (c07 "no", c13 "partly")
    value, base, ids = _figure(year_2024, F.GOALS_ACHIEVED_SHARE)
    assert (base, ids) == (3, {"c06", "c07", "c13"})
    assert value == pytest.approx(1 / 3)


def test_year_registration_profile(year_2024: TeamFigures) -> None:
    # over the seven referred in 2024: c01 c02 c03 c05 c09 c11 c12 (c04's hospital and c13's tenant
    # source belong to 2023 referrals and must not show)
    breakdowns = year_2024.breakdowns
    assert breakdowns[BreakdownKey.SOURCE] == {
        "landlord": 3,  # c01 c02 c11
        "ocmw": 2,  # c03 c12
        "police": 1,  # c09
        "neighbours": 0,
        "hospital": 0,
        "other_service": 0,
        "tenant": 0,
        "other": 0,
        "unknown": 1,  # c05
    }
    # c02 and c11 have two problems each; c09 has none registered
    assert breakdowns[BreakdownKey.PROBLEMS] == {"arrears": 4, "upkeep": 2, "nuisance": 2, "unknown": 1}
    assert breakdowns[BreakdownKey.LANDLORD_TYPE] == {"shm": 3, "svk": 1, "private_landlord": 2, "unknown": 1}
    assert breakdowns[BreakdownKey.AGE_BAND] == {
        "under_25": 1,  # c01
        "25_34": 1,  # c12
        "35_49": 2,  # c02 c03
        "50_64": 1,  # c05
        "65_plus": 1,  # c11 (c04 is from 2023)
        "unknown": 1,  # c09
    }
    assert breakdowns[BreakdownKey.HOUSEHOLD_TYPE] == {
        "single": 2,  # c01 c11
        "single_parent": 1,
        "couple": 1,
        "couple_with_children": 1,
        "other": 0,  # c04 is from 2023
        "unknown": 2,  # c03 c09
    }
    assert breakdowns[BreakdownKey.INCOME_SOURCE] == {
        "work": 1,
        "unemployment": 1,
        "sickness_disability": 0,
        "living_wage": 1,
        "pension": 2,  # c05 c11
        "none": 0,
        "other": 0,
        "unknown": 2,  # c03 c09
    }


def test_year_per_month_and_quarter(year_2024: TeamFigures) -> None:
    assert year_2024.referrals_per_month == {
        d(2024, 1, 1): {"unknown": 1},  # c05
        d(2024, 2, 1): {"police": 1, "ocmw": 1},  # c09 c12
        d(2024, 3, 1): {"ocmw": 1},  # c03
        d(2024, 4, 1): {"landlord": 1},  # c02
        d(2024, 5, 1): {"landlord": 1},  # c11
        d(2024, 6, 1): {"landlord": 1},  # c01
        **{d(2024, month, 1): {} for month in range(7, 13)},
    }
    assert year_2024.outcomes_per_quarter == {
        # c06 avoided; c07 evicted; c10's unknown outcome is not an avoided eviction
        (2024, 1): {Outcome.EVICTION_AVOIDED: 1, Outcome.NOT_AVOIDED: 2, Outcome.NOT_STARTED: 0},
        # c13 avoided, c09 never started
        (2024, 2): {Outcome.EVICTION_AVOIDED: 1, Outcome.NOT_AVOIDED: 0, Outcome.NOT_STARTED: 1},
        (2024, 3): dict.fromkeys(Outcome, 0),
        (2024, 4): dict.fromkeys(Outcome, 0),
    }


def test_first_quarter_follows_who_held_the_case() -> None:
    figures = team_figures(TEAM, quarter_period(2024, 1), WORKING_TIME)
    rows = {row.counsellor_id: row for row in figures.per_counsellor}
    # running on 31 March: c03 c04 (still An's) c09 (closed 15 April) for An, c13 (closed 31 May) for
    # Bram, c05 c12 (still Chris's) for Chris; c07 closed on 31 March itself is no longer running
    value, base, ids = _figure(figures, F.RUNNING_PER_COUNSELLOR)
    assert ids == {"c03", "c04", "c05", "c09", "c12", "c13"}
    assert value == pytest.approx(6 / 3)
    assert {key: row.running_at_end for key, row in rows.items()} == {"an": 3, "bram": 1, "chris": 2}
    # guided in Q1: An c03 c04 c06, Bram c07 c13, Chris c05 c10 c12 (c12's intake 20 Feb, An's from May)
    assert {key: row.guided for key, row in rows.items()} == {"an": 3, "bram": 2, "chris": 3}
    value, base, _ = _figure(figures, F.CLIENTS_PER_FTE_YEAR)
    assert base == 8
    assert value == pytest.approx(8 / 2.8 * 365 / 91)


def test_second_quarter_reassignments() -> None:
    figures = team_figures(TEAM, quarter_period(2024, 2), WORKING_TIME)
    rows = {row.counsellor_id: row for row in figures.per_counsellor}
    # c04 went to Bram on 1 April, the quarter's first day: only Bram guided it in Q2.
    # c12 went from Chris to An on 1 May: both guided it in Q2, the team counts it once.
    # An c03 c12, Bram c04 c13 (closed 31 May), Chris c05 c11 c12
    assert {key: row.guided for key, row in rows.items()} == {"an": 2, "bram": 2, "chris": 3}
    assert _figure(figures, F.CLIENTS_GUIDED)[:2] == (6.0, 6)


def test_a_counsellor_without_guided_cases_has_no_working_time_in_the_norm() -> None:
    only_waiting = [TEAM[0], TEAM[1]]  # c01 An, c02 Bram: neither had an intake
    figures = team_figures(only_waiting, year_period(2024), WORKING_TIME)
    assert figures.figures[F.CLIENTS_PER_FTE_YEAR].value is None
    assert figures.figures[F.CLIENTS_GUIDED].base == 0
    rows = {row.counsellor_id: row for row in figures.per_counsellor}
    assert rows["an"].clients_per_fte_year == 0.0 and rows["an"].running_at_end == 1
    assert figures.figures[F.RUNNING_PER_COUNSELLOR].value == pytest.approx(1.0)  # 2 cases, 2 people


def test_an_empty_period_has_no_values() -> None:
    figures = team_figures(TEAM, year_period(2010), WORKING_TIME)
    assert figures.per_counsellor == []
    for key in (
        F.CLIENTS_PER_FTE_YEAR,
        F.RUNNING_PER_COUNSELLOR,
        F.AVERAGE_TRAJECTORY_DAYS,
        F.REFERRAL_TO_INTAKE_DAYS,
        F.EVICTION_AVOIDED_SHARE,
        F.GOALS_ACHIEVED_SHARE,
    ):
        assert figures.figures[key].value is None, key
    assert figures.figures[F.REFERRALS].value == 0.0
    assert sum(figures.breakdowns[BreakdownKey.SOURCE].values()) == 0


def test_custom_period_months_and_quarters() -> None:
    figures = team_figures(TEAM, custom_period(d(2024, 3, 15), d(2024, 5, 10)), WORKING_TIME)
    # referred 15 March .. 10 May: c02 (1 Apr), c11 (2 May); c03 (1 Mar) is before
    assert figures.referrals_per_month == {
        d(2024, 3, 1): {},
        d(2024, 4, 1): {"landlord": 1},
        d(2024, 5, 1): {"landlord": 1},
    }
    # closed: c07 (31 Mar) in Q1, c09 (15 Apr, not started) in Q2; c13 (31 May) falls after the period
    assert figures.outcomes_per_quarter == {
        (2024, 1): {Outcome.EVICTION_AVOIDED: 0, Outcome.NOT_AVOIDED: 1, Outcome.NOT_STARTED: 0},
        (2024, 2): {Outcome.EVICTION_AVOIDED: 0, Outcome.NOT_AVOIDED: 0, Outcome.NOT_STARTED: 1},
    }
    # c07's 212 days; c09 is not_started
    assert _figure(figures, F.AVERAGE_TRAJECTORY_DAYS) == (212.0, 1, {"c07"})
    assert _figure(figures, F.EVICTION_AVOIDED_SHARE) == (0.0, 1, {"c07"})
