"""The hash-chained, append-only audit trail: intact chains verify, tampering is found."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from caseworker_desktop.store import audit
from caseworker_desktop.store.models import Partner
from caseworker_desktop.store.profile import OpenStore, Profile
from tests.store.store_support import ACTOR, PASSPHRASE, StepClock


def make_history(store: OpenStore, clock: StepClock) -> str:
    """Five audit entries: create, read, change, export, delete."""
    with store.unit_of_work(ACTOR, clock) as uow:
        partner = Partner(partner_kind="shm", name="Woonpunt")
        uow.add(partner)
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.audit(audit.AuditAction.READ, "partner", partner.id)
        uow.session.get_one(Partner, partner.id).name = "Woonpunt Zennevallei"
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.audit(audit.AuditAction.EXPORT, "partner", partner.id)
        uow.tombstone(uow.session.get_one(Partner, partner.id))
    return partner.id


def verify(store: OpenStore) -> audit.ChainReport:
    with store.unit_of_work(ACTOR) as uow:
        return audit.verify(uow.session)


def drop_triggers(store: OpenStore) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")


def test_an_empty_trail_is_intact(store: OpenStore) -> None:
    report = verify(store)
    assert (report.entries, report.first_bad_seq, report.intact) == (0, None, True)


def test_the_chain_verifies(store: OpenStore, clock: StepClock) -> None:
    pid = make_history(store, clock)
    report = verify(store)
    assert report.intact
    assert report.entries == 5
    with store.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT seq, action, record_id, prev_hash, hash FROM audit_log ORDER BY seq")
        ).all()
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert [r.action for r in rows] == ["create", "read", "change", "export", "delete"]
    assert {r.record_id for r in rows} == {pid}
    assert rows[0].prev_hash == audit.GENESIS
    for previous, row in itertools.pairwise(rows):
        assert row.prev_hash == previous.hash


def test_the_chain_continues_across_unlocks(
    store: OpenStore, clock: StepClock, make_profile: Callable[[], Profile]
) -> None:
    make_history(store, clock)
    store.close()
    reopened = make_profile().unlock(PASSPHRASE)
    try:
        make_history(reopened, clock)
        report = verify(reopened)
        assert (report.entries, report.intact) == (10, True)
    finally:
        reopened.close()


def test_a_logged_read_followed_by_a_change_in_the_same_unit_of_work(
    store: OpenStore, clock: StepClock
) -> None:
    """The change is flushed at commit, after the read entry that is still only in the session."""
    pid = make_history(store, clock)
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.audit(audit.AuditAction.READ, "partner", pid)
        uow.session.get_one(Partner, pid).name = "Na het lezen gewijzigd"
    report = verify(store)
    assert (report.entries, report.intact) == (7, True)


def test_a_read_logged_between_unflushed_changes_keeps_the_chain(store: OpenStore, clock: StepClock) -> None:
    with store.unit_of_work(ACTOR, clock) as uow:
        uow.add(Partner(partner_kind="shm", name="Eerste"))
        uow.audit(audit.AuditAction.READ, "caseload", "all")  # its lookup of the head flushes the add
        uow.add(Partner(partner_kind="svk", name="Tweede"))
        uow.audit(audit.AuditAction.PRINT, "caseload", "all")
    with store.engine.connect() as conn:
        actions = [r.action for r in conn.execute(text("SELECT action FROM audit_log ORDER BY seq"))]
    assert actions == ["create", "read", "print", "create"]
    assert verify(store) == audit.ChainReport(4, None)


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET record_id = 'x' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 2"],
)
def test_triggers_refuse_update_and_delete(store: OpenStore, clock: StepClock, statement: str) -> None:
    make_history(store, clock)
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert verify(store).intact


def test_an_edited_row_is_found(store: OpenStore, clock: StepClock) -> None:
    make_history(store, clock)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET record_id = 'someone-else' WHERE seq = 3")
    report = verify(store)
    assert report.first_bad_seq == 3
    assert not report.intact


def test_a_removed_row_is_found(store: OpenStore, clock: StepClock) -> None:
    make_history(store, clock)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq = 2")
    assert verify(store).first_bad_seq == 3


def test_a_rehashed_row_still_breaks_the_next_link(store: OpenStore, clock: StepClock) -> None:
    """Recomputing the edited row's own hash is not enough: the next row points at the old one."""
    make_history(store, clock)
    drop_triggers(store)
    with store.engine.begin() as conn:
        row = conn.execute(text("SELECT * FROM audit_log WHERE seq = 2")).one()
        at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(row.at)
        forged = audit.entry_hash(row.prev_hash, 2, at, row.actor, "read", row.record_kind, "forged-id")
        conn.execute(
            text("UPDATE audit_log SET record_id = 'forged-id', action = 'read', hash = :h WHERE seq = 2"),
            {"h": forged},
        )
    assert verify(store).first_bad_seq == 3


def test_a_truncated_tail_is_not_detectable_by_the_chain_alone(store: OpenStore, clock: StepClock) -> None:
    """Documents the limit of a hash chain: dropping the newest rows leaves a valid shorter chain."""
    make_history(store, clock)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq >= 4")
    report = verify(store)
    assert (report.entries, report.intact) == (3, True)


def test_entry_hash_covers_every_field() -> None:
    at = datetime(2026, 3, 2, 9, 0)
    base = ("0" * 64, 1, at, "actor", "read", "case", "id-1")
    original = audit.entry_hash(*base)
    changes = [
        ("1" * 64, 1, at, "actor", "read", "case", "id-1"),
        ("0" * 64, 2, at, "actor", "read", "case", "id-1"),
        ("0" * 64, 1, datetime(2026, 3, 2, 9, 0, 1), "actor", "read", "case", "id-1"),
        ("0" * 64, 1, at, "other", "read", "case", "id-1"),
        ("0" * 64, 1, at, "actor", "change", "case", "id-1"),
        ("0" * 64, 1, at, "actor", "read", "client", "id-1"),
        ("0" * 64, 1, at, "actor", "read", "case", "id-2"),
    ]
    assert all(audit.entry_hash(*c) != original for c in changes)
    assert len(original) == 64
