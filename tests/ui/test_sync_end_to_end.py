"""Two counsellors' windows and a real server on loopback: join through the dialog, edit offline, sync
from the window, see the other's edit, and settle a conflicting edit in the conflicts view."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.followup import ContactKind
from caseworker_desktop.protocol import Role
from caseworker_desktop.server import admin
from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.database import Database, upgrade
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import Partner
from caseworker_desktop.ui.conflicts_view import ConflictsView
from caseworker_desktop.ui.contacts_panel import Column, ContactsPanel
from caseworker_desktop.ui.join_team_dialog import JoinTeamDialog
from caseworker_desktop.ui.main_window import MainWindow
from tests.support import FAST_KDF, PASSPHRASE, FakeClock
from tests.sync.sync_support import add_partner, inform_team
from tests.trajectory.followup_support import home_visit, register_case, start_support
from tests.ui.conftest import click, type_into, unlock
from tests.ui.referral_typing import choose


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def team_server(tmp_path: Path) -> Iterator[tuple[str, Database]]:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    database = Database(url)
    upgrade(database.engine)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    yield f"http://127.0.0.1:{port}", database
    server.should_exit = True
    thread.join(timeout=10)
    database.dispose()


def codes(database: Database) -> dict[str, str]:
    with database.session(write=True) as session, session.begin():
        organisation = admin.create_organisation(session, "CAW Test")
        team = admin.create_team(session, organisation.id, "Wonen")
        return {
            "leader": admin.invite(session, team.id, "Leen Leider", Role.TEAM_LEADER).code,
            "an": admin.invite(session, team.id, "An", Role.COUNSELLOR).code,
            "bart": admin.invite(session, team.id, "Bart", Role.COUNSELLOR).code,
        }


def open_window(qtbot: QtBot, root: Path, name: str) -> MainWindow:
    clock = FakeClock()
    profiles = ProfileService(root / name, clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
    profiles.set_up(
        name=name, organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE
    ).workspace.close()
    window = MainWindow(profiles, idle_clock=clock.monotonic, idle_tick_ms=20)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    assert window.workspace is not None
    return window


def join(qtbot: QtBot, window: MainWindow, server: str, code: str) -> str:
    """Join through the dialog as a counsellor would; returns the fingerprint it shows."""
    assert window.workspace is not None
    dialog = JoinTeamDialog(window.workspace.sync, window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.server, server)
    type_into(qtbot, dialog.code, code)
    with qtbot.waitSignal(dialog.joined, timeout=10_000):
        click(qtbot, dialog.join_button)
    shown = dialog.fingerprint.text()
    dialog.close()
    return shown


def sync(qtbot: QtBot, window: MainWindow) -> None:
    """F9, as often as needed until one sync started by us has finished."""
    scheduler = window.sync_scheduler
    assert scheduler is not None
    qtbot.waitUntil(lambda: not scheduler.syncing, timeout=10_000)
    with qtbot.waitSignal(scheduler.synced, timeout=15_000):
        assert scheduler.sync_now()


def phone(workspace: Workspace, partner_id: str) -> str | None:
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        row = uow.session.get(Partner, partner_id)
        return row.phone if row else None


def set_phone(workspace: Workspace, partner_id: str, value: str) -> None:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        uow.session.get_one(Partner, partner_id).phone = value


def team_of_two(
    qtbot: QtBot, team_server: tuple[str, Database], tmp_path: Path
) -> tuple[Workspace, MainWindow, MainWindow]:
    """The team leader's laptop, scripted (it makes the team key and approves), and the windows of
    two counsellors who joined through the dialog and synced once."""
    address, database = team_server
    invitations = codes(database)
    clock = FakeClock()
    leader = (
        ProfileService(tmp_path / "leader", clock=clock, wall_clock=clock.monotonic, kdf=FAST_KDF)
        .set_up(name="Leen", organisation="CAW Test", team="Wonen", passphrase=PASSPHRASE, repeat=PASSPHRASE)
        .workspace
    )
    leader.sync.join(address, invitations["leader"], "leader laptop")

    an = open_window(qtbot, tmp_path, "an")
    bart = open_window(qtbot, tmp_path, "bart")
    for window, who in ((an, "an"), (bart, "bart")):
        shown = join(qtbot, window, address, invitations[who])
        device = next(d for d in leader.sync.devices() if d.fingerprint == shown)
        leader.sync.approve(device, shown)
        sync(qtbot, window)  # picks up the team key, then syncs
        assert window.workspace is not None and window.workspace.sync.status().can_sync
    return leader, an, bart


def test_two_counsellors_share_an_edit_and_settle_a_conflict(
    qtbot: QtBot, team_server: tuple[str, Database], tmp_path: Path
) -> None:
    leader, an, bart = team_of_two(qtbot, team_server, tmp_path)
    # An works offline: a new partner and its phone number, then syncs; Bart syncs and has it.
    assert an.workspace is not None and bart.workspace is not None
    partner = add_partner(an.workspace, "Woonmaatschappij Testdal")
    set_phone(an.workspace, partner, "09 111 11 11")
    sync(qtbot, an)
    sync(qtbot, bart)
    assert phone(bart.workspace, partner) == "09 111 11 11"

    # Both change the phone number offline; An syncs first, Bart gets a conflict.
    set_phone(an.workspace, partner, "09 222 22 22")
    set_phone(bart.workspace, partner, "09 333 33 33")
    sync(qtbot, an)
    sync(qtbot, bart)
    qtbot.waitUntil(lambda: "conflict" in bart.sync_status.text.text().lower())  # the status bar says so
    view = ConflictsView(bart.workspace.sync, bart.workspace.clock, bart)
    qtbot.addWidget(view)
    view.show()
    conflicts = bart.workspace.sync.conflicts()
    assert [(c.field, c.local_value, c.remote_value) for c in conflicts] == [
        ("phone", "09 333 33 33", "09 222 22 22")
    ]
    with qtbot.waitSignal(view.resolved):
        click(qtbot, view.card(conflicts[0].id).take_button)
    sync(qtbot, bart)
    sync(qtbot, an)
    assert phone(an.workspace, partner) == phone(bart.workspace, partner) == "09 222 22 22"
    assert bart.workspace.sync.conflicts() == ()
    for window in (an, bart):
        window.lock()
    leader.close()


def test_an_open_case_follows_a_colleagues_changes_but_keeps_what_is_typed(
    qtbot: QtBot, team_server: tuple[str, Database], tmp_path: Path
) -> None:
    leader, an, bart = team_of_two(qtbot, team_server, tmp_path)
    assert an.workspace is not None and bart.workspace is not None
    landlord = add_partner(an.workspace, "Woonmaatschappij Testdal")
    case_id = register_case(an.workspace, landlord)
    start_support(an.workspace, case_id)
    inform_team(an.workspace, case_id)
    sync(qtbot, an)
    sync(qtbot, bart)

    # Bart has the case open on its contacts; An logs a home visit, both sync: Bart's tab shows it.
    case = bart.open_case(case_id)
    assert case is not None
    contacts = case.show_panel("contacts")
    assert isinstance(contacts, ContactsPanel) and contacts.model.rowCount() == 0
    an.workspace.contacts.log(case_id, home_visit(an.workspace.today()))
    sync(qtbot, an)
    sync(qtbot, bart)
    assert contacts.model.rowCount() == 1
    assert "Karim en zijn zus" in contacts.model.index(0, Column.WITH_WHOM).data()

    # Bart is typing a contact of his own when An's next one arrives: his typing stays, and the log
    # catches up when he saves.
    type_into(qtbot, contacts.with_whom, "de huurder")
    assert contacts.dirty
    an.workspace.contacts.log(case_id, home_visit(an.workspace.today(), with_whom="de verhuurder"))
    sync(qtbot, an)
    sync(qtbot, bart)
    assert contacts.with_whom.text() == "de huurder" and contacts.model.rowCount() == 1
    choose(contacts.kind, ContactKind.PHONE_CALL.value)
    type_into(qtbot, contacts.duration, "10")
    contacts.summary_edit.setPlainText("Kort telefonisch overleg.")
    with qtbot.waitSignal(contacts.changed):
        click(qtbot, contacts.save_button)
    assert contacts.model.rowCount() == 3
    for window in (an, bart):
        window.lock()
    leader.close()
