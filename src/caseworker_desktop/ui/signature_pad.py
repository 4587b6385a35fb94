"""A surface to sign on with whatever the counsellor's laptop has: mouse, touchpad, pen or finger.

Each input kind arrives through its own Qt path (mouse, tablet or touch events), and the platform may
also turn pen and touch input into mouse events when a widget does not take them. The pad takes the
native events and drops such echoes, so one movement never draws two strokes.

Per-point work avoids needless calls into Qt: besides speed, PySide6 6.12 on Python 3.11 loses a
reference to None on every call of a void C++ method, and a long signature makes thousands of them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QElapsedTimer,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QImage,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QPolygonF,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from caseworker_desktop.domain.signature_ink import DEFAULT_PRESSURE, Ink, InkPoint, Stroke

MIN_PEN_WIDTH = 1.2
MAX_PEN_WIDTH = 3.6
PNG_MARGIN = 4.0
"""Pad pixels around the ink's bounding box in the PNG: room for half the widest pen plus antialiasing."""

SCREEN_DPI = 96.0
"""Pad pixels are taken as 1/96 inch, so a PNG at scale 2 prints at the size it was drawn."""

INK_COLOUR = QColor("#13235b")
DISABLED_INK_COLOUR = QColor("#8a909c")
PAPER_COLOUR = QColor("#ffffff")
DISABLED_PAPER_COLOUR = QColor("#f3f4f6")
BORDER_COLOUR = QColor("#b9bfc9")
FOCUS_BORDER_COLOUR = QColor("#5b7fc7")
GUIDE_COLOUR = QColor("#d3d7de")
CROSS_COLOUR = QColor("#9aa1ad")

# Pressure changes pen width in steps this fine: invisible, and it lets runs share one draw call.
_WIDTH_STEP = 0.2
# Points closer together than this add bytes to the evidence but nothing to the line.
_MIN_STEP_PX = 0.75
_PEN_TYPES = (
    QInputDevice.DeviceType.Stylus,
    QInputDevice.DeviceType.Airbrush,
    QInputDevice.DeviceType.Puck,
)


