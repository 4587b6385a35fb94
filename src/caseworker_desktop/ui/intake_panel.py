"""The intake on a home visit: the six life domains, housing skills, the tenant's own question, the
services already involved and the household.

Next to every text field is "Tenant asks not to record this": it empties the field (its undo history
too) and locks it, and what is saved is only the fact that it was not recorded.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.consent import ConsentRecipient, InformedHow
from caseworker_desktop.domain.engagement import (
    INTAKE_CATEGORIES,
    RATING_MAX,
    RATING_MIN,
    DomainInput,
    IntakeInput,
    LifeDomain,
    domain_key,
)
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.domain.team_figures import IncomeSource
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import date_edit, day_text, to_date, to_qdate
from caseworker_desktop.ui.engagement_labels import (
    data_category_label,
    informed_how_label,
    life_domain_hint,
    life_domain_label,
    not_recorded_text,
    rating_label,
)
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm
from caseworker_desktop.ui.outreach_panel import COMBO_WIDTH, OK_STYLE
from caseworker_desktop.ui.team_labels import income_source_label

HINT_STYLE = "color: #555;"
# Ordered general first, then the special categories.
CATEGORY_CHOICES = [DataCategory.GENERAL] + [
    c for c in DataCategory if c in INTAKE_CATEGORIES and c != DataCategory.GENERAL
]


class NotesField(QWidget):
    """A text field with the tenant's right not to have it recorded, one click away."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setMaximumHeight(76)
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.edited)
        self.not_record_button = QPushButton(self.tr("Tenant asks not to record this"))
        self.not_record_button.setCheckable(True)
        self.not_record_button.setToolTip(
            self.tr(
                "Empties this field; text already in the file is removed at once. Only the fact that it "
                "was not recorded, at the tenant's request, is kept."
            )
        )
        self.not_record_button.toggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.not_record_button)

    def text(self) -> str:
        return "" if self.not_recorded() else self.edit.toPlainText()

    def not_recorded(self) -> bool:
        return self.not_record_button.isChecked()

    def set_value(self, text: str, not_recorded: bool) -> None:
        self.not_record_button.setChecked(not_recorded)
        self.edit.setPlainText("" if not_recorded else text)

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.edit.clear()  # also drops the undo history: the text cannot come back with Ctrl+Z
            self.edit.setPlaceholderText(not_recorded_text())
            self.not_record_button.setText(self.tr("Record after all"))
        else:
            self.edit.setPlaceholderText("")
            self.not_record_button.setText(self.tr("Tenant asks not to record this"))
        self.edit.setReadOnly(checked)
        self.edited.emit()


class DomainBox(QGroupBox):
    """One life domain: rating, notes and whether it holds special-category information."""

    def __init__(self, domain: LifeDomain, parent: QWidget | None = None) -> None:
        super().__init__(life_domain_label(domain), parent)
        self.domain = domain
        form = QFormLayout(self)
        hint = QLabel(life_domain_hint(domain))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        self.form = form
        self.rating = rating_combo(self.tr("— not rated —"))
        self.notes = NotesField()
        self.category = QComboBox()
        for category in CATEGORY_CHOICES:
            self.category.addItem(data_category_label(category), category.value)
        self.category.setToolTip(
            self.tr(
                "Mark health, addiction, psychiatric or justice information: it then never becomes "
                "visible to the landlord."
            )
        )

    def value(self) -> DomainInput:
        rating = self.rating.currentData()
        return DomainInput(
            rating=int(rating) if rating is not None else None,
            notes=self.notes.text(),
            category=DataCategory(self.category.currentData()),
        )

    def set_value(self, data: DomainInput, not_recorded: bool) -> None:
        self.rating.setCurrentIndex(max(self.rating.findData(data.rating), 0) if data.rating else 0)
        self.notes.set_value(data.notes, not_recorded)
        self.category.setCurrentIndex(max(self.category.findData(data.category.value), 0))


