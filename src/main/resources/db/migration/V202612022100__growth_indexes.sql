-- Indexes for the queries that grow with the number of applications (bench/growth.sh, docs/performance.md):
-- with them each query reads what it returns, not the whole table.

-- The officer's queue by default: the cases waiting for a directorate, by appointment date.
CREATE INDEX residence_application_queue_waiting ON residence_application (appointment_province, appointment_date, number)
    WHERE state IN ('APPOINTMENT_BOOKED', 'UNDER_REVIEW', 'MISSING_DOCUMENTS');
-- The officer's queue filtered by one state (approved and refused cases pile up for years).
CREATE INDEX residence_application_queue_state ON residence_application (appointment_province, state, appointment_date, number)
    WHERE appointment_province IS NOT NULL;
-- The university office's list, matched as Applications.sharedWithUniversity matches it.
CREATE INDEX residence_application_shared ON residence_application (lower(btrim(university)), surname, given_names, number)
    WHERE share_with_university AND state <> 'DRAFT';
-- The missing-documents expiry job: requests refused on expiry stay open (completed_at NULL) forever, so
-- the due-date index alone walks all of history; the cases still waiting are few.
CREATE INDEX residence_application_missing_documents ON residence_application (number)
    WHERE state = 'MISSING_DOCUMENTS';
