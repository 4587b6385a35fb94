"""The team leader's figures: what each case contributes, and the rules that turn those facts into a
caseload review and the funder's registration and outcome figures.

Everything here works on `CaseFacts`, plain metadata and dates read from the store: no names, no
addresses, no free text. The figures are therefore the same on any laptop that holds the same cases,
and an export built from them cannot carry identifying data in the first place.

Counting rules worth knowing:
- A case file is one episode. A relapse opens a new episode linked to the old one; each counts once.
- Running means referred, outreach, intake or active. Aftercare is not running.
- A reassigned case belongs to its new counsellor from the day of the reassignment, and to the old one
  before it.

Caseload review (on a given day; each case under its current counsellor, the team row lists every
case once; a counsellor whose cases all count in no column has no row):
- Waiting for a first contact: referred or outreach, and nobody reached the tenant yet.
- Closed this year: no longer running, closed_on in today's calendar year.
- Overdue evaluations: running or aftercare, a planned evaluation dated before today.
- Hearings soon: a hearing from today up to and including today + 30 days, whatever the status.
- No recent contact: running, and the last contact (the referral when there was none) lies more
  than the set number of weeks before today; exactly that many weeks is not yet "longer than".

Figures over a period (both ends included):
- Guided: intake held on or before the end, and not closed before the start. A counsellor counts a
  guided episode when they held it during the guided part of the period, so a case reassigned
  mid-period counts for both; the team counts it once.
- Clients per FTE-year: guided / the summed working time of the counsellors who guided in the period
  (missing = full time), scaled from the period's days to 365.
- Running at the end: referred on or before the end and not closed on or before it (an episode
  without a closing date counts only while its status is a running one); per counsellor under the
  one holding it on the end date; "running per counsellor" divides by the counsellors holding one.
- Trajectory length and the outcome shares leave out episodes closed as not_started (guidance never
  began); a share also leaves out the episodes whose outcome was not registered (None).
- The registration profile counts the episodes referred in the period; a value not registered counts
  as "unknown", and an episode without any registered problem counts once under "unknown".
- Outcomes per quarter: not_started, eviction avoided, or otherwise not avoided.

Suppression (exports): a count from 1 up to the threshold is hidden; zero is shown, it reveals
nobody. Hidden cells are then complemented with the smallest shown non-zero cells until at least two
are hidden, together they reach the threshold and they are not all ones (a hidden cell is never zero,
so k hidden cells adding up to k would each be 1). Neither one hidden cell nor a small hidden group
can then be worked back from the group's total. A group whose total is itself below the threshold
must have that total hidden by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import GoalsAchieved
from caseworker_desktop.domain.referral import Problem, ReferralSource, Relation
from caseworker_desktop.domain.status import RUNNING, CaseStatus, ClosingReason

# Reference values the field uses (DOMAIN.md, "Figures the field uses").
NORM_CLIENTS_PER_FTE_YEAR = 27
REFERENCE_RUNNING_PER_COUNSELLOR = 20
REFERENCE_TRAJECTORY_MONTHS = 9
REFERENCE_REFERRAL_TO_INTAKE_DAYS = 30
REFERENCE_EVICTION_AVOIDED = (0.78, 0.88)  # the range reported in the field
# An exported group smaller than this is hidden: with fewer tenants behind a number, someone who knows
# the neighbourhood could tell who they are.
SUPPRESSION_THRESHOLD = 5
DEFAULT_QUIET_WEEKS = 6  # "no contact for longer than" in the caseload review, a profile setting
HEARING_HORIZON_DAYS = 30


class IncomeSource(StrEnum):
    """The household's main income, registered at intake (Intake.income_source)."""

    WORK = "work"
    UNEMPLOYMENT = "unemployment"
    SICKNESS_DISABILITY = "sickness_disability"
    LIVING_WAGE = "living_wage"  # leefloon from the OCMW
    PENSION = "pension"
    NONE = "none"
    OTHER = "other"


