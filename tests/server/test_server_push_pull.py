"""Compare-and-swap pushes, idempotent replays, and the ordered, paged pull."""

from __future__ import annotations

from caseworker_desktop.protocol import MutationStatus, aad
from caseworker_desktop.sync import crypto
from tests.server.server_support import Server


def test_accept_then_conflict_then_replay(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)

    first = leader.mutation("rec-1", 0)
    [accepted] = server.push(leader, first).results
    assert accepted.status is MutationStatus.ACCEPTED
    assert accepted.version == 1 and accepted.seq is not None

    [conflict] = server.push(counsellor, counsellor.mutation("rec-1", 0)).results
    assert conflict.status is MutationStatus.CONFLICT
    assert conflict.current is not None
    assert conflict.current.version == 1
    assert conflict.current.ciphertext == first.ciphertext
    assert conflict.current.author == leader.worker_id
    assert conflict.current.device_id == leader.id

    [replayed] = server.push(leader, first).results
    assert replayed == accepted
    [envelope] = server.pull(counsellor).envelopes
    assert envelope.version == 1 and envelope.seq == accepted.seq

    [second] = server.push(counsellor, counsellor.mutation("rec-1", 1)).results
    assert second.status is MutationStatus.ACCEPTED
    assert second.version == 2 and second.seq == accepted.seq + 1
    [replayed_late] = server.push(leader, first).results
    assert replayed_late == accepted  # the first answer, even though the record moved on
    [envelope] = server.pull(leader).envelopes
    assert envelope.version == 2
    assert envelope.author == counsellor.worker_id


def test_a_payload_sealed_on_one_laptop_opens_on_another(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)
    server.push(leader, leader.mutation("rec-1", 0, {"text": "huisbezoek"}))
    [envelope] = server.pull(counsellor).envelopes
    assert counsellor.team_key is not None
    opened = crypto.open_sealed(
        counsellor.team_key,
        envelope.ciphertext,
        aad(team.id, envelope.record_id, envelope.kind, envelope.version),
    )
    assert opened == b'{"text": "huisbezoek"}'


def test_a_conflict_about_a_record_the_server_never_had(server: Server) -> None:
    leader = server.leader(server.new_team())
    [result] = server.push(leader, leader.mutation("ghost", 3)).results
    assert result.status is MutationStatus.CONFLICT
    assert result.current is None
    assert server.pull(leader).envelopes == []


def test_one_batch_sees_its_own_earlier_changes(server: Server) -> None:
    leader = server.leader(server.new_team())
    create, edit, stale = leader.mutation("r", 0), leader.mutation("r", 1), leader.mutation("r", 0)
    results = server.push(leader, create, edit, stale, create).results
    assert [r.status for r in results] == [
        MutationStatus.ACCEPTED,
        MutationStatus.ACCEPTED,
        MutationStatus.CONFLICT,
        MutationStatus.ACCEPTED,
    ]
    assert [r.version for r in results[:2]] == [1, 2]
    assert results[3] == results[0]
    assert results[2].current is not None and results[2].current.version == 2


def test_tombstones_travel_like_any_change(server: Server) -> None:
    leader = server.leader(server.new_team())
    server.push(leader, leader.mutation("r", 0))
    gone = leader.mutation("r", 1).model_copy(update={"deleted": True})
    [result] = server.push(leader, gone).results
    assert result.status is MutationStatus.ACCEPTED
    [envelope] = server.pull(leader).envelopes
    assert envelope.deleted and envelope.version == 2


def test_sequence_numbers_are_dense_and_pages_follow_the_cursor(server: Server) -> None:
    team = server.new_team()
    leader = server.leader(team)
    counsellor = server.counsellor(team, leader)
    seqs = []
    for i in range(7):
        device = leader if i % 2 else counsellor
        [result] = server.push(device, device.mutation(f"r{i}", 0)).results
        seqs.append(result.seq)
    assert seqs == list(range(1, 8))

    pages = []
    cursor, more = 0, True
    while more:
        page = server.pull(counsellor, after=cursor, limit=3)
        pages.append([e.seq for e in page.envelopes])
        assert page.cursor == (page.envelopes[-1].seq if page.envelopes else cursor)
        cursor, more = page.cursor, page.more
    assert pages == [[1, 2, 3], [4, 5, 6], [7]]

    empty = server.pull(counsellor, after=7, limit=3)
    assert empty.envelopes == [] and empty.cursor == 7 and not empty.more
    exact = server.pull(counsellor, after=4, limit=3)
    assert [e.seq for e in exact.envelopes] == [5, 6, 7] and not exact.more


def test_an_edited_record_moves_to_the_end_of_the_log(server: Server) -> None:
    leader = server.leader(server.new_team())
    server.push(leader, leader.mutation("a", 0), leader.mutation("b", 0))
    server.push(leader, leader.mutation("a", 1))
    page = server.pull(leader)
    assert [(e.record_id, e.version, e.seq) for e in page.envelopes] == [("b", 1, 2), ("a", 2, 3)]
    assert [e.record_id for e in server.pull(leader, after=2).envelopes] == ["a"]
