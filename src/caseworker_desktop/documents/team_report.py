"""The team's registration and outcome figures as they leave the application: a spreadsheet, a CSV file
and a printable report with charts, for the funder.

Every output is written from one `TeamReport`, which `anonymise` makes from the `TeamFigures`. The
writers never see the figures themselves, so what the report does not hold cannot reach a file: no case
ids, no counsellor names (counsellors are numbered in the order of their names), and no count of fewer
tenants than the threshold. A hidden cell holds no number at all, only the fact that it is hidden.

Small counts are hidden with the domain's `suppress`, group by group: each breakdown, each measure over
the counsellors, and each row and each column of a cross table (quarters by outcome; the referrals per
month are a table of one column, the month's total). The totals a reader can know are the columns'
(the figures give the referrals in the period, and the closed episodes and their outcomes); no output
gives a quarter's total, and a chart draws a hidden cell at zero height, so a stacked bar does not give
one either. With the column totals known, `suppress` on each column keeps its hidden cells from being
worked out; rows are suppressed as well for whoever learns a quarter's total elsewhere. `_close_gaps`
then checks every group once more, so a change in `suppress` cannot quietly let a small sum through.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

import xlsxwriter  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from caseworker_desktop.documents import model
from caseworker_desktop.documents.render import ACCENT, FONT, FRAME_WIDTH, INK, MUTED, RULE, render
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import (
    BREAKDOWN_VALUES,
    NORM_CLIENTS_PER_FTE_YEAR,
    REFERENCE_EVICTION_AVOIDED,
    REFERENCE_REFERRAL_TO_INTAKE_DAYS,
    REFERENCE_RUNNING_PER_COUNSELLOR,
    REFERENCE_TRAJECTORY_MONTHS,
    SUPPRESSION_THRESHOLD,
    BreakdownKey,
    FigureKey,
    Outcome,
    Period,
    TeamFigures,
    months_of,
    quarters_of,
    suppress,
)
from caseworker_desktop.resource_files import resources_dir

__all__ = [
    "WORDING",
    "TeamReport",
    "Words",
    "anonymise",
    "report_pdf",
    "team_csv",
    "team_xlsx",
]

WORDING = "team_report"
UNKNOWN = "unknown"
REFERRALS_TOTAL = "total"  # the one column of the referrals per month


def _values(kind: type[StrEnum]) -> tuple[str, ...]:
    values = tuple(member.value for member in kind)
    return values if UNKNOWN in values else (*values, UNKNOWN)


# Every category a breakdown prints, in print order. A stored value that is not among them (written by a
# newer version) is counted as unknown, so no string from the store is ever printed as it is.
CATEGORIES: dict[BreakdownKey, tuple[str, ...]] = {
    key: _values(kind) for key, kind in BREAKDOWN_VALUES.items()
}

Kind = Literal["count", "decimal", "days", "share"]
FIGURE_KIND: dict[FigureKey, Kind] = {
    FigureKey.REFERRALS: "count",
    FigureKey.CLIENTS_GUIDED: "count",
    FigureKey.CLIENTS_PER_FTE_YEAR: "decimal",
    FigureKey.RUNNING_PER_COUNSELLOR: "decimal",
    FigureKey.AVERAGE_TRAJECTORY_DAYS: "days",
    FigureKey.REFERRAL_TO_INTAKE_DAYS: "days",
    FigureKey.CLOSED: "count",
    FigureKey.EVICTION_AVOIDED_SHARE: "share",
    FigureKey.GOALS_ACHIEVED_SHARE: "share",
}
DAYS_PER_MONTH = 365.25 / 12


# --- what leaves the application ------------------------------------------------------------------------
@dataclass(frozen=True)
class Cell:
    """One printed number. A hidden cell carries no number, so no writer can print it by mistake."""

    value: float | None = None  # None: nothing to compute it from, or hidden
    hidden: bool = False


HIDDEN = Cell(None, True)
Row = TypeVar("Row")


@dataclass(frozen=True)
class FigureLine:
    key: FigureKey
    value: Cell
    base: Cell


@dataclass(frozen=True)
class CategoryLine:
    category: str
    count: Cell
    share: Cell


@dataclass(frozen=True)
class Breakdown:
    key: BreakdownKey
    base: Cell  # the episodes referred in the period, which the shares are of
    lines: tuple[CategoryLine, ...]


@dataclass(frozen=True)
class CrossTable(Generic[Row]):
    rows: tuple[Row, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]  # per row, per column

    @property
    def hidden(self) -> int:
        return sum(cell.hidden for row in self.cells for cell in row)


@dataclass(frozen=True)
class CounsellorLine:
    number: int  # 1..n in the order of the counsellors' names, which stay in the application
    working_time: float
    guided: Cell
    running_at_end: Cell
    clients_per_fte_year: Cell


@dataclass(frozen=True)
class TeamReport:
    period: Period
    threshold: int
    figures: tuple[FigureLine, ...]
    breakdowns: tuple[Breakdown, ...]
    referrals: CrossTable[date]  # months by one column, REFERRALS_TOTAL: the referrals of each month
    outcomes: CrossTable[tuple[int, int]]  # (year, quarter) by outcome
    counsellors: tuple[CounsellorLine, ...]


def anonymise(figures: TeamFigures, threshold: int = SUPPRESSION_THRESHOLD) -> TeamReport:
    """The part of the figures that may leave the application, with every small group hidden."""
    figure_lines = tuple(_figure_line(figures, key, threshold) for key in FigureKey)
    referred = figures.figures.get(FigureKey.REFERRALS)
    total = (
        referred.base
        if referred is not None
        else sum(figures.breakdowns.get(BreakdownKey.SOURCE, {}).values())
    )
    base = HIDDEN if 0 < total < threshold else Cell(total)
    breakdowns = tuple(
        _breakdown(key, figures.breakdowns.get(key, {}), total, base, threshold) for key in BreakdownKey
    )
    months = tuple(sorted(set(months_of(figures.period)) | set(figures.referrals_per_month)))
    # Only each month's total leaves, not the month by source: with 150 referrals a year over 12 months
    # and 9 sources nearly every cell of that table is below the threshold. The month totals and the
    # source totals of the profile are the two margins of the month-by-source table, and margins give
    # none of its cells back (only where one margin holds the whole period, and then the cells are the
    # other margin, already shown); the months are suppressed as one group, the period total being known.
    referrals = _cross_table(
        months,
        (REFERRALS_TOTAL,),
        {
            month: {REFERRALS_TOTAL: sum(figures.referrals_per_month.get(month, {}).values())}
            for month in months
        },
        threshold,
    )
    quarters = tuple(sorted(set(quarters_of(figures.period)) | set(figures.outcomes_per_quarter)))
    outcome_names = tuple(outcome.value for outcome in Outcome)
    outcomes = _cross_table(
        quarters,
        outcome_names,
        {
            quarter: _folded(
                {str(k): v for k, v in figures.outcomes_per_quarter.get(quarter, {}).items()}, outcome_names
            )
            for quarter in quarters
        },
        threshold,
    )
    return TeamReport(
        period=figures.period,
        threshold=threshold,
        figures=figure_lines,
        breakdowns=breakdowns,
        referrals=referrals,
        outcomes=outcomes,
        counsellors=_counsellors(figures, threshold),
    )


def _figure_line(figures: TeamFigures, key: FigureKey, threshold: int) -> FigureLine:
    figure = figures.figures.get(key)
    if figure is None:
        return FigureLine(key, Cell(), Cell())
    small_count = FIGURE_KIND[key] == "count" and figure.value is not None and 0 < figure.value < threshold
    if 0 < figure.base < threshold or small_count:
        return FigureLine(key, HIDDEN, HIDDEN)
    return FigureLine(key, Cell(figure.value), Cell(figure.base))


def _folded(counts: Mapping[str, int], known: Sequence[str]) -> dict[str, int]:
    """Counts per known category, zeros included; anything else counts as unknown (or is dropped when the
    categories have no unknown, as outcomes do)."""
    folded = dict.fromkeys(known, 0)
    for category, count in counts.items():
        name = str(category)
        if name in folded:
            folded[name] += count
        elif UNKNOWN in folded:
            folded[UNKNOWN] += count
    return folded


def _breakdown(
    key: BreakdownKey, counts: Mapping[str, int], total: int, base: Cell, threshold: int
) -> Breakdown:
    known = CATEGORIES[key]
    folded = _folded(counts, known)
    hidden = _hidden_in_group(folded, threshold)
    lines = []
    for category in known:
        if category in hidden:
            lines.append(CategoryLine(category, HIDDEN, HIDDEN))
            continue
        count = folded[category]
        share = Cell(count / total) if total > 0 and not base.hidden else Cell()
        lines.append(CategoryLine(category, Cell(count), share))
    return Breakdown(key, base, tuple(lines))


def _hidden_in_group(counts: Mapping[str, int], threshold: int) -> set[str]:
    """The categories of one group (whose total is shown elsewhere) to hide."""
    # zeros go to suppress() as nothing: an empty category tells nobody anything, and a zero chosen as
    # the second hidden cell would protect nothing
    verdict = suppress({name: count for name, count in counts.items() if count > 0}, threshold)
    hidden = {name for name, shown in verdict.items() if shown is None}
    hidden |= {name for name, count in counts.items() if 0 < count < threshold}
    _close_gaps([list(counts)], counts, hidden, threshold)
    return hidden


_Key = TypeVar("_Key")


def _close_gaps(
    groups: Sequence[Sequence[_Key]], counts: Mapping[_Key, int], hidden: set[_Key], threshold: int
) -> None:
    """Hide more cells until in every group the hidden ones add up to zero or at least the threshold.

    With the group's total known, the hidden cells' sum is known too; a sum below the threshold would
    tell as much as the small cell itself. Hiding the smallest shown cell costs the least information.
    """
    changed = True
    while changed:
        changed = False
        for group in groups:
            hidden_sum = sum(counts[key] for key in group if key in hidden)
            if not 0 < hidden_sum < threshold:
                continue
            shown = [key for key in group if key not in hidden and counts[key] > 0]
            if shown:
                hidden.add(min(shown, key=lambda key: counts[key]))
                changed = True


def _cross_table(
    rows: tuple[Row, ...], columns: tuple[str, ...], counts: Mapping[Row, Mapping[str, int]], threshold: int
) -> CrossTable[Row]:
    flat = {
        (r, c): counts[row].get(column, 0) for r, row in enumerate(rows) for c, column in enumerate(columns)
    }
    hidden: set[tuple[int, int]] = set()
    for r in range(len(rows)):
        line = {str(c): flat[r, c] for c in range(len(columns))}
        hidden |= {(r, int(c)) for c in _hidden_in_group(line, threshold)}
    for c in range(len(columns)):
        line = {str(r): flat[r, c] for r in range(len(rows))}
        hidden |= {(int(r), c) for r in _hidden_in_group(line, threshold)}
    groups = [[(r, c) for c in range(len(columns))] for r in range(len(rows))]
    groups += [[(r, c) for r in range(len(rows))] for c in range(len(columns))]
    _close_gaps(groups, flat, hidden, threshold)
    cells = tuple(
        tuple(HIDDEN if (r, c) in hidden else Cell(flat[r, c]) for c in range(len(columns)))
        for r in range(len(rows))
    )
    return CrossTable(rows, columns, cells)


def _counsellors(figures: TeamFigures, threshold: int) -> tuple[CounsellorLine, ...]:
    ordered = sorted(figures.per_counsellor, key=lambda c: (c.counsellor_name.casefold(), c.counsellor_id))
    guided = {str(n): c.guided for n, c in enumerate(ordered, start=1)}
    running = {str(n): c.running_at_end for n, c in enumerate(ordered, start=1)}
    hidden_guided = _hidden_in_group(guided, threshold)
    hidden_running = _hidden_in_group(running, threshold)
    lines = []
    for number, counsellor in enumerate(ordered, start=1):
        name = str(number)
        guided_hidden = name in hidden_guided
        lines.append(
            CounsellorLine(
                number=number,
                working_time=counsellor.working_time,
                guided=HIDDEN if guided_hidden else Cell(counsellor.guided),
                running_at_end=HIDDEN if name in hidden_running else Cell(counsellor.running_at_end),
                # with the working time shown, the rate would give the hidden count back
                clients_per_fte_year=HIDDEN if guided_hidden else Cell(counsellor.clients_per_fte_year),
            )
        )
    return tuple(lines)


# --- wording ----------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def shipped_wording(language: str) -> dict[str, Any]:
    """The wording as shipped; services pass the organisation's own copy (services.wording) instead."""
    language = language if language in ("nl", "en") else "nl"
    path = resources_dir() / "documents" / language / f"{WORDING}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


