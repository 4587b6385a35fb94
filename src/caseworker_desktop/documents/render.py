"""Lays a `Document` out as an A4 PDF: letterhead, copy band and page numbers on every page.

Everything happens in memory: the documents hold client data, so nothing is written to disk, not even
a temporary file.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from importlib import resources
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as Para
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from caseworker_desktop.documents import model

__all__ = ["render"]

FONT = "CaseworkerSans"
FONT_BOLD = "CaseworkerSans-Bold"
FONT_OBLIQUE = "CaseworkerSans-Oblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_OBLIQUE: "DejaVuSans-Oblique.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
HEADER_TOP = PAGE_HEIGHT - 12 * mm
LOGO_MAX_HEIGHT = 18 * mm
LOGO_MAX_WIDTH = 55 * mm
BAND_HEIGHT = 8 * mm
FOOTER_BASELINE = 11 * mm
FOOTER_RULE = 15.5 * mm
FRAME_BOTTOM = 21 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
HEADING_ROOM = 32 * mm  # a heading with less than this under it starts a new page
SIGNATURE_HEIGHT = 26 * mm

INK = colors.HexColor("#1d232b")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b9c2cd")
ACCENT = colors.HexColor("#1f3a5f")
MARK = colors.HexColor("#6f8fb3")
HEAD_FILL = colors.HexColor("#e6edf5")
STRIPE_FILL = colors.HexColor("#f6f8fb")
BAND_FILL = colors.HexColor("#fdf0d2")
BAND_EDGE = colors.HexColor("#d6a13a")
BAND_INK = colors.HexColor("#5b4100")

NAME_SIZE = 12.0
LINE_SIZE = 8.5
LINE_LEADING = 10.5

_fonts_lock = threading.Lock()
_fonts_ready = False


def render(document: model.Document) -> bytes:
    """The document as PDF bytes, A4, with the fonts embedded."""
    _register_fonts()
    styles = _styles()
    created = _parse_created(document.created)
    layout = _Layout.for_document(document)

    buffer = BytesIO()
    frame = Frame(
        MARGIN_X,
        FRAME_BOTTOM,
        FRAME_WIDTH,
        layout.frame_top - FRAME_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=PAGE_HEIGHT - layout.frame_top,
        bottomMargin=FRAME_BOTTOM,
        title=document.title,
        author=document.author or document.letterhead.organisation,
        subject=document.subtitle,
        keywords=document.keywords,
        creator="Caseworker Desktop",
        lang=document.language or None,
        invariant=1 if created is not None else 0,
        # the canvas otherwise starts every page in Helvetica, a font that is never embedded
        initialFontName=FONT,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=layout.draw_page)],
    )
    footer = _Footer(document.page_label, document.footer_note)
    template.build(
        list(_story(document, styles)),
        canvasmaker=partial(_NumberedCanvas, footer=footer, created=created),
    )
    return buffer.getvalue()


# --- fonts and styles -------------------------------------------------------------------------------


def _font_bytes(filename: str) -> bytes:
    try:
        folder = resources.files("caseworker_desktop.resources").joinpath("fonts")
        return folder.joinpath(filename).read_bytes()
    except ModuleNotFoundError:
        # setuptools' editable install cannot import a package mapped to a folder outside src/ that
        # has no __init__.py, so a checkout reads resources/ next to src/ directly.
        checkout = Path(__file__).resolve().parents[3] / "resources" / "fonts"
        return (checkout / filename).read_bytes()


def _register_fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, BytesIO(_font_bytes(filename))))
        # <b> and <i> inside our own markup pick the right face
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_OBLIQUE, boldItalic=FONT_BOLD
        )
        _fonts_ready = True


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading1: ParagraphStyle
    heading2: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    role: ParagraphStyle
    signer: ParagraphStyle
    detail: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle


_styles_cache: list[_Styles] = []


def _styles() -> _Styles:
    if _styles_cache:
        return _styles_cache[0]
    base = ParagraphStyle(
        "base", fontName=FONT, bulletFontName=FONT, fontSize=10, leading=13.5, textColor=INK
    )

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    styles = _Styles(
        title=style("title", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=2),
        subtitle=style("subtitle", fontSize=11, leading=14, textColor=MUTED, spaceAfter=2),
        heading1=style(
            "heading1",
            fontName=FONT_BOLD,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        heading2=style("heading2", fontName=FONT_BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3),
        body=style("body", spaceAfter=6),
        bullet=style("bullet", spaceAfter=2),
        label=style("label", fontName=FONT_BOLD, fontSize=9.5, leading=12.5, textColor=MUTED),
        value=style("value", fontSize=9.5, leading=12.5),
        cell=style("cell", fontSize=9, leading=11.5),
        cell_head=style("cell_head", fontName=FONT_BOLD, fontSize=9, leading=11.5, textColor=ACCENT),
        role=style("role", fontName=FONT_BOLD, fontSize=9.5, leading=12),
        signer=style("signer", fontSize=9.5, leading=12),
        detail=style("detail", fontSize=8, leading=10, textColor=MUTED, spaceBefore=3),
        note=style(
            "note", fontName=FONT_OBLIQUE, fontSize=8.5, leading=10.5, textColor=MUTED, alignment=TA_CENTER
        ),
        caption=style("caption", fontName=FONT_BOLD, fontSize=10.5, leading=13.5, spaceAfter=6),
    )
    _styles_cache.append(styles)
    return styles


# Control characters other than tab and newline are not allowed in the XML that Paragraph parses.
_CONTROL = dict.fromkeys(code for code in range(32) if code not in (9, 10))


def _markup(text: str) -> str:
    """User text as Paragraph markup: escaped, with its line breaks kept."""
    clean = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    return escape(clean).replace("\n", "<br/>")


def _parse_created(created: str) -> datetime | None:
    if not created:
        return None
    moment = datetime.fromisoformat(created)
    # a timestamp without an offset is local time, like everything else the counsellor sees
    return moment.astimezone(UTC)


# --- the story --------------------------------------------------------------------------------------


def _story(document: model.Document, styles: _Styles) -> Iterator[Flowable]:
    if document.title:
        yield Para(_markup(document.title), styles.title)
    if document.subtitle:
        yield Para(_markup(document.subtitle), styles.subtitle)
    if document.title or document.subtitle:
        yield Spacer(1, 5 * mm)
    blocks = document.blocks
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, model.Heading) and isinstance(
            following, model.Signatures | model.ScanPage | model.Graphic
        ):
            # the heading goes with what it announces: onto the signatures' page, the scan's or the chart's
            yield from _block(following, styles, _heading(block, styles))
            index += 2
            continue
        if isinstance(block, model.Heading):
            # platypus' keepWithNext would push a whole long table to the next page with its heading;
            # asking only for some room under the heading keeps it from ending a page on its own
            yield CondPageBreak(HEADING_ROOM)
        yield from _block(block, styles, None)
        index += 1


def _heading(block: model.Heading, styles: _Styles) -> Flowable:
    return Para(_markup(block.text), styles.heading1 if block.level <= 1 else styles.heading2)


def _block(block: model.Block, styles: _Styles, heading: Flowable | None) -> Iterator[Flowable]:
    match block:
        case model.Heading():
            yield _heading(block, styles)
        case model.Paragraph(text=text):
            yield Para(_markup(text), styles.body)
        case model.Bullets(items=items, numbered=numbered):
            if items:
                yield _bullets(items, numbered, styles)
        case model.Fields(rows=rows):
            if rows:
                yield _fields(rows, styles)
        case model.Table():
            if block.header or block.rows:
                yield _table(block, styles)
        case model.Signatures(boxes=boxes):
            content: list[Flowable] = [] if heading is None else [heading]
            if boxes:
                content += [Spacer(1, 2 * mm), *_signatures(boxes, styles)]
            if content:
                yield KeepTogether(content)
        case model.ScanPage(caption=caption, image=image):
            yield PageBreakIfNotEmpty()
            if heading is not None:
                yield heading
            if caption:
                yield Para(_markup(caption), styles.caption)
            yield _ScanImage(ImageReader(BytesIO(image)))
        case model.PageBreak():
            yield PageBreak()
        case model.Graphic(drawing=drawing):
            yield KeepTogether([drawing] if heading is None else [heading, drawing])


def _bullets(items: Sequence[str], numbered: bool, styles: _Styles) -> Flowable:
    entries = [ListItem(Para(_markup(item), styles.bullet)) for item in items]
    if numbered:
        return ListFlowable(
            entries,
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName=FONT,
            bulletFontSize=10,
            leftIndent=6 * mm,
            spaceAfter=6,
        )
    return ListFlowable(
        entries,
        bulletType="bullet",
        start="•",
        bulletFontName=FONT,
        bulletFontSize=10,
        bulletColor=ACCENT,
        leftIndent=6 * mm,
        spaceAfter=6,
    )


# A table sets its own font for every cell, Helvetica unless told; that font would be listed in the
# PDF without being embedded.
_TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)


def _fields(rows: Sequence[tuple[str, str]], styles: _Styles) -> Flowable:
    data = [[Para(_markup(label), styles.label), Para(_markup(value), styles.value)] for label, value in rows]
    table = Table(
        data,
        colWidths=[FRAME_WIDTH * 0.34, FRAME_WIDTH * 0.66],
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=8,
        splitInRow=1,  # a value longer than a page (a long contact summary) continues on the next one
    )
    table.setStyle(
        TableStyle(
            [
                _TABLE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (1, 0), (1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#e1e6ec")),
            ]
        )
    )
    return table


def _table(block: model.Table, styles: _Styles) -> Flowable:
    columns = max([len(block.header), *(len(row) for row in block.rows)])
    widths = block.widths
    if len(widths) != columns or any(width <= 0 for width in widths):
        widths = (1.0,) * columns
    total = sum(widths)
    col_widths = [FRAME_WIDTH * width / total for width in widths]

    def cells(values: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
        padded = [*values, *([""] * (columns - len(values)))]
        return [Para(_markup(value), style) for value in padded]

    data = [cells(row, styles.cell) for row in block.rows]
    commands: list[tuple[Any, ...]] = [
        _TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    header_rows = 0
    if block.header:
        data.insert(0, cells(block.header, styles.cell_head))
        header_rows = 1
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if len(data) > header_rows:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, STRIPE_FILL]))
    table = Table(
        data,
        colWidths=col_widths,
        repeatRows=header_rows,
        hAlign="LEFT",
        spaceBefore=2,
        spaceAfter=10,
        splitInRow=1,
    )
    table.setStyle(TableStyle(commands))
    return table


def _signatures(boxes: Sequence[model.SignatureBox], styles: _Styles) -> list[Flowable]:
    """Rows of up to three boxes; roles, names, frames and details each line up across a row."""
    per_row = min(3, len(boxes))
    gap = 5 * mm
    # one or two boxes keep the width of half the page: a full-width signature field looks empty
    box_width = (FRAME_WIDTH - gap * (max(per_row, 2) - 1)) / max(per_row, 2)
    col_widths = [box_width + gap] * (per_row - 1) + [box_width]

    def ink(box: model.SignatureBox) -> Flowable:
        image = ImageReader(BytesIO(box.image_png)) if box.image_png else None
        note = Para(_markup(box.note), styles.note) if image is None and box.note else None
        return _InkArea(SIGNATURE_HEIGHT, image, note)

    def details(box: model.SignatureBox) -> Flowable | str:
        return Para("<br/>".join(_markup(line) for line in box.details), styles.detail) if box.details else ""

    tables: list[Flowable] = []
    for start in range(0, len(boxes), per_row):
        group = boxes[start : start + per_row]
        filler = [""] * (per_row - len(group))
        rows: list[list[Any]] = [
            [Para(_markup(box.role), styles.role) for box in group] + filler,
            [Para(_markup(box.name), styles.signer) for box in group] + filler,
            [ink(box) for box in group] + filler,
            [details(box) for box in group] + filler,
        ]
        table = Table(rows, colWidths=col_widths, hAlign="LEFT", spaceAfter=6 * mm)
        table.setStyle(
            TableStyle(
                [
                    _TABLE_FONT,
                    ("NOSPLIT", (0, 0), (-1, -1)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), gap),
                    ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 1), (-1, 1), 3),
                ]
            )
        )
        tables.append(table)
    return tables


def _fit(width: float, height: float, box_width: float, box_height: float) -> tuple[float, float]:
    scale = min(box_width / width, box_height / height)
    return width * scale, height * scale


class _InkArea(Flowable):  # type: ignore[misc]
    """The framed field a signature sits in: the drawn ink fitted inside, or the note."""

    _PAD = 2 * mm

    def __init__(self, height: float, image: ImageReader | None, note: Para | None) -> None:
        super().__init__()
        self.height = height
        self.width = 0.0
        self._image = image
        self._note = note

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        inner_width = self.width - 2 * self._PAD
        inner_height = self.height - 2 * self._PAD
        if self._image is not None:
            image_width, image_height = self._image.getSize()
            width, height = _fit(image_width, image_height, inner_width, inner_height)
            canvas.drawImage(
                self._image,
                (self.width - width) / 2,
                (self.height - height) / 2,
                width,
                height,
                mask="auto",
            )
        elif self._note is not None:
            clip = canvas.beginPath()
            clip.rect(0, 0, self.width, self.height)
            canvas.clipPath(clip, stroke=0, fill=0)
            _, note_height = self._note.wrap(inner_width, inner_height)
            y = (
                (self.height - note_height) / 2
                if note_height <= inner_height
                else self.height - self._PAD - note_height
            )
            self._note.drawOn(canvas, self._PAD, y)
        canvas.restoreState()


class _ScanImage(Flowable):  # type: ignore[misc]
    """A scanned page: takes the rest of the frame, so it stands on a page of its own."""

    def __init__(self, image: ImageReader) -> None:
        super().__init__()
        self._image = image
        self.width = 0.0
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        # a hair below the available height so rounding never pushes it onto the next page
        self.height = max(available_height - 0.5, 1.0)
        return self.width, self.height

    def draw(self) -> None:
        image_width, image_height = self._image.getSize()
        width, height = _fit(image_width, image_height, self.width, self.height)
        x, y = (self.width - width) / 2, self.height - height
        canvas = self.canv
        canvas.drawImage(self._image, x, y, width, height, mask="auto")
        # a hairline shows where a mostly white scan ends
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.rect(x, y, width, height, stroke=1, fill=0)
        canvas.restoreState()


# --- page furniture ---------------------------------------------------------------------------------


def _draw_fitted_string(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    max_width: float,
    *,
    align: str = "left",
) -> None:
    """One line of text, shrunk (and cut off with an ellipsis as a last resort) to fit max_width."""
    text = " ".join(text.split())
    width = pdfmetrics.stringWidth(text, font, size)
    if width > max_width > 0:
        size = max(size * max_width / width, min(size, 6.5))
        width = pdfmetrics.stringWidth(text, font, size)
        while width > max_width and len(text) > 1:
            text = text[:-2].rstrip() + "…"
            width = pdfmetrics.stringWidth(text, font, size)
    canvas.setFont(font, size)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "center":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


@dataclass(frozen=True)
class _Layout:
    """Where the header, the copy band and the frame sit; the same on every page."""

    organisation: str
    lines: tuple[str, ...]
    logo: ImageReader | None
    logo_size: tuple[float, float]
    copy_for: str
    rule_y: float
    band_top: float
    frame_top: float

    @classmethod
    def for_document(cls, document: model.Document) -> _Layout:
        letterhead = document.letterhead
        logo = _logo_reader(letterhead.logo)
        if logo is not None:
            logo_width, logo_height = logo.getSize()
            logo_size = _fit(logo_width, logo_height, LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)
        else:
            logo_size = (16 * mm, 16 * mm)
        text_height = NAME_SIZE * 1.25 + len(letterhead.lines) * LINE_LEADING
        rule_y = HEADER_TOP - max(LOGO_MAX_HEIGHT, text_height) - 3 * mm
        band_top = rule_y - 5 * mm
        frame_top = band_top - BAND_HEIGHT - 5 * mm if document.copy_for else band_top
        return cls(
            organisation=letterhead.organisation,
            lines=letterhead.lines,
            logo=logo,
            logo_size=logo_size,
            copy_for=document.copy_for,
            rule_y=rule_y,
            band_top=band_top,
            frame_top=frame_top,
        )

    def draw_page(self, canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        self._draw_header(canvas)
        if self.copy_for:
            self._draw_band(canvas)
        canvas.restoreState()

    def _draw_header(self, canvas: Canvas) -> None:
        logo_width, logo_height = self.logo_size
        right = PAGE_WIDTH - MARGIN_X
        if self.logo is not None:
            canvas.drawImage(
                self.logo, right - logo_width, HEADER_TOP - logo_height, logo_width, logo_height, mask="auto"
            )
        else:
            _draw_house(canvas, right - logo_width, HEADER_TOP - logo_height, logo_width)
        text_width = FRAME_WIDTH - logo_width - 6 * mm
        canvas.setFillColor(INK)
        y = HEADER_TOP - NAME_SIZE
        _draw_fitted_string(canvas, MARGIN_X, y, self.organisation, FONT_BOLD, NAME_SIZE, text_width)
        canvas.setFillColor(MUTED)
        y -= NAME_SIZE * 0.25 + LINE_LEADING
        for line in self.lines:
            _draw_fitted_string(canvas, MARGIN_X, y, line, FONT, LINE_SIZE, text_width)
            y -= LINE_LEADING
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, self.rule_y, PAGE_WIDTH - MARGIN_X, self.rule_y)

    def _draw_band(self, canvas: Canvas) -> None:
        bottom = self.band_top - BAND_HEIGHT
        canvas.setFillColor(BAND_FILL)
        canvas.setStrokeColor(BAND_EDGE)
        canvas.setLineWidth(0.9)
        canvas.roundRect(MARGIN_X, bottom, FRAME_WIDTH, BAND_HEIGHT, 1.5 * mm, stroke=1, fill=1)
        canvas.setFillColor(BAND_INK)
        _draw_fitted_string(
            canvas,
            PAGE_WIDTH / 2,
            bottom + BAND_HEIGHT / 2 - 3.6,
            self.copy_for,
            FONT_BOLD,
            10.5,
            FRAME_WIDTH - 8 * mm,
            align="center",
        )


def _logo_reader(logo: bytes | None) -> ImageReader | None:
    if not logo:
        return None
    try:
        reader = ImageReader(BytesIO(logo))
        reader.getSize()
    except Exception:
        # a broken logo file chosen in the settings must not stop every document from printing
        return None
    return reader


def _draw_house(canvas: Canvas, x: float, y: float, size: float) -> None:
    """The plain mark used when the organisation has no logo: a house outline."""
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(1.4)
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    wall_left, wall_right = x + size * 0.18, x + size * 0.82
    wall_bottom, eaves = y + size * 0.08, y + size * 0.55
    roof = canvas.beginPath()
    roof.moveTo(x + size * 0.06, y + size * 0.5)
    roof.lineTo(x + size * 0.5, y + size * 0.92)
    roof.lineTo(x + size * 0.94, y + size * 0.5)
    canvas.drawPath(roof, stroke=1, fill=0)
    walls = canvas.beginPath()
    walls.moveTo(wall_left, eaves)
    walls.lineTo(wall_left, wall_bottom)
    walls.lineTo(wall_right, wall_bottom)
    walls.lineTo(wall_right, eaves)
    canvas.drawPath(walls, stroke=1, fill=0)
    door = canvas.beginPath()
    door.moveTo(x + size * 0.42, wall_bottom)
    door.lineTo(x + size * 0.42, y + size * 0.34)
    door.lineTo(x + size * 0.58, y + size * 0.34)
    door.lineTo(x + size * 0.58, wall_bottom)
    canvas.drawPath(door, stroke=1, fill=0)


@dataclass(frozen=True)
class _Footer:
    page_label: str
    note: str

    def label(self, page: int, pages: int) -> str:
        try:
            return self.page_label.format(page=page, pages=pages)
        except (KeyError, IndexError, ValueError):
            # a broken translation of the label must not stop the document from printing
            return f"{page} / {pages}"

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, FOOTER_RULE, PAGE_WIDTH - MARGIN_X, FOOTER_RULE)
        canvas.setFillColor(MUTED)
        label = " ".join(self.label(page, pages).split())
        label_width = pdfmetrics.stringWidth(label, FONT, 8)
        _draw_fitted_string(
            canvas, PAGE_WIDTH - MARGIN_X, FOOTER_BASELINE, label, FONT, 8, FRAME_WIDTH / 2, align="right"
        )
        if self.note:
            room = FRAME_WIDTH - min(label_width, FRAME_WIDTH / 2) - 8 * mm
            _draw_fitted_string(canvas, MARGIN_X, FOOTER_BASELINE, self.note, FONT, 8, room)
        canvas.restoreState()


class _FixedTimeStamp:
    """Stands in for reportlab's TimeStamp so the PDF carries the document's own creation date."""

    def __init__(self, moment: datetime) -> None:
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end, so the footer can say how many pages there are."""

    def __init__(self, *args: Any, footer: _Footer, created: datetime | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []
        if created is not None:
            self._doc._timeStamp = _FixedTimeStamp(created)

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._footer.draw(self, number, pages)
            super().showPage()
        super().save()