def pen_width(pressure: float) -> float:
    return MIN_PEN_WIDTH + (MAX_PEN_WIDTH - MIN_PEN_WIDTH) * pressure


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(480, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # Click focus so Ctrl+Z works right after a stroke; keyboard users cannot sign, so the pad
        # is no tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAccessibleName(self.tr("Signature"))
        self.setAccessibleDescription(self.tr("Sign with the mouse, touchpad, pen or finger."))
        self._strokes: list[Stroke] = []
        self._current: list[InkPoint] | None = None
        self._current_source: str | None = None
        self._touch_id: int | None = None
        self._pen_sends_tablet_events = False
        self._clock = QElapsedTimer()
        self._cache: QPixmap | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    # --- the record -------------------------------------------------------------------------------

    def ink(self) -> Ink:
        """The finished strokes; one still being drawn is not part of it."""
        return Ink(width=max(1, self.width()), height=max(1, self.height()), strokes=tuple(self._strokes))

    def is_blank(self) -> bool:
        return self.ink().is_blank

    def is_empty(self) -> bool:
        """No stroke at all. Unlike is_blank, a single tap makes the pad non-empty (and undoable)."""
        return not self._strokes

    def undo(self) -> None:
        if not self._strokes:
            return
        self._strokes.pop()
        self._after_removal()

    def clear(self) -> None:
        if not self._strokes:
            return
        self._strokes.clear()
        self._after_removal()

    def _after_removal(self) -> None:
        self._cache = None
        self.update()
        self.changed.emit()

    def to_png(self, scale: float = 2.0) -> bytes:
        """The strokes alone on a transparent background, cropped to the ink plus PNG_MARGIN, with
        pixel density metadata so the image prints at its drawn size."""
        if not math.isfinite(scale) or scale <= 0:
            raise ValueError(f"scale must be a positive number, not {scale!r}")
        crop = self.ink_rect()
        if crop is None:
            raise ValueError("the signature pad is empty")
        image = QImage(
            math.ceil(crop.width() * scale),
            math.ceil(crop.height() * scale),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.scale(scale, scale)
            painter.translate(-crop.left(), -crop.top())
            for stroke in self._strokes:
                paint_stroke(painter, stroke, INK_COLOUR)
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide's stubs say bytes for the format, but at runtime only str is accepted.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise RuntimeError("Qt could not encode the signature as PNG")
        buffer.close()
        return bytes(data.data())

    def ink_rect(self) -> QRectF | None:
        """The area to_png crops to, in pad pixels: the ink's bounding box plus PNG_MARGIN."""
        bounds = self.ink().bounds()
        if bounds is None:
            return None
        left, top, right, bottom = bounds
        return QRectF(left, top, right - left, bottom - top).adjusted(
            -PNG_MARGIN, -PNG_MARGIN, PNG_MARGIN, PNG_MARGIN
        )

    # --- recording strokes ------------------------------------------------------------------------

    def _begin(self, source: str, position: QPointF, pressure: float) -> None:
        if not self._strokes:
            # Time counts from the first stroke on an empty pad, so a signature started over after
            # Clear carries no timings from the false start.
            self._clock.start()
        self._current = []
        self._current_source = source
        self._add(position, pressure, force=True)

    def _add(self, position: QPointF, pressure: float, *, force: bool = False) -> None:
        assert self._current is not None
        # The pointer is grabbed while drawing and may leave the pad; ink stays on the paper.
        x = round(min(max(position.x(), 0.0), float(self.width())), 2)
        y = round(min(max(position.y(), 0.0), float(self.height())), 2)
        pressure = round(min(max(pressure, 0.0), 1.0), 3)
        if self._current:
            last = self._current[-1]
            step = math.dist((last.x, last.y), (x, y))
            if step == 0 or (step < _MIN_STEP_PX and not force):
                return
        self._current.append(InkPoint(x=x, y=y, pressure=pressure, t_ms=max(0, self._clock.elapsed())))
        self._update_around(self._current[-3:])

    def _finish(self, position: QPointF | None, pressure: float) -> None:
        if self._current is None:
            return
        if position is not None:
            self._add(position, pressure, force=True)
        stroke = tuple(self._current)
        self._current = None
        self._current_source = None
        self._touch_id = None
        self._strokes.append(stroke)
        if self._cache is not None:
            self._paint_into_cache([stroke])
        self._update_around(stroke)
        self.changed.emit()

    def _cancel(self) -> None:
        if self._current is None:
            return
        dropped = self._current
        self._current = None
        self._current_source = None
        self._touch_id = None
        self._update_around(dropped)

    def _update_around(self, points: Sequence[InkPoint]) -> None:
        if not points:
            return
        xs = [p.x for p in points]
        ys = [p.y for p in points]
        pad = MAX_PEN_WIDTH / 2 + 2
        self.update(
            QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            .adjusted(-pad, -pad, pad, pad)
            .toAlignedRect()
        )

    # --- mouse and touchpad -----------------------------------------------------------------------

    def _is_real_mouse(self, event: QMouseEvent) -> bool:
        device = event.pointingDevice()
        kind = device.type() if device is not None else QInputDevice.DeviceType.Mouse
        if kind == QInputDevice.DeviceType.TouchScreen:
            # Touch is taken as touch events; this is the platform's mouse echo of the same finger.
            return False
        # Pens that deliver tablet events are drawn from those. A pen on a platform that only ever
        # sends mouse events still gets to sign.
        return not (kind in _PEN_TYPES and self._pen_sends_tablet_events)

    # Mouse events arrive accepted and stay so, since the base handlers (which ignore) are not called.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._current is None
            and self._is_real_mouse(event)
        ):
            self._begin("mouse", event.position(), DEFAULT_PRESSURE)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A quick second stroke (the dot on an i) arrives as a double click.
        self.mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._current_source == "mouse" and event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), DEFAULT_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._current_source == "mouse" and event.button() == Qt.MouseButton.LeftButton:
            self._finish(event.position(), DEFAULT_PRESSURE)

    # --- pen --------------------------------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Always accepted, hovering included: an ignored tablet event comes back as a mouse event.
        event.accept()
        self._pen_sends_tablet_events = True
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        device = event.pointingDevice()
        has_pressure = device is not None and QInputDevice.Capability.Pressure in device.capabilities()
        pressure = event.pressure() if has_pressure else DEFAULT_PRESSURE
        kind = event.type()
        tip = event.button() == Qt.MouseButton.LeftButton
        if kind == QEvent.Type.TabletPress and tip and self._current is None:
            self._begin("pen", event.position(), pressure)
        elif kind == QEvent.Type.TabletMove and self._current_source == "pen":
            self._add(event.position(), pressure)
        elif kind == QEvent.Type.TabletRelease and tip and self._current_source == "pen":
            # Pressure at lift-off is zero by definition; keep the last real value for the end point.
            self._finish(event.position(), self._last_pressure(pressure))

    def _last_pressure(self, fallback: float) -> float:
        return self._current[-1].pressure if self._current else fallback

    # --- touch screen -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            device = event.pointingDevice()
            if device is not None and device.type() == QInputDevice.DeviceType.TouchPad:
                # Fingers on a touchpad move the cursor; they sign through the mouse events.
                return super().event(event)
            if kind == QEvent.Type.TouchBegin:
                # Taking the begin is what brings the rest of the touch here, and what stops Qt from
                # also sending the finger as mouse events.
                event.accept()
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        # Fingers draw with the default pressure: capacitive screens report contact area or a
        # constant under that name, which would make line width vary for no reason.
        kind = event.type()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
            return
        points = event.points()
        if kind == QEvent.Type.TouchBegin:
            if self._current is None and points:
                first = points[0]
                self._begin("touch", first.position(), DEFAULT_PRESSURE)
                self._touch_id = first.id()
            return
        if self._current_source != "touch":
            return
        # Only the finger that started the stroke draws; a resting palm or second finger does not.
        ours = next((p for p in points if p.id() == self._touch_id), None)
        if ours is None:
            if kind == QEvent.Type.TouchEnd:
                self._finish(None, DEFAULT_PRESSURE)
            return
        state = ours.state()
        if kind == QEvent.Type.TouchEnd or state == QEventPoint.State.Released:
            self._finish(ours.position(), DEFAULT_PRESSURE)
        elif state != QEventPoint.State.Stationary:
            # A still finger is reported whenever another finger moves; it adds nothing.
            self._add(ours.position(), DEFAULT_PRESSURE)

    # --- other input and state --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            event.accept()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            if not self.isEnabled():
                self._cancel()
            self._cache = None
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        super().resizeEvent(event)

    # --- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_paper(painter)
            if self._cache is None or self._cache.devicePixelRatio() != self.devicePixelRatioF():
                self._build_cache()
            assert self._cache is not None
            painter.drawPixmap(0, 0, self._cache)
            if self._current:
                paint_stroke(painter, self._current, self._ink_colour())
            # Last, so ink that reaches the edge does not cover the frame.
            self._paint_frame(painter)
        finally:
            painter.end()

    def _paint_paper(self, painter: QPainter) -> None:
        enabled = self.isEnabled()
        painter.fillRect(self.rect(), PAPER_COLOUR if enabled else DISABLED_PAPER_COLOUR)
        # A signature line with a cross before it, as on a paper form.
        margin = 24.0
        baseline = round(self.height() * 0.72) + 0.5
        painter.setPen(QPen(GUIDE_COLOUR, 1.0))
        painter.drawLine(QPointF(margin, baseline), QPointF(self.width() - margin, baseline))
        # Drawn as two lines rather than the "×" glyph, whose size and weight vary between fonts.
        size = 9.0
        left, bottom = margin + 2, baseline - 7
        painter.setPen(QPen(CROSS_COLOUR, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(left, bottom - size), QPointF(left + size, bottom))
        painter.drawLine(QPointF(left, bottom), QPointF(left + size, bottom - size))

    def _paint_frame(self, painter: QPainter) -> None:
        border = FOCUS_BORDER_COLOUR if self.hasFocus() and self.isEnabled() else BORDER_COLOUR
        painter.setPen(QPen(border, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))

    def _ink_colour(self) -> QColor:
        return INK_COLOUR if self.isEnabled() else DISABLED_INK_COLOUR

    def _build_cache(self) -> None:
        # Finished strokes are painted once into a pixmap, so a long signature does not slow the
        # stroke being drawn.
        ratio = self.devicePixelRatioF()
        cache = QPixmap(QSize(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio)))
        cache.setDevicePixelRatio(ratio)
        cache.fill(Qt.GlobalColor.transparent)
        self._cache = cache
        self._paint_into_cache(self._strokes)

    def _paint_into_cache(self, strokes: Sequence[Stroke]) -> None:
        assert self._cache is not None
        painter = QPainter(self._cache)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for stroke in strokes:
                paint_stroke(painter, stroke, self._ink_colour())
        finally:
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


