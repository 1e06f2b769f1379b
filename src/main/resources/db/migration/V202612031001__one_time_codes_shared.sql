-- One-time codes of every desk (module identity): the residence applicant's, keyed by
-- 'residence:<number>', and the admission candidate's, keyed by 'admission-candidate:<e-mail>'.
-- Only a salted hash is kept; a subject has one code at most (a new one replaces it).
CREATE TABLE one_time_code (
    id          UUID         PRIMARY KEY,
    subject     VARCHAR(300) NOT NULL,
    code_hash   VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    attempts    INTEGER      NOT NULL DEFAULT 0,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX one_time_code_subject ON one_time_code (subject, created_at DESC);

-- The residence codes now live in one_time_code; the ones waiting here last ten minutes at most.
DROP TABLE residence_one_time_code;
