"""The one-page recovery key sheet a counsellor prints or saves at setup."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class RecoverySheetText:
    """Already translated sentences; this module does not know the user's language."""

    title: str
    intro: str
    key_label: str
    profile_label: str
    advice: str


def _wrap(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if canvas.stringWidth(candidate, font, size) <= width:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def render_recovery_sheet(text: RecoverySheetText, recovery_key: str, profile: str) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setTitle(text.title)
    width, height = A4
    left = 25 * mm
    usable = width - 2 * left
    y = height - 30 * mm
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(left, y, text.title)
    y -= 12 * mm
    canvas.setFont("Helvetica", 11)
    for line in _wrap(canvas, text.intro, "Helvetica", 11, usable):
        canvas.drawString(left, y, line)
        y -= 5.5 * mm
    y -= 6 * mm
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(left, y, text.key_label)
    y -= 5 * mm
    box_top = y
    y -= 9 * mm
    canvas.setFont("Courier-Bold", 15)
    groups = recovery_key.split("-")
    for start in range(0, len(groups), 5):
        canvas.drawString(left + 5 * mm, y, "  ".join(groups[start : start + 5]))
        y -= 9 * mm
    canvas.rect(left, y + 4 * mm, usable, box_top - (y + 4 * mm), stroke=1, fill=0)
    y -= 10 * mm
    canvas.setFont("Helvetica", 10)
    canvas.drawString(left, y, f"{text.profile_label} {profile}")
    y -= 10 * mm
    for line in _wrap(canvas, text.advice, "Helvetica", 10, usable):
        canvas.drawString(left, y, line)
        y -= 5 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
