"""The contact log and personal working notes, on a real encrypted store.

The privacy proof is here: a personal working note never enters the outbox — not when written, not
when changed, not when removed — while the team-shared contact it sits on does.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation, ValidationFailed
from caseworker_desktop.domain.followup import ContactKind
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.contacts import ContactService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, OutboxEntry
from caseworker_desktop.store.models_trajectory import Contact, WorkingNote
from tests.support import FakeClock
from tests.trajectory.followup_support import DAY, closure, home_visit, register_case, start_support

PRIVATE_TEXT = "Mijn twijfel: drinkt hij opnieuw? Nog niet met het team bespreken."


def outbox(workspace: Workspace) -> list[OutboxEntry]:
    with workspace.store.unit_of_work("test") as uow:
        return list(uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def notes_in_store(workspace: Workspace) -> list[WorkingNote]:
    with workspace.store.unit_of_work("test") as uow:
        return list(uow.session.scalars(select(WorkingNote)))


@pytest.fixture
def case_id(workspace: Workspace, landlord_id: str) -> str:
    return register_case(workspace, landlord_id)


def test_log_list_edit_and_remove_a_contact(workspace: Workspace, clock: FakeClock, case_id: str) -> None:
    today = workspace.today()
    first = workspace.contacts.log(case_id, home_visit(today, with_whom="Karim"))
    clock.advance(2 * DAY)
    call = workspace.contacts.log(
        case_id,
        home_visit(workspace.today(), kind=ContactKind.PHONE_CALL, duration="10", summary="Belde terug."),
    )
    listed = workspace.contacts.contacts(case_id)
    assert [c.id for c in listed] == [call, first]  # newest first
    assert listed[0].kind == ContactKind.PHONE_CALL and listed[0].duration_min == 10
    assert listed[1].with_whom == "Karim" and listed[1].on == today

    workspace.contacts.update(first, home_visit(today, with_whom="Karim en Els (SHM)", duration="90"))
    edited = workspace.contacts.get(first)
    assert edited.with_whom == "Karim en Els (SHM)" and edited.duration_min == 90

    workspace.contacts.remove(call)
    assert [c.id for c in workspace.contacts.contacts(case_id)] == [first]
    with workspace.store.unit_of_work("test") as uow:
        tombstone = uow.session.get_one(Contact, call)
        assert tombstone.deleted is True  # a tombstone, so the deletion can travel to the team
    assert [e.operation for e in outbox(workspace) if e.record_id == call] == ["create", "delete"]
    with pytest.raises(RuleViolation) as refused:
        workspace.contacts.get(call)
    assert refused.value.issue.code == "contact_unknown"


def test_contacts_on_the_same_day_keep_the_order_they_were_logged_in(
    workspace: Workspace, case_id: str
) -> None:
    today = workspace.today()
    ids = [workspace.contacts.log(case_id, home_visit(today, with_whom=f"Bezoek {n}")) for n in range(3)]
    assert [c.id for c in workspace.contacts.contacts(case_id)] == list(reversed(ids))


def test_a_planned_home_visit_lies_ahead_and_can_later_be_recorded_as_held(
    workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    next_week = workspace.today() + timedelta(days=7)
    with pytest.raises(ValidationFailed) as failed:
        workspace.contacts.log(case_id, home_visit(next_week))
    assert failed.value.issues["on"].code == "contact_in_future"

    visit = workspace.contacts.log(case_id, home_visit(next_week, planned=True, duration="", summary=""))
    planned = workspace.contacts.get(visit)
    assert planned.planned and planned.duration_min is None
    with workspace.store.unit_of_work("test") as uow:
        assert uow.session.get_one(Contact, visit).planned is True  # what the agenda reads

    clock.advance(7 * DAY)
    workspace.contacts.update(visit, home_visit(next_week, summary="Bezoek gebeurd, huur betaald."))
    held = workspace.contacts.get(visit)
    assert not held.planned and held.duration_min == 45


def test_bad_input_stores_nothing(workspace: Workspace, case_id: str) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.contacts.log(case_id, home_visit(workspace.today(), duration="601", with_whom=""))
    assert set(failed.value.issues) == {"duration", "with_whom"}
    assert workspace.contacts.contacts(case_id) == ()


def test_personal_notes_never_enter_the_outbox_but_the_shared_summary_does(
    workspace: Workspace, case_id: str
) -> None:
    today = workspace.today()
    before = {e.seq for e in outbox(workspace)}
    contact_id = workspace.contacts.log(case_id, home_visit(today, personal_note=PRIVATE_TEXT))
    note_id = workspace.contacts.add_note(case_id, "Volgende keer naar de buren vragen.")
    workspace.contacts.update(
        contact_id, home_visit(today, summary="Aangepast verslag.", personal_note=PRIVATE_TEXT + " Toch?")
    )
    workspace.contacts.update_note(note_id, "Buren: mevrouw op nummer 114.")
    workspace.contacts.remove_note(note_id)
    workspace.contacts.remove(contact_id)

    notes = notes_in_store(workspace)
    assert len(notes) == 2
    assert {n.scope for n in notes} == {"personal"}
    note_ids = {n.id for n in notes}

    new = [e for e in outbox(workspace) if e.seq not in before]
    assert new, "the contact itself must be in the outbox"
    assert not [e for e in new if e.record_kind == "working_note" or e.record_id in note_ids]
    assert not [e for e in new if e.scope == "personal"]
    contact_ops = [(e.operation, e.scope) for e in new if e.record_kind == "contact"]
    assert contact_ops == [("create", "care_team"), ("update", "care_team"), ("delete", "care_team")]

    # Still audited on this laptop: every change to a note is in the trail, by id only.
    with workspace.store.unit_of_work("test") as uow:
        audited = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.record_kind == "working_note")
        ).all()
    assert {a.record_id for a in audited} == note_ids
    assert {a.action for a in audited} >= {"create", "change", "delete"}


def test_the_outbox_check_would_catch_a_note_that_leaks(workspace: Workspace, case_id: str) -> None:
    """The proof above can fail: a note written with the team scope does land in the outbox."""
    with workspace.store.unit_of_work("test") as uow:
        leaked = WorkingNote(case_id=case_id, text="fout", scope="care_team")
        uow.add(leaked)
    assert [e.record_kind for e in outbox(workspace) if e.record_id == leaked.id] == ["working_note"]


def test_notes_on_a_contact_and_on_the_case(workspace: Workspace, case_id: str) -> None:
    today = workspace.today()
    contact_id = workspace.contacts.log(case_id, home_visit(today, personal_note=PRIVATE_TEXT))
    assert workspace.contacts.get(contact_id).personal_note == PRIVATE_TEXT
    assert workspace.contacts.contacts(case_id)[0].personal_note == PRIVATE_TEXT

    first = workspace.contacts.add_note(case_id, "Eerst de OCMW-beslissing afwachten.")
    second = workspace.contacts.add_note(case_id, "Zus is een steunfiguur.")
    assert [n.id for n in workspace.contacts.case_notes(case_id)] == [second, first]
    workspace.contacts.update_note(first, "OCMW beslist op 3 december.")
    assert workspace.contacts.case_notes(case_id)[1].text == "OCMW beslist op 3 december."
    with pytest.raises(ValidationFailed):
        workspace.contacts.update_note(first, "  ")

    # Emptying the note on the contact removes it (a tombstone that stays on this laptop).
    workspace.contacts.update(contact_id, home_visit(today, personal_note=""))
    assert workspace.contacts.get(contact_id).personal_note == ""
    assert [n.deleted for n in notes_in_store(workspace) if n.contact_id == contact_id] == [True]


def test_only_the_author_reads_their_personal_notes(
    workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    colleague = ContactService(workspace.store, "colleague-id", clock)
    contact_id = colleague.log(case_id, home_visit(workspace.today(), personal_note="Van de collega."))
    colleague.add_note(case_id, "Ook van de collega.")
    mine = workspace.contacts.contacts(case_id)
    assert [c.id for c in mine] == [contact_id]  # the team-shared contact is visible
    assert mine[0].personal_note == ""  # the colleague's note is not
    assert workspace.contacts.case_notes(case_id) == ()
    note_id = colleague.case_notes(case_id)[0].id
    with pytest.raises(RuleViolation):
        workspace.contacts.update_note(note_id, "overschreven")


def test_contacts_continue_in_aftercare_and_stop_when_the_case_has_ended(
    workspace: Workspace, clock: FakeClock, case_id: str
) -> None:
    start_support(workspace, case_id)
    workspace.closure.close(case_id, closure(workspace.today()))
    workspace.closure.start_aftercare(case_id)
    clock.advance(DAY)
    during = workspace.contacts.log(
        case_id, home_visit(workspace.today(), kind=ContactKind.PHONE_CALL, duration="15")
    )
    assert workspace.closure.closure_of(case_id).aftercare_contacts == 1
    assert not workspace.contacts.is_final(case_id)
    workspace.closure.end_aftercare(case_id)
    assert workspace.closure.closure_of(case_id).status == CaseStatus.ENDED
    assert workspace.contacts.is_final(case_id)
    for attempt in (
        lambda: workspace.contacts.log(case_id, home_visit(workspace.today())),
        lambda: workspace.contacts.update(during, home_visit(workspace.today())),
        lambda: workspace.contacts.remove(during),
    ):
        with pytest.raises(RuleViolation) as refused:
            attempt()
        assert refused.value.issue.code == "contact_case_ended"


def test_reading_the_contact_log_is_audited(workspace: Workspace, case_id: str) -> None:
    workspace.contacts.contacts(case_id)
    with workspace.store.unit_of_work("test") as uow:
        reads = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "read", AuditEntry.record_id == case_id)
        ).all()
    assert "contact_log" in {r.record_kind for r in reads}