def smooth_samples(stroke: Sequence[InkPoint]) -> list[tuple[float, float, float]]:
    """(x, y, pen width) along quadratic curves through the midpoints between recorded points.

    Input arrives at 60–200 Hz, so joining the raw points shows corners on every curl; the midpoint
    curves pass near each point without a kink. Each curve takes the width of the point that shapes it.
    """
    if len(stroke) < 3:
        return [(p.x, p.y, pen_width(p.pressure)) for p in stroke]
    samples = [(stroke[0].x, stroke[0].y, pen_width(stroke[0].pressure))]
    start_x, start_y = stroke[0].x, stroke[0].y
    for here, after in pairwise(stroke[1:]):
        end_x, end_y = (here.x + after.x) / 2, (here.y + after.y) / 2
        width = pen_width(here.pressure)
        chord = math.dist((start_x, start_y), (end_x, end_y))
        steps = max(1, min(8, int(chord / 3)))
        for k in range(1, steps + 1):
            t = k / steps
            u = 1 - t
            samples.append(
                (
                    u * u * start_x + 2 * u * t * here.x + t * t * end_x,
                    u * u * start_y + 2 * u * t * here.y + t * t * end_y,
                    width,
                )
            )
        start_x, start_y = end_x, end_y
    last = stroke[-1]
    samples.append((last.x, last.y, pen_width((stroke[-2].pressure + last.pressure) / 2)))
    return samples


