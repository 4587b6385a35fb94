"""A handwritten signature as the pen moved: points with pressure and time, per stroke.

The PNG of a signature is what goes on the document; this record is kept beside it as evidence of
how it was written (speed and pressure are hard to forge from a picture), so its JSON form must be
stable, exact and strict about what it reads back.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

DEFAULT_PRESSURE = 0.5
"""Recorded when the device reports no pressure (mouse, touchpad, most touch screens)."""

BLANK_LENGTH_PX = 15.0
"""Less ink than this, summed over all strokes, is a tap or a slip rather than a signature."""

FORMAT_VERSION = 1


@dataclass(frozen=True)
class InkPoint:
    x: float
    y: float
    pressure: float
    t_ms: int

    def __post_init__(self) -> None:
        # Checked here rather than only in from_json so no Ink can exist that would not serialise:
        # json.dumps writes NaN and Infinity, which are not JSON and which from_json refuses.
        for value in (self.x, self.y, self.pressure):
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise ValueError(f"ink coordinate or pressure is not a finite number: {value!r}")
        if not 0.0 <= self.pressure <= 1.0:
            raise ValueError(f"pressure outside 0..1: {self.pressure!r}")
        if isinstance(self.t_ms, bool) or not isinstance(self.t_ms, int) or self.t_ms < 0:
            raise ValueError(f"t_ms is not a non-negative whole number: {self.t_ms!r}")


Stroke = tuple[InkPoint, ...]


@dataclass(frozen=True)
class Ink:
    """Strokes in pad pixels on a pad of width × height. Points may lie outside that area: the pad
    can be resized after drawing."""

    width: int
    height: int
    strokes: tuple[Stroke, ...]

    def __post_init__(self) -> None:
        for side in (self.width, self.height):
            if isinstance(side, bool) or not isinstance(side, int) or side <= 0:
                raise ValueError(f"pad size is not a positive whole number: {side!r}")

    @property
    def path_length(self) -> float:
        return sum(math.dist((a.x, a.y), (b.x, b.y)) for s in self.strokes for a, b in pairwise(s))

    @property
    def is_blank(self) -> bool:
        if not any(len(stroke) >= 2 for stroke in self.strokes):
            return True
        return self.path_length < BLANK_LENGTH_PX

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(left, top, right, bottom) of all points, or None without any."""
        xs = [p.x for stroke in self.strokes for p in stroke]
        ys = [p.y for stroke in self.strokes for p in stroke]
        if not xs:
            return None
        return min(xs), min(ys), max(xs), max(ys)

    def to_json(self) -> str:
        # Points as [x, y, pressure, t_ms] arrays rather than objects: a signature has hundreds of
        # them. Floats are written with repr, the shortest text that reads back to the same float.
        document = {
            "v": FORMAT_VERSION,
            "width": self.width,
            "height": self.height,
            "strokes": [[[p.x, p.y, p.pressure, p.t_ms] for p in stroke] for stroke in self.strokes],
        }
        return json.dumps(document, separators=(",", ":"), allow_nan=False)

    @classmethod
    def from_json(cls, text: str) -> Ink:
        try:
            document = json.loads(text, parse_constant=_refuse_constant)
        except RecursionError as exc:
            # Deeply nested brackets exhaust the parser's stack; still just bad input.
            raise ValueError("ink JSON nested too deeply") from exc
        if not isinstance(document, dict) or set(document) != {"v", "width", "height", "strokes"}:
            raise ValueError("ink JSON must be an object with exactly v, width, height and strokes")
        if type(document["v"]) is not int or document["v"] != FORMAT_VERSION:
            raise ValueError(f"unknown ink format version: {document['v']!r}")
        strokes = document["strokes"]
        if not isinstance(strokes, list):
            raise ValueError("ink strokes must be a list")
        return cls(
            width=document["width"],
            height=document["height"],
            strokes=tuple(_read_stroke(stroke) for stroke in strokes),
        )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"ink JSON may not contain {name}")


def _read_stroke(stroke: object) -> Stroke:
    if not isinstance(stroke, list):
        raise ValueError("an ink stroke must be a list of points")
    return tuple(_read_point(point) for point in stroke)


def _read_point(point: object) -> InkPoint:
    if not isinstance(point, list) or len(point) != 4:
        raise ValueError("an ink point must be [x, y, pressure, t_ms]")
    x, y, pressure, t_ms = point
    for value in (x, y, pressure):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"ink coordinate or pressure is not a number: {value!r}")
    try:
        # Whole numbers are accepted for the float fields but stored as floats, so a point read
        # back compares, hashes and re-serialises the same as the one written.
        return InkPoint(x=float(x), y=float(y), pressure=float(pressure), t_ms=t_ms)
    except OverflowError as exc:
        raise ValueError("ink coordinate too large") from exc
