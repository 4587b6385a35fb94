"""A large team's store for the team view benchmark: 5,000 running and 50,000 closed episodes with
the history the team view reads, written straight through the DB-API cursor (benchmarks only).

The shape: 250 counsellors (about 20 running cases each), referrals over seven years; every episode
has a client (most with a birth date, many with a household), a referral, a tenancy with a social
housing company, a social rental agency or a private landlord, and its status history. Guided
episodes have outreach attempts, an intake, 6 to 20 held contacts, held evaluations and a closure;
episodes closed early have little of that. Running cases have a planned evaluation (some overdue),
8% a court procedure, 3% a reassignment, a few are relapse episodes linked to an earlier one.
Going through the services would take an hour; the rows have the shape the services write.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from caseworker_desktop.store import models_trajectory  # noqa: F401  (registers the tables)
from caseworker_desktop.store.models import Base
from caseworker_desktop.store.profile import OpenStore

TODAY = date(2026, 11, 24)
NOW = "2026-11-24 09:00:00.000000"
RUNNING_CASES = 5_000
CLOSED_CASES = 50_000
COUNSELLORS = 250

_FIRST = ["An", "Bart", "Eva", "Jonas", "Lies", "Koen", "Nele", "Pieter", "Sara", "Tom", "Wim", "Ines"]
_LAST = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Mertens", "Goossens", "Willems", "Dubois"]
_SOURCES = ["landlord"] * 6 + ["ocmw", "ocmw", "police", "neighbours", "hospital", "other_service", "tenant"]
_PROBLEMS = [
    "arrears",
    "arrears",
    "arrears,upkeep",
    "arrears,nuisance",
    "upkeep",
    "nuisance",
    "upkeep,nuisance",
]
_KINDS = ["shm"] * 5 + ["svk"] * 3 + ["private_landlord"] * 2
_INCOMES = ["work", "unemployment", "sickness_disability", "living_wage", "pension", "none", "other"]
_RELATIONS = ["partner", "child", "child", "parent", "other"]
_REASONS = ["goals_reached"] * 5 + ["tenant_stopped", "moved", "evicted", "referred_on", "other"]
_PARENTS = ("partner", "client", "case_file")
_SYNC = ("id", "version", "created_at", "updated_at", "author", "scope", "deleted")


class _Rows:
    """Rows per table, written in batches so memory stays flat."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.columns: dict[str, tuple[str, ...]] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: str, columns: tuple[str, ...], *values: Any, row_id: str | None = None) -> str:
        row_id = row_id or str(uuid.uuid4())
        self.columns[table] = columns
        batch = self.rows.setdefault(table, [])
        batch.append((row_id, 1, NOW, NOW, "bench", "care_team", 0, *values))
        if len(batch) >= 20_000:
            self.flush(table)
        return row_id

    def flush(self, table: str | None = None) -> None:
        # Parents first: the store checks foreign keys.
        names = [*_PARENTS, table] if table else [*_PARENTS, *self.rows]
        for name in dict.fromkeys(names):
            batch = self.rows.get(name)
            if not batch:
                continue
            given = (*_SYNC, *self.columns[name])
            # The columns left out get the default the model would give them.
            rest = [c for c in Base.metadata.tables[name].columns if c.name not in given]
            defaults = tuple(_default(c) for c in rest)
            listed = ", ".join(f'"{c}"' for c in (*given, *(c.name for c in rest)))
            marks = ", ".join("?" * (len(given) + len(rest)))
            self.cursor.executemany(
                f"INSERT INTO {name} ({listed}) VALUES ({marks})", [row + defaults for row in batch]
            )
            self.counts[name] = self.counts.get(name, 0) + len(batch)
            batch.clear()


def _default(column: Any) -> Any:
    default = column.default
    if default is None or not default.is_scalar:
        return None
    return int(default.arg) if isinstance(default.arg, bool) else default.arg


def _typed(value: date) -> str:
    """When a status change dated `value` was typed: that afternoon, as the store writes times."""
    return f"{value.isoformat()} 15:00:00.000000"


def _day(value: date) -> str:
    return value.isoformat()


