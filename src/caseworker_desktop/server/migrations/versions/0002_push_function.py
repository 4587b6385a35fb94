"""PostgreSQL: an everyday push as one function call (cw_push), so the team's row lock is held for the
database's work only.

Pushes of one team happen one after the other under the lock on the team's row. Taken from Python,
the lock was held across several round trips and the Python between them, which competes for the GIL
with every other request of a team syncing together: about 7 ms a push, and fifty laptops waited for
each other's. Inside one function call it is held for well under a millisecond. The rules are those of
records.push, which still does large pushes (with COPY) and everything on SQLite; tests hold the two
to the same answers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 13:00:00
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Outcomes, one row per mutation in order, or a single row refusing the caller:
#   'unknown' (no such token), 'pending', 'revoked' - nothing read, nothing written;
#   'replay'   - the answer stored for this mutation id (o_result);
#   'accepted' - written with version o_version and sequence number o_seq, its answer in o_result;
#   'conflict' - base version not current: the stored envelope (o_version NULL if there is none).
# The accepted answer is the MutationResult JSON records._accepted_json writes, byte for byte.
_CREATE = r"""
CREATE FUNCTION cw_push(
    p_token text,
    p_moment timestamp,
    p_mutation_ids text[],
    p_record_ids text[],
    p_kinds text[],
    p_case_ids text[],
    p_base_versions integer[],
    p_deleted boolean[],
    p_ciphertexts bytea[]
) RETURNS TABLE (
    o_outcome text,
    o_result text,
    o_version integer,
    o_seq integer,
    o_kind text,
    o_case_id text,
    o_deleted boolean,
    o_author text,
    o_device_id text,
    o_ciphertext bytea,
    o_updated_at timestamp
)
LANGUAGE plpgsql
AS $function$
DECLARE
    v_device_id text;
    v_status text;
    v_worker_id text;
    v_team_id text;
    v_first integer;
    v_seq integer;
    v_answer text;
    v_current record;
    v_found boolean;
BEGIN
    SELECT d.id, d.status, d.worker_id, d.team_id, t.next_seq
      INTO v_device_id, v_status, v_worker_id, v_team_id, v_first
      FROM device AS d JOIN team AS t ON t.id = d.team_id
     WHERE d.token_hash = p_token
       FOR UPDATE OF t;
    IF NOT FOUND THEN
        o_outcome := 'unknown';
        RETURN NEXT;
        RETURN;
    END IF;
    IF v_status <> 'approved' THEN
        o_outcome := v_status;
        RETURN NEXT;
        RETURN;
    END IF;
    v_seq := v_first;
    FOR i IN 1 .. coalesce(array_length(p_mutation_ids, 1), 0) LOOP
        o_outcome := NULL; o_result := NULL; o_version := NULL; o_seq := NULL; o_kind := NULL;
        o_case_id := NULL; o_deleted := NULL; o_author := NULL; o_device_id := NULL;
        o_ciphertext := NULL; o_updated_at := NULL;
        SELECT m.result INTO v_answer
          FROM mutation AS m
         WHERE m.team_id = v_team_id AND m.mutation_id = p_mutation_ids[i];
        IF FOUND THEN
            o_outcome := 'replay';
            o_result := v_answer;
            RETURN NEXT;
            CONTINUE;
        END IF;
        SELECT * INTO v_current
          FROM envelope AS e
         WHERE e.team_id = v_team_id AND e.record_id = p_record_ids[i];
        v_found := FOUND;
        IF (CASE WHEN v_found THEN v_current.version ELSE 0 END) <> p_base_versions[i] THEN
            o_outcome := 'conflict';
            IF v_found THEN
                o_version := v_current.version;
                o_seq := v_current.seq;
                o_kind := v_current.kind;
                o_case_id := v_current.case_id;
                o_deleted := v_current.deleted;
                o_author := v_current.author;
                o_device_id := v_current.device_id;
                o_ciphertext := v_current.ciphertext;
                o_updated_at := v_current.updated_at;
            END IF;
            RETURN NEXT;
            CONTINUE;
        END IF;
        IF v_found THEN
            UPDATE envelope AS e
               SET kind = p_kinds[i], case_id = p_case_ids[i], version = p_base_versions[i] + 1,
                   seq = v_seq, deleted = p_deleted[i], author = v_worker_id, device_id = v_device_id,
                   ciphertext = p_ciphertexts[i], updated_at = p_moment
             WHERE e.team_id = v_team_id AND e.record_id = p_record_ids[i];
        ELSE
            INSERT INTO envelope (team_id, record_id, kind, case_id, version, seq, deleted, author,
                                  device_id, ciphertext, updated_at)
            VALUES (v_team_id, p_record_ids[i], p_kinds[i], p_case_ids[i], p_base_versions[i] + 1, v_seq,
                    p_deleted[i], v_worker_id, v_device_id, p_ciphertexts[i], p_moment);
        END IF;
        v_answer := '{"mutation_id":' || to_json(p_mutation_ids[i])::text
            || ',"status":"accepted","version":' || (p_base_versions[i] + 1)::text
            || ',"seq":' || v_seq::text || ',"current":null}';
        INSERT INTO mutation (team_id, mutation_id, record_id, status, version, seq, result)
        VALUES (v_team_id, p_mutation_ids[i], p_record_ids[i], 'accepted', p_base_versions[i] + 1, v_seq,
                v_answer);
        o_outcome := 'accepted';
        o_result := v_answer;
        o_version := p_base_versions[i] + 1;
        o_seq := v_seq;
        RETURN NEXT;
        v_seq := v_seq + 1;
    END LOOP;
    IF v_seq <> v_first THEN
        UPDATE team SET next_seq = v_seq WHERE id = v_team_id;
    END IF;
END
$function$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # As the driver's text: no bind parameters read into its colons.
        op.get_bind().exec_driver_sql(_CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(
            "DROP FUNCTION cw_push(text, timestamp, text[], text[], text[], text[], integer[], boolean[], bytea[])"
        )
