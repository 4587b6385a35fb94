"""The canary tests' sandbox: logs, temp files and profiles all under one temporary folder."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseworker_desktop import app as app_module


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Path]]:
    base = tmp_path / "data"
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    root_logger = logging.getLogger()
    before = list(root_logger.handlers)
    app_module.configure_logging(base)
    yield base, temp
    for handler in list(root_logger.handlers):
        if handler not in before:
            handler.close()
            root_logger.removeHandler(handler)
