"""TeamExportService on a real encrypted store: only a team leader exports, files are owner-only and
whole, every saved file is audited by its period, and the organisation's own wording is used."""

from __future__ import annotations

import stat
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import FigureKey, Period, TeamFigures
from caseworker_desktop.services.settings import ROLE_TEAM_LEADER
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.team_export import TeamExportService, export_csv, export_xlsx
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import AuditEntry
from tests.team.test_team_report_support import csv_rows, figures, pdf_text, xlsx_sheets

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the user chose; the profile lives elsewhere under tmp_path."""
    folder = tmp_path / "chosen"
    folder.mkdir()
    return folder


def exporter(workspace: Workspace) -> TeamExportService:
    actor = workspace.user.user_id
    team = TeamService(workspace.store, actor, workspace.clock)
    return TeamExportService(workspace.store, actor, workspace.clock, workspace.document_support, team)


def exports(workspace: Workspace) -> list[tuple[str, str, str]]:
    with workspace.store.unit_of_work("", workspace.clock) as uow:
        rows = uow.session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.EXPORT.value))
        return [(row.actor, row.record_kind, row.record_id) for row in rows]


def sample() -> TeamFigures:
    return figures(period=YEAR, values={FigureKey.REFERRALS: (42.0, 42), FigureKey.CLOSED: (3.0, 3)})


def test_a_counsellor_profile_exports_nothing(workspace: Workspace, out: Path) -> None:
    service = exporter(workspace)
    for action in (
        lambda: service.save_xlsx(sample(), out / "a.xlsx"),
        lambda: service.save_csv(sample(), out / "a.csv"),
        lambda: service.save_report(sample(), out / "a.pdf"),
        lambda: service.report(sample()),
    ):
        with pytest.raises(RuleViolation) as refused:
            action()
        assert refused.value.issue.code == "team_not_allowed"
    assert list(out.iterdir()) == []
    assert exports(workspace) == []


def test_a_team_leader_saves_all_three_and_each_is_audited(workspace: Workspace, out: Path) -> None:
    workspace.settings.set_profile_role(ROLE_TEAM_LEADER)
    workspace.settings.set_organisation_lines(("Visserij 153, 9000 Gent",))
    service = exporter(workspace)
    preview = service.report(sample(), language="en")
    assert exports(workspace) == []  # a preview has not left the application
    assert "Visserij 153, 9000 Gent" in pdf_text(preview) and "not synced yet" in pdf_text(preview)

    service.save_xlsx(sample(), out / "figures.xlsx", language="en")
    service.save_csv(sample(), out / "figures.csv")
    service.save_report(sample(), out / "report.pdf", language="en")
    assert sorted(p.name for p in out.iterdir()) == ["figures.csv", "figures.xlsx", "report.pdf"]
    if sys.platform != "win32":
        for path in out.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600

    sheets = xlsx_sheets((out / "figures.xlsx").read_bytes())
    header = {row[0]: row[1] for row in sheets["Figures"][1:7] if len(row) > 1}
    assert header["Organisation"] == "CAW Test"
    assert header["Made on"] == "24/11/2026 at 10:00"  # the service's clock
    rows = csv_rows((out / "figures.csv").read_bytes())
    assert rows[0][0] == "Onderdeel"  # Dutch unless asked otherwise
    assert ["Cijfers", "Afgesloten dossiers", "", "< 5", "< 5"] in rows
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")

    actor = workspace.user.user_id
    assert exports(workspace) == [(actor, "team_report", "2026-01-01..2026-12-31")] * 3
    assert service.ref(sample()).record_id == "2026-01-01..2026-12-31"


def test_the_organisations_own_wording_is_used(workspace: Workspace, out: Path) -> None:
    workspace.settings.set_profile_role(ROLE_TEAM_LEADER)
    root = workspace.wording._override_root
    assert root is not None
    own = root / "en"
    own.mkdir(parents=True)
    shipped = Path(__file__).resolve().parents[2] / "resources" / "documents" / "en" / "team_report.toml"
    text = shipped.read_text(encoding="utf-8").replace(
        'title = "Registration and outcomes"', 'title = "Annual registration for the funder"'
    )
    (own / "team_report.toml").write_text(text, encoding="utf-8")
    exporter(workspace).save_csv(sample(), out / "own.csv", language="en")
    assert "Annual registration for the funder" in pdf_text(
        exporter(workspace).report(sample(), language="en")
    )


def test_the_module_functions_write_without_a_store(tmp_path: Path) -> None:
    export_xlsx(sample(), tmp_path / "f.xlsx", language="en", organisation="CAW Testdal")
    export_csv(sample(), tmp_path / "f.csv", language="en")
    assert "Figures" in xlsx_sheets((tmp_path / "f.xlsx").read_bytes())
    assert csv_rows((tmp_path / "f.csv").read_bytes())[0][0] == "Section"
    # an export over an existing file replaces it whole
    export_csv(sample(), tmp_path / "f.csv", language="nl")
    assert csv_rows((tmp_path / "f.csv").read_bytes())[0][0] == "Onderdeel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv", "f.xlsx"]
