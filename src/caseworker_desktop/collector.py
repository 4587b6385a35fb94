"""Python's cycle collector held off while a burst of short-lived objects is made.

Two reads make tens of thousands of row and item tuples at a time: a sync (hundreds of thousands of
records in batches and pages) and the agenda over a large caseload. Each burst set off the collector,
and its full passes walked the whole heap again and again: 3.5 s of a 20 s first push and 1.6 s of a
17 s first pull (gc.callbacks), and a third of the agenda's time. What they make holds no cycles and is
freed by reference counting as it goes, so nothing piles up while the collector waits. It resumes when
the last user in the process is done; uses on several threads at once (a background sync and the
agenda on the GUI thread) count, and the collector is put back as it was found.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextlib.contextmanager
def held_off() -> Iterator[None]:
    """Automatic collection off for the duration; nested and concurrent uses count, and the
    collector is put back as it was found when the last one ends."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
