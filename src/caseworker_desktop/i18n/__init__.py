"""Loading the interface language: our own .qm catalogue plus Qt's for standard buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from caseworker_desktop.resource_files import resources_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"


def catalogue_path(language: str) -> Path:
    return resources_dir() / "i18n" / f"caseworker_{language}.qm"


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install translators on the app; returns them so the caller keeps them alive."""
    QLocale.setDefault(QLocale(language))
    translators: list[QTranslator] = []
    if language == "en":
        return translators  # source strings are English
    own = QTranslator(app)
    if not own.load(str(catalogue_path(language))):
        raise FileNotFoundError(catalogue_path(language))
    app.installTranslator(own)
    translators.append(own)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
