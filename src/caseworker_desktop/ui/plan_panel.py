"""The action plan of a case: SMART goals, the landlord's conditions, versions.

The counsellor writes the goals with the tenant. While typing, the SMART check next to the goal says
what is still missing (specific, measurable, acceptable, realistic, time-bound) and why; it never
stops a draft from being saved. Agreeing a plan that still has remarks asks once more, in the panel
itself, whether the counsellor wants to agree it anyway: the agreed plan is what the tenant (and, for
the shared goals, the landlord) holds the counsellor to, so seeing the remarks must be a choice.

Each goal is private to tenant and counsellor unless "Share with the landlord" is ticked; the panel
says so next to the box, and refuses sharing for special-category information or while no landlord
consent is in force, at once as the box is ticked and again when saving.

An agreed version is read-only: "Change agreed plan" starts a new draft version; older versions stay
readable through the version selector.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.plan import (
    ConditionInput,
    GoalActor,
    GoalInput,
    PlanInput,
    PlanStatus,
    plan_from_dict,
    plan_to_dict,
    sharing_issue,
    smart_findings,
)
from caseworker_desktop.domain.scopes import DataCategory
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.plans import PlanOverview, PlanView
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.ui.dates import date_edit, day_text, to_date, to_qdate
from caseworker_desktop.ui.engagement_labels import data_category_label, life_domain_label
from caseworker_desktop.ui.form_support import ErrorLabel, FieldForm, mark_invalid
from caseworker_desktop.ui.labels import issue_text, status_label
from caseworker_desktop.ui.plan_labels import (
    actor_label,
    finding_line,
    plan_status_label,
)

OK_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: #555;"
WARNING_STYLE = "color: #8a5300;"
CONFIRM_STYLE = "QFrame#confirmBar { background: #fff4e5; border: 1px solid #e0a040; border-radius: 3px; }"
ERROR_COLOUR = QColor("#b3261e")


class ConditionRow(QWidget):
    """One condition of the landlord, with its own error line."""

    edited = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.edit.setCursorPosition(0)  # a long condition shows its beginning
        self.edit.setToolTip(text)
        self.edit.setPlaceholderText(self.tr("e.g. pay the rent plus 50 euro on the arrears each month"))
        self.edit.textEdited.connect(self._typed)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def _typed(self, text: str) -> None:
        self.edit.setToolTip(text)
        self.edited.emit(self)

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)
        self.remove_button.setVisible(editable)


class PlanPanel(FieldForm, QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.case_id = case_id
        self.dirty = False
        self.overview: PlanOverview | None = None
        self._working = PlanInput()  # the editable plan as typed (the draft version or a new plan)
        self._goals: list[GoalInput] = self._working.goals  # the goals on screen
        self._conditions: list[ConditionInput] = self._working.conditions
        self._editable = False
        self._index = -1
        self._goal_issues: dict[int, dict[str, Issue]] = {}
        self._condition_issues: dict[int, Issue] = {}
        self._loading = False
        self._confirm_action: Callable[[], object] | None = None
        self.condition_rows: list[ConditionRow] = []
        self._build()
        self.reload()

    # --- layout -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

        self.version = QComboBox()
        self.version.setMinimumContentsLength(28)
        self.version.activated.connect(self._version_chosen)
        version_label = QLabel(self.tr("&Version:"))
        version_label.setBuddy(self.version)
        self.version_state = QLabel()
        self.version_state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(version_label)
        top.addWidget(self.version)
        top.addWidget(self.version_state, 1)
        self.summary = ErrorLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setStyleSheet(WARNING_STYLE)
        self.info.hide()

        # Left: the goals and the landlord's conditions.
        goals_box = QGroupBox(self.tr("Goals"))
        goals_layout = QVBoxLayout(goals_box)
        self.goal_list = QListWidget()
        self.goal_list.setAlternatingRowColors(True)
        self.goal_list.setWordWrap(True)
        self.goal_list.setSpacing(2)
        self.goal_list.currentRowChanged.connect(self._goal_chosen)
        self.add_goal_button = QPushButton(self.tr("Add &goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.remove_goal_button = QPushButton(self.tr("&Remove goal"))
        self.remove_goal_button.clicked.connect(self.remove_goal)
        goal_buttons = QHBoxLayout()
        goal_buttons.addWidget(self.add_goal_button)
        goal_buttons.addWidget(self.remove_goal_button)
        goals_layout.addWidget(self.goal_list, 1)
        goals_layout.addLayout(goal_buttons)

        conditions_box = QGroupBox(self.tr("Conditions of the landlord"))
        conditions_layout = QVBoxLayout(conditions_box)
        explanation = QLabel(
            self.tr(
                "What the landlord asks for not terminating the lease. The conditions are part of the "
                "agreement, so the landlord reads them."
            )
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        conditions_layout.addWidget(explanation)
        rows_holder = QWidget()
        self._rows_layout = QVBoxLayout(rows_holder)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.addStretch(1)
        rows_scroll = QScrollArea()
        rows_scroll.setWidgetResizable(True)
        rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rows_scroll.setWidget(rows_holder)
        rows_scroll.setMinimumHeight(90)
        rows_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus, not the frame
        conditions_layout.addWidget(rows_scroll, 1)
        self.add_condition_button = QPushButton(self.tr("Add c&ondition"))
        self.add_condition_button.clicked.connect(self.add_condition)
        conditions_layout.addWidget(self.add_condition_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(goals_box, 3)
        left_layout.addWidget(conditions_box, 2)

        # Middle: the goal being edited.
        self.editor = QGroupBox(self.tr("Goal"))
        form = QFormLayout(self.editor)
        self.description = self._plain(form, "description", self.tr("Goal (what will be different)"))
        self.description.setPlaceholderText(
            self.tr("e.g. pays the rent of 475 euro before the 5th each month")
        )
        self.measure = self._line(form, "measure", self.tr("Result or indicator"))
        self.measure.setPlaceholderText(self.tr("how you will both see that it is reached"))
        self.tenant_agrees = QCheckBox(self.tr("The tenant agrees with this goal"))
        self.tenant_agrees.toggled.connect(self._editor_changed)
        self._add(form, "tenant_agrees", self.tr("Acceptable"), self.tenant_agrees)
        self.realism = self._line(form, "realism", self.tr("Why it is realistic"))
        deadline_row = QWidget()
        deadline_layout = QHBoxLayout(deadline_row)
        deadline_layout.setContentsMargins(0, 0, 0, 0)
        self.has_deadline = QCheckBox(self.tr("Deadline set"))
        self.has_deadline.toggled.connect(self._deadline_toggled)
        self.deadline = date_edit()
        self.deadline.setEnabled(False)
        self.deadline.dateChanged.connect(self._editor_changed)
        deadline_layout.addWidget(self.has_deadline)
        deadline_layout.addWidget(self.deadline, 1)
        self._add(form, "deadline", self.tr("Deadline"), deadline_row)
        self.domain = QComboBox()
        self.domain.addItem(self.tr("— choose a life domain —"), None)
        for domain in LifeDomain:
            self.domain.addItem(life_domain_label(domain), domain.value)
        self.domain.currentIndexChanged.connect(self._editor_changed)
        self._add(form, "domain", self.tr("Life domain"), self.domain)
        self.actor = QComboBox()
        for actor in GoalActor:
            self.actor.addItem(actor_label(actor), actor.value)
        self.actor.currentIndexChanged.connect(self._editor_changed)
        self._add(form, "actor", self.tr("Who acts"), self.actor)
        self.steps = self._plain(form, "steps", self.tr("Steps"))
        self.category = QComboBox()
        for category in DataCategory:
            self.category.addItem(data_category_label(category), category.value)
        self.category.currentIndexChanged.connect(self._editor_changed)
        self._add(form, "category", self.tr("Kind of information"), self.category)
        share = QWidget()
        share_layout = QVBoxLayout(share)
        share_layout.setContentsMargins(0, 0, 0, 0)
        self.landlord_shared = QCheckBox(self.tr("Share this goal with the landlord"))
        self.landlord_shared.toggled.connect(self._editor_changed)
        self.share_hint = QLabel(
            self.tr(
                "Only for a goal about the housing problem the landlord raised, and only with the "
                "tenant's consent. Otherwise the goal stays private to the tenant and the counsellor "
                "(and your team): the landlord never learns of it. Health, addiction, psychiatric and "
                "justice information is never shared."
            )
        )
        self.share_hint.setWordWrap(True)
        self.share_hint.setStyleSheet(HINT_STYLE)
        share_layout.addWidget(self.landlord_shared)
        share_layout.addWidget(self.share_hint)
        self._add(form, "landlord_shared", self.tr("Landlord"), share, self.landlord_shared)
        self.empty_note = QLabel(self.tr("Add a goal to start writing the plan."))
        self.empty_note.setStyleSheet(HINT_STYLE)
        editor_body = QWidget()
        editor_layout = QVBoxLayout(editor_body)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.empty_note)
        editor_layout.addWidget(self.editor)
        editor_layout.addStretch(1)
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(editor_body)
        editor_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # Right: the SMART check of the goal being edited, and the previous episode's plan.
        self.smart_box = QGroupBox(self.tr("SMART check of this goal"))
        smart_layout = QVBoxLayout(self.smart_box)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        smart_layout.addWidget(self.findings)
        smart_hint = QLabel(
            self.tr("Advice only: a draft can be saved with remarks. Agreeing asks you to confirm them.")
        )
        smart_hint.setWordWrap(True)
        smart_hint.setStyleSheet(HINT_STYLE)
        smart_layout.addWidget(smart_hint)
        smart_layout.addStretch(1)

        self.earlier_box = QGroupBox(self.tr("Plan of the previous episode"))
        earlier_layout = QVBoxLayout(self.earlier_box)
        self.earlier_title = QLabel()
        self.earlier_title.setWordWrap(True)
        self.earlier_text = QPlainTextEdit()
        self.earlier_text.setReadOnly(True)
        self.earlier_text.setTabChangesFocus(True)
        self.start_from_earlier_button = QPushButton(self.tr("Start a new plan from it"))
        self.start_from_earlier_button.clicked.connect(self.start_from_previous)
        earlier_layout.addWidget(self.earlier_title)
        earlier_layout.addWidget(self.earlier_text, 1)
        earlier_layout.addWidget(self.start_from_earlier_button)
        self.earlier_box.hide()

        self.right_column = right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.smart_box, 1)
        right_layout.addWidget(self.earlier_box, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(editor_scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([330, 640, 300])

        # The confirmation asked in the panel (agree despite remarks, discard a draft).
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("confirmBar")
        self.confirm_bar.setStyleSheet(CONFIRM_STYLE)
        confirm_layout = QHBoxLayout(self.confirm_bar)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self._confirmed)
        self.confirm_cancel_button = QPushButton(self.tr("Keep editing"))
        self.confirm_cancel_button.clicked.connect(self._hide_confirm)
        confirm_layout.addWidget(self.confirm_text, 1)
        confirm_layout.addWidget(self.confirm_cancel_button)
        confirm_layout.addWidget(self.confirm_button)
        self.confirm_bar.hide()

        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(OK_STYLE)
        self.saved_note.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("&Discard draft"))
        self.discard_button.clicked.connect(self._ask_discard)
        self.change_button = QPushButton(self.tr("Change agreed plan (&new version)"))
        self.change_button.clicked.connect(self.change_plan)
        self.agreed_on_label = QLabel(self.tr("Agreed on"))
        self.agreed_on = date_edit()
        self.agreed_on.setDate(to_qdate(self._workspace.today()))
        self.agreed_on_label.setBuddy(self.agreed_on)
        self.agreed_on_error = ErrorLabel()
        self.agree_button = QPushButton(self.tr("&Agree plan"))
        self.agree_button.clicked.connect(lambda: self.agree())
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_draft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.agreed_on_label)
        buttons.addWidget(self.agreed_on)
        buttons.addWidget(self.agree_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.agreed_on_error)
        layout.addLayout(buttons)

    def _plain(self, form: QFormLayout, key: str, label: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setMaximumHeight(64)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._editor_changed)
        self._add(form, key, label, edit)
        return edit

    def _line(self, form: QFormLayout, key: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(self._editor_changed)
        self._add(form, key, label, edit)
        return edit

    def title(self) -> str:
        return self.tr("Action plan")

    # --- loading and showing versions ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the plan again; what is typed and not saved is replaced (the window reloads clean
        panels only)."""
        overview = self._workspace.plans.overview(self.case_id)
        self.overview = overview
        current = overview.current
        self._working = current.as_input() if current and current.editable else PlanInput()
        self._goal_issues = {}
        self._condition_issues = {}
        self._fill_versions()
        self._fill_earlier()
        self._show_latest()
        self.dirty = False

    def _fill_versions(self) -> None:
        assert self.overview is not None
        self.version.blockSignals(True)
        self.version.clear()
        if self.overview.current is None:
            self.version.addItem(self.tr("New plan (not saved yet)"), None)
        for summary in self.overview.versions:
            if summary.status == PlanStatus.AGREED and summary.agreed_on:
                state = self.tr("agreed on %1").replace("%1", day_text(summary.agreed_on))
            else:
                state = plan_status_label(summary.status)
            text = self.tr("Version %1 · %2").replace("%1", str(summary.number)).replace("%2", state)
            self.version.addItem(text, summary.id)
        self.version.setCurrentIndex(0)
        self.version.blockSignals(False)

    def _fill_earlier(self) -> None:
        assert self.overview is not None
        earlier = self.overview.earlier
        self.earlier_box.setVisible(earlier is not None)
        if earlier is None:
            return
        plan = earlier.plan
        title = (
            self.tr("Case %1, version %2").replace("%1", earlier.case_number).replace("%2", str(plan.number))
        )
        if plan.agreed_on:
            title += " · " + self.tr("agreed on %1").replace("%1", day_text(plan.agreed_on))
        self.earlier_title.setText(title)
        self.earlier_text.setPlainText(self._plan_text(plan))
        self.start_from_earlier_button.setVisible(self.overview.current is None and self.overview.running)

    def _plan_text(self, plan: PlanView) -> str:
        lines = []
        for number, goal in enumerate(plan.goals, start=1):
            where = self.tr("shared with the landlord") if goal.landlord_shared else self.tr("private")
            lines.append(f"{number}. {goal.description} ({where})")
            if goal.measure:
                lines.append("   " + self.tr("Result: %1").replace("%1", goal.measure))
            if goal.deadline:
                lines.append("   " + self.tr("Deadline: %1").replace("%1", day_text(goal.deadline)))
        if plan.conditions:
            lines.append("")
            lines.append(self.tr("Conditions of the landlord:"))
            lines.extend(f"– {c.text}" for c in plan.conditions)
        return "\n".join(lines)

    def _version_chosen(self, index: int) -> None:
        assert self.overview is not None
        plan_id = self.version.itemData(index)
        current = self.overview.current
        if plan_id is None or (current is not None and plan_id == current.id):
            self._show_latest()
            return
        try:
            view = self._workspace.plans.version(plan_id)
        except RuleViolation as violation:
            self.summary.show_issue(violation.issue)
            return
        self._display(view.as_input(), editable=False, index=0)
        self._describe_version(view)

    def _show_latest(self, index: int = 0) -> None:
        assert self.overview is not None
        current = self.overview.current
        if current is None or current.editable:
            self._display(self._working, editable=self.overview.running, index=index)
        else:
            self._display(current.as_input(), editable=False, index=index)
        self._describe_version(current)
        self.version.setCurrentIndex(0)

    def _describe_version(self, shown: PlanView | None) -> None:
        """The state line under the selector and which actions make sense for the version shown."""
        assert self.overview is not None
        overview = self.overview
        current = overview.current
        latest = shown is None or (current is not None and shown.id == current.id)
        in_force = next((v for v in overview.versions if v.id == overview.in_force_id), None)
        if shown is None:
            text = self.tr("No plan yet. Write the goals with the tenant; save a draft at any time.")
        elif shown.status == PlanStatus.DRAFT:
            text = self.tr("Version %1 is a draft: not agreed yet.").replace("%1", str(shown.number))
            if in_force is not None:
                text += " " + self.tr(
                    "Version %1 (agreed on %2) stays in force until this one is agreed."
                ).replace("%1", str(in_force.number)).replace("%2", day_text(in_force.agreed_on))
        elif shown.status == PlanStatus.AGREED:
            text = (
                self.tr("Version %1 was agreed on %2 and is in force.")
                .replace("%1", str(shown.number))
                .replace("%2", day_text(shown.agreed_on))
            )
            if not latest and current is not None:
                text += " " + self.tr("A change is being drafted as version %1. Read only.").replace(
                    "%1", str(current.number)
                )
        else:
            text = self.tr("Version %1 was replaced by a later version. Read only.").replace(
                "%1", str(shown.number)
            )
        if not overview.running:
            text += " " + self.tr("The case is “%1”: the plan can no longer be changed.").replace(
                "%1", status_label(overview.case_status)
            )
        self.version_state.setText(text)
        draft_shown = latest and (shown is None or shown.status == PlanStatus.DRAFT) and overview.running
        can_agree = draft_shown and overview.case_status in (CaseStatus.INTAKE, CaseStatus.ACTIVE)
        self.save_button.setVisible(draft_shown)
        self.agree_button.setVisible(can_agree)
        self.agreed_on.setVisible(can_agree)
        self.agreed_on_label.setVisible(can_agree)
        self.discard_button.setVisible(draft_shown and shown is not None)
        self.change_button.setVisible(
            latest and shown is not None and shown.status == PlanStatus.AGREED and overview.running
        )
        if draft_shown and not can_agree:
            self.info.setText(
                self.tr("The plan can be agreed once the intake has started (the case is now “%1”).").replace(
                    "%1", status_label(overview.case_status)
                )
            )
            self.info.show()
        elif not self.info.property("keep"):
            self.info.hide()

    def _display(self, plan: PlanInput, *, editable: bool, index: int) -> None:
        self._hide_confirm()
        self._editable = editable
        self._goals = plan.goals
        self._conditions = plan.conditions
        self._rebuild_goal_list()
        self._rebuild_conditions()
        self.add_goal_button.setVisible(editable)
        self.remove_goal_button.setVisible(editable)
        self.add_condition_button.setVisible(editable)
        for text_edit in (self.description, self.steps):
            text_edit.setReadOnly(not editable)
        for line in (self.measure, self.realism):
            line.setReadOnly(not editable)
        for widget in (
            self.tenant_agrees,
            self.has_deadline,
            self.domain,
            self.actor,
            self.category,
            self.landlord_shared,
        ):
            widget.setEnabled(editable)
        self.deadline.setEnabled(editable and self.has_deadline.isChecked())
        self.smart_box.setVisible(editable)
        self.right_column.setVisible(editable or not self.earlier_box.isHidden())
        if self._goals:
            self.goal_list.setCurrentRow(min(max(index, 0), len(self._goals) - 1))
        else:
            self._goal_chosen(-1)

    # --- goals list ----------------------------------------------------------------------------------------
    def _goal_text(self, index: int) -> str:
        goal = self._goals[index]
        first_line = goal.description.strip().splitlines()[0] if goal.description.strip() else ""
        if len(first_line) > 90:
            first_line = first_line[:88] + "…"
        # lupdate cannot see a tr() inside an f-string, so the text is fetched first.
        untitled = self.tr("(no description yet)")
        text = f"{index + 1}. {first_line or untitled}\n"
        text += self.tr("Shared with the landlord") if goal.landlord_shared else self.tr("Private")
        if self._editable:
            remarks = len(smart_findings(goal, self._workspace.today()))
            text += " · " + (
                self.tr("%1 SMART remark(s)").replace("%1", str(remarks)) if remarks else self.tr("SMART")
            )
        if self._has_problem(index):
            text = "⚠ " + text
        return text

    def _has_problem(self, index: int) -> bool:
        """A refusal from the last save, or a sharing the rules do not allow (seen as it is ticked)."""
        if self._goal_issues.get(index):
            return True
        return self._editable and self._sharing_problem(self._goals[index]) is not None

    def _rebuild_goal_list(self) -> None:
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for index in range(len(self._goals)):
            item = QListWidgetItem()
            self.goal_list.addItem(item)
            self._refresh_goal_item(index)
        self.goal_list.blockSignals(False)
        self._index = -1

    def _refresh_goal_item(self, index: int) -> None:
        item = self.goal_list.item(index)
        if item is None:
            return
        item.setText(self._goal_text(index))
        if self._has_problem(index):
            item.setForeground(QBrush(ERROR_COLOUR))
        else:
            item.setData(Qt.ItemDataRole.ForegroundRole, None)

    def _goal_chosen(self, index: int) -> None:
        self._index = index if 0 <= index < len(self._goals) else -1
        has_goal = self._index >= 0
        self.editor.setVisible(has_goal)
        self.empty_note.setVisible(not has_goal)
        self.empty_note.setText(
            self.tr("Add a goal to start writing the plan.")
            if self._editable
            else self.tr("This version has no goals.")
        )
        self.remove_goal_button.setEnabled(has_goal)
        if has_goal:
            self.editor.setTitle(self.tr("Goal %1").replace("%1", str(self._index + 1)))
            self._fill_editor(self._goals[self._index])
        self._show_goal_issues()
        self._refresh_findings()

    def add_goal(self) -> None:
        if not self._editable:
            return
        self._goals.append(GoalInput())
        item = QListWidgetItem()
        self.goal_list.addItem(item)
        self._refresh_goal_item(len(self._goals) - 1)
        self.goal_list.setCurrentRow(len(self._goals) - 1)
        self._mark_dirty()
        self.description.setFocus()

    def remove_goal(self) -> None:
        if not self._editable or self._index < 0:
            return
        index = self._index
        del self._goals[index]
        self._goal_issues = {
            (i if i < index else i - 1): issues for i, issues in self._goal_issues.items() if i != index
        }
        self._rebuild_goal_list()
        self._mark_dirty()
        if self._goals:
            self.goal_list.setCurrentRow(min(index, len(self._goals) - 1))
        else:
            self._goal_chosen(-1)

    # --- the goal editor -------------------------------------------------------------------------------
    def _fill_editor(self, goal: GoalInput) -> None:
        self._loading = True
        try:
            self.description.setPlainText(goal.description)
            self.measure.setText(goal.measure)
            self.tenant_agrees.setChecked(goal.tenant_agrees)
            self.realism.setText(goal.realism)
            self.has_deadline.setChecked(goal.deadline is not None)
            self.deadline.setDate(to_qdate(goal.deadline or self._default_deadline()))
            self.deadline.setEnabled(self._editable and goal.deadline is not None)
            domain_index = self.domain.findData(goal.domain.value if goal.domain else None)
            self.domain.setCurrentIndex(max(domain_index, 0))
            self.actor.setCurrentIndex(max(self.actor.findData(goal.actor.value), 0))
            self.steps.setPlainText(goal.steps)
            self.category.setCurrentIndex(max(self.category.findData(goal.category.value), 0))
            self.landlord_shared.setChecked(goal.landlord_shared)
        finally:
            self._loading = False

    def _default_deadline(self) -> date:
        return self._workspace.today() + timedelta(days=91)

    def _deadline_toggled(self, checked: bool) -> None:
        self.deadline.setEnabled(checked and self._editable)
        self._editor_changed()

    def _editor_changed(self, *_: Any) -> None:
        if self._loading or not self._editable or self._index < 0:
            return
        goal = self._goals[self._index]
        goal.description = self.description.toPlainText()
        goal.measure = self.measure.text()
        goal.tenant_agrees = self.tenant_agrees.isChecked()
        goal.realism = self.realism.text()
        goal.deadline = to_date(self.deadline.date()) if self.has_deadline.isChecked() else None
        domain = self.domain.currentData()
        goal.domain = LifeDomain(domain) if domain else None
        goal.actor = GoalActor(self.actor.currentData())
        goal.steps = self.steps.toPlainText()
        goal.category = DataCategory(self.category.currentData())
        goal.landlord_shared = self.landlord_shared.isChecked()
        self._mark_dirty()
        self._refresh_goal_item(self._index)
        self._refresh_findings()
        self._refresh_sharing()

    def _refresh_findings(self) -> None:
        if not self._editable or self._index < 0:
            self.findings.clear()
            return
        found = smart_findings(self._goals[self._index], self._workspace.today())
        if found:
            self.findings.setStyleSheet(WARNING_STYLE)
            self.findings.setText("\n\n".join("• " + finding_line(issue) for issue in found))
        else:
            self.findings.setStyleSheet(OK_STYLE)
            self.findings.setText(
                self.tr("✓ This goal is specific, measurable, acceptable, realistic and time-bound.")
            )

    def _sharing_problem(self, goal: GoalInput) -> Issue | None:
        assert self.overview is not None
        refused: Issue | None = sharing_issue(goal)
        if refused is None and goal.landlord_shared and not self.overview.landlord_consent:
            refused = Issue("landlord_consent_missing")
        return refused

    def _refresh_sharing(self) -> None:
        """Say at once, under the box, when sharing this goal with the landlord is not allowed."""
        if self._index < 0:
            return
        field, error = self.fields["landlord_shared"]
        problem = self._sharing_problem(self._goals[self._index]) if self._editable else None
        mark_invalid(field, problem is not None)
        error.show_issue(problem)

    def _show_goal_issues(self) -> None:
        self._clear_field_errors()
        if self._index >= 0:
            for name, issue in self._goal_issues.get(self._index, {}).items():
                self._show_field_issue(name, issue)
            self._refresh_sharing()

    # --- conditions ---------------------------------------------------------------------------------------
    def _rebuild_conditions(self) -> None:
        for row in self.condition_rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.condition_rows = []
        for condition in self._conditions:
            self._append_row(condition.text)
        self._order_condition_tabs()

    def _append_row(self, text: str) -> ConditionRow:
        row = ConditionRow(text)
        row.set_editable(self._editable)
        row.edited.connect(self._condition_edited)
        row.remove_requested.connect(self._remove_condition)
        index = len(self.condition_rows)
        issue = self._condition_issues.get(index)
        row.error.show_issue(issue)
        mark_invalid(row.edit, issue is not None)
        self._rows_layout.insertWidget(index, row)
        self.condition_rows.append(row)
        return row

    def _order_condition_tabs(self) -> None:
        previous: QWidget = self.remove_goal_button
        for row in self.condition_rows:
            QWidget.setTabOrder(previous, row.edit)
            QWidget.setTabOrder(row.edit, row.remove_button)
            previous = row.remove_button
        QWidget.setTabOrder(previous, self.add_condition_button)

    def add_condition(self) -> None:
        if not self._editable:
            return
        self._conditions.append(ConditionInput())
        row = self._append_row("")
        self._order_condition_tabs()
        self._mark_dirty()
        row.edit.setFocus()

    def _condition_edited(self, row: ConditionRow) -> None:
        index = self.condition_rows.index(row)
        self._conditions[index].text = row.edit.text()
        self._mark_dirty()

    def _remove_condition(self, row: ConditionRow) -> None:
        index = self.condition_rows.index(row)
        del self._conditions[index]
        self._condition_issues = {
            (i if i < index else i - 1): issue for i, issue in self._condition_issues.items() if i != index
        }
        self._rebuild_conditions()
        self._mark_dirty()
        self.add_condition_button.setFocus()

    # --- errors ---------------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self._goal_issues = {}
        self._condition_issues = {}
        self.summary.show_text("")
        self.agreed_on_error.show_text("")
        mark_invalid(self.agreed_on, False)
        self.info.setProperty("keep", False)
        self.info.hide()

    def _show_issues(self, issues: dict[str, Issue]) -> None:
        self._clear_errors()
        general: list[str] = []
        for key, issue in issues.items():
            parts = key.split(".")
            if parts[0] == "goals" and len(parts) == 3 and parts[1].isdigit():
                self._goal_issues.setdefault(int(parts[1]), {})[parts[2]] = issue
            elif parts[0] == "conditions" and len(parts) == 2 and parts[1].isdigit():
                self._condition_issues[int(parts[1])] = issue
            elif key == "agreed_on":
                self.agreed_on_error.show_issue(issue)
                mark_invalid(self.agreed_on, True)
            else:
                general.append(issue_text(issue))
        for index in range(len(self._goals)):
            self._refresh_goal_item(index)
        for index, row in enumerate(self.condition_rows):
            row_issue = self._condition_issues.get(index)
            row.error.show_issue(row_issue)
            mark_invalid(row.edit, row_issue is not None)
        if self._goal_issues and self._index not in self._goal_issues:
            self.goal_list.setCurrentRow(min(self._goal_issues))
        else:
            self._show_goal_issues()
        text = self.tr("Please check the marked goals and fields (%1). Nothing you typed was lost.").replace(
            "%1", str(len(issues))
        )
        self.summary.show_text("\n".join([text, *general]))

    def _show_rule(self, violation: RuleViolation) -> None:
        self._clear_errors()
        self.summary.show_issue(violation.issue)

    # --- actions ----------------------------------------------------------------------------------------------
    def _after_change(self, note: str, index: int = 0) -> None:
        self._clear_errors()
        self.reload()
        if self._goals:
            self.goal_list.setCurrentRow(min(index, len(self._goals) - 1))
        self.saved_note.setText(note)
        self.changed.emit()

    def save_draft(self) -> bool:
        if not self._editable:
            return False
        self._hide_confirm()
        try:
            saved = self._workspace.plans.save_draft(self.case_id, self._working)
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            self._show_rule(violation)
            return False
        self._after_change(
            self.tr("Draft version %1 saved.").replace("%1", str(saved.number)), max(self._index, 0)
        )
        return True

    def agree(self, despite_findings: bool = False) -> bool:
        if not self._editable:
            return False
        self._hide_confirm()
        try:
            agreed = self._workspace.plans.agree(
                self.case_id,
                self._working,
                agreed_on=to_date(self.agreed_on.date()),
                despite_findings=despite_findings,
            )
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except RuleViolation as violation:
            if violation.issue.code == "plan_smart_findings":
                self._clear_errors()
                self._ask(
                    issue_text(violation.issue) + " " + self.tr("Agree the plan anyway?"),
                    self.tr("Agree anyway"),
                    lambda: self.agree(despite_findings=True),
                )
            else:
                self._show_rule(violation)
            return False
        self._after_change(
            self.tr("Version %1 agreed on %2.")
            .replace("%1", str(agreed.number))
            .replace("%2", day_text(agreed.agreed_on))
        )
        return True

    def change_plan(self) -> bool:
        try:
            started = self._workspace.plans.start_new_version(self.case_id)
        except RuleViolation as violation:
            self._show_rule(violation)
            return False
        self._after_change(
            self.tr("Version %1 started as a draft. Change it and agree it with the tenant.").replace(
                "%1", str(started.plan.number)
            )
        )
        if started.unshared:
            self.info.setText(
                self.tr(
                    "%1 goal(s) were shared with the landlord, but the landlord consent is no longer in "
                    "force: in this version they are private."
                ).replace("%1", str(started.unshared))
            )
            self.info.setProperty("keep", True)
            self.info.show()
        return True

    def _ask_discard(self) -> None:
        assert self.overview is not None
        current = self.overview.current
        if current is None:
            return
        self._ask(
            self.tr("Discard draft version %1? What was written in it is lost.").replace(
                "%1", str(current.number)
            ),
            self.tr("Discard"),
            self.discard_draft,
        )

    def discard_draft(self) -> bool:
        try:
            self._workspace.plans.discard_draft(self.case_id)
        except RuleViolation as violation:
            self._show_rule(violation)
            return False
        self._after_change(self.tr("The draft was discarded."))
        return True

    def start_from_previous(self) -> bool:
        try:
            self._workspace.plans.start_from_previous(self.case_id)
        except RuleViolation as violation:
            self._show_rule(violation)
            return False
        self._after_change(self.tr("A draft was started from the previous episode's plan."))
        return True

    # --- confirmation in the panel ------------------------------------------------------------------------
    def _ask(self, text: str, confirm_label: str, action: Callable[[], object]) -> None:
        self.confirm_text.setText(text)
        self.confirm_button.setText(confirm_label)
        self._confirm_action = action
        self.confirm_bar.show()
        self.confirm_button.setDefault(True)
        self.confirm_button.setFocus()

    def _hide_confirm(self) -> None:
        self._confirm_action = None
        self.confirm_bar.hide()

    def _confirmed(self) -> None:
        action = self._confirm_action
        self._hide_confirm()
        if action is not None:
            action()

    # --- drafts at lock time --------------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {"plan": plan_to_dict(self._working), "index": self._index}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        raw = payload.get("plan")
        if not isinstance(raw, dict):
            return
        self._working = plan_from_dict(raw)
        index = payload.get("index")
        self._show_latest(index if isinstance(index, int) else 0)
        self.dirty = True
        self.summary.show_text(self.tr("Restored what you were typing before the lock. Not saved yet."))