class HouseholdType(StrEnum):
    """Derived from the household members registered with the client."""

    SINGLE = "single"
    SINGLE_PARENT = "single_parent"
    COUPLE = "couple"
    COUPLE_WITH_CHILDREN = "couple_with_children"
    OTHER = "other"


class AgeBand(StrEnum):
    """The tenant's age on the referral date."""

    UNDER_25 = "under_25"
    FROM_25 = "25_34"
    FROM_35 = "35_49"
    FROM_50 = "50_64"
    FROM_65 = "65_plus"
    UNKNOWN = "unknown"


class LandlordType(StrEnum):
    SOCIAL_HOUSING_COMPANY = "shm"
    SOCIAL_RENTAL_AGENCY = "svk"
    PRIVATE = "private_landlord"
    UNKNOWN = "unknown"


class LoadFigure(StrEnum):
    """The columns of the caseload review, each backed by a list of cases."""

    RUNNING = "running"
    WAITING_FIRST_CONTACT = "waiting_first_contact"  # referred, nobody reached the tenant yet
    OUTREACH = "outreach"
    INTAKE = "intake"
    ACTIVE = "active"
    AFTERCARE = "aftercare"
    CLOSED_THIS_YEAR = "closed_this_year"
    OVERDUE_EVALUATIONS = (
        "overdue_evaluations"  # running or aftercare cases with a planned evaluation past due
    )
    HEARINGS_SOON = "hearings_soon"  # a court hearing within HEARING_HORIZON_DAYS from today
    NO_RECENT_CONTACT = (
        "no_recent_contact"  # running, last contact (or referral) longer ago than the set weeks
    )


@dataclass(frozen=True)
class Assignment:
    """Who holds a case from a given day on."""

    counsellor_id: str
    counsellor_name: str
    since: date


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """One episode as the figures see it. Read in bulk by the store, never edited."""

    case_id: str
    number: str
    status: CaseStatus
    referral_date: date
    assignments: tuple[Assignment, ...]  # oldest first; the first one since the referral date
    previous_case_id: str | None = None
    first_contact_on: date | None = None  # first time the tenant was reached (outreach or a contact)
    intake_on: date | None = None
    closed_on: date | None = None
    closing_reason: str | None = None
    eviction_avoided: bool | None = None
    goals_achieved: str | None = None  # GoalsAchieved value
    last_contact_on: date | None = None
    evaluations_due: tuple[date, ...] = ()  # planned evaluations not held yet
    hearings: tuple[date, ...] = ()
    source: str | None = None  # ReferralSource value
    problems: frozenset[str] = frozenset()  # Problem values
    landlord_type: LandlordType = LandlordType.UNKNOWN
    age_band: AgeBand = AgeBand.UNKNOWN
    household_type: HouseholdType | None = None
    income_source: IncomeSource | None = None

    @property
    def counsellor(self) -> Assignment:
        return self.assignments[-1]


