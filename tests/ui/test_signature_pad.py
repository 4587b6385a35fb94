"""The signature pad, driven by the events a mouse, pen and touch screen produce."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QInputDevice, QMouseEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from caseworker_desktop.domain.signature_ink import DEFAULT_PRESSURE, Ink, InkPoint
from caseworker_desktop.ui.signature_pad import (
    INK_COLOUR,
    PNG_MARGIN,
    SignaturePad,
    SignaturePadBox,
    smooth_samples,
)
from tests.ui.conftest import click

WAVE = [QPoint(60 + 12 * i, 80 + round(25 * math.sin(i / 2))) for i in range(25)]


@pytest.fixture
def box(qtbot: QtBot) -> SignaturePadBox:
    widget = SignaturePadBox()
    qtbot.addWidget(widget)
    widget.resize(640, 240)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pad(box: SignaturePadBox) -> SignaturePad:
    return box.pad


def mouse_stroke(pad: SignaturePad, points: Sequence[QPoint]) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for point in points[1:]:
        QTest.mouseMove(pad, point)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def make_stylus(*, pressure: bool = True, system_id: int = 4242) -> QPointingDevice:
    capabilities = QInputDevice.Capability.Position
    if pressure:
        capabilities |= QInputDevice.Capability.Pressure
    return QPointingDevice(
        "Test stylus",
        system_id,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        capabilities,
        1,
        2,
    )


@pytest.fixture
def stylus() -> Iterator[QPointingDevice]:
    device = make_stylus()
    yield device
    device.deleteLater()


def tablet(
    pad: SignaturePad, device: QPointingDevice, kind: QEvent.Type, at: QPointF, pressure: float
) -> bool:
    """Send one tablet event and tell whether the pad accepted it (an ignored one would come back
    from the platform as a mouse event)."""
    tip_down = kind != QEvent.Type.TabletRelease
    event = QTabletEvent(
        kind,
        device,
        at,
        pad.mapToGlobal(at),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if tip_down else Qt.MouseButton.NoButton,
    )
    event.setAccepted(False)
    QApplication.sendEvent(pad, event)
    return event.isAccepted()


def pen_stroke(
    pad: SignaturePad, device: QPointingDevice, points: Sequence[QPointF], pressure: float
) -> bool:
    accepted = [tablet(pad, device, QEvent.Type.TabletPress, points[0], pressure)]
    accepted += [tablet(pad, device, QEvent.Type.TabletMove, p, pressure) for p in points[1:]]
    # Real pens report no pressure once lifted.
    accepted.append(tablet(pad, device, QEvent.Type.TabletRelease, points[-1], 0.0))
    return all(accepted)


# --- mouse and touchpad ---------------------------------------------------------------------------


def test_a_mouse_stroke_is_recorded_point_by_point(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignal(pad.changed, timeout=1000):
        mouse_stroke(pad, WAVE)
    ink = pad.ink()
    assert len(ink.strokes) == 1
    stroke = ink.strokes[0]
    assert [(p.x, p.y) for p in stroke] == [(float(p.x()), float(p.y())) for p in WAVE]
    assert {p.pressure for p in stroke} == {DEFAULT_PRESSURE}
    times = [p.t_ms for p in stroke]
    assert times == sorted(times)
    assert (ink.width, ink.height) == (pad.width(), pad.height())
    assert not pad.is_blank()


def test_changed_comes_when_the_stroke_ends_not_before(pad: SignaturePad) -> None:
    seen: list[None] = []
    pad.changed.connect(lambda: seen.append(None))
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, WAVE[0])
    for point in WAVE[1:]:
        QTest.mouseMove(pad, point)
    assert seen == []
    assert pad.ink().strokes == ()  # a stroke in progress is not part of the record yet
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, WAVE[-1])
    assert len(seen) == 1


def test_a_tap_is_ink_but_no_signature(box: SignaturePadBox) -> None:
    QTest.mouseClick(box.pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(100, 80))
    assert len(box.pad.ink().strokes) == 1
    assert box.pad.is_blank()
    assert box.undo_button.isEnabled()  # a slip can be undone


def test_a_short_twitch_is_blank(pad: SignaturePad) -> None:
    mouse_stroke(pad, [QPoint(100, 80), QPoint(104, 81), QPoint(108, 80)])
    assert len(pad.ink().strokes) == 1
    assert pad.is_blank()


def test_a_double_click_makes_two_strokes(pad: SignaturePad) -> None:
    # Dotting an i right after a stroke is a double click to Qt, which then sends press, release,
    # press, double click, release. (QTest.mouseDClick sends the double click event alone.)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    sequence = [
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonDblClick, left),
        (QEvent.Type.MouseButtonRelease, none),
    ]
    at = QPointF(200, 60)
    for kind, buttons in sequence:
        event = QMouseEvent(kind, at, pad.mapToGlobal(at), left, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(pad, event)
    assert len(pad.ink().strokes) == 2


def test_a_stroke_leaving_the_pad_stays_on_the_paper(pad: SignaturePad) -> None:
    mouse_stroke(pad, [QPoint(100, 80), QPoint(60, 120), QPoint(-40, pad.height() + 30)])
    for point in pad.ink().strokes[0]:
        assert 0 <= point.x <= pad.width()
        assert 0 <= point.y <= pad.height()


def test_other_buttons_do_not_draw(pad: SignaturePad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(100, 80))
    QTest.mouseMove(pad, QPoint(200, 90))
    QTest.mouseRelease(pad, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 90))
    assert pad.is_empty()


# --- pen ------------------------------------------------------------------------------------------


def test_a_pen_records_its_pressure(qtbot: QtBot, pad: SignaturePad, stylus: QPointingDevice) -> None:
    points = [QPointF(80 + 9.5 * i, 70 + 10 * math.sin(i / 3)) for i in range(20)]
    with qtbot.waitSignal(pad.changed, timeout=1000):
        assert pen_stroke(pad, stylus, points, 0.9)
    strokes = pad.ink().strokes
    assert len(strokes) == 1
    assert len(strokes[0]) == len(points)
    # Lift-off reports zero pressure; the end point keeps the pressure the line was drawn with.
    assert {p.pressure for p in strokes[0]} == {0.9}


def test_the_platforms_mouse_echo_of_a_pen_is_not_drawn_again(
    pad: SignaturePad, stylus: QPointingDevice
) -> None:
    points = [QPointF(80 + 10 * i, 90) for i in range(10)]
    tablet(pad, stylus, QEvent.Type.TabletPress, points[0], 0.6)
    for point in points[1:]:
        tablet(pad, stylus, QEvent.Type.TabletMove, point, 0.6)
        echo = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            stylus,
        )
        QApplication.sendEvent(pad, echo)
    tablet(pad, stylus, QEvent.Type.TabletRelease, points[-1], 0.0)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(
            pad,
            QMouseEvent(
                kind,
                points[0],
                pad.mapToGlobal(points[0]),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                stylus,
            ),
        )
    strokes = pad.ink().strokes
    assert len(strokes) == 1
    assert len(strokes[0]) == len(points)


def test_a_pen_without_pressure_draws_at_the_default(pad: SignaturePad) -> None:
    device = make_stylus(pressure=False, system_id=4243)
    pen_stroke(pad, device, [QPointF(80, 80), QPointF(120, 90), QPointF(160, 80)], 0.0)
    assert {p.pressure for p in pad.ink().strokes[0]} == {DEFAULT_PRESSURE}


def test_the_eraser_end_does_not_draw(pad: SignaturePad) -> None:
    eraser = QPointingDevice(
        "Test eraser",
        4244,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Eraser,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )
    assert pen_stroke(pad, eraser, [QPointF(80, 80), QPointF(160, 80)], 0.7)
    assert pad.is_empty()


# --- touch screen ---------------------------------------------------------------------------------


def same_shape(stroke: Sequence[InkPoint], touched: Sequence[QPoint]) -> bool:
    """The stroke follows the touched points. QTest places touches off by the window frame on the
    offscreen platform (2 px), so the comparison allows one shift shared by all points."""
    dx, dy = stroke[0].x - touched[0].x(), stroke[0].y - touched[0].y()
    assert abs(dx) <= 3 and abs(dy) <= 3
    return [(p.x - dx, p.y - dy) for p in stroke] == [(float(p.x()), float(p.y())) for p in touched]


def test_a_finger_draws_one_stroke(qtbot: QtBot, pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.touchEvent(pad, screen).press(0, WAVE[0]).commit()
        for point in WAVE[1:]:
            QTest.touchEvent(pad, screen).move(0, point).commit()
        QTest.touchEvent(pad, screen).release(0, WAVE[-1]).commit()
    qtbot.wait(20)  # any mouse events Qt made up from the touch would have arrived by now
    strokes = pad.ink().strokes
    assert len(strokes) == 1
    assert same_shape(strokes[0], WAVE)
    assert {p.pressure for p in strokes[0]} == {DEFAULT_PRESSURE}


def test_only_the_first_finger_draws(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    QTest.touchEvent(pad, screen).press(0, QPoint(100, 60)).commit()
    QTest.touchEvent(pad, screen).stationary(0).press(1, QPoint(300, 120)).commit()
    QTest.touchEvent(pad, screen).move(0, QPoint(150, 70)).move(1, QPoint(350, 130)).commit()
    QTest.touchEvent(pad, screen).stationary(0).release(1, QPoint(350, 130)).commit()
    QTest.touchEvent(pad, screen).release(0, QPoint(200, 60)).commit()
    strokes = pad.ink().strokes
    assert len(strokes) == 1
    assert same_shape(strokes[0], [QPoint(100, 60), QPoint(150, 70), QPoint(200, 60)])


def test_the_mouse_echo_of_a_finger_is_not_drawn(pad: SignaturePad) -> None:
    screen = QTest.createTouchDevice()
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseMove, Qt.MouseButton.LeftButton),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        at = QPointF(100, 80) if kind == QEvent.Type.MouseButtonPress else QPointF(200, 80)
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
        event = QMouseEvent(
            kind, at, pad.mapToGlobal(at), button, buttons, Qt.KeyboardModifier.NoModifier, screen
        )
        QApplication.sendEvent(pad, event)
    assert pad.is_empty()


def test_touchpad_fingers_do_not_draw_as_touch(pad: SignaturePad) -> None:
    # As on macOS: the touchpad reports its fingers as touch and, separately, moves the mouse.
    touchpad = QTest.createTouchDevice(
        QInputDevice.DeviceType.TouchPad,
        QInputDevice.Capability.Position | QInputDevice.Capability.MouseEmulation,
    )
    QTest.touchEvent(pad, touchpad).press(0, QPoint(100, 60)).commit()
    QTest.touchEvent(pad, touchpad).move(0, QPoint(200, 60)).commit()
    QTest.touchEvent(pad, touchpad).release(0, QPoint(200, 60)).commit()
    assert pad.is_empty()


# --- undo, clear and the buttons ------------------------------------------------------------------


def test_buttons_follow_the_ink(qtbot: QtBot, box: SignaturePadBox) -> None:
    assert not box.undo_button.isEnabled()
    assert not box.clear_button.isEnabled()
    with qtbot.waitSignal(box.changed, timeout=1000):
        mouse_stroke(box.pad, WAVE)
    mouse_stroke(box.pad, [QPoint(80, 130), QPoint(300, 125)])
    assert box.undo_button.isEnabled()
    assert box.clear_button.isEnabled()

    first = box.pad.ink().strokes[0]
    with qtbot.waitSignal(box.pad.changed, timeout=1000):
        click(qtbot, box.undo_button)
    assert box.pad.ink().strokes == (first,)
    assert box.clear_button.isEnabled()

    mouse_stroke(box.pad, [QPoint(80, 130), QPoint(300, 125)])
    with qtbot.waitSignal(box.changed, timeout=1000):
        click(qtbot, box.clear_button)
    assert box.pad.is_empty()
    assert not box.undo_button.isEnabled()
    assert not box.clear_button.isEnabled()


def test_undo_and_clear_on_an_empty_pad_change_nothing(pad: SignaturePad) -> None:
    seen: list[None] = []
    pad.changed.connect(lambda: seen.append(None))
    pad.undo()
    pad.clear()
    assert seen == []


def test_ctrl_z_undoes_a_stroke(qtbot: QtBot, pad: SignaturePad) -> None:
    mouse_stroke(pad, WAVE)
    mouse_stroke(pad, [QPoint(80, 130), QPoint(300, 125)])
    with qtbot.waitSignal(pad.changed, timeout=1000):
        QTest.keyClick(pad, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(pad.ink().strokes) == 1


def test_timing_restarts_after_clearing(qtbot: QtBot, pad: SignaturePad) -> None:
    mouse_stroke(pad, WAVE)
    qtbot.wait(60)
    pad.clear()
    mouse_stroke(pad, WAVE[:3])
    assert pad.ink().strokes[0][0].t_ms < 50


def test_a_disabled_pad_takes_no_ink(pad: SignaturePad) -> None:
    pad.setEnabled(False)
    mouse_stroke(pad, WAVE)
    assert pad.is_empty()


def test_disabling_midway_drops_the_unfinished_stroke(pad: SignaturePad) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, WAVE[0])
    QTest.mouseMove(pad, WAVE[5])
    pad.setEnabled(False)
    pad.setEnabled(True)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, WAVE[5])
    assert pad.is_empty()


def test_names_and_hint(box: SignaturePadBox) -> None:
    assert box.findChild(SignaturePad, "signaturePad") is box.pad
    assert box.findChild(QPushButton, "undoSignature") is box.undo_button
    assert box.findChild(QPushButton, "clearSignature") is box.clear_button
    assert box.undo_button.text() == "Undo"
    assert box.clear_button.text() == "Clear"
    hint = box.findChild(QLabel, "signatureHint")
    assert hint is not None
    assert hint.text() == "Sign with the mouse, touchpad, pen or finger."
    assert box.pad.minimumSize().width() >= 480
    assert box.pad.minimumSize().height() >= 160


# --- the record and the picture -------------------------------------------------------------------


def test_the_pads_ink_survives_json(pad: SignaturePad, stylus: QPointingDevice) -> None:
    mouse_stroke(pad, WAVE)
    pen_stroke(pad, stylus, [QPointF(90.25, 120.5), QPointF(140.75, 118.0), QPointF(200.0, 125.125)], 0.42)
    ink = pad.ink()
    assert Ink.from_json(ink.to_json()) == ink


@pytest.mark.parametrize("scale", [1.0, 2.0, 3.5])
def test_png_is_the_inks_bounding_box_at_scale(pad: SignaturePad, scale: float) -> None:
    mouse_stroke(pad, WAVE)
    mouse_stroke(pad, [QPoint(70, 130), QPoint(330, 122)])
    data = pad.to_png(scale)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage()
    assert image.loadFromData(data)
    bounds = pad.ink().bounds()
    assert bounds is not None
    left, top, right, bottom = bounds
    assert image.width() == math.ceil((right - left + 2 * PNG_MARGIN) * scale)
    assert image.height() == math.ceil((bottom - top + 2 * PNG_MARGIN) * scale)
    assert image.hasAlphaChannel()
    assert image.dotsPerMeterX() == round(96 * scale / 0.0254)


def test_png_holds_only_ink_on_transparency(pad: SignaturePad) -> None:
    # Drawn across the signature line and the cross: neither may end up in the picture.
    baseline = round(pad.height() * 0.72)
    mouse_stroke(pad, [QPoint(20, baseline - 20 + 4 * i) for i in range(11)] + [QPoint(400, baseline + 10)])
    image = QImage()
    image.loadFromData(pad.to_png(1.0))
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    assert image.pixelColor(0, 0).alpha() == 0
    opaque = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                opaque += 1
                assert colour.rgb() == INK_COLOUR.rgb(), (x, y, colour.name())
    assert opaque > 50


def test_png_of_an_empty_pad_is_refused(pad: SignaturePad) -> None:
    with pytest.raises(ValueError):
        pad.to_png()
    mouse_stroke(pad, WAVE)
    pad.clear()
    with pytest.raises(ValueError):
        pad.to_png()


@pytest.mark.parametrize("scale", [0.0, -1.0, math.nan, math.inf])
def test_png_scale_must_be_positive(pad: SignaturePad, scale: float) -> None:
    mouse_stroke(pad, WAVE)
    with pytest.raises(ValueError):
        pad.to_png(scale)


def test_the_pad_is_painted_with_its_ink(qtbot: QtBot, pad: SignaturePad) -> None:
    mouse_stroke(pad, [QPoint(100, 50), QPoint(300, 50)])
    shot = pad.grab().toImage()
    ink_pixel = shot.pixelColor(QPoint(200, 50) * shot.devicePixelRatio())
    paper_pixel = shot.pixelColor(QPoint(200, 20) * shot.devicePixelRatio())
    assert ink_pixel.rgb() == INK_COLOUR.rgb()
    assert paper_pixel == QColor("#ffffff")


def test_smoothing_starts_and_ends_on_the_recorded_points() -> None:
    stroke = [
        InkPoint(0, 0, 0.5, 0),
        InkPoint(30, 0, 0.5, 8),
        InkPoint(30, 30, 0.5, 16),
        InkPoint(0, 30, 0.5, 24),
    ]
    samples = smooth_samples(stroke)
    assert samples[0][:2] == (0, 0)
    assert samples[-1][:2] == (0, 30)
    assert len(samples) > len(stroke)  # the corners are rounded with extra points
