"""The pull's fast path writes a payload's values as the store keeps them; it must agree with the
slow path (column_values, then SQLAlchemy's own bind processors) for every synced column type."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, Numeric
from sqlalchemy.dialects import sqlite

from caseworker_desktop.sync.records import MODELS, _columns, column_values, payload_writer

_DIALECT = sqlite.dialect()

moments = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1))
zones = st.sampled_from([None, UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])


def _slow(model: Any, payload: dict[str, Any]) -> dict[str, Any]:
    typed = column_values(model, payload)
    stored: dict[str, Any] = {}
    for column in _columns(model):
        if column.key in typed:
            process = column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            value = typed[column.key]
            stored[column.key] = value if process is None or value is None else process(value)
    return stored


def _value(column: Any, draw: Any) -> Any:
    if isinstance(column.type, DateTime):
        zone = draw(zones)
        return draw(moments).replace(tzinfo=zone).isoformat()
    if isinstance(column.type, Date):
        return draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1))).isoformat()
    if isinstance(column.type, LargeBinary):
        return base64.b64encode(draw(st.binary(max_size=40))).decode("ascii")
    if isinstance(column.type, Boolean):
        return draw(st.booleans())
    if isinstance(column.type, Integer):
        return draw(st.integers(min_value=-(2**31), max_value=2**31))
    if isinstance(column.type, Float | Numeric):
        return draw(st.floats(allow_nan=False, allow_infinity=False))
    return draw(st.text(max_size=20))


@pytest.mark.parametrize("kind", sorted(MODELS))
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_fast_path_stores_what_sqlalchemy_would(kind: str, data: st.DataObject) -> None:
    model = MODELS[kind]
    payload: dict[str, Any] = {}
    for column in _columns(model):
        choice = data.draw(st.sampled_from(["value", "none", "absent"]))
        if choice == "value":
            payload[column.key] = _value(column, data.draw)
        elif choice == "none":
            payload[column.key] = None
    payload["unknown_from_a_newer_app"] = "ignored"
    assert payload_writer(model).stored(payload) == _slow(model, payload)
