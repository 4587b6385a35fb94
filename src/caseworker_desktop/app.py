"""Start-up: command line, paths, logging, language, then the main window.

Nothing is opened at import time; the database opens only when the user unlocks.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_data_dir

from caseworker_desktop import __version__

APP_NAME = "CaseworkerDesktop"
log = logging.getLogger("caseworker_desktop")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="caseworker-desktop", description="Caseworker Desktop")
    parser.add_argument("--data-dir", type=Path, default=None, help="where profiles are kept")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="interface language")
    parser.add_argument("--demo", action="store_true", help="open (and create) the demo profile")
    parser.add_argument(
        "--demo-team-leader",
        action="store_true",
        help="open (and create) a separate demo profile of a team leader with a whole team's cases",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def data_dir(option: Path | None) -> Path:
    return option if option is not None else Path(user_data_dir(APP_NAME, appauthor=False))


def profile_root(base: Path, demo: bool, team_leader: bool = False) -> Path:
    if team_leader:
        return base / "demo-team-leader"
    return base / ("demo" if demo else "profile")


def configure_logging(base: Path) -> None:
    """Log events (unlock, lock, saves by record id) — never field values or exception messages."""
    logs = base / "logs"
    logs.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        logs / "caseworker.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def sanitised_traceback(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Stack frames and the exception's type only: database errors quote the values they choked on."""
    frames = "".join(traceback.format_tb(tb))
    return f"{frames}{exc_type.__module__}.{exc_type.__qualname__}"


def log_unhandled(exc_type: type[BaseException], tb: TracebackType | None) -> None:
    log.error("unhandled error\n%s", sanitised_traceback(exc_type, tb))


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log_unhandled(exc_type, tb)
    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is not None:
        QMessageBox.critical(
            None,
            QApplication.translate("App", "Something went wrong"),
            QApplication.translate(
                "App",
                "Caseworker Desktop ran into an error. Everything you saved is safe. If this happens "
                "again, tell your team leader what you were doing.",
            ),
        )


def ensure_demo_profile(root: Path) -> str:
    """Create the demo profile on first use; return its (public) passphrase."""
    from caseworker_desktop.services.demo import DEMO_PASSPHRASE, populate_demo
    from caseworker_desktop.services.profiles import ProfileService

    service = ProfileService(root)
    if not service.is_set_up():
        result = service.set_up(
            name="Demo Woonbegeleider",
            organisation="CAW Demo",
            team="Wonen Demo",
            passphrase=DEMO_PASSPHRASE,
            repeat=DEMO_PASSPHRASE,
        )
        try:
            populate_demo(result.workspace)
        finally:
            result.workspace.close()
    return str(DEMO_PASSPHRASE)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["verify"]:
        # Checking a PDF needs neither Qt nor the passphrase, and must work on a machine without a display.
        from caseworker_desktop import verify_cli

        return verify_cli.main(arguments[1:])
    args = parse_args(argv)
    os.umask(0o077)  # every file this process creates is the user's alone
    base = data_dir(args.data_dir)
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    configure_logging(base)
    sys.excepthook = _excepthook

    from PySide6.QtWidgets import QApplication

    from caseworker_desktop import i18n
    from caseworker_desktop.services.profiles import ProfileService
    from caseworker_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Caseworker Desktop")
    translators = i18n.install(app, args.lang)
    root = profile_root(base, args.demo, args.demo_team_leader)
    if args.demo_team_leader:
        from caseworker_desktop.services.demo_team import ensure_team_demo_profile

        demo_passphrase: str | None = ensure_team_demo_profile(root)
    else:
        demo_passphrase = ensure_demo_profile(root) if args.demo else None
    window = MainWindow(ProfileService(root), demo_passphrase=demo_passphrase)
    window.show()
    log.info(
        "started version=%s lang=%s demo=%s team_leader_demo=%s",
        __version__,
        args.lang,
        args.demo,
        args.demo_team_leader,
    )
    code = app.exec()
    del translators
    return int(code)
