"""The organisation's document wording: TOML files per language under resources/documents.

An organisation adapts a text by putting its own copy in `<profile folder>/document-texts/<lang>/`;
that copy wins over the shipped one. A copy that does not parse or misses keys is refused with a
clear reason rather than silently mixed with the shipped text.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.resource_files import resources_dir

LANGUAGES = ("nl", "en")


class Wording:
    def __init__(self, override_root: Path | None = None) -> None:
        self._override_root = override_root
        self._cache: dict[tuple[str, str], dict[str, Any]] = {}

    def load(self, name: str, language: str) -> dict[str, Any]:
        if language not in LANGUAGES:
            language = LANGUAGES[0]
        key = (name, language)
        if key not in self._cache:
            self._cache[key] = self._read(name, language)
        return self._cache[key]

    def _read(self, name: str, language: str) -> dict[str, Any]:
        filename = f"{name}.toml"
        if self._override_root is not None:
            own = self._override_root / language / filename
            if own.is_file():
                try:
                    return tomllib.loads(own.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                    raise RuleViolation("wording_unreadable", file=str(own)) from None
        shipped = resources_dir() / "documents" / language / filename
        return tomllib.loads(shipped.read_text(encoding="utf-8"))
