"""The agenda read across the whole caseload, straight from the DB-API cursor.

Like the caseload read, this touches every case at once, so it goes around SQLAlchemy's result
machinery and returns plain tuples, dates as 'YYYY-MM-DD' text. One scan of the live cases with
their clients gives number, name, status and next date per case; each other source of dates is then
read on its own, without joins, already cut to the period asked for, and the caller keeps the rows
of live cases. Joining every source to its case and client would look up two indexes per row.

Which cases are live: not tombstoned and not ended (an ended case has nothing ahead of it). The
service decides what counts for which status (services/agenda.py).

Planned contacts and open evaluations have no index of their own, so those two reads scan their whole
table; on a large profile the contact table alone is bigger than what SQLCipher's page cache keeps
beside the cases, and every agenda read decrypts it again. Partial covering indexes,
contact("on", case_id, id, contact_kind, with_whom) WHERE planned = 1 AND deleted = 0 and
evaluation(planned_on, case_id, id) WHERE held_on IS NULL AND deleted = 0, would turn both into small
index reads; the queries below already have the shape those indexes serve.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

Row = tuple[Any, ...]

SOURCES = frozenset({"contacts", "evaluations", "court", "aftercare", "next_dates", "plans"})


@dataclass(frozen=True, slots=True)
class AgendaSources:
    """Raw rows per source.

    cases:       (case id, number, status, "Last, First", next date or None) of every live case
    contacts:    (case id, contact id, on, contact kind, with whom) of planned contacts
    evaluations: (case id, evaluation id, planned on) of evaluations not held
    court:       (case id, court event id, on, event, notes)
    aftercare:   (case id, case profile id, aftercare until)
    plans:       (case id, plan id, first due on, instalments, instalment cents, created at, rowid)
                 of every plan not removed; the active plan of a case is its latest
    settled:     (plan id, due on) of payments marked paid or missed
    """

    cases: list[Row]
    contacts: list[Row]
    evaluations: list[Row]
    court: list[Row]
    aftercare: list[Row]
    plans: list[Row]
    settled: list[Row]


def _cursor(session: Session) -> Any:
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def _period(column: str, since: str | None, until: str | None) -> tuple[str, list[str]]:
    clauses, params = [], []
    if since is not None:
        clauses.append(f"{column} >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{column} <= ?")
        params.append(until)
    return "".join(f" AND {clause}" for clause in clauses), params


def agenda_sources(
    session: Session,
    *,
    since: str | None,
    until: str | None,
    court_since: str | None,
    include: frozenset[str],
) -> AgendaSources:
    """Read the dated rows between `since` and `until` (ISO dates, None = open).

    Court dates have their own lower bound `court_since` (they are history once past). Payment plans
    are read whole: the next instalment due is worked out by the caller. `include` names the sources
    to read (see SOURCES); the live cases are always read.
    """
    cursor = _cursor(session)
    try:

        def run(name: str, sql: str, params: list[str]) -> list[Row]:
            if name not in include:
                return []
            rows: list[Row] = cursor.execute(sql, params).fetchall()
            return rows

        cases: list[Row] = cursor.execute(
            "SELECT c.id, c.number, c.status, cl.last_name || ', ' || cl.first_name, c.next_date "
            "FROM case_file AS c JOIN client AS cl ON cl.id = c.client_id "
            "WHERE c.deleted = 0 AND c.status != 'ended'"
        ).fetchall()
        where, params = _period('"on"', since, until)
        contacts = run(
            "contacts",
            f'SELECT case_id, id, "on", contact_kind, with_whom FROM contact '
            f"WHERE planned = 1 AND deleted = 0{where}",
            params,
        )
        where, params = _period("planned_on", since, until)
        evaluations = run(
            "evaluations",
            f"SELECT case_id, id, planned_on FROM evaluation WHERE held_on IS NULL AND deleted = 0{where}",
            params,
        )
        where, params = _period('"on"', court_since, until)
        court = run(
            "court",
            f'SELECT case_id, id, "on", event, notes FROM court_event WHERE deleted = 0{where}',
            params,
        )
        where, params = _period("aftercare_until", since, until)
        aftercare = run(
            "aftercare",
            f"SELECT case_id, id, aftercare_until FROM case_profile "
            f"WHERE deleted = 0 AND aftercare_until IS NOT NULL{where}",
            params,
        )
        plans = run(
            "plans",
            "SELECT case_id, id, first_due_on, instalments, instalment_cents, created_at, rowid "
            "FROM payment_plan WHERE deleted = 0",
            [],
        )
        settled: list[Row] = []
        if plans:
            settled = cursor.execute(
                "SELECT plan_id, due_on FROM payment "
                "WHERE deleted = 0 AND (paid_on IS NOT NULL OR missed = 1)"
            ).fetchall()
        return AgendaSources(cases, contacts, evaluations, court, aftercare, plans, settled)
    finally:
        cursor.close()
