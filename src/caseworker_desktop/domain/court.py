"""The side threads of a case: the court procedure, the arrears with their payment plan, an FBU
application and the meetings of the local advisory committee (LAC). Pure rules, no Qt, no SQL.

Court procedure
    petition filed → hearing(s) → judgment → eviction date announced → eviction carried out.
    For an announced eviction the date is the day the bailiff announced for the eviction, not the
    day the letter came. Dates that contradict the procedure are *refused* with a code (the event is
    not saved): nothing can precede the petition that opened the procedure; an eviction carried out
    needs an announced eviction date on or before it, and a case has only one; an announced eviction
    date cannot precede every recorded judgment. Gaps that are only *unusual* — a judgment with no
    hearing recorded before it (the counsellor may have joined late), an announced eviction with no
    judgment recorded at all — are saved and shown as warnings. A hearing after a judgment is fine:
    opposition against a judgment by default leads to a new hearing.

Payment plan
    The total arrears are paid in monthly instalments from the first due date, every instalment the
    same amount except the last, which is what is left (so the instalments always add up to the
    total). Either the instalment or the number of instalments may be left out and is computed from
    the other. Money paid is applied to the oldest instalment first, so a late or a double payment
    catches up what was missed; an instalment the counsellor marked as missed stays missed until the
    money covers it. The remaining arrears are never negative (an overpayment is reported apart).

FBU (Fonds ter Bestrijding van Uithuiszettingen)
    Can help when the arrears are between 2 and 6 months' rent, on three conditions: the tenant accepts
    housing support, accepts budget counselling, and has a positive budget plan. The check returns the
    unmet conditions as codes; it advises, the fund decides.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed

EARLIEST = date(2000, 1, 1)
YEARS_AHEAD = 3
NOTES_MAX = 2000
DECISION_MAX = 4000
HEARING_SOON_DAYS = 14
MAX_INSTALMENTS = 120
FBU_MIN_MONTHS = 2
FBU_MAX_MONTHS = 6

T = TypeVar("T")


def latest_planned(today: date) -> date:
    """The furthest date a planned hearing, due date or meeting can be set to."""
    return today + timedelta(days=365 * YEARS_AHEAD)


def check_date(
    value: date | None, today: date, *, allow_future: bool, required: bool = True
) -> date | Issue | None:
    """A date within the sane window: not before 2000, not in the future for facts, and not more than
    three years ahead for planned dates."""
    if value is None:
        return Issue("required") if required else None
    if value < EARLIEST:
        return Issue("court_date_too_early", {"earliest": EARLIEST.isoformat()})
    if not allow_future and value > today:
        return Issue("date_in_future")
    if value > latest_planned(today):
        return Issue("court_date_too_far_ahead", {"years": YEARS_AHEAD})
    return value


class _Collector:
    """Gathers every field's problem so a form can show them all at once."""

    def __init__(self) -> None:
        self.issues: dict[str, Issue] = {}

    def take(self, name: str, result: T | Issue) -> T | None:
        if isinstance(result, Issue):
            self.issues[name] = result
            return None
        return result

    def raise_if_any(self) -> None:
        if self.issues:
            raise ValidationFailed(dict(self.issues))


# --- court procedure ------------------------------------------------------------------------------


class CourtEventKind(StrEnum):
    PETITION = "petition"
    HEARING = "hearing"
    JUDGMENT = "judgment"
    EVICTION_ANNOUNCED = "eviction_announced"
    EVICTION_DONE = "eviction_done"


# Facts that have happened cannot be dated in the future; a hearing, a judgment pronounced on a set
# day and an announced eviction date can.
PAST_ONLY = frozenset({CourtEventKind.PETITION, CourtEventKind.EVICTION_DONE})


@dataclass
class CourtEventInput:
    kind: CourtEventKind | None = None
    on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class CourtEventData:
    kind: CourtEventKind
    on: date
    notes: str


