"""Sharing scopes and the data categories that limit them (shared professional secrecy)."""

from __future__ import annotations

from enum import StrEnum

from caseworker_desktop.domain.errors import RuleViolation


class SharingScope(StrEnum):
    PERSONAL = "personal"  # the counsellor's own working notes: never leave the laptop
    CARE_TEAM = "care_team"  # the dossier: shared with the counsellor's team
    LANDLORD = "landlord"  # landlord-facing goals, conditions, agreement, housing outcome
    STATISTICS = "statistics"  # anonymised registration for the funder


class DataCategory(StrEnum):
    GENERAL = "general"
    FINANCIAL = "financial"
    HEALTH = "health"
    ADDICTION = "addiction"
    PSYCHIATRIC = "psychiatric"
    JUSTICE = "justice"


SPECIAL_CATEGORIES = frozenset(
    {DataCategory.HEALTH, DataCategory.ADDICTION, DataCategory.PSYCHIATRIC, DataCategory.JUSTICE}
)


def check_scope(category: DataCategory, scope: SharingScope) -> None:
    """Special-category data (GDPR art. 9/10) can never be put where the landlord reads it."""
    if scope == SharingScope.LANDLORD and category in SPECIAL_CATEGORIES:
        raise RuleViolation("scope_special_to_landlord", category=category.value)


def leaves_device(scope: SharingScope) -> bool:
    return scope != SharingScope.PERSONAL
