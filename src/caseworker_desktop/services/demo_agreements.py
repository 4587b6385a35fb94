"""The demo's signed agreements: handwriting-like ink for fictional signers, drawn without Qt.

Each signature is a few strokes of a pen that wobbles along a baseline, stored like a real one: the ink
points (with pressure and timing) as JSON, and a PNG of them for the printed copies.
"""

from __future__ import annotations

import io
import itertools
import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw

from caseworker_desktop.domain.agreement import SignMethod
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.signature_ink import Ink, InkPoint
from caseworker_desktop.services.agreements import NewSignature
from caseworker_desktop.services.workspace import Workspace

PAD_WIDTH, PAD_HEIGHT = 600, 200
SCALE = 2


def scribble(rng: random.Random) -> tuple[bytes, str]:
    """A made-up signature: the PNG for print and the ink JSON kept as evidence."""
    strokes = []
    t = 0
    x = rng.uniform(40, 70)
    for _ in range(rng.randint(2, 3)):
        points = []
        length = rng.randint(18, 34)
        amplitude = rng.uniform(14, 34)
        speed = rng.uniform(0.5, 0.9)
        for step in range(length):
            x += rng.uniform(6, 11)
            y = 120 - amplitude * math.sin(step * speed) * (1 - step / (length * 1.6)) + rng.uniform(-2, 2)
            pressure = min(1.0, max(0.1, 0.55 + 0.3 * math.sin(step / 3) + rng.uniform(-0.05, 0.05)))
            points.append(InkPoint(round(x, 2), round(y, 2), round(pressure, 2), t))
            t += rng.randint(8, 16)
        strokes.append(tuple(points))
        x += rng.uniform(10, 25)
        t += rng.randint(120, 300)
    ink = Ink(PAD_WIDTH, PAD_HEIGHT, tuple(strokes))
    return _png(ink), ink.to_json()


def _png(ink: Ink) -> bytes:
    bounds = ink.bounds()
    assert bounds is not None
    left, top, right, bottom = bounds
    margin = 6
    width = int((right - left + 2 * margin) * SCALE)
    height = int((bottom - top + 2 * margin) * SCALE)
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for stroke in ink.strokes:
        for a, b in itertools.pairwise(stroke):
            line_width = max(2, round((1.2 + 2.4 * b.pressure) * SCALE))
            draw.line(
                [
                    ((a.x - left + margin) * SCALE, (a.y - top + margin) * SCALE),
                    ((b.x - left + margin) * SCALE, (b.y - top + margin) * SCALE),
                ],
                fill=(20, 33, 74, 255),
                width=line_width,
                joint="curve",
            )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def prepare_action(case_id: str) -> Callable[[Workspace], object]:
    def prepare(ws: Workspace) -> None:
        try:
            ws.agreements.prepare(case_id, "nl")
        except RuleViolation as refused:
            # A consent withdrawn or a plan not yet agreed on that day: the story goes on without.
            if refused.issue.code not in (
                "landlord_consent_missing",
                "plan_not_agreed",
                "agreement_up_to_date",
            ):
                raise

    return prepare


def sign_action(case_id: str, slots: tuple[str, ...], place: str, seed: int) -> Callable[[Workspace], object]:
    """Sign the latest version for the given parties, if it is still open for them."""

    def sign(ws: Workspace) -> None:
        rng = random.Random(seed)
        state = ws.agreements.state(case_id)
        view = state.latest
        if view is None or state.blocked:
            return
        for slot in view.missing:
            if slot.key.split(":")[0] not in slots:
                continue
            png, ink = scribble(rng)
            view = ws.agreements.sign(
                view.id,
                view.shown_hash,
                NewSignature(slot.key, slot.name, place, SignMethod.DRAWN, png, ink),
                "",
            )

    return sign
