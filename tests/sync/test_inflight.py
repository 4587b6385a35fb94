"""Mutations in flight: kept without their ciphertext, sealed again to be resent, and carried over
from the 0006 layout (the mutation's JSON) by migration 0007."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from caseworker_desktop.store.migrate import _config, current_revision
from caseworker_desktop.store.models_sync import SyncConflict
from caseworker_desktop.sync import inflight
from tests.sync.fake_server import FakeServer, LostResponse
from tests.sync.sync_support import Laptop, add_partner
from tests.sync.test_engine import laptops, partner_name, rename, server

__all__ = ["laptops", "server"]  # the two laptops and the server of the engine tests


def _in_flight(laptop: Laptop) -> list[inflight.Unanswered]:
    with laptop.workspace.store.unit_of_work("", laptop.workspace.clock) as uow:
        return inflight.read(uow.session)


def _lose_the_first_answer(laptop: Laptop, server: FakeServer) -> list[inflight.Unanswered]:
    """A push the server commits and whose answer never arrives; returns what stays in flight."""
    server.lose_next_answer = True
    with pytest.raises(LostResponse):
        laptop.engine.push()
    return _in_flight(laptop)


def _no_conflicts(laptop: Laptop) -> bool:
    with laptop.workspace.store.unit_of_work("", laptop.workspace.clock) as uow:
        return uow.session.scalars(select(SyncConflict)).all() == []


def test_an_edit_made_after_a_lost_answer_follows_the_replay_without_a_conflict(
    laptops: tuple[Laptop, Laptop], server: FakeServer
) -> None:
    """The server committed, the answer was lost, the counsellor edited the record again: the first
    mutation is sealed again from what it carried (not from the edited row) and replayed, and only then
    does the edit go, based on the version the replay confirmed."""
    a, b = laptops
    partner = add_partner(a.workspace)
    waiting = _lose_the_first_answer(a, server)
    assert {row.kind for row in waiting} == {"partner", "contact_person"}
    assert [row.slot for row in waiting] == sorted(row.slot for row in waiting)
    versions = server.seq
    rename(a, partner, name="Testdal Wonen")

    report = a.sync()

    assert report.conflicts == 0 and _no_conflicts(a)
    assert server.seq == versions + 1  # the replays added nothing; the edit is one new version
    assert server.envelopes[partner].version == 2
    assert _in_flight(a) == []
    b.sync()
    assert partner_name(b, partner) == "Testdal Wonen"


def test_in_flight_rows_of_a_0006_profile_are_sent_again_after_the_upgrade(
    laptops: tuple[Laptop, Laptop], server: FakeServer
) -> None:
    a, b = laptops
    partner = add_partner(a.workspace)
    waiting = _lose_the_first_answer(a, server)
    versions = server.seq

    # Back to 0006, holding the same mutations as release 0006 kept them: the Mutation as JSON.
    config = _config()
    with a.workspace.store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        for row in reversed(waiting):  # inserted out of order: the upgrade orders them by outbox entry
            mutation = a.engine._sealed_again(row).mutation
            conn.execute(
                text(
                    "INSERT INTO sync_inflight (kind, record_id, mutation, payload, last_seq) "
                    "VALUES (:kind, :record_id, :mutation, :payload, :last_seq)"
                ),
                {
                    "kind": row.kind,
                    "record_id": row.record_id,
                    "mutation": mutation.message().model_dump_json(),
                    "payload": row.payload,
                    "last_seq": row.last_seq,
                },
            )
    with a.workspace.store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert current_revision(a.workspace.store.engine) == "0007"

    carried = _in_flight(a)
    assert [row._replace(slot=0) for row in carried] == [row._replace(slot=0) for row in waiting]
    report = a.sync()
    assert server.seq == versions  # the same mutation ids: answered from the server's memory
    assert report.pushed == len(waiting) and _in_flight(a) == [] and _no_conflicts(a)
    b.sync()
    assert partner_name(b, partner) == "Woonmaatschappij Testdal"
