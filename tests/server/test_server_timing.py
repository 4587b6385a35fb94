"""Rough speed of the two heavy requests: a full push batch and a full pull page (printed with -s)."""

from __future__ import annotations

import os
import time

from caseworker_desktop.protocol import MAX_PULL_PAGE, MAX_PUSH_BATCH, MutationStatus
from tests.server.server_support import Server

PAYLOAD = {"text": "x" * 1000}  # about a kilobyte sealed: a typical contact log entry


def test_a_full_push_and_a_full_pull_stay_quick(server: Server) -> None:
    leader = server.leader(server.new_team())
    backend = server.database.engine.dialect.name
    batches = [
        [leader.mutation(f"rec-{b}-{i}", 0, PAYLOAD) for i in range(MAX_PUSH_BATCH)]
        for b in range(MAX_PULL_PAGE // MAX_PUSH_BATCH)
    ]
    push_times = []
    for batch in batches:
        started = time.perf_counter()
        results = server.push(leader, *batch).results
        push_times.append(time.perf_counter() - started)
        assert all(r.status is MutationStatus.ACCEPTED for r in results)

    started = time.perf_counter()
    page = server.pull(leader, after=0, limit=MAX_PULL_PAGE)
    pull_time = time.perf_counter() - started
    assert len(page.envelopes) == MAX_PULL_PAGE and not page.more

    print(
        f"\n[{backend}] push of {MAX_PUSH_BATCH} mutations: first {push_times[0]:.3f} s, "
        f"best {min(push_times):.3f} s; pull of {MAX_PULL_PAGE} envelopes: {pull_time:.3f} s"
    )
    # Generous bounds: this guards against a per-row round trip creeping in, not against a slow CI box.
    limit = float(os.environ.get("CWD_SERVER_TIMING_LIMIT", "10"))
    assert max(push_times) < limit and pull_time < limit
