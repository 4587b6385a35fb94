"""The administrator's commands on a SQLite file: set up a team, invite, list devices, revoke."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from caseworker_desktop.protocol import ErrorCode, fingerprint
from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.cli import main
from caseworker_desktop.server.database import Database
from tests.server.server_support import Server


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _id(text: str) -> str:
    found = re.search(r"id ([0-9a-f-]{36})", text)
    assert found, text
    return found.group(1)


def test_invite_devices_and_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    code, _, err = _run(capsys, "create-org", "CAW Oost", "--database", url)
    assert code == 1 and "caseworker-server migrate" in err

    assert _run(capsys, "migrate", "--database", url)[0] == 0
    code, out, _ = _run(capsys, "create-org", "CAW Oost", "--database", url)
    assert code == 0 and "CAW Oost" in out
    org = _id(out)
    code, out, _ = _run(capsys, "create-team", "--org", org, "Wonen Gent", "--database", url)
    team = _id(out)
    code, out, _ = _run(
        capsys, "invite", "--team", team, "--name", "An Peeters", "--role", "team_leader", "--database", url
    )
    assert code == 0 and "An Peeters" in out and "works once" in out
    enrolment_code = re.search(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})$", out, re.M)
    assert enrolment_code, out

    code, out, _ = _run(capsys, "devices", "--team", team, "--database", url)
    assert code == 0 and "no devices" in out

    with TestClient(create_app(url)) as client:
        server = Server(client, Database(url))
        response, _, public = server.enrol(enrolment_code.group(1), "Laptop An")
        assert response.status_code == 200, response.text
        device = response.json()

        code, out, _ = _run(capsys, "devices", "--team", team, "--database", url)
        assert code == 0
        assert device["device_id"] in out and "approved" in out and fingerprint(public) in out

        code, out, _ = _run(capsys, "revoke", device["device_id"], "--database", url)
        assert code == 0 and "Revoked" in out
        me = server.call("GET", "/v1/me", token=device["token"])
        server.error(me, 401, ErrorCode.DEVICE_REVOKED)

        server.database.dispose()

    code, out, _ = _run(capsys, "devices", "--team", team, "--database", url)
    assert "revoked" in out
    code, out, _ = _run(capsys, "revoke", device["device_id"], "--database", url)
    assert code == 0 and "already revoked" in out
    code, _, err = _run(capsys, "revoke", "no-such-device", "--database", url)
    assert code == 1 and "no device" in err


def test_a_second_device_for_a_known_worker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'server.db'}"
    _run(capsys, "migrate", "--database", url)
    org = _id(_run(capsys, "create-org", "CAW", "--database", url)[1])
    team = _id(_run(capsys, "create-team", "--org", org, "Team", "--database", url)[1])
    out = _run(capsys, "invite", "--team", team, "--name", "Els", "--role", "counsellor", "--database", url)[
        1
    ]
    worker = re.search(r"worker id ([0-9a-f-]{36})", out)
    assert worker
    code, out, _ = _run(capsys, "invite", "--worker", worker.group(1), "--database", url)
    assert code == 0 and "Els" in out
    code, _, err = _run(capsys, "invite", "--team", team, "--database", url)
    assert code == 2 and "--worker" in err
    code, _, err = _run(capsys, "create-team", "--org", "nope", "X", "--database", url)
    assert code == 1 and "no organisation" in err


def test_openapi_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi", "--out", str(tmp_path / "api.json")]) == 0
    schema = json.loads((tmp_path / "api.json").read_text(encoding="utf-8"))
    assert "/v1/push" in schema["paths"]


def test_unsupported_database(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "migrate", "--database", "mysql://x@localhost/y")
    assert code == 1 and "unsupported database" in err
