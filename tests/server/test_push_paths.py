"""On PostgreSQL an everyday push runs as one call of cw_push (migration 0002); a large one, and every
push on SQLite, runs in Python. Whatever is pushed, the two give the same answers, byte for byte, and
leave the same rows: fresh records, edits on current and stale versions, a record twice in one batch,
replays of earlier and same-batch mutation ids, deletions, and mutation ids that JSON must escape."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from caseworker_desktop.protocol import Mutation, PushRequest
from caseworker_desktop.server import records
from caseworker_desktop.server.models import Envelope, MutationLog, Team
from tests.server.server_support import Device, Server

RECORDS = ["r0", "r1", "r2"]


@dataclass(frozen=True)
class Step:
    record: int
    base: int | None  # None: the version the server has now
    replay: int | None  # send the n-th earlier mutation id again (modulo how many there were)
    deleted: bool
    case: bool
    name: str  # part of a new mutation id


ids = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=12)
steps = st.builds(
    Step,
    record=st.integers(0, len(RECORDS) - 1),
    base=st.one_of(st.none(), st.integers(0, 3)),
    replay=st.one_of(st.none(), st.none(), st.integers(0, 30)),
    deleted=st.booleans(),
    case=st.booleans(),
    name=ids,
)


def _state(server: Server, team_id: str) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], int]:
    with server.database.session(write=False) as session:
        envelopes = session.execute(
            select(
                Envelope.record_id,
                Envelope.kind,
                Envelope.case_id,
                Envelope.version,
                Envelope.seq,
                Envelope.deleted,
                Envelope.ciphertext,
            )
            .where(Envelope.team_id == team_id)
            .order_by(Envelope.record_id)
        ).all()
        log = session.execute(
            select(
                MutationLog.mutation_id,
                MutationLog.record_id,
                MutationLog.status,
                MutationLog.version,
                MutationLog.seq,
                MutationLog.result,
            )
            .where(MutationLog.team_id == team_id)
            .order_by(MutationLog.mutation_id)
        ).all()
        next_seq = session.scalars(select(Team.next_seq).where(Team.id == team_id)).one()
    return [tuple(row) for row in envelopes], [tuple(row) for row in log], next_seq


def _push(server: Server, device: Device, mutations: list[Mutation]) -> bytes:
    content = PushRequest(mutations=mutations).model_dump_json().encode()
    response = server.call("POST", "/v1/push", device, content=content)
    assert response.status_code == 200, response.text
    return response.content


def _comparable(body: bytes) -> Any:
    """The answer without what differs between two teams by nature: who wrote a conflicting
    envelope and when."""
    answer = json.loads(body)
    for result in answer["results"]:
        if result["current"] is not None:
            for name in ("author", "device_id", "updated_at"):
                result["current"][name] = None
    return answer


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(batches=st.lists(st.lists(steps, min_size=1, max_size=6), min_size=1, max_size=6))
def test_the_function_and_python_answer_alike(
    server: Server, monkeypatch: pytest.MonkeyPatch, batches: list[list[Step]]
) -> None:
    if server.database.engine.dialect.name != "postgresql":
        pytest.skip("cw_push exists on PostgreSQL only")
    in_function = server.leader(server.new_team())
    in_python = server.leader(server.new_team())
    sent: list[str] = []
    versions = dict.fromkeys(RECORDS, 0)  # as the function's team has them
    for n, batch in enumerate(batches):
        mutations = []
        for m, step in enumerate(batch):
            record = RECORDS[step.record]
            if step.replay is not None and sent:
                mutation_id = sent[step.replay % len(sent)]
            else:
                mutation_id = f"{step.name}·{n}.{m}"
                sent.append(mutation_id)
            mutations.append(
                Mutation(
                    mutation_id=mutation_id,
                    record_id=record,
                    kind="note",
                    case_id="case-1" if step.case else None,
                    base_version=versions[record] if step.base is None else step.base,
                    deleted=step.deleted,
                    ciphertext=base64.b64encode(f"sealed {n}.{m}".encode()).decode(),
                )
            )
        with monkeypatch.context() as patched:
            patched.setattr(records, "_COPY_FROM", len(mutations) + 1)  # the one call
            first = _push(server, in_function, mutations)
        with monkeypatch.context() as patched:
            patched.setattr(records, "_COPY_FROM", 0)  # Python, and COPY for every table
            second = _push(server, in_python, mutations)
        if b'"current":{' not in first:
            assert first == second
        assert _comparable(first) == _comparable(second)
        for result in json.loads(first)["results"]:
            if result["status"] == "accepted":
                record = next(m.record_id for m in mutations if m.mutation_id == result["mutation_id"])
                versions[record] = max(versions[record], result["version"])
    assert _state(server, in_function.team_id) == _state(server, in_python.team_id)


def test_the_function_refuses_as_python_does(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    if server.database.engine.dialect.name != "postgresql":
        pytest.skip("cw_push exists on PostgreSQL only")
    team = server.new_team()
    leader = server.leader(team)
    pending = server.enrolled(team)
    mutation = leader.mutation("r0", 0)
    for copy_from in (2, 0):  # the one call, then Python
        monkeypatch.setattr(records, "_COPY_FROM", copy_from)
        content = PushRequest(mutations=[mutation]).model_dump_json().encode()
        unknown = server.call("POST", "/v1/push", content=content, token="not-a-token")
        assert unknown.status_code == 401 and "unknown device token" in unknown.text
        waiting = server.call("POST", "/v1/push", pending, content=content)
        assert waiting.status_code == 403 and "device_pending" in waiting.text, waiting.text
        bad = json.loads(content)
        bad["mutations"][0]["ciphertext"] = "not base64!"
        refused = server.call("POST", "/v1/push", pending, content=json.dumps(bad).encode())
        assert refused.status_code == 403 and "device_pending" in refused.text, refused.text
    envelopes, log, next_seq = _state(server, team.id)
    assert (envelopes, log, next_seq) == ([], [], 1)
