"""The sync interface: the status line, joining, the team leader's devices, conflicts, the scheduler.

Most tests talk to the real sync server in-process (FastAPI's TestClient on a SQLite file) through the
SyncService's client factory; 'no connection' is an httpx MockTransport that raises ConnectError.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.protocol import Approval, DeviceInfo, DeviceStatus, ErrorCode, Me, Role, fingerprint
from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.database import Database, upgrade
from caseworker_desktop.services.sync import ClientFactory, SyncService, SyncStatus
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Case, Client
from caseworker_desktop.store.models_sync import SyncConflict, SyncMeta
from caseworker_desktop.sync import crypto
from caseworker_desktop.sync.engine import SyncReport
from caseworker_desktop.sync.transport import HttpTransport, SyncError
from caseworker_desktop.ui.conflicts_view import ConflictsView
from caseworker_desktop.ui.join_team_dialog import JoinTeamDialog
from caseworker_desktop.ui.labels import issue_text
from caseworker_desktop.ui.main_window import MainWindow
from caseworker_desktop.ui.sync_labels import sync_error_text
from caseworker_desktop.ui.sync_status import (
    AMBER,
    GREEN,
    GREY,
    RED,
    SyncStatusWidget,
    changes_text,
    moment_text,
)
from caseworker_desktop.ui.sync_worker import SyncScheduler
from caseworker_desktop.ui.team_devices_dialog import TeamDevicesDialog
from tests.server.server_support import Device, Server, Team
from tests.support import FakeClock
from tests.sync.sync_support import inform_team
from tests.ui.conftest import click, open_unlocked, type_into, unlock

ADDRESS = "https://sync.test"
UNREACHABLE = "http://127.0.0.1:9"  # nothing listens on the discard port: refused at once, if ever tried


# --- the server, the network, helpers ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def server_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FastAPI, Server]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('sync-server') / 'server.db'}"
    database = Database(url)
    upgrade(database.engine)
    app = create_app(url)
    yield app, Server(TestClient(app), database)
    database.dispose()


@pytest.fixture
def server(server_app: tuple[FastAPI, Server]) -> Server:
    return server_app[1]


class Network:
    """A client factory: the in-process server while online, a refused connection while offline."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.online = True
        self.addresses: list[str] = []
        self.refused = 0

    def __call__(self, address: str) -> httpx.Client:
        self.addresses.append(address)
        if self.online:
            return TestClient(self.app, base_url=address)
        return httpx.Client(base_url=address, transport=httpx.MockTransport(self._refuse))

    def _refuse(self, request: httpx.Request) -> httpx.Response:
        self.refused += 1
        raise httpx.ConnectError("connection refused", request=request)


@pytest.fixture
def network(server_app: tuple[FastAPI, Server]) -> Network:
    return Network(server_app[0])


def service_for(workspace: Workspace, factory: ClientFactory) -> SyncService:
    return SyncService(workspace.store, workspace.user.user_id, workspace.clock, client_factory=factory)


def joined_as_leader(workspace: Workspace, server: Server, network: Network) -> tuple[SyncService, Team]:
    """This laptop is the first leader device of a new team: approved at once, holding the team key."""
    team = server.new_team()
    service = service_for(workspace, network)
    status = service.join(ADDRESS, server.invite(team, Role.TEAM_LEADER), "Leader laptop")
    assert status.can_sync
    return service, team


def set_meta(workspace: Workspace, **values: str) -> None:
    with workspace.store.unit_of_work("test") as uow:
        for key, value in values.items():
            uow.session.merge(SyncMeta(key=key, value=value))


def joined_without_server(
    workspace: Workspace, role: Role, status: DeviceStatus = DeviceStatus.APPROVED
) -> None:
    """The sync state of a joined laptop written straight into the store; its server never answers."""
    set_meta(
        workspace,
        server=UNREACHABLE,
        device_id=str(uuid.uuid4()),
        token="token",
        team_id="team",
        team_name="Wonen Gent",
        organisation="CAW Test",
        worker_id="worker",
        role=role.value,
        status=status.value,
        fingerprint="ABCD-EFGH-IJKL-MNOP",
    )


