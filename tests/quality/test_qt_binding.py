"""Guard against Qt bindings that corrupt Python's own objects.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a C++ method that returns
nothing; after enough calls (a long signature, an afternoon of typing) the interpreter aborts with
"deallocating None". pyproject.toml keeps PySide6 below 6.12 for that reason; this test fails if an
install ever picks a binding with that fault again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_the_reference_count_of_none() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        holder.setObjectName("probe")
    assert sys.getrefcount(None) >= before - 50  # other code may drop a few; the bug drops 2000