@dataclass(frozen=True)
class Period:
    """A reporting period, both ends included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass
class CounsellorLoad:
    counsellor_id: str
    counsellor_name: str
    cases: dict[LoadFigure, list[str]] = field(default_factory=dict)  # figure -> case ids
    average_running_age_days: float | None = None


class Outcome(StrEnum):
    """What a closed episode reached, for the outcome figures and the per-quarter chart."""

    EVICTION_AVOIDED = "eviction_avoided"
    NOT_AVOIDED = "not_avoided"
    NOT_STARTED = "not_started"  # closed before any guidance began (ClosingReason.NOT_STARTED)


class FigureKey(StrEnum):
    """The registration and outcome figures over a period, in the order a report lists them."""

    REFERRALS = "referrals"  # episodes referred in the period
    CLIENTS_GUIDED = "clients_guided"  # episodes guided at some time in the period (intake held)
    CLIENTS_PER_FTE_YEAR = "clients_per_fte_year"  # guided / team FTE, scaled to a year; norm 27
    RUNNING_PER_COUNSELLOR = "running_per_counsellor"  # at the period's end; reference 20
    AVERAGE_TRAJECTORY_DAYS = "average_trajectory_days"  # referral to closure, closed in the period
    REFERRAL_TO_INTAKE_DAYS = "referral_to_intake_days"  # average, intakes held in the period; aim 30
    CLOSED = "closed"  # episodes closed in the period
    EVICTION_AVOIDED_SHARE = "eviction_avoided_share"  # of closed in the period, not counting not_started
    GOALS_ACHIEVED_SHARE = "goals_achieved_share"  # goals achieved "yes", same base


class BreakdownKey(StrEnum):
    """The registration profile, counted over the episodes referred in the period."""

    SOURCE = "source"
    PROBLEMS = "problems"  # an episode can have several: counts add up to more than the total
    LANDLORD_TYPE = "landlord_type"
    AGE_BAND = "age_band"
    HOUSEHOLD_TYPE = "household_type"
    INCOME_SOURCE = "income_source"


# Which values each breakdown counts its episodes by, in print order.
BREAKDOWN_VALUES: dict[BreakdownKey, type[StrEnum]] = {
    BreakdownKey.SOURCE: ReferralSource,
    BreakdownKey.PROBLEMS: Problem,
    BreakdownKey.LANDLORD_TYPE: LandlordType,
    BreakdownKey.AGE_BAND: AgeBand,
    BreakdownKey.HOUSEHOLD_TYPE: HouseholdType,
    BreakdownKey.INCOME_SOURCE: IncomeSource,
}


@dataclass(frozen=True)
class Figure:
    key: FigureKey
    value: float | None  # None when there is nothing to compute it from
    base: int  # the number of episodes behind it
    case_ids: tuple[str, ...] = ()  # for clicking through; never exported


@dataclass(frozen=True)
class CounsellorFigures:
    counsellor_id: str
    counsellor_name: str
    working_time: float  # full-time equivalent, 0 < x <= 1
    guided: int
    running_at_end: int
    clients_per_fte_year: float | None


@dataclass(frozen=True)
class TeamFigures:
    period: Period
    figures: dict[FigureKey, Figure]
    per_counsellor: list[CounsellorFigures]
    breakdowns: dict[BreakdownKey, dict[str, int]]  # category value -> episodes ("unknown" included)
    referrals_per_month: dict[date, dict[str, int]]  # first day of month -> source -> episodes
    outcomes_per_quarter: dict[tuple[int, int], dict[Outcome, int]]  # (year, quarter) -> closed episodes


UNKNOWN = "unknown"  # the category of a value that was never registered
MAX_PERIOD_YEARS = 5
_NOT_STARTED = ClosingReason.NOT_STARTED.value
_GOALS_YES = GoalsAchieved.YES.value
_WAITING = frozenset({CaseStatus.REFERRED, CaseStatus.OUTREACH})


# --- periods -------------------------------------------------------------------------------------------
def year_period(year: int) -> Period:
    if not 1 <= year <= 9999:
        raise RuleViolation("period_invalid", year=year)
    return Period(date(year, 1, 1), date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    if not 1 <= quarter <= 4 or not 1 <= year <= 9999:
        raise RuleViolation("period_invalid", year=year, quarter=quarter)
    first_month = 3 * quarter - 2
    start = date(year, first_month, 1)
    return Period(start, _next_month(date(year, first_month + 2, 1)) - timedelta(days=1))


def custom_period(start: date, end: date) -> Period:
    """A period the team leader picks; at most five years, so a figure stays about the team of today."""
    if end < start:
        raise RuleViolation("period_invalid", reason="end_before_start")
    if end >= _years_later(start, MAX_PERIOD_YEARS):
        raise RuleViolation("period_invalid", reason="too_long", years=MAX_PERIOD_YEARS)
    return Period(start, end)


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none: the day after 28 February
        return date(day.year + years, 3, 1)


def _next_month(first: date) -> date:
    return date(first.year + 1, 1, 1) if first.month == 12 else date(first.year, first.month + 1, 1)


def months_of(period: Period) -> list[date]:
    """The first day of every month the period touches, in order."""
    month = period.start.replace(day=1)
    months = []
    while month <= period.end:
        months.append(month)
        month = _next_month(month)
    return months


def quarters_of(period: Period) -> list[tuple[int, int]]:
    """(year, quarter 1-4) of every quarter the period touches, in order."""
    quarters: list[tuple[int, int]] = []
    for month in months_of(period):
        key = (month.year, (month.month - 1) // 3 + 1)
        if not quarters or quarters[-1] != key:
            quarters.append(key)
    return quarters


# --- profile values ------------------------------------------------------------------------------------
def age_band(birth: date | None, on: date) -> AgeBand:
    """The age band on a day (the referral date); a birth date after that day is a typing error."""
    if birth is None:
        return AgeBand.UNKNOWN
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    if age < 0:
        return AgeBand.UNKNOWN
    if age < 25:
        return AgeBand.UNDER_25
    if age < 35:
        return AgeBand.FROM_25
    if age < 50:
        return AgeBand.FROM_35
    if age < 65:
        return AgeBand.FROM_50
    return AgeBand.FROM_65


def household_type(relations: Iterable[str]) -> HouseholdType:
    """From the relations of the members living with the client (the client not among them)."""
    kinds = {str(relation) for relation in relations}
    if kinds - {Relation.PARTNER.value, Relation.CHILD.value}:
        return HouseholdType.OTHER
    partner = Relation.PARTNER.value in kinds
    children = Relation.CHILD.value in kinds
    if partner and children:
        return HouseholdType.COUPLE_WITH_CHILDREN
    if partner:
        return HouseholdType.COUPLE
    if children:
        return HouseholdType.SINGLE_PARENT
    return HouseholdType.SINGLE


# --- who holds a case ----------------------------------------------------------------------------------
def counsellor_on(case: CaseFacts, day: date) -> Assignment:
    """The counsellor holding the case on a day; before the first assignment, the first counsellor."""
    assignments = case.assignments
    held = assignments[0]
    for assignment in assignments[1:]:
        if assignment.since > day:
            break
        held = assignment
    return held


def _holders(assignments: Sequence[Assignment], first: date, last: date) -> list[Assignment]:
    """Everyone who held the case at some day from first to last (assignments oldest first)."""
    held = assignments[0]
    later: list[Assignment] = []
    for assignment in assignments[1:]:
        if assignment.since <= first:
            held = assignment
        elif assignment.since <= last:
            later.append(assignment)
        else:
            break
    return [held, *later]


# --- caseload review -----------------------------------------------------------------------------------
# The review's columns by position: in the loop a list index is much cheaper than an enum-keyed dict.
_COLUMNS = (
    LoadFigure.RUNNING,
    LoadFigure.WAITING_FIRST_CONTACT,
    LoadFigure.OUTREACH,
    LoadFigure.INTAKE,
    LoadFigure.ACTIVE,
    LoadFigure.AFTERCARE,
    LoadFigure.CLOSED_THIS_YEAR,
    LoadFigure.OVERDUE_EVALUATIONS,
    LoadFigure.HEARINGS_SOON,
    LoadFigure.NO_RECENT_CONTACT,
)
_RUN, _WAIT, _OUTREACH, _INTAKE, _ACTIVE, _AFTERCARE, _CLOSED, _OVERDUE, _HEARINGS, _QUIET = range(10)


def _load(
    counsellor_id: str, counsellor_name: str, columns: list[list[str]], days: int, running: int
) -> CounsellorLoad:
    return CounsellorLoad(
        counsellor_id,
        counsellor_name,
        dict(zip(_COLUMNS, columns, strict=True)),
        days / running if running else None,
    )


def caseload_review(
    cases: Iterable[CaseFacts], today: date, quiet_weeks: int = DEFAULT_QUIET_WEEKS
) -> tuple[list[CounsellorLoad], CounsellorLoad]:
    """Per counsellor (by name) what they carry today, and the team's row with every case once."""
    quiet_before = today - timedelta(weeks=quiet_weeks)
    horizon = today + timedelta(days=HEARING_HORIZON_DAYS)
    year = today.year
    today_ordinal = today.toordinal()
    team: list[list[str]] = [[] for _ in _COLUMNS]
    t_running, t_waiting, t_outreach, t_intake, t_active = team[:5]
    t_aftercare, t_closed, t_overdue, t_hearings, t_quiet = team[5:]
    columns: dict[str, list[list[str]]] = {}
    names: dict[str, str] = {}
    ages: dict[str, list[int]] = {}  # counsellor -> [sum of running days, running cases]
    outreach, intake, active = CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE
    aftercare = CaseStatus.AFTERCARE
    for case in cases:
        status = case.status
        running = status in RUNNING
        closed_this_year = False
        if not running:
            # Most of a large store: closed in an earlier year, nothing planned. Skip it before the
            # counsellor lookups.
            closed = case.closed_on
            closed_this_year = closed is not None and closed.year == year
            if not (closed_this_year or case.hearings or status == aftercare):
                continue
        holder = case.assignments[-1]
        counsellor_id = holder.counsellor_id
        mine = columns.get(counsellor_id)
        if mine is None:
            mine = columns[counsellor_id] = [[] for _ in _COLUMNS]
            names[counsellor_id] = holder.counsellor_name
            ages[counsellor_id] = [0, 0]
        case_id = case.case_id
        if running:
            mine[_RUN].append(case_id)
            t_running.append(case_id)
            age = ages[counsellor_id]
            age[0] += today_ordinal - case.referral_date.toordinal()
            age[1] += 1
            if status in _WAITING:
                if case.first_contact_on is None:
                    mine[_WAIT].append(case_id)
                    t_waiting.append(case_id)
                if status == outreach:
                    mine[_OUTREACH].append(case_id)
                    t_outreach.append(case_id)
            elif status == intake:
                mine[_INTAKE].append(case_id)
                t_intake.append(case_id)
            elif status == active:
                mine[_ACTIVE].append(case_id)
                t_active.append(case_id)
            if (case.last_contact_on or case.referral_date) < quiet_before:
                mine[_QUIET].append(case_id)
                t_quiet.append(case_id)
        else:
            if status == aftercare:
                mine[_AFTERCARE].append(case_id)
                t_aftercare.append(case_id)
            if closed_this_year:
                mine[_CLOSED].append(case_id)
                t_closed.append(case_id)
        due = case.evaluations_due
        if due and (running or status == aftercare) and min(due) < today:
            mine[_OVERDUE].append(case_id)
            t_overdue.append(case_id)
        if case.hearings and any(today <= hearing <= horizon for hearing in case.hearings):
            mine[_HEARINGS].append(case_id)
            t_hearings.append(case_id)
    # Someone who holds only cases that count in no column carries nothing today (often a former
    # colleague with an old hearing on file): no row.
    rows = [
        _load(counsellor_id, names[counsellor_id], mine, *ages[counsellor_id])
        for counsellor_id, mine in columns.items()
        if any(mine)
    ]
    rows.sort(key=lambda load: (load.counsellor_name.casefold(), load.counsellor_id))
    all_days = sum(days for days, _ in ages.values())
    all_running = sum(running for _, running in ages.values())
    return rows, _load("", "", team, all_days, all_running)


