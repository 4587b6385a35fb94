"""Records as sync sees them: which tables travel, their rows as JSON payloads, and their case.

A payload holds every column of the row (so a pulled record can be written back whole); dates, times
and bytes are turned into JSON text and back using the column's own type.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, inspect, select
from sqlalchemy.orm import Session

from caseworker_desktop.store.models import SYNCED_MODELS, Case, SyncFields
from caseworker_desktop.store.models_agreement import AGREEMENT_MODELS, Agreement
from caseworker_desktop.store.models_trajectory import (
    TRAJECTORY_MODELS,
    Evaluation,
    PaymentPlan,
    PlanVersion,
)

MODELS: dict[str, type[SyncFields]] = {
    model.kind: model for model in (*SYNCED_MODELS, *TRAJECTORY_MODELS, *AGREEMENT_MODELS)
}
# Directory records belong to no case: they travel without waiting for a case's team consent.
DIRECTORY_KINDS = frozenset({"partner", "contact_person"})
# Child records that reach their case through a parent row: kind -> (parent model, column on the child).
_PARENTS: dict[str, tuple[type[SyncFields], str]] = {
    "goal": (PlanVersion, "plan_id"),
    "plan_condition": (PlanVersion, "plan_id"),
    "goal_evaluation": (Evaluation, "evaluation_id"),
    "payment": (PaymentPlan, "plan_id"),
    "agreement_signature": (Agreement, "agreement_id"),
}


def _columns(model: type[SyncFields]) -> list[Any]:
    return list(inspect(model).columns)


def to_payload(row: SyncFields) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    for column in _columns(type(row)):
        value = getattr(row, column.key)
        if isinstance(value, bytes):
            value = base64.b64encode(value).decode("ascii")
        elif isinstance(value, datetime | date):
            value = value.isoformat()
        payload[column.key] = value
    return payload


def encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def decode(data: bytes) -> dict[str, Any]:
    value = json.loads(data.decode("utf-8"))
    if not isinstance(value, dict):
        raise ValueError("payload is not an object")
    return value


def _typed(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    return value


def write_payload(row: SyncFields, payload: dict[str, Any]) -> None:
    """Set every known column from the payload; unknown keys (a newer app's columns) are ignored."""
    for column in _columns(type(row)):
        if column.key in payload:
            setattr(row, column.key, _typed(column, payload[column.key]))


def case_of(session: Session, row: SyncFields) -> str | None:
    """The case a record belongs to, or None for directory records."""
    kind = type(row).kind
    if kind in DIRECTORY_KINDS:
        return None
    if kind == Case.kind:
        return row.id
    if kind in ("client", "household_member"):
        client_id = row.id if kind == "client" else getattr(row, "client_id")  # noqa: B009
        return session.scalars(
            select(Case.id).where(Case.client_id == client_id).order_by(Case.referral_date.desc())
        ).first()
    if kind in _PARENTS:
        parent_model, column = _PARENTS[kind]
        parent = session.get(parent_model, getattr(row, column))
        return getattr(parent, "case_id", None) if parent is not None else None
    return getattr(row, "case_id", None)
