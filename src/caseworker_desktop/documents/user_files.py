"""Writing a document to a place the user chose (a calendar export, a saved PDF)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

FILE_MODE = 0o600


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` readable and writable by the owner only (0600), atomically.

    The bytes go to a new sibling file created with mode 0600 and then replace the target, so an
    existing file with wider rights is replaced, not rewritten in place, and a crash never leaves half
    a file. The folder the user chose is left as it is.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with contextlib.suppress(AttributeError, OSError):  # no fchmod on older Windows Pythons
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