# --- figures over a period -----------------------------------------------------------------------------
def _categories(values: Iterable[str], *, unknown: bool = True) -> dict[str, int]:
    counts = dict.fromkeys((str(value) for value in values), 0)
    if unknown:
        counts[UNKNOWN] = 0
    return counts


def _mean(total: int, count: int) -> float | None:
    return total / count if count else None


def _share(hits: int, count: int) -> float | None:
    return hits / count if count else None


def team_figures(
    cases: Iterable[CaseFacts], period: Period, working_time: Mapping[str, float]
) -> TeamFigures:
    """The registration and outcome figures of the team over a period (rules: module docstring)."""
    start, end = period.start, period.end
    referrals: list[str] = []
    guided: list[str] = []
    running: list[str] = []
    closed_ids: list[str] = []
    trajectory_ids: list[str] = []
    trajectory_days = 0
    intake_ids: list[str] = []
    intake_days = 0
    avoided_ids: list[str] = []
    avoided_hits = 0
    goals_ids: list[str] = []
    goals_hits = 0
    names: dict[str, str] = {}
    guided_by: dict[str, int] = {}
    running_by: dict[str, int] = {}

    sources = _categories(ReferralSource)
    problems = _categories(Problem)
    landlords = _categories(LandlordType, unknown=False)
    ages = _categories(AgeBand, unknown=False)
    households = _categories(HouseholdType)
    incomes = _categories(IncomeSource)
    months: dict[date, dict[str, int]] = {month: {} for month in months_of(period)}
    quarters: dict[tuple[int, int], dict[Outcome, int]] = {
        quarter: dict.fromkeys(Outcome, 0) for quarter in quarters_of(period)
    }
    not_started, avoided, not_avoided = Outcome.NOT_STARTED, Outcome.EVICTION_AVOIDED, Outcome.NOT_AVOIDED

    for case in cases:
        closed = case.closed_on
        intake = case.intake_on
        referral = case.referral_date
        # Most of a large store closed before the period began and adds to nothing: leave it early.
        if closed is not None and closed < start and referral < start and (intake is None or intake < start):
            continue
        case_id = case.case_id

        if start <= referral <= end:
            referrals.append(case_id)
            source = case.source or UNKNOWN
            sources[source] = sources.get(source, 0) + 1
            month_sources = months[referral.replace(day=1)]
            month_sources[source] = month_sources.get(source, 0) + 1
            if case.problems:
                for problem in case.problems:
                    problems[problem] = problems.get(problem, 0) + 1
            else:
                problems[UNKNOWN] += 1
            landlords[case.landlord_type] = landlords.get(case.landlord_type, 0) + 1
            ages[case.age_band] = ages.get(case.age_band, 0) + 1
            household = case.household_type or UNKNOWN
            households[household] = households.get(household, 0) + 1
            income = case.income_source or UNKNOWN
            incomes[income] = incomes.get(income, 0) + 1

        if referral <= end and (closed > end if closed is not None else case.status in RUNNING):
            running.append(case_id)
            assignments = case.assignments
            holder = assignments[-1] if len(assignments) == 1 else counsellor_on(case, end)
            running_by[holder.counsellor_id] = running_by.get(holder.counsellor_id, 0) + 1
            names.setdefault(holder.counsellor_id, holder.counsellor_name)

        if intake is not None and intake <= end and (closed is None or closed >= start):
            guided.append(case_id)
            assignments = case.assignments
            if len(assignments) == 1:
                holder = assignments[0]
                guided_by[holder.counsellor_id] = guided_by.get(holder.counsellor_id, 0) + 1
                names.setdefault(holder.counsellor_id, holder.counsellor_name)
            else:
                first = intake if intake > start else start
                last = closed if closed is not None and closed < end else end
                counted: set[str] = set()
                for holder in _holders(assignments, first, max(first, last)):
                    if holder.counsellor_id not in counted:
                        counted.add(holder.counsellor_id)
                        guided_by[holder.counsellor_id] = guided_by.get(holder.counsellor_id, 0) + 1
                        names.setdefault(holder.counsellor_id, holder.counsellor_name)

        if intake is not None and start <= intake <= end:
            intake_ids.append(case_id)
            intake_days += (intake - referral).days

        if closed is not None and start <= closed <= end:
            closed_ids.append(case_id)
            quarter = quarters[(closed.year, (closed.month - 1) // 3 + 1)]
            if case.closing_reason == _NOT_STARTED:
                quarter[not_started] += 1
                continue
            trajectory_ids.append(case_id)
            trajectory_days += (closed - referral).days
            if case.eviction_avoided:
                quarter[avoided] += 1
            else:
                quarter[not_avoided] += 1
            if case.eviction_avoided is not None:
                avoided_ids.append(case_id)
                avoided_hits += case.eviction_avoided
            if case.goals_achieved is not None:
                goals_ids.append(case_id)
                goals_hits += case.goals_achieved == _GOALS_YES

    year_scale = 365 / period.days
    per_counsellor = []
    team_fte = 0.0
    for counsellor_id in guided_by.keys() | running_by.keys():
        fte = working_time.get(counsellor_id, 1.0)
        count = guided_by.get(counsellor_id, 0)
        if count:
            team_fte += fte
        per_counsellor.append(
            CounsellorFigures(
                counsellor_id=counsellor_id,
                counsellor_name=names[counsellor_id],
                working_time=fte,
                guided=count,
                running_at_end=running_by.get(counsellor_id, 0),
                clients_per_fte_year=count / fte * year_scale if fte > 0 else None,
            )
        )
    per_counsellor.sort(key=lambda row: (row.counsellor_name.casefold(), row.counsellor_id))

    def figure(key: FigureKey, value: float | None, ids: list[str]) -> Figure:
        return Figure(key, value, len(ids), tuple(ids))

    figures = [
        figure(FigureKey.REFERRALS, float(len(referrals)), referrals),
        figure(FigureKey.CLIENTS_GUIDED, float(len(guided)), guided),
        figure(
            FigureKey.CLIENTS_PER_FTE_YEAR,
            len(guided) / team_fte * year_scale if team_fte > 0 else None,
            guided,
        ),
        figure(FigureKey.RUNNING_PER_COUNSELLOR, _share(len(running), len(running_by)), running),
        figure(
            FigureKey.AVERAGE_TRAJECTORY_DAYS, _mean(trajectory_days, len(trajectory_ids)), trajectory_ids
        ),
        figure(FigureKey.REFERRAL_TO_INTAKE_DAYS, _mean(intake_days, len(intake_ids)), intake_ids),
        figure(FigureKey.CLOSED, float(len(closed_ids)), closed_ids),
        figure(FigureKey.EVICTION_AVOIDED_SHARE, _share(avoided_hits, len(avoided_ids)), avoided_ids),
        figure(FigureKey.GOALS_ACHIEVED_SHARE, _share(goals_hits, len(goals_ids)), goals_ids),
    ]
    return TeamFigures(
        period=period,
        figures={item.key: item for item in figures},
        per_counsellor=per_counsellor,
        breakdowns={
            BreakdownKey.SOURCE: sources,
            BreakdownKey.PROBLEMS: problems,
            BreakdownKey.LANDLORD_TYPE: landlords,
            BreakdownKey.AGE_BAND: ages,
            BreakdownKey.HOUSEHOLD_TYPE: households,
            BreakdownKey.INCOME_SOURCE: incomes,
        },
        referrals_per_month=months,
        outcomes_per_quarter=quarters,
    )


# --- suppression ---------------------------------------------------------------------------------------
def suppress(counts: Mapping[str, int], threshold: int = SUPPRESSION_THRESHOLD) -> dict[str, int | None]:
    """The counts of one group as they may be exported: None where a count is hidden."""
    shown: dict[str, int | None] = dict(counts)
    hidden = [key for key, value in counts.items() if 0 < value < threshold]
    if not hidden:
        return shown
    hidden_total = sum(counts[key] for key in hidden)
    # Smallest first, so the complement costs the reader as little as possible; ties by key, stable.
    candidates = sorted((value, key) for key, value in counts.items() if value >= threshold)
    for value, key in candidates:
        if len(hidden) >= 2 and hidden_total >= threshold and hidden_total > len(hidden):
            break
        hidden.append(key)
        hidden_total += value
    for key in hidden:
        shown[key] = None
    return shown
