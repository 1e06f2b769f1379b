-- The candidate's side of the admission desk (module admissions, feature candidate): one file per
-- candidate and intake, holding the eligibility answers as typed and the uploaded documents. Its
-- programme choices are the desk's admission_application rows of the same e-mail and intake.
CREATE TABLE admission_candidate_file (
    id               UUID         PRIMARY KEY,
    candidate_email  VARCHAR(254) NOT NULL,
    university       VARCHAR(20)  NOT NULL,
    intake           VARCHAR(20)  NOT NULL,
    answers          JSONB        NOT NULL,
    language_certificate BOOLEAN  NOT NULL,
    language         VARCHAR(2)   NOT NULL,
    submitted_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    FOREIGN KEY (university, intake) REFERENCES admission_intake (university, code),
    CONSTRAINT admission_candidate_file_language CHECK (language IN ('tr', 'en', 'de'))
);
CREATE UNIQUE INDEX admission_candidate_file_one_per_intake
    ON admission_candidate_file (university, intake, lower(candidate_email));

-- One uploaded document per required document of the file (a new upload replaces the one before).
CREATE TABLE admission_candidate_document (
    file_id      UUID         NOT NULL REFERENCES admission_candidate_file (id),
    code         VARCHAR(60)  NOT NULL,
    document_id  UUID         NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (file_id, code)
);
