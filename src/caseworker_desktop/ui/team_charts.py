"""Three charts of the figures: referrals per month by source, outcomes per quarter, and the running
cases per counsellor against the usual caseload.

Each chart and its axes are made once; a new period only swaps the series, which keeps a repaint well
inside the time a period change may take.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from caseworker_desktop.domain.referral import ReferralSource
from caseworker_desktop.domain.team_figures import (
    REFERENCE_RUNNING_PER_COUNSELLOR,
    CounsellorFigures,
    Outcome,
    TeamFigures,
)
from caseworker_desktop.ui.team_labels import outcome_label, source_value_label

translate = QCoreApplication.translate

# Colours that stay apart for most kinds of colour blindness (Okabe–Ito), in the order of the sources.
SOURCE_COLOURS = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#999999",
    "#555555",
)
OUTCOME_COLOURS = {
    Outcome.EVICTION_AVOIDED: "#009e73",
    Outcome.NOT_AVOIDED: "#d55e00",
    Outcome.NOT_STARTED: "#999999",
}
WITHIN_COLOUR = "#0072b2"
ABOVE_COLOUR = "#d55e00"
# More months than this and every other month label is left out, or they overlap.
LABEL_EVERY_MONTH_UP_TO = 14
# More counsellors than this do not fit as readable bars: the most loaded are shown.
MOST_LOADED = 12


def month_label(first: date, with_year: bool) -> str:
    names = (
        translate("TeamCharts", "Jan"),
        translate("TeamCharts", "Feb"),
        translate("TeamCharts", "Mar"),
        translate("TeamCharts", "Apr"),
        translate("TeamCharts", "May"),
        translate("TeamCharts", "Jun"),
        translate("TeamCharts", "Jul"),
        translate("TeamCharts", "Aug"),
        translate("TeamCharts", "Sep"),
        translate("TeamCharts", "Oct"),
        translate("TeamCharts", "Nov"),
        translate("TeamCharts", "Dec"),
    )
    name = names[first.month - 1]
    return f"{name} {first.year % 100:02d}" if with_year else name


def quarter_label(year: int, quarter: int) -> str:
    return translate("TeamCharts", "Q%1 %2").replace("%1", str(quarter)).replace("%2", str(year))


class BarChart(QChartView):
    """A chart view with its category and value axes made once."""

    def __init__(self, title: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        chart = QChart()
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.categories = QBarCategoryAxis()
        # Names cut to "…" say nothing; a long one may overlap a little instead.
        self.categories.setTruncateLabels(False)
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setMinorTickCount(0)
        if horizontal:
            chart.addAxis(self.categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(self.values, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.empty_text = ""

    def show_series(
        self,
        series: QAbstractBarSeries,
        categories: Sequence[str],
        maximum: float,
        empty_text: str,
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.categories.clear()
        self.categories.append(list(categories))
        chart.addSeries(series)
        series.attachAxis(self.categories)
        series.attachAxis(self.values)
        step = _nice_step(max(1.0, maximum))
        # Up to the next whole tick above the tallest bar, so no bar ends at the chart's edge.
        self.values.setRange(0, step * (math.floor(maximum / step) + 1))
        # Whole-number ticks: counts of episodes have no fractions.
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setTickInterval(step)
        self.empty_text = empty_text if maximum <= 0 else ""
        chart.legend().setVisible(len(series.barSets()) > 1)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        if self.empty_text:
            # An empty chart says so, rather than look like a broken one.
            painter.save()
            painter.setPen(QColor("#555555"))
            painter.drawText(self.sceneRect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.restore()


def _nice_step(top: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return float(step)
    return float(10 ** len(str(int(top))))


def _bar_set(label: str, colour: str, values: Sequence[float]) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor(colour))
    bar_set.append(list(values))
    return bar_set


class TeamCharts(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referrals = BarChart(self.tr("Referrals per month by source"))
        self.outcomes = BarChart(self.tr("Closed cases per quarter by outcome"))
        self.load = BarChart(self._load_title(0), horizontal=True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.referrals, 0, 0, 1, 2)
        layout.addWidget(self.outcomes, 1, 0)
        layout.addWidget(self.load, 1, 1)
        layout.setRowStretch(0, 1)
        layout.setRowStretch(1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def show_figures(self, figures: TeamFigures) -> None:
        self._show_referrals(figures)
        self._show_outcomes(figures)
        self._show_load(figures.per_counsellor)

    def _show_referrals(self, figures: TeamFigures) -> None:
        months = sorted(figures.referrals_per_month)
        used = {source for counts in figures.referrals_per_month.values() for source in counts}
        known = [s.value for s in ReferralSource if s.value in used]
        sources = known + sorted(used - set(known))
        series = QStackedBarSeries()
        for index, source in enumerate(sources):
            values = [figures.referrals_per_month[m].get(source, 0) for m in months]
            series.append(
                _bar_set(source_value_label(source), SOURCE_COLOURS[index % len(SOURCE_COLOURS)], values)
            )
        several_years = len({m.year for m in months}) > 1
        labels = [month_label(m, several_years) for m in months]
        if len(labels) > LABEL_EVERY_MONTH_UP_TO:
            # Category labels must stay distinct, so the hidden ones become spaces of different lengths.
            labels = [label if i % 3 == 0 else " " * (i + 1) for i, label in enumerate(labels)]
        tallest = max((sum(figures.referrals_per_month[m].values()) for m in months), default=0)
        series.setBarWidth(0.8)
        self.referrals.show_series(series, labels, tallest, self.tr("No referrals in this period"))

    def _show_outcomes(self, figures: TeamFigures) -> None:
        quarters = sorted(figures.outcomes_per_quarter)
        series = QStackedBarSeries()
        for outcome in Outcome:
            values = [figures.outcomes_per_quarter[q].get(outcome, 0) for q in quarters]
            series.append(_bar_set(outcome_label(outcome), OUTCOME_COLOURS[outcome], values))
        tallest = max((sum(figures.outcomes_per_quarter[q].values()) for q in quarters), default=0)
        series.setBarWidth(0.6)
        self.outcomes.show_series(
            series,
            [quarter_label(y, q) for y, q in quarters],
            tallest,
            self.tr("No cases closed in this period"),
        )

    def _load_title(self, left_out: int) -> str:
        if left_out:
            return self.tr(
                "Running cases at the end of the period: the %1 counsellors with the most"
            ).replace("%1", str(MOST_LOADED))
        return self.tr("Running cases per counsellor at the end of the period")

    def _show_load(self, rows: Sequence[CounsellorFigures]) -> None:
        shown = sorted(rows, key=lambda r: -r.running_at_end)[:MOST_LOADED]
        self.load.chart().setTitle(self._load_title(len(rows) - len(shown)))
        # Bottom to top in the chart, so the list reads alphabetically from the top.
        ordered = sorted(shown, key=lambda r: r.counsellor_name.casefold(), reverse=True)
        reference = REFERENCE_RUNNING_PER_COUNSELLOR
        within = [min(r.running_at_end, reference) for r in ordered]
        above = [max(r.running_at_end - reference, 0) for r in ordered]
        series = QHorizontalStackedBarSeries()
        series.append(
            _bar_set(
                self.tr("Up to %1 (the usual caseload)").replace("%1", str(reference)), WITHIN_COLOUR, within
            )
        )
        series.append(_bar_set(self.tr("Above %1").replace("%1", str(reference)), ABOVE_COLOUR, above))
        series.setBarWidth(0.7)
        tallest = max((r.running_at_end for r in ordered), default=0)
        names = _distinct([r.counsellor_name for r in ordered])
        self.load.show_series(
            series, names, max(tallest, reference if ordered else 0), self.tr("No counsellors with cases")
        )


def _distinct(names: Sequence[str]) -> list[str]:
    """Two counsellors with the same name would fold into one category: number the second."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result
