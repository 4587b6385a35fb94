"""The team view's read: every episode as CaseFacts, in one pass over the store.

It touches every case and a good part of their history at once (55,000 cases in a large team), so it
goes straight to the DB-API cursor like the caseload read: one query per table, grouped and
aggregated by SQLite (first and last contact come from a covering index, planned evaluations from the
agenda's partial index), and joined here in dictionaries. No case is read on its own.

Only metadata and dates are read: no names of tenants, no addresses, no free text.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy.orm import Session

from caseworker_desktop.domain.status import RUNNING, CaseStatus
from caseworker_desktop.domain.team_figures import (
    Assignment,
    CaseFacts,
    HouseholdType,
    IncomeSource,
    LandlordType,
    age_band,
    household_type,
)

# Each read below is answered from a narrow partial index (see models_trajectory), not the records.
_CASES = """
SELECT id, number, status, referral_date, previous_case_id, counsellor_id, counsellor_name, client_id
FROM case_file WHERE deleted = 0 {only_id}
"""
_BIRTH_DATES = "SELECT id, birth_date FROM client WHERE deleted = 0 {only_client_id}"
_HOUSEHOLDS = "SELECT client_id, relation FROM household_member WHERE deleted = 0 {only_client}"
_REFERRALS = "SELECT case_id, source, problems FROM referral WHERE deleted = 0 {only}"
_TENANCIES = "SELECT case_id, landlord_id FROM tenancy WHERE deleted = 0 {only}"
_PARTNER_KINDS = "SELECT id, partner_kind FROM partner"
# Reached means the tenant answered: the outreach results that say so.
_REACHED = """
SELECT case_id, min("on"), max("on") FROM outreach_attempt
WHERE deleted = 0 AND result IN ('reached', 'appointment_made') {only} GROUP BY case_id
"""
_CONTACTS = """
SELECT case_id, min("on"), max("on") FROM contact WHERE planned = 0 AND deleted = 0 {only} GROUP BY case_id
"""
_INTAKES = "SELECT case_id, held_on, income_source FROM intake WHERE deleted = 0 {only}"
_CLOSURES = "SELECT case_id, closed_on, reason, goals_achieved, eviction_avoided FROM closure WHERE deleted = 0 {only}"
_EVALUATIONS_DUE = """
SELECT case_id, planned_on FROM evaluation WHERE held_on IS NULL AND deleted = 0 {only} ORDER BY planned_on
"""
_HEARINGS = """
SELECT case_id, "on" FROM court_event WHERE event = 'hearing' AND deleted = 0 {only} ORDER BY case_id, "on"
"""
_REASSIGNMENTS = """
SELECT case_id, from_counsellor_id, from_counsellor_name, to_counsellor_id, to_counsellor_name, "on"
FROM reassignment WHERE deleted = 0 {only} ORDER BY case_id, "on", created_at, rowid
"""
# A case closed without the closure form (decided not to start) has its date and reason only in its
# status history; the last move into closed counts.
_CLOSED_BY_STATUS = """
SELECT case_id, effective_on, reason FROM status_change
WHERE to_status = 'closed' AND deleted = 0 AND case_id IN (SELECT value FROM json_each(?))
ORDER BY created_at, rowid
"""
_COUNSELLORS = """
SELECT counsellor_id, counsellor_name FROM case_file GROUP BY counsellor_id, counsellor_name
UNION
SELECT from_counsellor_id, from_counsellor_name FROM reassignment WHERE deleted = 0
UNION
SELECT to_counsellor_id, to_counsellor_name FROM reassignment WHERE deleted = 0
"""
# Episodes that can still count in a period starting on a given day (`since`) or in the review of a
# day after it: everything except cases finished before it (closed or ended, referred before that
# day, and their last status change typed before it) without a hearing from that day on. The last
# status change is typed on or after the closing date, never before (closing dates cannot lie in the
# future), so this is a superset of what counts; a day's margin covers a change typed just after
# midnight, whose UTC time is still the day before. Read from ix_case_finished, not the case rows.
_STILL_COUNTING = """
SELECT id FROM case_file INDEXED BY ix_case_finished WHERE deleted = 0 AND NOT (
    status IN ('closed', 'ended') AND referral_date < :since AND status_changed_at < :typed_before
    AND id NOT IN (SELECT case_id FROM court_event WHERE event = 'hearing' AND deleted = 0 AND "on" >= :since)
)
"""
_ONLY = "AND {column} IN (SELECT value FROM json_each(:{name}))"
_EVERYTHING = {"only": "", "only_id": "", "only_client": "", "only_client_id": ""}
_SOME = {
    "only": _ONLY.format(column="case_id", name="cases"),
    "only_id": _ONLY.format(column="id", name="cases"),
    "only_client": _ONLY.format(column="client_id", name="clients"),
    "only_client_id": _ONLY.format(column="id", name="clients"),
}
QUERIES = tuple(
    query.format(**_EVERYTHING)
    for query in (
        _CASES,
        _BIRTH_DATES,
        _HOUSEHOLDS,
        _REFERRALS,
        _TENANCIES,
        _REACHED,
        _CONTACTS,
        _INTAKES,
        _CLOSURES,
        _EVALUATIONS_DUE,
        _HEARINGS,
    )
)  # the reads over every case, for the test that checks each stays on its index

_LANDLORD_TYPES = {t.value: t for t in LandlordType}
_STATUSES = {s.value: s for s in CaseStatus}
_INCOME = {s.value: s for s in IncomeSource}
_CLOSED_TEXT = frozenset(status.value for status in CaseStatus if status not in RUNNING)


class _Days(dict[str | None, date | None]):
    """ISO text -> date, each distinct day parsed once (a team's history has a few thousand)."""

    def __missing__(self, key: str | None) -> date | None:
        value = date.fromisoformat(key) if key else None
        self[key] = value
        return value


class _Or(dict[Any, Any]):
    """A lookup with a fallback, usable as a plain function in map()."""

    def __init__(self, fallback: Any) -> None:
        super().__init__()
        self.fallback = fallback

    def __missing__(self, key: Any) -> Any:
        return self.fallback


class _Problems(dict[str | None, frozenset[str]]):
    """The referral's comma-separated problems -> a set, each distinct text split once."""

    def __missing__(self, key: str | None) -> frozenset[str]:
        value = frozenset(p for p in (key or "").split(",") if p)
        self[key] = value
        return value


_NO_FIRST, _NO_LAST = "~", ""  # after and before every ISO date
_FLAGS = {None: None, 0: False, 1: True}
_ORDER = attrgetter("referral_date", "number")


def _cursor(session: Session) -> Any:
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def case_facts(session: Session, since: date | None = None) -> list[CaseFacts]:
    """Every episode that is not tombstoned, oldest referral first (then by number). With `since`,
    only those that can still count in a period starting that day or in a review after it: a
    team's history is mostly finished years, and the view shows the current ones first."""
    cursor = _cursor(session)
    _enough_cache(cursor)
    # Building a million short-lived tuples sets off the cyclic collector again and again, and each
    # full round walks everything built so far; none of it can form a cycle, so it waits until done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _facts(cursor, since)
    finally:
        if collecting:
            gc.enable()
        cursor.close()


# The team read walks the narrow indexes of every case: some 100 MB of pages on 55,000 episodes.
# With the store's usual 64 MB page cache each read would decrypt most of them again (two thirds
# slower); the cache only grows as pages are read, so a small team's laptop uses no more memory.
_TEAM_CACHE_KIB = 262_144


def _enough_cache(cursor: Any) -> None:
    (current,) = cursor.execute("PRAGMA cache_size").fetchone()
    # Negative values are KiB, positive ones pages (of 4 KiB in this store).
    kib = -current if current < 0 else current * 4
    if kib < _TEAM_CACHE_KIB:
        cursor.execute(f"PRAGMA cache_size = -{_TEAM_CACHE_KIB}")


def counsellors(session: Session) -> list[tuple[str, str]]:
    """(id, name) of everyone who holds or held a case, by name."""
    cursor = _cursor(session)
    try:
        pairs = {(cid, name) for cid, name in cursor.execute(_COUNSELLORS) if cid}
    finally:
        cursor.close()
    return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))