def fill_team(store: OpenStore, seed: int = 17) -> dict[str, int]:
    """Write the team's episodes; returns the rows per table."""
    rng = random.Random(seed)
    counsellors = [
        (str(uuid.uuid4()), f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {n}") for n in range(COUNSELLORS)
    ]
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("BEGIN")
        rows = _Rows(cursor)
        landlords = [
            (rows.add("partner", ("partner_kind", "name"), kind, f"Verhuurder {n}"), kind)
            for n, kind in enumerate(_KINDS * 6)
        ]
        total = RUNNING_CASES + CLOSED_CASES
        earlier: list[str] = []
        for n in range(total):
            running = n < RUNNING_CASES
            holder = counsellors[n % COUNSELLORS]
            if running:
                referred = TODAY - timedelta(days=int(rng.triangular(0, 420, 60)))
            else:
                referred = TODAY - timedelta(days=rng.randint(120, 7 * 365))
            _episode(rows, rng, n, running, referred, holder, counsellors, landlords, earlier)
        rows.flush()
        cursor.execute("COMMIT")
        cursor.close()
    finally:
        raw.close()
    return rows.counts


def _episode(
    rows: _Rows,
    rng: random.Random,
    n: int,
    running: bool,
    referred: date,
    holder: tuple[str, str],
    counsellors: list[tuple[str, str]],
    landlords: list[tuple[str, str]],
    earlier: list[str],
) -> None:
    def after(start: date, low: int, high: int) -> date:
        return min(start + timedelta(days=rng.randint(low, high)), TODAY)

    birth = (
        None if rng.random() < 0.1 else date(rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28))
    )
    client = rows.add(
        "client",
        ("first_name", "last_name", "birth_date", "national_number", "phone", "email", "street",
         "house_number", "box", "postcode", "municipality"),
        rng.choice(_FIRST), rng.choice(_LAST), _day(birth) if birth else None, "", "", "", "Kerkstraat",
        "1", "", "9000", "Gent",
    )  # fmt: skip
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        rows.add(
            "household_member", ("client_id", "first_name", "last_name", "relation", "birth_year"),
            client, "Lid", "", rng.choice(_RELATIONS), None,
        )  # fmt: skip
    if running:
        status = rng.choices(("referred", "outreach", "intake", "active"), (10, 12, 10, 68))[0]
    else:
        status = rng.choices(("closed", "aftercare", "ended"), (5, 5, 90))[0]
    early = not running and rng.random() < 0.3
    guided = status in ("intake", "active") or (not running and not early)
    previous = rng.choice(earlier) if earlier and rng.random() < 0.04 else None
    counsellor_id, counsellor_name = holder
    case_id = str(uuid.uuid4())
    moved_on = None
    first_holder = holder
    if rng.random() < 0.03:
        first_holder = rng.choice(counsellors)
        moved_on = after(referred, 10, 200)
    closed_on = None if running else after(referred, 20, 60) if early else after(referred, 120, 420)
    reason = None
    if closed_on is not None:
        reason = "not_started" if early and rng.random() < 0.5 else rng.choice(_REASONS)
    rows.add(
        "case_file", ("number", "client_id", "status", "counsellor_id", "counsellor_name",
                      "previous_case_id", "referral_date", "next_date", "closing_reason", "status_changed_at"),
        f"T-{n:06d}", client, status, counsellor_id, counsellor_name, previous, _day(referred), None,
        reason, _typed(closed_on or referred), row_id=case_id,
    )  # fmt: skip
    if not running:
        earlier.append(case_id)
    rows.add(
        "referral", ("case_id", "source", "referrer_name", "referrer_contact", "problems", "steps_taken",
                     "question", "eviction_procedure"),
        case_id, rng.choice(_SOURCES), "", "", rng.choice(_PROBLEMS), "", "", 0,
    )  # fmt: skip
    rows.add("tenancy", ("case_id", "landlord_id"), case_id, rng.choice(landlords)[0])
    if moved_on is not None:
        rows.add(
            "reassignment", ("case_id", "from_counsellor_id", "from_counsellor_name", "to_counsellor_id",
                             "to_counsellor_name", "on", "reason"),
            case_id, first_holder[0], first_holder[1], counsellor_id, counsellor_name, _day(moved_on),
            "Verlof",
        )  # fmt: skip
    end = closed_on or TODAY
    steps = ["referred"]
    if status != "referred":
        for k in range(rng.randint(1, 4)):
            on = after(referred, k * 3, k * 3 + 3)
            result = "reached" if k and rng.random() < 0.5 else "no_answer"
            rows.add(
                "outreach_attempt", ("case_id", "on", "channel", "result", "note"),
                case_id, _day(on), "letter", result, "",
            )  # fmt: skip
        steps.append("outreach")
    if guided:
        intake_on = after(referred, 10, 50)
        rows.add(
            "intake", ("case_id", "held_on", "own_question", "housing_skills_notes", "services_involved",
                       "household_situation", "income_source"),
            case_id, _day(intake_on), "", "", "", "", rng.choice([*_INCOMES, None]),
        )  # fmt: skip
        steps += ["intake", "active"] if status != "intake" else ["intake"]
        held = rng.randint(6, 20) if not running else rng.randint(1, 15)
        for _ in range(held):
            on = intake_on + timedelta(days=rng.randint(0, max(0, (end - intake_on).days)))
            rows.add(
                "contact", ("case_id", "on", "contact_kind", "with_whom", "summary", "planned"),
                case_id, _day(on), "home_visit", "Huurder", "Opvolging", 0,
            )  # fmt: skip
        for _ in range(rng.randint(0, 3)):
            on = intake_on + timedelta(days=rng.randint(0, max(0, (end - intake_on).days)))
            rows.add(
                "evaluation", ("case_id", "planned_on", "held_on", "landlord_summary", "private_notes"),
                case_id, _day(on), _day(on), "", "",
            )  # fmt: skip
        if running and status == "active":
            planned = TODAY + timedelta(days=rng.randint(-30, 90))
            rows.add(
                "evaluation", ("case_id", "planned_on", "held_on", "landlord_summary", "private_notes"),
                case_id, _day(planned), None, "", "",
            )  # fmt: skip
    elif rng.random() < 0.5:
        on = after(referred, 1, 30)
        rows.add(
            "contact", ("case_id", "on", "contact_kind", "with_whom", "summary", "planned"),
            case_id, _day(on), "phone_call", "Huurder", "", 0,
        )  # fmt: skip
    if running and rng.random() < 0.6:
        rows.add(
            "contact", ("case_id", "on", "contact_kind", "with_whom", "summary", "planned"),
            case_id, _day(TODAY + timedelta(days=rng.randint(1, 40))), "home_visit", "Huurder", "", 1,
        )  # fmt: skip
    if rng.random() < 0.08:
        petition = after(referred, -60, 30)
        rows.add("court_event", ("case_id", "event", "on", "notes"), case_id, "petition", _day(petition), "")
        hearing = petition + timedelta(days=rng.randint(20, 60))
        if running:
            hearing = TODAY + timedelta(days=rng.randint(-30, 60))
        rows.add("court_event", ("case_id", "event", "on", "notes"), case_id, "hearing", _day(hearing), "")
    if closed_on is not None:
        steps.append("closed")
        if reason != "not_started":
            rows.add(
                "closure", ("case_id", "closed_on", "reason", "goals_achieved", "eviction_avoided",
                            "housing_situation", "referred_to"),
                case_id, _day(closed_on), reason, rng.choice(("yes", "partly", "no")),
                int(reason != "evicted" and rng.random() < 0.85), "", "",
            )  # fmt: skip
        if status == "aftercare":
            steps.append("aftercare")
        elif status == "ended":
            steps.append("ended")
    for before, step in pairwise(steps):
        on = closed_on if step in ("closed", "aftercare", "ended") and closed_on else referred
        rows.add(
            "status_change", ("case_id", "from_status", "to_status", "reason", "motivation", "effective_on"),
            case_id, before, step, reason if step == "closed" else None, "", _day(on),
        )  # fmt: skip