class Words:
    """One language's report wording. A key missing from an organisation's own copy refuses the export
    with the key's name rather than printing half a sentence."""

    def __init__(self, data: Mapping[str, Any], threshold: int) -> None:
        self._data = data
        self.threshold = threshold

    def _node(self, key: str) -> Any:
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)
            node = node[part]
        return node

    def raw(self, key: str) -> str:
        """A text with its placeholders left in, for the renderer to fill (the page label)."""
        text = self._node(key)
        if not isinstance(text, str):
            raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)
        return text

    def __call__(self, key: str, **values: object) -> str:
        text = self.raw(key)

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in values:
                raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key=key)
            return str(values[name])

        return _PLACEHOLDER.sub(fill, text)

    @property
    def hidden(self) -> str:
        return self("hidden", threshold=self.threshold)

    def month(self, month: date, *, with_year: bool) -> str:
        names = self._node("months")
        if not isinstance(names, list) or len(names) != 12 or not all(isinstance(n, str) for n in names):
            raise RuleViolation("wording_unreadable", file=f"{WORDING}.toml", key="months")
        name = names[month.month - 1]
        return f"{name} {month.year % 100:02d}" if with_year else name

    def quarter(self, quarter: tuple[int, int]) -> str:
        return self("quarter", year=quarter[0], quarter=quarter[1])

    def counsellor(self, number: int) -> str:
        return self("counsellor", number=number)

    def category(self, breakdown: BreakdownKey, category: str) -> str:
        return self(f"category.{breakdown.value}.{category}")

    def number(self, value: float, decimals: int, decimal: str | None = None) -> str:
        text = f"{value:.{decimals}f}"
        return text.replace(".", self("format.decimal") if decimal is None else decimal)

    def cell(self, cell: Cell, kind: Kind, decimal: str | None = None) -> str:
        if cell.hidden:
            return self.hidden
        if cell.value is None:
            return self("none")
        match kind:
            case "count":
                return str(round(cell.value))
            case "decimal":
                return self.number(cell.value, 1, decimal)
            case "days":
                return self.number(cell.value, 0, decimal)
            case "share":
                return self("format.percent", value=self.number(cell.value * 100, 1, decimal))

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y")

    def moment(self, value: datetime | None) -> str:
        if value is None:
            return self("never_synced")
        local = value.astimezone() if value.tzinfo is not None else value
        return self("date_time", date=self.day(local.date()), time=local.strftime("%H:%M"))

    def period(self, period: Period) -> str:
        return self("period_value", start=self.day(period.start), end=self.day(period.end))

    def reference(self, key: FigureKey) -> str:
        def percent(share: float) -> str:
            return self("format.percent", value=self.number(share * 100, 0))

        match key:
            case FigureKey.CLIENTS_PER_FTE_YEAR:
                return self("reference.clients_per_fte_year", norm=NORM_CLIENTS_PER_FTE_YEAR)
            case FigureKey.RUNNING_PER_COUNSELLOR:
                return self("reference.running_per_counsellor", running=REFERENCE_RUNNING_PER_COUNSELLOR)
            case FigureKey.AVERAGE_TRAJECTORY_DAYS:
                days = round(REFERENCE_TRAJECTORY_MONTHS * DAYS_PER_MONTH)
                return self(
                    "reference.average_trajectory_days", months=REFERENCE_TRAJECTORY_MONTHS, days=days
                )
            case FigureKey.REFERRAL_TO_INTAKE_DAYS:
                return self("reference.referral_to_intake_days", days=REFERENCE_REFERRAL_TO_INTAKE_DAYS)
            case FigureKey.EVICTION_AVOIDED_SHARE:
                low, high = REFERENCE_EVICTION_AVOIDED
                return self("reference.eviction_avoided_share", low=percent(low), high=percent(high))
        return ""

    def about(
        self, report: TeamReport, *, organisation: str, made_at: datetime, data_as_of: datetime | None
    ) -> list[tuple[str, str]]:
        """The header every output starts with: what, whose, how fresh, and what is hidden."""
        rows = [(self("header.period"), self.period(report.period))]
        if organisation:
            rows.append((self("header.organisation"), organisation))
        rows += [
            (self("header.made_on"), self.moment(made_at)),
            (self("header.data_as_of"), self.moment(data_as_of)),
            (self("header.threshold"), self("header.threshold_value", threshold=report.threshold)),
        ]
        return rows


