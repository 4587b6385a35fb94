"""Translated texts for the followup part of the trajectory (codes and enums to words)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def issue_texts(params: dict[str, Any]) -> dict[str, str]:
    """Sentences for the rule and validation codes of this part, keyed by code."""
    return {}