def validate_court_event(data: CourtEventInput, today: date) -> CourtEventData:
    found = _Collector()
    if data.kind is None:
        found.issues["kind"] = Issue("required")
    on = found.take(
        "on", check_date(data.on, today, allow_future=data.kind is not None and data.kind not in PAST_ONLY)
    )
    notes = found.take("notes", fields.optional_text(data.notes, NOTES_MAX))
    found.raise_if_any()
    assert data.kind is not None and on is not None and notes is not None
    return CourtEventData(data.kind, on, notes)


@dataclass(frozen=True)
class CourtFact:
    """One recorded event as the order check sees it."""

    id: str
    kind: CourtEventKind
    on: date


@dataclass(frozen=True)
class OrderProblem:
    event_id: str
    issue: Issue
    refused: bool  # False: saved, shown as a warning


def _about(event: CourtFact, code: str, **params: str) -> Issue:
    return Issue(code, {"event": event.kind.value, "on": event.on.isoformat(), **params})


def order_problems(events: Iterable[CourtFact]) -> tuple[OrderProblem, ...]:
    """Every place where the recorded events contradict, or oddly skip, the order of the procedure."""
    listed = sorted(events, key=lambda e: (e.on, list(CourtEventKind).index(e.kind), e.id))

    def dates(kind: CourtEventKind) -> list[date]:
        return [e.on for e in listed if e.kind == kind]

    petitions = dates(CourtEventKind.PETITION)
    hearings = dates(CourtEventKind.HEARING)
    judgments = dates(CourtEventKind.JUDGMENT)
    announced = dates(CourtEventKind.EVICTION_ANNOUNCED)
    problems: list[OrderProblem] = []
    evictions_done = 0
    for event in listed:
        if petitions and event.kind != CourtEventKind.PETITION and event.on < petitions[0]:
            issue = _about(event, "court_before_petition", petition_on=petitions[0].isoformat())
            problems.append(OrderProblem(event.id, issue, True))
        if event.kind == CourtEventKind.JUDGMENT and not any(h <= event.on for h in hearings):
            problems.append(OrderProblem(event.id, _about(event, "court_judgment_without_hearing"), False))
        if event.kind == CourtEventKind.EVICTION_ANNOUNCED and not any(j <= event.on for j in judgments):
            if judgments:
                issue = _about(event, "court_announced_before_judgment", judgment_on=judgments[0].isoformat())
                problems.append(OrderProblem(event.id, issue, True))
            else:
                issue = _about(event, "court_announced_without_judgment")
                problems.append(OrderProblem(event.id, issue, False))
        if event.kind == CourtEventKind.EVICTION_DONE:
            evictions_done += 1
            if evictions_done > 1:
                problems.append(OrderProblem(event.id, _about(event, "court_eviction_done_twice"), True))
            if not announced:
                issue = _about(event, "court_eviction_needs_announcement")
                problems.append(OrderProblem(event.id, issue, True))
            elif announced[0] > event.on:
                issue = _about(
                    event, "court_eviction_before_announced", announced_on=announced[0].isoformat()
                )
                problems.append(OrderProblem(event.id, issue, True))
    return tuple(problems)


def check_order_change(before: Iterable[CourtFact], after: Iterable[CourtFact]) -> tuple[Issue, ...]:
    """Refuse a change (add, edit or removal) that makes the procedure contradict itself; returns the
    warnings of the changed procedure. Contradictions already there (say, from two laptops syncing) do
    not block an unrelated change."""
    known = {(p.event_id, p.issue.code) for p in order_problems(before) if p.refused}
    problems = order_problems(after)
    for problem in problems:
        if problem.refused and (problem.event_id, problem.issue.code) not in known:
            raise RuleViolation(problem.issue.code, **problem.issue.params)
    return tuple(p.issue for p in problems if not p.refused)


@dataclass(frozen=True)
class Upcoming:
    on: date
    days_to_go: int
    soon: bool  # within HEARING_SOON_DAYS: time to remind and motivate the tenant


def next_of_kind(events: Iterable[CourtFact], kind: CourtEventKind, today: date) -> Upcoming | None:
    """The first event of this kind today or later, with the days to go."""
    coming = sorted(e.on for e in events if e.kind == kind and e.on >= today)
    if not coming:
        return None
    days = (coming[0] - today).days
    return Upcoming(coming[0], days, days <= HEARING_SOON_DAYS)


