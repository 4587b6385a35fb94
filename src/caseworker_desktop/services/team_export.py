"""The team's figures for the funder, as a spreadsheet, a CSV file and a printable report.

All three are made by documents.team_report from its anonymised `TeamReport`: counts only, small groups
hidden, counsellors numbered. Saving goes through write_private_file (atomic, owner-only) and each saved
file is an audit EXPORT entry naming the period, never what was in it. Only a team leader may export.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from caseworker_desktop.documents import team_report
from caseworker_desktop.documents.user_files import write_private_file
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import SUPPRESSION_THRESHOLD, Period, TeamFigures
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.services.document_support import DocumentRef, DocumentSupport
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.wording import LANGUAGES
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.profile import OpenStore
from caseworker_desktop.store.uow import Clock

RECORD_KIND = "team_report"


def record_id(period: Period) -> str:
    """The audit trail's name for an export: its period, e.g. "2026-01-01..2026-12-31"."""
    return f"{period.start.isoformat()}..{period.end.isoformat()}"


class _Table(Protocol):
    """team_report.team_xlsx or team_report.team_csv: the anonymised report as file bytes."""

    def __call__(
        self,
        report: team_report.TeamReport,
        words: team_report.Words,
        *,
        organisation: str,
        made_at: datetime,
        data_as_of: datetime | None,
    ) -> bytes: ...


def _export(
    table: _Table,
    figures: TeamFigures,
    path: Path,
    *,
    language: str,
    organisation: str,
    data_as_of: datetime | None,
    made_at: datetime | None,
    wording: Mapping[str, Any] | None,
    threshold: int,
) -> None:
    data = table(
        team_report.anonymise(figures, threshold),
        team_report.words_for(language, wording, threshold),
        organisation=organisation,
        made_at=made_at or datetime.now().astimezone(),
        data_as_of=data_as_of,
    )
    write_private_file(path, data)


def export_xlsx(
    figures: TeamFigures,
    path: Path,
    *,
    language: str,
    organisation: str,
    data_as_of: datetime | None = None,
    made_at: datetime | None = None,
    wording: Mapping[str, Any] | None = None,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> None:
    """Write the anonymised workbook to `path` (owner-only, atomic)."""
    _export(
        team_report.team_xlsx,
        figures,
        path,
        language=language,
        organisation=organisation,
        data_as_of=data_as_of,
        made_at=made_at,
        wording=wording,
        threshold=threshold,
    )


def export_csv(
    figures: TeamFigures,
    path: Path,
    *,
    language: str,
    organisation: str = "",
    data_as_of: datetime | None = None,
    made_at: datetime | None = None,
    wording: Mapping[str, Any] | None = None,
    threshold: int = SUPPRESSION_THRESHOLD,
) -> None:
    """Write the anonymised long table to `path`: ";"-separated UTF-8 with a BOM, for Belgian Excel."""
    _export(
        team_report.team_csv,
        figures,
        path,
        language=language,
        organisation=organisation,
        data_as_of=data_as_of,
        made_at=made_at,
        wording=wording,
        threshold=threshold,
    )


class TeamExportService(StoreService):
    """Exports for the team leader; the language is the one the report is made in ("nl" or "en")."""

    def __init__(
        self, store: OpenStore, actor: str, clock: Clock, documents: DocumentSupport, team: TeamService
    ) -> None:
        super().__init__(store, actor, clock)
        self._documents = documents
        self._team = team

    def _check(self) -> None:
        if not self._team.access().allowed:
            raise RuleViolation("team_not_allowed")

    def _wording(self, language: str) -> dict[str, Any]:
        # the organisation's own copy of the wording wins over the shipped one
        return self._documents.wording.load(team_report.WORDING, _language(language))

    def ref(self, figures: TeamFigures) -> DocumentRef:
        """What the audit trail calls this report, for a preview that saves or prints it itself."""
        return DocumentRef(RECORD_KIND, record_id(figures.period))

    def save_xlsx(self, figures: TeamFigures, path: Path, *, language: str = LANGUAGES[0]) -> None:
        self._save(team_report.team_xlsx, figures, path, language)

    def save_csv(self, figures: TeamFigures, path: Path, *, language: str = LANGUAGES[0]) -> None:
        self._save(team_report.team_csv, figures, path, language)

    def _save(self, table: _Table, figures: TeamFigures, path: Path, language: str) -> None:
        self._check()
        letterhead = self._documents.letterhead()
        _export(
            table,
            figures,
            path,
            language=_language(language),
            organisation=letterhead.organisation,
            data_as_of=self._team.last_sync(),
            made_at=self._clock(),
            wording=self._wording(language),
            threshold=SUPPRESSION_THRESHOLD,
        )
        self._record(figures)

    def report(self, figures: TeamFigures, *, language: str = LANGUAGES[0]) -> bytes:
        """The printable report as PDF bytes, for a preview: nothing has left yet, so nothing is audited."""
        self._check()
        letterhead = self._documents.letterhead()
        return team_report.report_pdf(
            figures,
            language=_language(language),
            organisation=letterhead.organisation,
            organisation_lines=letterhead.lines,
            logo=letterhead.logo,
            data_as_of=self._team.last_sync(),
            made_at=self._clock(),
            wording=self._wording(language),
        )

    def save_report(self, figures: TeamFigures, path: Path, *, language: str = LANGUAGES[0]) -> None:
        write_private_file(path, self.report(figures, language=language))
        self._record(figures)

    def _record(self, figures: TeamFigures) -> None:
        with self._uow() as uow:
            uow.audit(AuditAction.EXPORT, RECORD_KIND, record_id(figures.period))


def _language(language: str) -> str:
    return language if language in LANGUAGES else LANGUAGES[0]
