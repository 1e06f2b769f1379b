-- Renewal reminders (module residence): one row per permit whose holder was reminded that the
-- extension window opened. The primary key makes the reminder once per permit, however often and
-- on however many nodes the daily job runs.
CREATE TABLE residence_permit_renewal_reminder (
    permit_number      VARCHAR(13)  PRIMARY KEY REFERENCES residence_permit (permit_number),
    application_number VARCHAR(13)  NOT NULL,
    sent_at            TIMESTAMPTZ  NOT NULL
);
