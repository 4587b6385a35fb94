"""Readers for the team exports (no tests here): the workbook's cells straight from its XML, the CSV as
rows, the PDF's text, and hand-built TeamFigures to feed them."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from datetime import date
from xml.etree import ElementTree

from pypdf import PdfReader

from caseworker_desktop.domain.team_figures import (
    BreakdownKey,
    CounsellorFigures,
    Figure,
    FigureKey,
    Outcome,
    Period,
    TeamFigures,
)

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
Value = str | float | None
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters is not None
    number = 0
    for letter in letters.group(0):
        number = number * 26 + ord(letter) - 64
    return number - 1


def xlsx_sheets(data: bytes) -> dict[str, list[list[Value]]]:
    """Sheet name -> rows of cell values (shared strings resolved, numbers as float)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in archive.namelist():
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in item.iter(f"{{{NS['m']}}}t")) for item in root]
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        sheets: dict[str, list[list[Value]]] = {}
        for sheet in workbook.iterfind("m:sheets/m:sheet", NS):
            root = ElementTree.fromstring(archive.read(f"xl/{targets[sheet.get(REL)]}"))
            rows: list[list[Value]] = []
            for row in root.iterfind("m:sheetData/m:row", NS):
                index = int(row.get("r", "0")) - 1
                while len(rows) <= index:
                    rows.append([])
                cells: list[Value] = []
                for cell in row.iterfind("m:c", NS):
                    column = _column(cell.get("r", "A1"))
                    while len(cells) <= column:
                        cells.append(None)
                    raw = cell.find("m:v", NS)
                    if raw is None or raw.text is None:
                        continue
                    cells[column] = shared[int(raw.text)] if cell.get("t") == "s" else float(raw.text)
                rows[index] = cells
            sheets[str(sheet.get("name"))] = rows
    return sheets


def table_after(rows: list[list[Value]], first_header: str) -> list[list[Value]]:
    """The data rows under the header row that starts with `first_header`."""
    for index, row in enumerate(rows):
        if row and row[0] == first_header:
            return [r for r in rows[index + 1 :] if r]
    raise AssertionError(f"no table headed {first_header!r}")


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text + "\n" + repr(reader.metadata)


def pdf_streams(data: bytes) -> bytes:
    """The raw file with every deflated stream inflated next to it."""
    parts = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def figures(
    *,
    period: Period = YEAR,
    values: dict[FigureKey, tuple[float | None, int]] | None = None,
    breakdowns: dict[BreakdownKey, dict[str, int]] | None = None,
    months: dict[date, dict[str, int]] | None = None,
    quarters: dict[tuple[int, int], dict[Outcome, int]] | None = None,
    counsellors: list[CounsellorFigures] | None = None,
) -> TeamFigures:
    """TeamFigures as a test wants them; case ids are planted so a test can prove they stay behind."""
    given = values or {}
    figure_map = {
        key: Figure(key, *given.get(key, (None, 0)), case_ids=(f"case-id-{key.value}",)) for key in FigureKey
    }
    return TeamFigures(
        period=period,
        figures=figure_map,
        per_counsellor=counsellors or [],
        breakdowns=breakdowns or {},
        referrals_per_month=months or {},
        outcomes_per_quarter=quarters or {},
    )