# --- payment plan ---------------------------------------------------------------------------------


@dataclass
class PaymentPlanInput:
    """As typed: amounts in Belgian notation; instalment or number of instalments may be empty."""

    total: str = ""
    instalment: str = ""
    instalments: str = ""
    first_due_on: date | None = None


@dataclass(frozen=True)
class PaymentPlanTerms:
    total_cents: int
    instalment_cents: int
    instalments: int
    first_due_on: date


def _ceil_div(a: int, b: int) -> int:
    return -(-a // b)


def instalments_needed(total_cents: int, instalment_cents: int) -> int:
    return _ceil_div(total_cents, instalment_cents)


def _positive(result: int | Issue | None, *, required: bool) -> int | Issue | None:
    if result is None:
        return Issue("required") if required else None
    if isinstance(result, int) and result <= 0:
        return Issue("arrears_amount_positive")
    return result


def validate_plan(data: PaymentPlanInput, today: date) -> PaymentPlanTerms:
    found = _Collector()
    total = found.take("total", _positive(fields.amount_cents(data.total), required=True))
    instalment = found.take("instalment", _positive(fields.amount_cents(data.instalment), required=False))
    count = found.take("instalments", fields.whole_number(data.instalments, 1, MAX_INSTALMENTS))
    first = found.take("first_due_on", check_date(data.first_due_on, today, allow_future=True))
    if "instalment" not in found.issues and "instalments" not in found.issues:
        if instalment is None and count is None:
            found.issues["instalment"] = Issue("arrears_instalment_or_count")
        elif total is not None:
            if instalment is not None and instalment > total:
                found.issues["instalment"] = Issue("arrears_instalment_above_total")
            elif instalment is not None:
                needed = instalments_needed(total, instalment)
                if count is None and needed > MAX_INSTALMENTS:
                    found.issues["instalment"] = Issue(
                        "arrears_too_many_instalments", {"maximum": MAX_INSTALMENTS, "needed": needed}
                    )
                elif count is not None and count != needed:
                    found.issues["instalments"] = Issue(
                        "arrears_instalments_mismatch",
                        {"instalment": fields.format_cents(instalment), "expected": needed, "given": count},
                    )
                count = needed if count is None else count
            elif count is not None:
                instalment = _ceil_div(total, count)
                needed = instalments_needed(total, instalment)
                if needed != count:
                    found.issues["instalments"] = Issue(
                        "arrears_instalments_mismatch",
                        {"instalment": fields.format_cents(instalment), "expected": needed, "given": count},
                    )
    found.raise_if_any()
    assert total is not None and instalment is not None and count is not None and first is not None
    return PaymentPlanTerms(total, instalment, count, first)


def add_months(start: date, months: int) -> date:
    """Same day of the month, `months` later; the 31st becomes the last day of a shorter month."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Instalment:
    number: int  # from 1
    due_on: date
    amount_cents: int


def schedule(terms: PaymentPlanTerms) -> tuple[Instalment, ...]:
    """Monthly instalments from the first due date; the last one is what is left of the total."""
    rows = []
    for index in range(terms.instalments):
        last = index == terms.instalments - 1
        amount = terms.total_cents - terms.instalment_cents * index if last else terms.instalment_cents
        rows.append(Instalment(index + 1, add_months(terms.first_due_on, index), amount))
    return tuple(rows)


class InstalmentState(StrEnum):
    PAID = "paid"
    PARTLY_PAID = "partly_paid"  # some money in, not yet due
    MISSED = "missed"  # marked missed by the counsellor, not covered since
    OVERDUE = "overdue"  # due date passed, not (fully) paid, not marked
    OPEN = "open"  # due today or later, nothing paid yet


@dataclass(frozen=True)
class PaymentFact:
    """A recorded payment, or a missed instalment (missed=True, no money)."""

    id: str
    due_on: date
    paid_on: date | None
    amount_cents: int
    missed: bool


@dataclass(frozen=True)
class InstalmentStatus:
    number: int
    due_on: date
    amount_cents: int
    paid_cents: int
    state: InstalmentState
    marked_missed: bool  # the counsellor marked it missed (it may have been caught up since)


@dataclass(frozen=True)
class PlanStatus:
    as_of: date
    instalments: tuple[InstalmentStatus, ...]
    total_cents: int
    paid_cents: int
    remaining_cents: int  # never negative
    overpaid_cents: int
    behind_cents: int  # what should have been paid before today and was not
    missed: int
    overdue: int
    next_due: InstalmentStatus | None  # first instalment not paid, due today or later

    @property
    def completed(self) -> bool:
        return self.remaining_cents == 0


def plan_status(terms: PaymentPlanTerms, payments: Iterable[PaymentFact], as_of: date) -> PlanStatus:
    """What is paid, missed and overdue as of a day, and what remains. Payments made after `as_of`
    do not count yet; money goes to the oldest instalment first."""
    facts = list(payments)
    paid = sum(p.amount_cents for p in facts if not p.missed and p.paid_on is not None and p.paid_on <= as_of)
    marked = {p.due_on for p in facts if p.missed and p.due_on <= as_of}
    money = paid
    rows: list[InstalmentStatus] = []
    for item in schedule(terms):
        covered = min(money, item.amount_cents)
        money -= covered
        if covered == item.amount_cents:
            state = InstalmentState.PAID
        elif item.due_on in marked:
            state = InstalmentState.MISSED
        elif item.due_on < as_of:
            state = InstalmentState.OVERDUE
        elif covered:
            state = InstalmentState.PARTLY_PAID
        else:
            state = InstalmentState.OPEN
        rows.append(
            InstalmentStatus(
                item.number, item.due_on, item.amount_cents, covered, state, item.due_on in marked
            )
        )
    owed_before_today = sum(r.amount_cents for r in rows if r.due_on < as_of)
    return PlanStatus(
        as_of=as_of,
        instalments=tuple(rows),
        total_cents=terms.total_cents,
        paid_cents=paid,
        remaining_cents=max(0, terms.total_cents - paid),
        overpaid_cents=max(0, paid - terms.total_cents),
        behind_cents=max(0, owed_before_today - paid),
        missed=sum(1 for r in rows if r.state == InstalmentState.MISSED),
        overdue=sum(1 for r in rows if r.state == InstalmentState.OVERDUE),
        next_due=next(
            (r for r in rows if r.state != InstalmentState.PAID and r.due_on >= as_of),
            None,
        ),
    )


@dataclass
class PaymentInput:
    due_on: date | None = None  # the instalment it is for
    paid_on: date | None = None
    amount: str = ""


@dataclass(frozen=True)
class PaymentData:
    due_on: date
    paid_on: date
    amount_cents: int


def _instalment_date(due_on: date | None, due_dates: Sequence[date]) -> date | Issue:
    if due_on is None:
        return Issue("required")
    if due_on not in due_dates:
        return Issue("arrears_not_an_instalment")
    return due_on


def validate_payment(data: PaymentInput, due_dates: Sequence[date], today: date) -> PaymentData:
    found = _Collector()
    due_on = found.take("due_on", _instalment_date(data.due_on, due_dates))
    paid_on = found.take("paid_on", check_date(data.paid_on, today, allow_future=False))
    amount = found.take("amount", _positive(fields.amount_cents(data.amount), required=True))
    found.raise_if_any()
    assert due_on is not None and paid_on is not None and amount is not None
    return PaymentData(due_on, paid_on, amount)


def check_missed(due_on: date | None, due_dates: Sequence[date], today: date) -> date:
    """An instalment can be marked missed once its due date has come."""
    result = _instalment_date(due_on, due_dates)
    if isinstance(result, Issue):
        raise ValidationFailed({"due_on": result})
    if result > today:
        raise ValidationFailed({"due_on": Issue("arrears_missed_not_yet_due")})
    return result


def payment_warnings(status: PlanStatus, amount_cents: int) -> tuple[Issue, ...]:
    """Advice on a payment about to be recorded: it pays more than what remains."""
    if amount_cents > status.remaining_cents:
        return (
            Issue(
                "arrears_payment_above_remaining",
                {"remaining": fields.format_cents(status.remaining_cents)},
            ),
        )
    return ()


# --- FBU and LAC ----------------------------------------------------------------------------------


class FbuStatus(StrEnum):
    SUBMITTED = "submitted"
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass
class FbuInput:
    applied_on: date | None = None
    arrears_months: str = ""
    support_accepted: bool = False
    budget_counselling: bool = False
    positive_budget_plan: bool = False
    status: FbuStatus = FbuStatus.SUBMITTED
    decided_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class FbuData:
    applied_on: date
    arrears_months: int
    support_accepted: bool
    budget_counselling: bool
    positive_budget_plan: bool
    status: FbuStatus
    decided_on: date | None
    notes: str


def validate_fbu(data: FbuInput, today: date) -> FbuData:
    found = _Collector()
    applied_on = found.take("applied_on", check_date(data.applied_on, today, allow_future=False))
    months = found.take("arrears_months", fields.whole_number(data.arrears_months, 0, MAX_INSTALMENTS))
    if months is None and "arrears_months" not in found.issues:
        found.issues["arrears_months"] = Issue("required")
    decided_on: date | None = None
    if data.status != FbuStatus.SUBMITTED:
        decided_on = found.take("decided_on", check_date(data.decided_on, today, allow_future=False))
        if decided_on is not None and applied_on is not None and decided_on < applied_on:
            found.issues["decided_on"] = Issue("fbu_decided_before_applied")
    notes = found.take("notes", fields.optional_text(data.notes, NOTES_MAX))
    found.raise_if_any()
    assert applied_on is not None and months is not None and notes is not None
    return FbuData(
        applied_on,
        months,
        data.support_accepted,
        data.budget_counselling,
        data.positive_budget_plan,
        data.status,
        decided_on,
        notes,
    )


def fbu_unmet_conditions(
    arrears_months: int | None,
    support_accepted: bool,
    budget_counselling: bool,
    positive_budget_plan: bool,
) -> tuple[Issue, ...]:
    """The FBU conditions this situation does not meet (empty: eligible)."""
    unmet: list[Issue] = []
    bounds = {"minimum": FBU_MIN_MONTHS, "maximum": FBU_MAX_MONTHS}
    if arrears_months is None:
        unmet.append(Issue("fbu_arrears_unknown", bounds))
    elif arrears_months < FBU_MIN_MONTHS:
        unmet.append(Issue("fbu_arrears_too_low", {**bounds, "months": arrears_months}))
    elif arrears_months > FBU_MAX_MONTHS:
        unmet.append(Issue("fbu_arrears_too_high", {**bounds, "months": arrears_months}))
    if not support_accepted:
        unmet.append(Issue("fbu_support_not_accepted"))
    if not budget_counselling:
        unmet.append(Issue("fbu_no_budget_counselling"))
    if not positive_budget_plan:
        unmet.append(Issue("fbu_budget_plan_not_positive"))
    return tuple(unmet)


def arrears_in_months(arrears_cents: int | None, monthly_rent_cents: int | None) -> int | None:
    """Arrears expressed in whole months of rent, rounded half up; None when unknown."""
    if arrears_cents is None or not monthly_rent_cents:
        return None
    return (2 * arrears_cents + monthly_rent_cents) // (2 * monthly_rent_cents)


@dataclass
class LacInput:
    on: date | None = None
    decision: str = ""


@dataclass(frozen=True)
class LacData:
    on: date
    decision: str


def validate_lac(data: LacInput, today: date) -> LacData:
    """A meeting may be planned ahead; its decision can only be written once it has been held."""
    found = _Collector()
    on = found.take("on", check_date(data.on, today, allow_future=True))
    decision = found.take("decision", fields.optional_text(data.decision, DECISION_MAX))
    if on is not None and on > today and decision:
        found.issues["decision"] = Issue("lac_decision_before_meeting")
    found.raise_if_any()
    assert on is not None and decision is not None
    return LacData(on, decision)
