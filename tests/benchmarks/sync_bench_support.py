"""The pieces of the sync benchmark: a real server process, a throwaway database, a team of laptops,
a caseload written the way the unit of work leaves it, and devices that speak the protocol directly.

The caseload is inserted straight through the engine (the unit of work would take minutes for 200,000
rows and measure the wrong thing), but every record gets exactly what the unit of work would give it
for sync: version 1, author and stamps, and one outbox entry, parents before children.
"""

from __future__ import annotations

import base64
import os
import random
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg
from psycopg import sql
from sqlalchemy import insert, make_url, select

from caseworker_desktop.domain.consent import ConsentRecipient
from caseworker_desktop.protocol import (
    MAX_PULL_PAGE,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    DeviceStatus,
    EnrolResponse,
    Me,
    Mutation,
    MutationStatus,
    PullPage,
    PushRequest,
    PushResponse,
    Role,
    aad,
)
from caseworker_desktop.server import admin
from caseworker_desktop.server.database import Database, upgrade
from caseworker_desktop.server.models import Team as TeamRow
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import (
    Case,
    Client,
    OutboxEntry,
    Partner,
    ReferralRecord,
    StatusChange,
    Tenancy,
)
from caseworker_desktop.store.models_trajectory import (
    Consent,
    Contact,
    Evaluation,
    Goal,
    GoalEvaluation,
    Intake,
    PlanVersion,
)
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.sync import crypto
from tests.benchmarks.bulk import FIRST, LAST, STREETS, TOWNS
from tests.support import FAST_KDF, PASSPHRASE

