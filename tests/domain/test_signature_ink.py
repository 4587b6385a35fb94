"""The signature ink record: when it counts as a signature, and its JSON evidence form."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from caseworker_desktop.domain.signature_ink import BLANK_LENGTH_PX, DEFAULT_PRESSURE, Ink, InkPoint, Stroke


def line(x0: float, y0: float, x1: float, y1: float, *, steps: int = 10, t0: int = 0) -> Stroke:
    return tuple(
        InkPoint(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, DEFAULT_PRESSURE, t0 + 8 * i)
        for i in range(steps + 1)
    )


def ink(*strokes: Stroke) -> Ink:
    return Ink(width=480, height=160, strokes=strokes)


# --- blank or signed ------------------------------------------------------------------------------


def test_no_strokes_is_blank() -> None:
    assert ink().is_blank


def test_single_points_are_blank_however_many() -> None:
    dots = tuple((InkPoint(10.0 * i, 50.0, 0.5, i),) for i in range(40))
    assert ink(*dots).is_blank


def test_a_short_twitch_is_blank() -> None:
    assert ink(line(100, 80, 100 + BLANK_LENGTH_PX - 1, 80)).is_blank


def test_a_real_line_is_not_blank() -> None:
    assert not ink(line(40, 100, 300, 60)).is_blank


def test_short_strokes_add_up() -> None:
    third = BLANK_LENGTH_PX / 3 + 0.5
    strokes = [line(20 * i, 50, 20 * i + third, 50) for i in range(3)]
    assert not ink(*strokes).is_blank


def test_path_length_follows_the_path_not_the_ends() -> None:
    there_and_back = (*line(0, 0, 30, 0, steps=3), *line(30, 0, 0, 0, steps=3)[1:])
    assert math.isclose(ink(there_and_back).path_length, 60.0)


def test_bounds() -> None:
    assert ink().bounds() is None
    assert ink(line(40, 100, 300, 60), line(10, 120, 12, 130)).bounds() == (10, 60, 300, 130)


# --- construction refuses what could not be stored -----------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"x": math.nan, "y": 0.0, "pressure": 0.5, "t_ms": 0},
        {"x": 0.0, "y": math.inf, "pressure": 0.5, "t_ms": 0},
        {"x": 0.0, "y": 0.0, "pressure": 1.01, "t_ms": 0},
        {"x": 0.0, "y": 0.0, "pressure": -0.1, "t_ms": 0},
        {"x": 0.0, "y": 0.0, "pressure": 0.5, "t_ms": -1},
        {"x": 0.0, "y": 0.0, "pressure": 0.5, "t_ms": 1.5},
        {"x": True, "y": 0.0, "pressure": 0.5, "t_ms": 0},
    ],
)
def test_bad_points_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        InkPoint(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("width", "height"), [(0, 160), (480, -1), (480.0, 160), (True, 160)])
def test_bad_pad_sizes_are_refused(width: object, height: object) -> None:
    with pytest.raises(ValueError):
        Ink(width=width, height=height, strokes=())  # type: ignore[arg-type]


# --- JSON -----------------------------------------------------------------------------------------


def test_json_is_compact_and_readable_back() -> None:
    signed = ink((InkPoint(1.5, 2.25, 0.9, 0), InkPoint(3.0, 4.0, 0.5, 16)), (InkPoint(7.0, 8.0, 0.5, 400),))
    text = signed.to_json()
    assert text == (
        '{"v":1,"width":480,"height":160,"strokes":[[[1.5,2.25,0.9,0],[3.0,4.0,0.5,16]],[[7.0,8.0,0.5,400]]]}'
    )
    assert Ink.from_json(text) == signed


def test_whole_numbers_read_back_as_floats() -> None:
    read = Ink.from_json('{"v":1,"width":10,"height":10,"strokes":[[[1,2,1,0]]]}')
    point = read.strokes[0][0]
    assert (type(point.x), type(point.y), type(point.pressure)) == (float, float, float)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "null",
        "[]",
        '{"v":1,"width":10,"height":10}',
        '{"v":1,"width":10,"height":10,"strokes":[],"extra":0}',
        '{"v":2,"width":10,"height":10,"strokes":[]}',
        '{"v":true,"width":10,"height":10,"strokes":[]}',
        '{"v":1.0,"width":10,"height":10,"strokes":[]}',
        '{"v":1,"width":10,"height":10,"strokes":{}}',
        '{"v":1,"width":10,"height":10,"strokes":[[1,2,0.5,0]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[1,2,0.5]]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[1,"2",0.5,0]]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[NaN,2,0.5,0]]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[Infinity,2,0.5,0]]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[1e999,2,0.5,0]]]}',
        '{"v":1,"width":10,"height":10,"strokes":[[[1' + "0" * 400 + ",2,0.5,0]]]}",
        '{"v":1,"width":10,"height":10,"strokes":[[[1,2,0.5,0.0]]]}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_malformed_json_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        Ink.from_json(text)


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
points = st.builds(
    InkPoint,
    x=finite,
    y=finite,
    pressure=st.floats(min_value=0.0, max_value=1.0),
    t_ms=st.integers(min_value=0, max_value=10**9),
)
inks = st.builds(
    Ink,
    width=st.integers(min_value=1, max_value=10_000),
    height=st.integers(min_value=1, max_value=10_000),
    strokes=st.lists(st.lists(points, max_size=20).map(tuple), max_size=8).map(tuple),
)


@given(inks)
def test_json_round_trips(original: Ink) -> None:
    text = original.to_json()
    assert Ink.from_json(text) == original
    # Stable: the evidence re-serialises to the very same text.
    assert Ink.from_json(text).to_json() == text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=30,
)


def _nearly_ink(value: object) -> str:
    return json.dumps({"v": 1, "width": 480, "height": 160, "strokes": value})


@given(st.text() | json_values.map(json.dumps) | json_values.map(_nearly_ink))
@example("[[[")
@example('{"v":1,"width":480,"height":160,"strokes":[[[1,2,3,4]]]}')
def test_garbage_only_ever_raises_value_error(text: str) -> None:
    try:
        result = Ink.from_json(text)
    except ValueError:
        return
    assert isinstance(result, Ink)
