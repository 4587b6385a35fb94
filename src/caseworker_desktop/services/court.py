"""Use cases for the court procedure around a case.

Events are kept in date order; a change that would make the procedure contradict itself is refused
with a RuleViolation (see domain/court.py for which orders are refused and which only warned about).
Removal is a tombstone, so it travels to the team's other laptops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, select

from caseworker_desktop.domain.court import (
    CourtEventInput,
    CourtEventKind,
    CourtFact,
    Upcoming,
    check_order_change,
    next_of_kind,
    order_problems,
    validate_court_event,
)
from caseworker_desktop.domain.errors import Issue, RuleViolation
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import CourtEvent
from caseworker_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class CourtEventView:
    id: str
    kind: CourtEventKind
    on: date
    notes: str
    warnings: tuple[Issue, ...]  # order oddities the rules let through (e.g. no hearing recorded)


@dataclass(frozen=True)
class CourtOverview:
    case_id: str
    events: tuple[CourtEventView, ...]  # in date order, then procedure order
    next_hearing: Upcoming | None
    next_eviction: Upcoming | None  # an announced eviction date still to come
    eviction_done: date | None


@dataclass(frozen=True)
class CourtSaved:
    id: str
    warnings: tuple[Issue, ...]


def _fact(event: CourtEvent) -> CourtFact:
    return CourtFact(event.id, CourtEventKind(event.event), event.on)


class CourtService(StoreService):
    def _events(self, uow: UnitOfWork, case_id: str) -> list[CourtEvent]:
        return list(
            uow.session.scalars(
                select(CourtEvent)
                .where(CourtEvent.case_id == case_id, CourtEvent.deleted.is_(False))
                .order_by(CourtEvent.on, literal_column("court_event.rowid"))
            )
        )

    def _check_case(self, uow: UnitOfWork, case_id: str) -> None:
        case = uow.session.get(Case, case_id)
        if case is None or case.deleted:
            raise RuleViolation("court_case_unknown")

    def _live(self, uow: UnitOfWork, event_id: str) -> CourtEvent:
        event = uow.session.get(CourtEvent, event_id)
        if event is None or event.deleted:
            raise RuleViolation("court_event_unknown")
        return event

    def overview(self, case_id: str) -> CourtOverview:
        """The procedure as the court panel shows it; the read goes into the audit trail."""
        today = self._today()
        with self._uow() as uow:
            events = self._events(uow, case_id)
            uow.audit(AuditAction.READ, CourtEvent.kind, case_id)
        facts = [_fact(e) for e in events]
        warnings: dict[str, list[Issue]] = {}
        for problem in order_problems(facts):
            warnings.setdefault(problem.event_id, []).append(problem.issue)
        order = list(CourtEventKind)
        views = sorted(
            (
                CourtEventView(e.id, CourtEventKind(e.event), e.on, e.notes, tuple(warnings.get(e.id, ())))
                for e in events
            ),
            key=lambda v: (v.on, order.index(v.kind)),
        )
        done = [f.on for f in facts if f.kind == CourtEventKind.EVICTION_DONE]
        return CourtOverview(
            case_id=case_id,
            events=tuple(views),
            next_hearing=next_of_kind(facts, CourtEventKind.HEARING, today),
            next_eviction=next_of_kind(facts, CourtEventKind.EVICTION_ANNOUNCED, today),
            eviction_done=min(done) if done else None,
        )

    def add(self, case_id: str, data: CourtEventInput) -> CourtSaved:
        clean = validate_court_event(data, self._today())
        with self._uow() as uow:
            self._check_case(uow, case_id)
            before = [_fact(e) for e in self._events(uow, case_id)]
            record = CourtEvent(case_id=case_id, event=clean.kind.value, on=clean.on, notes=clean.notes)
            uow.add(record)
            uow.session.flush()
            warnings = check_order_change(before, [*before, _fact(record)])
            return CourtSaved(record.id, warnings)

    def edit(self, event_id: str, data: CourtEventInput) -> CourtSaved:
        clean = validate_court_event(data, self._today())
        with self._uow() as uow:
            record = self._live(uow, event_id)
            before = [_fact(e) for e in self._events(uow, record.case_id)]
            changed = CourtFact(record.id, clean.kind, clean.on)
            warnings = check_order_change(before, [changed if f.id == record.id else f for f in before])
            record.event = clean.kind.value
            record.on = clean.on
            record.notes = clean.notes
            return CourtSaved(record.id, warnings)

    def remove(self, event_id: str) -> None:
        """Tombstone the event, unless the rest of the procedure leans on it (e.g. the announced date of
        an eviction carried out)."""
        with self._uow() as uow:
            record = self._live(uow, event_id)
            before = [_fact(e) for e in self._events(uow, record.case_id)]
            check_order_change(before, [f for f in before if f.id != record.id])
            uow.tombstone(record)

    def next_hearing(self, case_id: str, today: date | None = None) -> Upcoming | None:
        """The first hearing today or later, with days to go and whether it is within 14 days."""
        with self._uow() as uow:
            facts = [_fact(e) for e in self._events(uow, case_id)]
        return next_of_kind(facts, CourtEventKind.HEARING, today or self._today())
