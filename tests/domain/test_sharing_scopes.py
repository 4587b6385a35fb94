"""Sharing scopes: special-category data never goes where the landlord reads it."""

from __future__ import annotations

import itertools

import pytest

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.scopes import DataCategory, SharingScope, check_scope, leaves_device

SPECIAL = [DataCategory.HEALTH, DataCategory.ADDICTION, DataCategory.PSYCHIATRIC, DataCategory.JUSTICE]


@pytest.mark.parametrize("category", SPECIAL)
def test_special_categories_are_refused_to_the_landlord(category: DataCategory) -> None:
    with pytest.raises(RuleViolation) as caught:
        check_scope(category, SharingScope.LANDLORD)
    assert caught.value.issue.code == "scope_special_to_landlord"
    assert caught.value.issue.params == {"category": category.value}


@pytest.mark.parametrize("category", [DataCategory.GENERAL, DataCategory.FINANCIAL])
def test_general_and_financial_data_may_go_to_the_landlord(category: DataCategory) -> None:
    check_scope(category, SharingScope.LANDLORD)


@pytest.mark.parametrize(
    ("category", "scope"),
    list(
        itertools.product(
            DataCategory, [SharingScope.PERSONAL, SharingScope.CARE_TEAM, SharingScope.STATISTICS]
        )
    ),
)
def test_every_category_may_stay_in_the_other_scopes(category: DataCategory, scope: SharingScope) -> None:
    check_scope(category, scope)


def test_only_personal_notes_stay_on_the_laptop() -> None:
    assert [s for s in SharingScope if not leaves_device(s)] == [SharingScope.PERSONAL]
