"""A pull page on PostgreSQL walks the (team, seq) index, even over rows the planner has no
statistics for yet (a team's first pull right after its first push): otherwise every page of a first
pull sorted all the team's later envelopes on disk, 140-300 ms a page instead of 1 ms."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, make_url

from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.database import Database, upgrade
from tests.server.conftest import _postgres
from tests.server.server_support import Server

ENVELOPES = 60_000


@pytest.fixture
def unanalysed_team(database_url: str) -> Iterator[tuple[Server, Any, Any]]:
    if not database_url.startswith("postgresql"):
        pytest.skip("a planner question of PostgreSQL's")
    for url in _postgres():
        database = Database(url)
        upgrade(database.engine)
        with TestClient(create_app(url)) as client:
            server = Server(client, database)
            team = server.new_team()
            leader = server.leader(team)
            libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
            with psycopg.connect(libpq, autocommit=True) as conn:
                # As a bulk push leaves it: many rows, and autovacuum not round to analysing them yet.
                conn.execute("ALTER TABLE envelope SET (autovacuum_enabled = false)")
                conn.execute(
                    "INSERT INTO envelope SELECT %s, 'rec-' || i, 'note', NULL, 1, i, false, %s, %s, "
                    "convert_to(repeat(md5(i::text), 12), 'UTF8'), now() AT TIME ZONE 'utc' "
                    "FROM generate_series(1, %s) AS i",
                    (team.id, leader.worker_id, leader.id, ENVELOPES),
                )
                conn.execute("UPDATE team SET next_seq = %s WHERE id = %s", (ENVELOPES + 1, team.id))
                assert conn.execute(
                    "SELECT last_analyze IS NULL AND last_autoanalyze IS NULL FROM pg_stat_user_tables "
                    "WHERE relname = 'envelope'"
                ).fetchone() == (True,)
            yield server, team, leader
        database.dispose()


def test_a_page_walks_the_index_without_a_sort(unanalysed_team: tuple[Server, Any, Any]) -> None:
    server, _team, leader = unanalysed_team
    plans: list[str] = []

    def explain_first(_conn: Any, cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        # The plan the page query gets in the pull's own transaction, with whatever it set before.
        if statement.lstrip().startswith("SELECT envelope.team_id") and "ORDER BY envelope.seq" in statement:
            cursor.execute("EXPLAIN " + statement, parameters)
            plans.append("\n".join(row[0] for row in cursor.fetchall()))

    engine = server.client.app.state.database.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", explain_first)
    try:
        page = server.pull(leader, after=ENVELOPES // 2, limit=2000)
    finally:
        event.remove(engine, "before_cursor_execute", explain_first)

    assert [envelope.seq for envelope in page.envelopes] == list(
        range(ENVELOPES // 2 + 1, ENVELOPES // 2 + 2001)
    )
    assert len(plans) == 1, plans
    assert "Index Scan using ix_envelope_team_seq" in plans[0], plans[0]
    assert "Sort" not in plans[0], plans[0]
