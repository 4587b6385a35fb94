"""The agenda across the caseload, and its export to a calendar file.

One view of what is coming and what is overdue: planned home visits and other contacts, planned
evaluations not yet held, court hearings and other court dates, the end of aftercare, the next check of
each running payment plan, and each case's own next date.

Which cases count (see store/agenda_query.py): every case that is not deleted and not ended. A closed
or aftercare case keeps its planned contacts, court dates, payment plan and next date in the agenda —
a tenant may still be visited in aftercare and a hearing can still come — but not its planned
evaluations, since a closed plan is no longer evaluated. The aftercare ending shows only while the case
is in aftercare, and is overdue once its last day has passed without the case being ended.

Overdue means the date has passed and the thing is still open: a planned contact not logged as held, an
evaluation not held, a payment-plan instalment neither paid nor marked missed, an aftercare not ended,
a case's next date. Court dates are history once past, so they are never overdue: they show from
today on.

Speed (budget: 300 ms over 50,000 cases, tests/benchmarks/test_agenda_and_case_open.py): the read is
a handful of raw queries (store/agenda_query.py) and the items are named tuples made without a Python
constructor call, in one pass per source, sorted once at C level.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from caseworker_desktop import collector
from caseworker_desktop.documents.ics import CalendarEvent, event_uid, render_calendar
from caseworker_desktop.documents.user_files import write_private_file
from caseworker_desktop.domain.court import add_months
from caseworker_desktop.domain.fields import format_cents
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.agenda_query import AgendaSources, Row, agenda_sources
from caseworker_desktop.store.audit import AuditAction


class AgendaKind(StrEnum):
    """What an agenda item is. The order is the order within one day: hearings first."""

    HEARING = "hearing"
    COURT = "court"  # any other court date: petition, judgment, announced or carried-out eviction
    EVALUATION = "evaluation"
    HOME_VISIT = "home_visit"
    CONTACT = "contact"  # another planned contact: phone call, office meeting, consultation …
    PAYMENT_CHECK = "payment_check"
    AFTERCARE_END = "aftercare_end"
    NEXT_DATE = "next_date"


class AgendaFlag(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    COMING = "coming"


class AgendaPeriod(StrEnum):
    """How far ahead to look. Overdue items come along unless asked otherwise; OVERDUE shows only them."""

    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    ALL = "all"


DAYS_AHEAD: dict[AgendaPeriod, int | None] = {
    AgendaPeriod.TODAY: 0,
    AgendaPeriod.WEEK: 7,
    AgendaPeriod.MONTH: 30,
    AgendaPeriod.QUARTER: 90,
    AgendaPeriod.ALL: None,
}

# The contact kind code (domain/followup.ContactKind.HOME_VISIT) that makes a planned contact a visit.
HOME_VISIT_CODE = "home_visit"
HEARING_CODE = "hearing"

_SOURCES: dict[AgendaKind, str] = {
    AgendaKind.HEARING: "court",
    AgendaKind.COURT: "court",
    AgendaKind.EVALUATION: "evaluations",
    AgendaKind.HOME_VISIT: "contacts",
    AgendaKind.CONTACT: "contacts",
    AgendaKind.PAYMENT_CHECK: "plans",
    AgendaKind.AFTERCARE_END: "aftercare",
    AgendaKind.NEXT_DATE: "next_dates",
}
_TEXT_MAX = 80


class AgendaItem(NamedTuple):
    """One line of the agenda. A named tuple, not a dataclass: tens of thousands are built per read."""

    day: date
    kind: AgendaKind
    flag: AgendaFlag
    case_id: str
    case_number: str
    client_name: str  # "Last, First"
    text: str  # short, in the counsellor's own words (with whom, court notes) or instalment n/N · €
    code: str  # the court event or contact kind code behind the item; "" for the other kinds
    ref: str  # stable identity of the item (its source record), the ground of its calendar UID


@dataclass(frozen=True)
class CalendarTexts:
    """Already translated words for the calendar file; this service does not know the language.

    `summary` takes %1 (what, e.g. "Hearing") and %2 (the case number); `summary_with_name` also %3
    (the client's name) and is used only when the counsellor explicitly asks for names.
    """

    calendar_name: str
    summary: str
    summary_with_name: str


@dataclass(frozen=True)
class CalendarExport:
    path: Path
    events: int
    cases: int
    with_names: bool


def next_instalment(
    first_due_on: date, instalments: int, settled: Collection[date]
) -> tuple[int, date] | None:
    """(number counting from 1, due date) of the first instalment with no payment recorded against it
    and not marked missed: the next time to check the plan. The due dates are the arrears schedule's
    (domain/court.schedule): monthly from the first due date."""
    for n in range(instalments):
        due = add_months(first_due_on, n)
        if due not in settled:
            return n + 1, due
    return None


def next_instalment_fast(first_due_on: date, instalments: int, settled: set[str]) -> tuple[int, date] | None:
    """next_instalment for settled due dates as ISO text, without walking the schedule in the usual
    case: the first `paid` instalments settled, nothing else.

    When the first due date is a day every month has (at most the 28th), a date is an instalment
    exactly when it falls on that day of the month. So if every settled date falls on it, the
    earliest is the first due date and the latest lies `paid - 1` months on, the `paid` distinct dates
    are the first `paid` instalments and the next one lies `paid` months on. Otherwise: the walk."""
    paid = len(settled)
    if paid == 0:
        return (1, first_due_on) if instalments > 0 else None
    day = first_due_on.day
    if day <= 28 and paid < instalments:
        # No month is too short for this day, so k months on is plain month arithmetic.
        year, month = first_due_on.year, first_due_on.month - 1
        last, following = month + paid - 1, month + paid
        first_iso = first_due_on.isoformat()
        suffix = first_iso[7:]  # "-DD"
        if (
            min(settled) == first_iso
            and max(settled) == f"{year + last // 12:04d}-{last % 12 + 1:02d}{suffix}"
            and all(iso.endswith(suffix) for iso in settled)
        ):
            return paid + 1, date(year + following // 12, following % 12 + 1, day)
    return next_instalment(first_due_on, instalments, {date.fromisoformat(iso) for iso in settled})


def _short(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= _TEXT_MAX else line[: _TEXT_MAX - 1].rstrip() + "…"


_PLACEHOLDER = re.compile(r"%(\d)")


def _fill(template: str, *values: str) -> str:
    """Replace %1 %2 … in one pass, so a value that itself holds '%2' is left alone."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )


_RUNNING = frozenset({"referred", "outreach", "intake", "active"})


class _Days(dict[str, tuple[date, AgendaFlag]]):
    """ISO date text -> (date, flag), each distinct date parsed and flagged once."""

    def __init__(self, iso_today: str) -> None:
        super().__init__()
        self._today = iso_today

    def __missing__(self, iso: str) -> tuple[date, AgendaFlag]:
        today = self._today
        flag = AgendaFlag.OVERDUE if iso < today else AgendaFlag.TODAY if iso == today else AgendaFlag.COMING
        found = self[iso] = (date.fromisoformat(iso), flag)
        return found


def _build(
    sources: AgendaSources,
    wanted: frozenset[AgendaKind],
    iso_today: str,
    since: str | None,
    until: str | None,
) -> list[AgendaItem]:
    """Turn the raw rows into items. Tens of thousands of them on a large profile, so: each case's
    row (number, name, status) is looked up, not copied; each distinct date is parsed and flagged
    once; items are made with tuple.__new__ (no Python-level constructor per item); and the one sort
    is a C-level sort by date over lists appended in kind order, which keeps that order within a day.
    """
    cases: dict[str, Row] = {row[0]: row for row in sources.cases}  # id, number, status, name, next
    days = _Days(iso_today)
    new = tuple.__new__
    item = AgendaItem
    groups: dict[AgendaKind, list[AgendaItem]] = {kind: [] for kind in AgendaKind}

    visit, other = AgendaKind.HOME_VISIT, AgendaKind.CONTACT
    visits, others = groups[visit], groups[other]
    for cid, rid, on, code, with_whom in sources.contacts:
        case = cases.get(cid)
        if case is not None:
            when, flag = days[on]
            is_visit = code == HOME_VISIT_CODE
            (visits if is_visit else others).append(
                new(
                    item,
                    (
                        when, visit if is_visit else other, flag, cid, case[1], case[3],
                        _short(with_whom), code, "contact:" + rid,
                    ),
                )
            )  # fmt: skip

    kind, target = AgendaKind.EVALUATION, groups[AgendaKind.EVALUATION]
    running = _RUNNING
    for cid, rid, on in sources.evaluations:
        case = cases.get(cid)
        if case is not None and case[2] in running:  # after closure the plan is not evaluated
            when, flag = days[on]
            target.append(new(item, (when, kind, flag, cid, case[1], case[3], "", "", "evaluation:" + rid)))

    hearing, court = AgendaKind.HEARING, AgendaKind.COURT
    hearings, courts = groups[hearing], groups[court]
    for cid, rid, on, code, notes in sources.court:
        case = cases.get(cid)
        if case is not None:
            when, flag = days[on]
            is_hearing = code == HEARING_CODE
            (hearings if is_hearing else courts).append(
                new(
                    item,
                    (
                        when, hearing if is_hearing else court, flag, cid, case[1], case[3],
                        _short(notes), code, "court:" + rid,
                    ),
                )
            )  # fmt: skip

    kind, target = AgendaKind.AFTERCARE_END, groups[AgendaKind.AFTERCARE_END]
    for cid, rid, on in sources.aftercare:
        case = cases.get(cid)
        if case is not None and case[2] == "aftercare":
            when, flag = days[on]
            target.append(new(item, (when, kind, flag, cid, case[1], case[3], "", "", "aftercare:" + rid)))

    if AgendaKind.NEXT_DATE in wanted:
        kind = AgendaKind.NEXT_DATE
        low, high = since or "", until or "9999-12-31"
        groups[kind] = [
            new(item, (when, kind, flag, cid, number, name, "", "", "next:" + cid))
            for cid, number, _status, name, on in sources.cases
            if on is not None and low <= on <= high
            for when, flag in (days[on],)
        ]

    if sources.plans:
        # The active plan of a case is its latest one (services/arrears.py): renegotiating supersedes.
        active: dict[str, Row] = {}
        for row in sources.plans:
            latest = active.get(row[0])
            if latest is None or (row[5], row[6]) > (latest[5], latest[6]):
                active[row[0]] = row
        plan_ids = {row[1] for row in active.values() if row[0] in cases}
        settled: dict[str, set[str]] = {}
        for plan_id, due_on in sources.settled:
            if plan_id in plan_ids:
                found_set = settled.get(plan_id)
                if found_set is None:
                    settled[plan_id] = {due_on}
                else:
                    found_set.add(due_on)
        low_day = None if since is None else date.fromisoformat(since)
        high_day = None if until is None else date.fromisoformat(until)
        kind, target = AgendaKind.PAYMENT_CHECK, groups[AgendaKind.PAYMENT_CHECK]
        nothing: set[str] = set()
        for cid, rid, first_due, count, cents, _created, _rowid in active.values():
            if rid not in plan_ids:
                continue  # the case is not live
            found = next_instalment_fast(days[first_due][0], count, settled.get(rid, nothing))
            if found is None:
                continue  # every instalment paid or marked missed: nothing left to check
            n, due = found
            if (low_day is not None and due < low_day) or (high_day is not None and due > high_day):
                continue
            case = cases[cid]
            flag = days[due.isoformat()][1]
            text = f"{n}/{count} · € {format_cents(cents)}"
            target.append(new(item, (due, kind, flag, cid, case[1], case[3], text, "", f"payment:{rid}:{n}")))

    items: list[AgendaItem] = []
    for kind in AgendaKind:  # the order within a day
        if kind in wanted:
            items += groups[kind]
    items.sort(key=_DAY)
    return items


_DAY = itemgetter(0)


class AgendaService(StoreService):
    def items(
        self,
        period: AgendaPeriod = AgendaPeriod.MONTH,
        *,
        include_overdue: bool = True,
        kinds: Collection[AgendaKind] | None = None,
    ) -> list[AgendaItem]:
        """The agenda for `period`, sorted by date; within a day hearings first, then the other
        kinds in AgendaKind's order.

        The default is what a counsellor plans the month by: everything overdue plus the next 30 days.
        """
        today = self._today()
        wanted = frozenset(AgendaKind) if kinds is None else frozenset(kinds)
        iso_today = today.isoformat()
        since: str | None
        until: str | None
        if period == AgendaPeriod.OVERDUE:
            since, until = None, (today - timedelta(days=1)).isoformat()
            wanted -= {AgendaKind.HEARING, AgendaKind.COURT}  # a past court date is history
        else:
            ahead = DAYS_AHEAD[period]
            since = None if include_overdue else iso_today
            until = None if ahead is None else (today + timedelta(days=ahead)).isoformat()
        with collector.held_off(), self._uow() as uow:
            sources = agenda_sources(
                uow.session,
                since=since,
                until=until,
                court_since=iso_today,
                include=frozenset(_SOURCES[k] for k in wanted),
            )
            uow.audit(AuditAction.READ, "agenda", period.value)
            return _build(sources, wanted, iso_today, since, until)

    def export_calendar(
        self,
        path: Path,
        items: Sequence[AgendaItem],
        *,
        title_of: Callable[[AgendaItem], str],
        texts: CalendarTexts,
        include_client_name: bool = False,
    ) -> CalendarExport:
        """Write `items` as an iCalendar file readable only by the owner, and audit the export.

        A calendar file leaves the encrypted store and may sync to phones and cloud calendars, so by
        default each event says only what it is and the case number. The client's name goes in only
        when `include_client_name` is asked for; notes, addresses and who is visited never do.
        """
        events = [
            CalendarEvent(
                uid=event_uid(item.ref),
                day=item.day,
                summary=(
                    _fill(texts.summary_with_name, title_of(item), item.case_number, item.client_name)
                    if include_client_name
                    else _fill(texts.summary, title_of(item), item.case_number)
                ),
            )
            for item in items
        ]
        stamp = self._clock()
        data = render_calendar(events, stamp=stamp, name=texts.calendar_name)
        cases = list(dict.fromkeys(item.case_id for item in items))
        written = False
        try:
            with self._uow() as uow:
                what = "with names" if include_client_name else "case numbers only"
                uow.audit(AuditAction.EXPORT, "agenda_calendar", f"{len(events)} items, {what}")
                for case_id in cases:
                    uow.audit(AuditAction.EXPORT, "case", case_id)
                write_private_file(path, data)
                written = True
        except BaseException:
            if written:  # the audit trail did not take it: the file must not stay behind
                path.unlink(missing_ok=True)
            raise
        return CalendarExport(path, len(events), len(cases), include_client_name)
