-- Fills a migrated Passage database with :n e-residence applications in realistic states, with their
-- history, appointments, accruals and payments, missing-document requests, decisions and permits.
-- Run by bench/growth.sh: psql -v n=1000000 -f bench/growth/generate.sql
--
-- The model: applications arrive at 550 a day (about 200,000 a year, Türkiye's foreign students
-- renewing), so 1,000,000 rows are five years of history and 10,000 rows are the first 18 days.
-- Only recent applications are still open: drafts (purged after 30 days), submitted ones waiting for
-- a date, booked ones, cases under review or waiting for missing documents; the rest are decided.
-- Istanbul holds 30% of the cases, Ankara 15%, Izmir 8%, the other provinces the rest; two thirds are
-- students, skewed over 200 universities. Every random choice is a hash of the row number, so a run
-- with the same :n gives the same data.
\set ON_ERROR_STOP on
SET synchronous_commit = off;

-- A uniform number in [0, 1) from the row number and a salt.
CREATE FUNCTION pg_temp.u(i bigint, salt bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
    SELECT (abs(hashint8extended(i, salt)) % 1000000) / 1000000.0
$$;

-- The Luhn mod-32 check symbol of ApplicationNumber and PermitNumber.
CREATE FUNCTION pg_temp.check_symbol(body text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    a text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    s int := 0;
    doubled boolean := true;
    x int;
BEGIN
    FOR k IN REVERSE length(body)..1 LOOP
        x := strpos(a, substr(body, k, 1)) - 1;
        IF doubled THEN
            x := x * 2;
            x := x / 32 + x % 32;
        END IF;
        s := s + x;
        doubled := NOT doubled;
    END LOOP;
    RETURN substr(a, (32 - s % 32) % 32 + 1, 1);
END $$;

-- The Damm check digit of AccrualNumber.
CREATE FUNCTION pg_temp.damm(digits text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    t int[] := ARRAY[[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
                     [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
                     [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
                     [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]];
    interim int := 0;
BEGIN
    FOR k IN 1..length(digits) LOOP
        interim := t[interim + 1][substr(digits, k, 1)::int + 1];
    END LOOP;
    RETURN digits || interim;
END $$;

-- Twelve base-32 symbols from a 60-bit hash of the row number and a salt.
CREATE FUNCTION pg_temp.symbols(i bigint, salt bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT string_agg(substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
        ((hashint8extended(i, salt) >> (5 * k)) & 31)::int + 1, 1), '' ORDER BY k)
    FROM generate_series(0, 11) AS k
$$;

\echo 'planning the applications'
CREATE UNLOGGED TABLE bench_plan AS
WITH base AS (
    SELECT i,
           (:n - i) / 550.0 AS age_days,
           pg_temp.u(i, 1) AS u_draft, pg_temp.u(i, 2) AS u_province, pg_temp.u(i, 3) AS u_other_province,
           pg_temp.u(i, 4) AS u_wait, pg_temp.u(i, 5) AS u_outcome, pg_temp.u(i, 6) AS u_review,
           pg_temp.u(i, 7) AS u_missing, pg_temp.u(i, 8) AS u_expired, pg_temp.u(i, 9) AS u_student,
           pg_temp.u(i, 10) AS u_university, pg_temp.u(i, 11) AS u_share, pg_temp.u(i, 12) AS u_paid,
           pg_temp.u(i, 13) AS u_resched
    FROM generate_series(1, :n) AS i
), shaped AS (
    SELECT b.*,
           now() - make_interval(secs => (age_days * 86400)::int) AS created_at,
           CASE WHEN u_province < 0.30 THEN '34' WHEN u_province < 0.45 THEN '06' WHEN u_province < 0.53 THEN '35'
                ELSE lpad((1 + floor(u_other_province * 81))::int::text, 2, '0') END AS province,
           CASE WHEN u_student < 0.66 THEN 'STUDENT' WHEN u_student < 0.80 THEN 'FAMILY'
                WHEN u_student < 0.97 THEN 'SHORT_TERM' ELSE 'LONG_TERM' END AS permit_type,
           age_days < 30 AND u_draft < 0.10 AS draft
    FROM base b
), dated AS (
    SELECT s.*,
           (s.created_at + interval '2 hours') AS submitted_at,
           -- Istanbul and Ankara wait up to two days for the directorate's job to assign a date
           (s.province IN ('34', '06') AND age_days < 2) OR (age_days < 0.5 AND u_wait < 0.5) AS waiting,
           (s.created_at::date + 10 + floor(u_wait * 25)::int) AS appointment_date
    FROM shaped s
), reviewed AS (
    SELECT d.*,
           u_outcome < 0.05 AS no_show,
           u_missing < 0.20 AS missing,
           u_expired < 0.25 AS expired,
           appointment_date + 2 AS requested_on,
           appointment_date + 22 AS due_date,
           appointment_date + 2 + 1 + floor(u_review * 12)::int AS completed_on,
           appointment_date + 5 + floor(u_review * 25)::int AS decided_plain_on
    FROM dated d
)
SELECT i, created_at, province, permit_type, draft, waiting, submitted_at, appointment_date, no_show, missing,
       expired, requested_on, due_date, completed_on, u_outcome, u_university, u_share, u_paid, u_resched,
       CASE
           WHEN draft THEN 'DRAFT'
           WHEN waiting THEN 'SUBMITTED'
           WHEN appointment_date >= current_date THEN 'APPOINTMENT_BOOKED'
           WHEN no_show THEN 'WITHDRAWN_NO_SHOW'
           WHEN missing AND expired AND requested_on > current_date THEN 'UNDER_REVIEW'
           -- the expiry job runs every night: only yesterday's due dates are still waiting for it
           WHEN missing AND expired AND due_date >= current_date - 1 THEN 'MISSING_DOCUMENTS'
           WHEN missing AND expired THEN 'REJECTED'
           WHEN missing AND requested_on > current_date THEN 'UNDER_REVIEW'
           WHEN missing AND completed_on > current_date THEN 'MISSING_DOCUMENTS'
           WHEN missing AND completed_on + 5 > current_date THEN 'UNDER_REVIEW'
           WHEN NOT missing AND (appointment_date + 5 + floor(u_outcome * 25)::int) > current_date THEN 'UNDER_REVIEW'
           WHEN u_outcome < 0.17 THEN 'REJECTED'
           ELSE 'APPROVED'
       END AS state,
       CASE WHEN missing AND expired THEN due_date + 1
            WHEN missing THEN completed_on + 5
            ELSE appointment_date + 5 + floor(u_outcome * 25)::int END AS decided_on,
       pg_temp.symbols(i, 100) AS body
FROM reviewed;
UPDATE bench_plan SET body = body || pg_temp.check_symbol(body);
CREATE UNIQUE INDEX ON bench_plan (i);
ANALYZE bench_plan;

\echo 'residence_application'
INSERT INTO residence_application (number, state, application_kind, given_names, surname, birth_date, nationality,
    passport_number, passport_expiry, email, mobile, language, email_verified_at, answers, province, university,
    share_with_university, consent_changed_at, submitted_at, application_date, permit_type, requested_months,
    max_validity_months, valid_until, rulebook_version, assessment, appointment_date, appointment_province,
    created_at, updated_at, version)
SELECT body, state, CASE WHEN i % 3 = 0 THEN 'FIRST' ELSE 'EXTENSION' END,
       (ARRAY['Amina', 'Omar', 'Lena', 'Yusuf', 'Maria', 'Ali', 'Sara', 'Ivan', 'Fatima', 'Chen'])[1 + i % 10],
       (ARRAY['Haddad', 'Karimi', 'Ivanova', 'Nasser', 'Okafor', 'Rahimi', 'Schmidt', 'Aliyev', 'Wang', 'Moreno',
              'Hussein', 'Petrov', 'Kaya', 'Diallo', 'Nguyen', 'Silva'])[1 + (i / 10) % 16] || ' ' || (i % 997),
       date '1990-01-01' + (i % 5000)::int, (ARRAY['SY', 'AZ', 'IR', 'TM', 'AF', 'DE', 'RU', 'NG'])[1 + i % 8],
       'P' || lpad(i::text, 8, '0'), (current_date + 400 + (i % 2000)::int),
       'applicant' || i || '@example.org', CASE WHEN i % 4 = 0 THEN NULL ELSE '+90555' || lpad((i % 10000000)::text, 7, '0') END,
       (ARRAY['tr', 'en', 'de'])[1 + i % 3], created_at + interval '3 minutes',
       jsonb_build_object('permitType', permit_type, 'addressProvince', province),
       province,
       CASE WHEN permit_type = 'STUDENT' THEN 'Üniversite ' || lpad(floor(200 * u_university * u_university)::int::text, 3, '0') END,
       permit_type = 'STUDENT' AND u_share < 0.8,
       CASE WHEN permit_type = 'STUDENT' AND u_share < 0.8 THEN created_at + interval '1 hour' END,
       CASE WHEN NOT draft THEN submitted_at END, CASE WHEN NOT draft THEN submitted_at::date END,
       CASE WHEN NOT draft THEN permit_type END, CASE WHEN NOT draft THEN 12 END, CASE WHEN NOT draft THEN 12 END,
       CASE WHEN NOT draft THEN submitted_at::date + 365 END, CASE WHEN NOT draft THEN '2026.1' END,
       CASE WHEN NOT draft THEN jsonb_build_object('rulebookId', 'tr-residence', 'rulebookVersion', '2026.1',
           'effectiveOn', submitted_at::date, 'findings', '[]'::jsonb, 'checklist', '[]'::jsonb, 'deadlines', '[]'::jsonb) END,
       CASE WHEN NOT draft AND NOT waiting THEN appointment_date END,
       CASE WHEN NOT draft AND NOT waiting THEN province END,
       created_at, created_at + interval '3 hours', 5
FROM bench_plan ORDER BY i;

\echo 'residence_application_history'
INSERT INTO residence_application_history (number, at, actor_kind, actor_id, action, from_state, to_state, reason,
    rulebook_version)
SELECT body, at, actor_kind, actor_id, action, from_state, to_state, reason, rulebook_version
FROM (
    SELECT i, 1 AS k, body, created_at AS at, 'APPLICANT' AS actor_kind, body AS actor_id, 'PRE_REGISTERED' AS action,
           NULL AS from_state, 'DRAFT' AS to_state, NULL AS reason, NULL AS rulebook_version FROM bench_plan
    UNION ALL
    SELECT i, 2, body, created_at + interval '3 minutes', 'APPLICANT', body, 'EMAIL_VERIFIED', 'DRAFT', 'DRAFT', NULL, NULL
    FROM bench_plan
    UNION ALL
    SELECT i, 3, body, submitted_at, 'APPLICANT', body, 'SUBMITTED', 'DRAFT', 'SUBMITTED', NULL, '2026.1'
    FROM bench_plan WHERE NOT draft
    UNION ALL
    SELECT i, 4, body, submitted_at + interval '5 minutes', 'APPLICANT', body, 'APPOINTMENT_BOOKED', 'SUBMITTED',
           'APPOINTMENT_BOOKED', appointment_date::text || ' ' || province, NULL
    FROM bench_plan WHERE NOT draft AND NOT waiting
    UNION ALL
    SELECT i, 5, body, appointment_date + time '10:00', 'STAFF', 'officer' || province,
           CASE WHEN no_show THEN 'NO_SHOW' ELSE 'ATTENDED' END, 'APPOINTMENT_BOOKED',
           CASE WHEN no_show THEN 'WITHDRAWN_NO_SHOW' ELSE 'UNDER_REVIEW' END, NULL, NULL
    FROM bench_plan WHERE state NOT IN ('DRAFT', 'SUBMITTED', 'APPOINTMENT_BOOKED')
    UNION ALL
    SELECT i, 6, body, requested_on + time '11:00', 'STAFF', 'officer' || province, 'MISSING_DOCUMENTS_REQUESTED',
           'UNDER_REVIEW', 'MISSING_DOCUMENTS', 'RENTAL_AGREEMENT', NULL
    FROM bench_plan WHERE missing AND NOT no_show AND requested_on <= current_date AND state <> 'APPOINTMENT_BOOKED'
        AND state NOT IN ('DRAFT', 'SUBMITTED')
    UNION ALL
    SELECT i, 7, body, completed_on + time '12:00', 'APPLICANT', body, 'MISSING_DOCUMENTS_COMPLETED',
           'MISSING_DOCUMENTS', 'UNDER_REVIEW', NULL, NULL
    FROM bench_plan WHERE missing AND NOT expired AND NOT no_show AND completed_on <= current_date
        AND state NOT IN ('DRAFT', 'SUBMITTED', 'APPOINTMENT_BOOKED')
    UNION ALL
    SELECT i, 8, body, decided_on + time '00:05',
           CASE WHEN missing AND expired THEN 'SYSTEM' ELSE 'STAFF' END,
           CASE WHEN missing AND expired THEN 'missing-documents-expiry' ELSE 'officer' || province END,
           state, CASE WHEN missing AND expired THEN 'MISSING_DOCUMENTS' ELSE 'UNDER_REVIEW' END, state, NULL, '2026.1'
    FROM bench_plan WHERE state IN ('APPROVED', 'REJECTED')
) h ORDER BY i, k;

\echo 'residence_missing_documents, residence_decision, residence_permit'
INSERT INTO residence_missing_documents (number, items, due_date, note, requested_at, requested_by_kind,
    requested_by_id, completed_at)
SELECT body, ARRAY['RENTAL_AGREEMENT'], due_date, NULL, requested_on + time '11:00', 'STAFF', 'officer' || province,
       CASE WHEN NOT expired AND completed_on <= current_date THEN completed_on + time '12:00' END
FROM bench_plan
WHERE missing AND NOT no_show AND requested_on <= current_date
  AND state NOT IN ('DRAFT', 'SUBMITTED', 'APPOINTMENT_BOOKED');

INSERT INTO residence_decision (number, outcome, grounds, explanation, decided_at, decided_by_kind, decided_by_id,
    rulebook_version)
SELECT body, state,
       CASE WHEN state = 'APPROVED' THEN '{}'::text[]
            WHEN missing AND expired THEN ARRAY['MISSING_DOCUMENTS_NOT_SENT'] ELSE ARRAY['INSUFFICIENT_MEANS'] END,
       NULL, decided_on + time '00:05', CASE WHEN missing AND expired THEN 'SYSTEM' ELSE 'STAFF' END,
       CASE WHEN missing AND expired THEN 'missing-documents-expiry' ELSE 'officer' || province END, '2026.1'
FROM bench_plan WHERE state IN ('APPROVED', 'REJECTED');

INSERT INTO residence_permit (permit_number, application_number, passport_number, permit_type, reason, valid_from,
    valid_until, shortening_reason, issued_at, issued_by_kind, issued_by_id)
SELECT p.s || pg_temp.check_symbol('RP' || p.s), body, 'P' || lpad(i::text, 8, '0'), permit_type, NULL,
       decided_on, decided_on + 365, NULL, decided_on + time '00:05', 'STAFF', 'officer' || province
FROM (SELECT bench_plan.*, pg_temp.symbols(i, 200) AS s FROM bench_plan WHERE state = 'APPROVED') p;

\echo 'appointments'
INSERT INTO appointment_application (number, province, submitted_at, email, mobile, language, awaiting_assignment)
SELECT body, province, submitted_at, 'applicant' || i || '@example.org', NULL, 'tr', waiting
FROM bench_plan WHERE NOT draft;

-- 4% were rescheduled once: a closed row two weeks before the kept one.
INSERT INTO appointment (id, number, province, day, status, created_at, created_by, closed_at, closed_by, reason,
    reminder_sent_at)
SELECT md5('r' || i)::uuid, body, province, appointment_date - 14, 'RESCHEDULED', submitted_at + interval '5 minutes',
       'APPLICANT:' || body, submitted_at + interval '1 day', 'STAFF:officer' || province, 'illness', NULL
FROM bench_plan WHERE NOT draft AND NOT waiting AND u_resched < 0.04;

INSERT INTO appointment (id, number, province, day, status, created_at, created_by, closed_at, closed_by, reason,
    reminder_sent_at)
SELECT md5('a' || i)::uuid, body, province, appointment_date,
       CASE WHEN state = 'APPOINTMENT_BOOKED' THEN 'BOOKED' WHEN no_show THEN 'NO_SHOW' ELSE 'ATTENDED' END,
       submitted_at + interval '5 minutes', 'APPLICANT:' || body,
       CASE WHEN state = 'APPOINTMENT_BOOKED' THEN NULL ELSE appointment_date + time '10:00' END,
       CASE WHEN state = 'APPOINTMENT_BOOKED' THEN NULL ELSE 'STAFF:officer' || province END, NULL,
       CASE WHEN appointment_date <= current_date + 1 THEN appointment_date - 1 + time '09:00' END
FROM bench_plan WHERE NOT draft AND NOT waiting;

INSERT INTO appointment_day (province, day, capacity, booked, capacity_set_for_day)
SELECT province, appointment_date, greatest(20, count(*)), count(*), count(*) > 20
FROM bench_plan WHERE NOT draft AND NOT waiting GROUP BY province, appointment_date;

\echo 'payments'
INSERT INTO payment_accrual (accrual_number, application_number, application_date, permit_type, study_level,
    nationality, months, fee_year, fee_table_version, lines, amount, currency, created_at, paid_at)
SELECT pg_temp.damm(extract(year FROM submitted_at)::int || lpad(i::text, 10, '0')), body, submitted_at::date, permit_type, NULL, 'SY', 12,
       extract(year FROM submitted_at)::int, '2026.1', '[]'::jsonb, 1250.00, 'TRY', submitted_at,
       CASE WHEN NOT waiting AND u_paid < 0.96 THEN submitted_at + interval '20 minutes' END
FROM bench_plan WHERE NOT draft;

INSERT INTO payment (id, accrual_number, provider, transaction_id, amount, currency, paid_at, recorded_at)
SELECT md5('p' || i)::uuid, pg_temp.damm(extract(year FROM submitted_at)::int || lpad(i::text, 10, '0')), 'SIMULATOR', 'T' || i, 1250.00, 'TRY',
       submitted_at + interval '20 minutes', submitted_at + interval '20 minutes'
FROM bench_plan WHERE NOT draft AND NOT waiting AND u_paid < 0.96;

DROP TABLE bench_plan;
VACUUM ANALYZE;
SELECT state, count(*) FROM residence_application GROUP BY state ORDER BY state;
