"""Suppression over random figures: no shown count below the threshold, no hidden count that a shown
total gives back, and every shown count exactly as counted. The referrals per month leave as one total
per month, next to the period's total and each source's total over the period."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker_desktop.documents.team_report import CATEGORIES, Cell, anonymise, iter_counts
from caseworker_desktop.domain.team_figures import (
    SUPPRESSION_THRESHOLD,
    BreakdownKey,
    CounsellorFigures,
    FigureKey,
    Outcome,
    TeamFigures,
)
from tests.team.test_team_report_support import figures

T = SUPPRESSION_THRESHOLD
small_counts = st.integers(min_value=0, max_value=14)
tiny_counts = st.sampled_from([0, 0, 0, 0, 1, 1, 2, 3, 4, 6])
MONTHS = [date(2026, month, 1) for month in range(1, 13)]
QUARTERS = [(2026, quarter) for quarter in range(1, 5)]


@st.composite
def team(draw: st.DrawFn) -> TeamFigures:
    breakdowns = {
        key: {category: draw(small_counts) for category in categories}
        for key, categories in CATEGORIES.items()
    }
    sources = CATEGORIES[BreakdownKey.SOURCE]
    # sparse, as a real team's months by source are: most cells zero or below the threshold
    months = {month: {source: draw(tiny_counts) for source in sources} for month in MONTHS}
    # the profile's sources are the same referrals as the months', summed over the period
    breakdowns[BreakdownKey.SOURCE] = {
        source: sum(counts[source] for counts in months.values()) for source in sources
    }
    quarters = {quarter: {outcome: draw(small_counts) for outcome in Outcome} for quarter in QUARTERS}
    people = draw(st.integers(min_value=0, max_value=6))
    counsellors = [
        CounsellorFigures(
            f"id{n}", f"Name {n}", 1.0, draw(small_counts), draw(small_counts), float(draw(small_counts))
        )
        for n in range(people)
    ]
    referrals = sum(breakdowns[BreakdownKey.SOURCE].values())
    closed = draw(small_counts)
    return figures(
        values={
            FigureKey.REFERRALS: (float(referrals), referrals),
            FigureKey.CLOSED: (float(closed), closed),
            FigureKey.EVICTION_AVOIDED_SHARE: (0.5, draw(small_counts)),
        },
        breakdowns=breakdowns,
        months=months,
        quarters=quarters,
        counsellors=counsellors,
    )


def _protected(cells: Sequence[Cell], counts: Sequence[int]) -> bool:
    """With the group's total known, the hidden cells' sum is known: it must not be a small group."""
    hidden_sum = sum(count for cell, count in zip(cells, counts, strict=True) if cell.hidden)
    shown_nonzero = any(not cell.hidden and count for cell, count in zip(cells, counts, strict=True))
    return hidden_sum == 0 or hidden_sum >= T or not shown_nonzero


def _faithful(cells: Sequence[Cell], counts: Sequence[int]) -> bool:
    return all(
        cell.value is None if cell.hidden else cell.value == count
        for cell, count in zip(cells, counts, strict=True)
    )


@settings(max_examples=150, deadline=None)
@given(team())
def test_no_small_count_shows_and_none_can_be_worked_out(figures: TeamFigures) -> None:
    report = anonymise(figures)
    for cell in iter_counts(report):
        assert cell.hidden or cell.value is None or cell.value == 0 or cell.value >= T
        assert not (cell.hidden and cell.value is not None)

    for breakdown in report.breakdowns:
        counts = [figures.breakdowns[breakdown.key][line.category] for line in breakdown.lines]
        cells = [line.count for line in breakdown.lines]
        assert _faithful(cells, counts) and _protected(cells, counts)
        assert all(line.share.hidden for line in breakdown.lines if line.count.hidden)

    # one column, each month's total; the period's total is shown as the referrals figure's base
    months = report.referrals
    assert months.columns == ("total",) and list(months.rows) == MONTHS
    month_cells = [cell for (cell,) in months.cells]
    month_counts = [sum(figures.referrals_per_month[m].values()) for m in months.rows]
    assert _faithful(month_cells, month_counts) and _protected(month_cells, month_counts)
    period = next(line.base for line in report.figures if line.key is FigureKey.REFERRALS)
    assert period.hidden or period.value == sum(month_counts)
    hidden_months = [count for cell, count in zip(month_cells, month_counts, strict=True) if cell.hidden]
    if not period.hidden and hidden_months:
        # the period total less the shown months gives the hidden months' sum: it is no single month
        # (a hidden month is never a zero, so two hidden months are two unknowns) and no small number
        assert len(hidden_months) >= 2 and all(count > 0 for count in hidden_months)
        assert sum(hidden_months) >= T

    quarters = report.outcomes
    counts_by_quarter = [
        [figures.outcomes_per_quarter[q][Outcome(o)] for o in quarters.columns] for q in quarters.rows
    ]
    for cells, row in zip(quarters.cells, counts_by_quarter, strict=True):
        assert _faithful(cells, row) and _protected(cells, row)
    for cells, column in zip(
        zip(*quarters.cells, strict=True), zip(*counts_by_quarter, strict=True), strict=True
    ):
        assert _protected(cells, column)

    ordered = sorted(figures.per_counsellor, key=lambda c: c.counsellor_name)
    for measure in ("guided", "running_at_end"):
        cells = [getattr(line, measure) for line in report.counsellors]
        counts = [getattr(c, measure) for c in ordered]
        assert _faithful(cells, counts) and _protected(cells, counts)
    for line in report.counsellors:
        assert line.clients_per_fte_year.hidden == line.guided.hidden
