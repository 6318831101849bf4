-- Variant of pgbench_approve.sql: the same statements, but the registration-code counter is taken last.
-- Run by `python -m bench run` as: pgbench -n -f bench/pgbench_approve.sql -c 8 -j 2 -T 10
--   -D lo=<first case id> -D hi=<last case id> -D uid=<commission user id> -D year=<China year> <database>
-- The cases lo..hi are confirmed first registrations made for the run (bench.generate.add_approvable_cases);
-- a case may be approved more than once here: the work per transaction is the same, and every approval
-- still takes the next serial of the (440000, year) counter, so the codes stay unique and gapless.
\set cid random(:lo, :hi)
BEGIN;
-- the caller, resolved from the session token (bench's run inserts the 'pgbench' session)
SELECT u.*, s.* FROM user_accounts u JOIN auth_sessions s ON s.user_id = u.id WHERE s.token_hash = 'pgbench';
SELECT * FROM cases WHERE id = :cid FOR UPDATE;
SELECT physician_id AS pid, institution_id AS iid FROM cases WHERE id = :cid \gset
SELECT * FROM physicians WHERE id = :pid FOR UPDATE;
SELECT * FROM institutions WHERE id = :iid;
-- the rules: a matching qualification, no active registration in the province, no other open case
SELECT * FROM qualifications WHERE physician_id = :pid
    OR id_number = (SELECT id_number FROM physicians WHERE id = :pid) ORDER BY id;
SELECT * FROM registrations WHERE physician_id = :pid AND province = '440000' AND status = 'active' LIMIT 1;
SELECT * FROM cases WHERE kind = 'first_registration'
    AND applicant_id_number = (SELECT applicant_id_number FROM cases WHERE id = :cid)
    AND id <> :cid AND status IN ('draft', 'submitted', 'confirmed', 'returned') LIMIT 1;
SELECT * FROM registrations WHERE physician_id = :pid AND province = '440000' AND status = 'filed';
-- (variant) the same work with the counter taken last: the row lock is held only for the code's
-- three statements and the COMMIT
INSERT INTO registrations (physician_id, qualification_id, level, category, scopes, place, province,
        main_institution_id, registration_code, status, issuing_authority, authority_code, registered_on,
        case_id, created_at, version)
    VALUES (:pid, NULL, '执业医师', '临床', '["内科专业"]', '440000', '440000', :iid, NULL, 'active',
        '广东省卫生健康委员会', '440000', current_date, :cid, now(), 1)
    RETURNING id AS rid \gset
UPDATE cases SET status = 'approved', version = version + 1, registration_id = :rid,
    decided_at = now(), decided_by = :uid, updated_at = now(), updated_by = :uid
    WHERE id = :cid;
INSERT INTO audit_events (at, user_id, username, role, action, object_type, object_id, outcome, workstation,
        detail)
    VALUES (now(), :uid, 'bench_gd', 'commission', 'cases.approve', 'case', :cid, 'ok', 'pgbench',
        '{"kind": "first_registration", "from": "confirmed", "to": "approved"}') RETURNING id;
INSERT INTO change_feed (at, table_name, row_id, kind, jurisdiction, institution_id, physician_id, user_id)
    VALUES (now(), 'cases', :cid, 'approve', '440106', :iid, :pid, :uid) RETURNING seq;
INSERT INTO case_events (case_id, at, user_id, actor_name, actor_role, institution_id, action, from_status,
        to_status, reason_code, reason_text, data)
    VALUES (:cid, now(), :uid, '广东省卫生健康委员会 审批员', 'commission', NULL, 'approve', 'confirmed',
        'approved', NULL, '', '{"org": "广东省卫生健康委员会"}') RETURNING id;
SELECT pg_notify('regdesk_feed', 'cases:' || :cid);
INSERT INTO change_feed (at, table_name, row_id, kind, jurisdiction, institution_id, physician_id, user_id)
    VALUES (now(), 'registrations', :rid, 'updated', '440106', :iid, :pid, :uid) RETURNING seq;
SELECT pg_notify('regdesk_feed', 'registrations:' || :rid);
SELECT * FROM user_accounts WHERE id = :uid;
INSERT INTO code_counters (province, year, last_value) VALUES ('440000', :year, 0) ON CONFLICT DO NOTHING;
UPDATE code_counters SET last_value = last_value + 1 WHERE province = '440000' AND year = :year
    RETURNING last_value AS serial \gset
UPDATE registrations SET registration_code = b.body || (ARRAY['0','1','2','3','4','5','6','7','8','9','X'])[
            (12 - (SELECT SUM(substr(b.body, i, 1)::int * ((2 ^ (15 - i))::bigint % 11))
                   FROM generate_series(1, 14) i) % 11) % 11 + 1]
    FROM (SELECT '44' || :year || lpad((:serial)::text, 8, '0') AS body) b WHERE registrations.id = :rid;
UPDATE cases SET registration_code = (SELECT registration_code FROM registrations WHERE id = :rid) WHERE id = :cid;
END;