def paint_stroke(painter: QPainter, stroke: Sequence[InkPoint], colour: QColor) -> None:
    if not stroke:
        return
    if len(stroke) == 1:
        only = stroke[0]
        radius = pen_width(only.pressure) / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(only.x, only.y), radius, radius)
        return
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Drawn as one polyline per run of equal (rounded) width rather than a path per point: a mouse
    # stroke becomes a single call, and round joins keep the runs seamless where widths change.
    samples = smooth_samples(stroke)
    run: list[QPointF] = []
    run_level = round(samples[0][2] / _WIDTH_STEP)
    for x, y, width in samples:
        level = round(width / _WIDTH_STEP)
        if level != run_level and len(run) > 1:
            _draw_run(painter, run, run_level, colour)
            run = run[-1:]
        run_level = level
        run.append(QPointF(x, y))
    _draw_run(painter, run, run_level, colour)


def _draw_run(painter: QPainter, points: list[QPointF], level: int, colour: QColor) -> None:
    if len(points) < 2:
        return
    pen = QPen(
        colour, level * _WIDTH_STEP, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    painter.drawPolyline(QPolygonF(points))


class SignaturePadBox(QWidget):
    """The pad with Undo and Clear under it and a line telling how to sign."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePadBox")
        self.pad = SignaturePad()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoSignature")
        self.undo_button.setToolTip(self.tr("Remove the last stroke"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSignature")
        self.clear_button.setToolTip(self.tr("Start the signature again"))
        self.hint = QLabel(self.tr("Sign with the mouse, touchpad, pen or finger."))
        self.hint.setObjectName("signatureHint")
        self.hint.setStyleSheet("color: #555;")
        self.hint.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hint, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.pad, 1)
        layout.addLayout(row)

        self.undo_button.clicked.connect(self.pad.undo)
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update_buttons)
        self.pad.changed.connect(self.changed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_ink = not self.pad.is_empty()
        self.undo_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)
