"""Records as sync sees them: which tables travel, their rows as JSON payloads, and their case.

A payload holds every column of the row (so a pulled record can be written back whole); dates, times
and bytes are turned into JSON text and back using the column's own type.

The bulk helpers below do the same for many rows at once with one query per table, for sync's batches
and pages; they read and write plain column values, not ORM objects.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

import orjson
from sqlalchemy import Date, DateTime, LargeBinary, bindparam, func, inspect, select
from sqlalchemy.dialects import sqlite
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
_COLUMNS: dict[type[SyncFields], list[Any]] = {
    model: list(inspect(model).columns) for model in MODELS.values()
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
    columns = _COLUMNS.get(model)
    return columns if columns is not None else list(inspect(model).columns)


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
    """Compact UTF-8 JSON with sorted keys. orjson writes it in a tenth of the json module's time,
    which a first push (every record of the profile) notices."""
    return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)


def decode(data: bytes) -> dict[str, Any]:
    return decode_text(data)


def decode_text(text: str | bytes) -> dict[str, Any]:
    value = orjson.loads(text)
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


# --- many rows at once --------------------------------------------------------------------------------------
# Well under SQLite's limit on bound parameters, and large enough that a batch is a handful of queries.
IN_CHUNK = 900
T = TypeVar("T")


def among(column: Any, values: Iterable[Any]) -> Any:
    """`column IN values`, the values going in as one JSON array (SQLite's json_each): the same
    statement whatever their number, compiled and prepared once, instead of a parameter per value."""
    listed = func.json_each(bindparam(None, json.dumps(list(values)))).table_valued("value")
    return column.in_(select(listed.c.value))


def chunks(values: Sequence[T], size: int = IN_CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class PayloadReader:
    """Reads rows of one table straight into payloads, for a push's batches: the driver's values go
    through each column's own SQLAlchemy result processor and then to_payload's conversion, exactly
    the path an ORM load and to_payload take, without building rows or objects in between."""

    def __init__(self, model: type[SyncFields]) -> None:
        dialect = sqlite.dialect()  # the store is SQLCipher, always
        quote = dialect.identifier_preparer.quote
        self.table = quote(inspect(model).local_table.name)
        self.columns = ", ".join(f"{self.table}.{quote(column.name)}" for column in _columns(model))
        self._names = [column.key for column in _columns(model)]
        self._converters: list[tuple[int, Any]] = []
        for n, column in enumerate(_columns(model)):
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if isinstance(column.type, DateTime | Date):
                # SQLAlchemy keeps dates and times as ISO text in SQLite: read with the C parser,
                # and with its own processor should one ever not parse.
                parse = datetime.fromisoformat if isinstance(column.type, DateTime) else date.fromisoformat
                self._converters.append((n, _iso(parse, process)))
            elif process is not None or isinstance(column.type, LargeBinary):
                self._converters.append((n, _converted(process)))

    def payload(self, values: Sequence[Any]) -> dict[str, Any]:
        """The payload of one row whose first values are this table's columns, in order."""
        payload = dict(zip(self._names, values, strict=False))
        names = self._names
        for n, convert in self._converters:
            value = values[n]
            if value is not None:
                payload[names[n]] = convert(value)
        return payload


def _converted(process: Any) -> Any:
    def convert(value: Any) -> Any:
        if process is not None:
            value = process(value)
        if isinstance(value, bytes):
            return base64.b64encode(value).decode("ascii")
        if isinstance(value, datetime | date):
            return value.isoformat()
        return value

    return convert


def _iso(parse: Any, process: Any) -> Any:
    fallback = _converted(process)

    def convert(value: Any) -> Any:
        if isinstance(value, str):
            try:
                return parse(value).isoformat()
            except ValueError:
                pass
        return fallback(value)

    return convert


def _one_per_model(make: Callable[[type[SyncFields]], T]) -> Callable[[type[SyncFields]], T]:
    """`make` called once per model, its result kept: the readers and writers prepare converters."""
    made: dict[type[SyncFields], T] = {}

    def get(model: type[SyncFields]) -> T:
        found = made.get(model)
        if found is None:
            found = made[model] = make(model)
        return found

    return get


payload_reader = _one_per_model(PayloadReader)


class PayloadWriter:
    """A pulled payload's columns as the store keeps them: column_values followed by each column's
    SQLAlchemy bind processor, the values SQLAlchemy would write. Dates and times, most of a row's
    conversions, take a direct path to the same text."""

    def __init__(self, model: type[SyncFields]) -> None:
        dialect = sqlite.dialect()
        self._columns: list[tuple[str, Any]] = []
        for column in _columns(model):
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            if isinstance(column.type, DateTime):
                convert: Any = _stored_datetime(process)
            elif isinstance(column.type, Date):
                convert = _stored_date
            elif isinstance(column.type, LargeBinary):
                convert = _stored_bytes(process)
            else:
                convert = process
            self._columns.append((column.key, convert))

    def stored(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Only the columns the payload names, as write_payload would set them."""
        values: dict[str, Any] = {}
        for key, convert in self._columns:
            if key in payload:
                value = payload[key]
                values[key] = value if convert is None or value is None else convert(value)
        return values


def _stored_date(value: Any) -> Any:
    return date.fromisoformat(value).isoformat()  # SQLAlchemy keeps a date in SQLite as YYYY-MM-DD


def _stored_datetime(process: Any) -> Any:
    def convert(value: Any) -> Any:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:  # SQLAlchemy's text for a naive time, microseconds always written
            return moment.isoformat(" ", "microseconds")
        return process(moment) if process is not None else moment

    return convert


def _stored_bytes(process: Any) -> Any:
    def convert(value: Any) -> Any:
        raw = base64.b64decode(value)
        return process(raw) if process is not None else raw

    return convert


payload_writer = _one_per_model(PayloadWriter)


def column_values(model: type[SyncFields], payload: dict[str, Any]) -> dict[str, Any]:
    """The typed column values write_payload would set: only the columns the payload names."""
    return {
        column.key: _typed(column, payload[column.key]) for column in _columns(model) if column.key in payload
    }


def existing_ids(session: Session, model: type[SyncFields], ids: Iterable[str]) -> set[str]:
    """Of these ids, those the table has. The ids go in as one JSON array: one statement whatever
    their number, which SQLite prepares once."""
    table = sqlite.dialect().identifier_preparer.quote(inspect(model).local_table.name)
    text = f"SELECT {table}.id FROM json_each(?) AS ids JOIN {table} ON {table}.id = ids.value"
    return {found for (found,) in session.connection().exec_driver_sql(text, (json.dumps(list(set(ids))),))}


def cases_of(session: Session, model: type[SyncFields], rows: Iterable[Any]) -> dict[str, str | None]:
    """case_of for many rows of one table (Row mappings), with one query per chunk where the case sits
    on another table."""
    kind = model.kind
    rows = list(rows)
    reads = session.connection()  # Core, not the ORM: a batch's worth of plain rows
    if kind in DIRECTORY_KINDS:
        return {row["id"]: None for row in rows}
    if kind == Case.kind:
        return {row["id"]: row["id"] for row in rows}
    if kind in ("client", "household_member"):
        client_of = {row["id"]: row["id"] if kind == "client" else row["client_id"] for row in rows}
        latest: dict[str, str] = {}
        # Newest referral first, as case_of orders it: the first seen per client wins.
        for case_id, client_id in reads.execute(
            select(Case.id, Case.client_id)
            .where(among(Case.client_id, set(client_of.values())))
            .order_by(Case.client_id, Case.referral_date.desc())
        ):
            latest.setdefault(client_id, case_id)
        return {record_id: latest.get(client_id) for record_id, client_id in client_of.items()}
    if kind in _PARENTS:
        parent_model, column = _PARENTS[kind]
        parent_of = {row["id"]: row[column] for row in rows}
        parent_table = inspect(parent_model).local_table
        parent_cases: dict[str, str | None] = {}
        for parent_id, case_id in reads.execute(
            select(parent_table.c.id, parent_table.c.case_id).where(
                among(parent_table.c.id, set(parent_of.values()))
            )
        ):
            parent_cases[parent_id] = case_id
        return {record_id: parent_cases.get(parent_id) for record_id, parent_id in parent_of.items()}
    return {row["id"]: row.get("case_id") for row in rows}
