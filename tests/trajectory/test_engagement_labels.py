"""Every code and enum value of the engagement part has its own words (never the generic fallback)."""

from __future__ import annotations

import pytest

from caseworker_desktop.domain.consent import ConsentRecipient, InformedHow
from caseworker_desktop.domain.engagement import Attitude, LifeDomain, OutreachChannel, OutreachResult
from caseworker_desktop.domain.errors import Issue
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.ui import engagement_labels as labels
from caseworker_desktop.ui.labels import issue_text

FALLBACK = issue_text(Issue("no_such_code_anywhere"))

CODES = {
    "choose_one": {},
    "before_referral": {"referral_date": "2026-10-01"},
    "tenant_agreement_required": {},
    "not_started_motivation_required": {},
    "intake_category": {},
    "intake_before_start": {},
    "intake_field_unknown": {"field": "held_on"},
    "consent_organisation_required": {},
    "consent_organisation_unknown": {},
    "consent_landlord_as_organisation": {},
    "consent_purpose_required": {},
    "consent_categories_required": {},
    "consent_landlord_special": {"categories": ["health", "justice"]},
    "consent_withdrawn_before_given": {"given_on": "2026-11-02"},
    "consent_already_withdrawn": {"withdrawn_on": "2026-11-03"},
    "consent_team_not_withdrawable": {},
    "landlord_consent_missing": {},
}


@pytest.mark.parametrize(("code", "params"), CODES.items())
def test_each_code_has_its_sentence(code: str, params: dict[str, object]) -> None:
    text = issue_text(Issue(code, params))
    assert text and text != FALLBACK
    assert "%1" not in text


def test_placeholders_are_filled_in_belgian_dates() -> None:
    assert "01/10/2026" in issue_text(Issue("before_referral", CODES["before_referral"]))
    assert "02/11/2026" in issue_text(
        Issue("consent_withdrawn_before_given", CODES["consent_withdrawn_before_given"])
    )
    special = issue_text(Issue("consent_landlord_special", CODES["consent_landlord_special"]))
    assert "Health (special category)" in special and "Justice (special category)" in special


def test_every_enum_value_has_a_label() -> None:
    for enum, label in (
        (OutreachChannel, labels.channel_label),
        (OutreachResult, labels.result_label),
        (Attitude, labels.attitude_label),
        (LifeDomain, labels.life_domain_label),
        (LifeDomain, labels.life_domain_hint),
        (DataCategory, labels.data_category_label),
        (ConsentRecipient, labels.recipient_label),
        (InformedHow, labels.informed_how_label),
    ):
        texts = [label(value) for value in enum]  # type: ignore[operator]
        assert all(texts) and len(set(texts)) == len(texts), enum
    assert [labels.rating_label(r)[0] for r in range(1, 6)] == ["1", "2", "3", "4", "5"]
