-- One-time codes move to module identity, for residence applicants and visa applicants alike:
-- the subject names what the code signs in to ("residence:<number>", "visa:<e-mail>"). Codes live
-- ten minutes, so the residence table's codes are not carried over: a pending one is sent again.
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
CREATE INDEX one_time_code_expires ON one_time_code (expires_at);

DROP TABLE residence_one_time_code;
