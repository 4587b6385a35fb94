"""The laptop's record of mutations sent and not yet answered (the sync_inflight table).

A first push writes a row here for every record before its batch goes, and removes it once the answer
is settled: hundreds of thousands of rows in and out. They are appended in sending order and removed
by that order, in plain SQL on the session's connection, one statement per batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

_COLUMNS = (
    "slot",
    "kind",
    "record_id",
    "mutation_id",
    "case_id",
    "base_version",
    "deleted",
    "payload",
    "last_seq",
)


class Unanswered(NamedTuple):
    """One row: what a mutation carried, enough to seal it again and to settle its answer."""

    slot: int
    kind: str
    record_id: str
    mutation_id: str
    case_id: str | None
    base_version: int
    deleted: bool
    payload: str  # JSON, as sealed
    last_seq: int


def read(session: Session) -> list[Unanswered]:
    """Every row, in the order it was sent."""
    rows = session.connection().exec_driver_sql(
        f"SELECT {', '.join(_COLUMNS)} FROM sync_inflight ORDER BY slot"
    )
    return [
        Unanswered(slot, kind, record_id, mutation_id, case_id, base, bool(deleted), payload, last_seq)
        for slot, kind, record_id, mutation_id, case_id, base, deleted, payload, last_seq in rows
    ]


def next_slot(rows: Sequence[Unanswered]) -> int:
    return rows[-1].slot + 1 if rows else 1


def add(session: Session, rows: Iterable[Unanswered]) -> None:
    values: list[Any] = [tuple(row) for row in rows]
    if values:
        session.connection().exec_driver_sql(
            f"INSERT INTO sync_inflight ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})",
            values,
        )


def remove(session: Session, slots: Iterable[int]) -> None:
    listed = list(slots)
    if listed:
        session.connection().exec_driver_sql(
            "DELETE FROM sync_inflight WHERE slot IN (SELECT value FROM json_each(?))", (json.dumps(listed),)
        )