def status_widget(qtbot: QtBot, service: SyncService, workspace: Workspace) -> SyncStatusWidget:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.attach(service, workspace.clock)
    widget.show()
    return widget


def leader_transport(server: Server, leader: Device) -> HttpTransport:
    return HttpTransport(server.client, leader.token)


# --- words ----------------------------------------------------------------------------------------------
def test_every_error_code_has_its_own_sentence() -> None:
    general = sync_error_text("no such code")
    codes = [code.value for code in ErrorCode] + ["offline", "timeout", "server_error", "bad_response"]
    texts = {code: sync_error_text(code) for code in codes}
    assert all(text and text != general for text in texts.values())
    assert len(set(texts.values())) == len(codes)
    assert texts["device_revoked"] == "This laptop's access to the team was withdrawn. Ask your team leader."


def test_sync_rule_codes_reach_the_shared_issue_text() -> None:
    for code in (
        "sync_address_not_allowed",
        "sync_already_joined",
        "sync_not_joined",
        "sync_conflict_gone",
        "sync_fingerprint_mismatch",
        "sync_no_team_key",
    ):
        text = issue_text(Issue(code))
        assert text != "This value is not accepted."
        assert sync_error_text(code) == text
    assert "https://" in issue_text(Issue("sync_address_not_allowed"))


# --- the status line ------------------------------------------------------------------------------------
def test_status_says_not_joined(qtbot: QtBot, workspace: Workspace, network: Network) -> None:
    widget = status_widget(qtbot, service_for(workspace, network), workspace)
    assert widget.text.text() == "Not joined to a team"
    assert widget.colour == GREY
    assert "Join a team" in widget.toolTip()
    assert network.addresses == []  # reading the status never goes to the network


def test_status_follows_a_leader_from_synced_to_offline_to_a_day_later(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network, landlord_id: str, clock: FakeClock
) -> None:
    service, _team = joined_as_leader(workspace, server, network)
    service.sync_now()
    widget = status_widget(qtbot, service, workspace)
    synced_at = moment_text(workspace.clock(), workspace.clock())
    assert widget.text.text() == f"Synced {synced_at}"
    assert widget.colour == GREEN
    assert "Team leader" in widget.toolTip() and ADDRESS in widget.toolTip()

    network.online = False
    workspace.partners.save(replace(workspace.partners.get(landlord_id), phone="09 123 45 67"), landlord_id)
    with pytest.raises(SyncError) as failed:
        service.sync_now()
    assert failed.value.code == "offline"
    widget.refresh()
    waiting = service.status().pending
    assert waiting >= 1
    assert widget.text.text() == f"Offline — last synced {synced_at} · {changes_text(waiting)}"
    assert widget.colour == AMBER

    clock.advance(24 * 3600)
    widget.refresh()
    assert "Offline — last synced yesterday at " in widget.text.text()
    assert "no connection" in widget.toolTip()

    network.online = True
    service.sync_now()
    widget.refresh()
    assert widget.text.text() == f"Synced {moment_text(workspace.clock(), workspace.clock())}"


def test_status_while_syncing_counts_the_pages(qtbot: QtBot, workspace: Workspace) -> None:
    joined_without_server(workspace, Role.COUNSELLOR)
    set_meta(workspace, team_key=base64.b64encode(bytes(32)).decode())
    backend = BlockingBackend(workspace)
    scheduler = SyncScheduler(backend, first_delay_ms=60_000)
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    widget.attach(backend, workspace.clock, scheduler)
    scheduler.start()
    try:
        with qtbot.waitSignal(scheduler.sync_started, timeout=3000):
            scheduler.sync_now()
        assert widget.text.text() == "Syncing…"
        with qtbot.waitSignal(scheduler.progress, timeout=3000):
            backend.report(1200, 4000)
        assert widget.text.text() == "Syncing… 1.200 of 4.000"
        with qtbot.waitSignal(scheduler.synced, timeout=3000):
            backend.release.set()
        assert widget.text.text().startswith("Synced at ")
    finally:
        backend.release.set()
        scheduler.stop()


