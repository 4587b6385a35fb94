"""Rule and validation failures carry codes, not sentences.

The domain cannot translate (it knows nothing of Qt), so it names what went wrong with a stable code
and parameters; the interface turns those into Dutch or English text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Issue:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class RuleViolation(Exception):
    """An action the rules of the trajectory do not allow."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.issue = Issue(code, dict(params))


class ValidationFailed(Exception):
    """One or more input fields are not acceptable; keyed by field name."""

    def __init__(self, issues: dict[str, Issue]) -> None:
        super().__init__(sorted(issues))
        self.issues = issues
