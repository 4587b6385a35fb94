"""One case in one tab: the overview and a panel per part of the trajectory.

A new referral shows only the referral form; once saved, the case gets its other panels. Panels are
built when their tab is first opened, so opening a case with years of history reads only what is
shown. At lock time every dirty panel hands in a draft; after unlocking they get it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agreement_panel import AgreementPanel
from caseworker_desktop.ui.arrears_panel import ArrearsPanel
from caseworker_desktop.ui.closure_panel import ClosurePanel
from caseworker_desktop.ui.consent_panel import ConsentPanel
from caseworker_desktop.ui.contacts_panel import ContactsPanel
from caseworker_desktop.ui.court_panel import CourtPanel
from caseworker_desktop.ui.evaluation_panel import EvaluationPanel
from caseworker_desktop.ui.intake_panel import IntakePanel
from caseworker_desktop.ui.labels import status_label
from caseworker_desktop.ui.outreach_panel import OutreachPanel
from caseworker_desktop.ui.overview_panel import OverviewPanel
from caseworker_desktop.ui.plan_panel import PlanPanel
from caseworker_desktop.ui.referral_form import ReferralForm

DRAFT_FORM = "case"
PanelFactory = Callable[[Workspace, str], QWidget]

# Tab key, panel class. The order follows the trajectory; the two side threads come last.
PANELS: tuple[tuple[str, PanelFactory], ...] = (
    ("outreach", OutreachPanel),
    ("consent", ConsentPanel),
    ("intake", IntakePanel),
    ("plan", PlanPanel),
    ("agreement", AgreementPanel),
    ("evaluations", EvaluationPanel),
    ("contacts", ContactsPanel),
    ("closure", ClosurePanel),
    ("court", CourtPanel),
    ("arrears", ArrearsPanel),
)


class _Slot(QWidget):
    """Holds the place of a panel that has not been opened yet."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.panel: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)


class CaseWindow(QWidget):
    saved = Signal(str)  # case id; any change that the caseload may show
    close_requested = Signal()
    directory_requested = Signal()
    title_changed = Signal(str)
    open_case = Signal(str)

    def __init__(self, workspace: Workspace, case_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.draft_key = f"case:{case_id or id(self)}"
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold; padding: 4px;")
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.referral = ReferralForm(workspace, case_id)
        self.referral.saved.connect(self._referral_saved)
        self.referral.close_requested.connect(self.close_requested)
        self.referral.directory_requested.connect(self.directory_requested)
        self.referral.title_changed.connect(self._retitle)
        self.overview: OverviewPanel | None = None
        self._slots: dict[str, _Slot] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        if case_id:
            self._build_case_tabs()
        else:
            self.tabs.addTab(self.referral, self.tr("Referral"))
        self._update_header()

    # --- tabs ---------------------------------------------------------------------------------------
    def _tab_titles(self) -> dict[str, str]:
        return {
            "outreach": self.tr("Outreach and start"),
            "consent": self.tr("Consent"),
            "intake": self.tr("Intake"),
            "plan": self.tr("Action plan"),
            "agreement": self.tr("Agreement"),
            "evaluations": self.tr("Evaluations"),
            "contacts": self.tr("Contacts"),
            "closure": self.tr("Closure and aftercare"),
            "court": self.tr("Court"),
            "arrears": self.tr("Arrears"),
        }

    def _build_case_tabs(self) -> None:
        assert self.case_id
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self.overview = OverviewPanel(self._workspace, self.case_id)
        self.overview.go_to.connect(self.show_panel)
        self.overview.open_previous.connect(self.open_case)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.referral, self.tr("Referral"))
        titles = self._tab_titles()
        self._slots = {}
        for key, _factory in PANELS:
            slot = _Slot(key)
            self._slots[key] = slot
            self.tabs.addTab(slot, titles[key])
        self.tabs.blockSignals(False)
        self.tabs.setCurrentWidget(self.overview)

    def panel(self, key: str) -> QWidget:
        """The panel for `key`, built now if it was not opened before."""
        slot = self._slots[key]
        if slot.panel is None:
            assert self.case_id
            factory = dict(PANELS)[key]
            panel = factory(self._workspace, self.case_id)
            panel.changed.connect(self._panel_changed)  # type: ignore[attr-defined]
            slot.box.addWidget(panel)
            slot.panel = panel
        return slot.panel

    def show_panel(self, key: str) -> QWidget:
        panel = self.panel(key)
        self.tabs.setCurrentWidget(self._slots[key])
        return panel

    def _tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, _Slot):
            self.panel(widget.key)

    def opened_panels(self) -> dict[str, QWidget]:
        return {key: slot.panel for key, slot in self._slots.items() if slot.panel is not None}

    # --- changes ------------------------------------------------------------------------------------
    def _referral_saved(self, case_id: str) -> None:
        first_save = self.case_id is None or case_id != self.case_id
        self.case_id = case_id
        if first_save:
            # What the draft held is saved now; from here on the case's own key names its drafts.
            self._workspace.drafts.discard(self.draft_key)
            self.draft_key = f"case:{case_id}"
            self._build_case_tabs()
            self.tabs.setCurrentWidget(self.referral)
        self._refresh()
        self.saved.emit(case_id)

    def _panel_changed(self) -> None:
        self._refresh()
        if self.case_id:
            self.saved.emit(self.case_id)

    def _refresh(self) -> None:
        if self.overview is not None:
            self.overview.reload()
        for panel in self.opened_panels().values():
            if not getattr(panel, "dirty", False):
                panel.reload()  # type: ignore[attr-defined]
        self._update_header()

    def reload_after_sync(self) -> None:
        """A sync brought changes from the team: every part of the case that holds nothing typed shows
        what the store holds now. A part with unsaved typing keeps it; saving it later meets the new
        version like any other edit (merged, or a conflict to resolve)."""
        if self.case_id is None:
            return
        if not self.referral.dirty:
            self.referral.reload()
            self._retitle(self.title())
        self._refresh()

    def _retitle(self, title: str) -> None:
        self.title_changed.emit(title)

    def _update_header(self) -> None:
        overview = self.overview.overview if self.overview else None
        if overview is None:
            self.header.setText(self.tr("New referral"))
            return
        self.header.setText(
            self.tr("%1 — case %2 — %3")
            .replace("%1", overview.client_name)
            .replace("%2", overview.number)
            .replace("%3", status_label(overview.status))
        )

    # --- the editor interface the main window uses ----------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.referral.dirty or any(getattr(p, "dirty", False) for p in self.opened_panels().values())

    def title(self) -> str:
        return self.referral.title()

    def draft(self) -> dict[str, Any]:
        panels = {
            key: panel.draft()  # type: ignore[attr-defined]
            for key, panel in self.opened_panels().items()
            if getattr(panel, "dirty", False)
        }
        return {
            "case_id": self.case_id,
            "referral": self.referral.draft() if self.referral.dirty else None,
            "panels": panels,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        if "input" in payload:  # a referral-only draft from before the case window existed
            self.referral.restore_draft(payload)
            return
        referral = payload.get("referral")
        if isinstance(referral, dict):
            self.referral.restore_draft(referral)
        panels = payload.get("panels")
        if isinstance(panels, dict) and self.case_id:
            for key, panel_draft in panels.items():
                if key in self._slots and isinstance(panel_draft, dict):
                    panel = self.panel(key)
                    panel.restore_draft(panel_draft)  # type: ignore[attr-defined]
                    self.tabs.setCurrentWidget(self._slots[key])
        elif isinstance(referral, dict):
            self.tabs.setCurrentWidget(self.referral)
