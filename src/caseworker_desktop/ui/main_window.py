"""The main window: access pages while locked, the workspace with its tabs while unlocked.

Locking saves every form with unsaved typing as an encrypted draft, closes all tabs, empties the
caseload model, closes the database and forgets the key. Nothing of a client stays on screen.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop import __version__
from caseworker_desktop.documents.recovery_sheet import RecoverySheetText, render_recovery_sheet
from caseworker_desktop.domain.errors import Issue, ValidationFailed
from caseworker_desktop.protocol import Role
from caseworker_desktop.services.caseload import CaseloadIndex, CaseRow
from caseworker_desktop.services.profiles import MustWait, ProfileService, WrongPassphrase
from caseworker_desktop.services.sync import SyncStatus
from caseworker_desktop.services.team import TeamService
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.sync.engine import SyncReport
from caseworker_desktop.ui.access_pages import RecoveryKeyView, RecoveryView, SetupView, UnlockView
from caseworker_desktop.ui.agenda_view import AgendaView
from caseworker_desktop.ui.case_window import DRAFT_FORM as CASE_FORM
from caseworker_desktop.ui.case_window import CaseWindow
from caseworker_desktop.ui.caseload_loader import CaseloadLoader
from caseworker_desktop.ui.caseload_model import CaseloadModel
from caseworker_desktop.ui.caseload_view import CaseloadView
from caseworker_desktop.ui.conflicts_view import ConflictsView
from caseworker_desktop.ui.dialogs import AutoLockDialog, ChangePassphraseDialog
from caseworker_desktop.ui.idle import IdleWatcher
from caseworker_desktop.ui.join_team_dialog import JoinTeamDialog
from caseworker_desktop.ui.labels import issue_text
from caseworker_desktop.ui.letterhead_dialog import LetterheadDialog
from caseworker_desktop.ui.partner_directory import DRAFT_FORM as PARTNER_FORM
from caseworker_desktop.ui.partner_directory import PartnerDirectory
from caseworker_desktop.ui.referral_form import DRAFT_FORM as REFERRAL_FORM
from caseworker_desktop.ui.role_dialog import RoleDialog
from caseworker_desktop.ui.sync_labels import sync_error_text
from caseworker_desktop.ui.sync_status import SyncStatusWidget
from caseworker_desktop.ui.sync_worker import SyncScheduler
from caseworker_desktop.ui.team_devices_dialog import TeamDevicesDialog
from caseworker_desktop.ui.team_exports import TeamExports
from caseworker_desktop.ui.team_labels import team_issue_text
from caseworker_desktop.ui.team_loader import TeamWarmUp
from caseworker_desktop.ui.team_view import TeamView

log = logging.getLogger(__name__)

# Rows read synchronously at unlock; a caseload of at most this many needs no background load.
FIRST_PAGE = 500

Editor = CaseWindow | PartnerDirectory


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        profiles: ProfileService,
        *,
        demo_passphrase: str | None = None,
        idle_clock: Callable[[], float] = time.monotonic,
        idle_tick_ms: int = 1000,
    ) -> None:
        super().__init__()
        self.profiles = profiles
        self.workspace: Workspace | None = None
        self.team: TeamService | None = None
        self.team_view: TeamView | None = None
        self._team_stale = False
        # The caseload's rows as last read: the team view's case lists show names and next dates from them.
        self._caseload_rows: Sequence[CaseRow] = []
        self._pending_recovery_key: str | None = None
        self.setWindowTitle(self.tr("Caseworker Desktop"))
        self.resize(1280, 800)

        self.setup_view = SetupView()
        self.setup_view.submitted.connect(self._submit_setup)
        self.recovery_key_view = RecoveryKeyView()
        self.recovery_key_view.print_requested.connect(self._print_recovery_key)
        self.recovery_key_view.save_requested.connect(self._save_recovery_key)
        self.recovery_key_view.confirmed.connect(self._recovery_key_confirmed)
        self.unlock_view = UnlockView()
        self.unlock_view.submitted.connect(self._submit_unlock)
        self.unlock_view.recovery_requested.connect(self._show_recovery)
        self.unlock_view.show_demo_passphrase(demo_passphrase)
        self.recovery_view = RecoveryView()
        self.recovery_view.submitted.connect(self._submit_recovery)
        self.recovery_view.cancelled.connect(self._show_unlock)

        self.caseload_model = CaseloadModel(self._today)
        self.caseload_view = CaseloadView(self.caseload_model)
        self.caseload_view.open_case.connect(self.open_case)
        self.caseload_view.new_referral.connect(self.new_referral)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.caseload_view, self.tr("Caseload"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        # The agenda reads the whole caseload's dates: built when first shown, not at unlock.
        self.agenda_slot = QWidget()
        self._agenda_box = QVBoxLayout(self.agenda_slot)
        self._agenda_box.setContentsMargins(0, 0, 0, 0)
        self.agenda_view: AgendaView | None = None
        self._agenda_stale = False
        self.tabs.addTab(self.agenda_slot, self.tr("Agenda"))
        self.tabs.tabBar().setTabButton(1, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabCloseRequested.connect(self._close_tab)

        self.pages = QStackedWidget()
        for page in (
            self.setup_view,
            self.recovery_key_view,
            self.unlock_view,
            self.recovery_view,
            self.tabs,
        ):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.sync_status = SyncStatusWidget()
        self.sync_status.conflicts_requested.connect(self.show_conflicts)
        self.sync_status.status_read.connect(self._sync_status_read)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.sync_scheduler: SyncScheduler | None = None
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)

        self.caseload_loader = CaseloadLoader(self)
        self.team_warmup = TeamWarmUp(self)
        self._team_ahead_timer = QTimer(self)
        self._team_ahead_timer.setSingleShot(True)
        self._team_ahead_timer.setInterval(3000)
        self._team_ahead_timer.timeout.connect(self._read_team_ahead)
        self.caseload_loader.loaded.connect(self._caseload_loaded)

        self.idle = IdleWatcher(600, idle_clock, idle_tick_ms, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(250)
        self._wait_timer.timeout.connect(self._update_wait)

        self._build_menus()
        if profiles.is_set_up():
            self._show_unlock()
        else:
            self.pages.setCurrentWidget(self.setup_view)
        self._set_unlocked_actions(False)

    # --- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.new_action = self._action(
            self.tr("&New referral"), QKeySequence.StandardKey.New, self.new_referral
        )
        self.caseload_action = self._action(self.tr("&Caseload"), QKeySequence("Ctrl+1"), self.show_caseload)
        self.agenda_action = self._action(self.tr("&Agenda"), QKeySequence("Ctrl+2"), self.show_agenda)
        self.directory_action = self._action(
            self.tr("&Partner directory"), QKeySequence("Ctrl+P"), self.open_directory
        )
        self.lock_action = self._action(self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock)
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_action, self.caseload_action, self.agenda_action, self.directory_action):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.lock_action)
        case_menu.addAction(quit_action)
        settings = self.menuBar().addMenu(self.tr("&Settings"))
        self.autolock_action = self._action(self.tr("&Automatic lock…"), None, self.edit_auto_lock)
        self.passphrase_action = self._action(self.tr("Change &passphrase…"), None, self.change_passphrase)
        self.letterhead_action = self._action(
            self.tr("Organisation &letterhead…"), None, self.edit_letterhead
        )
        self.role_action = self._action(self.tr("&Role…"), None, self.edit_role)
        settings.addAction(self.autolock_action)
        settings.addAction(self.passphrase_action)
        settings.addAction(self.letterhead_action)
        settings.addAction(self.role_action)
        self.team_menu = self.menuBar().addMenu(self.tr("&Team"))
        self.team_action = self._action(self.tr("&Team view"), QKeySequence("Ctrl+3"), self.show_team_view)
        self.team_menu.addAction(self.team_action)
        self._show_team_entry(False)  # for team leaders only, once the role is known
        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        # F9, as in mail programs' send/receive; F5 already reloads the agenda.
        self.sync_now_action = self._action(self.tr("Sync &now"), QKeySequence("F9"), self.sync_now)
        self.join_action = self._action(self.tr("&Join a team…"), None, self.join_team)
        self.devices_action = self._action(self.tr("Team &devices…"), None, self.show_team_devices)
        self.devices_action.setVisible(False)  # for team leaders only, once the role is known
        self.conflicts_action = self._action(self.tr("&Conflicts…"), None, self.show_conflicts)
        for action in (self.sync_now_action, self.join_action, self.devices_action, self.conflicts_action):
            sync_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), None, self._about))

    def _action(self, text: str, shortcut: Any, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in (
            self.new_action,
            self.caseload_action,
            self.agenda_action,
            self.directory_action,
            self.lock_action,
            self.autolock_action,
            self.passphrase_action,
            self.letterhead_action,
            self.role_action,
            self.team_action,
            self.sync_now_action,
            self.join_action,
            self.devices_action,
            self.conflicts_action,
        ):
            action.setEnabled(unlocked)

    def _today(self) -> date:
        return self.workspace.today() if self.workspace is not None else date.today()

    # --- setup ------------------------------------------------------------------------------------
    def _submit_setup(self) -> None:
        view = self.setup_view
        for error in view.errors.values():
            error.show_text("")
        try:
            result = self.profiles.set_up(
                name=view.name.text(),
                organisation=view.organisation.text(),
                team=view.team.text(),
                passphrase=view.passphrase.text(),
                repeat=view.repeat.text(),
            )
        except ValidationFailed as failed:
            for key, issue in failed.issues.items():
                # The strength meter's advice already says what is wrong with the passphrase.
                if key in view.errors and not (key == "passphrase" and view.passphrase.advice.text()):
                    view.errors[key].show_issue(issue)
            return
        view.clear_secrets()
        log.info("profile created")
        self.workspace = result.workspace
        self._pending_recovery_key = result.recovery_key
        self.recovery_key_view.show_key(result.recovery_key)
        self.pages.setCurrentWidget(self.recovery_key_view)

    def _recovery_sheet_text(self) -> RecoverySheetText:
        return RecoverySheetText(
            title=self.tr("Caseworker Desktop – recovery key"),
            intro=self.tr(
                "This key opens your profile if you forget your passphrase. Keep this sheet in a safe, "
                "locked place, away from the laptop. Anyone with this key and the laptop can read the "
                "case files."
            ),
            key_label=self.tr("Recovery key:"),
            profile_label=self.tr("Profile of:"),
            advice=self.tr(
                "To use it: on the unlock screen choose 'Forgot your passphrase?', type this key and "
                "choose a new passphrase."
            ),
        )

    def _profile_owner(self) -> str:
        return self.workspace.user.name if self.workspace else ""

    def _print_recovery_key(self) -> None:
        if not self._pending_recovery_key:
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        text = self._recovery_sheet_text()
        document = QTextDocument()
        document.setHtml(
            f"<h2>{text.title}</h2><p>{text.intro}</p><p><b>{text.key_label}</b></p>"
            f"<p style='font-family: monospace; font-size: 16pt'>{self._pending_recovery_key}</p>"
            f"<p>{text.profile_label} {self._profile_owner()}</p><p>{text.advice}</p>"
        )
        document.print_(printer)

    def _save_recovery_key(self) -> None:
        if not self._pending_recovery_key:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), self.tr("recovery-key.pdf"), self.tr("PDF (*.pdf)")
        )
        if name:
            self.write_recovery_sheet(Path(name))

    def write_recovery_sheet(self, path: Path) -> None:
        assert self._pending_recovery_key
        data = render_recovery_sheet(
            self._recovery_sheet_text(), self._pending_recovery_key, self._profile_owner()
        )
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)

    def _recovery_key_confirmed(self) -> None:
        self._pending_recovery_key = None
        self.recovery_key_view.forget_key()
        self._enter_workspace()

    # --- unlock and recovery -------------------------------------------------------------------------
    def _show_unlock(self) -> None:
        self.recovery_view.clear_secrets()
        self.unlock_view.passphrase.clear()
        self.pages.setCurrentWidget(self.unlock_view)
        self.unlock_view.passphrase.edit.setFocus()
        self._update_wait()

    def _show_recovery(self) -> None:
        for error in self.recovery_view.errors.values():
            error.show_text("")
        self.pages.setCurrentWidget(self.recovery_view)

    def _wait_text(self, seconds: float) -> str:
        return self.tr("Next attempt possible in %1 s.").replace("%1", str(math.ceil(seconds)))

    def _update_wait(self) -> None:
        wait = self.profiles.seconds_to_wait()
        waiting = wait > 0
        self.unlock_view.unlock_button.setEnabled(not waiting)
        self.recovery_view.reset_button.setEnabled(not waiting)
        if waiting:
            self.unlock_view.error.show_text(self._wrong_text + " " + self._wait_text(wait))
            if not self._wait_timer.isActive():
                self._wait_timer.start()
        elif self._wait_timer.isActive():
            self._wait_timer.stop()
            self.unlock_view.error.show_text(self._wrong_text)

    _wrong_text = ""

    def _submit_unlock(self) -> None:
        try:
            workspace = self.profiles.unlock(self.unlock_view.passphrase.text())
        except MustWait:
            self._update_wait()
            return
        except WrongPassphrase:
            self._wrong_text = self.tr("This passphrase does not open the profile.")
            self.unlock_view.passphrase.edit.selectAll()
            self.unlock_view.error.show_text(self._wrong_text)
            self._update_wait()
            log.info("unlock refused")
            return
        self._wrong_text = ""
        self.unlock_view.error.show_text("")
        self.unlock_view.passphrase.clear()
        self.workspace = workspace
        log.info("profile unlocked")
        self._enter_workspace()

    def _submit_recovery(self) -> None:
        view = self.recovery_view
        for error in view.errors.values():
            error.show_text("")
        try:
            workspace = self.profiles.recover(
                view.recovery_key.text(), view.passphrase.text(), view.repeat.text()
            )
        except ValidationFailed as failed:
            for key, issue in failed.issues.items():
                if key in view.errors:
                    view.errors[key].show_issue(issue)
            return
        except MustWait as wait:
            view.errors["recovery_key"].show_text(self._wait_text(wait.seconds))
            return
        except WrongPassphrase:
            view.errors["recovery_key"].show_text(
                self.tr("This recovery key does not open the profile. Check it for typos.")
            )
            return
        view.clear_secrets()
        self.workspace = workspace
        log.info("passphrase reset with recovery key")
        self._enter_workspace()

    # --- the workspace --------------------------------------------------------------------------------
    def _enter_workspace(self) -> None:
        assert self.workspace is not None
        workspace = self.workspace
        # Aftercare whose last day passed while the laptop was closed ends now, before anything is shown.
        ended = workspace.closure.end_due_aftercare()
        if ended:
            log.info("aftercare ended for %d cases", len(ended))
        self._load_caseload()
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.caseload_view)
        self.user_label.setText(
            self.tr("%1 · %2 · team %3")
            .replace("%1", workspace.user.name)
            .replace("%2", workspace.user.organisation)
            .replace("%3", workspace.user.team)
        )
        self._set_unlocked_actions(True)
        for draft in workspace.drafts.all():
            editor: Editor
            if draft.form in (CASE_FORM, REFERRAL_FORM):
                case_id = draft.payload.get("case_id")
                editor = self._add_case_tab(case_id if isinstance(case_id, str) else None)
            elif draft.form == PARTNER_FORM:
                editor = self.open_directory()
            else:
                continue
            editor.draft_key = draft.key
            editor.restore_draft(draft.payload)
        self.idle.limit_s = workspace.settings.auto_lock_minutes() * 60
        self.idle.start()
        self.team = TeamService(workspace.store, workspace.user.user_id, workspace.clock)
        self._update_team_access()
        if self.team_allowed():
            self.team_warmup.start(self.team)
        self._start_sync(workspace)
        self.caseload_view.search.setFocus()
        self.unlocked.emit()

    def editors(self) -> list[Editor]:
        found: list[Editor] = []
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, CaseWindow | PartnerDirectory):
                found.append(widget)
        return found

    def _save_drafts(self) -> None:
        assert self.workspace is not None
        for editor in self.editors():
            if editor.dirty:
                form = CASE_FORM if isinstance(editor, CaseWindow) else PARTNER_FORM
                self.workspace.drafts.save(editor.draft_key, form, editor.draft())

    def lock(self) -> None:
        if self.workspace is None:
            return
        # A dialog left open must not keep a nested event loop over a closed database.
        while (modal := QApplication.activeModalWidget()) is not None and isinstance(modal, QDialog):
            modal.reject()
        self.idle.stop()
        self.caseload_loader.cancel()
        self._team_ahead_timer.stop()
        self.team_warmup.cancel()
        self._close_team_view()
        self._stop_sync()
        try:
            self._save_drafts()
        finally:
            for editor in self.editors():
                self.tabs.removeTab(self.tabs.indexOf(editor))
                editor.deleteLater()
            self.caseload_view.reset()
            self.caseload_model.clear()
            self._caseload_rows = []
            self._forget_agenda()
            self.team = None
            self._show_team_entry(False)
            self.user_label.clear()
            self.workspace.close()
            self.workspace = None
            self._set_unlocked_actions(False)
            self._show_unlock()
            log.info("profile locked")
            self.locked.emit()

    def show_agenda(self) -> AgendaView | None:
        self.tabs.setCurrentWidget(self.agenda_slot)
        return self.agenda_view

    def _tab_changed(self, _index: int) -> None:
        if self.team_view is not None and self.tabs.currentWidget() is self.team_view and self._team_stale:
            self._team_stale = False
            self.team_view.reload()
        if self.tabs.currentWidget() is not self.agenda_slot or self.workspace is None:
            return
        if self.agenda_view is None:
            self.agenda_view = AgendaView(self.workspace)
            self.agenda_view.open_case.connect(self.open_case)
            self._agenda_box.addWidget(self.agenda_view)
        elif self._agenda_stale:
            self.agenda_view.reload()
        self._agenda_stale = False

    def _forget_agenda(self) -> None:
        if self.agenda_view is not None:
            self.agenda_view.clear()
            self.agenda_view.setParent(None)
            self.agenda_view.deleteLater()
            self.agenda_view = None

    def show_caseload(self) -> None:
        self.tabs.setCurrentWidget(self.caseload_view)
        self.caseload_view.search.setFocus()

    def _load_caseload(self, *_: Any) -> None:
        """Show the first page at once; when there may be more, load the rest off the GUI thread."""
        if self.workspace is None:
            return
        first = self.workspace.caseload.rows(limit=FIRST_PAGE)
        if len(first) < FIRST_PAGE or self.caseload_model.total() == 0:
            self.caseload_model.set_rows(first)
            self._caseload_rows = first
        if len(first) < FIRST_PAGE:
            self.caseload_loader.cancel()
            self.caseload_view.set_loading(False)
        else:
            self.caseload_view.set_loading(True)
            self.caseload_loader.start(self.workspace.caseload)
        self.caseload_view.update_count()

    def _mark_agenda_stale(self, *_: Any) -> None:
        self._agenda_stale = True
        self._mark_team_stale()

    def _mark_team_stale(self, *_: Any) -> None:
        if self.team_view is not None and self.tabs.currentWidget() is self.team_view:
            self.team_view.reload()
            return
        if self.team_view is not None:
            self._team_stale = True
        if self.team is not None and self.team_allowed():
            # Read the team's facts again in the background once a burst of saves or a sync is
            # over, so the team view still opens from memory.
            self._team_ahead_timer.start()

    def _read_team_ahead(self) -> None:
        if self.workspace is not None and self.team is not None:
            self.team_warmup.start(self.team)

    def _caseload_loaded(self, index: CaseloadIndex) -> None:
        if self.workspace is None:
            return
        self.caseload_model.set_index(index)
        self._caseload_rows = index.rows
        self.caseload_view.set_loading(False)
        self.caseload_view.update_count()

    def _add_case_tab(self, case_id: str | None) -> CaseWindow:
        assert self.workspace is not None
        form = CaseWindow(self.workspace, case_id)
        form.saved.connect(self._load_caseload)
        form.saved.connect(self._mark_agenda_stale)
        form.saved.connect(self._changes_made)
        form.open_case.connect(self.open_case)
        form.close_requested.connect(lambda: self._close_editor(form))
        form.directory_requested.connect(self.open_directory)
        form.title_changed.connect(lambda title: self.tabs.setTabText(self.tabs.indexOf(form), title))
        self.tabs.addTab(form, form.title())
        self.tabs.setCurrentWidget(form)
        return form

    def new_referral(self) -> CaseWindow | None:
        if self.workspace is None:
            return None
        form = self._add_case_tab(None)
        form.referral.first_name.setFocus()
        return form

    def open_case(self, case_id: str) -> CaseWindow | None:
        if self.workspace is None:
            return None
        for editor in self.editors():
            if isinstance(editor, CaseWindow) and editor.case_id == case_id:
                self.tabs.setCurrentWidget(editor)
                return editor
        log.info("case opened id=%s", case_id)
        return self._add_case_tab(case_id)

    def open_directory(self) -> PartnerDirectory:
        for editor in self.editors():
            if isinstance(editor, PartnerDirectory):
                self.tabs.setCurrentWidget(editor)
                return editor
        assert self.workspace is not None
        directory = PartnerDirectory(self.workspace)
        directory.changed.connect(self._partners_changed)
        directory.changed.connect(self._changes_made)
        directory.close_requested.connect(lambda: self._close_editor(directory))
        self.tabs.addTab(directory, directory.title())
        self.tabs.setCurrentWidget(directory)
        return directory

    def _partners_changed(self) -> None:
        for editor in self.editors():
            if isinstance(editor, CaseWindow):
                editor.referral.reload_landlords()
        self._load_caseload()

    def _close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, CaseWindow | PartnerDirectory):
            self._close_editor(widget)
        elif widget is not None and widget is self.team_view:
            self._close_team_view()

    def _close_editor(self, editor: Editor) -> None:
        if editor.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This form has changes that are not saved. Close it and discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        if self.workspace is not None:
            self.workspace.drafts.discard(editor.draft_key)
        self.tabs.removeTab(self.tabs.indexOf(editor))
        editor.deleteLater()

    # --- sync -------------------------------------------------------------------------------------
    def _start_sync(self, workspace: Workspace) -> None:
        scheduler = SyncScheduler(workspace.sync, self)
        scheduler.synced.connect(self._synced)
        scheduler.sync_failed.connect(self._sync_failed)
        self.sync_scheduler = scheduler
        self.sync_status.attach(workspace.sync, workspace.clock, scheduler)
        scheduler.start()

    def _stop_sync(self) -> None:
        """Before the workspace closes: the worker thread has ended when this returns."""
        self.sync_status.detach()
        self.devices_action.setVisible(False)
        scheduler, self.sync_scheduler = self.sync_scheduler, None
        if scheduler is not None:
            scheduler.stop()
            scheduler.deleteLater()

    def _sync_status_read(self, status: SyncStatus) -> None:
        self.join_action.setEnabled(self.workspace is not None and not status.joined)
        self.devices_action.setVisible(status.role == Role.TEAM_LEADER)
        # A sync can confirm or withdraw the team-leader role.
        self._update_team_access()

    def _changes_made(self, *_: Any) -> None:
        if self.sync_scheduler is not None:
            self.sync_scheduler.changes_made()

    def _synced(self, report: SyncReport) -> None:
        if report.pulled or report.merged:
            self._load_caseload()
            self._mark_agenda_stale()
            # Open cases show the team's changes without being closed and opened again.
            for editor in self.editors():
                if isinstance(editor, CaseWindow):
                    editor.reload_after_sync()

    def _sync_failed(self, code: str) -> None:
        # The status line shows what the service recorded; refusals before any attempt are only said here.
        if code.startswith("sync_") or code == "unexpected":
            self.statusBar().showMessage(sync_error_text(code), 10000)

    def sync_now(self) -> None:
        if self.sync_scheduler is None:
            return
        if not self.sync_scheduler.sync_now():
            self.statusBar().showMessage(
                self.tr("The team server is being contacted already: a moment, please."), 5000
            )

    def join_team(self) -> None:
        if self.workspace is None:
            return
        dialog = JoinTeamDialog(self.workspace.sync, self)
        dialog.joined.connect(self._joined)
        dialog.exec()
        dialog.deleteLater()

    def _joined(self, _status: SyncStatus) -> None:
        self.sync_status.refresh()
        if self.sync_scheduler is not None:
            self.sync_scheduler.reconsider()

    def show_team_devices(self) -> None:
        if self.workspace is None:
            return
        dialog = TeamDevicesDialog(self.workspace.sync, self)
        dialog.exec()
        dialog.deleteLater()

    def show_conflicts(self) -> None:
        if self.workspace is None:
            return
        dialog = ConflictsView(self.workspace.sync, self.workspace.clock, self)
        dialog.resolved.connect(self._conflict_resolved)
        dialog.exec()
        dialog.deleteLater()

    def _conflict_resolved(self, _conflict_id: str) -> None:
        self.sync_status.refresh()
        self._load_caseload()
        self._mark_agenda_stale()
        self._changes_made()

    # --- the team leader's desk ----------------------------------------------------------------------
    def _show_team_entry(self, allowed: bool) -> None:
        self.team_action.setVisible(allowed)
        self.team_menu.menuAction().setVisible(allowed)

    def team_allowed(self) -> bool:
        return self.team is not None and self.team.access().allowed

    def _update_team_access(self) -> None:
        allowed = self.team_allowed()
        self._show_team_entry(allowed)
        if not allowed and self.team_view is not None:
            self._close_team_view()

    def show_team_view(self) -> TeamView | None:
        if self.workspace is None or self.team is None:
            return None
        if not self.team_allowed():
            self._show_team_entry(False)
            self.statusBar().showMessage(team_issue_text(Issue("team_not_allowed")), 8000)
            return None
        if self.team_view is None:
            workspace = self.workspace
            exports = TeamExports(workspace, self.team)
            view = TeamView(
                self.team,
                exports,
                workspace.today,
                workspace.clock,
                lambda: self._caseload_rows,
            )
            view.open_case.connect(self.open_case)
            view.reassigned.connect(self._case_reassigned)
            self.team_view = view
            self.tabs.addTab(view, view.title())
            self._team_stale = False
        self.tabs.setCurrentWidget(self.team_view)
        return self.team_view

    def _case_reassigned(self, _case_id: str) -> None:
        self._load_caseload()
        self._agenda_stale = True
        self._changes_made()

    def _close_team_view(self) -> None:
        view, self.team_view = self.team_view, None
        if view is None:
            return
        view.shutdown()
        self.tabs.removeTab(self.tabs.indexOf(view))
        view.deleteLater()

    def edit_role(self) -> None:
        if self.workspace is None:
            return
        dialog = RoleDialog(self.workspace.settings.profile_role(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.workspace is None:
            return
        try:
            self.workspace.settings.set_profile_role(dialog.role())
        except ValidationFailed as failed:
            self.statusBar().showMessage(team_issue_text(next(iter(failed.issues.values()))), 8000)
            return
        self._update_team_access()
        if dialog.role() == "team_leader" and not self.team_allowed():
            self.statusBar().showMessage(
                self.tr("The team server does not know you as team leader: the team view stays closed."),
                10000,
            )

    # --- settings ---------------------------------------------------------------------------------
    def edit_auto_lock(self) -> None:
        if self.workspace is None:
            return
        dialog = AutoLockDialog(self.workspace.settings.auto_lock_minutes(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.workspace is not None:
            self.workspace.settings.set_auto_lock_minutes(dialog.minutes.value())
            self.idle.limit_s = self.workspace.settings.auto_lock_minutes() * 60

    def edit_letterhead(self) -> None:
        if self.workspace is None:
            return
        dialog = LetterheadDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("The letterhead was saved."), 8000)

    def change_passphrase(self) -> None:
        if self.workspace is None:
            return
        dialog = ChangePassphraseDialog(self)

        def attempt() -> None:
            for error in dialog.errors.values():
                error.show_text("")
            try:
                self.profiles.change_passphrase(
                    dialog.current.text(), dialog.new.text(), dialog.repeat.text()
                )
            except ValidationFailed as failed:
                for key, issue in failed.issues.items():
                    dialog.errors[key].show_text(issue_text(issue))
                return
            except WrongPassphrase:
                dialog.errors["current"].show_text(self.tr("This is not your current passphrase."))
                return
            except MustWait as wait:
                dialog.errors["current"].show_text(self._wait_text(wait.seconds))
                return
            log.info("passphrase changed")
            dialog.accept()
            self.statusBar().showMessage(self.tr("Your passphrase was changed."), 8000)

        dialog.buttons.accepted.connect(attempt)
        dialog.exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Caseworker Desktop"),
            self.tr(
                "Caseworker Desktop %1\nCase management for preventive housing support. Your case "
                "files are stored encrypted on this laptop."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quitting with forms open keeps what was typed, exactly as a lock does.
        self.lock()
        event.accept()
