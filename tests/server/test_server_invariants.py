"""Whatever three devices push, in whatever order and with whatever base versions, the log stays sound.

Invariants: a record's accepted versions are 1, 2, 3 … without gaps; a team's sequence numbers are
unique and dense from 1; a replayed mutation id gets its first answer back and changes nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from caseworker_desktop.protocol import Mutation, MutationResult, MutationStatus
from caseworker_desktop.server.models import Envelope, MutationLog, Team
from tests.server.server_support import Device, Server

RECORDS = ["r0", "r1", "r2"]


@dataclass(frozen=True)
class Step:
    device: int
    record: int
    base: int | None  # None: the version the server has now (an honest, up-to-date edit)
    replay: int | None  # replay the n-th earlier mutation (modulo how many there were) instead


steps = st.builds(
    Step,
    device=st.integers(0, 2),
    record=st.integers(0, len(RECORDS) - 1),
    base=st.one_of(st.none(), st.integers(0, 4)),
    replay=st.one_of(st.none(), st.none(), st.integers(0, 50)),
)
pushes = st.lists(st.lists(steps, min_size=1, max_size=4), min_size=1, max_size=8)


def _team_state(
    server: Server, team_id: str
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
    with server.database.session(write=False) as session:
        envelopes = session.execute(
            select(Envelope.record_id, Envelope.version, Envelope.seq, Envelope.ciphertext)
            .where(Envelope.team_id == team_id)
            .order_by(Envelope.record_id)
        ).all()
        log = session.execute(
            select(MutationLog.mutation_id, MutationLog.result)
            .where(MutationLog.team_id == team_id)
            .order_by(MutationLog.mutation_id)
        ).all()
        next_seq = session.scalars(select(Team.next_seq).where(Team.id == team_id)).one()
        return [tuple(row) for row in envelopes], [tuple(row) for row in log], next_seq


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=pushes)
def test_random_pushes_keep_the_log_sound(server: Server, plan: list[list[Step]]) -> None:
    team = server.new_team()
    leader = server.leader(team)
    devices: list[Device] = [leader, server.counsellor(team, leader), server.counsellor(team, leader)]

    versions: dict[str, int] = {}  # the model of what the server should hold
    accepted_versions: dict[str, list[int]] = {record: [] for record in RECORDS}
    answers: dict[str, MutationResult] = {}
    sent: list[Mutation] = []
    next_seq = 1

    for batch in plan:
        mutations = []
        for step in batch:
            if step.replay is not None and sent:
                mutations.append(sent[step.replay % len(sent)])
                continue
            record = RECORDS[step.record]
            base = versions.get(record, 0) if step.base is None else step.base
            mutations.append(devices[step.device].mutation(record, base))
        all_replays = all(m.mutation_id in answers for m in mutations)
        before = _team_state(server, team.id)

        results = server.push(devices[batch[0].device], *mutations).results

        assert [r.mutation_id for r in results] == [m.mutation_id for m in mutations]
        for mutation, result in zip(mutations, results, strict=True):
            if mutation.mutation_id in answers:
                assert result == answers[mutation.mutation_id]
                continue
            current = versions.get(mutation.record_id, 0)
            if mutation.base_version == current:
                assert result.status is MutationStatus.ACCEPTED
                assert (result.version, result.seq) == (current + 1, next_seq)
                versions[mutation.record_id] = current + 1
                accepted_versions[mutation.record_id].append(current + 1)
                answers[mutation.mutation_id] = result
                next_seq += 1
            else:
                assert result.status is MutationStatus.CONFLICT
                held = result.current.version if result.current is not None else 0
                assert held == current
            sent.append(mutation)
        if all_replays:
            assert _team_state(server, team.id) == before

    for record, seen in accepted_versions.items():
        assert seen == list(range(1, len(seen) + 1)), record
    assert sorted(r.seq or 0 for r in answers.values()) == list(range(1, next_seq))
    page = server.pull(devices[2])
    assert {e.record_id: e.version for e in page.envelopes} == versions
    assert len({e.seq for e in page.envelopes}) == len(page.envelopes)
    stored, log, stored_next = _team_state(server, team.id)
    assert len(stored) == len(versions)
    assert stored_next == next_seq
    assert len(log) == len(answers)


def test_concurrent_writers_to_one_record_never_lose_an_update(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    devices = [leader, server.counsellor(team, leader), server.counsellor(team, leader)]
    rounds = 8
    wins: list[int] = []
    failures: list[BaseException] = []

    def worker(device: Device) -> None:
        try:
            for _ in range(rounds):
                while True:  # what a laptop does: read, edit, push; merge and retry on conflict
                    page = server.pull(device)
                    base = page.envelopes[0].version if page.envelopes else 0
                    [result] = server.push(device, device.mutation("contested", base)).results
                    if result.status is MutationStatus.ACCEPTED:
                        assert result.version is not None
                        wins.append(result.version)
                        break
        except BaseException as error:  # handed to the main thread, which fails the test
            failures.append(error)

    threads = [threading.Thread(target=worker, args=(device,)) for device in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert sorted(wins) == list(range(1, len(devices) * rounds + 1))
    [envelope] = server.pull(leader).envelopes
    assert envelope.version == envelope.seq == len(devices) * rounds
