-- Step 8 of a student residence application at the university (module university): which items of
-- the application's checklist the international office received, its note, and when it forwarded
-- the file to the migration directorate. One row per application, written only by the office.
CREATE TABLE university_intake (
    application_number VARCHAR(13)   PRIMARY KEY,
    received_items     VARCHAR(60)[] NOT NULL DEFAULT '{}',
    note               VARCHAR(1000),
    forwarded_on       DATE,
    updated_at         TIMESTAMPTZ   NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL
);
