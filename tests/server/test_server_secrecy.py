"""Canary: client text sealed on the laptop appears nowhere in the server's database, in any table."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from sqlalchemy import make_url

from tests.server.server_support import Server

MARKER = "Kanarie-psychiatrische-opname-4417"


def _hits(dump: dict[str, list[tuple[object, ...]]], needles: list[bytes]) -> list[str]:
    found = []
    for table, rows in dump.items():
        for row in rows:
            for value in row:
                raw = value if isinstance(value, bytes | bytearray | memoryview) else str(value).encode()
                if any(needle in bytes(raw) for needle in needles):
                    found.append(table)
    return found


def test_the_marker_is_nowhere_in_the_server_database(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)
    body = {"diagnosis": MARKER, "note": f"{MARKER} — besproken met de huisbaas? Nee."}
    server.push(leader, *(leader.mutation(f"case-note-{i}", 0, body) for i in range(5)))
    [envelope, *_] = server.pull(counsellor).envelopes
    server.push(counsellor, counsellor.mutation(envelope.record_id, envelope.version, body))

    needles = [
        MARKER.encode(),
        MARKER.encode("utf-16-le"),
        base64.b64encode(MARKER.encode())[:24],
        json.dumps(body).encode(),
    ]
    dump = server.dump()
    assert set(dump) >= {"envelope", "mutation", "device", "team"}
    assert sum(len(rows) for rows in dump.values()) > 0
    assert _hits(dump, needles) == []

    url = make_url(str(server.database.engine.url))
    if url.get_backend_name() == "sqlite" and url.database:
        for path in Path(url.database).parent.glob(Path(url.database).name + "*"):
            raw = path.read_bytes()  # the file itself, the WAL included: free pages can hold old rows
            assert not any(needle in raw for needle in needles), path.name
