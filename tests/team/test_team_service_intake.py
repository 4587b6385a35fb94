"""The intake registers the household's main income for the funder's figures."""

from __future__ import annotations

from datetime import date

import pytest

from caseworker_desktop.domain.engagement import IntakeInput, validate_intake
from caseworker_desktop.domain.errors import ValidationFailed
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.workspace import Workspace
from tests.team.test_team_service_support import referral


def test_an_unknown_income_source_is_refused() -> None:
    with pytest.raises(ValidationFailed) as failed:
        validate_intake(IntakeInput(held_on=date(2026, 3, 1), income_source="lottery"), date(2026, 3, 2))  # type: ignore[arg-type]
    assert failed.value.issues["income_source"].code == "income_source_unknown"


@pytest.mark.parametrize("income", [*IncomeSource, None])
def test_the_income_source_is_saved_and_read_back(
    workspace: Workspace, landlord_id: str, income: IncomeSource | None
) -> None:
    case_id = workspace.referrals.register(referral(landlord_id, date(2026, 10, 1)))
    workspace.engagement.record_start(case_id, date(2026, 10, 1), date(2026, 10, 2))
    workspace.engagement.save_intake(
        case_id, IntakeInput(held_on=date(2026, 10, 9), income_source=IncomeSource.WORK)
    )
    saved = workspace.engagement.intake(case_id)
    assert saved is not None
    saved.income_source = income
    workspace.engagement.save_intake(case_id, saved)
    again = workspace.engagement.intake(case_id)
    assert again is not None and again.income_source == income
