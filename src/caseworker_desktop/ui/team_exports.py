"""The team view's exports: where to save (a name without anything personal in it), then the export
service writes the anonymised file; the PDF report opens in the preview, which prints or saves it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import Period, TeamFigures
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.team_export import TeamExportService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.pdf_preview import PdfPreviewDialog
from caseworker_desktop.ui.team_labels import team_issue_text

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))

# What an export ends with: a sentence for the team view, and whether it is a problem.
Outcome = tuple[str, bool]


def period_slug(period: Period) -> str:
    """'2026', '2026-Q3' or '2026-01-01_2026-06-30': only the period goes into a file name."""
    start, end = period.start, period.end
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return str(start.year)
    if start.day == 1 and start.month in (1, 4, 7, 10):
        quarter = (start.month - 1) // 3 + 1
        last_month = start.month + 2
        next_first = date(start.year + 1, 1, 1) if last_month == 12 else date(start.year, last_month + 1, 1)
        if (next_first - end).days == 1:
            return f"{start.year}-Q{quarter}"
    return f"{start.isoformat()}_{end.isoformat()}"


class TeamExports(QObject):
    def __init__(
        self, workspace: Workspace, team: TeamService, language: Callable[[], str] | None = None
    ) -> None:
        super().__init__()
        self._workspace = workspace
        self.service = TeamExportService(
            workspace.store, workspace.user.user_id, workspace.clock, workspace.document_support, team
        )
        self.language = language or (lambda: LANGUAGES[0][0])
        self.preview: PdfPreviewDialog | None = None

    def _ask_path(self, parent: QWidget, title: str, name: str, name_filter: str, suffix: str) -> Path | None:
        dialog = QFileDialog(parent, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(name_filter)
        # With a default suffix the dialog itself asks before overwriting "name.xlsx", not just "name".
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(name)
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def suggested_name(self, figures: TeamFigures, suffix: str) -> str:
        return self.tr("team-figures-%1.%2").replace("%1", period_slug(figures.period)).replace("%2", suffix)

    def export_xlsx(self, figures: TeamFigures, parent: QWidget) -> Outcome | None:
        return self._export(
            figures,
            parent,
            self.service.save_xlsx,
            self.tr("Export the figures as a spreadsheet"),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )

    def export_csv(self, figures: TeamFigures, parent: QWidget) -> Outcome | None:
        return self._export(
            figures,
            parent,
            self.service.save_csv,
            self.tr("Export the figures as CSV"),
            self.tr("CSV file (*.csv)"),
            "csv",
        )

    def _export(
        self,
        figures: TeamFigures,
        parent: QWidget,
        save: Callable[..., None],
        title: str,
        name_filter: str,
        suffix: str,
    ) -> Outcome | None:
        """Ask where to save, then `save` (the service's save_xlsx or save_csv) writes the file there."""
        path = self._ask_path(parent, title, self.suggested_name(figures, suffix), name_filter, suffix)
        if path is None:
            return None
        return self._write(lambda: save(figures, path, language=self.language()), path)

    def _write(self, write: Callable[[], None], path: Path) -> Outcome:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except RuleViolation as refused:
            return team_issue_text(refused.issue), True
        except OSError as error:
            return (
                self.tr("The file could not be saved as %1. Reason: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or type(error).__name__),
                True,
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self.tr("Saved as %1 (anonymised: small groups are hidden).").replace("%1", str(path)), False

    def show_report(self, figures: TeamFigures, parent: QWidget) -> Outcome | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = self.service.report(figures, language=self.language())
        except RuleViolation as refused:
            return team_issue_text(refused.issue), True
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.close_preview()
        preview = PdfPreviewDialog(
            pdf,
            self.service.ref(figures),
            self.tr("team-report-%1.pdf").replace("%1", period_slug(figures.period)),
            self._workspace.document_support.record_output,
            parent,
        )
        # Gone once closed, so the report's bytes do not linger in memory.
        preview.finished.connect(preview.deleteLater)
        preview.finished.connect(lambda _=0: self._forget(preview))
        self.preview = preview
        preview.open()
        return None

    def _forget(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def close_preview(self) -> None:
        if self.preview is not None:
            self.preview.reject()
            self.preview = None
