"""What the case window expects of each of its panels (outreach, consent, intake, plan …).

A panel is a QWidget built as `Panel(workspace, case_id)`. It reads through services when built and on
reload(), saves through services, and emits `changed` after every successful save so the window can
refresh the timeline and the caseload. At lock time the window asks each dirty panel for a draft (a
JSON-able dict of what is typed) and hands it back after unlocking.

Call self.tr() only in the concrete panel class's own methods: the translation context is that class.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class CasePanel(Protocol):
    dirty: bool

    def title(self) -> str: ...

    def reload(self) -> None: ...

    def draft(self) -> dict[str, Any]: ...

    def restore_draft(self, payload: dict[str, Any]) -> None: ...
