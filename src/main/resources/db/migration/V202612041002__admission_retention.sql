-- §8: the registrar archives every applicant's record, and keeps it for the university's
-- admission_university.retention_years after the application closed (rejected, closed as not
-- eligible, offer declined). Then the retention job removes the documents and personal data and
-- keeps this anonymised archive: the application row (programme, intake, state, basis, so the quota
-- figures stay right) and the states of its history with their dates, without who or why.
ALTER TABLE admission_application ADD COLUMN anonymised_at TIMESTAMPTZ;

CREATE TABLE admission_application_archive (
    number      VARCHAR(12) PRIMARY KEY REFERENCES admission_application (number),
    -- [{"at": …, "action": …, "from": …, "to": …, "ground": …}], oldest first
    states      JSONB       NOT NULL,
    archived_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX admission_application_closed ON admission_application (updated_at)
    WHERE anonymised_at IS NULL AND state IN ('REJECTED', 'CLOSED_INELIGIBLE', 'OFFER_DECLINED');
