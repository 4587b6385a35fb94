"""The unit of work keeps versions, outbox and audit trail in step with every change, in one transaction."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from caseworker_desktop.store.models import AuditEntry, ContactPerson, Draft, OutboxEntry, Partner
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import HardDeleteRefused
from tests.store.store_support import ACTOR, StepClock


class Boom(Exception):
    pass


def outbox(store: OpenStore) -> list[tuple[str, str, str, int, int, str]]:
    with store.unit_of_work(ACTOR) as uow:
        rows = uow.session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        return [
            (r.record_kind, r.record_id, r.operation, r.base_version, r.new_version, r.scope) for r in rows
        ]


def audit_rows(store: OpenStore) -> list[tuple[str, str, str, str]]:
    with store.unit_of_work(ACTOR) as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(r.action, r.record_kind, r.record_id, r.actor) for r in rows]


def create_partner(store: OpenStore, clock: StepClock, name: str = "Woonpunt") -> str:
    with store.unit_of_work(ACTOR, clock) as uow:
        partner = Partner(partner_kind="shm", name=name)
        uow.add(partner)
    return partner.id


def test_create_stamps_the_record_and_writes_outbox_and_audit(store: OpenStore, clock: StepClock) -> None:
    pid = create_partner(store, clock)
    stamped_at = clock.now
    with store.unit_of_work(ACTOR) as uow:
        partner = uow.session.get_one(Partner, pid)
        assert (partner.version, partner.author, partner.scope, partner.deleted) == (
            1,
            ACTOR,
            "care_team",
            False,
        )
        assert partner.created_at == partner.updated_at == stamped_at
        entry = uow.session.scalars(select(OutboxEntry)).one()
        assert entry.created_at == stamped_at
        assert entry.pushed_at is None
        assert len(entry.mutation_id) == 36
    assert outbox(store) == [("partner", pid, "create", 0, 1, "care_team")]
    assert audit_rows(store) == [("create", "partner", pid, ACTOR)]


def test_update_and_tombstone_bump_the_version(store: OpenStore, clock: StepClock) -> None:
    pid = create_partner(store, clock)
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.session.get_one(Partner, pid).name = "Woonpunt Zennevallei"
    with store.unit_of_work("other-author", clock) as uow:
        uow.tombstone(uow.session.get_one(Partner, pid))

    assert outbox(store) == [
        ("partner", pid, "create", 0, 1, "care_team"),
        ("partner", pid, "update", 1, 2, "care_team"),
        ("partner", pid, "delete", 2, 3, "care_team"),
    ]
    assert audit_rows(store) == [
        ("create", "partner", pid, ACTOR),
        ("change", "partner", pid, ACTOR),
        ("delete", "partner", pid, "other-author"),
    ]
    with store.unit_of_work(ACTOR) as uow:
        partner = uow.session.get_one(Partner, pid)
        assert (partner.version, partner.deleted, partner.author) == (3, True, "other-author")


def test_reading_and_unchanged_assignments_write_nothing(store: OpenStore, clock: StepClock) -> None:
    pid = create_partner(store, clock)
    with store.unit_of_work(ACTOR, clock) as uow:
        partner = uow.session.get_one(Partner, pid)
        partner.name = partner.name  # same value: not a change
    assert len(outbox(store)) == 1
    assert len(audit_rows(store)) == 1


def test_scope_is_carried_into_the_outbox(store: OpenStore, clock: StepClock) -> None:
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.add(Partner(partner_kind="shm", name="Gedeeld", scope="landlord"))
    assert [row[5] for row in outbox(store)] == ["landlord"]


def test_personal_scope_never_enters_the_outbox_but_is_audited(store: OpenStore, clock: StepClock) -> None:
    with store.unit_of_work(ACTOR, clock) as uow:
        personal = Partner(partner_kind="shm", name="Persoonlijk", scope="personal")
        uow.add(personal)
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.session.get_one(Partner, personal.id).name = "Nog steeds persoonlijk"
    assert outbox(store) == []
    assert len(audit_rows(store)) == 2


def test_one_unit_of_work_with_several_records(store: OpenStore, clock: StepClock) -> None:
    with store.unit_of_work(ACTOR, clock) as uow:
        partner = Partner(partner_kind="shm", name="Woonpunt")
        uow.add(partner)
        uow.session.flush()
        uow.add(ContactPerson(partner_id=partner.id, name="An"))
        uow.add(ContactPerson(partner_id=partner.id, name="Jef"))
    kinds = [(row[0], row[2]) for row in outbox(store)]
    assert sorted(kinds) == [
        ("contact_person", "create"),
        ("contact_person", "create"),
        ("partner", "create"),
    ]
    assert len(audit_rows(store)) == 3


def test_a_failing_unit_of_work_leaves_no_trace(store: OpenStore, clock: StepClock) -> None:
    pid = create_partner(store, clock)
    before = (outbox(store), audit_rows(store))

    with pytest.raises(Boom), store.unit_of_work(ACTOR, clock) as uow:
        uow.add(Partner(partner_kind="svk", name="Nooit bewaard"))
        uow.session.get_one(Partner, pid).name = "Nooit hernoemd"
        uow.session.flush()  # outbox and audit rows are in the transaction by now
        assert uow.session.scalar(select(func.count()).select_from(OutboxEntry)) == 3
        raise Boom

    assert (outbox(store), audit_rows(store)) == before
    with store.unit_of_work(ACTOR) as uow:
        assert list(uow.session.scalars(select(Partner.name))) == ["Woonpunt"]
        assert uow.session.get_one(Partner, pid).version == 1


def test_hard_delete_of_a_synced_record_is_refused(store: OpenStore, clock: StepClock) -> None:
    pid = create_partner(store, clock)
    with pytest.raises(HardDeleteRefused), store.unit_of_work(ACTOR, clock) as uow:
        uow.session.delete(uow.session.get_one(Partner, pid))
    with store.unit_of_work(ACTOR) as uow:
        partner = uow.session.get_one(Partner, pid)
        assert partner.deleted is False
    assert len(outbox(store)) == 1


def test_records_that_do_not_sync_may_be_deleted(store: OpenStore, clock: StepClock) -> None:
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.add(Draft(key="referral:new", form="referral", payload="{}", saved_at=datetime(2026, 3, 2)))
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.session.delete(uow.session.get_one(Draft, "referral:new"))
    with store.unit_of_work(ACTOR) as uow:
        assert uow.session.get(Draft, "referral:new") is None
    assert outbox(store) == []


def test_session_outside_the_with_block_is_refused(store: OpenStore) -> None:
    uow = store.unit_of_work(ACTOR)
    with pytest.raises(RuntimeError):
        _ = uow.session