def _dates_by_case(rows: Iterable[Sequence[Any]], days: _Days) -> _Or:
    by_case: dict[str, list[date]] = {}
    for case_id, day in rows:
        found = by_case.get(case_id)
        if found is None:
            by_case[case_id] = [days[day]]  # type: ignore[list-item]
        else:
            found.append(days[day])  # type: ignore[arg-type]
    dates = _Or(())
    dates.update((case_id, tuple(found)) for case_id, found in by_case.items())
    return dates


def _by_case(rows: list[tuple[Any, ...]], ids: Sequence[str], missing: tuple[Any, ...]) -> list[Any]:
    """The rows (case id first) lined up with `ids`, `missing` where a case has none."""
    found = dict(zip(map(itemgetter(0), rows), rows, strict=True))
    return list(map(found.get, ids, repeat(missing)))


def _facts(cursor: Any, since: date | None) -> list[CaseFacts]:
    """Column by column: each table's rows are lined up with the cases by a dictionary, each field
    becomes one list, and CaseFacts are made from the columns in one go. Everything per episode runs
    in map() and zip() (C), not in a Python loop; a loop with a dozen lookups per episode took
    three times as long on 55,000 of them."""
    parts, params = _EVERYTHING, {}
    if since is not None:
        bounds = {"since": since.isoformat(), "typed_before": (since - timedelta(days=1)).isoformat()}
        counting = cursor.execute(_STILL_COUNTING, bounds).fetchall()
        parts, params = _SOME, {"cases": json.dumps([case_id for (case_id,) in counting])}

    def run(query: str) -> Any:
        return cursor.execute(query.format(**parts), params)

    days = _Days()
    cases = run(_CASES).fetchall()
    if not cases:
        return []
    ids, numbers, status_texts, referral_texts, previous, counsellor_ids, counsellor_names, client_ids = zip(
        *cases, strict=True
    )
    if since is not None:
        params["clients"] = json.dumps(list(set(client_ids)))
    day = days.__getitem__
    referred: list[date] = list(map(day, referral_texts))  # type: ignore[arg-type]
    statuses = list(map(_STATUSES.__getitem__, status_texts))

    # Who held the case: its counsellor since the referral, unless reassignments say more.
    assignments: list[tuple[Assignment, ...]] = list(
        zip(map(Assignment, counsellor_ids, counsellor_names, referred), strict=True)
    )
    moves: dict[str, list[tuple[str, str, str, str, str]]] = {}
    for case_id, *move in run(_REASSIGNMENTS).fetchall():
        moves.setdefault(case_id, []).append(tuple(move))
    if moves:
        at = {case_id: i for i, case_id in enumerate(ids) if case_id in moves}
        for case_id, i in at.items():
            assignments[i] = _assignments(
                moves[case_id], counsellor_ids[i], counsellor_names[i], referred[i], days
            )

    referrals = _by_case(run(_REFERRALS).fetchall(), ids, (None, None, ""))
    problem_sets = _Problems()
    kinds = _Or(LandlordType.UNKNOWN)
    kinds.update((pid, _LANDLORD_TYPES.get(kind, LandlordType.UNKNOWN)) for pid, kind in run(_PARTNER_KINDS))
    tenancies = _by_case(run(_TENANCIES).fetchall(), ids, (None, None))

    # First and last time the tenant was reached, over outreach and contacts; ISO dates compare as
    # text, and the stand-ins for "none" sort after (first) or before (last) every date.
    reached = _by_case(run(_REACHED).fetchall(), ids, (None, _NO_FIRST, _NO_LAST))
    contacts = _by_case(run(_CONTACTS).fetchall(), ids, (None, _NO_FIRST, _NO_LAST))
    firsts = map(min, map(itemgetter(1), reached), map(itemgetter(1), contacts))
    lasts = map(max, map(itemgetter(2), reached), map(itemgetter(2), contacts))
    days[_NO_FIRST] = days[_NO_LAST] = None

    intakes = _by_case(run(_INTAKES).fetchall(), ids, (None, None, None))
    closures = _by_case(run(_CLOSURES).fetchall(), ids, (None, None, None, None, None))
    closed_on: list[date | None] = list(map(day, map(itemgetter(1), closures)))
    reasons: list[str | None] = list(map(itemgetter(2), closures))
    unformed = [
        (i, case_id)
        for i, (case_id, status) in enumerate(zip(ids, status_texts, strict=True))
        if status in _CLOSED_TEXT and closed_on[i] is None
    ]
    if unformed:
        at = {case_id: i for i, case_id in unformed}
        for case_id, effective_on, reason in cursor.execute(_CLOSED_BY_STATUS, (json.dumps(list(at)),)):
            closed_on[at[case_id]], reasons[at[case_id]] = day(effective_on), reason  # the last one wins

    births = _Or(None)
    births.update((client_id, day(birth)) for client_id, birth in run(_BIRTH_DATES).fetchall() if birth)
    households = _households(run(_HOUSEHOLDS).fetchall())
    due = _dates_by_case(run(_EVALUATIONS_DUE).fetchall(), days)
    hearings = _dates_by_case(run(_HEARINGS).fetchall(), days)
    facts = list(
        map(
            CaseFacts,
            ids,
            numbers,
            statuses,
            referred,
            assignments,
            previous,
            map(day, firsts),
            map(day, map(itemgetter(1), intakes)),
            closed_on,
            reasons,
            map(_FLAGS.__getitem__, map(itemgetter(4), closures)),
            map(itemgetter(3), closures),
            map(day, lasts),
            map(due.__getitem__, ids),
            map(hearings.__getitem__, ids),
            map(itemgetter(1), referrals),
            map(problem_sets.__getitem__, map(itemgetter(2), referrals)),
            map(kinds.__getitem__, map(itemgetter(1), tenancies)),
            map(age_band, map(births.__getitem__, client_ids), referred),
            map(households.__getitem__, client_ids),
            map(_INCOME.get, map(itemgetter(2), intakes)),
        )
    )
    facts.sort(key=_ORDER)
    return facts


