"""Builders and probes shared by the engagement tests (services and panels)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import String, Text, select

from caseworker_desktop.domain.referral import Problem, ReferralInput, ReferralSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry, Base, OutboxEntry


def register(workspace: Workspace, landlord_id: str, days_ago: int = 20, last_name: str = "Peeters") -> str:
    return workspace.referrals.register(
        ReferralInput(
            first_name="Nadia",
            last_name=last_name,
            street="Dampoortstraat",
            house_number="14",
            postcode="9000",
            municipality="Gent",
            landlord_id=landlord_id,
            referral_date=workspace.today() - timedelta(days=days_ago),
            source=ReferralSource.LANDLORD,
            problems={Problem.ARREARS, Problem.UPKEEP},
            arrears_amount="950,00",
        )
    )


def day(workspace: Workspace, offset: int) -> date:
    return workspace.today() + timedelta(days=offset)


def stored_texts(workspace: Workspace) -> list[tuple[str, str, str]]:
    """Every text value in every table of the (decrypted) store: (table, column, value)."""
    found: list[tuple[str, str, str]] = []
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns:
                continue
            for row in uow.session.execute(select(*columns)):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, str) and value:
                        found.append((table.name, column.name, value))
    return found


def containing(workspace: Workspace, needle: str) -> list[tuple[str, str]]:
    return [(t, c) for t, c, v in stored_texts(workspace) if needle.casefold() in v.casefold()]


def outbox_and_audit(workspace: Workspace, kind: str) -> tuple[list[OutboxEntry], list[AuditEntry]]:
    with workspace.store.unit_of_work(workspace.user.user_id, workspace.clock) as uow:
        outbox = list(uow.session.scalars(select(OutboxEntry).where(OutboxEntry.record_kind == kind)))
        audit = list(uow.session.scalars(select(AuditEntry).where(AuditEntry.record_kind == kind)))
        return outbox, audit
