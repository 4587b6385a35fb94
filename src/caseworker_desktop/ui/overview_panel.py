"""The case at a glance: where it stands, what comes next, and how it got here."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.agreement import Signer
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.overview import CaseOverview, EntryKind, NextAction, TimelineEntry
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.agreement_labels import signer_label
from caseworker_desktop.ui.labels import closing_reason_label, status_label

_STEPS = (
    CaseStatus.REFERRED,
    CaseStatus.OUTREACH,
    CaseStatus.INTAKE,
    CaseStatus.ACTIVE,
    CaseStatus.CLOSED,
    CaseStatus.AFTERCARE,
    CaseStatus.ENDED,
)


def _d(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class OverviewPanel(QWidget):
    changed = Signal()
    open_previous = Signal(str)
    go_to = Signal(str)  # the key of the case window tab that holds the next action

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.overview: CaseOverview | None = None

        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.hearing = QLabel()
        self.hearing.setStyleSheet("background: #fde7e9; color: #8c1d18; padding: 8px; font-weight: bold;")
        self.hearing.setWordWrap(True)
        self.next_action = QLabel()
        self.next_action.setWordWrap(True)
        self.next_action.setStyleSheet("font-size: 13pt;")
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._go_to_next)
        self.facts = QGridLayout()
        self.previous_button = QPushButton(self.tr("Open the previous episode"))
        self.previous_button.clicked.connect(self._open_previous)
        self.timeline = QListWidget()
        self.timeline.setAlternatingRowColors(True)

        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.steps)
        card_layout.addWidget(self.next_action)
        card_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hearing)
        layout.addWidget(card)
        layout.addLayout(self.facts)
        layout.addWidget(self.previous_button, 0, Qt.AlignmentFlag.AlignLeft)
        heading = QLabel(self.tr("Timeline"))
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        layout.addWidget(self.timeline, 1)
        self.reload()

    def title(self) -> str:
        return self.tr("Overview")

    def draft(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        """Nothing to type here, so nothing to restore."""

    def reload(self) -> None:
        overview = self._workspace.overview.overview(self.case_id)
        self.overview = overview
        today = self._workspace.today()
        parts = []
        for step in _STEPS:
            label = status_label(step)
            if step == overview.status:
                parts.append(f"<b style='color:#0b57d0'>▶ {label}</b>")
            elif _STEPS.index(step) < _STEPS.index(overview.status):
                parts.append(f"<span style='color:#2e7d32'>✓ {label}</span>")
            else:
                parts.append(f"<span style='color:#777'>{label}</span>")
        self.steps.setText("  →  ".join(parts))

        if overview.next_hearing is not None:
            days = (overview.next_hearing - today).days
            if days == 0:
                when = self.tr("today")
            elif days == 1:
                when = self.tr("tomorrow")
            else:
                when = self.tr("in %1 days").replace("%1", str(days))
            self.hearing.setText(
                self.tr("Hearing at the justice of the peace on %1 (%2): make sure the tenant attends.")
                .replace("%1", _d(overview.next_hearing))
                .replace("%2", when)
            )
        self.hearing.setVisible(overview.next_hearing is not None)

        text, tab = self._next_action_text(overview)
        self.next_action.setText(self.tr("Next action: %1").replace("%1", text))
        self._next_tab = tab
        self.next_button.setText(self.tr("Go there"))
        self.next_button.setVisible(bool(tab))

        while self.facts.count():
            item = self.facts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        facts = [
            (self.tr("Counsellor"), overview.counsellor),
            (self.tr("Outreach"), self._outreach_text(overview)),
            (
                self.tr("Landlord consent"),
                self.tr("in force") if overview.landlord_consent else self.tr("none in force"),
            ),
            (
                self.tr("Action plan"),
                self.tr("version %1 (%2)")
                .replace("%1", str(overview.plan_number))
                .replace("%2", self._plan_status(overview.plan_status))
                if overview.plan_number
                else self.tr("none yet"),
            ),
            (self.tr("Agreement"), self._agreement_text(overview)),
            (
                self.tr("Contacts"),
                self.tr("%1, last on %2")
                .replace("%1", str(overview.contacts))
                .replace("%2", _d(overview.last_contact))
                if overview.contacts
                else self.tr("none yet"),
            ),
            (
                self.tr("Eviction procedure"),
                self._eviction_text(overview),
            ),
        ]
        for row, (name, value) in enumerate(facts):
            name_label = QLabel(name)
            name_label.setStyleSheet("color: #555;")
            self.facts.addWidget(name_label, row // 2, (row % 2) * 2)
            self.facts.addWidget(QLabel(value), row // 2, (row % 2) * 2 + 1)
        self.previous_button.setVisible(overview.previous_case_id is not None)

        self.timeline.clear()
        for entry in reversed(overview.entries):
            line = QListWidgetItem(f"{_d(entry.on)}   {self._entry_text(entry)}")
            if entry.on > today:
                line.setForeground(Qt.GlobalColor.darkBlue)
            self.timeline.addItem(line)

    def _agreement_text(self, overview: CaseOverview) -> str:
        summary = overview.agreement
        if summary is None:
            return self.tr("none yet")
        parts = []
        if summary.in_force_number is not None:
            parts.append(
                self.tr("version %1 in force since %2")
                .replace("%1", str(summary.in_force_number))
                .replace("%2", _d(summary.in_force_on))
            )
        if summary.needs_signing:
            missing = ", ".join(signer_label(Signer(s)) for s in dict.fromkeys(summary.missing))
            parts.append(
                self.tr("version %1 still to sign by: %2")
                .replace("%1", str(summary.number))
                .replace("%2", missing)
            )
        return "; ".join(parts)

    def _outreach_text(self, overview: CaseOverview) -> str:
        if overview.outreach_attempts == 0:
            return self.tr("no attempts yet")
        if overview.outreach_attempts == 1:
            return self.tr("1 attempt")
        if overview.outreach_days <= 1:
            return self.tr("%1 attempts on one day").replace("%1", str(overview.outreach_attempts))
        return (
            self.tr("%1 attempts over %2 days")
            .replace("%1", str(overview.outreach_attempts))
            .replace("%2", str(overview.outreach_days))
        )

    def _eviction_text(self, overview: CaseOverview) -> str:
        done = any(e.kind == EntryKind.COURT and e.detail == "eviction_done" for e in overview.entries)
        if done:
            return self.tr("eviction carried out")
        if not overview.eviction_procedure:
            return self.tr("none known")
        if overview.status in (CaseStatus.CLOSED, CaseStatus.AFTERCARE, CaseStatus.ENDED):
            return self.tr("was running during the support")
        return self.tr("running")

    def _plan_status(self, status: str | None) -> str:
        return {
            "draft": self.tr("draft"),
            "agreed": self.tr("agreed"),
            "superseded": self.tr("superseded"),
        }.get(status or "", status or "")

    def _next_action_text(self, overview: CaseOverview) -> tuple[str, str]:
        when = _d(overview.next_action_on)
        texts = {
            NextAction.START_OUTREACH: (self.tr("try to reach the tenant (outreach)."), "outreach"),
            NextAction.DECIDE_START: (
                self.tr("record the decision to start, or not to start, with the tenant."),
                "outreach",
            ),
            NextAction.HOLD_INTAKE: (self.tr("hold the intake on a home visit."), "intake"),
            NextAction.DRAFT_PLAN: (self.tr("draft the action plan with the tenant."), "plan"),
            NextAction.AGREE_PLAN: (self.tr("agree the action plan with the tenant."), "plan"),
            NextAction.PLAN_EVALUATION: (self.tr("plan the first evaluation."), "evaluations"),
            NextAction.EVALUATE: (self.tr("evaluation planned on %1.").replace("%1", when), "evaluations"),
            NextAction.EVALUATION_OVERDUE: (
                self.tr("the evaluation of %1 is overdue.").replace("%1", when),
                "evaluations",
            ),
            NextAction.AFTERCARE_OR_END: (self.tr("start aftercare or end the case."), "closure"),
            NextAction.AFTERCARE_RUNS: (
                self.tr("aftercare runs until %1.").replace("%1", when),
                "closure",
            ),
            NextAction.NONE: (self.tr("none: the case has ended. A relapse starts a new episode."), ""),
        }
        return texts[overview.next_action]

    def _entry_text(self, entry: TimelineEntry) -> str:
        kind = entry.kind
        if kind == EntryKind.REFERRAL:
            return self.tr("Referral received")
        if kind == EntryKind.STATUS:
            return self.tr("Status: %1").replace("%1", status_label(CaseStatus(entry.detail)))
        if kind == EntryKind.OUTREACH:
            if entry.count == 1:
                return self.tr("Outreach attempt")
            return self.tr("%1 outreach attempts so far, the last one here").replace("%1", str(entry.count))
        if kind == EntryKind.CONSENT_GIVEN:
            return self.tr("Consent given: %1").replace("%1", self._recipient(entry.detail))
        if kind == EntryKind.CONSENT_WITHDRAWN:
            return self.tr("Consent withdrawn: %1").replace("%1", self._recipient(entry.detail))
        if kind == EntryKind.INTAKE:
            return self.tr("Intake held")
        if kind == EntryKind.PLAN_AGREED:
            return self.tr("Action plan version %1 agreed").replace("%1", entry.detail)
        if kind == EntryKind.EVALUATION:
            return self.tr("Evaluation held")
        if kind == EntryKind.CONTACT:
            if entry.count == 1:
                return self.tr("Contact logged")
            return self.tr("%1 contacts logged, the last one here").replace("%1", str(entry.count))
        if kind == EntryKind.COURT:
            return self.tr("Court: %1").replace("%1", self._court(entry.detail))
        if kind == EntryKind.AGREEMENT_IN_FORCE:
            return self.tr("Agreement version %1 signed by everyone").replace("%1", entry.detail)
        return self.tr("Closed: %1").replace("%1", closing_reason_label(ClosingReason(entry.detail)))

    def _recipient(self, code: str) -> str:
        return {
            "team": self.tr("the team"),
            "landlord": self.tr("the landlord"),
            "organisation": self.tr("another organisation"),
        }.get(code, code)

    def _court(self, code: str) -> str:
        return {
            "petition": self.tr("petition filed"),
            "hearing": self.tr("hearing"),
            "judgment": self.tr("judgment"),
            "eviction_announced": self.tr("eviction date announced"),
            "eviction_done": self.tr("eviction carried out"),
        }.get(code, code)

    def _go_to_next(self) -> None:
        if self._next_tab:
            self.go_to.emit(self._next_tab)

    def _open_previous(self) -> None:
        if self.overview and self.overview.previous_case_id:
            self.open_previous.emit(self.overview.previous_case_id)