def words_for(language: str, wording: Mapping[str, Any] | None, threshold: int) -> Words:
    return Words(wording if wording is not None else shipped_wording(language), threshold)


# --- spreadsheet ------------------------------------------------------------------------------------
SHEET_NAME_LIMIT = 31  # Excel refuses longer sheet names
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(text: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", text)[:SHEET_NAME_LIMIT]


class _Sheets:
    """The workbook's formats and the header block each sheet starts with."""

    def __init__(self, workbook: Any, words: Words, about: list[tuple[str, str]]) -> None:
        self.workbook = workbook
        self.words = words
        self.about = about
        self.title = workbook.add_format({"bold": True, "font_size": 13, "font_color": "#1f3a5f"})
        self.label = workbook.add_format({"bold": True, "font_color": "#5f6b7a"})
        self.note = workbook.add_format({"italic": True, "font_color": "#5f6b7a"})
        self.head = workbook.add_format(
            {"bold": True, "bg_color": "#e6edf5", "bottom": 1, "text_wrap": True, "valign": "top"}
        )
        self.text = workbook.add_format({"valign": "top"})
        self.formats: dict[Kind, Any] = {
            "count": workbook.add_format({"num_format": "0"}),
            "decimal": workbook.add_format({"num_format": "0.0"}),
            "days": workbook.add_format({"num_format": "0"}),
            "share": workbook.add_format({"num_format": "0.0%"}),
        }
        self.hidden = workbook.add_format({"align": "right", "font_color": "#5f6b7a"})
        self.month = workbook.add_format({"num_format": "yyyy-mm", "align": "left"})

    def sheet(self, name: str, header: Sequence[str], widths: Sequence[float]) -> tuple[Any, int]:
        """A new sheet with the header block and the table's column titles; returns the first data row."""
        sheet = self.workbook.add_worksheet(_sheet_name(name))
        sheet.write_string(0, 0, self.words("title"), self.title)
        row = 1
        for label, value in self.about:
            sheet.write_string(row, 0, label, self.label)
            sheet.write_string(row, 1, value)
            row += 1
        sheet.write_string(row, 0, self.words("header.no_tenant_data"), self.note)
        row += 2
        for column, (title, width) in enumerate(zip(header, widths, strict=True)):
            sheet.write_string(row, column, title, self.head)
            sheet.set_column(column, column, width)
        sheet.freeze_panes(row + 1, 0)
        return sheet, row + 1

    def cell(self, sheet: Any, row: int, column: int, cell: Cell, kind: Kind) -> None:
        if cell.hidden:
            sheet.write_string(row, column, self.words.hidden, self.hidden)
        elif cell.value is None:
            sheet.write_string(row, column, self.words("none"), self.hidden)
        else:
            sheet.write_number(row, column, cell.value, self.formats[kind])


def team_xlsx(
    report: TeamReport, words: Words, *, organisation: str, made_at: datetime, data_as_of: datetime | None
) -> bytes:
    """The workbook as bytes; built in memory, so no temporary file holds even the counts."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    # a fixed creation date keeps the file the same for the same figures; no author is written
    workbook.set_properties({"title": words("title"), "created": made_at})
    about = words.about(report, organisation=organisation, made_at=made_at, data_as_of=data_as_of)
    sheets = _Sheets(workbook, words, about)

    figures, row = sheets.sheet(
        words("sheet.figures"),
        [words("column.figure"), words("column.value"), words("column.base"), words("column.reference")],
        [62, 12, 16, 40],
    )
    for line in report.figures:
        figures.write_string(row, 0, words(f"figure.{line.key.value}"), sheets.text)
        sheets.cell(figures, row, 1, line.value, FIGURE_KIND[line.key])
        sheets.cell(figures, row, 2, line.base, "count")
        figures.write_string(row, 3, words.reference(line.key), sheets.text)
        row += 1

    profile, row = sheets.sheet(
        words("sheet.profile"),
        [words("column.breakdown"), words("column.category"), words("column.count"), words("column.share")],
        [46, 40, 12, 12],
    )
    for breakdown in report.breakdowns:
        for category in breakdown.lines:
            profile.write_string(row, 0, words(f"breakdown.{breakdown.key.value}"), sheets.text)
            profile.write_string(row, 1, words.category(breakdown.key, category.category), sheets.text)
            sheets.cell(profile, row, 2, category.count, "count")
            sheets.cell(profile, row, 3, category.share, "share")
            row += 1

    referrals = report.referrals
    sheet, row = sheets.sheet(
        # the figure's own words ("Referrals (episodes)") head the count: a new key would refuse an
        # organisation's existing copy of the wording
        words("sheet.referrals"),
        [words("column.month"), words(f"figure.{FigureKey.REFERRALS.value}")],
        [12, 24],
    )
    for month, (cell,) in zip(referrals.rows, referrals.cells, strict=True):
        sheet.write_datetime(row, 0, datetime(month.year, month.month, 1), sheets.month)
        sheets.cell(sheet, row, 1, cell, "count")
        row += 1

    outcomes = report.outcomes
    sheet, row = sheets.sheet(
        words("sheet.outcomes"),
        [words("column.quarter"), *(words(f"outcome.{name}") for name in outcomes.columns)],
        [14, *([22] * len(outcomes.columns))],
    )
    for quarter, cells in zip(outcomes.rows, outcomes.cells, strict=True):
        sheet.write_string(row, 0, words.quarter(quarter), sheets.text)
        for column, cell in enumerate(cells, start=1):
            sheets.cell(sheet, row, column, cell, "count")
        row += 1

    sheet, row = sheets.sheet(
        words("sheet.counsellors"),
        [
            words("column.counsellor"),
            words("column.working_time"),
            words("column.guided"),
            words("column.running_at_end"),
            words("column.clients_per_fte_year"),
        ],
        [22, 14, 18, 20, 16],
    )
    for counsellor in report.counsellors:
        sheet.write_string(row, 0, words.counsellor(counsellor.number), sheets.text)
        sheet.write_number(row, 1, counsellor.working_time, sheets.formats["decimal"])
        sheets.cell(sheet, row, 2, counsellor.guided, "count")
        sheets.cell(sheet, row, 3, counsellor.running_at_end, "count")
        sheets.cell(sheet, row, 4, counsellor.clients_per_fte_year, "decimal")
        row += 1

    workbook.close()
    return buffer.getvalue()


# --- CSV ------------------------------------------------------------------------------------------
# Belgian Excel reads a CSV with the list separator of the Windows region, which is ";" (the comma is
# the decimal sign there), and takes a file without a byte order mark for the old ANSI code page, which
# garbles "ë" and "–". So: ";" between fields, "," in numbers, UTF-8 with a BOM.
CSV_SEPARATOR = ";"
CSV_DECIMAL = ","
CSV_ENCODING = "utf-8-sig"


def team_csv(
    report: TeamReport,
    words: Words,
    *,
    organisation: str = "",
    made_at: datetime,
    data_as_of: datetime | None,
) -> bytes:
    """One long table (section, key, category, value, base) with what the workbook holds."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=CSV_SEPARATOR, lineterminator="\r\n")
    for row in _csv_rows(report, words, organisation=organisation, made_at=made_at, data_as_of=data_as_of):
        writer.writerow(row)
    return buffer.getvalue().encode(CSV_ENCODING)


def _csv_rows(
    report: TeamReport, words: Words, *, organisation: str, made_at: datetime, data_as_of: datetime | None
) -> Iterator[list[str]]:
    def cell(value: Cell, kind: Kind) -> str:
        return words.cell(value, kind, CSV_DECIMAL)

    yield [
        words("column.section"),
        words("column.key"),
        words("column.category"),
        words("column.value"),
        words("column.base"),
    ]
    about = words("csv.about")
    yield [about, words("csv.period_start"), "", report.period.start.isoformat(), ""]
    yield [about, words("csv.period_end"), "", report.period.end.isoformat(), ""]
    # the period is already there, in two rows a spreadsheet can read as dates
    header = words.about(report, organisation=organisation, made_at=made_at, data_as_of=data_as_of)
    for label, text in header[1:]:
        yield [about, label, "", text, ""]
    yield [about, words("header.no_tenant_data"), "", "", ""]

    section = words("sheet.figures")
    for line in report.figures:
        key = words(f"figure.{line.key.value}")
        yield [section, key, "", cell(line.value, FIGURE_KIND[line.key]), cell(line.base, "count")]

    section = words("sheet.profile")
    for breakdown in report.breakdowns:
        key = words(f"breakdown.{breakdown.key.value}")
        for category in breakdown.lines:
            label = words.category(breakdown.key, category.category)
            yield [section, key, label, cell(category.count, "count"), cell(breakdown.base, "count")]

    section = words("sheet.referrals")
    for month, (value,) in zip(report.referrals.rows, report.referrals.cells, strict=True):
        yield [section, f"{month:%Y-%m}", "", cell(value, "count"), ""]

    section = words("sheet.outcomes")
    for quarter, cells in zip(report.outcomes.rows, report.outcomes.cells, strict=True):
        for outcome, value in zip(report.outcomes.columns, cells, strict=True):
            yield [section, words.quarter(quarter), words(f"outcome.{outcome}"), cell(value, "count"), ""]

    section = words("sheet.counsellors")
    for counsellor in report.counsellors:
        key = words.counsellor(counsellor.number)
        fte = words.number(counsellor.working_time, 2, CSV_DECIMAL)
        yield [section, key, words("column.working_time"), fte, ""]
        yield [section, key, words("column.guided"), cell(counsellor.guided, "count"), ""]
        yield [section, key, words("column.running_at_end"), cell(counsellor.running_at_end, "count"), ""]
        yield [
            section,
            key,
            words("column.clients_per_fte_year"),
            cell(counsellor.clients_per_fte_year, "decimal"),
            "",
        ]


# --- the printed report -----------------------------------------------------------------------------
PALETTE = tuple(
    colors.HexColor(code)
    for code in (
        "#1f3a5f",
        "#6f8fb3",
        "#d6a13a",
        "#5b8c5a",
        "#b5523b",
        "#8e6fb3",
        "#3f8f9c",
        "#a3a3a3",
        "#e3c77b",
    )
)
OUTCOME_COLOURS = {
    Outcome.EVICTION_AVOIDED.value: colors.HexColor("#5b8c5a"),
    Outcome.NOT_AVOIDED.value: colors.HexColor("#b5523b"),
    Outcome.NOT_STARTED.value: colors.HexColor("#a3a3a3"),
}
CHART_HEIGHT = 70 * mm
LEGEND_WIDTH = 48 * mm
LABEL_SIZE = 7.5


def report_pdf(
    figures: TeamFigures,
    *,
    language: str,
    organisation: str = "",
    organisation_lines: tuple[str, ...] = (),
    logo: bytes | None = None,
    data_as_of: datetime | None = None,
    made_at: datetime | None = None,
    wording: Mapping[str, Any] | None = None,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> bytes:
    """The report as PDF bytes (A4, fonts embedded); nothing is written to disk."""
    report = anonymise(figures, threshold)
    words = words_for(language, wording, threshold)
    made = made_at if made_at is not None else datetime.now().astimezone()
    document = team_document(
        report,
        words,
        language=language,
        letterhead=model.Letterhead(organisation, logo, organisation_lines),
        made_at=made,
        data_as_of=data_as_of,
    )
    return render(document)


def team_document(
    report: TeamReport,
    words: Words,
    *,
    language: str,
    letterhead: model.Letterhead,
    made_at: datetime,
    data_as_of: datetime | None,
) -> model.Document:
    about = words.about(report, organisation="", made_at=made_at, data_as_of=data_as_of)
    blocks: list[model.Block] = [
        model.Fields(tuple(about)),
        model.Paragraph(words("header.no_tenant_data")),
        model.Heading(words("report.figures")),
        model.Table(
            (words("column.figure"), words("column.value"), words("column.base"), words("column.reference")),
            tuple(
                (
                    words(f"figure.{line.key.value}"),
                    words.cell(line.value, FIGURE_KIND[line.key]),
                    words.cell(line.base, "count"),
                    words.reference(line.key),
                )
                for line in report.figures
            ),
            widths=(3.4, 1.0, 1.0, 2.0),
        ),
        model.Heading(words("report.profile")),
    ]
    referred = next(line.base for line in report.figures if line.key is FigureKey.REFERRALS)
    blocks.append(model.Paragraph(words("report.profile_intro", referrals=words.cell(referred, "count"))))
    for breakdown in report.breakdowns:
        blocks += [
            model.Heading(words(f"breakdown.{breakdown.key.value}"), level=2),
            model.Table(
                (words("column.category"), words("column.count"), words("column.share")),
                tuple(
                    (
                        words.category(breakdown.key, line.category),
                        words.cell(line.count, "count"),
                        words.cell(line.share, "share"),
                    )
                    for line in breakdown.lines
                ),
                widths=(3.0, 1.0, 1.0),
            ),
        ]
    blocks += [
        model.Heading(words("report.referrals")),
        model.Graphic(_referrals_chart(report, words)),
        *_hidden_note(report.referrals.hidden, words),
        model.Heading(words("report.outcomes")),
        model.Graphic(_outcomes_chart(report, words)),
        *_hidden_note(report.outcomes.hidden, words),
        model.Heading(words("report.counsellors")),
    ]
    if report.counsellors:
        blocks += [
            model.Graphic(_load_chart(report, words)),
            *_hidden_note(
                sum(line.guided.hidden + line.running_at_end.hidden for line in report.counsellors), words
            ),
            model.Paragraph(words("report.counsellors_intro")),
            model.Table(
                (
                    words("column.counsellor"),
                    words("column.working_time"),
                    words("column.guided"),
                    words("column.running_at_end"),
                    words("column.clients_per_fte_year"),
                ),
                tuple(
                    (
                        words.counsellor(line.number),
                        words.number(line.working_time, 2),
                        words.cell(line.guided, "count"),
                        words.cell(line.running_at_end, "count"),
                        words.cell(line.clients_per_fte_year, "decimal"),
                    )
                    for line in report.counsellors
                ),
                widths=(1.6, 1.0, 1.2, 1.4, 1.2),
            ),
        ]
    else:
        blocks.append(model.Paragraph(words("report.nothing")))
    return model.Document(
        title=words("title"),
        subtitle=words.period(report.period),
        letterhead=letterhead,
        blocks=tuple(blocks),
        page_label=words.raw("page_label"),
        language=language if language in ("nl", "en") else "nl",
        author=letterhead.organisation,
        keywords="cwd-team-report/1",
        created=made_at.isoformat(),
    )


def _hidden_note(count: int, words: Words) -> list[model.Block]:
    if not count:
        return []
    return [model.Paragraph(words("report.hidden_note", count=count, threshold=words.threshold))]


def _drawn(cell: Cell) -> float:
    # a hidden cell is drawn at zero height: the chart must not show what the table hides
    return 0.0 if cell.hidden or cell.value is None else float(cell.value)


def _style_axis_labels(labels: Any, size: float = LABEL_SIZE) -> None:
    labels.fontName = FONT
    labels.fontSize = size
    labels.fillColor = INK


def _legend(x: float, y: float, pairs: Sequence[tuple[Any, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName = FONT
    legend.fontSize = LABEL_SIZE
    legend.fillColor = INK
    legend.columnMaximum = max(1, len(pairs))
    legend.dx = legend.dy = 7
    legend.deltay = 11
    legend.strokeColor = None
    legend.strokeWidth = 0
    legend.boxAnchor = "nw"
    legend.colorNamePairs = list(pairs)
    return legend


def _value_axis(axis: Any, largest: float) -> None:
    _style_axis_labels(axis.labels)
    axis.valueMin = 0
    axis.forceZero = 1
    axis.strokeColor = RULE
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3
    axis.visibleGrid = 1
    axis.labelTextFormat = "%d"
    # integer steps; an empty chart still gets an axis instead of reportlab's division by zero
    top = max(largest, 1.0)
    step = max(1, _nice_step(top))
    axis.valueMax = step * -(-top // step)
    axis.valueStep = step


def _nice_step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return int(top // 8) + 1


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # the renderer otherwise starts every chart in Helvetica, a font the PDF would name but not embed
    drawing.initialFontName = FONT
    return drawing


def _columns_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Any, Sequence[float]]],
    *,
    stacked: bool,
    legend: bool = True,
) -> Drawing:
    drawing = _drawing(FRAME_WIDTH, CHART_HEIGHT)
    chart = VerticalBarChart()
    legend_width = LEGEND_WIDTH if legend else 0.0
    # labels turn upright when they would run into each other (about 0.55 em per character)
    slot = (FRAME_WIDTH - legend_width - 36) / max(1, len(categories))
    many = max((len(name) for name in categories), default=0) * LABEL_SIZE * 0.55 > slot - 2
    chart.x = 28
    chart.y = 34 if many else 18
    chart.width = FRAME_WIDTH - legend_width - chart.x - 8
    chart.height = CHART_HEIGHT - chart.y - 6
    chart.data = [list(values) for _, _, values in series] or [[0.0] * len(categories)]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.strokeColor = RULE
    _style_axis_labels(chart.categoryAxis.labels, 6.5 if many else LABEL_SIZE)
    if many:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
    if stacked:
        chart.categoryAxis.style = "stacked"
        largest = max((sum(column) for column in zip(*chart.data, strict=True)), default=0.0)
    else:
        largest = max((max(values, default=0.0) for values in chart.data), default=0.0)
    _value_axis(chart.valueAxis, largest)
    chart.barSpacing = 0 if stacked else 1
    chart.groupSpacing = 4
    for index, (_, colour, _) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if legend:
        legend_x = FRAME_WIDTH - LEGEND_WIDTH + 4
        drawing.add(_legend(legend_x, CHART_HEIGHT - 4, [(colour, name) for name, colour, _ in series]))
    return drawing


def _referrals_chart(report: TeamReport, words: Words) -> Drawing:
    table = report.referrals
    # one series, the month's total; the heading says what it counts, so no legend is needed
    series = [(words("sheet.referrals"), ACCENT, [_drawn(cell) for (cell,) in table.cells])]
    # the period under the title already names the year; a chart over several years needs it per bar
    with_year = len({month.year for month in table.rows}) > 1
    months = [words.month(month, with_year=with_year) for month in table.rows]
    return _columns_chart(months, series, stacked=False, legend=False)


def _outcomes_chart(report: TeamReport, words: Words) -> Drawing:
    table = report.outcomes
    series = [
        (
            words(f"outcome.{outcome}"),
            OUTCOME_COLOURS.get(outcome, MUTED),
            [_drawn(row[column]) for row in table.cells],
        )
        for column, outcome in enumerate(table.columns)
    ]
    return _columns_chart([words.quarter(quarter) for quarter in table.rows], series, stacked=True)


def _load_chart(report: TeamReport, words: Words) -> Drawing:
    # reportlab draws the first category at the bottom; counsellor 1 belongs at the top
    lines = list(reversed(report.counsellors))
    bar_room = 22.0
    height = max(40 * mm, len(lines) * bar_room + 30)
    drawing = _drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = 70
    chart.y = 16
    chart.width = FRAME_WIDTH - LEGEND_WIDTH - chart.x - 8
    chart.height = height - chart.y - 6
    chart.data = [
        [_drawn(line.running_at_end) for line in lines],
        [_drawn(line.guided) for line in lines],
    ]
    chart.categoryAxis.categoryNames = [words.counsellor(line.number) for line in lines]
    chart.categoryAxis.strokeColor = RULE
    _style_axis_labels(chart.categoryAxis.labels)
    _value_axis(chart.valueAxis, max((max(values, default=0.0) for values in chart.data), default=0.0))
    chart.barSpacing = 1
    chart.groupSpacing = 5
    series = [(words("report.load_running"), ACCENT), (words("report.load_guided"), PALETTE[2])]
    for index, (_, colour) in enumerate(series):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(FRAME_WIDTH - LEGEND_WIDTH + 4, height - 4, [(c, n) for n, c in series]))
    return drawing


def iter_counts(report: TeamReport) -> Iterable[Cell]:
    """Every count cell the outputs show (figure bases and counts, profile, tables, counsellors)."""
    for line in report.figures:
        yield line.base
        if FIGURE_KIND[line.key] == "count":
            yield line.value
    for breakdown in report.breakdowns:
        yield breakdown.base
        yield from (line.count for line in breakdown.lines)
    for table in (report.referrals, report.outcomes):
        for row in table.cells:
            yield from row
    for counsellor in report.counsellors:
        yield counsellor.guided
        yield counsellor.running_at_end
