"""Two laptops and a server: edits travel, merge, conflict, and wait for the team consent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker_desktop.protocol import PushRequest, PushResponse
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.store.models import Case, Partner
from caseworker_desktop.store.models_sync import SyncConflict
from caseworker_desktop.store.models_trajectory import Reassignment
from caseworker_desktop.sync.crypto import new_team_key
from caseworker_desktop.sync.engine import SyncEngine
from tests.support import FakeClock
from tests.sync.fake_server import FakeServer, LostResponse
from tests.sync.sync_support import Laptop, add_partner, inform_team, make_laptop
from tests.trajectory.plan_support import register_case


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def laptops(tmp_path: Path, server: FakeServer) -> tuple[Laptop, Laptop]:
    key = new_team_key()
    clock = FakeClock()
    a = make_laptop(tmp_path, "an", key, server.transport("device-an", "worker-an"), clock)
    b = make_laptop(tmp_path, "bart", key, server.transport("device-bart", "worker-bart"), clock)
    yield a, b
    a.workspace.close()
    b.workspace.close()


def partner_name(laptop: Laptop, partner_id: str) -> str | None:
    with laptop.workspace.store.unit_of_work("", laptop.workspace.clock) as uow:
        row = uow.session.get(Partner, partner_id)
        return row.name if row else None


def rename(laptop: Laptop, partner_id: str, **changes: str) -> None:
    with laptop.workspace.store.unit_of_work(laptop.workspace.user.user_id, laptop.workspace.clock) as uow:
        row = uow.session.get_one(Partner, partner_id)
        for key, value in changes.items():
            setattr(row, key, value)


def test_a_directory_entry_travels_to_the_other_laptop(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    partner = add_partner(a.workspace)
    report = a.sync()
    assert report.pushed >= 2  # the partner and its contact person
    b.sync()
    assert partner_name(b, partner) == "Woonmaatschappij Testdal"
    # Nothing to do the second time round.
    assert a.sync().pushed == 0 and b.sync().pushed == 0


def test_a_case_waits_for_the_team_consent(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    landlord = add_partner(a.workspace)
    case_id = register_case(a.workspace, landlord)
    report = a.sync()
    assert report.held_back >= 3  # client, case, referral, tenancy wait
    b.sync()
    assert list(b.workspace.caseload.rows(10)) == []
    inform_team(a.workspace, case_id)
    a.sync()
    b.sync()
    assert [row.id for row in b.workspace.caseload.rows(10)] == [case_id]


def test_edits_of_different_fields_merge_and_the_same_field_conflicts(laptops: tuple[Laptop, Laptop]) -> None:
    a, b = laptops
    partner = add_partner(a.workspace)
    a.sync()
    b.sync()
    rename(a, partner, phone="09 111 11 11")
    rename(b, partner, email="info@testdal.example")
    a.sync()
    b.sync()
    a.sync()
    with a.workspace.store.unit_of_work("", a.workspace.clock) as uow:
        row = uow.session.get_one(Partner, partner)
        assert (row.phone, row.email) == ("09 111 11 11", "info@testdal.example")

    rename(a, partner, name="Testdal Wonen")
    rename(b, partner, name="Woonmaatschappij Testdal-Zuid")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    assert partner_name(b, partner) == "Woonmaatschappij Testdal-Zuid"  # mine stays until chosen
    conflicts = b.workspace.sync.conflicts()
    assert [(c.field, c.local_value, c.remote_value) for c in conflicts] == [
        ("name", "Woonmaatschappij Testdal-Zuid", "Testdal Wonen")
    ]
    b.workspace.sync.resolve(conflicts[0].id, "remote")
    b.sync()
    a.sync()
    assert partner_name(a, partner) == partner_name(b, partner) == "Testdal Wonen"


def test_a_lost_answer_after_the_server_committed_changes_nothing_twice(
    laptops: tuple[Laptop, Laptop], server: FakeServer
) -> None:
    a, b = laptops
    partner = add_partner(a.workspace)
    server.lose_next_answer = True
    with pytest.raises(LostResponse):
        a.engine.push()
    seq_before = server.seq
    a.sync()  # the replay is answered from the server's memory: no new versions
    assert server.seq == seq_before
    b.sync()
    assert partner_name(b, partner) is not None
    with a.workspace.store.unit_of_work("", a.workspace.clock) as uow:
        assert uow.session.scalars(select(SyncConflict)).all() == []


def test_a_push_splits_batches_that_would_be_too_large_for_one_request(
    tmp_path: Path, server: FakeServer
) -> None:
    """Batches stay under a byte budget as well as a count (scanned signatures are large), and
    everything still arrives, each record once."""
    key = new_team_key()
    clock = FakeClock()
    a = make_laptop(tmp_path, "an", key, server.transport("device-an", "worker-an"), clock)
    b = make_laptop(tmp_path, "bart", key, server.transport("device-bart", "worker-bart"), clock)
    try:
        sizes: list[int] = []
        sent = server.push

        def recording(request: PushRequest, device_id: str, author: str) -> PushResponse:
            sizes.append(sum(len(m.ciphertext) for m in request.mutations))
            assert len(request.mutations) == 1 or sizes[-1] <= 3_000
            return sent(request, device_id, author)

        server.push = recording  # type: ignore[method-assign]
        a.engine = SyncEngine(
            a.workspace.store, a.workspace.clock, a.engine._keys, a.engine._transport, batch_bytes=3_000
        )
        partners = [add_partner(a.workspace, f"Verhuurder {n}") for n in range(8)]
        report = a.sync()
        assert report.pushed == 16  # eight partners and their contact persons
        assert len(sizes) > 2
        b.sync()
        assert [partner_name(b, partner) for partner in partners] == [f"Verhuurder {n}" for n in range(8)]
        assert a.sync().pushed == 0
    finally:
        a.workspace.close()
        b.workspace.close()


def test_a_reassignment_reaches_the_new_counsellor_with_its_reason(laptops: tuple[Laptop, Laptop]) -> None:
    """The team leader hands a case to a colleague; after both sync, the colleague's laptop shows the
    case as theirs, with the reassignment and its reason, and nothing waits to be sent."""
    a, b = laptops
    landlord = add_partner(a.workspace)
    case_id = register_case(a.workspace, landlord)
    inform_team(a.workspace, case_id)
    a.workspace.settings.set_profile_role("team_leader")
    team = TeamService(a.workspace.store, a.workspace.user.user_id, a.workspace.clock)
    colleague = b.workspace.user
    team.reassign(case_id, colleague.user_id, colleague.name, "Neemt de wijk over tijdens verlof")
    a.sync()
    b.sync()
    [row] = b.workspace.caseload.rows(10)
    assert (row.id, row.counsellor) == (case_id, colleague.name)
    with b.workspace.store.unit_of_work("", b.workspace.clock) as uow:
        moved = uow.session.scalars(select(Reassignment).where(Reassignment.case_id == case_id)).one()
        assert (moved.to_counsellor_id, moved.reason) == (
            colleague.user_id,
            "Neemt de wijk over tijdens verlof",
        )
        assert uow.session.get_one(Case, case_id).counsellor_id == colleague.user_id
    assert a.sync().pushed == 0 and b.sync().pushed == 0
