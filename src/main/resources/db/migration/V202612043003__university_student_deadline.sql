-- The office's follow-up of a student's deadlines (module university): when a change of study or a move
-- to another city happened (the deadline runs from it; health insurance runs from the registration and
-- needs no row) and when the student met the deadline. The due dates themselves are computed from the
-- residence rulebook's parameters, never stored.
CREATE TABLE university_student_deadline (
    application_number VARCHAR(13)  NOT NULL,
    code               VARCHAR(30)  NOT NULL,
    starts_on          DATE,
    met_on             DATE,
    updated_at         TIMESTAMPTZ  NOT NULL,
    updated_by         VARCHAR(100) NOT NULL,
    PRIMARY KEY (application_number, code),
    CONSTRAINT university_student_deadline_code CHECK (code IN ('HEALTH_INSURANCE', 'STUDY_CHANGE_NOTICE',
        'CITY_TRANSFER_APPLICATION'))
);