POSTGRES_URL = os.environ.get("CWD_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
RECORDS_PER_CASE = 20
DIRECTORY_RECORDS = 40  # landlords, shared by the whole caseload
NOW = datetime(2026, 11, 24, 9, 0)
TODAY = date(2026, 11, 24)
SUMMARIES = [
    "Huisbezoek: post overlopen, huurachterstand besproken, afbetaling van 100 euro per maand afgesproken.",
    "Telefonisch contact met de huurder; de energiefactuur is betaald, volgende stap is de premie aanvragen.",
    "Overleg met de huurdersbegeleider van de woonmaatschappij over de herstelling in de badkamer.",
    "Samen naar het OCMW voor de budgetbegeleiding; de afspraak voor de volgende maand staat vast.",
    "Huurder niet thuis; briefje achtergelaten en een nieuwe afspraak voorgesteld voor volgende week.",
]


# --- a throwaway database ----------------------------------------------------------------------------------
def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for one benchmark, dropped afterwards (FORCE: the server may linger)."""
    base = make_url(POSTGRES_URL)
    with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True, connect_timeout=3) as conn:
        name = f"cwd_bench_{secrets.token_hex(6)}"
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def postgres_reachable() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        psycopg.connect(_libpq(POSTGRES_URL), connect_timeout=3).close()
    except psycopg.OperationalError as error:
        return str(error)
    return None


# --- the server, for real --------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """`caseworker-server serve` in its own process on loopback, as an administrator would start it."""

    def __init__(self, database_url: str, log: Path) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log.open("wb")
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "caseworker_desktop.server.cli",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--database",
                database_url,
                "--log-level",
                "warning",  # an access-log line per request would be measured too
            ],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self._wait_healthy(log)

    @property
    def pid(self) -> int:
        return self._process.pid

    def _wait_healthy(self, log: Path, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"the server exited: {log.read_text(errors='replace')}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not become healthy in time")

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._log.close()


# --- the team ----------------------------------------------------------------------------------------------
@dataclass
class TeamSetup:
    database: Database
    team_id: str

    @classmethod
    def create(cls, database_url: str) -> TeamSetup:
        database = Database(database_url)
        upgrade(database.engine)
        with database.session(write=True) as session:
            organisation = admin.create_organisation(session, "CAW Bench")
            session.flush()
            team = admin.create_team(session, organisation.id, "Woonbegeleiding Bench")
            session.commit()
            return cls(database, team.id)

    def invite(self, name: str, role: Role) -> str:
        with self.database.session(write=True) as session:
            code = admin.invite(session, self.team_id, name, role).code
            session.commit()
            return code

    def last_seq(self) -> int:
        with self.database.session(write=False) as session:
            return int(session.scalars(select(TeamRow.next_seq).where(TeamRow.id == self.team_id)).one()) - 1

    def close(self) -> None:
        self.database.dispose()


def laptop(root: Path, name: str) -> Workspace:
    profiles = ProfileService(root / name, kdf=FAST_KDF)
    return profiles.set_up(
        name=name, organisation="CAW Bench", team="Bench", passphrase=PASSPHRASE, repeat=PASSPHRASE
    ).workspace


def approve_pending(leader: Workspace) -> int:
    """The leader approves every pending device, reading the fingerprint off the list as if compared."""
    approved = 0
    for device in leader.sync.devices():
        if device.status == DeviceStatus.PENDING:
            leader.sync.approve(device, device.fingerprint)
            approved += 1
    return approved


# --- the caseload ------------------------------------------------------------------------------------------
def _common(author: str) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
        "author": author,
        "scope": "care_team",
        "deleted": False,
    }


@dataclass
class _Rows:
    by_model: dict[type, list[dict[str, Any]]] = field(default_factory=dict)
    outbox: list[dict[str, Any]] = field(default_factory=list)

    def add(self, model: type, row: dict[str, Any]) -> None:
        self.by_model.setdefault(model, []).append(row)
        self.outbox.append(
            {
                "mutation_id": str(uuid.uuid4()),
                "record_kind": model.kind,  # type: ignore[attr-defined]
                "record_id": row["id"],
                "base_version": 0,
                "new_version": 1,
                "operation": "create",
                "scope": row["scope"],
                "created_at": NOW,
                "pushed_at": None,
            }
        )


_ORDER = (Partner, Client, Case, ReferralRecord, Tenancy, Consent, StatusChange, Intake, PlanVersion, Goal)
_ORDER_REST = (Contact, Evaluation, GoalEvaluation)


def fill_caseload(store: OpenStore, author: str, cases: int, seed: int = 3, batch: int = 1000) -> int:
    """`cases` cases of 20 records each (client, case, referral, tenancy, team consent, status change,
    intake, plan with three goals, six contacts, an evaluation scoring two goals) and the landlords
    they rent from, with their outbox entries. Every case is shared with the team. Returns the number
    of records that wait to be pushed."""
    rng = random.Random(seed)
    total = 0
    landlords: list[str] = []
    with store.engine.begin() as conn:
        rows = _Rows()
        for n in range(DIRECTORY_RECORDS):
            row = {
                **_common(author),
                "partner_kind": "shm",
                "name": f"Woonmaatschappij Bench {n}",
                "street": rng.choice(STREETS),
                "postcode": "9000",
                "municipality": "Gent",
                "phone": "09 123 45 67",
                "email": f"info{n}@wonen.example",
            }
            landlords.append(row["id"])
            rows.add(Partner, row)
        total += _write(conn, rows)
        for start in range(0, cases, batch):
            rows = _Rows()
            for n in range(start, min(start + batch, cases)):
                _one_case(rows, rng, n, author, landlords)
            total += _write(conn, rows)
    return total


def _one_case(rows: _Rows, rng: random.Random, n: int, author: str, landlords: list[str]) -> None:
    postcode, town = rng.choice(TOWNS)
    referred = TODAY - timedelta(days=rng.randint(30, 900))
    client = {
        **_common(author),
        "first_name": rng.choice(FIRST),
        "last_name": rng.choice(LAST),
        "national_number": "",
        "birth_date": date(1950, 1, 1) + timedelta(days=rng.randint(0, 20000)),
        "phone": f"04{rng.randint(70, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "email": "",
        "street": rng.choice(STREETS),
        "house_number": str(rng.randint(1, 250)),
        "box": "",
        "postcode": postcode,
        "municipality": town,
    }
    rows.add(Client, client)
    case = {
        **_common(author),
        "number": f"B-{n:06d}",
        "client_id": client["id"],
        "status": "active",
        "counsellor_id": author,
        "counsellor_name": "Bench",
        "previous_case_id": None,
        "referral_date": referred,
        "next_date": TODAY + timedelta(days=rng.randint(1, 120)),
        "closing_reason": None,
        "status_changed_at": NOW,
    }
    rows.add(Case, case)
    case_id = case["id"]
    rows.add(
        ReferralRecord,
        {
            **_common(author),
            "case_id": case_id,
            "source": "landlord",
            "referrer_name": "Huurdersbegeleider",
            "referrer_contact": "09 123 45 67",
            "problems": "arrears,upkeep",
            "steps_taken": "Aanmaningen verstuurd, gesprek met de huurdersbegeleider.",
            "question": "Kan woonbegeleiding de huur helpen stabiliseren?",
            "eviction_procedure": rng.random() < 0.2,
        },
    )
    rows.add(
        Tenancy,
        {
            **_common(author),
            "case_id": case_id,
            "landlord_id": rng.choice(landlords),
            "landlord_contact_id": None,
            "monthly_rent_cents": rng.randint(250, 900) * 100,
            "arrears_cents": rng.randint(0, 30) * 10000,
            "arrears_months": rng.randint(0, 6),
        },
    )
    rows.add(
        Consent,
        {
            **_common(author),
            "case_id": case_id,
            "recipient": ConsentRecipient.TEAM.value,
            "organisation_id": None,
            "organisation_name": "",
            "purpose": "",
            "categories": "",
            "given_on": referred + timedelta(days=10),
            "informed_how": "orally",
            "withdrawn_on": None,
        },
    )
    rows.add(
        StatusChange,
        {
            **_common(author),
            "case_id": case_id,
            "from_status": "intake",
            "to_status": "active",
            "reason": None,
            "motivation": "Begeleiding gestart na het intakegesprek.",
            "effective_on": referred + timedelta(days=20),
        },
    )
    rows.add(
        Intake,
        {
            **_common(author),
            "case_id": case_id,
            "held_on": referred + timedelta(days=18),
            "own_question": "Rust in het hoofd over de huur",
            "housing_skills_rating": rng.randint(1, 5),
            "housing_skills_notes": "Onderhoud lukt niet alleen",
            "services_involved": "OCMW, CGG",
            "household_situation": "Alleenstaand met twee kinderen",
        },
    )
    plan = {
        **_common(author),
        "case_id": case_id,
        "number": 1,
        "status": "agreed",
        "agreed_on": referred + timedelta(days=40),
    }
    rows.add(PlanVersion, plan)
    goals = []
    for k in range(3):
        goal = {
            **_common(author),
            "plan_id": plan["id"],
            "position": k,
            "description": f"Doel {k + 1}: elke maand de huur op tijd betalen",
            "measure": "Huur op rekening voor de 5de",
            "tenant_agrees": True,
            "realism": "Haalbaar met budgetbegeleiding",
            "deadline": referred + timedelta(days=220),
            "domain": "administration_finances",
            "actor": "tenant",
            "steps": "Domiciliëring aanvragen",
            "landlord_shared": k < 2,
            "category": "general",
        }
        goals.append(goal["id"])
        rows.add(Goal, goal)
    for k in range(6):
        rows.add(
            Contact,
            {
                **_common(author),
                "case_id": case_id,
                "on": referred + timedelta(days=25 + 30 * k),
                "duration_min": rng.choice([30, 45, 60, 90]),
                "contact_kind": rng.choice(["home_visit", "phone_call", "office_meeting"]),
                "with_whom": "Huurder",
                "summary": rng.choice(SUMMARIES),
                "planned": False,
            },
        )
    evaluation = {
        **_common(author),
        "case_id": case_id,
        "planned_on": referred + timedelta(days=200),
        "held_on": referred + timedelta(days=200),
        "landlord_summary": "Afspraken grotendeels nagekomen",
        "private_notes": "",
        "decision": "continue",
        "next_on": referred + timedelta(days=380),
    }
    rows.add(Evaluation, evaluation)
    for goal_id in goals[:2]:
        rows.add(
            GoalEvaluation,
            {
                **_common(author),
                "evaluation_id": evaluation["id"],
                "goal_id": goal_id,
                "result": "partly",
                "notes": "",
            },
        )


def _write(conn: Any, rows: _Rows) -> int:
    for model in (*_ORDER, *_ORDER_REST):
        if rows.by_model.get(model):
            conn.execute(insert(model), rows.by_model[model])
    conn.execute(insert(OutboxEntry), rows.outbox)
    return len(rows.outbox)


# --- devices that speak the protocol directly -----------------------------------------------------------------
@dataclass
class ProtocolDevice:
    """An approved device doing what a laptop's sync does on the wire: push its changes, pull to the end."""

    name: str
    url: str
    team_id: str
    token: str = ""
    private_key: bytes = b""
    public_key: bytes = b""
    team_key: bytes = b""
    cursor: int = 0
    versions: dict[str, int] = field(default_factory=dict)  # records this device made, by server version
    client: httpx.Client | None = None

    def _headers(self) -> dict[str, str]:
        return {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {self.token}"}

    def enrol(self, code: str) -> None:
        self.private_key, self.public_key = crypto.new_device_key()
        self.client = httpx.Client(base_url=self.url, timeout=httpx.Timeout(30.0, connect=5.0))
        response = self.client.post(
            "/v1/enrol",
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
            json={
                "code": code,
                "device_name": self.name,
                "public_key": base64.b64encode(self.public_key).decode("ascii"),
            },
        )
        response.raise_for_status()
        self.token = EnrolResponse.model_validate_json(response.content).token

    def pick_up_team_key(self) -> None:
        assert self.client is not None
        response = self.client.get("/v1/me", headers=self._headers())
        response.raise_for_status()
        me = Me.model_validate_json(response.content)
        assert me.wrapped_key is not None, "not approved"
        self.team_key = crypto.unwrap_team_key(me.wrapped_key, self.private_key)

    def _mutation(self, record_id: str, case_id: str, text: str) -> Mutation:
        base = self.versions.get(record_id, 0)
        body = (
            f'{{"id":"{record_id}","case_id":"{case_id}","summary":"{text}","version":{base + 1}}}'
        ).encode()
        return Mutation(
            mutation_id=str(uuid.uuid4()),
            record_id=record_id,
            kind="contact",
            case_id=case_id,
            base_version=base,
            ciphertext=crypto.seal(self.team_key, body, aad(self.team_id, record_id, "contact", base + 1)),
        )

    def sync_round(self, round_no: int, new: int = 2, edits: int = 2) -> list[str]:
        """One sync: push `new` new records and `edits` edits of its own earlier ones, then pull every
        page after its cursor and open each envelope. Returns the problems seen (none, normally)."""
        assert self.client is not None
        case_id = f"case-{self.name}"
        mutations = [
            self._mutation(record_id, case_id, f"bewerkt in ronde {round_no}")
            for record_id in list(self.versions)[:edits]
        ]
        mutations += [
            self._mutation(str(uuid.uuid4()), case_id, f"nieuw in ronde {round_no}") for _ in range(new)
        ]
        response = self.client.post(
            "/v1/push",
            headers=self._headers(),
            content=PushRequest(mutations=mutations).model_dump_json(),
        )
        if response.status_code != 200:
            return [f"push answered {response.status_code}: {response.text[:200]}"]
        problems = []
        for mutation, result in zip(
            mutations, PushResponse.model_validate_json(response.content).results, strict=True
        ):
            if result.status is MutationStatus.ACCEPTED and result.version is not None:
                self.versions[mutation.record_id] = result.version
            else:
                problems.append(f"{result.status.value} for {mutation.record_id}")
        while True:
            response = self.client.get(
                "/v1/pull", headers=self._headers(), params={"after": self.cursor, "limit": MAX_PULL_PAGE}
            )
            if response.status_code != 200:
                return [*problems, f"pull answered {response.status_code}: {response.text[:200]}"]
            page = PullPage.model_validate_json(response.content)
            for envelope in page.envelopes:
                try:
                    crypto.open_sealed(
                        self.team_key,
                        envelope.ciphertext,
                        aad(self.team_id, envelope.record_id, envelope.kind, envelope.version),
                    )
                except crypto.SealBroken:
                    problems.append(f"envelope {envelope.record_id} does not open")
            self.cursor = max(self.cursor, page.cursor)
            if not page.more:
                return problems

    def close(self) -> None:
        if self.client is not None:
            self.client.close()


def enrol_devices(setup: TeamSetup, leader: Workspace, url: str, count: int) -> list[ProtocolDevice]:
    devices = []
    for n in range(count):
        device = ProtocolDevice(name=f"device-{n:02d}", url=url, team_id=setup.team_id)
        device.enrol(setup.invite(f"Begeleider {n}", Role.COUNSELLOR))
        devices.append(device)
    approve_pending(leader)
    start = setup.last_seq()  # as if each had synced up to now already
    for device in devices:
        device.pick_up_team_key()
        device.cursor = start
    return devices
