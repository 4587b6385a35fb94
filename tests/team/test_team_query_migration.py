"""Migration 0006 on a profile that already holds cases: the upgrade from 0005 keeps every case and
intake, adds the reassignment table, the income source and the team view's indexes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from caseworker_desktop.domain.engagement import IntakeInput
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.profiles import ProfileService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store import audit
from caseworker_desktop.store.migrate import _config, current_revision, head_revision
from tests.support import PASSPHRASE
from tests.team.test_team_service_support import as_team_leader, referral

TEAM_INDEXES = {
    "ix_contact_held",
    "ix_outreach_attempt_reached",
    "ix_court_event_hearing",
    "ix_intake_team",
    "ix_closure_team",
    "ix_referral_team",
    "ix_tenancy_team",
    "ix_client_birth_date",
    "ix_household_member_relation",
    "ix_case_counsellor",
}


def _indexes(workspace: Workspace) -> set[str]:
    with workspace.store.engine.connect() as conn:
        return {row[0] for row in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'"))}


def test_upgrade_from_0005_keeps_the_data(
    workspace: Workspace, profiles: ProfileService, profile_root: Path, landlord_id: str
) -> None:
    case_id = workspace.referrals.register(referral(landlord_id, date(2026, 9, 1)))
    workspace.engagement.record_start(case_id, date(2026, 9, 1), date(2026, 9, 2))
    workspace.engagement.save_intake(case_id, IntakeInput(held_on=date(2026, 9, 9)))
    before = workspace.caseload.rows()
    assert current_revision(workspace.store.engine) == head_revision() >= "0006"
    assert _indexes(workspace) >= TEAM_INDEXES

    # Back to the schema release 0005 wrote, as a profile made by it would be.
    config = _config()
    with workspace.store.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    assert current_revision(workspace.store.engine) == "0005"
    with workspace.store.engine.connect() as conn:
        assert "reassignment" not in inspect(conn).get_table_names()
        assert "income_source" not in {c["name"] for c in inspect(conn).get_columns("intake")}
    assert not TEAM_INDEXES & _indexes(workspace)
    workspace.close()

    again = profiles.unlock(PASSPHRASE)  # opening migrates, with a backup first
    try:
        assert current_revision(again.store.engine) == head_revision()
        assert list((profile_root / "backups").glob("*-0005-*.db"))
        assert again.caseload.rows() == before
        assert _indexes(again) >= TEAM_INDEXES
        intake = again.engagement.intake(case_id)
        assert intake is not None and intake.held_on == date(2026, 9, 9) and intake.income_source is None
        intake.income_source = IncomeSource.PENSION
        again.engagement.save_intake(case_id, intake)
        saved = again.engagement.intake(case_id)
        assert saved is not None and saved.income_source == IncomeSource.PENSION
        team = as_team_leader(again)
        team.reassign(case_id, "c-2", "Bart Wouters", "Na de migratie")
        [facts] = team.facts()
        assert facts.counsellor.counsellor_id == "c-2"
        assert facts.income_source == IncomeSource.PENSION
        with again.store.unit_of_work("test") as uow:
            assert audit.verify(uow.session).intact
    finally:
        again.close()