def test_status_says_when_access_was_withdrawn(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    team = server.new_team()
    leader = server.leader(team)
    service = service_for(workspace, network)
    status = service.join(ADDRESS, server.invite(team), "Counsellor laptop")
    assert status.device_status == DeviceStatus.PENDING

    widget = status_widget(qtbot, service, workspace)
    assert widget.text.text() == f"Waiting for the team leader's approval (fingerprint {status.fingerprint})"
    assert widget.colour == AMBER

    transport = leader_transport(server, leader)
    mine = next(d for d in transport.devices().devices if d.fingerprint == status.fingerprint)
    assert leader.team_key is not None
    wrapped = crypto.wrap_team_key(leader.team_key, base64.b64decode(mine.public_key))
    transport.approve(mine.device_id, Approval(wrapped_key=wrapped))
    assert service.refresh().can_sync
    service.sync_now()

    transport.revoke(mine.device_id)
    with pytest.raises(SyncError):
        service.sync_now()
    widget.refresh()
    assert widget.text.text() == "Access to the team withdrawn · ask your team leader"
    assert widget.colour == RED
    assert "withdrawn. Ask your team leader." in widget.toolTip()


def test_conflicts_show_in_the_status_and_a_click_asks_for_them(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    joined_without_server(workspace, Role.COUNSELLOR)
    set_meta(workspace, team_key="a2V5", last_success=workspace.clock().isoformat())
    case_id = register_case(workspace, landlord_id)
    add_conflict(workspace, case_id, "phone", "0470 11 22 33", "0470 99 88 77")
    add_conflict(workspace, case_id, "email", "a@example.be", "b@example.be")
    widget = status_widget(qtbot, SyncService(workspace.store, "x", workspace.clock), workspace)
    assert widget.text.text().startswith("2 conflicts to resolve · Synced at ")
    assert widget.colour == AMBER
    with qtbot.waitSignal(widget.conflicts_requested, timeout=1000):
        click(qtbot, widget)


# --- joining --------------------------------------------------------------------------------------------
def open_join(qtbot: QtBot, service: SyncService) -> JoinTeamDialog:
    dialog = JoinTeamDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_joining_shows_the_fingerprint_to_read_out(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    team = server.new_team()
    server.leader(team)
    service = service_for(workspace, network)
    dialog = open_join(qtbot, service)
    assert dialog.device_name.text()  # the computer's name, to start from
    type_into(qtbot, dialog.server, "sync.test")
    type_into(qtbot, dialog.code, server.invite(team).lower())
    with qtbot.waitSignal(dialog.joined, timeout=10_000) as joined:
        click(qtbot, dialog.join_button)
        assert dialog.busy.isVisible() and not dialog.join_button.isEnabled()
    status = service.status()
    assert joined.args == [status]
    assert dialog.server.text() == ADDRESS  # HTTPS was meant
    assert network.addresses[0] == ADDRESS
    assert dialog.fingerprint.text() == status.fingerprint
    assert dialog.fingerprint.isVisible() and dialog.read_out.isVisible()
    assert dialog.fingerprint.font().pointSize() >= 20
    assert "Read this code to your team leader" in dialog.read_out.text()
    assert dialog.close_button.isVisible() and not dialog.join_button.isVisible()
    assert status.device_status == DeviceStatus.PENDING and not status.can_sync


def test_a_plain_http_address_is_refused_before_anything_is_sent(
    qtbot: QtBot, workspace: Workspace, network: Network
) -> None:
    dialog = open_join(qtbot, service_for(workspace, network))
    type_into(qtbot, dialog.server, "http://sync.example.be")
    type_into(qtbot, dialog.code, "ABCD-EFGH-JKLM-NPQR")
    click(qtbot, dialog.join_button)
    assert dialog.errors["server"].isVisible()
    assert "https://" in dialog.errors["server"].text()
    assert not dialog._background.busy
    assert network.addresses == []
    assert dialog.code.text() == "ABCD-EFGH-JKLM-NPQR"

    dialog.code.clear()
    type_into(qtbot, dialog.code, "ABC")
    click(qtbot, dialog.join_button)
    assert "XXXX-XXXX-XXXX-XXXX" in dialog.errors["code"].text()


def test_a_wrong_code_is_said_under_the_code_and_nothing_typed_is_lost(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    dialog = open_join(qtbot, service_for(workspace, network))
    type_into(qtbot, dialog.server, ADDRESS)
    type_into(qtbot, dialog.code, "AAAA-BBBB-CCCC-DDDD")
    dialog.device_name.setText("Laptop An")
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.errors["code"].isVisible(), timeout=10_000)
    assert "not valid" in dialog.errors["code"].text()
    assert not dialog.errors["server"].isVisible()
    assert (dialog.server.text(), dialog.code.text(), dialog.device_name.text()) == (
        ADDRESS,
        "AAAA-BBBB-CCCC-DDDD",
        "Laptop An",
    )
    assert dialog.join_button.isEnabled() and dialog.code.isEnabled() and not dialog.busy.isVisible()
    assert dialog.pages.currentIndex() == 0


def test_no_connection_is_said_under_the_address(
    qtbot: QtBot, workspace: Workspace, network: Network
) -> None:
    network.online = False
    dialog = open_join(qtbot, service_for(workspace, network))
    type_into(qtbot, dialog.server, ADDRESS)
    type_into(qtbot, dialog.code, "AAAA-BBBB-CCCC-DDDD")
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: dialog.errors["server"].isVisible(), timeout=10_000)
    assert dialog.errors["server"].text() == sync_error_text("offline")


# --- the team leader's devices ----------------------------------------------------------------------------
def test_the_leader_approves_with_the_read_out_code_and_not_with_another(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    service, team = joined_as_leader(workspace, server, network)
    colleague = server.enrolled(team)
    spoken = crypto_fingerprint(colleague)

    dialog = TeamDevicesDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert cell(dialog, 0, 3) == "Waiting for approval"  # the waiting laptop comes first
    assert cell(dialog, 0, 4) == spoken
    assert "(this laptop)" in cell(dialog, 1, 0)
    dialog.table.selectRow(1)
    assert not dialog.revoke_button.isEnabled() and not dialog.approve_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.approve_button.isEnabled()

    click(qtbot, dialog.approve_button)
    approve = dialog.approve_dialog
    assert approve is not None and approve.isVisible()
    type_into(qtbot, approve.code, "ABCD-EFGH-JKLM-NPQR")
    click(qtbot, approve.approve_button)
    qtbot.waitUntil(lambda: approve.error.isVisible(), timeout=10_000)
    assert "not the code of that laptop" in approve.error.text()
    assert approve.isVisible()
    assert me(server, colleague).status == DeviceStatus.PENDING

    approve.code.clear()
    type_into(qtbot, approve.code, spoken.replace("-", "").lower())
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, approve.approve_button)
    assert not approve.isVisible()
    answer = me(server, colleague)
    assert answer.status == DeviceStatus.APPROVED and answer.wrapped_key is not None
    team_key = base64.b64decode(dict(meta(workspace))["team_key"])
    assert crypto.unwrap_team_key(answer.wrapped_key, colleague.private_key) == team_key
    qtbot.waitUntil(lambda: cell(dialog, 1, 3) == "Approved", timeout=10_000)
    assert "is approved" in dialog.message.text()


def test_the_leader_withdraws_access_after_confirming(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    service, team = joined_as_leader(workspace, server, network)
    colleague = server.enrolled(team)
    dialog = TeamDevicesDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.table.selectRow(dialog.row_of(colleague.id))
    asked: list[str] = []

    def refuse(device: DeviceInfo) -> bool:
        asked.append(device.device_id)
        return False

    dialog.confirm_revoke = refuse  # type: ignore[method-assign]
    click(qtbot, dialog.revoke_button)
    assert asked == [colleague.id] and me(server, colleague).status == DeviceStatus.PENDING

    dialog.confirm_revoke = lambda device: True  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        click(qtbot, dialog.revoke_button)
    server.error(server.call("GET", "/v1/me", colleague), 401, ErrorCode.DEVICE_REVOKED)
    qtbot.waitUntil(
        lambda: cell(dialog, dialog.row_of(colleague.id), 3) == "Access withdrawn", timeout=10_000
    )


def test_the_device_list_says_when_the_server_cannot_be_reached(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    service, _team = joined_as_leader(workspace, server, network)
    network.online = False
    dialog = TeamDevicesDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text() == sync_error_text("offline")
    assert dialog.reload_button.isEnabled() and not dialog.busy.isVisible()


def cell(dialog: TeamDevicesDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def crypto_fingerprint(device: Device) -> str:
    return fingerprint(device.public_key)


def me(server: Server, device: Device) -> Me:
    return Me.model_validate_json(server.call("GET", "/v1/me", device).content)


def meta(workspace: Workspace) -> list[tuple[str, str]]:
    with workspace.store.unit_of_work("test") as uow:
        return [(row.key, row.value) for row in uow.session.scalars(select(SyncMeta))]


def test_the_status_says_which_changes_wait_for_the_team_consent(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network, landlord_id: str
) -> None:
    service, _team = joined_as_leader(workspace, server, network)
    case_id = register_case(workspace, landlord_id)
    report = service.sync_now()
    status = service.status()
    assert report.held_back > 0 and status.held_back == status.pending == report.held_back
    widget = status_widget(qtbot, service, workspace)
    synced_at = moment_text(workspace.clock(), workspace.clock())
    assert widget.text.text() == f"Synced {synced_at} · {status.pending} changes waiting for the team consent"
    assert widget.colour == GREEN

    # An edit made offline waits for the network, not for a consent: the line tells the two apart.
    network.online = False
    workspace.partners.save(replace(workspace.partners.get(landlord_id), phone="09 123 45 67"), landlord_id)
    with pytest.raises(SyncError):
        service.sync_now()
    widget.refresh()
    assert widget.text.text() == (
        f"Offline — last synced {synced_at} · {status.pending + 1} changes waiting, "
        f"{status.pending} for the team consent"
    )

    network.online = True
    inform_team(workspace, case_id)
    service.sync_now()
    widget.refresh()
    assert service.status().pending == 0
    assert widget.text.text() == f"Synced {moment_text(workspace.clock(), workspace.clock())}"


# --- conflicts ------------------------------------------------------------------------------------------
def register_case(workspace: Workspace, landlord_id: str) -> str:
    return workspace.referrals.register(
        ReferralInput(
            first_name="Noor",
            last_name="Conflicttest",
            phone="0470 11 22 33",
            street="Kouter",
            house_number="9",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            referral_date=workspace.today(),
            source=ReferralSource.LANDLORD,
            problems={Problem.UPKEEP},
        )
    )


def client_of(workspace: Workspace, case_id: str) -> Client:
    with workspace.store.unit_of_work("test") as uow:
        case = uow.session.get_one(Case, case_id)
        client = uow.session.get_one(Client, case.client_id)
        uow.session.expunge(client)
        return client


def add_conflict(
    workspace: Workspace, case_id: str, field: str, local: object, remote: object, kind: str = "client"
) -> str:
    record_id = client_of(workspace, case_id).id if kind == "client" else case_id
    conflict_id = str(uuid.uuid4())
    now = workspace.clock()
    with workspace.store.unit_of_work("test") as uow:
        uow.session.add(
            SyncConflict(
                id=conflict_id,
                kind=kind,
                record_id=record_id,
                case_id=case_id,
                field=field,
                local_value=json.dumps(local),
                remote_value=json.dumps(remote),
                local_author=workspace.user.user_id,
                local_at=now - timedelta(hours=1),
                remote_author="worker-7",
                remote_at=now - timedelta(days=1),
                detected_at=now,
            )
        )
    return conflict_id


def test_conflicts_show_both_sides_and_a_choice_goes_to_the_record(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    phone = add_conflict(workspace, case_id, "phone", "0470 11 22 33", "0470 99 88 77")
    long_text = "De huurder vroeg om een afbetalingsplan. " * 6
    street = add_conflict(workspace, case_id, "street", "Kouter", long_text)
    service = SyncService(workspace.store, workspace.user.user_id, workspace.clock)
    view = ConflictsView(service, workspace.clock)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    assert len(view.cards) == 2 and not view.empty.isVisible()
    card = view.card(phone)
    number = service.conflicts()[0].case_number
    assert card.title() == f"Case {number} · Noor Conflicttest"
    assert card.what.text() == "Client · field “Phone”"
    assert isinstance(card.local_value, QLabel) and card.local_value.text() == "0470 11 22 33"
    assert isinstance(card.remote_value, QLabel) and card.remote_value.text() == "0470 99 88 77"
    assert card.local_who.text().startswith("Changed on this laptop at ")
    assert card.remote_who.text().startswith("Changed by a colleague yesterday at ")
    long_card = view.card(street)
    assert isinstance(long_card.remote_value, QPlainTextEdit) and long_card.remote_value.isReadOnly()
    assert long_card.remote_value.toPlainText() == long_text

    with qtbot.waitSignal(view.resolved, timeout=1000) as resolved:
        click(qtbot, card.take_button)
    assert resolved.args == [phone]
    assert client_of(workspace, case_id).phone == "0470 99 88 77"
    assert [c.id for c in service.conflicts()] == [street]
    assert len(view.cards) == 1

    click(qtbot, view.card(street).keep_button)
    assert client_of(workspace, case_id).street == "Kouter"
    assert service.conflicts() == ()
    assert view.empty.isVisible() and view.cards == []


def test_a_conflict_resolved_meanwhile_is_said_and_the_list_reloads(
    qtbot: QtBot, workspace: Workspace, landlord_id: str
) -> None:
    case_id = register_case(workspace, landlord_id)
    conflict = add_conflict(workspace, case_id, "phone", "1", "2")
    service = SyncService(workspace.store, workspace.user.user_id, workspace.clock)
    view = ConflictsView(service, workspace.clock)
    qtbot.addWidget(view)
    service.resolve(conflict, "local")
    view.choose(conflict, "remote")
    assert "already resolved" in view.error.text()
    assert view.cards == []


# --- the scheduler --------------------------------------------------------------------------------------
class BlockingBackend:
    """Stands in for SyncService: each sync waits until released; counts how many ran at once."""

    def __init__(self, workspace: Workspace, can_sync: bool = True) -> None:
        self._real = SyncService(workspace.store, workspace.user.user_id, workspace.clock)
        self._workspace = workspace
        self.can_sync = can_sync
        self.release = threading.Event()
        self.calls = 0
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        self._progress: list[tuple[int, int]] = []

    def status(self) -> SyncStatus:
        return self._real.status()

    def refresh(self) -> SyncStatus:
        return self._real.status()

    def report(self, done: int, total: int) -> None:
        """Have the running sync report this progress."""
        self._progress.append((done, total))

    def sync_now(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        with self._lock:
            self.calls += 1
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
        try:
            while not self.release.wait(0.01):
                if self._progress and progress is not None:
                    progress(*self._progress.pop(0))
            set_meta(self._workspace, last_success=self._workspace.clock().isoformat(), last_error="")
            return SyncReport()
        finally:
            with self._lock:
                self.running -= 1


def test_the_scheduler_never_runs_two_syncs_at_once(qtbot: QtBot, workspace: Workspace) -> None:
    joined_without_server(workspace, Role.COUNSELLOR)
    set_meta(workspace, team_key="a2V5")
    backend = BlockingBackend(workspace)
    scheduler = SyncScheduler(backend, first_delay_ms=0, period_ms=30, change_delay_ms=0)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: backend.calls == 1, timeout=3000)
        assert not scheduler.sync_now()
        scheduler.changes_made()
        qtbot.wait(200)  # several periods pass while the first sync still runs
        assert backend.calls == 1 and scheduler.syncing
        with qtbot.waitSignal(scheduler.synced, timeout=3000):
            backend.release.set()
        qtbot.waitUntil(
            lambda: backend.calls >= 3, timeout=3000
        )  # the change made meanwhile, then the period
        assert backend.most_at_once == 1
    finally:
        backend.release.set()
        scheduler.stop()
    assert not scheduler.active


def test_after_no_connection_the_scheduler_retries_with_backoff(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    service, _team = joined_as_leader(workspace, server, network)
    network.online = False
    scheduler = SyncScheduler(service, first_delay_ms=0, period_ms=60_000, backoff_ms=(50, 100, 400))
    failures: list[str] = []
    scheduler.sync_failed.connect(failures.append)
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: len(failures) >= 3, timeout=5000)
        assert set(failures) == {"offline"}
        assert service.status().offline
        remaining = scheduler.next_attempt_ms
        assert remaining is not None and remaining <= 1000  # the backoff, not the minute's period
        network.online = True
        with qtbot.waitSignal(scheduler.synced, timeout=5000):
            pass
        assert not service.status().offline
        remaining = scheduler.next_attempt_ms
        assert remaining is not None and remaining > 10_000  # back to the regular period
    finally:
        scheduler.stop()


def test_backoff_doubles_up_to_ten_minutes() -> None:
    scheduler = SyncScheduler.__new__(SyncScheduler)
    scheduler.backoff_ms = SyncScheduler.BACKOFF_MS
    delays = []
    for failures in range(1, 10):
        scheduler._failures = failures
        delays.append(scheduler._backoff())
    assert delays[:4] == [30_000, 60_000, 120_000, 240_000]
    assert max(delays) == delays[-1] == 600_000


def test_nothing_is_sent_before_joining(qtbot: QtBot, workspace: Workspace, network: Network) -> None:
    scheduler = SyncScheduler(service_for(workspace, network), first_delay_ms=0, period_ms=20)
    scheduler.start()
    scheduler.changes_made()
    qtbot.wait(150)
    scheduler.stop()
    assert scheduler.syncs_started == 0
    assert network.addresses == []


def test_a_pending_laptop_notices_its_approval_and_syncs(
    qtbot: QtBot, workspace: Workspace, server: Server, network: Network
) -> None:
    team = server.new_team()
    leader = server.leader(team)
    service = service_for(workspace, network)
    status = service.join(ADDRESS, server.invite(team), "Counsellor laptop")
    scheduler = SyncScheduler(service, first_delay_ms=0, pending_check_ms=50)
    checks: list[None] = []
    scheduler.checked.connect(lambda: checks.append(None))
    scheduler.start()
    try:
        qtbot.waitUntil(lambda: len(checks) >= 2, timeout=5000)
        assert scheduler.syncs_started == 0  # only asking the server, nothing sent
        transport = leader_transport(server, leader)
        mine = next(d for d in transport.devices().devices if d.fingerprint == status.fingerprint)
        assert leader.team_key is not None
        wrapped = crypto.wrap_team_key(leader.team_key, base64.b64decode(mine.public_key))
        with qtbot.waitSignal(scheduler.synced, timeout=5000):
            transport.approve(mine.device_id, Approval(wrapped_key=wrapped))
        assert service.status().can_sync and service.status().last_success is not None
    finally:
        scheduler.stop()


# --- the main window ------------------------------------------------------------------------------------
def test_team_devices_is_only_in_a_team_leaders_sync_menu(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace
) -> None:
    joined_without_server(workspace, Role.COUNSELLOR, DeviceStatus.PENDING)
    window = open_unlocked(qtbot, make_window, workspace)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "S&ync" in titles
    assert not window.devices_action.isVisible()
    assert window.sync_now_action.isEnabled() and window.conflicts_action.isEnabled()
    assert not window.join_action.isEnabled()  # joined already
    assert window.sync_status.isVisible()
    assert window.sync_status.text.text().startswith("Waiting for the team leader's approval")
    window.lock()
    assert window.sync_scheduler is None and not window.sync_status.isVisible()

    unlock(qtbot, window)
    assert window.workspace is not None
    set_meta(window.workspace, role=Role.TEAM_LEADER.value)
    window.sync_status.refresh()
    assert window.devices_action.isVisible()
    window.lock()
    assert not window.devices_action.isVisible()


def test_a_new_profile_can_join_and_syncs_nothing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace
) -> None:
    window = open_unlocked(qtbot, make_window, workspace)
    assert window.join_action.isEnabled() and not window.devices_action.isVisible()
    assert window.sync_status.text.text() == "Not joined to a team"
    window.sync_now()  # F9 before joining: said in words, nothing sent
    qtbot.waitUntil(lambda: "has not joined a team" in window.statusBar().currentMessage(), timeout=3000)
    assert window.sync_status.text.text() == "Not joined to a team"


def test_lock_stops_a_running_sync_before_the_store_closes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace
) -> None:
    joined_without_server(workspace, Role.COUNSELLOR)
    set_meta(workspace, team_key="a2V5")
    window = open_unlocked(qtbot, make_window, workspace)
    scheduler = window.sync_scheduler
    assert scheduler is not None and window.workspace is not None
    backend = CancellableBackend(window.workspace)
    scheduler.service = backend
    with qtbot.waitSignal(scheduler.sync_started, timeout=3000):
        window.sync_now()
    opened = window.workspace
    window.lock()
    assert backend.stopped_early.is_set()
    assert backend.ended_while_open
    assert opened.closed and not scheduler.active


class CancellableBackend(BlockingBackend):
    """A long pull: reports a page every few milliseconds until the worker is told to stop."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.stopped_early = threading.Event()
        self.ended_while_open = False

    def sync_now(self, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        assert progress is not None
        try:
            for page in range(10_000):
                progress(page, 10_000)
                threading.Event().wait(0.005)
        except BaseException:
            self.stopped_early.set()
            raise
        finally:
            self.ended_while_open = not self._workspace.closed
        return SyncReport()


def test_the_sync_menu_opens_its_dialogs_and_a_lock_closes_an_open_one(
    qtbot: QtBot, make_window: Callable[[], MainWindow], workspace: Workspace
) -> None:
    joined_without_server(workspace, Role.TEAM_LEADER)
    window = open_unlocked(qtbot, make_window, workspace)
    seen: list[str] = []

    def then(action: Callable[[], None]) -> None:
        def look() -> None:
            seen.append(type(QApplication.activeModalWidget()).__name__)
            action()

        QTimer.singleShot(100, look)

    then(lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    window.conflicts_action.trigger()
    then(window.lock)
    window.devices_action.trigger()
    assert seen == ["ConflictsView", "TeamDevicesDialog"]
    assert window.workspace is None and window.sync_scheduler is None
