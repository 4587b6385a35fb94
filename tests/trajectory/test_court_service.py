"""CourtService on a real encrypted store: add, edit, remove, order rules, the next hearing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.court import CourtEventInput, CourtEventKind
from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_trajectory import CourtEvent
from tests.trajectory.court_support import days, event, register_case

P, H, J, A, D = (
    CourtEventKind.PETITION,
    CourtEventKind.HEARING,
    CourtEventKind.JUDGMENT,
    CourtEventKind.EVICTION_ANNOUNCED,
    CourtEventKind.EVICTION_DONE,
)


def test_events_are_listed_in_date_order_with_their_notes(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    court = workspace.court
    court.add(case_id, event(H, days(today, 20), "Zitting vredegerecht Gent, zaal 2"))
    court.add(case_id, event(P, days(today, -30), "Verzoekschrift ontvangen via OCMW"))
    overview = court.overview(case_id)
    assert [(e.kind, e.on) for e in overview.events] == [(P, days(today, -30)), (H, days(today, 20))]
    assert overview.events[1].notes == "Zitting vredegerecht Gent, zaal 2"
    assert overview.next_hearing is not None and overview.next_hearing.days_to_go == 20
    assert not overview.next_hearing.soon
    assert overview.eviction_done is None


def test_a_judgment_before_the_petition_is_refused_and_not_stored(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    workspace.court.add(case_id, event(P, days(today, -30)))
    with pytest.raises(RuleViolation) as refused:
        workspace.court.add(case_id, event(J, days(today, -40)))
    assert refused.value.issue.code == "court_before_petition"
    assert [e.kind for e in workspace.court.overview(case_id).events] == [P]


def test_an_eviction_carried_out_needs_the_announced_date(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    court = workspace.court
    court.add(case_id, event(J, days(today, -60)))
    with pytest.raises(RuleViolation) as refused:
        court.add(case_id, event(D, days(today, -1)))
    assert refused.value.issue.code == "court_eviction_needs_announcement"
    announced = court.add(case_id, event(A, days(today, -5)))
    court.add(case_id, event(D, days(today, -1)))
    assert court.overview(case_id).eviction_done == days(today, -1)
    with pytest.raises(RuleViolation) as refused:
        court.remove(announced.id)
    assert refused.value.issue.code == "court_eviction_needs_announcement"
    with pytest.raises(RuleViolation) as refused:
        court.edit(announced.id, event(A, days(today, 0)))
    assert refused.value.issue.code == "court_eviction_before_announced"


def test_unusual_gaps_are_saved_with_a_warning(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    saved = workspace.court.add(case_id, event(J, days(today, -10)))
    assert [w.code for w in saved.warnings] == ["court_judgment_without_hearing"]
    (judgment,) = workspace.court.overview(case_id).events
    assert [w.code for w in judgment.warnings] == ["court_judgment_without_hearing"]
    workspace.court.add(case_id, event(H, days(today, -20)))
    (_, judgment) = workspace.court.overview(case_id).events
    assert judgment.warnings == ()


def test_bad_fields_are_refused_with_codes(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    with pytest.raises(ValidationFailed) as failed:
        workspace.court.add(case_id, CourtEventInput(P, days(workspace.today(), 1), "x" * 2001))
    assert {k: i.code for k, i in failed.value.issues.items()} == {
        "on": "date_in_future",
        "notes": "too_long",
    }
    with pytest.raises(RuleViolation) as refused:
        workspace.court.add("no-such-case", event(H, workspace.today()))
    assert refused.value.issue.code == "court_case_unknown"


def test_edit_changes_the_event_and_remove_leaves_a_tombstone_for_the_team(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    saved = workspace.court.add(case_id, event(H, days(today, 10), "eerste zitting"))
    workspace.court.edit(saved.id, event(H, days(today, 40), "uitgesteld"))
    (hearing,) = workspace.court.overview(case_id).events
    assert (hearing.on, hearing.notes) == (days(today, 40), "uitgesteld")
    workspace.court.remove(saved.id)
    assert workspace.court.overview(case_id).events == ()
    assert workspace.court.next_hearing(case_id) is None
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        record = uow.session.get_one(CourtEvent, saved.id)
        assert record.deleted and record.version == 3
        operations = uow.session.scalars(
            select(OutboxEntry.operation).where(OutboxEntry.record_id == saved.id).order_by(OutboxEntry.seq)
        ).all()
        assert operations == ["create", "update", "delete"]
    with pytest.raises(RuleViolation) as refused:
        workspace.court.edit(saved.id, event(H, today))
    assert refused.value.issue.code == "court_event_unknown"


def test_next_hearing_counts_the_days_and_warns_within_fourteen(
    workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    workspace.court.add(case_id, event(H, days(today, -7)))
    workspace.court.add(case_id, event(H, days(today, 30)))
    workspace.court.add(case_id, event(H, days(today, 14)))
    upcoming = workspace.court.next_hearing(case_id)
    assert upcoming is not None
    assert (upcoming.on, upcoming.days_to_go, upcoming.soon) == (days(today, 14), 14, True)
    later = workspace.court.next_hearing(case_id, days(today, 15))
    assert later is not None and (later.days_to_go, later.soon) == (15, False)
    assert workspace.court.next_hearing(case_id, days(today, 31)) is None


def test_an_announced_eviction_still_to_come_is_reported(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    today = workspace.today()
    workspace.court.add(case_id, event(J, days(today, -20)))
    workspace.court.add(case_id, event(A, days(today, 9)))
    overview = workspace.court.overview(case_id)
    assert overview.next_eviction is not None
    assert (overview.next_eviction.days_to_go, overview.next_eviction.soon) == (9, True)


def test_reading_the_procedure_is_audited(workspace: Workspace, landlord_id: str) -> None:
    case_id = register_case(workspace, landlord_id)
    workspace.court.overview(case_id)
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        reads = uow.session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "read",
                AuditEntry.record_kind == "court_event",
                AuditEntry.record_id == case_id,
            )
        ).all()
    assert len(reads) == 1


def test_events_belong_to_their_own_case(workspace: Workspace, landlord_id: str) -> None:
    first = register_case(workspace, landlord_id)
    second = register_case(workspace, landlord_id)
    today = workspace.today()
    workspace.court.add(first, event(P, days(today, -30)))
    # The other case's petition does not make this judgment "before the petition".
    workspace.court.add(second, event(J, days(today, -40)))
    assert [e.kind for e in workspace.court.overview(second).events] == [J]
