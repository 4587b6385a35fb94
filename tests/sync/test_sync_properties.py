"""A stateful property test: three laptops edit offline, sync through faults, and must converge.

Hypothesis drives random steps: create a directory entry, edit a field on one laptop, sync one laptop,
and faults — an answer lost after the server committed, a laptop killed halfway through a pull, a
push batch sent twice, the server restarted (same data, new process). At the end everyone syncs until
quiet, open conflicts are settled, and then:
- all laptops hold the same values;
- no edit is lost: every value typed either is the final one, was knowingly overwritten (typed over on
  a laptop that showed it), or is on record in a conflict;
- nothing was applied twice: the server's sequence counts exactly the accepted mutations.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import func, select

from caseworker_desktop.protocol import PullPage, PushRequest, PushResponse
from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.database import Database, upgrade
from caseworker_desktop.server.models import MutationLog
from caseworker_desktop.server.models import Team as ServerTeam
from caseworker_desktop.store.models import Partner
from caseworker_desktop.store.models_sync import SyncConflict
from caseworker_desktop.sync.crypto import new_team_key
from caseworker_desktop.sync.engine import SyncEngine, TeamKeys, Transport
from caseworker_desktop.sync.transport import HttpTransport
from tests.server.server_support import Server
from tests.support import FakeClock
from tests.sync.fake_server import FakeServer, LostResponse
from tests.sync.sync_support import TEAM, Laptop, add_partner, make_laptop

FIELDS = ("name", "phone", "email", "street")
NAMES = ("an", "bart", "chloe")


class KilledMidway(Exception):
    pass


@dataclass
class Faults:
    lose_answer: bool = False
    kill_after_pages: int | None = None
    replay_push: bool = False


class FaultyTransport(Transport):
    def __init__(self, holder: FakeHolder | RealHolder, device: str) -> None:
        self.holder = holder
        self.device = device
        self.faults = Faults()

    def push(self, request: PushRequest) -> PushResponse:
        if self.faults.replay_push:
            self.faults.replay_push = False
            self.holder.push(request, self.device)
        if self.faults.lose_answer:
            self.faults.lose_answer = False
            self.holder.push(request, self.device)
            raise LostResponse
        return self.holder.push(request, self.device)

    def pull(self, after: int, limit: int) -> PullPage:
        if self.faults.kill_after_pages is not None:
            if self.faults.kill_after_pages == 0:
                self.faults.kill_after_pages = None
                raise KilledMidway
            self.faults.kill_after_pages -= 1
        return self.holder.pull(after, limit, self.device)


class FakeHolder:
    """The in-memory server; a restart keeps its data in a new object."""

    def __init__(self, _root: Path) -> None:
        self.server = FakeServer()
        self.team_id = TEAM
        self.team_key = new_team_key()

    def push(self, request: PushRequest, device: str) -> PushResponse:
        return self.server.push(request, device, device)

    def pull(self, after: int, limit: int, _device: str) -> PullPage:
        return self.server.pull(after, limit)

    def restart(self) -> None:
        self.server = replace(self.server, lose_next_answer=False)

    def accepted_once(self) -> bool:
        return self.server.seq == len(self.server.results)

    def close(self) -> None:
        pass


class RealHolder:
    """The real server app on a SQLite file, through its HTTP API; a restart is a new app process
    state on the same file. Devices are enrolled and approved the way laptops are."""

    def __init__(self, root: Path) -> None:
        self.url = f"sqlite:///{root / 'server.db'}"
        self.database = Database(self.url)
        upgrade(self.database.engine)
        self.client = TestClient(create_app(self.url))
        helper = Server(self.client, self.database)
        team = helper.new_team()
        leader = helper.leader(team)
        self.devices = {f"device-{name}": helper.counsellor(team, leader) for name in NAMES}
        self.team_id = team.id
        assert leader.team_key is not None
        self.team_key = leader.team_key

    def _transport(self, device: str) -> HttpTransport:
        return HttpTransport(self.client, self.devices[device].token)

    def push(self, request: PushRequest, device: str) -> PushResponse:
        return self._transport(device).push(request)

    def pull(self, after: int, limit: int, device: str) -> PullPage:
        return self._transport(device).pull(after, limit)

    def restart(self) -> None:
        self.client.close()
        self.client = TestClient(create_app(self.url))

    def accepted_once(self) -> bool:
        with self.database.session(write=False) as session:
            team = session.get_one(ServerTeam, self.team_id)
            accepted = session.scalar(select(func.count()).select_from(MutationLog))
            return team.next_seq - 1 == accepted

    def close(self) -> None:
        self.client.close()
        self.database.dispose()


@dataclass(frozen=True)
class Edit:
    laptop: str
    record: str
    field: str
    value: str
    previous: str | None  # what that laptop showed in the field when the value was typed


class Team(RuleBasedStateMachine):
    holder_kind: type[FakeHolder] | type[RealHolder] = FakeHolder

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="cwd-sync-"))
        self.holder = self.holder_kind(self.root)
        self.laptops: dict[str, Laptop] = {}
        self.transports: dict[str, FaultyTransport] = {}
        self.records: list[str] = []
        self.edits: list[Edit] = []
        self.counter = 0

    @initialize()
    def set_up(self) -> None:
        key = self.holder.team_key
        clock = FakeClock()
        for name in NAMES:
            transport = FaultyTransport(self.holder, f"device-{name}")
            laptop = make_laptop(self.root, name, key, transport, clock)
            # Small pages and batches, so a sync takes several of each and faults can fall in between.
            laptop.engine = SyncEngine(
                laptop.workspace.store,
                laptop.workspace.clock,
                TeamKeys(self.holder.team_id, key, f"device-{name}"),
                transport,
                page_size=2,
                batch_size=2,
            )
            self.laptops[name] = laptop
            self.transports[name] = transport

    def teardown(self) -> None:
        for laptop in self.laptops.values():
            laptop.workspace.close()
        self.holder.close()
        shutil.rmtree(self.root, ignore_errors=True)

    def _value(self) -> str:
        self.counter += 1
        return f"v{self.counter}"

    def _read(self, name: str, record: str) -> dict[str, str] | None:
        workspace = self.laptops[name].workspace
        with workspace.store.unit_of_work("", workspace.clock) as uow:
            row = uow.session.get(Partner, record)
            return {f: getattr(row, f) for f in FIELDS} if row else None

    # --- steps ----------------------------------------------------------------------------------------
    @rule(name=st.sampled_from(NAMES))
    def create(self, name: str) -> None:
        value = self._value()
        record = add_partner(self.laptops[name].workspace, name=value)
        self.records.append(record)
        self.edits.append(Edit(name, record, "name", value, None))

    @precondition(lambda self: self.records)
    @rule(name=st.sampled_from(NAMES), pick=st.integers(0, 10_000), field=st.sampled_from(FIELDS))
    def edit(self, name: str, pick: int, field: str) -> None:
        record = self.records[pick % len(self.records)]
        shown = self._read(name, record)
        if shown is None:
            return  # this laptop has not received it yet
        value = self._value()
        workspace = self.laptops[name].workspace
        with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
            setattr(uow.session.get_one(Partner, record), field, value)
        self.edits.append(Edit(name, record, field, value, shown[field]))

    @rule(name=st.sampled_from(NAMES))
    def sync(self, name: str) -> None:
        with contextlib.suppress(LostResponse, KilledMidway):
            self.laptops[name].sync()

    @rule(name=st.sampled_from(NAMES))
    def lose_next_answer(self, name: str) -> None:
        self.transports[name].faults.lose_answer = True

    @rule(name=st.sampled_from(NAMES), pages=st.integers(0, 2))
    def kill_during_next_pull(self, name: str, pages: int) -> None:
        self.transports[name].faults.kill_after_pages = pages

    @rule(name=st.sampled_from(NAMES))
    def replay_next_push(self, name: str) -> None:
        self.transports[name].faults.replay_push = True

    @rule()
    def restart_server(self) -> None:
        self.holder.restart()

    @invariant()
    def server_counts_each_accepted_mutation_once(self) -> None:
        assert self.holder.accepted_once()

    # --- the end --------------------------------------------------------------------------------------
    def settle(self) -> None:
        for transport in self.transports.values():
            transport.faults = Faults()
        for _round in range(6):
            for name in NAMES:
                self.laptops[name].sync()
            for name in NAMES:
                sync = self.laptops[name].workspace.sync
                for conflict in sync.conflicts():
                    sync.resolve(conflict.id, "local")
        for _round in range(2):
            for name in NAMES:
                self.laptops[name].sync()

    def check_converged(self) -> None:
        self.settle()
        for record in self.records:
            views = {name: self._read(name, record) for name in NAMES}
            assert len({tuple(sorted(v.items())) if v else None for v in views.values()}) == 1, views
        conflicted: set[tuple[str, str, str]] = set()
        for laptop in self.laptops.values():
            with laptop.workspace.store.unit_of_work("", laptop.workspace.clock) as uow:
                for c in uow.session.scalars(select(SyncConflict)):
                    conflicted.add((c.record_id, c.field, c.local_value.strip('"')))
                    conflicted.add((c.record_id, c.field, c.remote_value.strip('"')))
        overwritten = {(e.record, e.field, e.previous) for e in self.edits}
        final = {record: self._read(NAMES[0], record) for record in self.records}
        for edit in self.edits:
            kept = final[edit.record] is not None and final[edit.record][edit.field] == edit.value
            assert (
                kept
                or (edit.record, edit.field, edit.value) in overwritten
                or (edit.record, edit.field, edit.value) in conflicted
            ), f"lost edit {edit}"


class TeamTest(Team):
    def teardown(self) -> None:
        try:
            if len(self.laptops) == len(NAMES):
                self.check_converged()
        finally:
            super().teardown()


class TeamOnRealServer(TeamTest):
    holder_kind = RealHolder


TeamTest.TestCase.settings = settings(
    max_examples=int(os.environ.get("CWD_SYNC_EXAMPLES", "15")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TeamOnRealServer.TestCase.settings = settings(
    max_examples=int(os.environ.get("CWD_SYNC_EXAMPLES", "6")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_laptops_converge_and_lose_nothing = TeamTest.TestCase
test_laptops_converge_through_the_real_server = TeamOnRealServer.TestCase
