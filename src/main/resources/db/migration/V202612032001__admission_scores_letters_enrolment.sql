-- Evaluation, letters and enrolment of the admission desk (module admissions).

-- The committee's score sheet of an application: one per application, replaced when the committee
-- scores again (the audit trail keeps every entry). Points are 0 to 100 per criterion of the intake's
-- sheet; the total is their weighted mean, kept for the ranking.
CREATE TABLE admission_score_sheet (
    number    VARCHAR(12)   PRIMARY KEY REFERENCES admission_application (number),
    total     NUMERIC(6, 2) NOT NULL,
    notes     VARCHAR(2000),
    scored_by VARCHAR(254)  NOT NULL,
    scored_at TIMESTAMPTZ   NOT NULL,
    CONSTRAINT admission_score_sheet_total CHECK (total BETWEEN 0 AND 100)
);

CREATE TABLE admission_score (
    number    VARCHAR(12) NOT NULL REFERENCES admission_score_sheet (number) ON DELETE CASCADE,
    criterion VARCHAR(30) NOT NULL,
    points    INTEGER     NOT NULL,
    PRIMARY KEY (number, criterion),
    CONSTRAINT admission_score_points CHECK (points BETWEEN 0 AND 100)
);

-- An acceptance letter (§7.6): one per admitted application, found by its unguessable verification
-- code. Whether it is still valid follows the application (a withdrawn admission withdraws it).
-- The candidate's name is copied at issue, so the letter verifies as it was printed.
CREATE TABLE admission_letter (
    code           VARCHAR(16)  PRIMARY KEY,
    number         VARCHAR(12)  NOT NULL REFERENCES admission_application (number),
    candidate_name VARCHAR(254) NOT NULL,
    issued_at      TIMESTAMPTZ  NOT NULL,
    issued_by      VARCHAR(254) NOT NULL,
    CONSTRAINT admission_letter_code CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{16}$')
);
CREATE UNIQUE INDEX admission_letter_one_per_application ON admission_letter (number);

-- The name as in the candidate's passport, given on the candidate's side; the letter prints it.
ALTER TABLE admission_application ADD COLUMN IF NOT EXISTS candidate_name VARCHAR(200);

-- A student number is the university's: never given twice within one university (§7.8).
CREATE UNIQUE INDEX admission_application_student_number
    ON admission_application (university, student_number) WHERE student_number IS NOT NULL;
