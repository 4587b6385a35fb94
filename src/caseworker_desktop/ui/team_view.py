"""The team leader's desk: how fresh the data is, the caseload review, the figures over a period with
their charts, and the exports for the funder.

The case facts are read once off the GUI thread (team_loader) and kept; a change of period, of the
quiet-weeks setting or of a working time only recomputes from them. A reassignment changes the facts,
so it reads them again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.team_figures import (
    CaseFacts,
    CounsellorLoad,
    Figure,
    LoadFigure,
    Period,
    TeamFigures,
    year_period,
)
from caseworker_desktop.services.caseload import CaseRow
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.ui.reassign_dialog import ReassignDialog
from caseworker_desktop.ui.sync_status import moment_text, number_text
from caseworker_desktop.ui.team_caseload import ReviewPanel
from caseworker_desktop.ui.team_charts import TeamCharts
from caseworker_desktop.ui.team_exports import LANGUAGES, Outcome, TeamExports
from caseworker_desktop.ui.team_figures_panel import FiguresPanel, PeriodBar
from caseworker_desktop.ui.team_labels import (
    figure_label,
    load_figure_label,
    team_issue_text,
    team_total_label,
)
from caseworker_desktop.ui.team_loader import TeamLoader, TeamSnapshot

log = logging.getLogger(__name__)

WARNING_STYLE = "color: #8a3b00;"
HINT_STYLE = "color: #555;"

REVIEW_TAB, FIGURES_TAB, CHARTS_TAB = 0, 1, 2


class TeamView(QWidget):
    open_case = Signal(str)  # after the opening is logged
    reassigned = Signal(str)  # case id: the caseload elsewhere is out of date
    loaded = Signal()  # the review and the figures are on screen
    complete = Signal()  # every episode is read, earlier years included
    load_failed = Signal(str)

    def __init__(
        self,
        team: TeamService,
        exports: TeamExports | None,
        today: Callable[[], date],
        now: Callable[[], datetime],
        case_rows: Callable[[], Sequence[CaseRow]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.team = team
        self._today = today
        self._now = now
        self._case_rows = case_rows
        self._rows_seen: Sequence[CaseRow] | None = None
        self._rows_by_id: dict[str, CaseRow] = {}
        self.snapshot: TeamSnapshot | None = None
        self._waiting_for_all = False  # a period before the facts read so far was chosen
        self.facts_by_id: dict[str, CaseFacts] = {}
        self.loads: list[CounsellorLoad] = []
        self.total: CounsellorLoad | None = None
        self.figures: TeamFigures | None = None
        self._charts_stale = True
        # What the list of cases shows, to show it again after a reload: (counsellor id, figure) or a figure key.
        self._drill: tuple[str, LoadFigure] | Figure | None = None
        self.reassign_dialog: ReassignDialog | None = None

        self.freshness = QLabel()
        self.freshness.setWordWrap(True)
        self.busy = QLabel(self.tr("Reading the team's cases…"))
        self.busy.setStyleSheet(HINT_STYLE)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the cases on this laptop again"))
        self.refresh_button.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.freshness, 1)
        header.addWidget(self.busy)
        header.addWidget(self.refresh_button)

        self.period_bar = PeriodBar(today())
        self.period_bar.changed.connect(self._period_changed)
        self.exports = exports
        self.export_bar = QWidget()
        export_row = QHBoxLayout(self.export_bar)
        export_row.setContentsMargins(0, 0, 0, 0)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        # The interface's language first (the application sets it as the default locale).
        self.language.setCurrentIndex(max(0, self.language.findData(QLocale().name()[:2])))
        self.language.setToolTip(self.tr("Language of the exported files and the report"))
        export_row.addWidget(self.language)
        self.xlsx_button = QPushButton(self.tr("Export spreadsheet (.xlsx)…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.report_button = QPushButton(self.tr("Report (PDF)…"))
        for button in (self.xlsx_button, self.csv_button, self.report_button):
            export_row.addWidget(button)
            button.setEnabled(False)
        if exports is not None:
            exports.language = lambda: str(self.language.currentData())
            self.xlsx_button.clicked.connect(lambda: self._export(exports.export_xlsx))
            self.csv_button.clicked.connect(lambda: self._export(exports.export_csv))
            self.report_button.clicked.connect(lambda: self._export(exports.show_report))
        else:
            self.export_bar.hide()
        self.period_row = QWidget()
        period_layout = QHBoxLayout(self.period_row)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.period_bar)
        period_layout.addStretch(1)
        period_layout.addWidget(self.export_bar, 0, Qt.AlignmentFlag.AlignTop)

        self.review = ReviewPanel(self._row_of)
        self.review.figure_chosen.connect(self.show_load_cases)
        self.review.open_requested.connect(self.open_from_team)
        self.review.reassign_requested.connect(self.reassign)
        self.review.quiet_weeks_changed.connect(self._quiet_weeks_changed)
        self.figures_panel = FiguresPanel(self._set_working_time)
        self.figures_panel.figure_chosen.connect(self.show_figure_cases)
        self.charts = TeamCharts()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.review, self.tr("Caseload review"))
        self.tabs.addTab(self.figures_panel, self.tr("Figures"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal.setStyleSheet("color: #b3261e; font-size: 12pt;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.refusal)

        self.export_note = QLabel()
        self.export_note.setWordWrap(True)
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_note.hide()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.period_row)
        layout.addWidget(self.export_note)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)

        self.loader = TeamLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._failed)
        self._tab_changed(self.tabs.currentIndex())
        self.reload()

    # --- reading -----------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Team")

    def reload(self) -> None:
        self.busy.show()
        self.refresh_button.setEnabled(False)
        period = self.period_bar.current() or year_period(self._today().year)
        self.loader.start(self.team, period)

    def shutdown(self) -> None:
        """Before the store closes: no read may still be running, no dialog left open over it."""
        self.loader.cancel()
        if self.reassign_dialog is not None:
            self.reassign_dialog.reject()
        if self.exports is not None:
            self.exports.close_preview()

    def _loaded(self, snapshot: TeamSnapshot) -> None:
        first = self.snapshot is None or self.snapshot.counts_from is None
        self.snapshot = snapshot
        self.facts_by_id = snapshot.by_id
        if snapshot.counts_from is not None or first:
            self._show_loaded(snapshot)
        # Every episode is in now: what was shown stays as it was (the same numbers), unless a period
        # further back was asked for meanwhile.
        self.busy.setVisible(snapshot.counts_from is not None)
        self.refresh_button.setEnabled(snapshot.counts_from is None)
        self._show_freshness(snapshot)
        if snapshot.counts_from is None:
            if self._waiting_for_all:
                self._waiting_for_all = False
                self.recompute()
            self.complete.emit()

    def _show_loaded(self, snapshot: TeamSnapshot) -> None:
        self.error.hide()
        self.pages.setCurrentWidget(self.tabs)
        self.review.quiet_weeks.blockSignals(True)
        self.review.quiet_weeks.setValue(self.team.quiet_weeks())
        self.review.quiet_weeks.blockSignals(False)
        self._show_review(snapshot.loads, snapshot.total)
        self._show_figures(snapshot.figures)
        for button in (self.xlsx_button, self.csv_button, self.report_button):
            button.setEnabled(True)
        self.loaded.emit()

    def _failed(self, code: str) -> None:
        self.busy.hide()
        self.refresh_button.setEnabled(True)
        if code in ("team_not_allowed", "team_role_not_confirmed"):
            self.refusal.setText(team_issue_text(Issue(code)))
            self.pages.setCurrentWidget(self.refusal)
            self.period_row.hide()
        else:
            self.error.setText(
                self.tr("The team's cases could not be read. Try Refresh, or lock and unlock.")
            )
            self.error.show()
        self.load_failed.emit(code)

    def _show_freshness(self, snapshot: TeamSnapshot) -> None:
        count = number_text(len(snapshot.facts)) if snapshot.counts_from is None else "…"
        if snapshot.last_sync is None:
            text = self.tr("Never synced — only the %1 cases on this laptop.").replace("%1", count)
        else:
            text = (
                self.tr("Data of the last synchronisation: %1 · %2 cases")
                .replace("%1", moment_text(snapshot.last_sync, self._now()))
                .replace("%2", count)
            )
        warning = not snapshot.access.confirmed
        if warning:
            text += " · " + self.tr("Your team-leader role is not confirmed by a team server.")
        self.freshness.setText(text)
        self.freshness.setStyleSheet(WARNING_STYLE if warning or snapshot.last_sync is None else "")

    def _row_of(self, case_id: str) -> CaseRow | None:
        rows = self._case_rows()
        if rows is not self._rows_seen:
            self._rows_seen = rows
            self._rows_by_id = {row.id: row for row in rows}
        return self._rows_by_id.get(case_id)

    # --- the caseload review ---------------------------------------------------------------------------------
    def _show_review(self, loads: list[CounsellorLoad], total: CounsellorLoad) -> None:
        self.loads, self.total = loads, total
        self.review.model.set_loads(loads, total, self.review.quiet_weeks.value())
        self._refresh_drill()

    def _quiet_weeks_changed(self, weeks: int) -> None:
        if self.snapshot is None:
            return
        try:
            self.team.set_quiet_weeks(weeks)
            loads, total = self.team.caseload(self.snapshot.facts, self._today())
        except (RuleViolation, ValidationFailed) as refused:
            self._show_refusal(refused)
            return
        self._show_review(loads, total)

    def _load(self, counsellor_id: str) -> CounsellorLoad | None:
        if self.total is not None and counsellor_id == self.total.counsellor_id:
            return self.total
        return next((load for load in self.loads if load.counsellor_id == counsellor_id), None)

    def show_load_cases(self, counsellor_id: str, figure: LoadFigure) -> None:
        load = self._load(counsellor_id)
        if load is None:
            return
        self._drill = (counsellor_id, figure)
        cases = [self.facts_by_id[c] for c in load.cases.get(figure, ()) if c in self.facts_by_id]
        who = team_total_label() if load is self.total else load.counsellor_name
        self.review.drill_model.set_cases(cases)
        self.review.show_drill_title(
            self.tr("%1 — %2 (%3)")
            .replace("%1", load_figure_label(figure, self.review.quiet_weeks.value()))
            .replace("%2", who)
            .replace("%3", str(len(cases)))
        )

    def show_figure_cases(self, figure: Figure) -> None:
        """The cases behind a figure of the period, in the same list as the review's."""
        self._drill = figure
        cases = [self.facts_by_id[c] for c in figure.case_ids if c in self.facts_by_id]
        self.review.drill_model.set_cases(cases)
        self.review.show_drill_title(
            self.tr("%1 — %2 (%3)")
            .replace("%1", figure_label(figure.key))
            .replace("%2", self._period_text())
            .replace("%3", str(len(cases)))
        )
        self.tabs.setCurrentWidget(self.review)

    def _period_text(self) -> str:
        period = self.figures.period if self.figures is not None else None
        if period is None:
            return ""
        return f"{period.start.strftime('%d/%m/%Y')} – {period.end.strftime('%d/%m/%Y')}"

    def _refresh_drill(self) -> None:
        chosen = self.review.selected_case_id()
        drill = self._drill
        if isinstance(drill, tuple):
            self.show_load_cases(*drill)
        elif isinstance(drill, Figure) and self.figures is not None:
            fresh = self.figures.figures.get(drill.key)
            if fresh is not None:
                self._drill = fresh
                cases = [self.facts_by_id[c] for c in fresh.case_ids if c in self.facts_by_id]
                self.review.drill_model.set_cases(cases)
        if chosen:
            self.review.select_case(chosen)

    def open_from_team(self, case_id: str) -> None:
        """Opening a case's content from the team view is a read the audit trail records first."""
        try:
            self.team.log_opened(case_id)
        except RuleViolation as violation:
            self._show_refusal(violation)
            return
        self.open_case.emit(case_id)

    def reassign(self, case_id: str) -> ReassignDialog | None:
        case = self.facts_by_id.get(case_id)
        if case is None:
            return None
        row = self._row_of(case_id)
        try:
            dialog = ReassignDialog(self.team, case, row.client_name if row else "", self)
        except RuleViolation as violation:
            self._show_refusal(violation)
            return None
        dialog.reassigned.connect(self._reassigned)
        dialog.finished.connect(lambda _=0: self._forget_dialog(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.reassign_dialog = dialog
        # Window-modal, not a nested event loop: a lock can still close it.
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ReassignDialog) -> None:
        if self.reassign_dialog is dialog:
            self.reassign_dialog = None

    def _reassigned(self, case_id: str, _counsellor_id: str) -> None:
        log.info("case reassigned id=%s", case_id)
        self.reassigned.emit(case_id)
        self.reload()

    # --- the figures -------------------------------------------------------------------------------------
    def _show_figures(self, figures: TeamFigures) -> None:
        self.figures = figures
        self.figures_panel.show_figures(figures)
        self._charts_stale = True
        if self.tabs.currentWidget() is self.charts:
            self._show_charts()
        if isinstance(self._drill, Figure):
            self._refresh_drill()

    def _show_charts(self) -> None:
        if self.figures is not None and self._charts_stale:
            self.charts.show_figures(self.figures)
            self._charts_stale = False

    def _period_changed(self, period: Period) -> None:
        if self.snapshot is None:
            return
        self.recompute(period)

    def recompute(self, period: Period | None = None) -> None:
        """The figures again from the facts in memory (period or working time changed)."""
        if self.snapshot is None:
            return
        period = period or self.period_bar.current()
        if period is None:
            return
        counts_from = self.snapshot.counts_from
        if counts_from is not None and period.start < counts_from:
            # Earlier years are still being read: the figures follow when they are in.
            self._waiting_for_all = True
            self.busy.show()
            return
        try:
            figures = self.team.figures(self.snapshot.facts, period)
        except (RuleViolation, ValidationFailed) as refused:
            self._show_refusal(refused)
            return
        self._show_figures(figures)

    def _set_working_time(self, counsellor_id: str, fte: float) -> Issue | None:
        try:
            self.team.set_working_time(counsellor_id, fte)
        except RuleViolation as violation:
            return violation.issue
        except ValidationFailed as failed:
            return next(iter(failed.issues.values()))
        self.figures_panel.working_time_error.show_text("")
        # After the edit has been committed: a model reset inside it would pull the editor away.
        QTimer.singleShot(0, self.recompute)
        return None

    def _tab_changed(self, index: int) -> None:
        self.period_row.setVisible(index != REVIEW_TAB and self.pages.currentWidget() is self.tabs)
        if index == CHARTS_TAB:
            self._show_charts()

    def _show_refusal(self, refused: RuleViolation | ValidationFailed) -> None:
        issue = refused.issue if isinstance(refused, RuleViolation) else next(iter(refused.issues.values()))
        self.error.setText(team_issue_text(issue))
        self.error.show()

    # --- exports ---------------------------------------------------------------------------------------------
    def _export(self, action: Callable[[TeamFigures, QWidget], Outcome | None]) -> None:
        if self.figures is None:
            return
        outcome = action(self.figures, self)
        if outcome is None:
            self.export_note.hide()
            return
        text, problem = outcome
        self.export_note.setText(text)
        self.export_note.setStyleSheet("color: #b3261e;" if problem else "color: #2e7d32;")
        self.export_note.show()