def _households(rows: Iterable[tuple[str, str]]) -> _Or:
    """Client id -> household type, for the clients with household members (the rest live alone)."""
    relations: dict[str, list[str]] = {}
    for client_id, relation in rows:
        found = relations.get(client_id)
        if found is None:
            relations[client_id] = [relation]
        else:
            found.append(relation)
    kinds: dict[tuple[str, ...], HouseholdType] = {}
    households = _Or(household_type(()))  # no household members registered: the tenant lives alone
    for client_id, members in relations.items():
        key = tuple(sorted(members))
        kind = kinds.get(key)
        if kind is None:
            kind = kinds[key] = household_type(key)
        households[client_id] = kind
    return households


def _assignments(
    history: list[tuple[str, str, str, str, str]],
    counsellor_id: str,
    counsellor_name: str,
    referred: date,
    days: _Days,
) -> tuple[Assignment, ...]:
    """Who held the case from the referral on: the first reassignment says who had it before, each
    reassignment who had it from its day. The last one is always the case's own counsellor, even if
    the case was changed some other way after its last reassignment."""
    first = history[0]
    held = [Assignment(first[0], first[1], referred)]
    for _from_id, _from_name, to_id, to_name, on_text in history:
        since: date = max(days[on_text] or referred, referred)
        if to_id == held[-1].counsellor_id and to_name == held[-1].counsellor_name:
            continue
        held.append(Assignment(to_id, to_name, since))
    last = held[-1]
    if last.counsellor_id != counsellor_id or last.counsellor_name != counsellor_name:
        held.append(Assignment(counsellor_id, counsellor_name, last.since))
    return tuple(held)