def rating_combo(empty: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(empty, None)
    for rating in range(RATING_MIN, RATING_MAX + 1):
        combo.addItem(rating_label(rating), rating)
    return combo


class IntakePanel(FieldForm, QWidget):
    changed = Signal()

    TEXTS = ("housing_skills_notes", "own_question", "services_involved", "household_situation")

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}
        self._loading = False
        self._saved_once = False
        self._build()
        self.reload()
        self.dirty = False

    # --- layout ---------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = ErrorLabel()
        self.status_hint = QLabel()
        self.status_hint.setWordWrap(True)
        self.status_hint.setStyleSheet(HINT_STYLE)

        visit = QGroupBox(self.tr("Intake visit"))
        visit_form = QFormLayout(visit)
        self.held_on = date_edit(self._workspace.today(), 170)
        self.held_on.dateChanged.connect(self._mark_dirty)
        self._add(visit_form, "held_on", self.tr("Held on"), self.held_on)
        self.team_informed = QComboBox()
        for how in InformedHow:
            self.team_informed.addItem(informed_how_label(how), how.value)
        self.team_informed.activated.connect(self._mark_dirty)
        self.team_informed.setMaximumWidth(COMBO_WIDTH)
        self.team_note = QLabel()
        self.team_note.setWordWrap(True)
        self.team_note.setStyleSheet(HINT_STYLE)
        team_row = QWidget()
        team_layout = QVBoxLayout(team_row)
        team_layout.setContentsMargins(0, 0, 0, 0)
        team_layout.addWidget(self.team_informed)
        team_layout.addWidget(self.team_note)
        visit_form.addRow(self.tr("Told that the team shares the file"), team_row)

        domains = QWidget()
        grid = QGridLayout(domains)
        grid.setContentsMargins(0, 0, 0, 0)
        self.domains: dict[LifeDomain, DomainBox] = {}
        for index, domain in enumerate(LifeDomain):
            box = DomainBox(domain)
            self._add(box.form, domain_key(domain, "rating"), self.tr("Rating"), box.rating)
            self._add(box.form, domain_key(domain, "notes"), self.tr("Notes"), box.notes, box.notes.edit)
            self._add(box.form, domain_key(domain, "category"), self.tr("Information"), box.category)
            box.rating.activated.connect(self._mark_dirty)
            box.category.activated.connect(self._mark_dirty)
            box.notes.edited.connect(self._mark_dirty)
            self._connect_not_record(domain_key(domain, "notes"), box.notes)
            self.domains[domain] = box
            grid.addWidget(box, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        skills = QGroupBox(self.tr("Housing skills"))
        skills_form = QFormLayout(skills)
        skills_hint = QLabel(
            self.tr(
                "Paying the rent, upkeep and cleaning, ventilating, dealing with neighbours and the landlord."
            )
        )
        skills_hint.setWordWrap(True)
        skills_hint.setStyleSheet(HINT_STYLE)
        skills_form.addRow(skills_hint)
        self.housing_skills_rating = rating_combo(self.tr("— not rated —"))
        self.housing_skills_rating.activated.connect(self._mark_dirty)
        self._add(skills_form, "housing_skills_rating", self.tr("Rating"), self.housing_skills_rating)
        self.housing_skills_notes = self._notes(skills_form, "housing_skills_notes", self.tr("Notes"))

        tenant = QGroupBox(self.tr("The tenant and the people around"))
        tenant_form = QFormLayout(tenant)
        # Asked for the funder's registration of who the service reaches; a choice, never free text.
        self.income_source = QComboBox()
        self.income_source.addItem(self.tr("— not asked —"), None)
        for source in IncomeSource:
            self.income_source.addItem(income_source_label(source), source.value)
        self.income_source.setMaximumWidth(COMBO_WIDTH)
        self.income_source.activated.connect(self._mark_dirty)
        self._add(tenant_form, "income_source", self.tr("Main income of the household"), self.income_source)
        self.own_question = self._notes(tenant_form, "own_question", self.tr("The tenant's own question"))
        self.services_involved = self._notes(
            tenant_form, "services_involved", self.tr("Services already involved")
        )
        self.services_involved.edit.setPlaceholderText(
            self.tr("e.g. OCMW, mental health care, debt mediation, guardian, home care")
        )
        self.household_situation = self._notes(
            tenant_form, "household_situation", self.tr("Household situation")
        )

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.status_hint)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(visit)
        body_layout.addWidget(domains)
        body_layout.addWidget(skills)
        body_layout.addWidget(tenant)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll

        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(OK_STYLE)
        self.save_button = QPushButton(self.tr("Save intake"))
        self.save_button.setDefault(True)
        # Ctrl+S while typing anywhere in this panel (not in another tab's panel).
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.save_button.setToolTip(self.tr("Save the intake (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(8, 0, 8, 4)
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def _notes(self, form: QFormLayout, key: str, label: str) -> NotesField:
        field = NotesField()
        field.edited.connect(self._mark_dirty)
        self._connect_not_record(key, field)
        self._add(form, key, label, field, field.edit)
        return field

    def _connect_not_record(self, key: str, field: NotesField) -> None:
        field.not_record_button.toggled.connect(
            lambda checked, k=key: self._not_record_now(k) if checked else None
        )

    def _not_record_now(self, key: str) -> None:
        """Text of this field already in the file goes at once, not only at the next save."""
        if self._loading:
            return
        if self._workspace.engagement.not_record(self.case_id, key):
            self.saved_note.setText(self.tr("Removed from the file at the tenant's request."))
            self.changed.emit()

    def _mark_dirty(self, *_: Any) -> None:
        if not self._loading:
            super()._mark_dirty()

    def text_fields(self) -> dict[str, NotesField]:
        """Every text field with its not-record action, by field key."""
        found = {domain_key(d, "notes"): box.notes for d, box in self.domains.items()}
        found.update({key: getattr(self, key) for key in self.TEXTS})
        return found

    # --- values in and out ----------------------------------------------------------------------------
    def collect(self) -> IntakeInput:
        how = self.team_informed.currentData()
        income = self.income_source.currentData()
        data = IntakeInput(
            held_on=to_date(self.held_on.date()),
            domains={d: box.value() for d, box in self.domains.items()},
            housing_skills_rating=self.housing_skills_rating.currentData(),
            team_informed_how=InformedHow(how) if how else InformedHow.ORALLY,
            income_source=IncomeSource(income) if income else None,
        )
        for key in self.TEXTS:
            setattr(data, key, getattr(self, key).text())
        data.not_recorded = {key for key, field in self.text_fields().items() if field.not_recorded()}
        return data

    def fill(self, data: IntakeInput) -> None:
        self._loading = True
        try:
            if data.held_on:
                self.held_on.setDate(to_qdate(data.held_on))
            for domain, box in self.domains.items():
                box.set_value(
                    data.domains.get(domain, DomainInput()),
                    domain_key(domain, "notes") in data.not_recorded,
                )
            rating = data.housing_skills_rating
            index = self.housing_skills_rating.findData(rating) if rating else 0
            self.housing_skills_rating.setCurrentIndex(max(index, 0))
            for key in self.TEXTS:
                getattr(self, key).set_value(getattr(data, key), key in data.not_recorded)
            self.team_informed.setCurrentIndex(
                max(self.team_informed.findData(data.team_informed_how.value), 0)
            )
            income = data.income_source
            self.income_source.setCurrentIndex(
                max(self.income_source.findData(income.value), 0) if income else 0
            )
        finally:
            self._loading = False

    # --- the case panel interface --------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Intake")

    def reload(self) -> None:
        """Read the intake again. While something is typed and not saved, only the surrounding facts
        (status, team consent) are refreshed: typing is never overwritten."""
        state = self._workspace.engagement.state(self.case_id)
        if state.status in (CaseStatus.REFERRED, CaseStatus.OUTREACH):
            self.status_hint.setText(
                self.tr(
                    "The tenant has not agreed to start yet. You can prepare the intake, but it can be saved "
                    "only after “Tenant agrees: start intake” (tab Outreach and start)."
                )
            )
        else:
            self.status_hint.setText("")
        self.status_hint.setVisible(bool(self.status_hint.text()))
        team = [
            c
            for c in self._workspace.engagement.consent_list(self.case_id)
            if c.recipient == ConsentRecipient.TEAM
        ]
        if team:
            self.team_informed.setEnabled(False)
            how = informed_how_label(team[0].informed_how) if team[0].informed_how else ""
            self.team_note.setText(
                self.tr("Recorded on %1 (%2).").replace("%1", day_text(team[0].given_on)).replace("%2", how)
            )
        else:
            self.team_informed.setEnabled(True)
            self.team_note.setText(self.tr("Recorded as the team consent when the intake is first saved."))
        if self.dirty:
            return
        saved = self._workspace.engagement.intake(self.case_id)
        self._saved_once = saved is not None
        self.fill(saved if saved is not None else IntakeInput(held_on=self._workspace.today()))
        self.dirty = False

    def draft(self) -> dict[str, Any]:
        data = self.collect()
        return {
            "held_on": data.held_on.isoformat() if data.held_on else None,
            "domains": {
                d.value: {"rating": v.rating, "notes": v.notes, "category": v.category.value}
                for d, v in data.domains.items()
            },
            "housing_skills_rating": data.housing_skills_rating,
            **{key: getattr(data, key) for key in self.TEXTS},
            "not_recorded": sorted(data.not_recorded),
            "team_informed_how": data.team_informed_how.value,
            "income_source": data.income_source.value if data.income_source else None,
        }

    def restore_draft(self, payload: dict[str, Any]) -> None:
        data = IntakeInput()
        raw = payload.get("held_on")
        if isinstance(raw, str):
            with contextlib.suppress(ValueError):
                data.held_on = date.fromisoformat(raw)
        domains = payload.get("domains")
        if isinstance(domains, dict):
            for domain in LifeDomain:
                entry = domains.get(domain.value)
                if not isinstance(entry, dict):
                    continue
                rating = entry.get("rating")
                category = entry.get("category")
                data.domains[domain] = DomainInput(
                    rating=rating if isinstance(rating, int) else None,
                    notes=str(entry.get("notes", "")),
                    category=DataCategory(str(category))
                    if category in DataCategory._value2member_map_
                    else DataCategory.GENERAL,
                )
        rating = payload.get("housing_skills_rating")
        data.housing_skills_rating = rating if isinstance(rating, int) else None
        for key in self.TEXTS:
            setattr(data, key, str(payload.get(key, "")))
        hidden = payload.get("not_recorded")
        data.not_recorded = {str(k) for k in hidden} if isinstance(hidden, list) else set()
        how = payload.get("team_informed_how")
        if how in InformedHow._value2member_map_:
            data.team_informed_how = InformedHow(str(how))
        income = payload.get("income_source")
        if income in IncomeSource._value2member_map_:
            data.income_source = IncomeSource(str(income))
        self.fill(data)
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))

    # --- saving ---------------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self._clear_field_errors()
        self.summary.show_text("")

    def show_issues(self, issues: dict[str, Issue]) -> None:
        self.clear_errors()
        for key, issue in issues.items():
            self._show_field_issue(key, issue)
        self.summary.show_text(
            self.tr("Please check the marked fields (%1). Nothing you typed was lost.").replace(
                "%1", str(len(issues))
            )
        )
        first = next(iter(issues), None)
        if first in self.fields:
            self.scroll_area.ensureWidgetVisible(self.fields[first][0])

    def save(self) -> bool:
        try:
            self._workspace.engagement.save_intake(self.case_id, self.collect())
        except ValidationFailed as failed:
            self.show_issues(failed.issues)
            self.saved_note.clear()
            return False
        except RuleViolation as violation:
            self.clear_errors()
            self.summary.show_issue(violation.issue)
            self.saved_note.clear()
            return False
        self.clear_errors()
        self.dirty = False
        self.reload()
        self.saved_note.setText(self.tr("Intake saved."))
        self.changed.emit()
        return True
